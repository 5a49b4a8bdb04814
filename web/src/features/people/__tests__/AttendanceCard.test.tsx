// @vitest-environment happy-dom
// Attendance of a session that has not taken place yet: the organiser is told so and cannot save it (saving
// marks the session held and counts the hours for the workers' requirement).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../../i18n';
import { byTestId, render, type Rendered } from '../../../test/render';
import { AttendanceCard } from '../components/AttendanceCard';
import type { Registration } from '../types';
import { todayIso } from '../../../lib/format';

const regs: Registration[] = [
  {
    id: 1,
    worker_id: 9,
    worker_name: 'Jana Nováková',
    organisation_id: 26,
    organisation_name: 'Charita Kladské pomezí',
    state: 'registered',
    certificate_number: '',
    feedback_given: false,
  },
];

function show(heldOn: string): Rendered {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <AttendanceCard sessionId={13} registrations={regs} moduleHours={8} heldOn={heldOn} />
    </QueryClientProvider>,
  );
}

describe('AttendanceCard', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('warns and does not save before the session date', () => {
    const d = new Date();
    d.setDate(d.getDate() + 3);
    view = show(todayIso(d));
    expect(byTestId(view.container, 'attendance-ahead')?.textContent).toContain('docházku lze zapsat v den konání');
    expect((byTestId(view.container, 'attendance-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves on the day of the session', () => {
    view = show(todayIso());
    expect(byTestId(view.container, 'attendance-ahead')).toBeNull();
    expect((byTestId(view.container, 'attendance-save') as HTMLButtonElement).disabled).toBe(false);
  });
});
