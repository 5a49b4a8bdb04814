// antd's Result (the error, "no access" and "not found" pages), loaded when one first shows: most of its code is
// the pictures of its 403, 404 and 500 pages, which few sessions ever see, so it stays out of the first download.
import { lazy, Suspense } from 'react';
import type { ResultProps } from 'antd';

const Result = lazy(() => import('antd/es/result'));

export function LazyResult(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  );
}
