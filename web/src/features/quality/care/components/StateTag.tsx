// A state of the care pages (norm met, milestone overdue, …) as a coloured tag.
import { Tag } from 'antd';

const COLORS: Record<string, string> = {
  met: 'green',
  within: 'green',
  done: 'green',
  not_met: 'red',
  over: 'red',
  overdue: 'red',
  not_evaluated: 'default',
  no_norm: 'default',
  no_data: 'default',
  planned: 'blue',
};

export function StateTag({ state, label }: { state: string; label: string }) {
  return (
    <Tag color={COLORS[state] ?? 'default'} data-state={state}>
      {label}
    </Tag>
  );
}
