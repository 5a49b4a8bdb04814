// The impact report of an organisation's strategic plan for a period: the problem addressed, vision and mission,
// outcomes of every goal, indicators against targets and the evidence behind each number (which evaluations, how
// many clients); links to the printable report and the Excel export.
import { Button, Card, Collapse, Descriptions, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDateRange, formatDecimal } from '../../../lib/format';
import { planningLinks, useImpact, useStrategicPlans } from '../api';
import { IndicatorValue, OutcomeText } from '../components/Outcome';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { GoalStateTag, LevelTag } from '../components/Tags';
import type { ImpactGoal, ImpactIndicator } from '../types';
import { goalName } from '../planning';
import { PdfButton } from '../../../components/PdfButton';

export default function ImpactPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { orgs, org, setOrg, loading, error } = useOrganisationChoice();
  const plans = useStrategicPlans({ organisation_id: org?.id });
  const list = org ? (plans.data?.items ?? []).filter((p) => p.organisation_id === org.id) : [];
  const plan = list.find((p) => p.id === Number(params.get('plan'))) ?? list[0];
  const [period, setPeriod] = usePeriod(
    plan ? { from: `${plan.year_from}-01-01`, to: `${plan.year_to}-12-31` } : undefined,
  );
  const query = { organisation_id: org?.id, strategic_plan_id: plan?.id, from: period.from, to: period.to };
  const report = useImpact(query, Boolean(org && plan));
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <Card loading />;
  const r = report.data;
  const thisYear = new Date().getFullYear();
  const years = plan
    ? Array.from({ length: plan.year_to - plan.year_from + 1 }, (_, i) => plan.year_from + i).filter(
        (y) => y <= thisYear,
      )
    : undefined;
  return (
    <div data-testid="planning-impact-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.impact.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
        {list.length > 1 ? (
          <Select
            aria-label={t('planning.impact.plan')}
            placeholder={t('planning.impact.choosePlan')}
            style={{ minWidth: 260, maxWidth: '100%' }}
            value={plan?.id}
            onChange={(id: number) => {
              const next = new URLSearchParams(params);
              next.set('plan', String(id));
              next.delete('from');
              next.delete('to');
              setParams(next);
            }}
            options={list.map((p) => ({ value: p.id, label: `${p.title} (${p.year_from}–${p.year_to})` }))}
          />
        ) : null}
        <PeriodPicker value={period} onChange={setPeriod} years={years} />
      </Space>
      {plan ? (
        <Space wrap style={{ marginBottom: 16 }} className="no-print">
          <a
            href={planningLinks.impactHtml(query, i18n.language === 'en' ? 'en' : 'cs')}
            target="_blank"
            rel="noreferrer"
            data-testid="impact-html"
          >
            <Button icon={<PrinterOutlined />}>{t('planning.impact.html')}</Button>
          </a>
          <PdfButton
            href={planningLinks.impactHtml(query, i18n.language === 'en' ? 'en' : 'cs')}
            fileName="impact-report.pdf"
            testId="impact-pdf"
          />
          <a href={planningLinks.impactXlsx(query)} data-testid="impact-xlsx">
            <Button icon={<FileExcelOutlined />}>{t('planning.impact.xlsx')}</Button>
          </a>
        </Space>
      ) : null}
      {org && !plans.isLoading && !plan ? <Empty description={t('planning.impact.noPlan')} /> : null}
      {report.error ? <ErrorAlert error={report.error} onRetry={() => report.refetch()} /> : null}
      {report.isLoading ? <Card loading /> : null}
      {r ? (
        <>
          <Typography.Title level={3} data-testid="impact-plan-title">
            {r.plan.title}{' '}
            <Typography.Text type="secondary">{formatDateRange(r.period.from, r.period.to)}</Typography.Text>
          </Typography.Title>
          <Descriptions
            bordered
            size="small"
            column={1}
            className="kv-section"
            items={[
              { key: 'p', label: t('planning.impact.problem'), children: <Pre text={r.plan.problem} /> },
              { key: 'v', label: t('planning.impact.vision'), children: <Pre text={r.plan.vision} /> },
              { key: 'm', label: t('planning.impact.mission'), children: <Pre text={r.plan.mission} /> },
            ]}
          />
          <Typography.Paragraph strong style={{ marginTop: 12 }} data-testid="impact-totals">
            {t('planning.impact.totals', r.totals)}
          </Typography.Paragraph>
          {r.strategic_goals.map((s) => (
            <Card
              key={s.goal.id}
              className="kv-section"
              style={{ marginBottom: 16 }}
              data-testid="impact-strategic-goal"
              title={
                <Space wrap>
                  <LevelTag level="strategic" />
                  <Link to={`/planning/goals/${s.goal.id}`}>{goalName(s.goal)}</Link>
                  <GoalStateTag state={s.goal.state} />
                </Space>
              }
            >
              <GoalBlock g={s} />
              {s.objectives.length ? (
                <Collapse
                  style={{ marginTop: 12 }}
                  items={s.objectives.map((o) => ({
                    key: String(o.goal.id),
                    label: (
                      <Space wrap>
                        <LevelTag level="objective" />
                        <Tag>{o.goal.year}</Tag>
                        {goalName(o.goal)}
                        <GoalStateTag state={o.goal.state} />
                      </Space>
                    ),
                    children: (
                      <>
                        <GoalBlock g={o} />
                        {o.service_goals.map((sg) => (
                          <Card
                            key={sg.goal.id}
                            size="small"
                            style={{ marginTop: 8 }}
                            title={
                              <Space wrap>
                                <LevelTag level="service" />
                                <Link to={`/planning/goals/${sg.goal.id}`}>{goalName(sg.goal)}</Link>
                                <Typography.Text type="secondary">{sg.service_name}</Typography.Text>
                              </Space>
                            }
                          >
                            <GoalBlock g={sg} />
                          </Card>
                        ))}
                      </>
                    ),
                  }))}
                />
              ) : null}
            </Card>
          ))}
        </>
      ) : null}
    </div>
  );
}

