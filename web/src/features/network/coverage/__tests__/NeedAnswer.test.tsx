// @vitest-environment happy-dom
// One need of the coverage form: the four modes in words (never codes), the mediated service's field only for
// mediation, and a problem shown under the field it concerns, naming the need.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../../../i18n';
import { byTestId, click, render, type Rendered } from '../../../../test/render';
import { draftOf, type AnswerDraft } from '../answers';
import { NeedAnswer } from '../components/NeedAnswer';
import type { CoverageAnswer } from '../types';

const need: CoverageAnswer = {
  need_area_id: 7,
  need_code: 'bydleni',
  need_name: 'Bydlení',
  activities: ['§ 57 odst. 2 písm. a) poskytnutí ubytování'],
  mode: 'mediated',
  mediated_service_id: null,
  mediated_service_name: '',
  mediated_text: 'Bytový odbor města',
  clients: null,
  contacts: null,
  note: '',
};

function show(draft: AnswerDraft, errors = {}, editable = true, onChange = (_: AnswerDraft) => {}): Rendered {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <NeedAnswer need={need} draft={draft} editable={editable} errors={errors} regionCode="86" onChange={onChange} />
    </QueryClientProvider>,
  );
}

describe('NeedAnswer', () => {
  let view: Rendered | undefined;
  beforeAll(async () => {
    await i18n.changeLanguage('cs');
  });
  afterEach(() => view?.unmount());

  it('names the modes in Czech and shows the mediated service as text', () => {
    view = show(draftOf(need));
    const text = byTestId(view.container, 'cov-need-7')!.textContent!;
    expect(text).toContain('Přímo v rámci základních činností');
    expect(text).toContain('Odkazem na sociálního pracovníka obce');
    expect(text).toContain('§ 57 odst. 2 písm. a) poskytnutí ubytování');
    expect(text).not.toContain('mediated');
    expect((byTestId(view.container, 'cov-mediated-text-7') as HTMLInputElement).value).toBe('Bytový odbor města');
  });

  it('shows a problem under its field', () => {
    view = show(
      { ...draftOf({ ...need, mediated_text: '' }), mediatedBy: 'text' },
      {
        mediated: ['Potřeba „Bydlení“: u zprostředkování vyberte službu z registru, nebo ji popište.'],
      },
    );
    expect(byTestId(view.container, 'cov-error-7-mediated')?.textContent).toContain('Bydlení');
    expect(byTestId(view.container, 'cov-error-7-mode')).toBeNull();
  });

  it('asks for no mediated service outside mediation and reports the chosen mode', () => {
    let changed: AnswerDraft | null = null;
    view = show({ ...draftOf(need), mode: 'direct' }, {}, true, (d) => (changed = d));
    expect(byTestId(view.container, 'cov-mediated-7')).toBeNull();
    const none = byTestId(view.container, 'cov-mode-7-none')!;
    click(none.tagName === 'INPUT' ? none : none.querySelector('input'));
    expect(changed!.mode).toBe('none');
  });

  it('is read-only when the form cannot change', () => {
    view = show(draftOf(need), {}, false);
    const radios = byTestId(view.container, 'cov-need-7')!.querySelectorAll('input[type="radio"]');
    expect([...radios].every((r) => (r as HTMLInputElement).disabled)).toBe(true);
  });
});
