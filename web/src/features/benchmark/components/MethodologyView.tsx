// A methodology to read: items, indicators with their formulas, and rules.
import { Card, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BmIndicator, BmItem, BmMethodology, BmRule } from '../types';
import { normaliseLanguage } from '../../../i18n';
import { formulaText } from '../methodologyForm';
import { RangeText } from './RangeText';
import { KindTags } from './KindTags';
import { DirectionTag, RbaTag } from './Tags';

const OPS: Record<string, string> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=' };

export function MethodologyView({ methodology: m }: { methodology: BmMethodology }) {
  const { t, i18n } = useTranslation();
  const en = normaliseLanguage(i18n.language) === 'en';
  const name = (cs: string, enName: string) => (en && enName ? enName : cs);
  return (
    <div data-testid="methodology-view">
      <Card title={t('benchmark.methodology.items')} className="kv-section kv-table-card">
        <Table<BmItem>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={m.items}
          columns={[
            { key: 'code', title: t('benchmark.methodology.code'), render: (_, i) => <code>{i.code}</code> },
            {
              key: 'name',
              title: t('benchmark.methodology.name'),
              render: (_, i) => (
                <>
                  {name(i.name_cs, i.name_en)}
                  {i.help_cs ? <div className="kv-muted">{i.help_cs}</div> : null}
                </>
              ),
            },
            { key: 'unit', title: t('benchmark.methodology.unit'), dataIndex: 'unit' },
            { key: 'range', title: t('benchmark.form.range'), render: (_, i) => <RangeText item={i} /> },
            {
              key: 'required',
              title: t('benchmark.methodology.required'),
              render: (_, i) => (i.required ? t('common.yes') : t('common.no')),
            },
          ]}
        />
      </Card>
      <Card title={t('benchmark.methodology.indicators')} className="kv-section kv-table-card">
        <Table<BmIndicator>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={m.indicators}
          scroll={{ x: true }}
          columns={[
            { key: 'code', title: t('benchmark.methodology.code'), render: (_, x) => <code>{x.code}</code> },
            { key: 'name', title: t('benchmark.methodology.name'), render: (_, x) => name(x.name_cs, x.name_en) },
            {
              key: 'formula',
              title: t('benchmark.methodology.formula'),
              render: (_, x) => <code>{formulaText(x.numerator, x.denominator, x.factor)}</code>,
            },
            { key: 'unit', title: t('benchmark.methodology.unit'), dataIndex: 'unit' },
            {
              key: 'tags',
              title: t('benchmark.methodology.direction'),
              render: (_, x) => (
                <Space size={4} wrap>
                  <DirectionTag direction={x.direction} />
                  <RbaTag rba={x.rba} />
                </Space>
              ),
            },
            { key: 'kinds', title: t('benchmark.methodology.kinds'), render: (_, x) => <KindTags kinds={x.kinds} /> },
          ]}
        />
      </Card>
      <Card title={t('benchmark.methodology.rules')} className="kv-section kv-table-card">
        <Table<BmRule>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={m.rules}
          locale={{ emptyText: '—' }}
          columns={[
            { key: 'code', title: t('benchmark.methodology.code'), render: (_, r) => <code>{r.code}</code> },
            {
              key: 'rule',
              title: t('benchmark.methodology.formula'),
              render: (_, r) => <code>{`${r.left} ${OPS[r.op] ?? r.op} ${r.right}`.replace(/\*/g, '×')}</code>,
            },
            {
              key: 'message',
              title: t('benchmark.methodology.messageCs'),
              render: (_, r) => <>{name(r.message_cs, r.message_en)}</>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
