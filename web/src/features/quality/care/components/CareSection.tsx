// The care pages under /quality/care/* (CARE_ROUTES).
import { Suspense } from 'react';
import { Skeleton } from 'antd';
import { Routes } from 'react-router-dom';
import { featureRoutes } from '../../../../app/featureRoutes';
import { CARE_ROUTES } from '../routes';

export default function CareSection() {
  return (
    <Suspense fallback={<Skeleton active />}>
      <Routes>{featureRoutes(CARE_ROUTES)}</Routes>
    </Suspense>
  );
}
