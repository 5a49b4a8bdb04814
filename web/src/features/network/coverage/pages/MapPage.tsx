// The coverage map of the region: filters (round, kind, target group, need), a heatmap territory × need, a real map
// of the region's ORP territories coloured by the services meeting the chosen need directly, the gaps and overlaps
// with their export, and the attribution of the boundaries.
import { useCallback, useMemo } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Select, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PageHeader } from '../../../../app/AppShell';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useUrlState } from '../../../../lib/useUrlState';
import { useCatalogues } from '../../../registry/api';
import { localName } from '../../../registry/catalogueLabels';
import { coverageLinks, useCoverageMap, useOrpGeo, useRounds } from '../api';
import {
  gapRows,
  geoMapName,
  geoNeed,
  answeredMap,
  answeredNeeds,
  heatmapHeight,
  heatmapOption,
  MAP_ATTRIBUTION,
  mapOption,
  mapSummary,
  regionFeatures,
  type GapRow,
  type MapLabels,
} from '../coverageMap';
import { mapFiltersToSearch, parseMapFilters } from '../mapFilters';
import { useCurrentRegion } from '../region';
import { sortRounds } from '../rounds';
import type { CoverageMapFilters } from '../types';
import { CoverageChart } from '../components/CoverageChart';

function mapLabels(t: TFunction): MapLabels {
  return {
    gap: t('networkCoverage.map.levels.gap'),
    one: t('networkCoverage.map.levels.one'),
    two: t('networkCoverage.map.levels.two'),
    many: t('networkCoverage.map.levels.many'),
    direct: t('networkCoverage.map.direct'),
    mediated: t('networkCoverage.map.mediated'),
    referred: t('networkCoverage.map.referred'),
    none: t('networkCoverage.map.none'),
    services: t('networkCoverage.map.services'),
  };
}

/** Gaps show how the need is answered otherwise (mediated, referred); overlaps how many meet it directly. */
function GapTable({
  rows,
  testId,
  empty,
  overlaps = false,
}: {
  rows: GapRow[];
  testId: string;
  empty: string;
  overlaps?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<GapRow>
      rowKey={(g) => `${g.territory}-${g.need_area_id}`}
      size="small"
      data-testid={testId}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: empty }}
      onRow={(g) =>
        ({
          'data-testid': `${testId}-row`,
          'data-territory': g.territory,
          'data-need': g.need_area_id,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { key: 'territory', title: t('networkCoverage.map.territory'), render: (_, g) => g.territory_name },
        {
          key: 'need',
          title: t('networkCoverage.map.need'),
          render: (_, g) => (
            <>
              {g.need_name}{' '}
              {g.nobody ? (
                <Tooltip title={t('networkCoverage.map.nobodyHelp')}>
                  <Tag color="red">{t('networkCoverage.map.nobody')}</Tag>
                </Tooltip>
              ) : null}
            </>
          ),
        },
        ...(overlaps
          ? [{ key: 'direct', title: t('networkCoverage.map.direct'), align: 'right' as const, dataIndex: 'direct' }]
          : [
              {
                key: 'mediated',
                title: t('networkCoverage.map.mediated'),
                align: 'right' as const,
                dataIndex: 'mediated',
              },
              {
                key: 'referred',
                title: t('networkCoverage.map.referred'),
                align: 'right' as const,
                dataIndex: 'referred',
                responsive: ['sm' as const],
              },
            ]),
        {
          key: 'services',
          title: t('networkCoverage.map.services'),
          align: 'right',
          dataIndex: 'services',
          responsive: ['sm'],
        },
      ]}
    />
  );
}

