// Names and keyboard access that some Ant Design controls do not give themselves, added in one place for the
// whole application (docs/ACCESSIBILITY.md):
// - a Select's search box (role="combobox") has no name unless each use passes one: it gets the text of its
//   form label, else its placeholder (what a sighted user reads there);
// - a Progress bar (role="progressbar") has no name: it gets "Progress: <the text it shows>";
// - a table that scrolls sideways (on a phone) cannot be scrolled with the keyboard: its scrolling box takes the
//   focus (tabindex 0) and is named by the table's card title or "Table".
// Runs after every change of the page (a MutationObserver) and on resize; it never overwrites a name a page gave.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const NAMED = ['aria-label', 'aria-labelledby'];

function hasName(el: Element): boolean {
  if (NAMED.some((a) => el.getAttribute(a))) return true;
  const id = el.getAttribute('id');
  return !!id && !!document.querySelector(`label[for="${CSS.escape(id)}"]`);
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function nameControls(root: ParentNode, texts: { progress: string; table: string }): void {
  for (const input of root.querySelectorAll('.ant-select input[role="combobox"]')) {
    if (hasName(input)) continue;
    const select = input.closest('.ant-select');
    const label =
      text(input.closest('.ant-form-item')?.querySelector('.ant-form-item-label label')) ||
      text(select?.querySelector('.ant-select-selection-placeholder')) ||
      select?.getAttribute('title') ||
      '';
    if (label) input.setAttribute('aria-label', label);
  }
  for (const bar of root.querySelectorAll('[role="progressbar"]')) {
    if (hasName(bar)) continue;
    const shown = text(bar.querySelector('.ant-progress-text')) || `${bar.getAttribute('aria-valuenow') ?? ''} %`;
    bar.setAttribute('aria-label', `${texts.progress}: ${shown}`);
  }
  for (const box of root.querySelectorAll('.ant-table-content, .ant-table-body')) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      const card = box.closest('.ant-card');
      box.setAttribute('aria-label', text(card?.querySelector('.ant-card-head-title')) || texts.table);
      box.setAttribute('data-kv-scroll-focus', '');
    } else if (!scrolls && box.hasAttribute('data-kv-scroll-focus')) {
      for (const a of ['tabindex', 'role', 'aria-label', 'data-kv-scroll-focus']) box.removeAttribute(a);
    }
  }
}

/** Keeps the page's Ant Design controls named and reachable (see above) while the component is mounted. */
export function useAccessibleControls(): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    const texts = { progress: t('a11y.progress'), table: t('a11y.table') };
    let frame = 0;
    const run = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        nameControls(document, texts);
      });
    };
    const observer = new MutationObserver(run);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', run);
    run();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', run);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [t, i18n.language]);
}
