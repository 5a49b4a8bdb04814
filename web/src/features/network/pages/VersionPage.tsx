// A card version: its state and the workflow the caller may do, the printable card, the comparison with the
// previous version, the card itself (the editor while the region drafts it) and the comments on it.
import { Card, Descriptions, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { networkLinks, useVersion } from '../api';
import { CardEditor } from '../components/CardEditor';
import { CardView } from '../components/CardView';
import { CommentsPanel } from '../components/CommentsPanel';
import { useRegionCode } from '../components/RegionPicker';
import { VersionStatusTag } from '../components/Tags';
import { useKinds } from '../components/useKinds';
import { WorkflowButtons } from '../components/WorkflowButtons';
import { useCurrentUser } from '../../../app/SessionContext';
import { can, commentsView } from '../network';
import { PdfButton } from '../../../components/PdfButton';

export default function VersionPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const region = useRegionCode();
  const comments = commentsView(useCurrentUser());
  const version = useVersion(id);
  const { kindName, formName } = useKinds();
  if (version.error) return <ErrorAlert error={version.error} onRetry={() => version.refetch()} backTo="/network" />;
  const v = version.data;
  if (!v) return <Card loading />;
  const kind = v.kind_name || kindName(v.kind_code);
  const form = v.form_code ? ` (${formName(v.form_code) || v.form_code})` : '';
  const editing = can(v, 'edit');
  return (
    <div data-testid="network-version-page" data-version-id={v.version_id} data-status={v.status}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {t('network.version.title', { kind: `${kind}${form}`, no: v.version_no })}
        </Typography.Title>
        <VersionStatusTag status={v.status} />
      </Space>
      <Card size="small" className="kv-section">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
          <Descriptions.Item label={t('network.version.card')}>
            <Link to={`/network/cards/${v.card_id}`} data-testid="version-card-link">
              {t('network.cards.allVersions')}
            </Link>
          </Descriptions.Item>
          {v.comments_until ? (
            <Descriptions.Item
              label={t(v.status === 'comments' ? 'network.cards.commentsUntil' : 'network.cards.commentsClosed')}
            >
              {formatDate(v.comments_until)}
            </Descriptions.Item>
          ) : null}
          {v.sent_at ? (
            <Descriptions.Item label={t('network.version.recipients')}>
              {t('network.version.recipientsCount', { count: v.recipients ?? 0 })}
            </Descriptions.Item>
          ) : null}
          {v.published_at ? (
            <Descriptions.Item label={t('network.cards.publishedAt')}>{formatDate(v.published_at)}</Descriptions.Item>
          ) : null}
          {v.change_note && !editing ? (
            <Descriptions.Item label={t('network.cards.changeNote')}>{v.change_note}</Descriptions.Item>
          ) : null}
        </Descriptions>
        <Space wrap className="no-print">
          <a href={networkLinks.print(v.version_id, 'cs')} target="_blank" rel="noreferrer" data-testid="version-print">
            {t('network.version.print')}
          </a>
          <a
            href={networkLinks.print(v.version_id, 'en')}
            target="_blank"
            rel="noreferrer"
            data-testid="version-print-en"
          >
            {t('network.version.printEn')}
          </a>
          <PdfButton
            href={networkLinks.print(v.version_id, i18n.language === 'en' ? 'en' : 'cs')}
            fileName={`card-${v.version_id}.pdf`}
            size="small"
            testId="version-pdf"
          />
          {v.version_no > 1 ? (
            <Link to={`/network/versions/${v.version_id}/compare`} data-testid="version-compare-link">
              {t('network.version.compare')}
            </Link>
          ) : null}
        </Space>
        <div style={{ marginTop: 12 }}>
          <WorkflowButtons version={v} />
        </div>
      </Card>
      <div style={{ marginTop: 16 }}>
        {editing ? (
          <CardEditor key={`${v.version_id}-${v.status}`} version={v} region={region} />
        ) : (
          <CardView version={v} />
        )}
      </div>
      {comments !== 'none' && (v.status !== 'draft' || can(v, 'comment')) ? (
        <CommentsPanel version={v} ownOnly={comments === 'own'} />
      ) : null}
    </div>
  );
}
