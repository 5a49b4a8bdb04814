// The people section's tab bar; the region's aggregate tab only for region staff and the platform administrator.
import { Tabs } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { peopleTabForPath, visibleTabs } from '../people';

export function PeopleTabs() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = visibleTabs(useCurrentUser());
  return (
    <Tabs
      className="no-print"
      data-testid="people-tabs"
      activeKey={peopleTabForPath(location.pathname)}
      onChange={(key) => {
        const path = tabs.find((x) => x.key === key)?.path;
        if (path && window.location.pathname !== path) navigate(path);
      }}
      items={tabs.map((x) => ({
        key: x.key,
        label: (
          <Link to={x.path} data-testid={`people-tab-${x.key}`} className="kv-tab-link" tabIndex={-1}>
            {t(`people.tabs.${x.key}`)}
          </Link>
        ),
      }))}
      style={{ marginBottom: 8 }}
    />
  );
}
