// Benchmarking home: the working groups the user runs or takes part in.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Empty, Form, Input, Modal, Select, Table } from 'antd';
import { BulbOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import type { BmGroup, BmGroupInput } from '../types';
import { kindOptions } from '../../registry/catalogueLabels';
import { useCatalogueIndex } from '../../registry/useCatalogueIndex';
import { createGroup, useBenchmarkMutation, useGroups } from '../api';
import { KindTags } from '../components/KindTags';
import { OrganisationSelect } from '../../registry/components/OrganisationSelect';
import { ParticipationTag } from '../components/Tags';
import { MyRoundsCard } from '../../dashboard/components/RoundLists';
import { managesRegion, mayCreateGroup } from '../groupAccess';
import { useFeedback } from '../../../app/feedback';

/** The caller's participation in a group, through the provider organisations it belongs to. */
function myParticipation(g: BmGroup, orgIds: Set<number>): string | null {
  const mine = g.members.filter((m) => orgIds.has(m.provider_org_id));
  if (!mine.length) return null;
  return mine.some((m) => m.participation === 'full') ? 'full' : mine[0].participation;
}

export default function BenchmarkPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const groups = useGroups();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<BmGroupInput>();
  const create = useBenchmarkMutation(createGroup);
  const { catalogues, lang } = useCatalogueIndex();
  const orgIds = new Set(user.memberships.map((m) => m.organisation_id));
  const canManage = hasPermission(user.permissions, 'benchmark.manage');
  // A new group belongs to the caller's region; someone with no single region names it.
  const managedRegions = user.memberships.filter(managesRegion);
  const canCreateGroup = mayCreateGroup(user, canManage);
  const needsRegion = managedRegions.length !== 1;

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const g = await create.mutateAsync({ ...v, description: v.description ?? '', kinds: v.kinds ?? [] });
      void message.success(t('benchmark.groups.created'));
      setCreating(false);
      navigate(`/benchmarking/groups/${g.id}`);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <div data-testid="benchmark-page">
      <PageHeader
        title={t('benchmark.title')}
        subtitle={t('benchmark.subtitle')}
        extra={
          <>
            <Link to="/benchmarking/good-practices">
              <Button icon={<BulbOutlined />} data-testid="good-practices-link">
                {t('benchmark.practices.title')}
              </Button>
            </Link>
            {canCreateGroup ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  form.resetFields();
                  create.reset();
                  setCreating(true);
                }}
                data-testid="group-create"
              >
                {t('benchmark.groups.create')}
              </Button>
            ) : null}
          </>
        }
      />
      {groups.error ? <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} /> : null}
      <MyRoundsCard />
      <Card className="kv-table-card" title={t('benchmark.groups.title')}>
        <Table<BmGroup>
          rowKey="id"
          data-testid="groups-table"
          loading={groups.isPending}
          dataSource={groups.data?.items ?? []}
          pagination={false}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('benchmark.groups.empty')} />,
          }}
          onRow={(g) => ({ 'data-testid': `group-row-${g.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'name',
              title: t('benchmark.groups.name'),
              render: (_, g) => (
                <>
                  <Link to={`/benchmarking/groups/${g.id}`} data-testid={`group-link-${g.id}`}>
                    {g.name}
                  </Link>
                  {g.description ? <div className="kv-muted">{g.description}</div> : null}
                </>
              ),
            },
            { key: 'region', title: t('benchmark.groups.region'), dataIndex: 'region_name', responsive: ['md'] },
            { key: 'kinds', title: t('benchmark.groups.kinds'), render: (_, g) => <KindTags kinds={g.kinds} /> },
            {
              key: 'members',
              title: t('benchmark.groups.members'),
              align: 'right',
              render: (_, g) => g.members.length,
            },
            {
              key: 'mine',
              title: t('benchmark.groups.myRole'),
              render: (_, g) => {
                const p = myParticipation(g, orgIds);
                if (p) return <ParticipationTag participation={p} />;
                return g.can_manage ? t('benchmark.groups.manager') : t('benchmark.groups.regionStaff');
              },
            },
            {
              key: 'created',
              title: t('benchmark.groups.created_at'),
              responsive: ['lg'],
              render: (_, g) => <span className="kv-nowrap">{formatDate(g.created_at)}</span>,
            },
          ]}
        />
      </Card>

      <Modal
        open={creating}
        title={t('benchmark.groups.create')}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={create.isPending}
        onCancel={() => setCreating(false)}
        okButtonProps={{ 'data-testid': 'group-create-submit' } as Record<string, string>}
        destroyOnHidden
      >
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Form form={form} layout="vertical" data-testid="group-form">
          <Form.Item
            name="name"
            label={t('benchmark.groups.name')}
            rules={[{ required: true, whitespace: true, message: t('benchmark.required') }]}
          >
            <Input maxLength={200} data-testid="group-name" />
          </Form.Item>
          <Form.Item name="description" label={t('benchmark.groups.description')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Form.Item name="kinds" label={t('benchmark.groups.kinds')} extra={t('benchmark.groups.kindsHelp')}>
            <Select
              mode="multiple"
              options={kindOptions(catalogues?.service_kinds, lang)}
              optionFilterProp="label"
              data-testid="group-kinds"
            />
          </Form.Item>
          {needsRegion ? (
            <Form.Item
              name="region_org_id"
              label={t('benchmark.groups.region')}
              rules={[{ required: true, message: t('benchmark.required') }]}
            >
              <OrganisationSelect
                type="region"
                knownNames={new Map()}
                placeholder={t('benchmark.groups.chooseRegion')}
              />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </div>
  );
}
