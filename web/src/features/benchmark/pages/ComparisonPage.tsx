// Comparison of a round: an indicator's distribution in each peer group (box plot, statistics),
// every service's position (percentile rank, z-score, reserves to the median and the best
// quartile), the own service over time, two indicators against each other, exports and reports.
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Grid,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { BulbOutlined, FileExcelOutlined, FileTextOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import type { BenchmarkIndicatorComparison, BenchmarkPeerGroup } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatMeasure, formatNumber, formatPercent } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { namedOptions } from '../../registry/catalogueLabels';
import { useCatalogueIndex } from '../../registry/useCatalogueIndex';
import { benchmarkLinks, useComparison, useMethodology, useRound } from '../api';
import { boxPlotData, boxPlotOption, boxPlotWidth } from '../boxPlot';
import {
  FOUNDERS,
  PEER_MODES,
  SIZE_BANDS,
  comparisonApiQuery,
  comparisonViewToSearch,
  hasReserve,
  localiseComparison,
  ownServices,
  parseComparisonView,
  scoreRows,
  selectedIndicator,
  statRows,
  type ComparisonView,
  type ScoreRow,
} from '../comparison';
import { scatterOption, scatterPoints } from '../scatter';
import { formatIndicator, variableNames } from '../values';
import { DirectionTag, RbaTag, reasonText, RoundStatusTag } from '../components/Tags';
import { TrendCard } from '../components/TrendCard';

import { Chart } from '../../../components/charts/Chart';
import { PdfButton } from '../../../components/PdfButton';

