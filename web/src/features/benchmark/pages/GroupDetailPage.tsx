// One working group: members, meetings, methodology versions and data rounds.
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Breadcrumb, Button, Card, Descriptions, Skeleton, Tabs, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { benchmarkLinks, useGroup, useRounds } from '../api';
import { KindTags } from '../components/KindTags';
import { MembersCard } from '../components/MembersCard';
import { MeetingsCard } from '../components/MeetingsCard';
import { MethodologiesCard } from '../components/MethodologiesCard';
import { RoundsCard } from '../components/RoundsCard';
import { GroupEditModal } from '../components/GroupEditModal';
import { PdfButton } from '../../../components/PdfButton';

const TABS = ['rounds', 'members', 'meetings', 'methodologies'] as const;
type Tab = (typeof TABS)[number];

export default function GroupDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const group = useGroup(Number.isInteger(id) ? id : 0);
  const rounds = useRounds(group.data?.id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'rounds';
  const [editing, setEditing] = useState(false);
  const g = group.data;
  const hasRounds = (rounds.data?.items.length ?? 0) > 0;

  return (
    <div data-testid="group-page" data-group-id={g?.id}>
      <Breadcrumb
        items={[{ title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> }, { title: g?.name ?? '…' }]}
      />
      {group.error ? <ErrorAlert error={group.error} onRetry={() => void group.refetch()} /> : null}
      {group.isPending && !group.error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {g ? (
        <>
          <PageHeader
            title={g.name}
            subtitle={g.region_name}
            extra={
              <>
                {hasRounds ? (
                  <Button
                    icon={<FileTextOutlined />}
                    href={benchmarkLinks.groupReport(g.id)}
                    target="_blank"
                    data-testid="group-report"
                  >
                    {t('benchmark.groups.report')}
                  </Button>
                ) : null}
                {hasRounds ? (
                  <PdfButton
                    href={benchmarkLinks.groupReport(g.id)}
                    fileName={`group-${g.id}.pdf`}
                    testId="group-report-pdf"
                  />
                ) : null}
                {g.can_manage ? (
                  <Button onClick={() => setEditing(true)} data-testid="group-edit">
                    {t('common.edit')}
                  </Button>
                ) : null}
              </>
            }
          />
          <Card className="kv-section">
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('benchmark.groups.kinds')}>
                <KindTags kinds={g.kinds} />
              </Descriptions.Item>
              <Descriptions.Item label={t('benchmark.groups.members')}>{g.members.length}</Descriptions.Item>
              <Descriptions.Item label={t('benchmark.groups.created_at')}>{formatDate(g.created_at)}</Descriptions.Item>
            </Descriptions>
            {g.description ? (
              <Typography.Paragraph className="kv-pre" style={{ marginTop: 8, marginBottom: 0 }}>
                {g.description}
              </Typography.Paragraph>
            ) : null}
          </Card>
          <Tabs
            activeKey={tab}
            onChange={(k) => setParams(k === 'rounds' ? {} : { tab: k }, { replace: true })}
            items={[
              {
                key: 'rounds',
                label: <span data-testid="tab-rounds">{t('benchmark.rounds.title')}</span>,
                children: <RoundsCard group={g} />,
              },
              {
                key: 'members',
                label: <span data-testid="tab-members">{t('benchmark.members.title')}</span>,
                children: <MembersCard group={g} />,
              },
              {
                key: 'meetings',
                label: <span data-testid="tab-meetings">{t('benchmark.meetings.title')}</span>,
                children: <MeetingsCard group={g} />,
              },
              {
                key: 'methodologies',
                label: <span data-testid="tab-methodologies">{t('benchmark.methodology.versions')}</span>,
                children: <MethodologiesCard group={g} />,
              },
            ]}
          />
          <GroupEditModal group={g} open={editing} onClose={() => setEditing(false)} />
        </>
      ) : null}
    </div>
  );
}
