// What-if: the region's scenarios; each change sets a service's (or a kind's) capacity, reference cost or own
// revenue from a year. With a scenario chosen, the outlook above shows it against the base.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal } from '../../../../lib/format';
import { useKinds } from '../../components/useKinds';
import { addChange, createScenario, deleteChange, useFinanceMutation } from '../api';
import { CHANGE_WHATS, formatCzk, formatCzkDelta, sum, yearDeltas } from '../finance';
import type { FinChange, FinChangeInput, FinOutlook } from '../types';

interface Props {
  outlook: FinOutlook | undefined;
  scenarioId: number | undefined;
  yearFrom: number;
  years: number;
  manages: boolean;
  onScenario: (id: number) => void;
}

export function WhatIfCard({ outlook, scenarioId, yearFrom, years, manages, onScenario }: Props) {
  const { t } = useTranslation();
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.whatif.${key}`, o);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [adding, setAdding] = useState(false);
  const create = useFinanceMutation(() => createScenario({ name, year_from: yearFrom, years }));
  const remove = useFinanceMutation(deleteChange);
  const { kindName } = useKinds();
  const sc = outlook?.scenario;
  const changes = sc?.changes ?? [];
  const serviceName = (id?: number | null) =>
    outlook?.services.find((s) => s.service_id === id)?.service_name ?? `#${id}`;
  const delta = outlook && sc ? yearDeltas(outlook.total_optimal, outlook.base_total_optimal) : [];
  return (
    <Card
      size="small"
      className="kv-section"
      title={k('title')}
      data-testid="whatif-card"
      extra={
        manages ? (
          <Button onClick={() => setNaming(true)} data-testid="scenario-create">
            {k('newScenario')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{k('intro')}</Typography.Paragraph>
      {(create.error ?? remove.error) ? <ErrorAlert error={create.error ?? remove.error} /> : null}
      {!scenarioId || !sc ? (
        <Typography.Paragraph>{k('pickScenario')}</Typography.Paragraph>
      ) : (
        <>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text strong>
              {k('changes')}: {sc.scenario.name}
            </Typography.Text>
            {manages ? (
              <Button onClick={() => setAdding(true)} data-testid="scenario-change-add">
                {k('addChange')}
              </Button>
            ) : null}
          </Space>
          <Table<FinChange>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={changes}
            locale={{ emptyText: k('noChanges') }}
            data-testid="scenario-changes"
            columns={[
              {
                title: k('target'),
                key: 't',
                render: (_, c) => (c.service_id ? serviceName(c.service_id) : kindName(c.kind_code) || c.kind_code),
              },
              { title: k('what'), key: 'w', render: (_, c) => t(`networkFinance.fin.what.${c.what}`) },
              { title: k('fromYear'), dataIndex: 'from_year' },
              {
                title: k('value'),
                key: 'v',
                align: 'right',
                render: (_, c) => (c.what === 'capacity' ? formatDecimal(c.value) : formatCzk(c.value)),
              },
              ...(manages
                ? [
                    {
                      title: '',
                      key: 'x',
                      render: (_: unknown, c: FinChange) => (
                        <Button
                          size="small"
                          danger
                          onClick={() => remove.mutate(c.id)}
                          data-testid="scenario-change-remove"
                        >
                          {t('networkFinance.common.remove')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {outlook ? (
            <Typography.Paragraph style={{ marginTop: 8 }} data-testid="whatif-effect">
              {k('effect')}: {outlook.years.map((y, i) => `${y}: ${formatCzkDelta(delta[i] ?? 0)}`).join(' · ')} (
              {t('networkFinance.common.total')} {formatCzkDelta(sum(delta))})
            </Typography.Paragraph>
          ) : null}
        </>
      )}
      {naming ? (
        <Modal
          open
          title={k('newScenario')}
          onCancel={() => setNaming(false)}
          okText={t('networkFinance.common.create')}
          cancelText={t('networkFinance.common.cancel')}
          okButtonProps={
            { disabled: !name.trim(), loading: create.isPending, 'data-testid': 'scenario-create-ok' } as ButtonProps
          }
          onOk={() =>
            create.mutate(undefined, {
              onSuccess: (s) => {
                setNaming(false);
                setName('');
                onScenario(s.id);
              },
            })
          }
        >
          <Typography.Text>{k('name')}</Typography.Text>
          <Input value={name} onChange={(e) => setName(e.target.value)} data-testid="scenario-name" />
        </Modal>
      ) : null}
      {adding && scenarioId ? (
        <ChangeModal scenarioId={scenarioId} outlook={outlook} yearFrom={yearFrom} onClose={() => setAdding(false)} />
      ) : null}
    </Card>
  );
}

function ChangeModal({
  scenarioId,
  outlook,
  yearFrom,
  onClose,
}: {
  scenarioId: number;
  outlook: FinOutlook | undefined;
  yearFrom: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const k = (key: string) => t(`networkFinance.whatif.${key}`);
  const [form] = Form.useForm<FinChangeInput & { target: 'service' | 'kind' }>();
  const target = Form.useWatch('target', form) ?? 'service';
  const save = useFinanceMutation((v: FinChangeInput) => addChange(scenarioId, v));
  const req = (field: string) => [{ required: true, message: t('networkFinance.common.requiredField', { field }) }];
  return (
    <Modal
      open
      title={k('addChange')}
      onCancel={onClose}
      okText={t('networkFinance.common.add')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'scenario-change-ok' } as ButtonProps}
      onOk={() =>
        form.validateFields().then(({ target: tg, ...v }) =>
          save.mutate(
            {
              ...v,
              service_id: tg === 'service' ? v.service_id : undefined,
              kind_code: tg === 'kind' ? v.kind_code : undefined,
            },
            { onSuccess: onClose },
          ),
        )
      }
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ target: 'service', what: 'capacity', from_year: yearFrom }}>
        <Form.Item name="target" label={k('target')}>
          <Radio.Group
            options={[
              { value: 'service', label: k('targetService') },
              { value: 'kind', label: k('targetKind') },
            ]}
          />
        </Form.Item>
        {target === 'service' ? (
          <Form.Item
            name="service_id"
            label={t('networkFinance.common.service')}
            rules={req(t('networkFinance.common.service'))}
          >
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="scenario-change-service"
              options={(outlook?.services ?? []).map((s) => ({
                value: s.service_id,
                label: `${s.service_name} (${s.kind_name})`,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="kind_code"
            label={t('networkFinance.common.kind')}
            rules={req(t('networkFinance.common.kind'))}
          >
            <Select options={(outlook?.by_kind ?? []).map((x) => ({ value: x.kind_code, label: x.kind_name }))} />
          </Form.Item>
        )}
        <Form.Item name="what" label={k('what')}>
          <Select
            data-testid="scenario-change-what"
            options={CHANGE_WHATS.map((w) => ({ value: w, label: t(`networkFinance.fin.what.${w}`) }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="from_year" label={k('fromYear')} rules={req(k('fromYear'))}>
            <InputNumber min={2000} max={2100} data-testid="scenario-change-year" />
          </Form.Item>
          <Form.Item name="value" label={k('value')} rules={req(k('value'))}>
            <InputNumber min={0} data-testid="scenario-change-value" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('networkFinance.common.note')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
