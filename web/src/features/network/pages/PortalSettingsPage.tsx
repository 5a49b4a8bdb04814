// The region's public portal: whether it is published, its texts in Czech and English, what it shows (the
// catalogue of services, the coverage map of a locked round), a contact, the benchmark indicators it publishes as
// aggregates, and links to the portal itself.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useGroups, useMethodology, useRounds } from '../../benchmark/api';
import {
  addPortalIndicator,
  deletePortalIndicator,
  networkLinks,
  savePortalSettings,
  useCoverageRounds,
  useNetworkMutation,
  usePortalIndicators,
  usePortalSettings,
} from '../api';
import { RegionPicker, useCurrentRegion } from '../components/RegionPicker';
import type { PortalIndicator, PortalSettings, PortalSettingsInput } from '../types';
import { useFeedback } from '../../../app/feedback';

export function settingsInput(v: Partial<PortalSettings>): PortalSettingsInput {
  const s = (x: unknown) => String(x ?? '').trim();
  return {
    published: !!v.published,
    title_cs: s(v.title_cs),
    title_en: s(v.title_en),
    intro_cs: s(v.intro_cs),
    intro_en: s(v.intro_en),
    show_services: !!v.show_services,
    show_coverage: !!v.show_coverage,
    coverage_round_id: v.coverage_round_id ? Number(v.coverage_round_id) : null,
    contact: s(v.contact),
  };
}

