// @vitest-environment happy-dom
// Issue 10: the region's indicators on their own page — in use first, retired ones marked, and edit,
// retire and use-again buttons only for who may change them.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../../../i18n';
import { IndicatorTable } from '../pages/IndicatorsPage';
import type { QcIndicator } from '../types';
import { byTestId, click, render, type Rendered } from '../../../../test/render';

const ITEMS = [
  {
    id: 1,
    region_org_id: 9,
    code: 'paid_work',
    name: 'Placená práce',
    unit: '%',
    direction: 'higher',
    description: '',
    archived: true,
  },
  {
    id: 2,
    region_org_id: 9,
    code: 'own_key',
    name: 'Vlastní klíč',
    unit: '%',
    direction: 'higher',
    description: '',
    archived: false,
  },
] as QcIndicator[];

describe('IndicatorTable', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('lists the indicators in use first and marks the retired ones in Czech', () => {
    view = render(<IndicatorTable items={ITEMS} canEdit={false} onEdit={() => {}} onRetire={() => {}} />);
    const rows = [...view.container.querySelectorAll('tbody tr[data-row-key]')];
    expect(rows.map((r) => r.getAttribute('data-row-key'))).toEqual(['2', '1']);
    expect(byTestId(view.container, 'care-indicator-status-1')?.textContent).toBe('vyřazený');
    expect(byTestId(view.container, 'care-indicator-status-2')?.textContent).toBe('používá se');
    expect(byTestId(view.container, 'care-indicator-edit-2')).toBeNull();
  });

  it('lets a region manager edit, and bring back a retired indicator', () => {
    const onEdit = vi.fn();
    const onRetire = vi.fn();
    view = render(<IndicatorTable items={ITEMS} canEdit onEdit={onEdit} onRetire={onRetire} />);
    click(byTestId(view.container, 'care-indicator-edit-2'));
    expect(onEdit).toHaveBeenCalledWith(ITEMS[1]);
    click(byTestId(view.container, 'care-indicator-restore-1'));
    expect(onRetire).toHaveBeenCalledWith(ITEMS[0], false);
    expect(byTestId(view.container, 'care-indicator-retire-2')?.textContent).toBe('Vyřadit');
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    view = render(<IndicatorTable items={ITEMS} canEdit onEdit={() => {}} onRetire={() => {}} />);
    expect(byTestId(view.container, 'care-indicator-status-1')?.textContent).toBe('retired');
    expect(byTestId(view.container, 'care-indicator-retire-2')?.textContent).toBe('Retire');
    await i18n.changeLanguage('cs');
  });
});
