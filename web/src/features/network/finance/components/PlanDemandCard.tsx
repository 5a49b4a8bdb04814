// The financial demand of a medium-term plan (SPRSS) over its years: per year the network's optimal subsidy
// (the financing outlook's base), the supported development of the decided development plans and their sum,
// with a link to the outlook of those years. Region staff see the whole region, a provider's members their own
// services and plans (the server's financing access); municipalities and audit bodies see no financing, so
// for them (and for anyone the server refuses with 403) the card is not shown at all.
import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client';
import { useCurrentUser } from '../../../../app/SessionContext';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { audiencesOf } from '../../network';
import { fetchOutlook, financeKeys } from '../api';
import { demandRows, formatCzk, type DemandRow } from '../finance';

/** Who sees the card: 'all' (region staff), 'own' (a provider's members) or nobody. */
export function planDemandView(audiences: ReadonlySet<string>): 'all' | 'own' | 'none' {
  if (audiences.has('region')) return 'all';
  return audiences.has('provider') ? 'own' : 'none';
}

/** The outlook covers at most 10 years. */
export function planDemandQuery(yearFrom: number, yearTo: number) {
  return { year_from: yearFrom, years: Math.max(1, Math.min(10, yearTo - yearFrom + 1)), limit: 0 };
}

export function PlanDemandCard({ yearFrom, yearTo }: { yearFrom: number; yearTo: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const view = planDemandView(audiencesOf(user));
  const query = planDemandQuery(yearFrom, yearTo);
  const outlook = useQuery({
    queryKey: financeKeys.outlook(query),
    queryFn: () => fetchOutlook(query),
    enabled: view !== 'none',
    retry: false,
  });
  // A member the server gives no financing (a provider without services) meets no card either, not an error.
  if (view === 'none' || (outlook.error instanceof ApiError && outlook.error.status === 403)) return null;
  const k = (key: string) => t(`networkFinance.planDemand.${key}`);
  const rows = outlook.data ? demandRows(outlook.data) : [];
  type Line = { key: string; label: string; value: (r: DemandRow) => number; strong?: boolean };
  const lines: Line[] = [
    { key: 'optimal', label: k('optimal'), value: (r) => r.optimal },
    { key: 'development', label: k('development'), value: (r) => r.development },
    { key: 'total', label: k('total'), value: (r) => r.total, strong: true },
  ];
  return (
    <Card
      size="small"
      className="kv-section"
      style={{ marginTop: 12 }}
      title={k('title')}
      loading={outlook.isLoading}
      data-testid="plan-demand-card"
      extra={
        <Link
          to={`/network/finance?year_from=${query.year_from}&years=${query.years}`}
          data-testid="plan-demand-outlook-link"
        >
          {k('toOutlook')}
        </Link>
      }
    >
      <Typography.Paragraph type="secondary">
        {k('intro')}
        {view === 'own' ? ` ${k('own')}` : ''}
      </Typography.Paragraph>
      {outlook.error ? <ErrorAlert error={outlook.error} onRetry={() => void outlook.refetch()} /> : null}
      {outlook.data ? (
        <Table<Line>
          rowKey="key"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={lines}
          data-testid="plan-demand-table"
          columns={[
            { title: '', key: 'label', render: (_, l) => (l.strong ? <strong>{l.label}</strong> : l.label) },
            ...rows.map((r) => ({
              title: String(r.year),
              key: String(r.year),
              align: 'right' as const,
              render: (_: unknown, l: Line) => (
                <span data-testid={`plan-demand-${l.key}-${r.year}`} data-value={Math.round(l.value(r))}>
                  {l.strong ? <strong>{formatCzk(l.value(r))}</strong> : formatCzk(l.value(r))}
                </span>
              ),
            })),
          ]}
        />
      ) : null}
    </Card>
  );
}
