// Region overview: KPIs, closed audits × standards as a heat table, most failed criteria, overdue actions.
import { Link } from 'react-router-dom';
import { Card, Col, Empty, Row, Select, Statistic, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatDecimal } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { normaliseLanguage } from '../../../i18n';
import { OVERVIEW_PAGE_SIZE, useOverview, useSets } from '../api';
import { setCodeOptions } from '../setTitles';
import { formatPct, heatColor, heatColumns, mostFailedHeight, mostFailedOption } from '../charts';
import { Chart } from '../../../components/charts/Chart';
import { DueStateTag, VerdictTag } from '../components/Tags';
import type { QAction, QOverviewRow } from '../types';

const parse = (search: string) => {
  const p = new URLSearchParams(search);
  const page = Number(p.get('page'));
  return {
    set: p.get('set') ?? undefined,
    founder: p.get('founder') ?? undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
};
const serialize = (s: { set?: string; founder?: string; page: number }) => {
  const p = new URLSearchParams();
  if (s.set) p.set('set', s.set);
  if (s.founder) p.set('founder', s.founder);
  if (s.page > 1) p.set('page', String(s.page));
  const q = p.toString();
  return q ? `?${q}` : '';
};
const FOUNDERS = ['region', 'municipality', 'state', 'church', 'ngo', 'business', 'other'] as const;

export default function OverviewPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useUrlState(parse, serialize);
  const overview = useOverview(state.set, state.founder, state.page);
  const sets = useSets();
  const o = overview.data;
  const heat = heatColumns(o?.standards ?? [], o?.rows ?? []);
  const setOptions = setCodeOptions(sets.data?.items ?? [], normaliseLanguage(i18n.language));

  const kpis: Array<[string, number | undefined, string?]> = [
    ['audits', o?.audits],
    ['passed', o?.passed, '#389e0d'],
    ['failed', o?.failed, '#cf1322'],
    ['openActions', o?.open_actions],
    ['overdueActions', o?.overdue_actions, '#cf1322'],
  ];

  return (
    <div data-testid="quality-overview">
      <PageHeader
        title={t('quality.overview.title')}
        subtitle={t('quality.subtitle')}
        extra={
          <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8, maxWidth: '100%' }}>
            <Select
              data-testid="overview-founder"
              style={{ minWidth: 220 }}
              allowClear
              value={state.founder}
              placeholder={t('quality.overview.founderAll')}
              options={FOUNDERS.map((f) => ({ value: f, label: t(`quality.overview.founder.${f}`) }))}
              onChange={(v) => setState({ ...state, founder: v, page: 1 })}
            />
            <Select
              data-testid="overview-set"
              style={{ minWidth: 260, maxWidth: 420 }}
              popupMatchSelectWidth={false}
              value={state.set ?? o?.set_code}
              placeholder={t('quality.overview.set')}
              options={setOptions}
              onChange={(v) => setState({ ...state, set: v, page: 1 })}
            />
          </span>
        }
      />
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {kpis.map(([key, value, color]) => (
          <Col xs={12} md={8} lg={4} key={key}>
            <Card size="small" loading={overview.isPending}>
              <Statistic
                title={t(`quality.overview.${key}`)}
                value={value ?? 0}
                valueStyle={color && value ? { color } : undefined}
              />
              <span data-testid={`overview-kpi-${key}`} data-value={value ?? 0} hidden />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('quality.overview.heatTitle')} className="kv-table-card" style={{ marginBottom: 16 }}>
        <Table<QOverviewRow>
          rowKey={(r) => r.audit.id}
          data-testid="overview-heat"
          size="small"
          loading={overview.isPending}
          dataSource={o?.rows ?? []}
          pagination={{
            current: state.page,
            pageSize: o?.page_size ?? OVERVIEW_PAGE_SIZE,
            total: o?.rows_total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: (page) => setState({ ...state, page }),
          }}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.overview.noAudits')} />,
          }}
          columns={[
            {
              title: t('quality.common.service'),
              key: 'service',
              fixed: 'left',
              width: 220,
              render: (_, r) => (
                <Link to={`/quality/audits/${r.audit.id}`}>
                  {r.audit.service_name || r.audit.audited_org_name}
                  <div style={{ fontSize: 12, color: '#595959' }}>
                    {r.audit.audited_org_name} · {formatDate(r.audit.ends_on)}
                  </div>
                </Link>
              ),
            },
            ...heat.map((col) => ({
              // The number only, so that all standards fit a laptop screen; the names are in the tooltip and
              // in the legend under the table.
              title: (
                <Tooltip title={col.title}>
                  <div data-testid={`overview-heat-col-${col.number}`} aria-label={col.title}>
                    {col.number}.
                  </div>
                </Tooltip>
              ),
              onHeaderCell: () => ({ style: { padding: '6px 2px' } }),
              onCell: () => ({ style: { padding: '4px 2px' } }),
              key: `s${col.number}`,
              align: 'center' as const,
              render: (_: unknown, r: QOverviewRow) => {
                const p = r.standard_percents[col.index];
                const c = heatColor(p);
                return (
                  <Tooltip title={`${col.title}: ${p == null ? t('quality.overview.notAssessed') : formatPct(p)}`}>
                    <div
                      style={{ ...c, padding: '4px 2px', borderRadius: 4, minWidth: 34, fontSize: 12 }}
                      data-value={p ?? ''}
                    >
                      {p == null ? '—' : formatDecimal(p, 0)}
                    </div>
                  </Tooltip>
                );
              },
            })),
            {
              title: t('quality.common.total'),
              key: 'total',
              align: 'center',
              render: (_, r) => (
                <div
                  style={{ ...heatColor(r.audit.total_percent), padding: '4px 6px', borderRadius: 4, fontWeight: 600 }}
                >
                  {formatPct(r.audit.total_percent)}
                </div>
              ),
            },
            {
              title: t('quality.common.verdict'),
              key: 'verdict',
              render: (_, r) => <VerdictTag verdict={r.audit.verdict} />,
            },
          ]}
        />
        {heat.length ? (
          <ol className="kv-heat-legend" data-testid="overview-heat-legend">
            {heat.map((col) => (
              <li key={col.number} value={col.number}>
                {col.name}
              </li>
            ))}
          </ol>
        ) : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('quality.overview.mostFailed')} loading={overview.isPending}>
            {o && o.most_failed.length ? (
              <Chart
                option={mostFailedOption(o.most_failed, 10, {
                  failed: t('quality.overview.failedOf'),
                  essential: t('quality.overview.essential'),
                })}
                height={mostFailedHeight(Math.min(10, o.most_failed.length))}
                testId="overview-most-failed"
                data={{ bars: Math.min(10, o.most_failed.length) }}
              />
            ) : null}
            {o && o.most_failed.length ? (
              <div className="kv-muted" data-testid="overview-most-failed-legend">
                {t('quality.overview.mostFailedLegend')}
              </div>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('quality.overview.overdueTitle')}
            className="kv-table-card"
            extra={
              o && o.overdue_actions > o.overdue.length ? (
                <Link to="/quality/actions?overdue=1" data-testid="overview-overdue-all">
                  {t('quality.overview.overdueAll', { n: o.overdue_actions })}
                </Link>
              ) : null
            }
          >
            <Table<QAction>
              rowKey="id"
              size="small"
              data-testid="overview-overdue"
              loading={overview.isPending}
              dataSource={o?.overdue ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.overview.noOverdue')} />,
              }}
              columns={[
                {
                  title: t('quality.actions.text'),
                  key: 'text',
                  render: (_, a) => <Link to={`/quality/actions/${a.id}`}>{a.text}</Link>,
                },
                { title: t('quality.common.service'), key: 'svc', render: (_, a) => a.service_name || a.provider_name },
                {
                  title: t('quality.common.due'),
                  key: 'due',
                  render: (_, a) => (
                    <>
                      {formatDate(a.due_date)} <DueStateTag action={a} />
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
