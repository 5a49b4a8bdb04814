import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import csCZ from 'antd/locale/cs_CZ';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { SessionProvider } from './SessionContext';
import { FullPageSpinner, RequireAuth, RequirePermission } from './RequireAuth';
import { AppShell } from './AppShell';

const LoginPage = lazy(() => import('../features/accounts/pages/LoginPage'));
const UsersPage = lazy(() => import('../features/accounts/pages/UsersPage'));
const DashboardPage = lazy(() => import('../features/dashboard/pages/DashboardPage'));
const OrganisationsPage = lazy(() => import('../features/registry/pages/OrganisationsPage'));
const OrganisationDetailPage = lazy(() => import('../features/registry/pages/OrganisationDetailPage'));
const ServicesPage = lazy(() => import('../features/registry/pages/ServicesPage'));
const ServiceDetailPage = lazy(() => import('../features/registry/pages/ServiceDetailPage'));
const BenchmarkPage = lazy(() => import('../features/benchmark/pages/BenchmarkPage'));
const GroupDetailPage = lazy(() => import('../features/benchmark/pages/GroupDetailPage'));
const MethodologyPage = lazy(() => import('../features/benchmark/pages/MethodologyPage'));
const RoundPage = lazy(() => import('../features/benchmark/pages/RoundPage'));
const FormPage = lazy(() => import('../features/benchmark/pages/FormPage'));
const ComparisonPage = lazy(() => import('../features/benchmark/pages/ComparisonPage'));
const DeaPage = lazy(() => import('../features/benchmark/pages/DeaPage'));
const GoodPracticesPage = lazy(() => import('../features/benchmark/pages/GoodPracticesPage'));
const GoodPracticePage = lazy(() => import('../features/benchmark/pages/GoodPracticePage'));
const QualityRoutes = lazy(() => import('../features/quality/QualityRoutes'));
const AuditLogPage = lazy(() => import('../features/system/pages/AuditLogPage'));
const ComingSoonPage = lazy(() => import('../features/system/pages/ComingSoonPage'));
const NotFoundPage = lazy(() => import('../features/system/pages/NotFoundPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // 4xx answers do not get better by asking again
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

const theme = {
  token: {
    colorPrimary: '#1f6f5c',
    colorLink: '#1f6f5c',
    borderRadius: 6,
    fontFamily: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Menu: { itemSelectedBg: '#e3f0ec', itemSelectedColor: '#1f6f5c', itemHoverBg: '#f0f5f3' },
  },
};

function Routed() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth><AppShell /></RequireAuth>}>
          <Route index element={<DashboardPage />} />
          <Route path="organisations" element={<RequirePermission permission="organisations.read"><OrganisationsPage /></RequirePermission>} />
          <Route path="organisations/:id" element={<RequirePermission permission="organisations.read"><OrganisationDetailPage /></RequirePermission>} />
          <Route path="services" element={<RequirePermission permission="services.read"><ServicesPage /></RequirePermission>} />
          <Route path="services/:id" element={<RequirePermission permission="services.read"><ServiceDetailPage /></RequirePermission>} />
          <Route path="planning" element={<ComingSoonPage module="planning" />} />
          <Route path="quality/*" element={<RequirePermission permission="quality.read"><QualityRoutes /></RequirePermission>} />
          <Route path="benchmarking" element={<RequirePermission permission="benchmark.read"><BenchmarkPage /></RequirePermission>} />
          <Route path="benchmarking/groups/:id" element={<RequirePermission permission="benchmark.read"><GroupDetailPage /></RequirePermission>} />
          <Route path="benchmarking/methodologies/:id" element={<RequirePermission permission="benchmark.read"><MethodologyPage /></RequirePermission>} />
          <Route path="benchmarking/rounds/:id" element={<RequirePermission permission="benchmark.read"><RoundPage /></RequirePermission>} />
          <Route path="benchmarking/rounds/:id/services/:serviceId" element={<RequirePermission permission="benchmark.read"><FormPage /></RequirePermission>} />
          <Route path="benchmarking/rounds/:id/comparison" element={<RequirePermission permission="benchmark.read"><ComparisonPage /></RequirePermission>} />
          <Route path="benchmarking/rounds/:id/dea" element={<RequirePermission permission="benchmark.read"><DeaPage /></RequirePermission>} />
          <Route path="benchmarking/good-practices" element={<RequirePermission permission="benchmark.read"><GoodPracticesPage /></RequirePermission>} />
          <Route path="benchmarking/good-practices/:id" element={<RequirePermission permission="benchmark.read"><GoodPracticePage /></RequirePermission>} />
          <Route path="network" element={<ComingSoonPage module="network" />} />
          <Route path="people" element={<ComingSoonPage module="people" />} />
          <Route path="admin/users" element={<RequirePermission permission="users.manage"><UsersPage /></RequirePermission>} />
          <Route path="admin/audit-log" element={<RequirePermission permission="audit_log.read"><AuditLogPage /></RequirePermission>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

export default function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : csCZ} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>
              <Routed />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
