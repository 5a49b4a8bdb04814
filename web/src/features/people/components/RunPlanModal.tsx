// The run plan of a module in one step: places × runs per place, the first date and the days between runs, with a
// preview of what will be created (the seed's programme: 4 places × 4 runs).
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../lib/format';
import { runPlan } from '../api';
import { cleanPlaces, runPlanPreview } from '../people';
import type { ModuleDetail, RunPlanInput } from '../types';
import { RecordModal, type Values } from './RecordModal';

export function runPlanInput(v: Values): RunPlanInput {
  return {
    places: cleanPlaces((v.places as string[] | undefined) ?? []),
    runs_per_place: Number(v.runs_per_place ?? 0),
    first_date: String(v.first_date ?? ''),
    interval_days: Number(v.interval_days ?? 0),
    capacity: Number(v.capacity ?? 0),
    lecturer: String(v.lecturer ?? ''),
    cost: Number(v.cost ?? 0),
    state: v.state === 'open' ? 'open' : 'planned',
  };
}

export function RunPlanModal({
  moduleId,
  onClose,
  onDone,
  before,
}: {
  moduleId: number;
  onClose: () => void;
  onDone: (created: number) => void;
  /** Sessions the module had before: the answer (the module with all its sessions) minus these were created. */
  before: number;
}) {
  const { t } = useTranslation();
  return (
    <RecordModal<ModuleDetail>
      title={t('people.runPlan.title')}
      testId="run-plan"
      fields={[
        {
          name: 'places',
          label: t('people.runPlan.places'),
          kind: 'tags',
          required: true,
          help: t('people.runPlan.placesHelp'),
        },
        { name: 'runs_per_place', label: t('people.runPlan.runs'), kind: 'number', min: 1, max: 52, required: true },
        { name: 'first_date', label: t('people.runPlan.firstDate'), kind: 'date', required: true },
        {
          name: 'interval_days',
          label: t('people.runPlan.interval'),
          kind: 'number',
          min: 0,
          max: 366,
          required: true,
        },
        { name: 'capacity', label: t('people.runPlan.capacity'), kind: 'number', min: 1, max: 500, required: true },
        { name: 'lecturer', label: t('people.runPlan.lecturer') },
        { name: 'cost', label: t('people.runPlan.cost'), kind: 'number', min: 0 },
        {
          name: 'state',
          label: t('people.runPlan.state'),
          kind: 'select',
          required: true,
          options: [
            { value: 'open', label: t('people.runPlan.open') },
            { value: 'planned', label: t('people.runPlan.planned') },
          ],
        },
      ]}
      initial={{
        places: [],
        runs_per_place: 4,
        first_date: todayIso(),
        interval_days: 28,
        capacity: 15,
        cost: 0,
        state: 'open',
      }}
      onSubmit={(v) => runPlan(moduleId, runPlanInput(v))}
      onDone={(r) => onDone(r.sessions.length - before)}
      onClose={onClose}
      extra={(v) => {
        const input = runPlanInput(v);
        const cells = runPlanPreview(input);
        return (
          <>
            <Typography.Paragraph strong data-testid="run-plan-preview" data-total={cells.length}>
              {t('people.runPlan.preview', {
                places: input.places.length,
                runs: input.runs_per_place,
                total: cells.length,
              })}
            </Typography.Paragraph>
            <List
              size="small"
              style={{ maxHeight: 180, overflow: 'auto' }}
              dataSource={cells}
              renderItem={(c) => (
                <List.Item>
                  {formatDate(c.held_on)} · {c.place}
                </List.Item>
              )}
            />
          </>
        );
      }}
    />
  );
}
