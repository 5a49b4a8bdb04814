// Basic activities of a kind: the national catalogue (from the law and vyhláška 505/2006, with the paragraph)
// and the rows the region adds; region managers add and edit the region's rows.
import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createActivity, updateActivity, useActivities } from '../api';
import { RecordModal, type Values } from '../components/RecordModal';
import { RegionPicker, useCurrentRegion } from '../components/RegionPicker';
import { useKinds } from '../components/useKinds';
import { sortActivities } from '../network';
import type { Activity, ActivityInput } from '../types';

export function activityInput(kind: string, v: Values): ActivityInput {
  const s = (x: unknown) => String(x ?? '').trim();
  const forms = Array.isArray(v.form_scope) ? v.form_scope.map(String).filter(Boolean) : [];
  return {
    kind_code: kind,
    paragraph: s(v.paragraph),
    letter: s(v.letter),
    form_scope: forms.length ? `;${forms.join(';')};` : '',
    text_cs: s(v.text_cs),
    text_en: s(v.text_en),
    source: s(v.source),
  };
}

export default function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const { region, code } = useCurrentRegion();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const { kinds, formName } = useKinds();
  const activities = useActivities(kind, code);
  const [dialog, setDialog] = useState<Activity | 'new' | null>(null);
  const canManage = !!region?.can_manage;
  const en = i18n.language.startsWith('en');
  const editing = dialog && dialog !== 'new' ? dialog : null;
  const forms = (scope: string) =>
    scope
      .split(';')
      .filter(Boolean)
      .map((f) => formName(f) || f)
      .join(', ');
  return (
    <div data-testid="network-activities-page">
      <Space wrap align="center" style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {t('network.activities.title')}
        </Typography.Title>
        {canManage && kind ? (
          <Button type="primary" onClick={() => setDialog('new')} data-testid="activity-create">
            {t('network.activities.create')}
          </Button>
        ) : null}
      </Space>
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('network.activities.intro')}</Typography.Paragraph>
      <Select
        showSearch
        optionFilterProp="label"
        style={{ width: '100%', maxWidth: 420, marginBottom: 8 }}
        placeholder={t('network.activities.chooseKind')}
        value={kind || undefined}
        options={kinds.map((k) => ({ value: k.value, label: k.label }))}
        onChange={(v: string) => {
          const next = new URLSearchParams(params);
          next.set('kind', v);
          setParams(next, { replace: true });
        }}
        data-testid="activities-kind"
      />
      {activities.error ? <ErrorAlert error={activities.error} onRetry={() => activities.refetch()} /> : null}
      {kind ? (
        <Card size="small" className="kv-section">
          <Table<Activity>
            rowKey="id"
            size="small"
            loading={activities.isLoading}
            pagination={false}
            scroll={{ x: true }}
            dataSource={sortActivities(activities.data?.items ?? [])}
            locale={{ emptyText: t('network.activities.empty') }}
            data-testid="activities-table"
            columns={[
              {
                title: t('network.activities.paragraph'),
                key: 'par',
                width: 110,
                render: (_, a) =>
                  [a.paragraph, a.letter ? `${a.letter.replace(/\)$/, '')})` : ''].filter(Boolean).join(' '),
              },
              {
                title: t('network.activities.text'),
                key: 'text',
                render: (_, a) => (
                  <>
                    {en && a.text_en ? a.text_en : a.text_cs}
                    {a.form_scope ? (
                      <Typography.Text type="secondary">
                        {' '}
                        ({t('network.activities.formScope')}: {forms(a.form_scope)})
                      </Typography.Text>
                    ) : null}
                  </>
                ),
              },
              {
                title: t('network.activities.origin'),
                key: 'origin',
                render: (_, a) => (
                  <Space size={2} wrap>
                    <Tag color={a.national ? 'blue' : 'purple'}>
                      {a.national ? t('network.activities.national') : t('network.activities.regional')}
                    </Tag>
                    {a.verified ? null : <Tag color="orange">{t('network.activities.unverified')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('network.activities.source'),
                dataIndex: 'source',
                responsive: ['lg'],
                render: (x: string) => x || '—',
              },
              ...(canManage
                ? [
                    {
                      title: '',
                      key: 'edit',
                      render: (_: unknown, a: Activity) =>
                        a.national ? null : (
                          <Button size="small" onClick={() => setDialog(a)} data-testid="activity-edit">
                            {t('network.common.edit')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          {canManage ? (
            <Alert type="info" showIcon style={{ marginTop: 8 }} message={t('network.activities.readOnly')} />
          ) : null}
        </Card>
      ) : null}
      {dialog ? (
        <RecordModal<Activity>
          title={editing ? t('network.activities.edit') : t('network.activities.create')}
          testId="activity-form"
          initial={
            editing
              ? { ...editing, form_scope: editing.form_scope.split(';').filter(Boolean) }
              : { paragraph: '', letter: '', form_scope: [], text_cs: '', text_en: '', source: '' }
          }
          fields={[
            { name: 'paragraph', label: t('network.activities.paragraph') },
            { name: 'letter', label: t('network.activities.letter') },
            { name: 'text_cs', label: t('network.activities.textCs'), kind: 'textarea', required: true },
            { name: 'text_en', label: t('network.activities.textEn'), kind: 'textarea' },
            {
              name: 'form_scope',
              label: t('network.activities.formScope'),
              kind: 'multi',
              options: (kinds.find((k) => k.value === kind)?.forms ?? []).map((f) => ({
                value: f,
                label: formName(f) || f,
              })),
            },
            { name: 'source', label: t('network.activities.source') },
          ]}
          onSubmit={(v) =>
            editing ? updateActivity(editing.id, activityInput(kind, v)) : createActivity(activityInput(kind, v), code)
          }
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
