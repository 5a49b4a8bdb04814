import { describe, expect, it } from 'vitest';
import { fetchAllPages, type Progress } from '../paging';

function source(total: number) {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  const calls: Array<[number, number]> = [];
  const fetchPage = async (page: number, size: number) => {
    calls.push([page, size]);
    return { items: all.slice((page - 1) * size, page * size), total, page, page_size: size };
  };
  return { fetchPage, calls };
}

describe('fetchAllPages', () => {
  it('fetches every page in order and reports progress', async () => {
    const { fetchPage, calls } = source(450);
    const progress: Progress[] = [];
    const items = await fetchAllPages(fetchPage, 200, (p) => progress.push(p));
    expect(items).toHaveLength(450);
    expect(items[449]).toBe(450);
    expect(calls).toEqual([
      [1, 200],
      [2, 200],
      [3, 200],
    ]);
    expect(progress).toEqual([
      { loaded: 200, total: 450 },
      { loaded: 400, total: 450 },
      { loaded: 450, total: 450 },
    ]);
  });

  it('makes one call for an empty list and for an exact multiple stops at total', async () => {
    const empty = source(0);
    expect(await fetchAllPages(empty.fetchPage, 200)).toEqual([]);
    expect(empty.calls).toHaveLength(1);
    const exact = source(400);
    expect(await fetchAllPages(exact.fetchPage, 200)).toHaveLength(400);
    expect(exact.calls).toHaveLength(2);
  });

  it('stops when aborted', async () => {
    const { fetchPage } = source(1000);
    const ctrl = new AbortController();
    const run = fetchAllPages(fetchPage, 200, (p) => p.loaded >= 400 && ctrl.abort(), ctrl.signal);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
