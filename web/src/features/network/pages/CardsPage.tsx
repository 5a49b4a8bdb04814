// The region's service cards, one row per kind (and form): the version in progress with its state and open
// comments, and the published version. Region managers create a card for a kind that has none yet.
import { useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { useCards } from '../api';
import { CreateCardModal } from '../components/CreateCardModal';
import { RegionPicker, useCurrentRegion } from '../components/RegionPicker';
import { VersionStatusTag } from '../components/Tags';
import { useKinds } from '../components/useKinds';
import type { Card as CardRow } from '../types';

export default function CardsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { region, code, loading } = useCurrentRegion();
  const cards = useCards(code);
  const { kinds, kindName, formName } = useKinds();
  const [creating, setCreating] = useState(false);
  const items = cards.data?.items ?? [];
  const canManage = !!region?.can_manage;
  const taken = new Set(items.map((c) => `${c.kind_code}|${c.form_code}`));
  return (
    <div data-testid="network-cards-page">
      <Space wrap align="center" style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {t('network.cards.title')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="card-create">
            {t('network.cards.create')}
          </Button>
        ) : null}
      </Space>
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('network.cards.intro')}</Typography.Paragraph>
      {!loading && !region && !cards.isLoading && !cards.error ? (
        <Alert type="info" showIcon message={t('network.common.noRegion')} data-testid="network-no-region" />
      ) : null}
      {cards.error ? <ErrorAlert error={cards.error} onRetry={() => cards.refetch()} /> : null}
      <Card size="small" className="kv-section">
        <Table<CardRow>
          rowKey="id"
          size="small"
          loading={cards.isLoading}
          pagination={false}
          scroll={{ x: true }}
          dataSource={items}
          data-testid="cards-table"
          locale={{ emptyText: t('network.cards.empty') }}
          onRow={(c) => ({ 'data-kind': c.kind_code }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('network.common.kind'),
              key: 'kind',
              render: (_, c) => (
                <Link to={`/network/cards/${c.id}`} data-testid="card-link">
                  {c.kind_name || kindName(c.kind_code) || t('network.common.unknownCode', { code: c.kind_code })}
                  {c.form_code ? ` (${formName(c.form_code) || c.form_code})` : ''}
                </Link>
              ),
            },
            {
              title: t('network.cards.latest'),
              key: 'latest',
              render: (_, c) => (
                <Space size={4} wrap>
                  <Link to={`/network/versions/${c.latest.version_id}`}>
                    {t('network.cards.versionNo', { no: c.latest.version_no })}
                  </Link>
                  <VersionStatusTag status={c.latest.status} />
                </Space>
              ),
            },
            {
              title: t('network.cards.commentsOpen'),
              key: 'comments',
              responsive: ['sm'],
              render: (_, c) =>
                c.latest.comments_total > 0 ? (
                  <Typography.Text
                    type={c.latest.comments_open > 0 ? 'warning' : undefined}
                    data-testid="card-comments"
                  >
                    {t('network.cards.commentsCount', { open: c.latest.comments_open, total: c.latest.comments_total })}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            {
              title: t('network.cards.commentsUntil'),
              key: 'until',
              responsive: ['md'],
              render: (_, c) => (c.latest.status === 'comments' ? formatDate(c.latest.comments_until) : '—'),
            },
            {
              title: t('network.cards.published'),
              key: 'published',
              render: (_, c) =>
                c.published ? (
                  <Link to={`/network/versions/${c.published.version_id}`} data-testid="card-published">
                    {t('network.cards.versionNo', { no: c.published.version_no })},{' '}
                    {formatDate(c.published.published_at)}
                  </Link>
                ) : (
                  <Typography.Text type="secondary">{t('network.cards.notPublished')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      {creating ? (
        <CreateCardModal
          kinds={kinds}
          formName={formName}
          taken={taken}
          region={code}
          onClose={() => setCreating(false)}
          onDone={(d) => navigate(`/network/versions/${d.card.latest.version_id}`)}
        />
      ) : null}
    </div>
  );
}
