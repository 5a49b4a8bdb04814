// Small shared pieces of the care pages.
import { lazy, Suspense } from 'react';
import { Skeleton, Tag } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';

const EChart = lazy(() => import('../../../components/charts/EChart'));

export function Chart({ option, height = 280, testId, data }: {
  option: EChartsCoreOption; height?: number; testId: string; data?: Record<string, string | number>;
}) {
  return (
    <Suspense fallback={<Skeleton active />}>
      <EChart option={option} height={height} testId={testId} data={data} />
    </Suspense>
  );
}

const COLORS: Record<string, string> = {
  met: 'green', within: 'green', done: 'green', not_met: 'red', over: 'red', overdue: 'red',
  not_evaluated: 'default', no_norm: 'default', no_data: 'default', planned: 'blue',
};

export function StateTag({ state, label }: { state: string; label: string }) {
  return <Tag color={COLORS[state] ?? 'default'} data-state={state}>{label}</Tag>;
}