export default function ComparisonPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const roundId = Number(useParams().id);
  const [view, setView] = useUrlState(parseComparisonView, comparisonViewToSearch);
  const round = useRound(roundId);
  const comparison = useComparison(roundId, comparisonApiQuery(view));
  const { catalogues, lang } = useCatalogueIndex();
  // the methodology's names for the codes in the reasons of missing values
  const methodology = useMethodology(round.data?.round.methodology_id);
  const names = useMemo(() => variableNames(methodology.data, lang), [methodology.data, lang]);
  const c = useMemo(
    () => (comparison.data ? localiseComparison(comparison.data, lang) : undefined),
    [comparison.data, lang],
  );
  const ind = selectedIndicator(c, view.indicator);
  const own = useMemo(() => ownServices(c), [c]);
  const narrowAllowed = c?.audience !== 'data_only';
  const set = (patch: Partial<ComparisonView>) => setView({ ...view, ...patch }, { replace: true });
  const trendService = view.service ?? own[0]?.id;

  return (
    <div
      data-testid="comparison-page"
      data-ready={comparison.isSuccess && !comparison.isFetching ? 'true' : 'false'}
      data-audience={c?.audience}
    >
      <Breadcrumb
        items={[
          { title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> },
          { title: c ? <Link to={`/benchmarking/groups/${c.group_id}`}>{c.group_name}</Link> : '…' },
          { title: c ? <Link to={`/benchmarking/rounds/${roundId}`}>{c.round_name}</Link> : '…' },
          { title: t('benchmark.comparison.title') },
        ]}
      />
      <PageHeader
        title={t('benchmark.comparison.title')}
        subtitle={
          c ? (
            <Space wrap>
              <span>{c.group_name}</span>
              <span>·</span>
              <span>{c.round_name}</span>
              {round.data ? <RoundStatusTag status={round.data.round.status} /> : null}
            </Space>
          ) : null
        }
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              href={benchmarkLinks.export(roundId, 'xlsx', view)}
              data-testid="export-xlsx"
            >
              {t('benchmark.comparison.exportXlsx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={benchmarkLinks.export(roundId, 'csv', view)}
              data-testid="export-csv"
            >
              {t('benchmark.comparison.exportCsv')}
            </Button>
            {trendService ? (
              <Button
                icon={<FileTextOutlined />}
                href={benchmarkLinks.serviceReport(roundId, trendService)}
                target="_blank"
                data-testid="service-report"
              >
                {t('benchmark.comparison.serviceReport')}
              </Button>
            ) : null}
            {trendService ? (
              <PdfButton
                href={benchmarkLinks.serviceReport(roundId, trendService)}
                fileName={`service-${trendService}.pdf`}
                testId="service-report-pdf"
              />
            ) : null}
            {c?.audience === 'region' ? (
              <Button
                icon={<FileTextOutlined />}
                href={benchmarkLinks.groupReport(c.group_id, roundId)}
                target="_blank"
                data-testid="group-report"
              >
                {t('benchmark.groups.report')}
              </Button>
            ) : null}
            {c?.audience === 'region' ? (
              <PdfButton
                href={benchmarkLinks.groupReport(c.group_id, roundId)}
                fileName={`group-${c.group_id}.pdf`}
                testId="group-report-pdf"
              />
            ) : null}
          </>
        }
      />
      {round.data?.round.status === 'open' ? (
        <Alert className="kv-section" type="warning" showIcon message={t('benchmark.comparison.openRound')} />
      ) : null}
      {comparison.error ? <ErrorAlert error={comparison.error} onRetry={() => void comparison.refetch()} /> : null}

      <div className="kv-filters">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}>
            <Select
              data-testid="comparison-indicator"
              style={{ width: '100%' }}
              value={ind?.code}
              placeholder={t('benchmark.comparison.indicator')}
              aria-label={t('benchmark.comparison.indicator')}
              onChange={(v) => set({ indicator: v })}
              options={(c?.indicators ?? []).map((i) => ({
                value: i.code,
                label: i.unit ? `${i.name} (${i.unit})` : i.name,
              }))}
              optionRender={(o) => <span data-testid={`comparison-indicator-option-${o.value}`}>{o.label}</span>}
            />
          </Col>
          <Col xs={24} md={5}>
            <Select
              data-testid="comparison-peer"
              style={{ width: '100%' }}
              value={view.peer}
              aria-label={t('benchmark.comparison.peerGroup')}
              onChange={(v) => set({ peer: v })}
              options={PEER_MODES.map((p) => ({ value: p, label: t(`benchmark.comparison.peer.${p}`) }))}
            />
          </Col>
          {narrowAllowed ? (
            <>
              <Col xs={24} md={3}>
                <Select
                  allowClear
                  style={{ width: '100%' }}
                  value={view.founder}
                  placeholder={t('benchmark.comparison.founder')}
                  aria-label={t('benchmark.comparison.founder')}
                  onChange={(v) => set({ founder: v })}
                  options={FOUNDERS.map((f) => ({ value: f, label: t(`benchmark.founder.${f}`) }))}
                />
              </Col>
              <Col xs={24} md={3}>
                <Select
                  allowClear
                  style={{ width: '100%' }}
                  value={view.size_band}
                  placeholder={t('benchmark.comparison.size')}
                  aria-label={t('benchmark.comparison.size')}
                  onChange={(v) => set({ size_band: v })}
                  options={SIZE_BANDS.map((s) => ({ value: s, label: t(`benchmark.sizeBand.${s}`) }))}
                />
              </Col>
              <Col xs={24} md={3}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  style={{ width: '100%' }}
                  value={view.territory}
                  placeholder={t('benchmark.comparison.territory')}
                  aria-label={t('benchmark.comparison.territory')}
                  onChange={(v) => set({ territory: v })}
                  options={namedOptions(catalogues?.territories, lang)}
                />
              </Col>
            </>
          ) : null}
        </Row>
      </div>

      {comparison.isPending && !comparison.error ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      {c && !ind ? (
        <Card>
          <Empty description={t('benchmark.comparison.noIndicators')} />
        </Card>
      ) : null}
      {c && ind ? (
        <>
          <IndicatorSection
            ind={ind}
            names={names}
            roundId={roundId}
            canWritePractice={hasPermission(user.permissions, 'benchmark.submit')}
            onPickService={(id) => set({ service: id })}
            selectedService={trendService}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <TrendCard
                serviceId={trendService}
                groupId={c.group_id}
                indicatorCode={ind.code}
                services={own}
                onService={(id) => set({ service: id })}
              />
            </Col>
            <Col xs={24} xl={12}>
              <ScatterCard indicators={c.indicators} x={view.x} y={view.y} onChange={(x, y) => set({ x, y })} />
            </Col>
          </Row>
        </>
      ) : null}
    </div>
  );
}

