// A provider's comments across the cards, each with the region's answer.
import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useMyComments } from '../api';
import { CommentStatusTag } from '../components/Tags';
import type { CardComment } from '../types';

export default function MyCommentsPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const comments = useMyComments();
  return (
    <div data-testid="network-my-comments-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('network.comments.mineTitle')}
      </Typography.Title>
      {comments.error ? <ErrorAlert error={comments.error} onRetry={() => comments.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<CardComment>
          rowKey="id"
          size="small"
          loading={comments.isLoading}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={comments.data?.items ?? []}
          locale={{ emptyText: t('network.comments.mineEmpty') }}
          data-testid="my-comments"
          columns={[
            {
              title: t('network.comments.card'),
              key: 'card',
              render: (_, c) =>
                c.version_id ? (
                  <Link to={`/network/versions/${c.version_id}`}>
                    {c.kind_name}
                    {c.version_no ? `, ${t('network.cards.versionNo', { no: c.version_no })}` : ''}
                  </Link>
                ) : (
                  c.kind_name || '—'
                ),
            },
            {
              title: t('network.comments.part'),
              key: 'part',
              render: (_, c) => (en && c.part_label_en ? c.part_label_en : c.part_label),
            },
            {
              title: t('network.comments.text'),
              dataIndex: 'text',
              render: (x: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{x}</span>,
            },
            {
              title: t('network.comments.created'),
              dataIndex: 'created_at',
              responsive: ['md'],
              render: (x: string) => formatDate(x),
            },
            {
              title: t('network.common.state'),
              key: 'status',
              render: (_, c) => <CommentStatusTag status={c.status} />,
            },
            { title: t('network.comments.answer'), dataIndex: 'answer', render: (x: string) => x || '—' },
          ]}
        />
      </Card>
    </div>
  );
}
