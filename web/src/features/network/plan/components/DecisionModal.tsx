// Recording a decision on a year's network: include a registered service, change a service's capacity or remove
// it, with the date, the reason and who decided. Checked before sending (each problem by its field); the
// server's error names the field too.
import { useState } from 'react';
import { DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDecimal } from '../../../../lib/format';
import { recordDecision, usePlanMutation } from '../api';
import { CAPACITY_UNITS, DECISION_KINDS, type DecisionKind, type Entry, type RegistryService } from '../types';
import { decisionInput, decisionProblems, type DecisionDraft } from '../years';
import { useUnitName } from './Tags';
import { useCatalogueOptions } from './useCatalogueOptions';
import { useFeedback } from '../../../../app/feedback';

export function DecisionModal({
  yearId,
  entries,
  candidates,
  initial,
  regionCode,
  onClose,
}: {
  yearId: number;
  /** the region's code: the ORP territories offered */
  regionCode?: string;
  entries: readonly Entry[];
  /** registered services of the region outside the network (those an inclusion may take) */
  candidates: readonly RegistryService[];
  /** the decision to start with; a change may start from another capacity (the registered one) */
  initial: { kind: DecisionKind; service_id?: number; capacity?: number; unit?: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const unitName = useUnitName();
  const territoryOptions = useCatalogueOptions(regionCode).territories;
  const start = (kind: DecisionKind, service_id?: number, capacity?: number, unit?: string): DecisionDraft => {
    const e = entries.find((x) => x.service_id === service_id);
    const c = candidates.find((x) => x.service_id === service_id);
    return {
      kind,
      service_id,
      decided_on: dayjs().format('YYYY-MM-DD'),
      reason: '',
      decided_by_text: '',
      capacity_after:
        capacity !== undefined
          ? String(capacity).replace('.', ',')
          : kind === 'change' && e
            ? String(e.capacity).replace('.', ',')
            : c
              ? String(c.registered_capacity).replace('.', ',')
              : '',
      capacity_unit: unit ?? e?.capacity_unit ?? c?.registered_unit ?? '',
      territories: kind === 'change' && e ? e.territories.map((x) => x.code) : undefined,
    };
  };
  const [d, setD] = useState<DecisionDraft>(() =>
    start(initial.kind, initial.service_id, initial.capacity, initial.unit),
  );
  const [tried, setTried] = useState(false);
  const save = usePlanMutation((body: DecisionDraft) => {
    // territories go only when they differ from the entry's
    const e = entries.find((x) => x.service_id === body.service_id);
    const same =
      !!e &&
      !!body.territories &&
      [...body.territories].sort().join('|') ===
        e.territories
          .map((x) => x.code)
          .sort()
          .join('|');
    return recordDecision(yearId, decisionInput(same ? { ...body, territories: undefined } : body));
  });
  const problems = decisionProblems(d, entries);
  const problem = (field: string) => {
    const p = tried ? problems.find(([f]) => f === field) : undefined;
    return p ? { validateStatus: 'error' as const, help: t(p[1]) } : {};
  };
  const entry = entries.find((e) => e.service_id === d.service_id);
  const options =
    d.kind === 'include'
      ? candidates.map((c) => ({ value: c.service_id, label: `${c.service_name} (${c.provider_name})` }))
      : entries.map((e) => ({ value: e.service_id, label: `${e.service_name} (${e.provider_name})` }));

  const submit = async () => {
    setTried(true);
    if (problems.length) return;
    try {
      await save.mutateAsync(d);
      void message.success(t('networkPlan.decision.saved'));
      onClose();
    } catch {
      /* shown above the form */
    }
  };

  return (
    <Modal
      open
      title={t('networkPlan.decision.title')}
      okText={t('networkPlan.common.save')}
      cancelText={t('networkPlan.common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'nwp-decision-save' } as Record<string, string>}
    >
      {save.error ? <ErrorAlert error={save.error} testId="nwp-decision-error" /> : null}
      <Form layout="vertical" data-testid="nwp-decision-form">
        <Form.Item label={t('networkPlan.decision.kind')} required>
          <Radio.Group
            value={d.kind}
            data-testid="nwp-decision-kind"
            onChange={(e) => setD(start(e.target.value as DecisionKind, d.service_id))}
            optionType="button"
            options={DECISION_KINDS.map((k) => ({ value: k, label: t(`networkPlan.decisionKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('networkPlan.decision.service')} required {...problem('service_id')}>
          <Select
            showSearch
            optionFilterProp="label"
            value={d.service_id}
            placeholder={t('networkPlan.decision.chooseService')}
            options={options}
            data-testid="nwp-decision-service"
            onChange={(v: number) =>
              setD({ ...start(d.kind, v), reason: d.reason, decided_by_text: d.decided_by_text })
            }
          />
        </Form.Item>
        {entry ? (
          <Typography.Paragraph type="secondary" data-testid="nwp-decision-now">
            {t('networkPlan.decision.capacityNow', {
              capacity: formatDecimal(entry.capacity),
              unit: unitName(entry.capacity_unit, entry.capacity_unit_name),
            })}
          </Typography.Paragraph>
        ) : null}
        {d.kind !== 'remove' ? (
          <Form.Item label={t('networkPlan.decision.capacityAfter')} required {...problem('capacity_after')}>
            <Input
              value={d.capacity_after}
              inputMode="decimal"
              onChange={(e) => setD({ ...d, capacity_after: e.target.value })}
              data-testid="nwp-decision-capacity"
              addonAfter={
                <Select
                  value={d.capacity_unit || undefined}
                  onChange={(v: string) => setD({ ...d, capacity_unit: v })}
                  style={{ minWidth: 110 }}
                  data-testid="nwp-decision-unit"
                  options={CAPACITY_UNITS.map((u) => ({ value: u, label: unitName(u) }))}
                />
              }
            />
          </Form.Item>
        ) : null}
        {d.kind !== 'remove' ? (
          <Form.Item label={t('networkPlan.decision.territories')} extra={t('networkPlan.decision.territoriesHint')}>
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              value={d.territories ?? []}
              onChange={(v: string[]) => setD({ ...d, territories: v })}
              options={territoryOptions}
              data-testid="nwp-decision-territories"
            />
          </Form.Item>
        ) : null}
        <Form.Item label={t('networkPlan.decision.decidedOn')} required {...problem('decided_on')}>
          <DatePicker
            value={d.decided_on ? dayjs(d.decided_on) : null}
            format="D. M. YYYY"
            onChange={(v) => setD({ ...d, decided_on: v ? v.format('YYYY-MM-DD') : '' })}
            data-testid="nwp-decision-date"
          />
        </Form.Item>
        <Form.Item label={t('networkPlan.decision.reason')} required {...problem('reason')}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            value={d.reason}
            onChange={(e) => setD({ ...d, reason: e.target.value })}
            data-testid="nwp-decision-reason"
          />
        </Form.Item>
        <Form.Item label={t('networkPlan.decision.decidedBy')}>
          <Input
            value={d.decided_by_text}
            maxLength={300}
            placeholder={t('networkPlan.decision.decidedByHint')}
            onChange={(e) => setD({ ...d, decided_by_text: e.target.value })}
            data-testid="nwp-decision-by"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