function SuppressedNote() {
  const { t } = useTranslation();
  return <Tag data-testid="suppressed-note">{t('benchmark.comparison.suppressed')}</Tag>;
}

function IndicatorSection({
  ind,
  names,
  roundId,
  canWritePractice,
  onPickService,
  selectedService,
}: {
  ind: BenchmarkIndicatorComparison;
  /** the methodology's names of the codes in reasons */
  names: ReadonlyMap<string, string>;
  roundId: number;
  canWritePractice: boolean;
  onPickService: (id: number) => void;
  selectedService: number | undefined;
}) {
  const { t } = useTranslation();
  const data = useMemo(() => boxPlotData(ind.groups), [ind]);
  const rows = useMemo(() => scoreRows(ind), [ind]);
  const ownRows = rows.filter((r) => r.service.own);
  const fmt = (v: number | null | undefined) => formatIndicator(v, ind.unit);
  const screens = Grid.useBreakpoint();
  const plotWidth = boxPlotWidth(window.innerWidth, screens);
  const option = useMemo(
    () =>
      boxPlotOption(
        data,
        {
          box: t('benchmark.comparison.peerGroup'),
          own: t('benchmark.comparison.ownService'),
          peers: t('benchmark.comparison.otherServices'),
          unit: ind.unit,
          stats: [
            t('benchmark.stats.min'),
            t('benchmark.stats.q1'),
            t('benchmark.stats.median'),
            t('benchmark.stats.q3'),
            t('benchmark.stats.max'),
          ],
        },
        plotWidth,
      ),
    [data, ind.unit, t, plotWidth],
  );
  const tags = (
    <Space wrap>
      <DirectionTag direction={ind.direction} />
      <RbaTag rba={ind.rba} />
    </Space>
  );

  return (
    <>
      <Card
        className="kv-section"
        data-testid="comparison-indicator-card"
        data-indicator={ind.code}
        title={
          <div className="kv-card-title-wrap">
            <Space wrap>
              <span>{ind.name}</span>
              {ind.unit ? <Typography.Text type="secondary">({ind.unit})</Typography.Text> : null}
            </Space>
            {/* on a phone the tags go under the name instead of cutting it */}
            {screens.md ? null : <div>{tags}</div>}
          </div>
        }
        extra={screens.md ? tags : undefined}
      >
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={14}>
            <Chart
              option={option}
              height={360}
              testId="comparison-boxplot"
              data={{ categories: data.categories.length, own: data.own.length, peers: data.peers.length }}
              empty={!data.categories.length && t('benchmark.comparison.nothingToDraw')}
            />
          </Col>
          <Col xs={24} xl={10}>
            {ownRows.length ? (
              <div data-testid="comparison-reserves">
                {ownRows.map((r) => (
                  <Card
                    key={r.key}
                    size="small"
                    className="kv-own-card"
                    data-testid={`reserve-${r.service.service_id}`}
                    title={
                      <Space>
                        <Tag color="volcano">{t('benchmark.comparison.ownService')}</Tag>
                        {r.service.name}
                      </Space>
                    }
                  >
                    {typeof r.value !== 'number' ? (
                      <Typography.Text type="secondary">
                        {reasonText(t, r.missing_reason, r.missing_reason_text, names) ||
                          t('benchmark.comparison.noValue')}
                      </Typography.Text>
                    ) : (
                      <>
                        <div className="kv-own-value">{fmt(r.value)}</div>
                        <div>
                          {t('benchmark.comparison.percentRank')}: <strong>{formatPercent(r.percent_rank)}</strong> ·{' '}
                          {t('benchmark.comparison.zScore')}: <strong>{formatMeasure(r.z_score)}</strong>
                        </div>
                        <div data-testid={`reserve-median-${r.service.service_id}`}>
                          {hasReserve(r.reserve_median)
                            ? t(
                                ind.direction === 'lower'
                                  ? 'benchmark.comparison.reserveMedianLower'
                                  : 'benchmark.comparison.reserveMedianHigher',
                                { value: fmt(r.reserve_median) },
                              )
                            : t('benchmark.comparison.atMedian')}
                        </div>
                        <div data-testid={`reserve-best-${r.service.service_id}`}>
                          {hasReserve(r.reserve_best)
                            ? t(
                                ind.direction === 'lower'
                                  ? 'benchmark.comparison.reserveBestLower'
                                  : 'benchmark.comparison.reserveBestHigher',
                                { value: fmt(r.reserve_best) },
                              )
                            : t('benchmark.comparison.inBestQuartile')}
                        </div>
                        {canWritePractice && typeof r.service.service_id === 'number' && !hasReserve(r.reserve_best) ? (
                          <Link
                            to={`/benchmarking/good-practices/new?service=${r.service.service_id}&round=${roundId}&indicator=${ind.indicator_id}`}
                          >
                            <Button size="small" icon={<BulbOutlined />} style={{ marginTop: 8 }}>
                              {t('benchmark.practices.writeUp')}
                            </Button>
                          </Link>
                        ) : null}
                      </>
                    )}
                  </Card>
                ))}
              </div>
            ) : (
              <Typography.Paragraph type="secondary">{t('benchmark.comparison.noOwn')}</Typography.Paragraph>
            )}
          </Col>
        </Row>
      </Card>

      <Card title={t('benchmark.comparison.statistics')} className="kv-section kv-table-card">
        <Table<BenchmarkPeerGroup>
          rowKey="peer_key"
          size="small"
          pagination={false}
          data-testid="comparison-stats"
          dataSource={statRows(ind)}
          scroll={{ x: true }}
          onRow={(g) =>
            ({
              'data-testid': `stats-row-${g.peer_key}`,
              'data-suppressed': String(g.suppressed),
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { key: 'group', title: t('benchmark.comparison.peerGroup'), dataIndex: 'label' },
            {
              key: 'n',
              title: t('benchmark.stats.n'),
              align: 'right',
              render: (_, g) => (g.suppressed ? <SuppressedNote /> : formatNumber(g.n)),
            },
            ...(['min', 'q1', 'median', 'q3', 'max', 'mean'] as const).map((k) => ({
              key: k,
              title: t(`benchmark.stats.${k}`),
              align: 'right' as const,
              render: (_: unknown, g: BenchmarkPeerGroup) =>
                g.suppressed ? '—' : <span className="kv-nowrap">{fmt(g[k])}</span>,
            })),
          ]}
        />
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8, marginBottom: 0 }}
          data-testid="comparison-quantile-note"
        >
          {t('benchmark.comparison.quantileNote')}
        </Typography.Paragraph>
      </Card>

      <Card title={t('benchmark.comparison.services')} className="kv-section kv-table-card">
        <Table<ScoreRow>
          rowKey="key"
          size="small"
          data-testid="comparison-scores"
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: true }}
          rowClassName={(r) =>
            r.service.own
              ? 'kv-own-row'
              : typeof r.service.service_id === 'number' && r.service.service_id === selectedService
                ? 'kv-selected-row'
                : ''
          }
          onRow={(r) =>
            ({
              'data-testid': `score-row-${r.service.service_id ?? r.service.name}`,
              'data-own': String(r.service.own),
              onClick: () => typeof r.service.service_id === 'number' && onPickService(r.service.service_id),
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'service',
              title: t('benchmark.round.service'),
              render: (_, r) => (
                <>
                  {r.service.own ? <Tag color="volcano">{t('benchmark.comparison.ownService')}</Tag> : null}
                  {r.service.anonymised ? (
                    <Tooltip title={t('benchmark.comparison.anonymised')}>
                      <span>{r.service.name}</span>
                    </Tooltip>
                  ) : (
                    r.service.name
                  )}
                  {r.service.provider_name ? <div className="kv-muted">{r.service.provider_name}</div> : null}
                </>
              ),
            },
            { key: 'group', title: t('benchmark.comparison.peerGroup'), dataIndex: 'group_label' },
            {
              key: 'value',
              title: t('benchmark.form.value'),
              align: 'right',
              render: (_, r) =>
                typeof r.value === 'number' ? (
                  <span className="kv-nowrap">{fmt(r.value)}</span>
                ) : (
                  <Typography.Text type="secondary">
                    {reasonText(t, r.missing_reason, r.missing_reason_text, names) || '—'}
                  </Typography.Text>
                ),
            },
            {
              key: 'rank',
              title: t('benchmark.comparison.percentRank'),
              align: 'right',
              render: (_, r) => (r.suppressed ? '—' : formatPercent(r.percent_rank)),
            },
            {
              key: 'z',
              title: t('benchmark.comparison.zScore'),
              align: 'right',
              render: (_, r) => (r.suppressed ? '—' : formatMeasure(r.z_score)),
            },
            {
              key: 'reserveMedian',
              title: t('benchmark.comparison.reserveMedian'),
              align: 'right',
              render: (_, r) => (hasReserve(r.reserve_median) ? fmt(r.reserve_median) : '—'),
            },
            {
              key: 'reserveBest',
              title: t('benchmark.comparison.reserveBest'),
              align: 'right',
              render: (_, r) => (hasReserve(r.reserve_best) ? fmt(r.reserve_best) : '—'),
            },
          ]}
        />
      </Card>
    </>
  );
}

