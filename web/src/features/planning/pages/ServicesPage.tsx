// Staff of the provider's services (who may read its clients' records): its managers add staff or grant access.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Button, Card, Empty, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { putStaff, usePlanningMutation, useServices, useStaffCandidates } from '../api';
import { OrganisationPicker, useOrganisationChoice } from '../components/OrganisationPicker';
import type { PlanningService, StaffKind, StaffMember } from '../types';
import { useFeedback } from '../../../app/feedback';

const KINDS: readonly StaffKind[] = ['staff', 'granted'];

export default function ServicesPage() {
  const { t } = useTranslation();
  const { orgs, org, setOrg, loading, error } = useOrganisationChoice();
  const services = useServices({ organisation_id: org?.id }, Boolean(org));
  const [editing, setEditing] = useState<PlanningService | null>(null);
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <Card loading />;
  return (
    <div data-testid="planning-services-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('planning.services.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('planning.services.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
      </Space>
      {services.error ? <ErrorAlert error={services.error} /> : null}
      <Table<PlanningService>
        rowKey="id"
        loading={services.isLoading}
        dataSource={services.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('planning.services.empty') }}
        data-testid="services-table"
        columns={[
          {
            title: t('planning.common.service'),
            dataIndex: 'name',
            render: (v: string, s) => (
              <Space direction="vertical" size={0}>
                <strong>{v}</strong>
                <Typography.Text type="secondary">{s.kind_name}</Typography.Text>
                {s.is_staff ? <Tag color="green">{t('planning.services.you')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('planning.services.staff'),
            key: 'staff',
            render: (_, s) =>
              s.staff.length ? (
                <Space wrap size={4}>
                  {s.staff.map((m) => (
                    <Tag key={m.user_id} color={m.kind === 'granted' ? 'orange' : 'blue'}>
                      {m.display_name} ({t(`planning.staffKind.${m.kind}`)})
                    </Tag>
                  ))}
                </Space>
              ) : (
                t('planning.services.noStaff')
              ),
          },
          {
            title: '',
            key: 'a',
            render: (_, s) =>
              s.can_manage_staff ? (
                <Button icon={<EditOutlined />} onClick={() => setEditing(s)} data-testid="service-staff-edit">
                  {t('planning.services.editStaff')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing ? <StaffModal service={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

function StaffModal({ service, onClose }: { service: PlanningService; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const candidates = useStaffCandidates(service.id, true);
  const [staff, setStaff] = useState<StaffMember[]>(service.staff.map((s) => ({ ...s })));
  const [adding, setAdding] = useState<number | undefined>(undefined);
  const save = usePlanningMutation(() =>
    putStaff(
      service.id,
      staff.map((s) => ({ user_id: s.user_id, kind: s.kind })),
    ),
  );
  const free = (candidates.data?.items ?? []).filter((c) => !staff.some((s) => s.user_id === c.id));
  return (
    <Modal
      open
      title={`${t('planning.services.editStaff')}: ${service.name}`}
      onCancel={onClose}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'service-staff-save' } as ButtonProps}
      onOk={() =>
        save.mutate(undefined, {
          onSuccess: () => {
            void message.success(t('planning.services.saved'));
            onClose();
          },
        })
      }
      width={640}
      destroyOnHidden
    >
      {staff.length === 0 ? <Empty description={t('planning.services.noStaff')} /> : null}
      {staff.map((s) => (
        <Space key={s.user_id} wrap style={{ marginBottom: 8, width: '100%' }}>
          <span style={{ minWidth: 180, display: 'inline-block' }}>{s.display_name}</span>
          <Select
            aria-label={t('planning.services.kind')}
            style={{ width: 200 }}
            value={s.kind}
            onChange={(kind: string) => setStaff(staff.map((x) => (x.user_id === s.user_id ? { ...x, kind } : x)))}
            options={KINDS.map((k) => ({ value: k, label: t(`planning.staffKind.${k}`) }))}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('planning.common.remove')}
            onClick={() => setStaff(staff.filter((x) => x.user_id !== s.user_id))}
          />
        </Space>
      ))}
      <Space wrap style={{ marginTop: 8 }}>
        <Select
          aria-label={t('planning.services.chooseUser')}
          placeholder={t('planning.services.chooseUser')}
          style={{ minWidth: 240 }}
          loading={candidates.isLoading}
          value={adding}
          onChange={setAdding}
          showSearch
          optionFilterProp="label"
          options={free.map((c) => ({ value: c.id, label: c.display_name }))}
        />
        <Button
          icon={<PlusOutlined />}
          disabled={!adding}
          onClick={() => {
            const c = free.find((x) => x.id === adding);
            if (c) setStaff([...staff, { user_id: c.id, display_name: c.display_name, kind: 'staff' }]);
            setAdding(undefined);
          }}
        >
          {t('planning.services.addStaff')}
        </Button>
      </Space>
      {candidates.error ? <ErrorAlert error={candidates.error} /> : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
