import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * List state kept in the URL query string. `setState(next, {replace})`: replace for typing,
 * push (default) for deliberate changes so Back returns to the previous view.
 */
export function useUrlState<T>(parse: (search: string) => T, serialize: (state: T) => string) {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parse(location.search), [parse, location.search]);
  const setState = useCallback(
    (next: T, opts?: { replace?: boolean }) => {
      const search = serialize(next);
      if (search !== location.search) navigate({ pathname: location.pathname, search }, { replace: opts?.replace });
    },
    [serialize, navigate, location.pathname, location.search],
  );
  return [state, setState] as const;
}
