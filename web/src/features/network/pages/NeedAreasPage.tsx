// The region's need areas of everyday life (the parts of every card): the list in order; region managers add,
// rename, reorder and retire them (a need area in use is retired, never deleted).
import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createNeedArea, updateNeedArea, useNeedAreas } from '../api';
import { RecordModal, type Values } from '../components/RecordModal';
import { RegionPicker, useCurrentRegion } from '../components/RegionPicker';
import type { NeedArea, NeedAreaInput } from '../types';

export const NEED_CODE = /^[a-z][a-z0-9_]*$/;

export function needAreaInput(v: Values): NeedAreaInput {
  return {
    code: String(v.code ?? '').trim(),
    name_cs: String(v.name_cs ?? '').trim(),
    name_en: String(v.name_en ?? '').trim(),
    description_cs: String(v.description_cs ?? '').trim(),
    position: Number(v.position ?? 0) || 0,
    active: v.active === undefined ? true : !!v.active,
  };
}

export default function NeedAreasPage() {
  const { t } = useTranslation();
  const { region, code } = useCurrentRegion();
  const areas = useNeedAreas(code, true, true);
  const [dialog, setDialog] = useState<NeedArea | 'new' | null>(null);
  const canManage = !!region?.can_manage;
  const items = [...(areas.data?.items ?? [])].sort((a, b) => a.position - b.position);
  const editing = dialog && dialog !== 'new' ? dialog : null;
  return (
    <div data-testid="network-needs-page">
      <Space wrap align="center" style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {t('network.needs.title')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" onClick={() => setDialog('new')} data-testid="need-create">
            {t('network.needs.create')}
          </Button>
        ) : null}
      </Space>
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('network.needs.intro')}</Typography.Paragraph>
      {areas.error ? <ErrorAlert error={areas.error} onRetry={() => areas.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<NeedArea>
          rowKey="id"
          size="small"
          loading={areas.isLoading}
          pagination={false}
          scroll={{ x: true }}
          dataSource={items}
          data-testid="needs-table"
          columns={[
            { title: t('network.needs.position'), dataIndex: 'position', width: 70 },
            { title: t('network.needs.nameCs'), dataIndex: 'name_cs' },
            { title: t('network.needs.nameEn'), dataIndex: 'name_en', responsive: ['md'] },
            { title: t('network.needs.description'), dataIndex: 'description_cs', responsive: ['lg'] },
            {
              title: t('network.common.state'),
              key: 'active',
              render: (_, a) =>
                a.active ? (
                  <Tag color="green">{t('network.needs.active')}</Tag>
                ) : (
                  <Tag>{t('network.needs.inactive')}</Tag>
                ),
            },
            ...(canManage
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, a: NeedArea) => (
                      <Button size="small" onClick={() => setDialog(a)} data-testid="need-edit">
                        {t('network.common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {dialog ? (
        <RecordModal<NeedArea>
          title={editing ? t('network.needs.edit') : t('network.needs.create')}
          testId="need-form"
          initial={
            editing
              ? { ...editing }
              : {
                  code: '',
                  name_cs: '',
                  name_en: '',
                  description_cs: '',
                  position: (items[items.length - 1]?.position ?? 0) + 1,
                  active: true,
                }
          }
          fields={[
            {
              name: 'code',
              label: t('network.needs.code'),
              required: true,
              disabled: !!editing,
              rules: [{ pattern: NEED_CODE, message: t('network.needs.codeFormat') }],
            },
            { name: 'name_cs', label: t('network.needs.nameCs'), required: true },
            { name: 'name_en', label: t('network.needs.nameEn') },
            { name: 'description_cs', label: t('network.needs.description'), kind: 'textarea' },
            { name: 'position', label: t('network.needs.position'), kind: 'number', min: 0 },
            { name: 'active', label: t('network.needs.active'), kind: 'checkbox' },
          ]}
          onSubmit={(v) =>
            editing ? updateNeedArea(editing.id, needAreaInput(v)) : createNeedArea(needAreaInput(v), code)
          }
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
