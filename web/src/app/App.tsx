import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import csCZ from 'antd/locale/cs_CZ';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { SessionProvider } from './SessionContext';
import { FullPageSpinner, RequireAuth } from './RequireAuth';
import { AppShell } from './AppShell';
import { FEATURES } from './features';
import { featureRoutes } from './featureRoutes';
import { routesWithMessages } from '../i18n/featureMessages';

const ALL_ROUTES = FEATURES.flatMap(routesWithMessages);
const PUBLIC_ROUTES = ALL_ROUTES.filter((r) => r.public);
const SHELL_ROUTES = ALL_ROUTES.filter((r) => !r.public);

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
        {featureRoutes(PUBLIC_ROUTES)}
        <Route
          element={
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          }
        >
          {featureRoutes(SHELL_ROUTES)}
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
