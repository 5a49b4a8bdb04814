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

const ALL_ROUTES = FEATURES.flatMap(routesWithMessages);
const PUBLIC_ROUTES = ALL_ROUTES.filter((r) => r.public);
const SHELL_ROUTES = ALL_ROUTES.filter((r) => !r.public);

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

const theme = {
  token: {
    colorPrimary: '#1f6f5c',
    colorLink: '#1f6f5c',
    // a link under the mouse gets darker, not lighter (antd's lighter hover shade is below 4.5:1)
    colorLinkHover: '#14503f',
    borderRadius: 6,
    // no zooming dialogs, sliding drawers or fading pop-overs for whoever asks the system for less motion (WCAG
    // 2.3.3); the browser tests ask for it too, so a click never lands on a dialog still moving in
    motion: !prefersReducedMotion(),
    // secondary texts (descriptions, statistic titles, menu group titles, breadcrumbs, labels of descriptions) at
    // 7:1 against white instead of antd's 0.45 black (3.4:1, below WCAG AA's 4.5:1 for small text)
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    // errors and danger buttons in red at 5.9:1 (antd's #ff4d4f is 3.3:1)
    colorError: '#cf1322',
    fontFamily: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Menu: { itemSelectedBg: '#e3f0ec', itemSelectedColor: '#1f6f5c', itemHoverBg: '#f0f5f3' },
    // a tab under the mouse darker, not lighter (antd's hover shade of the primary colour is 4.47:1 on grey)
    Tabs: { itemHoverColor: '#14503f' },
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
