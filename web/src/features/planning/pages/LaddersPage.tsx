// Ladder instruments of an organisation (journey of change, areas and stages its own), and a new one.
import { Button, Card, Table, Typography, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLadders } from '../api';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import type { Ladder } from '../types';

export default function LaddersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgs, org, setOrg, loading, error } = useOrganisationChoice();
  const ladders = useLadders({ organisation_id: org?.id }, Boolean(org));
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <Card loading />;
  return (
    <div data-testid="planning-ladders-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.ladders.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('planning.ladders.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
        {org?.can_manage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/planning/ladders/new?org=${org.id}`)}
            data-testid="ladder-create"
          >
            {t('planning.ladders.create')}
          </Button>
        ) : null}
      </Space>
      {ladders.error ? <ErrorAlert error={ladders.error} /> : null}
      <Table<Ladder>
        rowKey="id"
        loading={ladders.isLoading}
        dataSource={ladders.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('planning.ladders.empty') }}
        columns={[
          {
            title: t('planning.ladders.name'),
            dataIndex: 'name',
            render: (v: string, l) => <Link to={`/planning/ladders/${l.id}`}>{v}</Link>,
          },
          { title: t('planning.ladders.scale'), key: 's', render: (_, l) => `${l.scale_min}–${l.scale_max}` },
          { title: t('planning.ladders.areas'), key: 'a', render: (_, l) => l.areas.map((a) => a.name).join(', ') },
          {
            title: t('planning.ladders.stages'),
            key: 'st',
            render: (_, l) => l.stage_list.map((s) => s.name).join(' → '),
          },
        ]}
      />
    </div>
  );
}
