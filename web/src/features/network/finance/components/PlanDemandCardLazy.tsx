// The plan's financial demand card as the plan part mounts it (finance/index.ts exports it): loaded on first use,
// so that importing this part's index does not pull the session and the API into the texts' module graph.
import { Suspense, lazy } from 'react';

const Card = lazy(() => import('./PlanDemandCard').then((m) => ({ default: m.PlanDemandCard })));

export function PlanDemandCard(props: { yearFrom: number; yearTo: number }) {
  return (
    <Suspense fallback={null}>
      <Card {...props} />
    </Suspense>
  );
}
