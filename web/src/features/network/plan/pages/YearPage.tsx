// One year of the region's network: the services in it with capacity and unit, territories, the entrustment act in
// force and this year's decisions (filters by kind, ORP and provider; totals of what is shown), the year's
// decisions, the comparison with the registry and with need coverage, the Excel export; the region's managers
// record decisions and approve the year.
import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Empty, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDateRange, formatDecimal } from '../../../../lib/format';
import { usePrinting } from '../../../../lib/usePrinting';
import { approveYear, planLinks, usePlanMutation, useCoverageDiff, useRegistryDiff, useYear } from '../api';
import { ApproveModal } from '../components/ApproveModal';
import { CapacityText, capacityWords, useRegionSuffix, useStanding } from '../components/common';
import { DecisionModal } from '../components/DecisionModal';
import { EvidenceButton } from '../../finance/components/EvidenceButton';
import { DecisionTag, useCodeText, useUnitName, YearStatusTag } from '../components/Tags';
import { useCatalogueOptions } from '../components/useCatalogueOptions';
import {
  MISMATCH_REASONS,
  type ApproveInput,
  REGISTRY_STATUSES,
  type Decision,
  type DecisionKind,
  type Entry,
  type Gap,
  type Mismatch,
  type NotRegistered,
  type RegistryService,
} from '../types';
import { capacityByUnit, filterEntries, filterOptions, type EntryFilters, yearApproveWarnings } from '../years';
import { useFeedback } from '../../../../app/feedback';

const VIEWS = ['network', 'decisions', 'registry', 'coverage'] as const;

