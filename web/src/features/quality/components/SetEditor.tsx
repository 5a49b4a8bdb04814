// Editable standards and criteria of a set (a new version or a new own set).
import { Button, Input, InputNumber, Select, Space, Table, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { editorProblems, newKey, nextLetter, type EditorCriterion, type EditorState } from '../setEditor';
import type { QStandardInput } from '../types';

const ESSENTIAL = ['yes', 'no', 'unknown'] as const;

export function SetEditor({ value, onChange }: { value: EditorState; onChange: (s: EditorState) => void }) {
  const { t } = useTranslation();
  const problems = editorProblems(value);
  const problemOf = (key: string, field: string) => problems.find((p) => p.key === key && p.field === field);
  const setStandard = (i: number, patch: Partial<QStandardInput>) =>
    onChange({ ...value, standards: value.standards.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setCriterion = (key: string, patch: Partial<EditorCriterion>) =>
    onChange({ ...value, criteria: value.criteria.map((c) => (c.key === key ? { ...c, ...patch } : c)) });
  const addStandard = () => {
    const number = value.standards.reduce((m, s) => Math.max(m, s.number), 0) + 1;
    onChange({ ...value, standards: [...value.standards, { number, name_cs: '', part: '' }] });
  };
  const addCriterion = (standard: number) =>
    onChange({
      ...value,
      criteria: [
        ...value.criteria,
        {
          key: newKey(),
          standard,
          letter: nextLetter(value, standard),
          essential: 'no',
          text_cs: '',
          source: '',
          note: '',
        },
      ],
    });
  const status = (key: string, field: string) => (problemOf(key, field) ? ('error' as const) : undefined);
  const tip = (key: string, field: string) => {
    const p = problemOf(key, field);
    return p ? t(`quality.standards.problem.${p.message}`) : undefined;
  };

  return (
    <div data-testid="set-editor" data-problems={problems.length}>
      {value.standards.map((s, i) => {
        const rows = value.criteria.filter((c) => c.standard === s.number);
        return (
          <div key={i} style={{ marginBottom: 24 }} data-testid={`editor-standard-${s.number}`}>
            <Space style={{ marginBottom: 8 }} wrap>
              <Tooltip title={tip(`s${s.number}`, 'number')}>
                <InputNumber
                  min={1}
                  value={s.number}
                  status={status(`s${s.number}`, 'number')}
                  aria-label={t('quality.standards.standardNumber')}
                  onChange={(n) => {
                    const next = Number(n ?? 0);
                    onChange({
                      standards: value.standards.map((x, j) => (j === i ? { ...x, number: next } : x)),
                      criteria: value.criteria.map((c) => (c.standard === s.number ? { ...c, standard: next } : c)),
                    });
                  }}
                  style={{ width: 80 }}
                />
              </Tooltip>
              <Tooltip title={tip(`s${s.number}`, 'name_cs')}>
                <Input
                  value={s.name_cs}
                  status={status(`s${s.number}`, 'name_cs')}
                  placeholder={t('quality.standards.standardName')}
                  onChange={(e) => setStandard(i, { name_cs: e.target.value })}
                  style={{ width: 420 }}
                  data-testid={`editor-standard-name-${s.number}`}
                />
              </Tooltip>
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => addCriterion(s.number)}
                data-testid={`editor-add-criterion-${s.number}`}
              >
                {t('quality.standards.addCriterion')}
              </Button>
            </Space>
            <Table<EditorCriterion>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={rows}
              onRow={(c) =>
                ({ 'data-testid': `editor-criterion-${c.standard}${c.letter}` }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  title: t('quality.standards.letter'),
                  key: 'letter',
                  width: 90,
                  render: (_, c) => (
                    <Tooltip title={tip(c.key, 'letter')}>
                      <Input
                        value={c.letter}
                        status={status(c.key, 'letter')}
                        onChange={(e) => setCriterion(c.key, { letter: e.target.value.trim() })}
                        style={{ width: 64 }}
                      />
                    </Tooltip>
                  ),
                },
                {
                  title: t('quality.standards.essential'),
                  key: 'ess',
                  width: 130,
                  render: (_, c) => (
                    <Select
                      value={c.essential}
                      style={{ width: 120 }}
                      onChange={(v) => setCriterion(c.key, { essential: v })}
                      options={ESSENTIAL.map((e) => ({ value: e, label: t(`quality.essential.${e}`) }))}
                    />
                  ),
                },
                {
                  title: t('quality.standards.text'),
                  key: 'text',
                  render: (_, c) => (
                    <Input.TextArea
                      value={c.text_cs}
                      autoSize={{ minRows: 1, maxRows: 6 }}
                      status={c.text_cs.trim() ? undefined : 'warning'}
                      placeholder={t('quality.standards.missingText')}
                      onChange={(e) => setCriterion(c.key, { text_cs: e.target.value })}
                      data-testid={`editor-text-${c.standard}${c.letter}`}
                    />
                  ),
                },
                {
                  title: t('quality.standards.source'),
                  key: 'src',
                  width: 160,
                  render: (_, c) => (
                    <Input value={c.source ?? ''} onChange={(e) => setCriterion(c.key, { source: e.target.value })} />
                  ),
                },
                {
                  title: '',
                  key: 'del',
                  width: 48,
                  render: (_, c) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                      onClick={() => onChange({ ...value, criteria: value.criteria.filter((x) => x.key !== c.key) })}
                    />
                  ),
                },
              ]}
            />
          </div>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={addStandard} data-testid="editor-add-standard">
        {t('quality.standards.addStandard')}
      </Button>
    </div>
  );
}
