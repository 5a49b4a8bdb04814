// The inclusion indicators a region defines ("normalisation of life" in transformed services): list, new,
// edit, retire and use again. The region's administrators and managers change them; everyone else reads.
import { useState } from 'react';
import { Alert, Button, Empty, Popconfirm, Select, Space, Table, Tag, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useCurrentUser } from '../../../../app/SessionContext';
import { updateIndicator, useCareMutation, useIndicators, useRegions } from '../api';
import type { QcIndicator } from '../types';
import { indicatorInput, indicatorRows } from '../careForms';
import { IndicatorModal } from '../components/IndicatorForm';

export default function IndicatorsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const ownRegions = user.memberships.filter((m) => m.organisation_type === 'region');
  const given = Number(params.get('region')) || undefined;
  // One region of one's own: the server takes it; otherwise the caller picks one of the regions they see.
  const picking = !given && ownRegions.length !== 1;
  const regions = useRegions(picking || ownRegions.length > 1);
  const region = given ?? (ownRegions.length === 1 ? undefined : regions.data?.items[0]?.id);
  const list = useIndicators(region, !picking || region !== undefined);
  const [editing, setEditing] = useState<QcIndicator | 'new' | null>(null);
  const retire = useCareMutation((v: { indicator: QcIndicator; archived: boolean }) =>
    updateIndicator(v.indicator.id, indicatorInput(v.indicator, { archived: v.archived })),
  );
  const canEdit = !!list.data?.can_edit;
  return (
    <div data-testid="care-indicators-page">
      <p>
        <Link to="/quality/care/transformation">{t('qualityCare.transformation.back')}</Link>
      </p>
      <h1>
        {t('qualityCare.indicators.title')}
        {list.data ? ` — ${list.data.region_name}` : ''}
      </h1>
      <p>{t('qualityCare.indicators.intro')}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        {regions.data && regions.data.items.length > 1 ? (
          <Select
            style={{ minWidth: 260 }}
            value={list.data?.region_org_id ?? region}
            placeholder={t('qualityCare.indicators.pickRegion')}
            onChange={(v: number) => setParams({ region: String(v) })}
            data-testid="care-indicators-region"
            options={regions.data.items.map((r) => ({ value: r.id, label: r.name }))}
          />
        ) : null}
        {canEdit ? (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="care-indicator-add">
            {t('qualityCare.indicators.add')}
          </Button>
        ) : null}
      </Space>
      {picking && regions.data && !regions.data.items.length ? (
        <Empty description={t('qualityCare.indicators.noRegion')} />
      ) : null}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {retire.error ? <ErrorAlert error={retire.error} /> : null}
      {list.data && !canEdit ? (
        <Alert type="info" showIcon message={t('qualityCare.indicators.readOnly')} style={{ marginBottom: 12 }} />
      ) : null}
      {list.data ? (
        <IndicatorTable
          items={list.data.items}
          canEdit={canEdit}
          onEdit={setEditing}
          onRetire={(indicator, archived) => retire.mutate({ indicator, archived })}
        />
      ) : null}
      {editing && list.data ? (
        <IndicatorModal
          region={list.data.region_org_id}
          indicator={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}

export function IndicatorTable({
  items,
  canEdit,
  onEdit,
  onRetire,
}: {
  items: QcIndicator[];
  canEdit: boolean;
  onEdit: (i: QcIndicator) => void;
  onRetire: (i: QcIndicator, archived: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<QcIndicator>
      rowKey="id"
      pagination={false}
      dataSource={indicatorRows(items)}
      data-testid="care-indicator-list"
      locale={{ emptyText: t('qualityCare.indicators.empty') }}
      rowClassName={(i) => (i.archived ? 'kv-muted' : '')}
      columns={[
        { title: t('qualityCare.transformation.code'), dataIndex: 'code', render: (c: string) => <code>{c}</code> },
        { title: t('qualityCare.transformation.name'), dataIndex: 'name' },
        { title: t('qualityCare.transformation.unit'), dataIndex: 'unit' },
        {
          title: t('qualityCare.transformation.direction'),
          dataIndex: 'direction',
          render: (d: string) => t(`qualityCare.transformation.directions.${d}`),
        },
        { title: t('qualityCare.transformation.indicatorDescription'), dataIndex: 'description' },
        {
          title: t('qualityCare.indicators.status'),
          dataIndex: 'archived',
          render: (a: boolean, i) => (
            <Tag
              color={a ? 'default' : 'green'}
              data-testid={`care-indicator-status-${i.id}`}
              data-state={a ? 'retired' : 'active'}
            >
              {t(a ? 'qualityCare.indicators.retired' : 'qualityCare.indicators.active')}
            </Tag>
          ),
        },
        ...(canEdit
          ? [
              {
                key: 'actions',
                render: (_: unknown, i: QcIndicator) => (
                  <Space>
                    <Button size="small" onClick={() => onEdit(i)} data-testid={`care-indicator-edit-${i.id}`}>
                      {t('qualityCare.common.edit')}
                    </Button>
                    {i.archived ? (
                      <Button
                        size="small"
                        onClick={() => onRetire(i, false)}
                        data-testid={`care-indicator-restore-${i.id}`}
                      >
                        {t('qualityCare.indicators.restore')}
                      </Button>
                    ) : (
                      <Popconfirm
                        title={t('qualityCare.indicators.confirmRetire')}
                        onConfirm={() => onRetire(i, true)}
                        okButtonProps={{ 'data-testid': `care-indicator-retire-confirm-${i.id}` } as ButtonProps}
                      >
                        <Button size="small" danger data-testid={`care-indicator-retire-${i.id}`}>
                          {t('qualityCare.indicators.retire')}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
