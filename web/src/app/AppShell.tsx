import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Dropdown, Grid, Layout, Segmented, Space, type MenuProps } from 'antd';
import { IdcardOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from './SessionContext';
import { navKeyForPath, visibleNavItems } from './navigation';
import { SideNav } from './SideNav';
import { FullPageSpinner } from './RequireAuth';
import { PageErrorBoundary } from './PageErrorBoundary';
import { HelpPanel } from '../components/HelpPanel';
import { helpTopicFor } from './helpTopics';
import { normaliseLanguage, type UiLanguage } from '../i18n';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { useAccessibleControls } from '../components/useAccessibleControls';
import { SecondaryText, Title } from '../components/typography';
import { LOGO_SRC } from '../components/logo';
import { TextButton } from '../components/TextButton';

// The navigation drawer of narrow screens loads when the shell first renders on one, not with every first download.
const Drawer = lazy(() => import('antd/es/drawer'));

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();
  const lang = normaliseLanguage(i18n.language);
  return (
    <Segmented<UiLanguage>
      size="small"
      data-testid="lang-switch"
      aria-label={t('shell.language')}
      value={lang}
      onChange={(v) => void setLanguage(v)}
      options={[
        {
          value: 'cs',
          label: (
            <span data-testid="lang-switch-cs" title={t('shell.languageCs')}>
              CS
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span data-testid="lang-switch-en" title={t('shell.languageEn')}>
              EN
            </span>
          ),
        },
      ]}
    />
  );
}

/** Below antd's lg breakpoint (992 px) the navigation is a drawer opened from the header. */
const WIDE_QUERY = '(min-width: 992px)';

function useWideScreen(): boolean {
  const screens = Grid.useBreakpoint();
  // before antd's observer reports (first render), ask the browser directly
  if (screens.lg !== undefined) return screens.lg;
  return typeof window === 'undefined' || !window.matchMedia || window.matchMedia(WIDE_QUERY).matches;
}

export function AppShell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { logout } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const wide = useWideScreen();
  useAccessibleControls();
  // the drawer is open on the page it was opened on: choosing a page closes it
  const [drawerOpenAt, setDrawerOpenAt] = useState<string | null>(null);
  const drawerOpen = drawerOpenAt === location.pathname;

  const navItems = useMemo(() => visibleNavItems(user.permissions), [user.permissions]);
  const selected = navKeyForPath(location.pathname);

  const userMenu: MenuProps = {
    items: [
      { key: 'name', label: user.display_name, disabled: true, className: 'kv-user-menu-name' },
      {
        key: 'profile',
        icon: <IdcardOutlined />,
        label: <span data-testid="profile-link">{t('profile.menu')}</span>,
      },
      {
        key: 'logout',
        icon: <LogoutOutlined />,
        label: <span data-testid="logout">{t('shell.logout')}</span>,
      },
    ],
    onClick: ({ key }) => {
      if (key === 'profile') navigate('/profile');
      if (key === 'logout') void logout().then(() => navigate('/login', { replace: true }));
    },
  };

  const menu = <SideNav items={navItems} selected={selected} />;

  return (
    <Layout className="kv-shell">
      <SkipLink />
      <Layout.Header className="kv-header no-print">
        {wide ? null : (
          <TextButton
            className="kv-menu-button"
            icon={<MenuOutlined />}
            onClick={() => setDrawerOpenAt(location.pathname)}
            data-testid="nav-toggle"
            aria-label={t('shell.openMenu')}
            aria-expanded={drawerOpen}
          />
        )}
        <Link to="/" className="kv-brand" data-testid="brand">
          <img src={LOGO_SRC} alt="" width={28} height={28} />
          <span className="kv-brand-name">{t('app.name')}</span>
          <span className="kv-brand-tagline">{t('app.tagline')}</span>
        </Link>
        <Space size="middle" className="kv-header-right">
          <LanguageSwitch />
          <NotificationBell />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <TextButton
              className="kv-user-button"
              icon={<UserOutlined />}
              data-testid="user-menu"
              // the name begins with the visible text (the user's name), as speech input expects
              aria-label={`${user.display_name}, ${t('shell.userMenu')}`}
            >
              <span data-testid="current-user-name" className="kv-user-name">
                {user.display_name}
              </span>
            </TextButton>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={232} theme="light" className="kv-sider no-print" data-testid="side-nav">
            {menu}
          </Layout.Sider>
        ) : (
          <Suspense fallback={null}>
            <Drawer
              placement="left"
              width={280}
              open={drawerOpen}
              onClose={() => setDrawerOpenAt(null)}
              title={t('shell.menu')}
              className="kv-nav-drawer no-print"
              styles={{ body: { padding: 0 } }}
            >
              <div data-testid="side-nav">{menu}</div>
            </Drawer>
          </Suspense>
        )}
        <Layout.Content className="kv-content" id="main" tabIndex={-1}>
          <PageErrorBoundary resetKey={location.pathname}>
            <RouteHelp pathname={location.pathname} />
            <Suspense fallback={<FullPageSpinner />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The help panel of the module page at `pathname` (app/helpTopics.ts); nothing on pages without help. */
function RouteHelp({ pathname }: { pathname: string }) {
  const topic = helpTopicFor(pathname);
  return topic ? <HelpPanel key={topic.key} topic={topic} /> : null;
}

/**
 * "Skip to content": the first focusable element of every page, shown when it has the keyboard's focus; moves
 * the focus to the page's main landmark (#main), past the header and the navigation.
 */
function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="kv-skip-link"
      data-testid="skip-link"
      onClick={(e) => {
        const main = document.getElementById('main');
        if (!main) return;
        e.preventDefault();
        main.focus();
        main.scrollIntoView();
      }}
    >
      {t('a11y.skipToContent')}
    </a>
  );
}

export function PageHeader({ title, extra, subtitle }: { title: ReactNode; extra?: ReactNode; subtitle?: ReactNode }) {
  return (
    <div className="kv-page-header">
      <div>
        <Title level={2} className="kv-page-title" data-testid="page-title">
          {title}
        </Title>
        {subtitle ? <SecondaryText>{subtitle}</SecondaryText> : null}
      </div>
      {extra ? (
        <Space wrap className="no-print">
          {extra}
        </Space>
      ) : null}
    </div>
  );
}
