// A card version as read: its texts (what a user, the public and partner bodies can and cannot expect) and its
// needs in order, each with its description, the service's answer and the basic activities that answer it.
import { Card, Descriptions, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { activityLabel, needName } from '../network';
import { EXPECT_FIELDS, type CardVersion } from '../types';

export function CardView({ version }: { version: CardVersion }) {
  const { t, i18n } = useTranslation();
  const needs = [...version.needs].sort((a, b) => a.position - b.position);
  const text = (s: string) =>
    s ? <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span> : <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div data-testid="card-view">
      <Card size="small" className="kv-section" title={t('network.version.texts')}>
        <Typography.Title level={4} data-testid="card-title" style={{ marginTop: 0 }}>
          {version.title || '—'}
        </Typography.Title>
        <Descriptions size="small" column={1} layout="vertical" bordered>
          <Descriptions.Item label={t('network.part.summary')}>{text(version.summary)}</Descriptions.Item>
          {EXPECT_FIELDS.map((f) => (
            <Descriptions.Item key={f} label={t(`network.part.${f}`)}>
              <span data-testid={`card-text-${f}`}>{text(version[f])}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card size="small" className="kv-section" title={t('network.version.needs')} style={{ marginTop: 16 }}>
        {needs.length === 0 ? (
          <Empty description={t('network.version.noNeeds')} />
        ) : (
          <ol style={{ paddingLeft: 20, margin: 0 }} data-testid="card-needs">
            {needs.map((n) => (
              <li key={n.need_area_id} data-testid="card-need" data-need={n.code} style={{ marginBottom: 16 }}>
                <Typography.Title level={5} style={{ margin: '0 0 4px' }}>
                  {needName(n, i18n.language)}
                </Typography.Title>
                <Typography.Text strong>{t('network.version.needDescription')}: </Typography.Text>
                {text(n.description)}
                <br />
                <Typography.Text strong>{t('network.version.needAnswer')}: </Typography.Text>
                {text(n.answer)}
                <List
                  size="small"
                  header={<Typography.Text strong>{t('network.version.activities')}</Typography.Text>}
                  dataSource={n.activities}
                  locale={{ emptyText: t('network.version.noActivities') }}
                  renderItem={(a) => <List.Item data-testid="card-need-activity">{activityLabel(a)}</List.Item>}
                />
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
