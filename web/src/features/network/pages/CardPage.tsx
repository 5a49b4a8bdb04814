// A card of a kind: its versions (each kept once published) with their state, and a new version for the region
// when no version is in progress.
import { Button, Card, Space, Table, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { newVersion, useCard, useNetworkMutation } from '../api';
import { VersionStatusTag } from '../components/Tags';
import { useKinds } from '../components/useKinds';
import { isOpenStatus } from '../network';
import type { VersionSummary } from '../types';
import { useFeedback } from '../../../app/feedback';

export default function CardPage() {
  const { t } = useTranslation();
  const { modal, message } = useFeedback();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const card = useCard(id);
  const { kindName, formName } = useKinds();
  const create = useNetworkMutation(() => newVersion(id));
  if (card.error) return <ErrorAlert error={card.error} onRetry={() => card.refetch()} backTo="/network" />;
  const c = card.data?.card;
  if (!c) return <Card loading />;
  const versions = [...(card.data?.versions ?? [])].sort((a, b) => b.version_no - a.version_no);
  const blocked = versions.some((v) => isOpenStatus(v.status));
  const name = c.kind_name || kindName(c.kind_code);
  const previousOf = (v: VersionSummary) => versions.find((x) => x.version_no < v.version_no);
  return (
    <div data-testid="network-card-page" data-card-id={c.id}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {name}
          {c.form_code ? ` (${formName(c.form_code) || c.form_code})` : ''}
        </Typography.Title>
      </Space>
      <Card
        size="small"
        className="kv-section"
        title={t('network.cards.versions')}
        extra={
          c.can_manage ? (
            <Button
              disabled={blocked}
              title={blocked ? t('network.cards.newVersionBlocked') : t('network.cards.newVersionHint')}
              loading={create.isPending}
              data-testid="card-new-version"
              onClick={() =>
                modal.confirm({
                  title: t('network.workflow.newVersionConfirm'),
                  okText: t('network.common.create'),
                  cancelText: t('network.common.cancel'),
                  onOk: () =>
                    create.mutateAsync(undefined).then((v) => {
                      message.success(t('network.workflow.done'));
                      navigate(`/network/versions/${v.version_id}`);
                    }),
                })
              }
            >
              {t('network.cards.newVersion')}
            </Button>
          ) : null
        }
      >
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Table<VersionSummary>
          rowKey="version_id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={versions}
          data-testid="card-versions"
          columns={[
            {
              title: t('network.version.card'),
              key: 'no',
              render: (_, v) => (
                <Link to={`/network/versions/${v.version_id}`} data-testid="version-link">
                  {t('network.cards.versionNo', { no: v.version_no })}
                </Link>
              ),
            },
            {
              title: t('network.common.state'),
              key: 'status',
              render: (_, v) => <VersionStatusTag status={v.status} />,
            },
            {
              title: t('network.cards.sentAt'),
              key: 'sent',
              responsive: ['sm'],
              render: (_, v) => formatDate(v.sent_at),
            },
            { title: t('network.cards.publishedAt'), key: 'pub', render: (_, v) => formatDate(v.published_at) },
            {
              title: t('network.cards.changeNote'),
              dataIndex: 'change_note',
              responsive: ['md'],
              render: (x: string) => x || '—',
            },
            {
              title: '',
              key: 'compare',
              render: (_, v) => {
                const prev = previousOf(v);
                return prev ? (
                  <Link
                    to={`/network/versions/${v.version_id}/compare?with=${prev.version_id}`}
                    data-testid="version-compare"
                  >
                    {t('network.cards.compareWithPrevious')}
                  </Link>
                ) : null;
              },
            },
          ]}
        />
      </Card>
    </div>
  );
}
