// Subsidy lines of a year: per service the optimal amount under the model beside the requested and the granted
// amount, the difference explained; the provider enters what it requests, the region what it grants and why.
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { Button, Card, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { putLine, useFinanceMutation, useLines } from '../api';
import { FinanceNav } from '../components/FinanceNav';
import { EvidenceButton } from '../components/EvidenceButton';
import { formatCzk, lineInput, parseAmount } from '../finance';
import type { FinLine } from '../types';
import { filterLines, unitsText } from '../units';

export default function LinesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const year = Number(params.get('year')) || new Date().getFullYear();
  const lines = useLines(year);
  const [editing, setEditing] = useState<FinLine | null>(null);
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.lines.${key}`, o);
  const d = lines.data;
  return (
    <div data-testid="finance-lines-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('networkFinance.fin.title')}
      </Typography.Title>
      <FinanceNav />
      <Typography.Paragraph type="secondary">{k('intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <label>
          {t('networkFinance.common.year')}{' '}
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            data-testid="lines-year"
            onChange={(v) => {
              const next = new URLSearchParams(params);
              if (v) next.set('year', String(v));
              setParams(next);
            }}
          />
        </label>
        <Input.Search
          allowClear
          style={{ width: 280, maxWidth: '100%' }}
          placeholder={k('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="lines-search"
        />
      </Space>
      {lines.error ? <ErrorAlert error={lines.error} onRetry={() => lines.refetch()} /> : null}
      {d && d.items.length ? (
        <Space wrap size="large" style={{ marginBottom: 8 }} data-testid="lines-totals">
          <span>
            {k('optimal')}: <strong data-testid="lines-total-optimal">{formatCzk(d.total_optimal)}</strong>
          </span>
          <span>
            {k('requested')}: <strong>{formatCzk(d.total_requested)}</strong>
          </span>
          <span>
            {k('granted')}: <strong>{formatCzk(d.total_granted)}</strong>
          </span>
        </Space>
      ) : null}
      <Card size="small" className="kv-section">
        <Table<FinLine>
          rowKey={(l) => l.service.id}
          size="small"
          loading={lines.isLoading}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={filterLines(d?.items ?? [], search)}
          locale={{ emptyText: k('empty') }}
          data-testid="lines-table"
          onRow={(l) => ({ 'data-testid': `line-row-${l.service.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('networkFinance.common.service'),
              key: 's',
              onCell: () => ({ style: { minWidth: 200 } }),
              render: (_, l) => (
                <Space direction="vertical" size={0}>
                  <span>{l.service.name}</span>
                  <Typography.Text type="secondary">
                    {l.service.provider_name} · {l.service.kind_name}
                  </Typography.Text>
                  <Space size={8} wrap>
                    <Link
                      to={`/network/finance/budget?service=${l.service.id}&year=${l.year}`}
                      data-testid="line-budget-link"
                    >
                      {k('budgetLink')}
                    </Link>
                    <EvidenceButton serviceId={l.service.id} />
                  </Space>
                </Space>
              ),
            },
            {
              title: k('units'),
              key: 'u',
              align: 'right',
              responsive: ['lg'],
              render: (_, l) => (l.unit ? unitsText(l.units, l.unit, l.unit_name, i18n.language) : '—'),
            },
            { title: k('optimal'), key: 'o', align: 'right', render: (_, l) => formatCzk(l.optimal) },
            { title: k('requested'), key: 'r', align: 'right', render: (_, l) => formatCzk(l.requested) },
            { title: k('granted'), key: 'g', align: 'right', render: (_, l) => formatCzk(l.granted) },
            {
              title: k('difference'),
              key: 'd',
              responsive: ['sm'],
              render: (_, l) => (
                <Space direction="vertical" size={0}>
                  <span data-testid="line-difference">{l.difference_text || '—'}</span>
                  {l.difference_reason ? (
                    <Typography.Text type="secondary">{l.difference_reason}</Typography.Text>
                  ) : null}
                </Space>
              ),
            },
            {
              title: '',
              key: 'e',
              render: (_, l) =>
                l.can_grant || l.can_request ? (
                  <Button size="small" onClick={() => setEditing(l)} data-testid="line-edit">
                    {l.can_grant ? k('enterGranted') : k('enterRequested')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {editing ? <LineModal line={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

function LineModal({ line, onClose }: { line: FinLine; onClose: () => void }) {
  const { t } = useTranslation();
  const k = (key: string, o?: Record<string, unknown>) => t(`networkFinance.lines.${key}`, o);
  const [requested, setRequested] = useState<number | null>(line.requested ?? null);
  const [granted, setGranted] = useState<number | null>(line.granted ?? null);
  const [reason, setReason] = useState(line.difference_reason);
  const save = useFinanceMutation(() =>
    putLine(line.service.id, line.year, lineInput(line, requested, granted, reason)),
  );
  const money = {
    min: 0,
    step: 1000,
    style: { width: 200 },
    formatter: (v: number | string | undefined) =>
      v === undefined || v === '' ? '' : Number(v).toLocaleString('cs-CZ'),
    // An emptied field is "not given" (null), not 0: the save clears the stored amount.
    parser: (v: string | undefined) => parseAmount(v) as number,
  };
  return (
    <Modal
      open
      title={k('editTitle', { service: line.service.name })}
      onCancel={onClose}
      okText={t('networkFinance.common.save')}
      cancelText={t('networkFinance.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'line-save' } as ButtonProps}
      onOk={() => save.mutate(undefined, { onSuccess: onClose })}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <p>
        {k('optimal')}: <strong>{formatCzk(line.optimal)}</strong>
      </p>
      <Space direction="vertical" style={{ width: '100%' }}>
        <label>
          {k('requested')} (Kč)
          <InputNumber<number>
            {...money}
            value={requested}
            onChange={(v) => setRequested(v)}
            data-testid="line-requested"
            style={{ display: 'block', width: 200 }}
          />
        </label>
        {line.can_grant ? (
          <>
            <label>
              {k('granted')} (Kč)
              <InputNumber<number>
                {...money}
                value={granted}
                onChange={(v) => setGranted(v)}
                data-testid="line-granted"
                style={{ display: 'block', width: 200 }}
              />
            </label>
            <label>
              {k('differenceReason')}
              <Input.TextArea
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                data-testid="line-reason"
              />
            </label>
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
