// The service's audits, corrective actions and benchmarking results, with links to the filtered lists;
// each section only for callers who read that module.
import { Card, Col, Empty, List, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { isApiError } from '../../../api/client';
import { formatDate } from '../../../lib/format';
import { fetchAudits, qualityKeys } from '../../quality/api';
import { benchmarkKeys, fetchServiceScores } from '../../benchmark/api';
import { actionTotals, serviceRounds } from '../serviceActivity';

const SHOWN = 5;

function AuditsCard({ serviceId }: { serviceId: number }) {
  const { t } = useTranslation();
  const query = { service_id: serviceId, page: 1, page_size: 50 };
  const audits = useQuery({ queryKey: qualityKeys.audits(query), queryFn: () => fetchAudits(query) });
  const items = audits.data?.items ?? [];
  const totals = actionTotals(items);
  return (
    <Card
      title={t('serviceDetail.audits')}
      className="kv-section"
      data-testid="service-audits"
      extra={
        items.length ? (
          <Link to={`/quality/audits?service_id=${serviceId}`} data-testid="service-audits-all">
            {t('serviceDetail.allAudits')}
          </Link>
        ) : null
      }
    >
      {audits.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {audits.data && !items.length ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('serviceDetail.noAudits')}
          data-testid="service-audits-empty"
        />
      ) : null}
      {items.length ? (
        <>
          <List
            size="small"
            dataSource={items.slice(0, SHOWN)}
            renderItem={(a) => (
              <List.Item data-testid={`service-audit-${a.id}`}>
                <List.Item.Meta
                  title={<Link to={`/quality/audits/${a.id}`}>{a.title}</Link>}
                  description={`${t(`quality.auditType.${a.type}`)} · ${formatDate(a.ends_on)}`}
                />
                <Tag>{t(`quality.auditStatus.${a.status}`)}</Tag>
              </List.Item>
            )}
          />
          <Space wrap style={{ marginTop: 8 }} data-testid="service-actions">
            <Typography.Text>
              {t('serviceDetail.actionsSummary', { open: totals.open, overdue: totals.overdue })}
            </Typography.Text>
            <Link to={`/quality/actions?service_id=${serviceId}`} data-testid="service-actions-all">
              {t('serviceDetail.allActions')}
            </Link>
            {totals.overdue ? (
              <Link to={`/quality/actions?service_id=${serviceId}&overdue=1`} data-testid="service-actions-overdue">
                {t('serviceDetail.overdueActions')}
              </Link>
            ) : null}
          </Space>
        </>
      ) : null}
    </Card>
  );
}

function BenchmarkCard({ serviceId }: { serviceId: number }) {
  const { t } = useTranslation();
  const scores = useQuery({ queryKey: benchmarkKeys.scores(serviceId), queryFn: () => fetchServiceScores(serviceId) });
  // A service outside every working group the caller sees answers 404: it simply has no results here.
  const notInGroups = isApiError(scores.error) && scores.error.status === 404;
  const rounds = serviceRounds(scores.data);
  return (
    <Card title={t('serviceDetail.benchmark')} className="kv-section" data-testid="service-benchmark">
      {scores.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {(scores.data && !rounds.length) || notInGroups ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('serviceDetail.noBenchmark')}
          data-testid="service-benchmark-empty"
        />
      ) : null}
      {rounds.length ? (
        <List
          size="small"
          dataSource={rounds}
          renderItem={(r) => (
            <List.Item data-testid={`service-round-${r.round_id}`}>
              <List.Item.Meta
                title={
                  <Link to={`/benchmarking/rounds/${r.round_id}/comparison`}>
                    {r.group_name}: {r.round_name}
                  </Link>
                }
                description={t('serviceDetail.indicatorsWithValue', { n: r.indicators })}
              />
              <Link to={`/benchmarking/groups/${r.group_id}`}>{t('serviceDetail.group')}</Link>
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}

export function ServiceActivity({ serviceId }: { serviceId: number }) {
  const user = useCurrentUser();
  const quality = hasPermission(user.permissions, 'quality.read');
  const benchmark = hasPermission(user.permissions, 'benchmark.read');
  if (!quality && !benchmark) return null;
  return (
    <Row gutter={[16, 16]} className="no-print" data-testid="service-activity">
      {quality ? (
        <Col xs={24} lg={12}>
          <AuditsCard serviceId={serviceId} />
        </Col>
      ) : null}
      {benchmark ? (
        <Col xs={24} lg={12}>
          <BenchmarkCard serviceId={serviceId} />
        </Col>
      ) : null}
    </Row>
  );
}
