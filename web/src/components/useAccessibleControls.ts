// Names and keyboard access that some Ant Design controls do not give themselves, added in one place for the
// whole application (docs/ACCESSIBILITY.md):
// - a Select's search box (role="combobox") has no name unless each use passes one: it gets the text of its
//   form label, else its placeholder (what a sighted user reads there);
// - a Progress bar (role="progressbar") has no name: it gets "Progress: <the text it shows>";
// - a table that scrolls sideways (on a phone) cannot be scrolled with the keyboard: its scrolling box takes the
//   focus (tabindex 0) and is named by the table's card title or "Table".
// - a dialog mounted when it opens and unmounted when it closes (`{open ? <XModal/> : null}`, most of the app's)
//   loses antd's return of the focus (it runs in the after-close animation an unmounted dialog never has): when a
//   dialog goes away and the focus has fallen to the page's body, it goes back to what had it before the dialog.
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

const DIALOG = '.ant-modal-wrap, .ant-drawer, .ant-popover, .ant-select-dropdown, .ant-dropdown, .ant-picker-dropdown';

/** Gives the focus back to the element that had it before a dialog, when the dialog left it nowhere. */
export function returnFocusAfterDialogs(): { onFocusIn: (e: FocusEvent) => void; check: () => void } {
  let outside: HTMLElement | null = null;
  let dialogOpen = false;
  return {
    onFocusIn: (e) => {
      const el = e.target;
      if (el instanceof HTMLElement && !el.closest(DIALOG)) outside = el;
    },
    check: () => {
      const open = !!document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');
      if (dialogOpen && !open) {
        const now = document.activeElement;
        const lost = !now || now === document.body || !now.isConnected;
        if (lost && outside?.isConnected) outside.focus();
      }
      dialogOpen = open;
    },
  };
}

/** Keeps the page's Ant Design controls named and reachable (see above) while the component is mounted. */
export function useAccessibleControls(): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    const texts = { progress: t('a11y.progress'), table: t('a11y.table') };
    const focus = returnFocusAfterDialogs();
    let frame = 0;
    const run = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        nameControls(document, texts);
        focus.check();
      });
    };
    const observer = new MutationObserver(run);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', run);
    document.addEventListener('focusin', focus.onFocusIn);
    run();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', run);
      document.removeEventListener('focusin', focus.onFocusIn);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [t, i18n.language]);
}
