// @vitest-environment happy-dom
// A paged table shows every row on paper: the hook is true from beforeprint to afterprint, rendered at once.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { usePrinting } from '../usePrinting';
import { render } from '../../test/render';

function Probe() {
  return <span data-testid="printing">{usePrinting() ? 'yes' : 'no'}</span>;
}

describe('usePrinting', () => {
  it('is true while the page is printed and false again afterwards', () => {
    const r = render(<Probe />);
    const shown = () => r.container.querySelector('[data-testid="printing"]')?.textContent;
    expect(shown()).toBe('no');
    // rendered synchronously inside the event, before the browser lays the page out for print
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      expect(shown()).toBe('yes');
    });
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(shown()).toBe('no');
    r.unmount();
  });
});
