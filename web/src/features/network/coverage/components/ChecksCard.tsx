// The check of services against a set minimal form: needs met / missing, the share met, and (region staff) the
// corrective actions raised in the quality module for a service's missing needs. A provider sees its own services;
// each action links to the quality module.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Progress,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { DownloadOutlined, ToolOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatPercent } from '../../../../lib/format';
import { coverageLinks, raiseActions, useChecks, useNetworkMutation } from '../api';
import { checksSummary, openGaps, sortChecks } from '../minimal';
import type { ServiceCheck } from '../types';
import { useFeedback } from '../../../../app/feedback';

interface RaiseValues {
  need_area_ids: number[];
  due_date: Dayjs;
  owner: string;
}

export function ChecksCard({ formId, canManage }: { formId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const checks = useChecks(formId);
  const [target, setTarget] = useState<ServiceCheck | null>(null);
  const [form] = Form.useForm<RaiseValues>();
  const raise = useNetworkMutation((v: RaiseValues & { service_id: number }) =>
    raiseActions(formId, {
      service_id: v.service_id,
      need_area_ids: v.need_area_ids,
      due_date: v.due_date.format('YYYY-MM-DD'),
      owner: v.owner.trim(),
    }),
  );
  const items = sortChecks(checks.data?.items ?? []);
  const summary = checksSummary(items);

  const start = (c: ServiceCheck) => {
    raise.reset();
    form.resetFields();
    form.setFieldsValue({ need_area_ids: openGaps(c).map((m) => m.need_area_id) });
    setTarget(c);
  };

  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    try {
      const r = await raise.mutateAsync({ ...v, service_id: target.service_id });
      void message.success(t('networkCoverage.minimal.raised', { n: r.items.filter((x) => x.created).length }));
      setTarget(null);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <Card
      title={t('networkCoverage.minimal.checks')}
      className="kv-table-card kv-section"
      data-testid="minimal-checks"
      data-services={summary.services}
      data-meeting={summary.meeting}
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={coverageLinks.checks(formId)}
          data-testid="minimal-checks-xlsx"
        >
          {t('networkCoverage.minimal.exportChecks')}
        </Button>
      }
    >
      <div style={{ padding: '0 8px 8px' }}>
        <Typography.Text type="secondary">{t('networkCoverage.minimal.checksHelp')}</Typography.Text>
        {summary.services ? (
          <div>
            {t('networkCoverage.minimal.summary', {
              meeting: summary.meeting,
              services: summary.services,
              share: formatPercent(summary.meanShare),
            })}
          </div>
        ) : null}
        {!canManage ? <div className="kv-muted">{t('networkCoverage.minimal.ownServices')}</div> : null}
      </div>
      {checks.error ? <ErrorAlert error={checks.error} onRetry={() => void checks.refetch()} /> : null}
      <Table<ServiceCheck>
        rowKey="service_id"
        size="small"
        pagination={items.length > 25 ? { pageSize: 25, showSizeChanger: false } : false}
        loading={checks.isPending}
        dataSource={items}
        locale={{ emptyText: t('networkCoverage.minimal.noChecks') }}
        onRow={(c) =>
          ({
            'data-testid': `minimal-check-${c.service_id}`,
            'data-missing': c.missing.length,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'service',
            title: t('networkCoverage.minimal.service'),
            render: (_, c) => (
              <>
                <div>{c.service_name}</div>
                <div className="kv-muted">{c.provider_name}</div>
              </>
            ),
          },
          {
            key: 'met',
            title: t('networkCoverage.minimal.met'),
            responsive: ['md'],
            render: (_, c) => t('networkCoverage.minimal.metOf', { met: c.met, required: c.required }),
          },
          {
            key: 'share',
            title: t('networkCoverage.minimal.shareMet'),
            width: 160,
            render: (_, c) =>
              c.answered ? (
                <Progress
                  percent={Math.round(c.share_met * 100)}
                  size="small"
                  status={c.missing.length ? 'exception' : 'success'}
                  format={() => formatPercent(c.share_met)}
                />
              ) : (
                <Tooltip title={t('networkCoverage.minimal.notAnsweredHelp')}>
                  <Tag data-testid={`minimal-not-answered-${c.service_id}`}>
                    {t('networkCoverage.minimal.notAnswered')}
                  </Tag>
                </Tooltip>
              ),
          },
          {
            key: 'missing',
            title: t('networkCoverage.minimal.missing'),
            render: (_, c) =>
              c.missing.length ? (
                <Space size={[0, 4]} wrap>
                  {c.missing.map((m) =>
                    m.action_id ? (
                      <Link
                        key={m.need_area_id}
                        to={`/quality/actions/${m.action_id}`}
                        data-testid={`minimal-action-${m.action_id}`}
                      >
                        <Tag color="orange" icon={<ToolOutlined />} className="kv-wrap-tag">
                          {m.name}
                        </Tag>
                      </Link>
                    ) : (
                      <Tag key={m.need_area_id} color="red" className="kv-wrap-tag">
                        {m.name}
                      </Tag>
                    ),
                  )}
                </Space>
              ) : (
                <Tag color="green">{t('networkCoverage.minimal.allMet')}</Tag>
              ),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, c: ServiceCheck) =>
                    openGaps(c).length ? (
                      <Button
                        size="small"
                        icon={<ToolOutlined />}
                        onClick={() => start(c)}
                        data-testid={`minimal-raise-${c.service_id}`}
                      >
                        {t('networkCoverage.minimal.raise')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={target !== null}
        title={target ? t('networkCoverage.minimal.raiseTitle', { service: target.service_name }) : ''}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={raise.isPending}
        onCancel={() => setTarget(null)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'minimal-raise-submit' } as Record<string, string>}
      >
        <Typography.Paragraph type="secondary">{t('networkCoverage.minimal.raiseHelp')}</Typography.Paragraph>
        {raise.error ? <ErrorAlert error={raise.error} testId="minimal-raise-error" /> : null}
        <Form form={form} layout="vertical">
          <Form.Item
            name="need_area_ids"
            label={t('networkCoverage.minimal.raiseNeeds')}
            rules={[{ required: true, type: 'array', min: 1, message: t('networkCoverage.rounds.required') }]}
          >
            <Checkbox.Group
              options={(target ? openGaps(target) : []).map((m) => ({ value: m.need_area_id, label: m.name }))}
            />
          </Form.Item>
          <Form.Item
            name="due_date"
            label={t('networkCoverage.minimal.dueDate')}
            rules={[{ required: true, message: t('networkCoverage.rounds.required') }]}
          >
            <DatePicker format="D. M. YYYY" data-testid="minimal-raise-due" />
          </Form.Item>
          <Form.Item
            name="owner"
            label={t('networkCoverage.minimal.owner')}
            rules={[{ required: true, whitespace: true, message: t('networkCoverage.rounds.required') }]}
          >
            <Input maxLength={200} data-testid="minimal-raise-owner" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
