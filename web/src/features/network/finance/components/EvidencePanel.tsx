// The evidence beside a decision on a service (issue 13 item 5): its benchmark indicators against its peers
// (value, peer median and the Q1–Q3 band over rounds), its last audit with the open actions, the needs it covers
// and its minimal-form check, and its entry in the network.
import { Card, Descriptions, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../../components/charts/Chart';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDecimal } from '../../../../lib/format';
import { useEvidence } from '../api';
import { evidenceTrendOption } from '../finance';
import { useCapacityUnits } from './useCapacityUnits';

export function EvidencePanel({ serviceId }: { serviceId: number }) {
  const { t } = useTranslation();
  const ev = useEvidence(serviceId);
  const { unitName } = useCapacityUnits();
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.evidence.${key}`, o);
  if (ev.isLoading) return <Spin data-testid="evidence-loading" />;
  if (ev.error) return <ErrorAlert error={ev.error} onRetry={() => ev.refetch()} />;
  const d = ev.data;
  if (!d) return null;
  const labels = { own: k('own'), median: k('median'), band: k('band') };
  return (
    <div data-testid="evidence-panel">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {k('title')}: {d.service.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {d.service.provider_name} · {d.service.kind_name}
      </Typography.Paragraph>

      <Card size="small" title={k('indicators')} className="kv-section" data-testid="evidence-indicators">
        {d.indicators.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={k('noIndicators')} />
        ) : (
          d.indicators.map((ind) => (
            <div key={`${ind.group_id}-${ind.code}`} data-testid="evidence-indicator" style={{ marginBottom: 12 }}>
              <Typography.Text strong>{ind.indicator}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                ({ind.group}; {ind.direction_name})
              </Typography.Text>
              <Chart
                option={evidenceTrendOption(ind, labels)}
                height={200}
                testId="evidence-trend"
                data={{ points: ind.trend.length }}
                empty={ind.trend.length === 0 ? true : undefined}
              />
            </div>
          ))
        )}
      </Card>

      <Card size="small" title={k('lastAudit')} className="kv-section" data-testid="evidence-audit">
        {d.last_audit ? (
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              <strong>{d.last_audit.title}</strong> ({formatDate(d.last_audit.date)}):{' '}
              {k('auditResult', {
                verdict: d.last_audit.verdict_name,
                percent:
                  d.last_audit.total_percent === null || d.last_audit.total_percent === undefined
                    ? '—'
                    : `${formatDecimal(d.last_audit.total_percent, 1)}\u00a0%`,
              })}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{k('openActions')}</Typography.Text>
            {d.last_audit.open_actions.length === 0 ? (
              <div>{k('noOpenActions')}</div>
            ) : (
              <List
                size="small"
                dataSource={d.last_audit.open_actions}
                renderItem={(a) => (
                  <List.Item data-testid="evidence-action">
                    <Space direction="vertical" size={0}>
                      <span>{a.text}</span>
                      <Typography.Text type="secondary">
                        {a.status_name}
                        {a.due_date ? ` · ${k('due', { date: formatDate(a.due_date) })}` : ''}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </>
        ) : (
          k('noAudit')
        )}
      </Card>

      <Card size="small" title={k('coverage')} className="kv-section" data-testid="evidence-coverage">
        {d.coverage.round ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {k('coverageRound', { round: d.coverage.round })}
          </Typography.Paragraph>
        ) : null}
        {d.coverage.needs.length === 0 ? (
          k('noCoverage')
        ) : (
          <Space wrap>
            {d.coverage.needs.map((n) => (
              <Tag key={n.need_area_id} color={n.mode === 'direct' ? 'green' : n.mode === 'none' ? 'default' : 'blue'}>
                {n.name}: {n.mode_name}
              </Tag>
            ))}
          </Space>
        )}
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          <Descriptions.Item label={k('minimal')}>
            {d.minimal_check ? (
              <span data-testid="evidence-minimal">
                {k('minimalMet', { met: d.minimal_check.met, required: d.minimal_check.required })}
                {d.minimal_check.missing.length
                  ? ` · ${k('minimalMissing', { list: d.minimal_check.missing.join(', ') })}`
                  : ''}
              </span>
            ) : (
              k('noMinimal')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title={k('network')} className="kv-section" data-testid="evidence-network">
        <div>
          {d.network.in_network
            ? k('inNetwork', {
                year: d.network.year ?? '',
                capacity: formatDecimal(d.network.capacity ?? null),
                unit: unitName(d.network.capacity_unit),
              })
            : k('notInNetwork')}
        </div>
        <div>
          {d.network.entrustment
            ? k('entrustment', {
                act: d.network.entrustment.act_number,
                from: formatDate(d.network.entrustment.valid_from),
                to: formatDate(d.network.entrustment.valid_to),
              })
            : k('noEntrustment')}
        </div>
      </Card>
    </div>
  );
}
