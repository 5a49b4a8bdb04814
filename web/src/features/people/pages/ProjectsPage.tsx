// Funded projects of an organisation.
import { useState } from 'react';
import { Button, Empty, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateRange } from '../../../lib/format';
import { createProject, useProjects } from '../api';
import { OrganisationPicker, useCooperationChoice } from '../components/OrganisationPicker';
import { RecordModal } from '../components/RecordModal';
import { projectFields } from '../components/projectFields';
import type { Project, ProjectInput } from '../types';

export default function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgs, org, setOrg, loading, error, refetch } = useCooperationChoice();
  const [creating, setCreating] = useState(false);
  const projects = useProjects({ organisation_id: org?.id }, !!org);
  if (error) return <ErrorAlert error={error} onRetry={() => refetch()} />;
  return (
    <div data-testid="people-projects-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('people.projects.title')}
      </Typography.Title>
      {!loading && !orgs.length ? <Empty description={t('people.common.noOrganisation')} /> : null}
      {org ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <OrganisationPicker orgs={orgs} org={org} onChange={setOrg} />
            {org.can_manage ? (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="project-create">
                {t('people.projects.create')}
              </Button>
            ) : null}
          </Space>
          {projects.error ? <ErrorAlert error={projects.error} onRetry={() => projects.refetch()} /> : null}
          <Table<Project>
            rowKey="id"
            size="small"
            loading={projects.isLoading}
            dataSource={projects.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            data-testid="projects-table"
            locale={{ emptyText: <Empty description={t('people.projects.empty')} /> }}
            columns={[
              {
                title: t('people.projects.name'),
                dataIndex: 'name',
                render: (v: string, p) => (
                  <Link to={`/people/projects/${p.id}`} data-testid="project-link">
                    {v}
                  </Link>
                ),
              },
              { title: t('people.projects.registrationNumber'), dataIndex: 'registration_number', responsive: ['md'] },
              { title: t('people.projects.programme'), dataIndex: 'programme', responsive: ['lg'] },
              {
                title: t('people.projects.period'),
                key: 'period',
                render: (_, p) => formatDateRange(p.starts_on, p.ends_on),
              },
              { title: t('people.projects.manager'), dataIndex: 'manager', responsive: ['md'] },
            ]}
          />
        </>
      ) : null}
      {creating && org ? (
        <RecordModal<Project>
          title={t('people.projects.create')}
          testId="project-form"
          fields={projectFields(t)}
          initial={{}}
          onSubmit={(v) => createProject({ ...(v as unknown as ProjectInput), organisation_id: org.id })}
          onDone={(p) => navigate(`/people/projects/${p.id}`)}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </div>
  );
}
