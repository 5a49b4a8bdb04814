// The one "type to search" picker of the app: the typed text, settled for 250 ms, is sent to the server (first
// matches only), and the answer becomes the options. Parametrised by the fetch function, its cache key and how an
// item becomes an option; the chosen value keeps its label when the next search no longer lists it.
import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';

export const SEARCH_DEBOUNCE_MS = 250;

export interface SearchOption {
  value: number;
  label: string;
}

export interface SearchSelectProps<T> {
  value?: number;
  onChange?: (v: number | undefined) => void;
  /** The cache key of one search (the typed text, trimmed, is its last part). */
  queryKey: (q: string) => QueryKey;
  /** Asks the server for the items matching the typed text ('' = the first ones). */
  fetch: (q: string) => Promise<{ items: readonly T[] }>;
  toOption: (item: T) => SearchOption;
  /** Labels of values chosen before (e.g. loaded with the record), so the current value shows before any search. */
  knownLabels?: ReadonlyMap<number, string>;
  placeholder: string;
  allowClear?: boolean;
  testId?: string;
  /** Prefix of each option's data-testid (`<prefix>-option-<value>`); testId by default. */
  optionTestId?: string;
  /** Said when the search finds nothing (antd's empty picture when not given). */
  notFoundText?: string;
}

/** The text typed last, once typing has paused for `ms`. */
export function useDebounced(value: string, ms = SEARCH_DEBOUNCE_MS): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return settled;
}

/**
 * Options, each once: the current value (when its label is known) and the search's items. Before anything is
 * typed the current value comes first; while the user types, the matches come first and the current value
 * last, so Enter picks the first match rather than the value being replaced.
 */
export function searchOptions(
  value: number | undefined,
  known: ReadonlyMap<number, string>,
  found: readonly SearchOption[],
  searching = false,
): SearchOption[] {
  const map = new Map<number, string>();
  const current = value !== undefined && known.has(value);
  if (current && !searching) map.set(value, known.get(value)!);
  for (const o of found) map.set(o.value, o.label);
  if (current && searching && !map.has(value)) map.set(value, known.get(value)!);
  return [...map].map(([v, label]) => ({ value: v, label }));
}

export function SearchSelect<T>({
  value,
  onChange,
  queryKey,
  fetch,
  toOption,
  knownLabels,
  placeholder,
  allowClear,
  testId,
  optionTestId,
  notFoundText,
}: SearchSelectProps<T>) {
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const [chosen, setChosen] = useState<ReadonlyMap<number, string>>(new Map());
  const search = useQuery({ queryKey: queryKey(q), queryFn: () => fetch(q), placeholderData: keepPreviousData });
  const known = useMemo(() => new Map([...(knownLabels ?? []), ...chosen]), [knownLabels, chosen]);
  const options = useMemo(
    () => searchOptions(value, known, (search.data?.items ?? []).map(toOption), typed.trim() !== ''),
    [search.data, value, known, toOption, typed],
  );
  const prefix = optionTestId ?? testId ?? 'search-select';
  return (
    <Select<number>
      data-testid={testId}
      showSearch
      allowClear={allowClear}
      value={value}
      placeholder={placeholder}
      // the placeholder names the field for screen readers, also once a value hides it
      aria-label={placeholder}
      filterOption={false}
      onSearch={setTyped}
      onChange={(v) => {
        const o = options.find((x) => x.value === v);
        if (o) setChosen(new Map(chosen).set(o.value, o.label));
        onChange?.(v);
      }}
      loading={search.isFetching}
      notFoundContent={notFoundText === undefined ? undefined : search.isFetching ? null : notFoundText}
      options={options}
      optionRender={(o) => <span data-testid={`${prefix}-option-${o.value}`}>{o.label}</span>}
      style={{ width: '100%' }}
    />
  );
}
