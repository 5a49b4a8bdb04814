import type { Page } from '../api/types';

export interface Progress {
  loaded: number;
  total: number;
}

/**
 * Fetches every page of a list, one after the other, reporting progress. Stops when the server
 * has given `total` items or a page comes back short (so a list that shrinks meanwhile ends too).
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
  pageSize: number,
  onProgress?: (p: Progress) => void,
  signal?: AbortSignal,
  maxPages = 10_000,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const res = await fetchPage(page, pageSize);
    items.push(...res.items);
    onProgress?.({ loaded: items.length, total: Math.max(res.total, items.length) });
    if (res.items.length < pageSize || items.length >= res.total) break;
  }
  return items;
}
