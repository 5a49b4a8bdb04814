// The quality section's tab bar, shared by its pages (the care pages included).
import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
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
    if ((pathname === tab.path || pathname.startsWith(`${tab.path}/`)) && tab.path.length > best.path.length) best = tab;
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
      onChange={(key) => navigate(QUALITY_TABS.find((x) => x.key === key)!.path)}
      items={QUALITY_TABS.map((x) => ({ key: x.key, label: <span data-testid={`quality-tab-${x.key}`}>{t(`quality.tabs.${x.key}`)}</span> }))}
      style={{ marginBottom: 8 }}
    />
  );
}
