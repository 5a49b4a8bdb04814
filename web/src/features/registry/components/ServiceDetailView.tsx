// The whole service detail as plain props (printable).
import { Card, Col, Descriptions, Empty, List, Row, Space, Table, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ServiceDetail } from '../types';
import { formatDate, formatNumber } from '../../../lib/format';
import { CAPACITY_UNITS, capacityText, capacityUnit } from '../capacity';
import { kindLabel, nameOf, type CatalogueIndex } from '../catalogueLabels';
import { ServiceStatusTag } from './OrganisationTypeTag';

type Facility = ServiceDetail['facilities'][number];
type FormRow = ServiceDetail['forms'][number];

function NoData() {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('serviceDetail.noData')}</Typography.Text>;
}

export function ServiceDetailView({
  service: s,
  index,
  lang,
}: {
  service: ServiceDetail;
  index: CatalogueIndex;
  lang: string;
}) {
  const { t } = useTranslation();
  const kind = index.kinds.get(s.kind_code);
  const region = s.region_name || (s.region_code ? nameOf(index.regions, s.region_code, lang) : null);

  return (
    <div className="kv-service-detail" data-testid="service-detail">
      <Card title={t('serviceDetail.identity')} className="kv-section" data-testid="service-identity">
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('serviceDetail.registryId')}>
            <span data-testid="service-detail-registry-id" className="kv-nowrap">
              {s.registry_id}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceDetail.kind')}>
            <span data-testid="service-detail-kind" data-kind-code={s.kind_code}>
              {kindLabel(kind, lang, s.kind_name)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceDetail.provider')}>
            <Link to={`/organisations/${s.provider_id}`} data-testid="service-detail-provider">
              {s.provider_name}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceDetail.status')}>
            <ServiceStatusTag status={s.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceDetail.registeredFrom')}>
            {formatDate(s.registered_from)}
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceDetail.endedOn')}>{formatDate(s.ended_on)}</Descriptions.Item>
          <Descriptions.Item label={t('serviceDetail.capacityTotal')}>
            {capacityText(t, s.capacity_total, s.capacity_unit, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('services.region')}>{region || <NoData />}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('serviceDetail.forms')} className="kv-section" data-testid="service-forms">
        <Table<FormRow>
          rowKey="form"
          size="small"
          pagination={false}
          dataSource={s.forms}
          locale={{ emptyText: t('serviceDetail.noData') }}
          columns={[
            {
              key: 'form',
              title: t('serviceDetail.form'),
              render: (_, f) => <Tag data-testid={`service-form-${f.form}`}>{t(`serviceForm.${f.form}`)}</Tag>,
            },
            {
              key: 'continuous',
              title: t('serviceDetail.continuous'),
              render: (_, f) => (f.continuous ? t('common.yes') : t('common.no')),
            },
            {
              key: 'capacities',
              title: t('serviceDetail.capacities'),
              render: (_, f) =>
                f.capacities.length === 0 ? (
                  <NoData />
                ) : (
                  <Space direction="vertical" size={0}>
                    {f.capacities.map((c, i) => (
                      <span key={i}>
                        <strong>{formatNumber(c.count)}</strong>{' '}
                        {CAPACITY_UNITS.includes(c.type as (typeof CAPACITY_UNITS)[number])
                          ? capacityUnit(t, c.type, c.count, lang)
                          : c.type_name || nameOf(index.capacityTypes, c.type, lang)}
                        {c.description ? <Typography.Text type="secondary"> ({c.description})</Typography.Text> : null}
                      </span>
                    ))}
                  </Space>
                ),
            },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('serviceDetail.targetGroups')} className="kv-section" data-testid="service-target-groups">
            {s.target_groups.length ? (
              <ul className="kv-list">
                {s.target_groups.map((g) => (
                  <li key={g.code}>{g.name}</li>
                ))}
              </ul>
            ) : (
              <NoData />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('serviceDetail.ageGroups')} className="kv-section" data-testid="service-age-groups">
            {s.age_groups.length ? (
              <ul className="kv-list">
                {s.age_groups.map((g) => (
                  <li key={g.code}>{g.name}</li>
                ))}
              </ul>
            ) : (
              <NoData />
            )}
            {s.age_note ? (
              <p>
                <Typography.Text type="secondary">{t('serviceDetail.ageNote')}:</Typography.Text> {s.age_note}
              </p>
            ) : null}
          </Card>
        </Col>
      </Row>

      <Card title={t('serviceDetail.facilities')} className="kv-section" data-testid="service-facilities">
        <Table<Facility>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.facilities}
          locale={{ emptyText: t('serviceDetail.noData') }}
          onRow={(f) => ({ 'data-testid': `facility-${f.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'name', title: t('serviceDetail.facilityName'), dataIndex: 'name' },
            {
              key: 'address',
              title: t('serviceDetail.facilityAddress'),
              render: (_, f) =>
                f.secret && !f.address ? (
                  <Tag icon={<LockOutlined />} color="warning" data-testid={`facility-secret-${f.id}`}>
                    {t('serviceDetail.secretAddress')}
                  </Tag>
                ) : (
                  <>
                    {f.address || <NoData />}
                    {f.secret ? (
                      <Tag icon={<LockOutlined />} color="warning" style={{ marginLeft: 8 }}>
                        {t('serviceDetail.secretAddress')}
                      </Tag>
                    ) : null}
                  </>
                ),
            },
            {
              key: 'capacity',
              title: t('serviceDetail.facilityCapacity'),
              align: 'right',
              render: (_, f) => formatNumber(f.capacity),
            },
            { key: 'from', title: t('serviceDetail.facilityFrom'), render: (_, f) => formatDate(f.from) },
            { key: 'to', title: t('serviceDetail.facilityTo'), render: (_, f) => formatDate(f.to) },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('serviceDetail.territories')} className="kv-section" data-testid="service-territories">
            {s.territories.length ? (
              <Space wrap>
                {s.territories.map((tr) => (
                  <Tag key={tr.code}>{tr.name}</Tag>
                ))}
              </Space>
            ) : (
              <NoData />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('serviceDetail.contacts')} className="kv-section" data-testid="service-contacts">
            {s.contacts.emails.length + s.contacts.phones.length + s.contacts.webs.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceDetail.noData')} />
            ) : (
              <Descriptions column={1} size="small">
                {s.contacts.emails.length ? (
                  <Descriptions.Item label={t('serviceDetail.emails')}>
                    <List
                      size="small"
                      split={false}
                      dataSource={s.contacts.emails}
                      renderItem={(e) => (
                        <li>
                          <a href={`mailto:${e}`}>{e}</a>
                        </li>
                      )}
                    />
                  </Descriptions.Item>
                ) : null}
                {s.contacts.phones.length ? (
                  <Descriptions.Item label={t('serviceDetail.phones')}>
                    <List
                      size="small"
                      split={false}
                      dataSource={s.contacts.phones}
                      renderItem={(p) => (
                        <li>
                          <a href={`tel:${p.replace(/\s+/g, '')}`}>{p}</a>
                        </li>
                      )}
                    />
                  </Descriptions.Item>
                ) : null}
                {s.contacts.webs.length ? (
                  <Descriptions.Item label={t('serviceDetail.webs')}>
                    <List
                      size="small"
                      split={false}
                      dataSource={s.contacts.webs}
                      renderItem={(w) => (
                        <li>
                          <a href={webHref(w)} target="_blank" rel="noopener noreferrer">
                            {w}
                          </a>
                        </li>
                      )}
                    />
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** Registry web addresses often come without a scheme; anything but http(s) is not linked out. */
export function webHref(w: string): string {
  const s = w.trim();
  if (/^https?:\/\//i.test(s)) return s;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return '#';
  return `https://${s}`;
}
