// @vitest-environment happy-dom
// The names and keyboard access added to Ant Design controls in one place (useAccessibleControls.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { nameControls, returnFocusAfterDialogs } from '../useAccessibleControls';

const TEXTS = { progress: 'Průběh', table: 'Tabulka' };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('nameControls', () => {
  it('names a select by its form label, else by its placeholder, and keeps a name a page gave', () => {
    document.body.innerHTML = `
      <div class="ant-form-item"><div class="ant-form-item-label"><label>Závažnost</label></div>
        <div class="ant-select"><input role="combobox" id="a"></div></div>
      <div class="ant-select"><span class="ant-select-selection-placeholder">Vyberte kraj</span><input role="combobox" id="b"></div>
      <div class="ant-select"><input role="combobox" id="c" aria-label="Vlastní"></div>
      <label for="d">Rok</label><div class="ant-select"><input role="combobox" id="d"></div>`;
    nameControls(document, TEXTS);
    const name = (id: string) => document.getElementById(id)!.getAttribute('aria-label');
    expect(name('a')).toBe('Závažnost');
    expect(name('b')).toBe('Vyberte kraj');
    expect(name('c')).toBe('Vlastní');
    expect(name('d')).toBeNull(); // its <label for> names it
  });

  it('names a progress bar by the text it shows', () => {
    document.body.innerHTML = `
      <div role="progressbar" id="p" aria-valuenow="40"><span class="ant-progress-text">4/10</span></div>
      <div role="progressbar" id="q" aria-valuenow="75"></div>`;
    nameControls(document, TEXTS);
    expect(document.getElementById('p')!.getAttribute('aria-label')).toBe('Průběh: 4/10');
    expect(document.getElementById('q')!.getAttribute('aria-label')).toBe('Průběh: 75 %');
  });

  it('makes a table that scrolls sideways focusable, and takes it back when it no longer scrolls', () => {
    document.body.innerHTML = `<div class="ant-card"><div class="ant-card-head-title">Pracovníci</div>
      <div class="ant-table-content" id="t"></div></div>`;
    const box = document.getElementById('t')!;
    let wide = 900;
    Object.defineProperty(box, 'scrollWidth', { get: () => wide });
    Object.defineProperty(box, 'clientWidth', { get: () => 360 });
    nameControls(document, TEXTS);
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('role')).toBe('region');
    expect(box.getAttribute('aria-label')).toBe('Pracovníci');
    wide = 360;
    nameControls(document, TEXTS);
    expect(box.hasAttribute('tabindex')).toBe(false);
    expect(box.hasAttribute('role')).toBe(false);
  });
});

describe('returnFocusAfterDialogs', () => {
  it('gives the focus back to the button that opened a dialog the page removed', () => {
    document.body.innerHTML = `<button id="open">Přidat zjištění</button>`;
    const opener = document.getElementById('open')!;
    const focus = returnFocusAfterDialogs();
    document.addEventListener('focusin', focus.onFocusIn);
    opener.focus();
    // the dialog opens and takes the focus
    const wrap = document.createElement('div');
    wrap.className = 'ant-modal-wrap';
    wrap.innerHTML = `<div class="ant-modal"><textarea id="text"></textarea></div>`;
    document.body.appendChild(wrap);
    document.getElementById('text')!.focus();
    focus.check();
    // the page unmounts it: the focus falls to the body, then comes back to the opener
    wrap.remove();
    expect(document.activeElement === document.body || document.activeElement === null).toBe(true);
    focus.check();
    expect(document.activeElement).toBe(opener);
    document.removeEventListener('focusin', focus.onFocusIn);
  });
});
