// Whether the page is being printed (Ctrl+P or print media), so that a paged table can show every row on paper.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

function printMedia(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('print')
    : undefined;
}

/** True from the browser's beforeprint to its afterprint (rendered at once, before the page is laid out for print). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => !!printMedia()?.matches);
  useEffect(() => {
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(false);
    const media = printMedia();
    const change = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}