export default function YearPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const suffix = useRegionSuffix();
  const { staff, provider } = useStanding();
  const year = useYear(id);
  const d = year.data;
  const view = VIEWS.find((v) => v === params.get('view')) ?? 'network';
  const registry = useRegistryDiff(id, staff && (view === 'registry' || !!d?.can_manage));
  const coverage = useCoverageDiff(id, !provider && view === 'coverage');
  const [filters, setFilters] = useState<EntryFilters>({});
  const [deciding, setDeciding] = useState<{
    kind: DecisionKind;
    service_id?: number;
    capacity?: number;
    unit?: string;
  } | null>(null);
  const [approving, setApproving] = useState(false);
  const printing = usePrinting();
  const approve = usePlanMutation((v: ApproveInput) => approveYear(id, v));
  const unitName = useUnitName();
  const code = useCodeText();
  const { kindName } = useCatalogueOptions();

  if (year.error) return <ErrorAlert error={year.error} onRetry={() => void year.refetch()} backTo="/network/years" />;
  if (!d) return <Card loading />;

  const entries = d.entries;
  const shown = filterEntries(entries, filters);
  const found = filterOptions(entries);
  const options = { ...found, kinds: found.kinds.map((k) => ({ ...k, label: kindName(k.value, k.label) })) };
  const totals = capacityByUnit(shown);
  const setView = (v: string) => {
    const next = new URLSearchParams(params);
    if (v === 'network') next.delete('view');
    else next.set('view', v);
    setParams(next, { replace: true });
  };

  const networkTab = (
    <>
      <Space wrap className="no-print" style={{ marginBottom: 8 }} data-testid="nwp-year-filters">
        <Select
          allowClear
          placeholder={t('networkPlan.year.allKinds')}
          style={{ minWidth: 200 }}
          value={filters.kind}
          onChange={(v?: string) => setFilters({ ...filters, kind: v })}
          options={options.kinds}
          data-testid="nwp-filter-kind"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('networkPlan.year.allTerritories')}
          style={{ minWidth: 160 }}
          value={filters.territory}
          onChange={(v?: string) => setFilters({ ...filters, territory: v })}
          options={options.territories}
          data-testid="nwp-filter-territory"
        />
        {options.providers.length > 1 ? (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('networkPlan.year.allProviders')}
            style={{ minWidth: 220 }}
            value={filters.provider}
            onChange={(v?: number) => setFilters({ ...filters, provider: v })}
            options={options.providers}
            data-testid="nwp-filter-provider"
          />
        ) : null}
        <Input.Search
          allowClear
          placeholder={t('networkPlan.common.search')}
          style={{ width: 240, maxWidth: '100%' }}
          onChange={(e) => setFilters({ ...filters, text: e.target.value })}
          data-testid="nwp-filter-text"
        />
      </Space>
      <Typography.Paragraph type="secondary" data-testid="nwp-year-shown">
        {t('networkPlan.year.shown', { shown: shown.length, total: entries.length })}
        {totals.length
          ? ` · ${totals.map((x) => capacityWords(t, x.capacity, x.unit, unitName(x.unit))).join(', ')}`
          : ''}
      </Typography.Paragraph>
      <Table<Entry>
        rowKey="service_id"
        size="small"
        dataSource={shown}
        pagination={!printing && shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        data-testid="nwp-entries"
        locale={{ emptyText: entries.length ? t('networkPlan.year.noMatch') : t('networkPlan.year.noEntries') }}
        onRow={(e) => ({ 'data-service-id': e.service_id, 'data-testid': 'nwp-entry' }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'service',
            title: t('networkPlan.common.service'),
            render: (_, e) => (
              <div style={{ minWidth: 180, maxWidth: 300, whiteSpace: 'normal' }}>
                <Link to={`/network/years/service/${e.service_id}${suffix}`} data-testid="nwp-entry-history">
                  {e.service_name}
                </Link>
                <div className="kv-muted">{e.provider_name}</div>
                <div className="kv-muted">{kindName(e.kind_code, e.kind_name)}</div>
                <EvidenceButton serviceId={e.service_id} providerId={e.provider_id} />
              </div>
            ),
          },
          {
            key: 'capacity',
            title: t('networkPlan.common.capacity'),
            align: 'right',
            render: (_, e) => (
              <CapacityText capacity={e.capacity} unit={e.capacity_unit} unitName={e.capacity_unit_name} />
            ),
          },
          {
            key: 'territories',
            title: t('networkPlan.common.territories'),
            responsive: ['md'],
            render: (_, e) => (
              <Space size={[0, 4]} wrap style={{ maxWidth: 200 }}>
                {e.territories.map((x) => (
                  <Tag key={x.code}>{x.name || x.code}</Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'act',
            title: t('networkPlan.year.entrustment'),
            responsive: ['sm'],
            render: (_, e) =>
              e.entrustment ? (
                <div data-testid="nwp-entry-act">
                  {e.entrustment.act_number}
                  <div className="kv-muted">{formatDateRange(e.entrustment.valid_from, e.entrustment.valid_to)}</div>
                </div>
              ) : (
                <Typography.Text type="warning">{t('networkPlan.year.noEntrustment')}</Typography.Text>
              ),
          },
          {
            key: 'decisions',
            title: t('networkPlan.year.decisions'),
            render: (_, e) => (
              <Space size={[0, 4]} wrap data-testid="nwp-entry-decisions">
                {e.decisions_this_year.map((x) => (
                  <DecisionTag key={x.id} kind={x.kind} />
                ))}
              </Space>
            ),
          },
          ...(d.can_manage
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, e: Entry) => (
                    <Space direction="vertical" size={4}>
                      <Button
                        size="small"
                        onClick={() => setDeciding({ kind: 'change', service_id: e.service_id })}
                        data-testid="nwp-entry-change"
                      >
                        {t('networkPlan.year.changeHere')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => setDeciding({ kind: 'remove', service_id: e.service_id })}
                        data-testid="nwp-entry-remove"
                      >
                        {t('networkPlan.year.removeHere')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );

  // the provider of each service of the year (a removed service is not among the entries: region staff only)
  const providerOf = new Map(entries.map((e) => [e.service_id, e.provider_id]));
  const decisionsTab = (
    <Table<Decision>
      rowKey="id"
      size="small"
      dataSource={d.decisions}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="nwp-decisions"
      locale={{ emptyText: t('networkPlan.year.noDecisions') }}
      onRow={(x) => ({ 'data-kind': x.kind, 'data-service-id': x.service_id }) as HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'date', title: t('networkPlan.decision.date'), render: (_, x) => formatDate(x.decided_on) },
        {
          key: 'service',
          title: t('networkPlan.common.service'),
          render: (_, x) => (
            <div style={{ minWidth: 140, maxWidth: 200, whiteSpace: 'normal' }}>
              {x.service_name}
              <div>
                <EvidenceButton serviceId={x.service_id} providerId={providerOf.get(x.service_id)} />
              </div>
            </div>
          ),
        },
        { key: 'kind', title: t('networkPlan.decision.kind'), render: (_, x) => <DecisionTag kind={x.kind} /> },
        {
          key: 'capacity',
          title: t('networkPlan.common.capacity'),
          render: (_, x) =>
            x.kind === 'remove' ? (
              <CapacityText capacity={x.capacity_before} unit={x.capacity_unit} />
            ) : (
              <span>
                {x.capacity_before !== null && x.capacity_before !== undefined
                  ? `${formatDecimal(x.capacity_before)} → `
                  : ''}
                <CapacityText capacity={x.capacity_after} unit={x.capacity_unit} />
              </span>
            ),
        },
        {
          key: 'reason',
          title: t('networkPlan.decision.reason'),
          render: (_, x) => (
            <div style={{ minWidth: 160, maxWidth: 260, whiteSpace: 'normal' }}>
              {x.reason}
              {x.territories_after.length && x.kind !== 'remove' ? (
                <div className="kv-muted" data-testid="nwp-decision-territories-change">
                  {t('networkPlan.decision.territoriesChange', {
                    before: x.territories_before.map((c) => c.name || c.code).join(', ') || '—',
                    after: x.territories_after.map((c) => c.name || c.code).join(', '),
                  })}
                </div>
              ) : null}
            </div>
          ),
        },
        {
          key: 'by',
          title: t('networkPlan.decision.by'),
          responsive: ['md'],
          render: (_, x) => <div style={{ maxWidth: 220, whiteSpace: 'normal' }}>{x.decided_by_text || '—'}</div>,
        },
      ]}
    />
  );

  const r = registry.data;
  const registryTab = !staff ? (
    <Typography.Paragraph type="secondary">{t('networkPlan.registry.regionOnly')}</Typography.Paragraph>
  ) : registry.error ? (
    <ErrorAlert error={registry.error} />
  ) : (
    <div data-testid="nwp-registry">
      <Typography.Paragraph type="secondary">{t('networkPlan.registry.intro')}</Typography.Paragraph>
      <DiffCard<RegistryService>
        title={`${t('networkPlan.registry.notInNetwork')} (${r?.not_in_network.length ?? 0})`}
        testId="nwp-registry-not-in"
        loading={registry.isPending}
        items={r?.not_in_network ?? []}
        first={true}
        columns={[
          { key: 'k', title: t('networkPlan.common.kind'), render: (_, x) => kindName(x.kind_code, x.kind_name) },
          {
            key: 'c',
            title: t('networkPlan.registry.registered'),
            render: (_, x) => <CapacityText capacity={x.registered_capacity} unit={x.registered_unit} />,
          },
          ...(d.can_manage
            ? [
                {
                  key: 'a',
                  title: '',
                  render: (_: unknown, x: RegistryService) => (
                    <Button
                      size="small"
                      onClick={() => setDeciding({ kind: 'include', service_id: x.service_id })}
                      data-testid="nwp-registry-include"
                    >
                      {t('networkPlan.registry.include')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <DiffCard<NotRegistered>
        title={`${t('networkPlan.registry.notRegistered')} (${r?.not_registered.length ?? 0})`}
        testId="nwp-registry-not-registered"
        loading={registry.isPending}
        items={r?.not_registered ?? []}
        first={false}
        columns={[
          {
            key: 'c',
            title: t('networkPlan.registry.inNetwork'),
            render: (_, x) => <CapacityText capacity={x.capacity} unit={x.capacity_unit} />,
          },
          {
            key: 'st',
            title: t('networkPlan.registry.registryStatus'),
            render: (_, x) => code('registryStatus', REGISTRY_STATUSES, x.registry_status, x.registry_status_name),
          },
          { key: 'e', title: t('networkPlan.registry.endedOn'), render: (_, x) => formatDate(x.ended_on) },
          ...(d.can_manage
            ? [
                {
                  key: 'a',
                  title: '',
                  render: (_: unknown, x: NotRegistered) => (
                    <Button
                      size="small"
                      danger
                      onClick={() => setDeciding({ kind: 'remove', service_id: x.service_id })}
                      data-testid="nwp-registry-remove"
                    >
                      {t('networkPlan.registry.remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <DiffCard<Mismatch>
        title={`${t('networkPlan.registry.mismatch')} (${r?.capacity_mismatch.length ?? 0})`}
        testId="nwp-registry-mismatch"
        loading={registry.isPending}
        items={r?.capacity_mismatch ?? []}
        first={false}
        columns={[
          {
            key: 'n',
            title: t('networkPlan.registry.inNetwork'),
            render: (_, x) => <CapacityText capacity={x.network_capacity} unit={x.network_unit} />,
          },
          {
            key: 'r',
            title: t('networkPlan.registry.registered'),
            render: (_, x) => <CapacityText capacity={x.registered_capacity} unit={x.registered_unit} />,
          },
          {
            key: 'why',
            title: t('networkPlan.registry.reason'),
            render: (_, x) => code('mismatch', MISMATCH_REASONS, x.reason, x.reason_name),
          },
          ...(d.can_manage
            ? [
                {
                  key: 'a',
                  title: '',
                  render: (_: unknown, x: Mismatch) => (
                    <Button
                      size="small"
                      onClick={() =>
                        setDeciding({
                          kind: 'change',
                          service_id: x.service_id,
                          capacity: x.registered_capacity,
                          unit: x.registered_unit,
                        })
                      }
                      data-testid="nwp-registry-align"
                    >
                      {t('networkPlan.registry.align')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );

  const c = coverage.data;
  const coverageTab = coverage.error ? (
    <ErrorAlert error={coverage.error} />
  ) : (
    <div data-testid="nwp-coverage">
      <Typography.Paragraph type="secondary">{t('networkPlan.coverage.intro')}</Typography.Paragraph>
      {c && !c.round ? <Empty description={t('networkPlan.coverage.noRound')} /> : null}
      {c?.round ? (
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('networkPlan.coverage.round', { title: c.round.title })}</Typography.Text>
          <Tag color={c.gaps.length ? 'red' : 'green'} data-testid="nwp-coverage-gaps" data-count={c.gaps.length}>
            {t('networkPlan.coverage.gaps', { count: c.gaps.length })}
          </Tag>
          <Link to={`/network/coverage/map${suffix}`}>{t('networkPlan.coverage.map')}</Link>
        </Space>
      ) : null}
      {c?.round || coverage.isPending ? (
        <Table<Gap>
          rowKey={(g) => `${g.territory_code}|${g.need_area_id}`}
          size="small"
          loading={coverage.isPending}
          dataSource={c?.gaps ?? []}
          pagination={!printing && (c?.gaps.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('networkPlan.coverage.empty') }}
          columns={[
            {
              key: 't',
              title: t('networkPlan.common.territory'),
              render: (_, g) => g.territory_name || g.territory_code,
            },
            { key: 'n', title: t('networkPlan.coverage.need'), render: (_, g) => g.need_name },
            {
              key: 'in',
              title: t('networkPlan.coverage.inNetwork'),
              align: 'right',
              render: (_, g) => g.network_services,
            },
            {
              key: 'out',
              title: t('networkPlan.coverage.outside'),
              align: 'right',
              render: (_, g) => g.outside_network,
            },
          ]}
        />
      ) : null}
    </div>
  );

  return (
    <div data-testid="nwp-year-page" data-status={d.status} data-year={d.year}>
      <PageHeader
        title={
          <Space wrap>
            {t('networkPlan.year.title', { year: d.year })}
            <YearStatusTag status={d.status} />
          </Space>
        }
        subtitle={[
          d.region_name,
          d.previous_year ? t('networkPlan.year.previous', { year: d.previous_year }) : '',
          d.approved_on
            ? t('networkPlan.common.approvedInfo', { date: formatDate(d.approved_on), by: d.approved_by_text || '—' })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={planLinks.yearXlsx(d.id)} data-testid="nwp-year-export">
              {t('networkPlan.year.export')}
            </Button>
            {d.can_manage ? (
              <>
                <Button
                  type="primary"
                  onClick={() => setDeciding({ kind: 'change' })}
                  data-testid="nwp-decision-create"
                >
                  {t('networkPlan.year.record')}
                </Button>
                <Button
                  onClick={() => {
                    approve.reset();
                    setApproving(true);
                  }}
                  data-testid="nwp-year-approve"
                >
                  {t('networkPlan.year.approve')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Tabs
        activeKey={view}
        onChange={setView}
        data-testid="nwp-year-tabs"
        items={[
          { key: 'network', label: `${t('networkPlan.year.network')} (${entries.length})`, children: networkTab },
          {
            key: 'decisions',
            label: `${t('networkPlan.year.decisions')} (${d.decisions.length})`,
            children: decisionsTab,
          },
          ...(staff ? [{ key: 'registry', label: t('networkPlan.year.registry'), children: registryTab }] : []),
          ...(!provider ? [{ key: 'coverage', label: t('networkPlan.year.coverage'), children: coverageTab }] : []),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        <Link to={`/network/years${suffix}`}>
          <HistoryOutlined /> {t('networkPlan.tabs.years')}
        </Link>
      </Typography.Paragraph>
      {deciding ? (
        <DecisionModal
          yearId={d.id}
          entries={entries}
          candidates={registry.data?.not_in_network ?? []}
          initial={deciding}
          regionCode={d.region_code}
          onClose={() => setDeciding(null)}
        />
      ) : null}
      {approving ? (
        <ApproveModal
          title={t('networkPlan.year.approveTitle', { year: d.year })}
          text={t('networkPlan.year.approveText')}
          warnings={yearApproveWarnings(registry.data).map((w) => t(w.key, w.values))}
          pending={approve.isPending}
          error={approve.error}
          onClose={() => setApproving(false)}
          onSubmit={(v) =>
            approve.mutate(v, {
              onSuccess: () => {
                void message.success(t('networkPlan.year.approved'));
                setApproving(false);
              },
            })
          }
        />
      ) : null}
    </div>
  );
}

/** One list of the registry comparison: the service (and its provider) first, then the list's own columns. */
function DiffCard<T extends { service_id: number; service_name: string; provider_name: string }>({
  title,
  testId,
  loading,
  items,
  first,
  columns,
}: {
  title: string;
  testId: string;
  loading: boolean;
  items: T[];
  first: boolean;
  columns: TableColumnsType<T>;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} className="kv-section" style={first ? undefined : { marginTop: 12 }}>
      <Table<T>
        rowKey="service_id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid={testId}
        locale={{ emptyText: t('networkPlan.registry.empty') }}
        columns={[
          {
            key: 's',
            title: t('networkPlan.common.service'),
            render: (_, x) => (
              <>
                {x.service_name}
                <div className="kv-muted">{x.provider_name}</div>
              </>
            ),
          },
          ...columns,
        ]}
      />
    </Card>
  );
}
