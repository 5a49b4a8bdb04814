// The organiser's attendance sheet: who attended and the hours (the module's hours unless changed); saving marks
// the session held and counts the hours towards each worker's requirement.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { putAttendance, usePeopleMutation } from '../api';
import { formatDate, todayIso } from '../../../lib/format';
import type { AttendanceItem, Registration } from '../types';
import { RegistrationStateTag } from './Tags';
import { useFeedback } from '../../../app/feedback';

/** The sheet's starting rows: attended as recorded, else ticked for those registered; hours as recorded or the module's. */
export function attendanceRows(regs: readonly Registration[], moduleHours: number): AttendanceItem[] {
  return regs
    .filter((r) => r.state === 'registered' || r.state === 'attended' || r.state === 'absent')
    .map((r) => ({
      registration_id: r.id,
      attended: r.state !== 'absent',
      hours: r.hours_attended ?? moduleHours,
    }));
}

export function AttendanceCard({
  sessionId,
  registrations,
  moduleHours,
  heldOn,
}: {
  sessionId: number;
  registrations: readonly Registration[];
  moduleHours: number;
  /** The session's date: before it, attendance cannot be recorded (saving would mark the session held). */
  heldOn?: string;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [rows, setRows] = useState<AttendanceItem[]>(() => attendanceRows(registrations, moduleHours));
  const save = usePeopleMutation(() =>
    putAttendance(
      sessionId,
      rows.map((r) => (r.attended ? r : { registration_id: r.registration_id, attended: false })),
    ),
  );
  const ahead = !!heldOn && heldOn > todayIso();
  const byId = new Map(registrations.map((r) => [r.id, r]));
  const set = (id: number, patch: Partial<AttendanceItem>) =>
    setRows((rs) => rs.map((r) => (r.registration_id === id ? { ...r, ...patch } : r)));
  return (
    <Card
      title={t('people.session.attendance')}
      size="small"
      className="kv-section"
      style={{ marginTop: 16 }}
      data-testid="attendance-card"
    >
      <Typography.Paragraph type="secondary">{t('people.session.attendanceHelp')}</Typography.Paragraph>
      {ahead ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="attendance-ahead"
          message={t('people.session.attendanceAhead', { date: formatDate(heldOn) })}
        />
      ) : null}
      <Table<AttendanceItem>
        rowKey="registration_id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        onRow={(r) => ({ 'data-testid': 'attendance-row', 'data-registration-id': r.registration_id }) as never}
        columns={[
          {
            title: t('people.session.worker'),
            key: 'name',
            render: (_, r) => byId.get(r.registration_id)?.worker_name ?? '—',
          },
          {
            title: t('people.session.provider'),
            key: 'org',
            responsive: ['md'],
            render: (_, r) => byId.get(r.registration_id)?.organisation_name ?? '—',
          },
          {
            title: t('people.common.state'),
            key: 'state',
            responsive: ['md'],
            render: (_, r) => <RegistrationStateTag state={byId.get(r.registration_id)?.state ?? ''} />,
          },
          {
            title: t('people.session.attended'),
            key: 'att',
            render: (_, r) => (
              <Checkbox
                checked={r.attended}
                onChange={(e) => set(r.registration_id, { attended: e.target.checked })}
                data-testid="attendance-attended"
                aria-label={t('people.session.attended')}
              />
            ),
          },
          {
            title: t('people.session.hours'),
            key: 'hours',
            render: (_, r) => (
              <InputNumber
                min={0}
                max={moduleHours > 0 ? moduleHours : undefined}
                step={0.5}
                decimalSeparator=","
                disabled={!r.attended}
                value={r.hours}
                onChange={(v) => set(r.registration_id, { hours: v ?? 0 })}
                aria-label={t('people.session.hours')}
                style={{ width: 90 }}
              />
            ),
          },
        ]}
      />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={!rows.length || ahead}
        loading={save.isPending}
        onClick={() =>
          save.mutate(undefined, { onSuccess: () => message.success(t('people.session.attendanceSaved')) })
        }
        data-testid="attendance-save"
      >
        {t('people.session.saveAttendance')}
      </Button>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Card>
  );
}
