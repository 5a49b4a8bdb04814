// Meetings of the region with the providers of a kind: the plan (date, time, place, the card version discussed),
// filtered by kind; region managers plan a new one (every provider of the kind is invited).
import { useState } from 'react';
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useCards, useMeetings } from '../api';
import { MeetingModal } from '../components/MeetingModal';
import { RegionPicker, useCurrentRegion } from '../components/RegionPicker';
import { MeetingStatusTag } from '../components/Tags';
import { useKinds } from '../components/useKinds';
import type { KindMeeting } from '../types';

export default function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { region, code } = useCurrentRegion();
  const [kind, setKind] = useState<string | undefined>();
  const meetings = useMeetings({ kind, ...(code ? { region: code } : {}) });
  const cards = useCards(code);
  const { kinds, kindName } = useKinds();
  const [creating, setCreating] = useState(false);
  const cardKinds = [...new Set((cards.data?.items ?? []).map((c) => c.kind_code))];
  const kindOptions = kinds.filter((k) => cardKinds.includes(k.value)).map((k) => ({ value: k.value, label: k.label }));
  return (
    <div data-testid="network-meetings-page">
      <Space wrap align="center" style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {t('network.meetings.title')}
        </Typography.Title>
        {region?.can_manage ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="meeting-create">
            {t('network.meetings.create')}
          </Button>
        ) : null}
      </Space>
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('network.meetings.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('network.meetings.allKinds')}
          value={kind}
          onChange={(v?: string) => setKind(v)}
          options={kindOptions}
          data-testid="meetings-kind"
          showSearch
          optionFilterProp="label"
        />
      </Space>
      {meetings.error ? <ErrorAlert error={meetings.error} onRetry={() => meetings.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<KindMeeting>
          rowKey="id"
          size="small"
          loading={meetings.isLoading}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={meetings.data?.items ?? []}
          locale={{ emptyText: t('network.meetings.empty') }}
          data-testid="meetings-table"
          columns={[
            {
              title: t('network.meetings.heldOn'),
              key: 'date',
              render: (_, m) => `${formatDate(m.held_on)}${m.starts_at ? ` ${m.starts_at}` : ''}`,
            },
            {
              title: t('network.meetings.name'),
              key: 'title',
              render: (_, m) => (
                <Link to={`/network/meetings/${m.id}`} data-testid="meeting-link">
                  {m.title || kindName(m.kind_code)}
                </Link>
              ),
            },
            { title: t('network.common.kind'), key: 'kind', render: (_, m) => m.kind_name || kindName(m.kind_code) },
            {
              title: t('network.meetings.place'),
              dataIndex: 'place',
              responsive: ['md'],
              render: (x: string) => x || '—',
            },
            {
              title: t('network.common.state'),
              key: 'status',
              render: (_, m) => <MeetingStatusTag status={m.status} />,
            },
            {
              title: t('network.meetings.attendedCount'),
              key: 'att',
              responsive: ['sm'],
              render: (_, m) => (m.invited !== undefined ? `${m.attended ?? 0} / ${m.invited}` : '—'),
            },
          ]}
        />
      </Card>
      {creating ? (
        <MeetingModal
          region={code}
          kinds={kindOptions}
          cards={cards.data?.items ?? []}
          onClose={() => setCreating(false)}
          onDone={(m) => navigate(`/network/meetings/${m.id}`)}
        />
      ) : null}
    </div>
  );
}
