// The e-mail notification settings on the profile page: which kinds by e-mail, how often, the address and
// language they go to (the account's).
import { Card, Descriptions, Radio, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useNotificationPreferences, useSaveNotificationPreferences } from '../api';
import { preferencesInput } from '../notifications';
import { useFeedback } from '../../../app/feedback';

export function NotificationPreferencesCard() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const prefs = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const p = prefs.data;
  const change = async (c: { kind?: string; email?: boolean; frequency?: string }) => {
    if (!p) return;
    try {
      await save.mutateAsync(preferencesInput(p, c));
      void message.success(t('notifications.prefs.saved'));
    } catch {
      /* shown in the card */
    }
  };
  return (
    <Card
      className="kv-card"
      title={t('notifications.prefs.title')}
      style={{ marginBottom: 16 }}
      loading={prefs.isLoading}
      data-testid="notification-prefs"
    >
      <Typography.Paragraph type="secondary">{t('notifications.prefs.intro')}</Typography.Paragraph>
      {prefs.error ? <ErrorAlert error={prefs.error} onRetry={() => void prefs.refetch()} /> : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {p ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('notifications.prefs.address')}>
            {p.email ? (
              <span data-testid="notification-prefs-email">{p.email}</span>
            ) : (
              <Typography.Text type="warning">{t('notifications.prefs.noAddress')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('notifications.prefs.language')}>
            {p.language === 'en' ? 'English' : 'Čeština'}
          </Descriptions.Item>
          <Descriptions.Item label={t('notifications.prefs.frequency')}>
            <Radio.Group
              value={p.frequency}
              onChange={(e) => void change({ frequency: String(e.target.value) })}
              disabled={save.isPending}
              data-testid="notification-prefs-frequency"
              options={[
                { value: 'immediate', label: t('notifications.prefs.immediate') },
                { value: 'daily', label: t('notifications.prefs.daily') },
              ]}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('notifications.prefs.kinds')}>
            {p.kinds.length === 0 ? (
              <Typography.Text type="secondary">{t('notifications.prefs.noKinds')}</Typography.Text>
            ) : (
              <div>
                {p.kinds.map((k) => (
                  <div key={k.kind} style={{ marginBottom: 4 }}>
                    <Switch
                      size="small"
                      checked={k.email}
                      disabled={save.isPending}
                      onChange={(on) => void change({ kind: k.kind, email: on })}
                      aria-label={k.label}
                      data-testid={`notification-pref-${k.kind}`}
                    />{' '}
                    {k.label}
                  </div>
                ))}
              </div>
            )}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Card>
  );
}