export default function MapPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useUrlState(parseMapFilters, mapFiltersToSearch);
  const set = useCallback(
    (patch: Partial<CoverageMapFilters>) => setFilters({ ...filters, ...patch }),
    [filters, setFilters],
  );
  const { region, code } = useCurrentRegion();
  const rounds = useRounds(code);
  const map = useCoverageMap(filters, code);
  const geo = useOrpGeo();
  const catalogues = useCatalogues();
  const m = useMemo(() => (map.data ? answeredMap(map.data) : undefined), [map.data]);
  const en = i18n.language === 'en';
  const labels = useMemo(() => mapLabels(t), [t]);

  const needId = filters.need && m?.needs.some((n) => n.id === filters.need) ? filters.need : undefined;
  const drawn = useMemo(
    () =>
      geo.data && m
        ? regionFeatures(
            geo.data,
            m.territories.map((x) => x.code),
            region?.region_code ?? '',
          )
        : null,
    [geo.data, m, region?.region_code],
  );
  const geoName = drawn ? geoMapName(drawn) : '';
  const mapNeed = m ? geoNeed(m, needId) : undefined;
  const mapNeedName = m?.needs.find((n) => n.id === mapNeed)?.name ?? '';
  const gaps = m ? gapRows(m, m.gaps, needId) : [];
  const overlaps = m ? gapRows(m, m.overlaps, needId) : [];
  const summary = m ? mapSummary(m, needId) : null;
  const roundKinds = sortRounds(rounds.data?.items ?? []).find((r) => r.id === (filters.round ?? m?.round?.id))?.kinds;
  const kindIndex = new Map((catalogues.data?.service_kinds ?? []).map((k) => [k.code, k]));
  const kindOptions = (roundKinds ?? []).map((k) => ({
    value: k.code,
    label: localName(kindIndex.get(k.code), en ? 'en' : 'cs') ?? k.name,
  }));
  const targetOptions = (catalogues.data?.target_groups ?? []).map((g) => ({
    value: g.code,
    label: localName(g, en ? 'en' : 'cs') ?? g.name_cs,
  }));
  const exportFilters = { ...filters, round: filters.round ?? m?.round?.id, need: needId };

  return (
    <div data-testid="cov-map-page" data-round-id={m?.round?.id}>
      <PageHeader
        title={t('networkCoverage.map.title')}
        subtitle={m?.round?.title}
        extra={
          m?.round ? (
            <>
              <Button
                icon={<DownloadOutlined />}
                href={coverageLinks.gaps('xlsx', exportFilters, code)}
                data-testid="cov-gaps-xlsx"
              >
                {t('networkCoverage.map.exportXlsx')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                href={coverageLinks.gaps('csv', exportFilters, code)}
                data-testid="cov-gaps-csv"
              >
                {t('networkCoverage.map.exportCsv')}
              </Button>
            </>
          ) : null
        }
      />
      <div className="kv-filters kv-section">
        <Space wrap>
          <Select
            style={{ minWidth: 220 }}
            aria-label={t('networkCoverage.map.round')}
            placeholder={t('networkCoverage.map.round')}
            value={filters.round ?? m?.round?.id}
            onChange={(v) => set({ round: v, kind: undefined })}
            options={(m?.rounds ?? []).map((r) => ({
              value: r.id,
              label: `${r.title} (${t(`networkCoverage.roundStatus.${r.status}`)})`,
            }))}
            data-testid="cov-map-round"
          />
          <Select
            style={{ minWidth: 220 }}
            aria-label={t('networkCoverage.map.kind')}
            allowClear
            placeholder={t('networkCoverage.map.allKinds')}
            value={filters.kind}
            onChange={(v) => set({ kind: v })}
            options={kindOptions}
            data-testid="cov-map-kind"
          />
          <Select
            style={{ minWidth: 220 }}
            aria-label={t('networkCoverage.map.targetGroup')}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('networkCoverage.map.allTargetGroups')}
            value={filters.target_group}
            onChange={(v) => set({ target_group: v })}
            options={targetOptions}
            data-testid="cov-map-target-group"
          />
          <Select
            style={{ minWidth: 220 }}
            aria-label={t('networkCoverage.map.need')}
            allowClear
            placeholder={t('networkCoverage.map.chooseNeed')}
            value={needId}
            onChange={(v) => set({ need: v })}
            options={(m?.needs ?? []).map((n) => ({ value: n.id, label: n.name }))}
            optionRender={(o) => <span data-testid={`cov-map-need-option-${o.value}`}>{o.label}</span>}
            data-testid="cov-map-need"
          />
        </Space>
      </div>
      {map.error ? <ErrorAlert error={map.error} onRetry={() => void map.refetch()} /> : null}
      {map.isPending && !map.error ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {m && !m.round ? <Empty description={t('networkCoverage.map.noRound')} data-testid="cov-map-no-round" /> : null}
      {m?.round && summary ? (
        <>
          <Typography.Paragraph
            data-testid="cov-map-summary"
            data-gaps={summary.gaps}
            data-nobody={summary.nobody}
            data-overlaps={summary.overlaps}
          >
            {t('networkCoverage.map.summary', summary)}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('networkCoverage.map.geo')} size="small">
                <div className="kv-muted">
                  {needId
                    ? t('networkCoverage.map.geoHelp')
                    : mapNeed
                      ? t('networkCoverage.map.geoDefaultNeed', { need: mapNeedName })
                      : t('networkCoverage.map.geoChooseNeed')}
                </div>
                {geo.error ? <Alert type="warning" showIcon message={t('networkCoverage.map.geoError')} /> : null}
                {drawn && drawn.features.length ? (
                  <CoverageChart
                    testId="cov-geo-map"
                    height={420}
                    geo={{ name: geoName, geoJson: drawn }}
                    option={mapOption(m, drawn, geoName, mapNeed, labels)}
                    data={{ territories: drawn.features.length, need: mapNeed ?? '' }}
                  />
                ) : geo.isPending ? (
                  <Skeleton active />
                ) : (
                  <Empty description={t('networkCoverage.map.noData')} />
                )}
                <div className="kv-muted" data-testid="cov-map-attribution" style={{ fontSize: 12 }}>
                  {t('networkCoverage.map.attribution', { source: MAP_ATTRIBUTION })}
                </div>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card
                title={`${t('networkCoverage.map.overlaps')} (${overlaps.length})`}
                size="small"
                className="kv-table-card"
              >
                <div className="kv-muted" style={{ padding: '0 8px' }}>
                  {t('networkCoverage.map.overlapsHelp')}
                </div>
                <GapTable rows={overlaps} testId="cov-overlaps" empty={t('networkCoverage.map.noOverlaps')} overlaps />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} className="kv-section" style={{ marginTop: 16 }}>
            <Col xs={24}>
              <Card title={t('networkCoverage.map.heatmap')} size="small">
                <div className="kv-muted">{t('networkCoverage.map.heatmapHelp')}</div>
                {m.territories.length && m.needs.length ? (
                  <div style={{ overflowX: 'auto' }}>
                    <div style={{ minWidth: Math.max(360, 120 + answeredNeeds(m).length * 44) }}>
                      <CoverageChart
                        testId="cov-heatmap"
                        height={heatmapHeight(m.territories.length)}
                        option={heatmapOption(m, labels)}
                        data={{ territories: m.territories.length, needs: answeredNeeds(m).length }}
                      />
                    </div>
                  </div>
                ) : (
                  <Empty description={t('networkCoverage.map.noData')} />
                )}
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={`${t('networkCoverage.map.gaps')} (${gaps.length})`} size="small" className="kv-table-card">
                <div className="kv-muted" style={{ padding: '0 8px' }}>
                  {t('networkCoverage.map.gapsHelp')}
                </div>
                <GapTable rows={gaps} testId="cov-gaps" empty={t('networkCoverage.map.noGaps')} />
              </Card>
            </Col>
          </Row>
        </>
      ) : null}
    </div>
  );
}
