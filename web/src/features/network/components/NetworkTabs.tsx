// The network section's navigation: its parts as groups (service cards, need coverage, network and planning,
// development and financing, the public portal) and, below, the tabs of the group the page belongs to; a user sees
// only the tabs of their role (visibleTabs) and only the groups with one of them.
import { Tabs } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/SessionContext';
import { COVERAGE_TABS } from '../coverage';
import { PLAN_TABS } from '../plan';
import { FINANCE_TABS } from '../finance';
import { groupOf, groupTabs, tabForPath, visibleTabs } from '../network';

export function NetworkTabs() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = visibleTabs(useCurrentUser(), [...COVERAGE_TABS, ...PLAN_TABS, ...FINANCE_TABS]);
  const groups = groupTabs(tabs);
  const active = tabForPath(tabs, location.pathname);
  const activeGroup = active ? groupOf(active) : undefined;
  const inGroup = groups.find((g) => g.group === activeGroup)?.tabs ?? [];
  const go = (path: string | undefined) => {
    if (path && window.location.pathname !== path) navigate(path + location.search);
  };
  return (
    <div className="no-print" style={{ marginBottom: 8 }}>
      {groups.length > 1 ? (
        <Tabs
          data-testid="network-groups"
          activeKey={activeGroup}
          onChange={(key) => go(groups.find((g) => g.group === key)?.tabs[0]?.path)}
          items={groups.map((g) => ({
            key: g.group,
            label: (
              <Link
                to={g.tabs[0].path + location.search}
                data-testid={`network-group-${g.group}`}
                className="kv-tab-link"
                tabIndex={-1}
              >
                {t(`network.tabGroups.${g.group}`)}
              </Link>
            ),
          }))}
          style={{ marginBottom: 0 }}
        />
      ) : null}
      {inGroup.length > 1 || groups.length <= 1 ? (
        <Tabs
          data-testid="network-tabs"
          size="small"
          activeKey={active}
          onChange={(key) => go(tabs.find((x) => x.key === key)?.path)}
          items={(groups.length <= 1 ? tabs : inGroup).map((x) => ({
            key: x.key,
            label: (
              <Link
                to={x.path + location.search}
                data-testid={`network-tab-${x.key}`}
                className="kv-tab-link"
                tabIndex={-1}
              >
                {t(x.labelKey)}
              </Link>
            ),
          }))}
          style={{ marginBottom: 0 }}
        />
      ) : null}
    </div>
  );
}
