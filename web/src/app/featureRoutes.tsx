// Turns a feature's route declarations (FeatureRoute) into react-router routes, behind the permission each names.
import { Route } from 'react-router-dom';
import type { FeatureRoute } from './feature';
import { RequirePermission } from './RequireAuth';

export function featureRoutes(routes: readonly FeatureRoute[]) {
  return routes.map((r) => {
    const element = r.permission ? (
      <RequirePermission permission={r.permission}>{r.element}</RequirePermission>
    ) : (
      r.element
    );
    return r.path === '' ? (
      <Route key="index" index element={element} />
    ) : (
      <Route key={r.path} path={r.path} element={element} />
    );
  });
}
