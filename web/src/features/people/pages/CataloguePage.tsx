// The training catalogue: modules with topic, hours and accreditation; organisers add modules.
import { useState } from 'react';
import { Button, Empty, Input, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDecimal } from '../../../lib/format';
import { createModule, useModules, useOrganisations } from '../api';
import { Accreditation } from '../components/Accreditation';
import { RecordModal } from '../components/RecordModal';
import { moduleFields } from '../components/moduleFields';
import { moduleOrganisers } from '../people';
import type { Module, ModuleDetail, ModuleInput } from '../types';

export default function CataloguePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const modules = useModules({ q: q || undefined });
  const orgs = useOrganisations();
  const user = useCurrentUser();
  // who may organise training: the organisations where the caller is an administrator or a manager (a region too,
  // whose staff the staff list does not show), and those the people list says it manages
  const organisers = moduleOrganisers(user.memberships, orgs.data?.items ?? []);
  return (
    <div data-testid="people-catalogue-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('people.catalogue.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('people.catalogue.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('people.common.search')}
          aria-label={t('people.common.search')}
          onSearch={setQ}
          style={{ width: 260 }}
        />
        {organisers.length ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="module-create">
            {t('people.catalogue.create')}
          </Button>
        ) : null}
      </Space>
      {modules.error ? <ErrorAlert error={modules.error} onRetry={() => modules.refetch()} /> : null}
      <Table<Module>
        rowKey="id"
        size="small"
        loading={modules.isLoading}
        dataSource={modules.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="modules-table"
        locale={{ emptyText: <Empty description={t('people.catalogue.empty')} /> }}
        onRow={(m) => ({ 'data-testid': 'module-row', 'data-module-id': m.id }) as never}
        columns={[
          { title: t('people.catalogue.code'), dataIndex: 'code', responsive: ['md'] },
          {
            title: t('people.catalogue.module'),
            dataIndex: 'title',
            render: (v: string, m) => (
              <Link to={`/people/training/${m.id}`} data-testid="module-link">
                {v}
              </Link>
            ),
          },
          { title: t('people.catalogue.topic'), dataIndex: 'topic', responsive: ['lg'] },
          {
            title: t('people.catalogue.hours'),
            dataIndex: 'hours',
            align: 'right',
            render: (v: number) => formatDecimal(v, 1),
          },
          { title: t('people.catalogue.accreditation'), key: 'acc', render: (_, m) => <Accreditation m={m} /> },
          { title: t('people.catalogue.organiser'), dataIndex: 'organiser_name', responsive: ['lg'] },
        ]}
      />
      {creating ? (
        <RecordModal<ModuleDetail>
          title={t('people.catalogue.create')}
          testId="module-form"
          fields={moduleFields(t, organisers)}
          initial={{ organiser_org_id: organisers[0]?.id, hours: 8, in_house: false }}
          onSubmit={(v) => createModule(v as unknown as ModuleInput)}
          onDone={(m) => navigate(`/people/training/${m.module.id}`)}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </div>
  );
}
