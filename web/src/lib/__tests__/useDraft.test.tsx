// @vitest-environment happy-dom
// A filter box's draft: typing changes only the draft; a new value from outside (back button, reset) replaces it.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useDraft } from '../useDraft';
import { byTestId, click, render } from '../../test/render';

function Box({ source }: { source: string }) {
  const [draft, setDraft] = useDraft(source);
  return (
    <>
      <span data-testid="draft">{draft}</span>
      <button data-testid="type" onClick={() => setDraft('domov pro')} />
    </>
  );
}

describe('useDraft', () => {
  it('starts from the source, keeps what is typed, and follows a changed source', () => {
    const r = render(<Box source="domov" />);
    const shown = () => r.container.querySelector('[data-testid="draft"]')?.textContent;
    expect(shown()).toBe('domov');
    click(byTestId(r.container, 'type'));
    expect(shown()).toBe('domov pro');
    act(() => r.root.render(<Box source="domov" />));
    expect(shown()).toBe('domov pro');
    act(() => r.root.render(<Box source="" />));
    expect(shown()).toBe('');
    r.unmount();
  });
});
