// Data rounds of a group; the region opens a round with a published methodology.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Table } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BmGroup, BmRound } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { createRound, useBenchmarkMutation, useMethodologies, useRounds } from '../api';
import { RoundKindTag, RoundStatusTag } from './Tags';
import { useFeedback } from '../../../app/feedback';

interface RoundFormValues {
  name: string;
  period_year: number;
  kind: 'pilot' | 'full';
  deadline?: Dayjs | null;
  methodology_id: number;
}

export function RoundsCard({ group }: { group: BmGroup }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const rounds = useRounds(group.id);
  const methodologies = useMethodologies(group.can_manage ? group.id : undefined);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RoundFormValues>();
  const create = useBenchmarkMutation((v: RoundFormValues) =>
    createRound(group.id, {
      name: v.name.trim(),
      period_year: v.period_year,
      kind: v.kind,
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      methodology_id: v.methodology_id,
    }),
  );
  const published = (methodologies.data?.items ?? []).filter((m) => m.status === 'published');

  const start = () => {
    create.reset();
    const year = dayjs().year() - 1;
    form.setFieldsValue({
      name: t('benchmark.rounds.defaultName', { year }),
      period_year: year,
      kind: 'full',
      deadline: null,
      methodology_id: published[0]?.id,
    });
    setOpen(true);
  };

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await create.mutateAsync(v);
      void message.success(t('benchmark.rounds.created'));
      setOpen(false);
      navigate(`/benchmarking/rounds/${r.id}`);
    } catch {
      /* shown in the modal */
    }
  };

  return (
    <Card
      className="kv-table-card"
      data-testid="rounds-card"
      extra={
        group.can_manage ? (
          <Button icon={<PlusOutlined />} onClick={start} data-testid="round-create">
            {t('benchmark.rounds.create')}
          </Button>
        ) : null
      }
    >
      {rounds.error ? <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      <Table<BmRound>
        rowKey="id"
        size="small"
        pagination={false}
        loading={rounds.isPending}
        dataSource={[...(rounds.data?.items ?? [])].sort((a, b) => b.period_year - a.period_year || b.id - a.id)}
        locale={{ emptyText: t('benchmark.rounds.empty') }}
        onRow={(r) => ({ 'data-testid': `round-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('benchmark.rounds.name'),
            render: (_, r) => (
              <Link to={`/benchmarking/rounds/${r.id}`} data-testid={`round-link-${r.id}`}>
                {r.name}
              </Link>
            ),
          },
          { key: 'year', title: t('benchmark.rounds.periodYear'), dataIndex: 'period_year' },
          { key: 'kind', title: t('benchmark.rounds.kind'), render: (_, r) => <RoundKindTag kind={r.kind} /> },
          {
            key: 'methodology',
            title: t('benchmark.rounds.methodology'),
            render: (_, r) => (
              <Link to={`/benchmarking/methodologies/${r.methodology_id}`}>v{r.methodology_version}</Link>
            ),
          },
          { key: 'deadline', title: t('benchmark.rounds.deadline'), render: (_, r) => formatDate(r.deadline) },
          {
            key: 'status',
            title: t('benchmark.rounds.status'),
            render: (_, r) => <RoundStatusTag status={r.status} />,
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                <Link to={`/benchmarking/rounds/${r.id}/comparison`} data-testid={`round-comparison-${r.id}`}>
                  <BarChartOutlined /> {t('benchmark.comparison.short')}
                </Link>
              </Space>
            ),
          },
        ]}
      />

      <Modal
        open={open}
        title={t('benchmark.rounds.create')}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ disabled: published.length === 0, ...({ 'data-testid': 'round-create-submit' } as object) }}
      >
        {create.error ? <ErrorAlert error={create.error} /> : null}
        {published.length === 0 && !methodologies.isPending ? (
          <p className="kv-muted" data-testid="round-no-methodology">
            {t('benchmark.rounds.noPublished')}
          </p>
        ) : null}
        <Form form={form} layout="vertical">
          <Form.Item
            name="name"
            label={t('benchmark.rounds.name')}
            rules={[{ required: true, whitespace: true, message: t('benchmark.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Space size="large" wrap>
            <Form.Item
              name="period_year"
              label={t('benchmark.rounds.periodYear')}
              rules={[{ required: true, message: t('benchmark.required') }]}
            >
              <InputNumber min={1990} max={2100} />
            </Form.Item>
            <Form.Item name="kind" label={t('benchmark.rounds.kind')}>
              <Radio.Group
                options={['full', 'pilot'].map((k) => ({ value: k, label: t(`benchmark.roundKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="deadline" label={t('benchmark.rounds.deadline')}>
              <DatePicker format="D. M. YYYY" />
            </Form.Item>
          </Space>
          <Form.Item
            name="methodology_id"
            label={t('benchmark.rounds.methodology')}
            rules={[{ required: true, message: t('benchmark.required') }]}
          >
            <Select options={published.map((m) => ({ value: m.id, label: `v${m.version} – ${m.name}` }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
