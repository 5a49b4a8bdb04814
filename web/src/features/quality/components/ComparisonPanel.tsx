// Follow-up audit: the change per standard (chart) and per criterion (table) against the previous audit.
import { Link } from 'react-router-dom';
import { Card, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useComparison } from '../api';
import { comparisonColor, comparisonOption, formatChange, formatPct, levelLabel } from '../charts';
import type { QAudit, QCriterionComparison } from '../types';
import { Chart } from '../../../components/charts/Chart';

export function ComparisonPanel({ audit }: { audit: QAudit }) {
  const { t, i18n } = useTranslation();
  const cmp = useComparison(audit.summary.id, true);
  if (cmp.error) return <ErrorAlert error={cmp.error} onRetry={() => void cmp.refetch()} />;
  const c = cmp.data;
  if (!c) return <Card loading />;
  const label = (code: string) => (code ? levelLabel(audit.scale, code, i18n.language) : '—');
  return (
    <div data-testid="comparison">
      <Space size="large" wrap style={{ marginBottom: 16 }}>
        <span>
          <Link to={`/quality/audits/${c.previous_audit_id}`}>{c.previous_title}</Link> (
          {formatDate(c.previous_ends_on)})
        </span>
        <Statistic title={t('quality.comparisonKind.improved')} value={c.improved} valueStyle={{ color: '#389e0d' }} />
        <Statistic title={t('quality.comparisonKind.worsened')} value={c.worsened} valueStyle={{ color: '#cf1322' }} />
        <Statistic title={t('quality.comparisonKind.same')} value={c.same} />
        <Statistic
          title={t('quality.common.total')}
          value={`${formatPct(c.total.previous_percent)} → ${formatPct(c.total.current_percent)}`}
        />
      </Space>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Chart
          option={comparisonOption(c.standards, {
            previous: c.previous_title || t('quality.detail.tabComparison'),
            current: audit.summary.title || t('quality.results.total'),
          })}
          height={280}
          testId="comparison-chart"
          data={{ standards: c.standards.length }}
        />
      </Card>
      <Table<QCriterionComparison>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={c.criteria}
        data-testid="comparison-criteria"
        onRow={(r) =>
          ({ style: { background: comparisonColor(r.kind) }, 'data-kind': r.kind }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('quality.common.criterion'), dataIndex: 'code' },
          { title: c.previous_title || '—', key: 'prev', render: (_, r) => label(r.previous_level) },
          {
            title: audit.summary.title || t('quality.results.total'),
            key: 'cur',
            render: (_, r) => label(r.current_level),
          },
          {
            title: t('quality.actions.change'),
            key: 'chg',
            align: 'right',
            render: (_, r) => formatChange(r.change_points),
          },
          {
            title: '',
            key: 'kind',
            render: (_, r) => (
              <Tag color={r.kind === 'improved' ? 'green' : r.kind === 'worsened' ? 'red' : undefined}>
                {t(`quality.comparisonKind.${r.kind}`, { defaultValue: r.kind })}
              </Tag>
            ),
          },
        ]}
      />
    </div>
  );
}
