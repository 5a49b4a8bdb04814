// @vitest-environment happy-dom
// Supervision beside training: a year with no supervision records says so, rather than an empty per-team table
// ("Žádná data") that reads as if the teams were missing.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { byTestId, render, type Rendered } from '../../../test/render';
import { SupervisionCard } from '../pages/StaffPage';
import type { SupervisionReport } from '../types';

const report = (sessions: number) =>
  ({
    organisation_id: 26,
    organisation_name: 'Charita Kladské pomezí',
    year: 2026,
    sessions,
    session_hours: sessions * 2,
    items: [],
    teams: [],
    unmatched: [],
  }) as SupervisionReport;

describe('SupervisionCard', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('says no supervision is recorded in the year', () => {
    view = render(<SupervisionCard data={report(0)} loading={false} error={null} year={2026} />);
    expect(byTestId(view.container, 'supervision-none')?.textContent).toContain(
      'V roce 2026 nejsou v modulu kvality zapsány žádné supervize',
    );
  });

  it('shows no such notice when there are supervision sessions', () => {
    view = render(<SupervisionCard data={report(3)} loading={false} error={null} year={2026} />);
    expect(byTestId(view.container, 'supervision-none')).toBeNull();
  });
});
