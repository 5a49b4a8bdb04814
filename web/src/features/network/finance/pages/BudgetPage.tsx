// A service's budget of a year: costs by category and revenues by source, planned or actual. The provider edits
// its own services' budgets, the region's managers any of the region; others read.
import { useState } from 'react';
import { Button, Card, Col, Empty, InputNumber, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { putBudget, useBudget, useFinanceMutation } from '../api';
import { FinanceNav } from '../components/FinanceNav';
import { useMyServices } from '../components/useMyServices';
import { formatCzk } from '../finance';
import type { FinBudget } from '../types';
import { useFeedback } from '../../../../app/feedback';

export default function BudgetPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const serviceId = Number(params.get('service')) || 0;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const kind = params.get('kind') === 'actual' ? 'actual' : 'planned';
  const { options, loading } = useMyServices();
  const budget = useBudget(serviceId, year, kind);
  const set = (key: string, v: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (v === undefined || v === '') next.delete(key);
    else next.set(key, String(v));
    setParams(next);
  };
  const k = (key: string) => t(`networkFinance.budget.${key}`);
  return (
    <div data-testid="finance-budget-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('networkFinance.fin.title')}
      </Typography.Title>
      <FinanceNav />
      <Typography.Paragraph type="secondary">{k('intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={loading}
          style={{ minWidth: 280, maxWidth: '100%' }}
          placeholder={k('pickService')}
          value={serviceId || undefined}
          onChange={(v: number) => set('service', v)}
          options={options}
          data-testid="budget-service"
        />
        <InputNumber
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => set('year', v ?? undefined)}
          data-testid="budget-year"
        />
        <Segmented
          value={kind}
          onChange={(v) => set('kind', String(v))}
          options={[
            { value: 'planned', label: k('planned') },
            { value: 'actual', label: k('actual') },
          ]}
        />
      </Space>
      {budget.error ? <ErrorAlert error={budget.error} onRetry={() => budget.refetch()} /> : null}
      {budget.data ? <BudgetEditor key={`${serviceId}-${year}-${kind}`} budget={budget.data} /> : null}
      {!serviceId ? (
        <Card size="small" className="kv-section">
          <Empty description={k('pickHint')} data-testid="budget-pick-hint" />
        </Card>
      ) : null}
    </div>
  );
}

function BudgetEditor({ budget }: { budget: FinBudget }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const k = (key: string) => t(`networkFinance.budget.${key}`);
  const [costs, setCosts] = useState(budget.costs.map((c) => c.amount));
  const [revenues, setRevenues] = useState(budget.revenues.map((r) => r.amount));
  const save = useFinanceMutation(() =>
    putBudget(budget.service_id, budget.year, budget.kind, {
      costs: budget.costs.map((c, i) => ({ category: c.category, amount: costs[i] ?? 0 })),
      revenues: budget.revenues.map((r, i) => ({ source: r.source, amount: revenues[i] ?? 0 })),
    }),
  );
  const edit = budget.can_edit;
  const money = (value: number, onChange: (v: number) => void, testId: string) =>
    edit ? (
      <InputNumber<number>
        min={0}
        step={1000}
        style={{ width: 160 }}
        value={value}
        data-testid={testId}
        formatter={(v) => (v === undefined ? '' : Number(v).toLocaleString('cs-CZ'))}
        parser={(v) => Number((v ?? '').replace(/[^\d.-]/g, '')) || 0}
        onChange={(v) => onChange(Number(v) || 0)}
      />
    ) : (
      formatCzk(value)
    );
  const totalCost = costs.reduce((a, b) => a + b, 0);
  const totalRevenue = revenues.reduce((a, b) => a + b, 0);
  return (
    <Card
      size="small"
      className="kv-section"
      data-testid="budget-card"
      title={`${budget.service_name} · ${budget.provider_name} · ${budget.year}`}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {!edit ? <Typography.Paragraph type="secondary">{k('readOnly')}</Typography.Paragraph> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Table
            rowKey="category"
            size="small"
            pagination={false}
            caption={k('costs')}
            dataSource={budget.costs}
            columns={[
              { title: '', dataIndex: 'name' },
              {
                title: 'Kč',
                key: 'a',
                align: 'right',
                render: (_, c, i) =>
                  money(
                    costs[i] ?? 0,
                    (v) => setCosts((x) => x.map((y, j) => (j === i ? v : y))),
                    `budget-cost-${c.category}`,
                  ),
              },
            ]}
            footer={() => (
              <strong>
                {k('totalCost')}: {formatCzk(totalCost)}
              </strong>
            )}
          />
        </Col>
        <Col xs={24} md={12}>
          <Table
            rowKey="source"
            size="small"
            pagination={false}
            caption={k('revenues')}
            dataSource={budget.revenues}
            columns={[
              { title: '', dataIndex: 'name' },
              {
                title: 'Kč',
                key: 'a',
                align: 'right',
                render: (_, r, i) =>
                  money(
                    revenues[i] ?? 0,
                    (v) => setRevenues((x) => x.map((y, j) => (j === i ? v : y))),
                    `budget-revenue-${r.source}`,
                  ),
              },
            ]}
            footer={() => (
              <strong>
                {k('totalRevenue')}: {formatCzk(totalRevenue)}
              </strong>
            )}
          />
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginTop: 8 }} data-testid="budget-balance">
        {k('balance')}: {formatCzk(totalRevenue - totalCost)}
      </Typography.Paragraph>
      {edit ? (
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() =>
            save.mutate(undefined, { onSuccess: () => void message.success(t('networkFinance.common.saved')) })
          }
          data-testid="budget-save"
        >
          {t('networkFinance.common.save')}
        </Button>
      ) : null}
    </Card>
  );
}
