// @vitest-environment happy-dom
// Every chart has a short description (role="img" with an aria-label) and a "Show as table" toggle that shows
// the same data as a table with a caption, column headers and row headers.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../test/render';
import { ChartFrame } from '../ChartFrame';

const option = {
  xAxis: { type: 'category', data: ['2025', '2026'], name: 'Rok' },
  yAxis: { type: 'value' },
  series: [
    { type: 'bar', name: 'Plán', data: [10, 12] },
    { type: 'line', name: 'Skutečnost', data: [9, 12.5] },
  ],
};

function show(label?: string): Rendered {
  return render(
    <ChartFrame option={option} testId="budget" label={label}>
      <div data-testid="drawing" />
    </ChartFrame>,
  );
}

describe('ChartFrame', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
  });
  afterAll(async () => {
    await i18n.changeLanguage('cs');
  });

  it('describes the chart for screen readers and shows the same data as a table on request', async () => {
    await i18n.changeLanguage('cs');
    view = show();
    const figure = byTestId(view.container, 'budget-figure')!;
    expect(figure.getAttribute('role')).toBe('img');
    expect(figure.getAttribute('aria-label')).toBe(
      'Sloupcový graf, Spojnicový graf: Plán, Skutečnost (počet řádků v tabulce: 2)',
    );
    expect(byTestId(figure, 'drawing')).not.toBeNull();

    const toggle = byTestId(view.container, 'budget-table-toggle')!;
    expect(toggle.textContent).toBe('Zobrazit jako tabulku');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId(view.container, 'budget-table')).toBeNull();

    click(toggle);
    const region = byTestId(view.container, 'budget-table')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(region.id);
    expect(toggle.textContent).toBe('Skrýt tabulku');
    const table = region.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toBe(figure.getAttribute('aria-label'));
    const heads = [...table.querySelectorAll('thead th')];
    expect(heads.map((h) => h.textContent)).toEqual(['Rok', 'Plán', 'Skutečnost']);
    expect(heads.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map(
        (c) =>
          `${c.tagName.toLowerCase()}${c.getAttribute('scope') ? `[${c.getAttribute('scope')}]` : ''}:${c.textContent}`,
      ),
    );
    expect(rows).toEqual([
      ['th[row]:2025', 'td:10', 'td:9'],
      ['th[row]:2026', 'td:12', 'td:12,5'],
    ]);

    click(toggle);
    expect(byTestId(view.container, 'budget-table')).toBeNull();
    expect(toggle.textContent).toBe('Zobrazit jako tabulku');
  });

  it('speaks English in English and takes a page’s own description', async () => {
    await i18n.changeLanguage('en');
    view = show();
    expect(byTestId(view.container, 'budget-figure')!.getAttribute('aria-label')).toBe(
      'Bar chart, Line chart: Plán, Skutečnost (rows in the table: 2)',
    );
    expect(byTestId(view.container, 'budget-table-toggle')!.textContent).toBe('Show as table');
    view.unmount();
    view = show('Budget by year');
    expect(byTestId(view.container, 'budget-figure')!.getAttribute('aria-label')).toBe('Budget by year');
  });
});
