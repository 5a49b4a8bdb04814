// The quality section's tab bar, shared by its pages (the care pages included).
import { Tabs } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export const QUALITY_TABS = [
  { key: 'overview', path: '/quality' },
  { key: 'audits', path: '/quality/audits' },
  { key: 'actions', path: '/quality/actions' },
  { key: 'standards', path: '/quality/standards' },
  { key: 'templates', path: '/quality/templates' },
  { key: 'ospod', path: '/quality/care/ospod' },
  { key: 'supervision', path: '/quality/care/supervision' },
  { key: 'transformation', path: '/quality/care/transformation' },
] as const;

/** The tab a path belongs to: the longest matching prefix ("/quality/audits/3" → audits). */
export function qualityTabForPath(pathname: string): string {
  let best: (typeof QUALITY_TABS)[number] = QUALITY_TABS[0];
  for (const tab of QUALITY_TABS) {
    if ((pathname === tab.path || pathname.startsWith(`${tab.path}/`)) && tab.path.length > best.path.length)
      best = tab;
  }
  return best.key;
}

export function QualityTabs() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const active = qualityTabForPath(location.pathname);
  return (
    <Tabs
      className="no-print"
      data-testid="quality-tabs"
      activeKey={active}
      // The labels are links (open in a new tab, seen by crawlers); the keyboard switches tabs through onChange.
      // A click runs both: the link has already moved to the path, so onChange then does nothing. The links are out
      // of the Tab order (tabIndex -1): the tab around each takes the focus, and rc-tabs pulls the focus from
      // anything inside a tab back to the tab, so a focusable link there held the keyboard (Tab went nowhere).
      onChange={(key) => {
        const path = QUALITY_TABS.find((x) => x.key === key)!.path;
        if (window.location.pathname !== path) navigate(path);
      }}
      items={QUALITY_TABS.map((x) => ({
        key: x.key,
        label: (
          <Link to={x.path} data-testid={`quality-tab-${x.key}`} className="kv-tab-link" tabIndex={-1}>
            {t(`quality.tabs.${x.key}`)}
          </Link>
        ),
      }))}
      style={{ marginBottom: 8 }}
    />
  );
}