function Pre({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</span>;
}

function GoalBlock({ g }: { g: ImpactGoal }) {
  const { t } = useTranslation();
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('planning.outcome.title')}: </Typography.Text>
        <OutcomeText cell={g.outcome} />
      </div>
      {g.indicators.length ? (
        <Table<ImpactIndicator>
          rowKey="id"
          size="small"
          pagination={false}
          // On a phone the five columns keep a readable width and the table scrolls sideways.
          scroll={{ x: 640 }}
          dataSource={g.indicators}
          data-testid="impact-indicators"
          columns={[
            {
              title: t('planning.impact.indicators'),
              dataIndex: 'name',
              render: (v: string, i) => (
                <Space direction="vertical" size={0}>
                  {v}
                  {i.rba ? <Typography.Text type="secondary">{t(`planning.rba.${i.rba}`)}</Typography.Text> : null}
                </Space>
              ),
            },
            {
              title: t('planning.impact.baseline'),
              dataIndex: 'baseline',
              align: 'right',
              render: (v: number | null, i) => withUnit(v, i.unit),
            },
            {
              title: t('planning.impact.target'),
              dataIndex: 'target',
              align: 'right',
              render: (v: number | null, i) => withUnit(v, i.unit),
            },
            {
              title: t('planning.impact.value'),
              key: 'v',
              render: (_, i) =>
                i.value === null && !i.evidence?.evaluation_ids.length ? (
                  <Tooltip title={t('planning.impact.notEvaluatedHint')}>
                    <Typography.Text type="secondary" data-testid="impact-not-evaluated">
                      {t('planning.impact.notEvaluated')}
                    </Typography.Text>
                  </Tooltip>
                ) : i.value === null && i.evidence?.clients_n != null && i.evidence.clients_n < 5 ? (
                  <Typography.Text type="secondary">{t('planning.impact.valueHidden')}</Typography.Text>
                ) : (
                  <IndicatorValue value={i.value} unit={i.unit} target={null} onTarget={i.on_target} />
                ),
            },
            {
              title: t('planning.impact.evidence'),
              key: 'e',
              render: (_, i) =>
                i.evidence && i.evidence.evaluation_ids.length ? (
                  <Space direction="vertical" size={0} data-testid="impact-evidence">
                    <span>
                      {t('planning.impact.evidenceText', {
                        count: i.evidence.evaluation_ids.length,
                        date: formatDate(i.evidence.held_on),
                      })}
                    </span>
                    <Space wrap size={4}>
                      {i.evidence.evaluation_ids.map((id, n) => (
                        <Link key={id} to={`/planning/evaluations/${id}`}>
                          #{n + 1}
                        </Link>
                      ))}
                    </Space>
                    {i.evidence.clients_n !== null ? (
                      <Typography.Text type="secondary">
                        {t('planning.impact.evidenceClients', { n: i.evidence.clients_n })}
                      </Typography.Text>
                    ) : null}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('planning.impact.notEvaluated')}</Typography.Text>
                ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

function withUnit(v: number | null, unit: string): string {
  return v === null || v === undefined ? '—' : `${formatDecimal(v)}${unit ? `\u00a0${unit}` : ''}`;
}
