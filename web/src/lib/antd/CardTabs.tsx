// The tabs of antd's Card (its tabList), loaded when a card with tabs first renders: vite.config.ts points Card's
// import of Tabs here. No card of the app has tabs, and Tabs would otherwise come with every Card, the sign-in
// page's and the dashboard's included.
import { lazy, Suspense } from 'react';
import type { TabsProps } from 'antd';

const Tabs = lazy(() => import('antd/es/tabs'));

export default function CardTabs(props: TabsProps) {
  return (
    <Suspense fallback={null}>
      <Tabs {...props} />
    </Suspense>
  );
}