function ScatterCard({
  indicators,
  x,
  y,
  onChange,
}: {
  indicators: BenchmarkIndicatorComparison[];
  x: string | undefined;
  y: string | undefined;
  onChange: (x: string | undefined, y: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const xi = indicators.find((i) => i.code === x) ?? indicators[0];
  const yi = indicators.find((i) => i.code === y) ?? indicators[1] ?? indicators[0];
  const points = useMemo(() => (xi && yi ? scatterPoints(xi, yi) : []), [xi, yi]);
  const label = (i: BenchmarkIndicatorComparison) => (i.unit ? `${i.name} (${i.unit})` : i.name);
  const options = indicators.map((i) => ({ value: i.code, label: label(i) }));
  return (
    <Card title={t('benchmark.comparison.scatter')} className="kv-section" data-testid="comparison-scatter">
      {indicators.length < 2 ? (
        <Empty description={t('benchmark.comparison.scatterNeedsTwo')} />
      ) : (
        <>
          <Row gutter={8} className="kv-section">
            <Col span={12}>
              <Select
                style={{ width: '100%' }}
                value={xi?.code}
                options={options}
                onChange={(v) => onChange(v, yi?.code)}
                aria-label={`${t('benchmark.comparison.scatter')}: ${t('a11y.chart.x')}`}
                data-testid="scatter-x"
              />
            </Col>
            <Col span={12}>
              <Select
                style={{ width: '100%' }}
                value={yi?.code}
                options={options}
                onChange={(v) => onChange(xi?.code, v)}
                aria-label={`${t('benchmark.comparison.scatter')}: ${t('a11y.chart.y')}`}
                data-testid="scatter-y"
              />
            </Col>
          </Row>
          <Chart
            height={320}
            testId="scatter-chart"
            data={{ points: points.length }}
            option={scatterOption(points, {
              x: label(xi),
              y: label(yi),
              own: t('benchmark.comparison.ownService'),
              peers: t('benchmark.comparison.otherServices'),
            })}
            empty={!points.length && t('benchmark.comparison.nothingToDraw')}
          />
        </>
      )}
    </Card>
  );
}
