import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
// es/ (not antd/locale, which is CommonJS): the same modules as antd's own default (English) texts
import csCZ from 'antd/es/locale/cs_CZ';
import enUS from 'antd/es/locale/en_US';
import { useTranslation } from 'react-i18next';
import { SessionProvider, type EarlySession } from './SessionContext';
import { FullPageSpinner, RequireAuth } from './RequireAuth';
import { AppShell } from './AppShell';
import { FEATURES } from './features';
import { featureRoutes } from './featureRoutes';
import { routesWithMessages } from '../i18n/featureMessages';
import { FeedbackHost } from './feedback';
import { queryClient } from './queryClient';
import { appTheme, prefersReducedMotion } from './theme';

const ALL_ROUTES = FEATURES.flatMap(routesWithMessages);
const PUBLIC_ROUTES = ALL_ROUTES.filter((r) => r.public);
const SHELL_ROUTES = ALL_ROUTES.filter((r) => !r.public);

const theme = appTheme(!prefersReducedMotion());

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

/** `session`: the session check already started (app/startup.ts), taken for the first one. */
export default function App({ session }: { session?: EarlySession }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : csCZ} theme={theme}>
      {/* What antd's App was: the text's colour, size and font under everything (styles/app.css, .kv-app) and the
          holders of messages and dialogs (feedback.tsx). */}
      <div className="kv-app">
        <FeedbackHost />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider initial={session}>
              <Routed />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </div>
    </ConfigProvider>
  );
}
