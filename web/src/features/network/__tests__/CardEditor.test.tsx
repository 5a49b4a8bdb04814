// @vitest-environment happy-dom
// The region's card editor: needs in order (move, remove), a title and an answer for every need before saving,
// and the whole content sent (texts, needs in their order with their activities).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../test/render';
import type { Activity, NeedArea, VersionInput } from '../types';
import { version } from './fixtures';
import { FeedbackHost } from '../../../app/feedback';

const saveVersion = vi.fn((_id: number, _body: VersionInput) => Promise.resolve({}));
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  saveVersion: (id: number, body: VersionInput) => saveVersion(id, body),
}));
const { CardEditor, activityOptions } = await import('../components/CardEditor');

const areas: NeedArea[] = [
  {
    id: 21,
    code: 'hygiene',
    name_cs: 'Osobní hygiena',
    name_en: 'Personal hygiene',
    description_cs: '',
    position: 1,
    active: true,
  },
  { id: 22, code: 'food', name_cs: 'Strava', name_en: 'Food', description_cs: '', position: 2, active: true },
  { id: 23, code: 'housing', name_cs: 'Bydlení', name_en: 'Housing', description_cs: '', position: 3, active: true },
];
const act4 = (id: number, letter: string, form_scope = ''): Activity => ({
  id,
  kind_code: '4',
  kind_name: 'Pečovatelská služba',
  paragraph: '§ 40',
  form_scope,
  letter,
  text_cs: `činnost ${letter}`,
  text_en: `activity ${letter}`,
  source: 'zákon 108/2006 Sb.',
  verified: true,
  national: true,
  active: true,
  position: 0,
});

function show(patch = {}): Rendered {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <>
          <FeedbackHost />
          <CardEditor
            version={version({ status: 'draft', allowed: ['edit', 'send'], ...patch })}
            needAreas={areas}
            activities={[act4(100, 'a'), act4(101, 'b')]}
          />
        </>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function type(el: Element | null, value: string) {
  if (!el) throw new Error('no field');
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const needNames = (v: Rendered) =>
  [...v.container.querySelectorAll('[data-testid="editor-need"] .ant-card-head-title')].map((x) => x.textContent);

// antd's forms render slowly in happy-dom on a busy machine: more time than the default 5 s
describe('CardEditor', { timeout: 30_000 }, () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('orders, removes and saves the needs with the texts', async () => {
    view = show();
    expect(needNames(view)).toEqual(['1. Osobní hygiena', '2. Strava']);
    click(byTestId(view.container.querySelectorAll('[data-testid="editor-need"]')[0], 'editor-need-down'));
    expect(needNames(view)).toEqual(['1. Strava', '2. Osobní hygiena']);
    expect(byTestId(view.container, 'editor-dirty')?.textContent).toBe('Máte neuložené změny.');
    click(byTestId(view.container.querySelectorAll('[data-testid="editor-need"]')[1], 'editor-need-remove'));
    expect(needNames(view)).toEqual(['1. Strava']);
    type(byTestId(view.container, 'editor-public_expect'), 'Informace o službě na webu kraje.');
    click(byTestId(view.container, 'editor-save'));
    await vi.waitFor(() => expect(saveVersion).toHaveBeenCalled());
    const [id, body] = saveVersion.mock.calls[0];
    expect(id).toBe(12);
    expect(body.public_expect).toBe('Informace o službě na webu kraje.');
    expect(body.needs).toEqual([
      { need_area_id: 22, description: 'Neuvaří si.', answer: 'Dovoz obědů.', activity_ids: [101] },
    ]);
  });

  it('does not save without a title and an answer for each need', () => {
    saveVersion.mockClear();
    view = show();
    type(byTestId(view.container, 'editor-title'), ' ');
    type(view.container.querySelectorAll('[data-testid="editor-need-answer"]')[0], '');
    click(byTestId(view.container, 'editor-save'));
    expect(byTestId(view.container, 'editor-problems')?.textContent).toContain('Karta musí mít název.');
    expect(byTestId(view.container, 'editor-problems')?.textContent).toContain(
      'U každé potřeby vyplňte, jak služba pomáhá.',
    );
    expect(saveVersion).not.toHaveBeenCalled();
  });

  it('offers the activities of the card form, labelled by paragraph and letter', () => {
    const items = [act4(100, 'a'), act4(101, 'b', ';pob;'), act4(102, 'c', ';ter;amb;')];
    expect(activityOptions(items, '', 'cs').map((o) => o.value)).toEqual([100, 101, 102]);
    expect(activityOptions(items, 'ter', 'cs')).toEqual([
      { value: 100, label: '§ 40 a) činnost a' },
      { value: 102, label: '§ 40 c) činnost c' },
    ]);
    expect(activityOptions(items, '', 'en')[0].label).toBe('§ 40 a) activity a');
  });
});