export default function PortalSettingsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const { code } = useCurrentRegion();
  const settings = usePortalSettings(code);
  const rounds = useCoverageRounds(code);
  const [form] = Form.useForm<PortalSettings>();
  const save = useNetworkMutation((v: PortalSettingsInput) => savePortalSettings(v, code));
  const published = Form.useWatch('published', form);
  const lockedRounds = (rounds.data?.items ?? []).filter((r) => r.status === 'locked');
  return (
    <div data-testid="network-portal-page">
      <Space wrap align="center" style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {t('network.portal.title')}
        </Typography.Title>
        <Space wrap>
          <a
            href={settings.data?.portal_url || networkLinks.portal('cs', settings.data?.region_code)}
            target="_blank"
            rel="noreferrer"
            data-testid="portal-link"
          >
            {t('network.portal.open')}
          </a>
          <a
            href={networkLinks.portal('en', settings.data?.region_code)}
            target="_blank"
            rel="noreferrer"
            data-testid="portal-link-en"
          >
            {t('network.portal.openEn')}
          </a>
        </Space>
      </Space>
      <RegionPicker />
      <Typography.Paragraph type="secondary">{t('network.portal.intro')}</Typography.Paragraph>
      {settings.error ? <ErrorAlert error={settings.error} onRetry={() => settings.refetch()} /> : null}
      {settings.isLoading ? <Card loading /> : null}
      {settings.data ? (
        <Card size="small" className="kv-section">
          <Form<PortalSettings>
            key={JSON.stringify(settings.data)}
            form={form}
            layout="vertical"
            data-testid="portal-form"
            initialValues={settings.data}
            onFinish={(v) =>
              save.mutate(settingsInput({ ...settings.data, ...v }), {
                onSuccess: () => message.success(t('network.common.saved')),
              })
            }
          >
            <Form.Item name="published" valuePropName="checked" label={t('network.portal.published')}>
              <Switch data-testid="portal-published" />
            </Form.Item>
            {published === false ? (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('network.portal.notPublishedHint')} />
            ) : null}
            <Form.Item name="title_cs" label={t('network.portal.titleCs')}>
              <Input data-testid="portal-title_cs" />
            </Form.Item>
            <Form.Item name="title_en" label={t('network.portal.titleEn')}>
              <Input data-testid="portal-title_en" />
            </Form.Item>
            <Form.Item name="intro_cs" label={t('network.portal.introCs')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid="portal-intro_cs" />
            </Form.Item>
            <Form.Item name="intro_en" label={t('network.portal.introEn')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid="portal-intro_en" />
            </Form.Item>
            <Form.Item name="show_services" valuePropName="checked" style={{ marginBottom: 4 }}>
              <Checkbox data-testid="portal-show_services">{t('network.portal.showServices')}</Checkbox>
            </Form.Item>
            <Form.Item name="show_coverage" valuePropName="checked">
              <Checkbox data-testid="portal-show_coverage">{t('network.portal.showCoverage')}</Checkbox>
            </Form.Item>
            <Form.Item name="coverage_round_id" label={t('network.portal.round')}>
              <Select
                allowClear
                placeholder={t('network.portal.latestRound')}
                loading={rounds.isLoading}
                options={lockedRounds.map((r) => ({ value: r.id, label: r.title }))}
                data-testid="portal-round"
              />
            </Form.Item>
            <Form.Item name="contact" label={t('network.portal.contact')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="portal-contact" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="portal-save">
              {t('network.common.save')}
            </Button>
            {save.error ? <ErrorAlert error={save.error} testId="portal-error" /> : null}
          </Form>
        </Card>
      ) : null}
      <IndicatorsCard region={code} />
    </div>
  );
}

function IndicatorsCard({ region }: { region: string | undefined }) {
  const { t, i18n } = useTranslation();
  const indicators = usePortalIndicators(region);
  const groups = useGroups();
  const [groupId, setGroupId] = useState<number | undefined>();
  const [roundId, setRoundId] = useState<number | undefined>();
  const [code, setCode] = useState<string | undefined>();
  const rounds = useRounds(groupId);
  const locked = (rounds.data?.items ?? []).filter((r) => r.status === 'locked');
  const round = locked.find((r) => r.id === roundId);
  const methodology = useMethodology(round?.methodology_id);
  const add = useNetworkMutation(() =>
    addPortalIndicator({ bm_round_id: roundId ?? 0, indicator_code: code ?? '' }, region),
  );
  const remove = useNetworkMutation((id: number) => deletePortalIndicator(id));
  const en = i18n.language.startsWith('en');
  const published = new Set((indicators.data?.items ?? []).map((x) => `${x.bm_round_id}|${x.indicator_code}`));
  return (
    <Card
      size="small"
      className="kv-section"
      style={{ marginTop: 16 }}
      title={t('network.portal.indicators')}
      data-testid="portal-indicators"
    >
      <Typography.Paragraph type="secondary">{t('network.portal.indicatorsIntro')}</Typography.Paragraph>
      {indicators.error ? <ErrorAlert error={indicators.error} onRetry={() => indicators.refetch()} /> : null}
      <Table<PortalIndicator>
        rowKey="id"
        size="small"
        loading={indicators.isLoading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={indicators.data?.items ?? []}
        locale={{ emptyText: t('network.portal.noIndicators') }}
        columns={[
          { title: t('network.portal.indicator'), key: 'name', render: (_, x) => x.name || x.indicator_code },
          {
            title: t('network.portal.bmRound'),
            key: 'round',
            render: (_, x) => (x.round_name ? `${x.round_name}${x.period_year ? ` (${x.period_year})` : ''}` : '—'),
          },
          {
            title: '',
            key: 'remove',
            render: (_, x) => (
              <Button
                size="small"
                danger
                loading={remove.isPending && remove.variables === x.id}
                onClick={() => remove.mutate(x.id)}
                data-testid="portal-indicator-remove"
              >
                {t('network.portal.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <Select
          style={{ minWidth: 200 }}
          placeholder={t('network.portal.group')}
          value={groupId}
          loading={groups.isLoading}
          options={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
          onChange={(v: number) => {
            setGroupId(v);
            setRoundId(undefined);
            setCode(undefined);
          }}
          data-testid="portal-indicator-group"
        />
        <Select
          style={{ minWidth: 200 }}
          placeholder={t('network.portal.bmRound')}
          value={roundId}
          disabled={!groupId}
          notFoundContent={t('network.portal.noLockedRounds')}
          options={locked.map((r) => ({ value: r.id, label: r.name }))}
          onChange={(v: number) => {
            setRoundId(v);
            setCode(undefined);
          }}
          data-testid="portal-indicator-round"
        />
        <Select
          style={{ minWidth: 240 }}
          placeholder={t('network.portal.indicator')}
          value={code}
          disabled={!roundId}
          loading={methodology.isLoading && !!roundId}
          showSearch
          optionFilterProp="label"
          options={(methodology.data?.indicators ?? [])
            .filter((i) => !published.has(`${roundId}|${i.code}`))
            .map((i) => ({ value: i.code, label: en && i.name_en ? i.name_en : i.name_cs }))}
          onChange={(v: string) => setCode(v)}
          data-testid="portal-indicator-code"
        />
        <Button
          disabled={!roundId || !code}
          loading={add.isPending}
          onClick={() => add.mutate(undefined, { onSuccess: () => setCode(undefined) })}
          data-testid="portal-indicator-add"
        >
          {t('network.portal.addIndicator')}
        </Button>
      </Space>
      {add.error ? <ErrorAlert error={add.error} /> : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
    </Card>
  );
}
