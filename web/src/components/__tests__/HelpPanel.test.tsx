// @vitest-environment happy-dom
// The help panel of a module page: closed at first, a button with aria-expanded opens a region headed by the
// page's help with the purpose, the legal background (with its paragraph) and links to the next steps, in Czech
// and in English; the choice is remembered in localStorage. The route table gives every module page its help,
// and every help has its texts in both languages.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../i18n';
import { HELP_STORAGE_KEY, HelpPanel } from '../HelpPanel';
import { HELP_ROUTES, helpTopicFor } from '../../app/helpTopics';
import { byTestId, click, render, type Rendered } from '../../test/render';

const audits = helpTopicFor('/quality/audits')!;

describe('HelpPanel', () => {
  let view: Rendered | undefined;
  const show = () =>
    render(
      <MemoryRouter>
        <HelpPanel topic={audits} />
      </MemoryRouter>,
    );
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('opens and closes with a button that tells its state, and remembers the choice', () => {
    view = show();
    const button = byTestId(view.container, 'help-toggle')!;
    const panel = byTestId(view.container, 'help-panel')!;
    expect(button.textContent).toBe('Nápověda');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(true);

    click(button);
    // The same button (focus stays on it) now tells the panel is open.
    expect(byTestId(view.container, 'help-toggle')).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const heading = panel.querySelector('h2')!;
    expect(heading.textContent).toBe('Nápověda: Audity a sebehodnocení');
    expect(panel.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(byTestId(panel, 'help-law')!.textContent).toContain('příloha č. 2 vyhlášky č. 505/2006 Sb.');
    expect(byTestId(panel, 'help-law')!.textContent).toContain('§ 97–§ 99 zákona č. 108/2006 Sb.');
    expect([...panel.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['/quality/standards', 'Sady standardů'],
      ['/quality/actions', 'Nápravná opatření'],
    ]);
    expect(localStorage.getItem(HELP_STORAGE_KEY)).toBe('1');

    // Another page opens it as the user left it.
    view.unmount();
    view = show();
    expect(byTestId(view.container, 'help-toggle')!.getAttribute('aria-expanded')).toBe('true');
    click(byTestId(view.container, 'help-close'));
    expect(byTestId(view.container, 'help-panel')!.hidden).toBe(true);
    expect(localStorage.getItem(HELP_STORAGE_KEY)).toBe('0');
  });

  it('speaks English', async () => {
    localStorage.setItem(HELP_STORAGE_KEY, '1');
    await i18n.changeLanguage('en');
    view = show();
    const panel = byTestId(view.container, 'help-panel')!;
    expect(byTestId(view.container, 'help-toggle')!.textContent).toBe('Help');
    expect(panel.querySelector('h2')!.textContent).toBe('Help: Audits and self-assessments');
    expect(byTestId(panel, 'help-law')!.textContent).toContain('Annex 2 of Decree No. 505/2006 Coll.');
    await act(() => i18n.changeLanguage('cs'));
    expect(byTestId(panel, 'help-law')!.textContent).toContain('vyhlášky č. 505/2006 Sb.');
  });
});

describe('help topics', () => {
  it('gives each module page its help and other pages none', () => {
    const cases: [string, string | null][] = [
      ['/', 'helpDashboard.main'],
      ['/quality', 'helpQuality.overview'],
      ['/quality/audits', 'helpQuality.audits'],
      ['/quality/audits/12', 'helpQuality.audit'],
      ['/quality/actions/', 'helpQuality.actions'],
      ['/quality/care/ospod', 'helpQuality.ospod'],
      ['/benchmarking', 'helpBenchmark.rounds'],
      ['/benchmarking/rounds/3/comparison', 'helpBenchmark.comparison'],
      ['/benchmarking/rounds/3/services/9', 'helpBenchmark.form'],
      ['/network', 'helpNetwork.cards'],
      ['/network/years', 'helpNetwork.plan'],
      ['/network/finance/models', 'helpNetwork.finance'],
      ['/people/training', 'helpPeople.training'],
      ['/planning/impact', 'helpPlanning.impact'],
      ['/services', 'helpRegistry.services'],
      ['/admin/users', 'helpAdmin.users'],
      ['/quality/audits/12/extra', null],
      ['/login', null],
    ];
    for (const [path, key] of cases) expect([path, helpTopicFor(path)?.key ?? null]).toEqual([path, key]);
  });

  it('has every text in Czech and English', () => {
    for (const lng of ['cs', 'en']) {
      for (const r of HELP_ROUTES) {
        for (const part of ['title', 'purpose', 'law', 'next'])
          expect([lng, `${r.key}.${part}`, i18n.exists(`${r.key}.${part}`, { lng })]).toEqual([
            lng,
            `${r.key}.${part}`,
            true,
          ]);
        for (const l of r.links ?? [])
          expect([lng, l.label, i18n.exists(l.label, { lng })]).toEqual([lng, l.label, true]);
      }
    }
  });

  it('cites only the verified acts', () => {
    const cs = HELP_ROUTES.map((r) => i18n.t(`${r.key}.law`, { lng: 'cs' })).join('\n');
    expect(cs).toContain('§ 101a zákona č. 108/2006 Sb.');
    expect(cs).toContain('§ 111 odst. 1');
    expect(cs).toContain('zákon č. 359/1999 Sb.');
    expect(cs).toContain('§ 88 písm. f)');
    for (const act of cs.match(/(zákon[a]? č\.|vyhlášk[ay] č\.) \d+\/\d{4} Sb\./g) ?? [])
      expect(['108/2006', '359/1999', '505/2006', '473/2012', '449/2021'].some((n) => act.includes(n))).toBe(true);
  });
});
