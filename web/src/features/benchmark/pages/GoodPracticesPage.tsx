// Good practice: search by kind of service, indicator and text; a record links services and
// indicator values that show the practice works.
import { Link } from 'react-router-dom';
import { Breadcrumb, Button, Card, Col, Empty, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { kindOptions } from '../../registry/catalogueLabels';
import { useCatalogueIndex } from '../../registry/useCatalogueIndex';
import { usePractices } from '../api';
import { goodPracticeFiltersToSearch, parseGoodPracticeFilters, practiceIndicatorNames } from '../goodPracticeFilters';
import { KindTags } from '../components/KindTags';
import { useDraft } from '../../../lib/useDraft';

export default function GoodPracticesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [filters, setFilters] = useUrlState(parseGoodPracticeFilters, goodPracticeFiltersToSearch);
  const practices = usePractices(filters);
  const { catalogues, lang } = useCatalogueIndex();
  const [q, setQ] = useDraft(filters.q ?? '');
  const [indicator, setIndicator] = useDraft(filters.indicator ?? '');

  return (
    <div data-testid="practices-page">
      <Breadcrumb
        items={[
          { title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> },
          { title: t('benchmark.practices.title') },
        ]}
      />
      <PageHeader
        title={t('benchmark.practices.title')}
        subtitle={t('benchmark.practices.subtitle')}
        extra={
          hasPermission(user.permissions, 'benchmark.submit') ? (
            <Link to="/benchmarking/good-practices/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="practice-create">
                {t('benchmark.practices.create')}
              </Button>
            </Link>
          ) : null
        }
      />
      <div className="kv-filters">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}>
            <Input.Search
              allowClear
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('benchmark.practices.search')}
              data-testid="practices-q"
              onSearch={(v) => setFilters({ ...filters, q: v.trim() || undefined, page: 1 })}
            />
          </Col>
          <Col xs={24} md={8}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: '100%' }}
              value={filters.kind}
              placeholder={t('services.anyKind')}
              options={kindOptions(catalogues?.service_kinds, lang)}
              onChange={(v) => setFilters({ ...filters, kind: v, page: 1 })}
            />
          </Col>
          <Col xs={24} md={6}>
            <Input.Search
              allowClear
              value={indicator}
              onChange={(e) => setIndicator(e.target.value)}
              placeholder={t('benchmark.practices.indicator')}
              onSearch={(v) => setFilters({ ...filters, indicator: v.trim() || undefined, page: 1 })}
            />
          </Col>
        </Row>
      </div>
      {practices.error ? <ErrorAlert error={practices.error} onRetry={() => void practices.refetch()} /> : null}
      <Card>
        <List
          loading={practices.isPending}
          dataSource={practices.data?.items ?? []}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('benchmark.practices.empty')} />,
          }}
          pagination={
            practices.data && practices.data.total > filters.page_size
              ? {
                  current: filters.page,
                  pageSize: filters.page_size,
                  total: practices.data.total,
                  onChange: (page) => setFilters({ ...filters, page }),
                }
              : false
          }
          header={
            practices.data ? (
              <span className="kv-muted">{t('common.total', { n: formatNumber(practices.data.total) })}</span>
            ) : null
          }
          renderItem={(p) => (
            <List.Item data-testid={`practice-${p.id}`}>
              <List.Item.Meta
                title={
                  <Link to={`/benchmarking/good-practices/${p.id}`} data-testid={`practice-link-${p.id}`}>
                    {p.title}
                  </Link>
                }
                description={
                  <Space direction="vertical" size={4}>
                    <span>
                      {p.author_org_name} · {formatDate(p.updated_at)}
                    </span>
                    {p.summary ? <Typography.Text>{p.summary}</Typography.Text> : null}
                    <Space wrap size={[4, 4]}>
                      <KindTags kinds={p.kinds} />
                      {practiceIndicatorNames(p.links).map((name) => (
                        <Tag key={name} color="purple">
                          {name}
                        </Tag>
                      ))}
                    </Space>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
