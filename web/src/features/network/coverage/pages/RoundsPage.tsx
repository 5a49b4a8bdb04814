// The coverage rounds of the region: completeness of each, and (region staff) a new round with its period, the
// kinds of service and the deadline.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../app/AppShell';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDateRange } from '../../../../lib/format';
import { useCatalogues } from '../../../registry/api';
import { localName } from '../../../registry/catalogueLabels';
import { createRound, useNetworkMutation, useRounds } from '../api';
import { useCurrentRegion } from '../region';
import { newRoundDefaults, roundPercent, sortRounds } from '../rounds';
import type { CoverageRound } from '../types';
import { RoundStatusTag } from '../components/Tags';
import { useFeedback } from '../../../../app/feedback';

interface RoundValues {
  title: string;
  period: [Dayjs, Dayjs];
  kinds: string[];
  deadline: Dayjs;
}

export default function RoundsPage() {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const { canManage, code } = useCurrentRegion();
  const rounds = useRounds(code);
  const catalogues = useCatalogues();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RoundValues>();
  const create = useNetworkMutation((v: RoundValues) =>
    createRound(
      {
        title: v.title.trim(),
        period_from: v.period[0].format('YYYY-MM-DD'),
        period_to: v.period[1].format('YYYY-MM-DD'),
        kinds: v.kinds,
        deadline: v.deadline.format('YYYY-MM-DD'),
      },
      code,
    ),
  );
  const en = i18n.language === 'en';
  const kindOptions = (catalogues.data?.service_kinds ?? []).map((k) => ({
    value: k.code,
    label: `${localName(k, en ? 'en' : 'cs')} (${k.paragraph})`,
  }));

  const start = () => {
    create.reset();
    const d = newRoundDefaults(new Date());
    form.setFieldsValue({
      title: t('networkCoverage.rounds.defaultTitle', { year: d.year }),
      period: [dayjs(d.period_from), dayjs(d.period_to)],
      kinds: [],
      deadline: dayjs(d.deadline),
    });
    setOpen(true);
  };

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await create.mutateAsync(v);
      void message.success(t('networkCoverage.rounds.created'));
      setOpen(false);
      navigate(`/network/coverage/rounds/${r.id}${code ? `?region=${code}` : ''}`);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <div data-testid="cov-rounds-page">
      <PageHeader
        title={t('networkCoverage.rounds.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={start} data-testid="cov-round-create">
              {t('networkCoverage.rounds.create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('networkCoverage.rounds.intro')}</Typography.Paragraph>
      {rounds.error ? <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      <Card className="kv-table-card">
        <Table<CoverageRound>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={rounds.isPending}
          dataSource={sortRounds(rounds.data?.items ?? [])}
          locale={{ emptyText: t('networkCoverage.rounds.empty') }}
          onRow={(r) =>
            ({ 'data-testid': `cov-round-row-${r.id}`, 'data-status': r.status }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'title',
              title: t('networkCoverage.rounds.name'),
              render: (_, r) => (
                <>
                  <Link to={`/network/coverage/rounds/${r.id}`} data-testid={`cov-round-link-${r.id}`}>
                    {r.title}
                  </Link>
                  <div className="kv-muted">{formatDateRange(r.period_from, r.period_to)}</div>
                </>
              ),
            },
            {
              key: 'kinds',
              title: t('networkCoverage.rounds.kinds'),
              responsive: ['lg'],
              render: (_, r) => (
                <Space size={[0, 4]} wrap>
                  {r.kinds.map((k) => (
                    <Tag key={k.code} className="kv-wrap-tag">
                      {k.name}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'deadline',
              title: t('networkCoverage.rounds.deadline'),
              responsive: ['sm'],
              render: (_, r) => formatDate(r.deadline),
            },
            {
              key: 'status',
              title: t('networkCoverage.rounds.status'),
              render: (_, r) => <RoundStatusTag status={r.status} />,
            },
            {
              key: 'completeness',
              title: t('networkCoverage.rounds.completeness'),
              width: 220,
              render: (_, r) =>
                r.status === 'draft' ? (
                  '—'
                ) : (
                  <Tooltip title={t('networkCoverage.rounds.submittedOf', { submitted: r.submitted, total: r.total })}>
                    <Progress
                      percent={roundPercent(r)}
                      size="small"
                      format={() => `${r.submitted}/${r.total}`}
                      status={r.total > 0 && r.submitted === r.total ? 'success' : 'normal'}
                    />
                    {r.overdue ? (
                      <span className="kv-muted">{t('networkCoverage.rounds.overdue', { n: r.overdue })}</span>
                    ) : null}
                  </Tooltip>
                ),
            },
          ]}
        />
      </Card>

      <Modal
        open={open}
        title={t('networkCoverage.rounds.create')}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'cov-round-create-submit' } as Record<string, string>}
      >
        {create.error ? <ErrorAlert error={create.error} testId="cov-round-create-error" /> : null}
        <Form form={form} layout="vertical">
          <Form.Item
            name="title"
            label={t('networkCoverage.rounds.name')}
            rules={[{ required: true, whitespace: true, message: t('networkCoverage.rounds.required') }]}
          >
            <Input maxLength={200} data-testid="cov-round-title" />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('networkCoverage.rounds.period')}
            rules={[{ required: true, message: t('networkCoverage.rounds.required') }]}
          >
            <DatePicker.RangePicker format="D. M. YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="kinds"
            label={t('networkCoverage.rounds.kinds')}
            rules={[{ required: true, type: 'array', min: 1, message: t('networkCoverage.rounds.required') }]}
          >
            <Select
              mode="multiple"
              options={kindOptions}
              optionFilterProp="label"
              loading={catalogues.isPending}
              data-testid="cov-round-kinds"
            />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('networkCoverage.rounds.deadline')}
            rules={[{ required: true, message: t('networkCoverage.rounds.required') }]}
          >
            <DatePicker format="D. M. YYYY" data-testid="cov-round-deadline" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
