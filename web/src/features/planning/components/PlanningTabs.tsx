// The planning section's tab bar, shared by its pages; each user sees the tabs their roles open (tabs.ts).
import { Tabs } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { planningTabForPath, visibleTabs } from '../tabs';

export function PlanningTabs() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const tabs = visibleTabs(user);
  return (
    <Tabs
      className="no-print"
      data-testid="planning-tabs"
      activeKey={planningTabForPath(location.pathname)}
      onChange={(key) => {
        const path = tabs.find((x) => x.key === key)?.path;
        if (path && window.location.pathname !== path) navigate(path);
      }}
      items={tabs.map((x) => ({
        key: x.key,
        label: (
          <Link to={x.path} data-testid={`planning-tab-${x.key}`} className="kv-tab-link" tabIndex={-1}>
            {t(`planning.tabs.${x.key}`)}
          </Link>
        ),
      }))}
      style={{ marginBottom: 8 }}
    />
  );
}
