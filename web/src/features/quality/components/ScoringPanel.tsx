// Scoring by standard: one collapse panel per standard, each criterion with its level radio buttons,
// a note and evidence. Values shown are the server's with the unsent queue over them.
import { Button, Collapse, Input, Radio, Space, Tag, Typography } from 'antd';
import { CloseCircleOutlined, FlagOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { groupByStandard, levelLabel, scoringProgress } from '../charts';
import { uploadAuditEvidence } from '../api';
import type { QAudit, QAuditCriterion } from '../types';
import { EvidenceList, EvidenceUpload } from './Evidence';

export function ScoringPanel({
  audit,
  criteria,
  editable,
  onEdit,
  onAddFinding,
}: {
  audit: QAudit;
  criteria: QAuditCriterion[];
  editable: boolean;
  onEdit: (c: QAuditCriterion, change: { level_code?: string; note?: string }) => void;
  onAddFinding: (criterionId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const groups = groupByStandard(criteria);
  const names = new Map(audit.standards.map((s) => [s.number, s.name_cs]));
  const evidenceBy = new Map<number, typeof audit.evidence>();
  for (const e of audit.evidence)
    if (e.criterion_id) evidenceBy.set(e.criterion_id, [...(evidenceBy.get(e.criterion_id) ?? []), e]);

  const items = [...groups].map(([standard, list]) => {
    const p = scoringProgress(list);
    return {
      key: String(standard),
      label: (
        <span data-testid={`standard-panel-${standard}`}>
          <strong>{standard}.</strong> {names.get(standard) ?? ''}{' '}
          <Tag color={p.scored === p.total ? 'green' : 'default'} style={{ marginLeft: 8 }}>
            {p.scored}/{p.total}
          </Tag>
        </span>
      ),
      children: (
        <div>
          {list.map((c) => (
            <div
              key={c.criterion_id}
              data-testid={`criterion-${c.code}`}
              data-level={c.level_code}
              data-criterion-id={c.criterion_id}
              style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
            >
              <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                <div style={{ maxWidth: 720 }}>
                  <Typography.Text strong>{c.code}</Typography.Text>{' '}
                  {c.essential ? (
                    <Tag color="red" data-testid={`essential-${c.code}`}>
                      {t('quality.essential.yes')}
                    </Tag>
                  ) : null}
                  {c.weight !== 1 ? <Tag>×{c.weight}</Tag> : null}
                  <div>
                    {c.text_cs || (
                      <Typography.Text type="secondary" italic>
                        {t('quality.standards.missingText')}
                      </Typography.Text>
                    )}
                  </div>
                </div>
                {editable ? (
                  // a label, not a bare icon: a phone shows no tooltip
                  <Button
                    size="small"
                    icon={<FlagOutlined />}
                    onClick={() => onAddFinding(c.criterion_id)}
                    data-testid={`finding-add-${c.code}`}
                  >
                    {t('quality.detail.addFinding')}
                  </Button>
                ) : null}
              </Space>
              <div style={{ marginTop: 8 }}>
                <Radio.Group
                  className="kv-levels"
                  optionType="button"
                  size="small"
                  value={c.level_code || undefined}
                  disabled={!editable}
                  onChange={(e) => onEdit(c, { level_code: String(e.target.value) })}
                >
                  {audit.scale.levels.map((l) => (
                    <Radio.Button key={l.code} value={l.code}>
                      <span data-testid={`level-${c.code}-${l.code}`}>
                        {levelLabel(audit.scale, l.code, i18n.language)}
                      </span>
                    </Radio.Button>
                  ))}
                </Radio.Group>
                {editable && c.level_code ? (
                  <Button
                    size="small"
                    type="link"
                    icon={<CloseCircleOutlined />}
                    onClick={() => onEdit(c, { level_code: '' })}
                    data-testid={`level-clear-${c.code}`}
                  >
                    {t('quality.detail.clear')}
                  </Button>
                ) : null}
                {c.state === 'scored' ? (
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {c.points}/{c.max} {t('quality.common.points')}
                  </Typography.Text>
                ) : null}
              </div>
              <Input.TextArea
                style={{ marginTop: 8 }}
                autoSize={{ minRows: 1, maxRows: 6 }}
                placeholder={t('quality.detail.notePlaceholder')}
                value={c.note}
                readOnly={!editable}
                onChange={(e) => onEdit(c, { note: e.target.value })}
                data-testid={`note-${c.code}`}
                aria-label={`${t('quality.detail.note')} ${c.code}`}
                maxLength={4000}
              />
              <Space style={{ marginTop: 8 }} align="start" wrap>
                {editable ? (
                  <EvidenceUpload
                    upload={(f) => uploadAuditEvidence(audit.summary.id, f, c.criterion_id)}
                    testId={`evidence-upload-${c.code}`}
                  />
                ) : null}
              </Space>
              <EvidenceList
                items={evidenceBy.get(c.criterion_id) ?? []}
                canDelete={editable}
                testId={`evidence-list-${c.code}`}
              />
            </div>
          ))}
        </div>
      ),
    };
  });

  return <Collapse items={items} defaultActiveKey={items.map((i) => i.key)} data-testid="scoring" />;
}
