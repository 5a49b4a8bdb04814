// The network section's tab bar: the cards part's tabs by role, then the coverage part's tabs (COVERAGE_TABS).
import { Tabs } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { COVERAGE_TABS } from '../coverage';
import { PLAN_TABS } from '../plan';
import { FINANCE_TABS } from '../finance';
import { tabForPath, visibleTabs } from '../network';

export function NetworkTabs() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = visibleTabs(useCurrentUser(), [...COVERAGE_TABS, ...PLAN_TABS, ...FINANCE_TABS]);
  return (
    <Tabs
      className="no-print"
      data-testid="network-tabs"
      activeKey={tabForPath(tabs, location.pathname)}
      onChange={(key) => {
        const path = tabs.find((x) => x.key === key)?.path;
        if (path && window.location.pathname !== path) navigate(path + location.search);
      }}
      items={tabs.map((x) => ({
        key: x.key,
        label: (
          <Link to={x.path + location.search} data-testid={`network-tab-${x.key}`} className="kv-tab-link">
            {t(x.labelKey)}
          </Link>
        ),
      }))}
      style={{ marginBottom: 8 }}
    />
  );
}
