// A title above a big value with the look of antd's Statistic, in plain markup styled in styles/app.css
// (.kv-statistic). The dashboard's overview uses it.
import type { ReactNode } from 'react';

export function PlainStatistic({ title, value }: { title: ReactNode; value: ReactNode }) {
  return (
    <div className="kv-statistic">
      <div className="kv-statistic-title">{title}</div>
      <div className="kv-statistic-content">
        <span className="kv-statistic-content-value">{value}</span>
      </div>
    </div>
  );
}
