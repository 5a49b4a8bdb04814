// One need of the coverage form: the basic activities of the card that answer it, how the service meets it
// (direct / mediated — by a service of the registry or a text — / referred / none), volumes and a note. Errors
// appear under the field they concern.
import { Card, Col, Input, Radio, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../../components/SearchSelect';
import { MODES, type AnswerDraft, type AnswerField } from '../answers';
import { coverageKeys, searchServices } from '../api';
import type { CoverageAnswer } from '../types';
import { ModeTag } from './Tags';

type ServiceHit = { id: number; name: string; provider_name: string };
const toOption = (s: ServiceHit) => ({ value: s.id, label: `${s.name} (${s.provider_name})` });

export function NeedAnswer({
  need,
  draft,
  editable,
  errors,
  regionCode,
  onChange,
}: {
  need: CoverageAnswer;
  draft: AnswerDraft;
  editable: boolean;
  errors: Partial<Record<AnswerField, string[]>>;
  regionCode: string;
  onChange: (next: AnswerDraft) => void;
}) {
  const { t } = useTranslation();
  const id = need.need_area_id;
  const set = (patch: Partial<AnswerDraft>) => onChange({ ...draft, ...patch });
  const fieldError = (f: AnswerField) =>
    errors[f]?.length ? (
      <div className="kv-field-error" role="alert" data-testid={`cov-error-${id}-${f}`}>
        {errors[f]!.join(' ')}
      </div>
    ) : null;
  const known = draft.mediated_service_id
    ? new Map([[draft.mediated_service_id, draft.mediated_service_name || String(draft.mediated_service_id)]])
    : undefined;

  return (
    <Card
      size="small"
      className="kv-section"
      title={need.need_name}
      extra={draft.mode ? <ModeTag mode={draft.mode} /> : null}
      data-testid={`cov-need-${id}`}
      data-mode={draft.mode ?? ''}
    >
      {need.activities.length ? (
        <div className="kv-muted" style={{ marginBottom: 8 }}>
          <div>{t('networkCoverage.form.activities')}:</div>
          <ul className="kv-list">
            {need.activities.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div role="radiogroup" aria-label={`${need.need_name}: ${t('networkCoverage.form.mode')}`}>
        <Radio.Group
          value={draft.mode}
          disabled={!editable}
          onChange={(e) => set({ mode: e.target.value })}
          data-testid={`cov-mode-${id}`}
        >
          <Space direction="vertical" size={2}>
            {MODES.map((m) => (
              <Radio key={m} value={m} data-testid={`cov-mode-${id}-${m}`}>
                {t(`networkCoverage.mode.${m}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </div>
      {fieldError('mode')}
      {draft.mode === 'mediated' ? (
        <div style={{ marginTop: 8 }} data-testid={`cov-mediated-${id}`}>
          <div>{t('networkCoverage.form.mediatedBy')}</div>
          <Radio.Group
            value={draft.mediatedBy}
            disabled={!editable}
            optionType="button"
            size="small"
            onChange={(e) => set({ mediatedBy: e.target.value })}
            options={[
              { value: 'service', label: t('networkCoverage.form.byService') },
              { value: 'text', label: t('networkCoverage.form.byText') },
            ]}
            style={{ margin: '4px 0' }}
          />
          {draft.mediatedBy === 'service' ? (
            editable ? (
              <SearchSelect<ServiceHit>
                value={draft.mediated_service_id ?? undefined}
                onChange={(v) => set({ mediated_service_id: v ?? null, mediated_service_name: '' })}
                queryKey={(q) => coverageKeys.serviceSearch(q, regionCode)}
                fetch={(q) => searchServices(q, regionCode)}
                toOption={toOption}
                knownLabels={known}
                placeholder={t('networkCoverage.form.servicePlaceholder')}
                notFoundText={t('networkCoverage.form.noService')}
                allowClear
                testId={`cov-mediated-service-${id}`}
              />
            ) : (
              <div>{draft.mediated_service_name || '—'}</div>
            )
          ) : (
            <Input
              value={draft.mediated_text}
              disabled={!editable}
              maxLength={300}
              placeholder={t('networkCoverage.form.textPlaceholder')}
              aria-label={`${need.need_name}: ${t('networkCoverage.form.mediatedBy')}`}
              status={errors.mediated?.length ? 'error' : undefined}
              onChange={(e) => set({ mediated_text: e.target.value })}
              data-testid={`cov-mediated-text-${id}`}
            />
          )}
          {fieldError('mediated')}
        </div>
      ) : null}
      <Row gutter={[12, 8]} style={{ marginTop: 8 }}>
        <Col xs={12} sm={6}>
          <label>
            {t('networkCoverage.form.clients')}
            <Input
              value={draft.clients}
              inputMode="numeric"
              disabled={!editable}
              status={errors.clients?.length ? 'error' : undefined}
              aria-invalid={Boolean(errors.clients?.length)}
              onChange={(e) => set({ clients: e.target.value })}
              data-testid={`cov-clients-${id}`}
            />
          </label>
          {fieldError('clients')}
        </Col>
        <Col xs={12} sm={6}>
          <label>
            {t('networkCoverage.form.contacts')}
            <Input
              value={draft.contacts}
              inputMode="numeric"
              disabled={!editable}
              status={errors.contacts?.length ? 'error' : undefined}
              aria-invalid={Boolean(errors.contacts?.length)}
              onChange={(e) => set({ contacts: e.target.value })}
              data-testid={`cov-contacts-${id}`}
            />
          </label>
          {fieldError('contacts')}
        </Col>
        <Col xs={24} sm={12}>
          <label>
            {t('networkCoverage.form.note')}
            <Input.TextArea
              value={draft.note}
              disabled={!editable}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={1000}
              onChange={(e) => set({ note: e.target.value })}
              data-testid={`cov-note-${id}`}
            />
          </label>
        </Col>
      </Row>
    </Card>
  );
}
