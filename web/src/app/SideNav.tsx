import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CheckCircleOutlined,
  ClusterOutlined,
  DashboardOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { NavIcon, NavItem } from './navigation';

// The side navigation: the user's pages as a list of links, grouped under "Modules" and "Administration", the
// current section marked (aria-current). It is plain HTML styled in styles/app.css (.kv-side-nav) to look as antd's
// inline Menu did: every page renders it, and antd's Menu (a roving focus over menu items, overflow measuring, some
// 50 KB of generated styles) was a good part of the first load's main-thread work (bench/RESULTS.md). Links are what
// a navigation is for: Tab moves through them, Enter opens one, and a middle click opens a new tab.

const ICONS: Record<NavIcon, ReactNode> = {
  dashboard: <DashboardOutlined />,
  organisations: <BankOutlined />,
  services: <SolutionOutlined />,
  planning: <ScheduleOutlined />,
  quality: <CheckCircleOutlined />,
  benchmarking: <BarChartOutlined />,
  network: <ClusterOutlined />,
  people: <BookOutlined />,
  users: <TeamOutlined />,
  auditLog: <AuditOutlined />,
};

function Items({ items, selected }: { items: readonly NavItem[]; selected: NavIcon | undefined }) {
  const { t } = useTranslation();
  return items.map((i) => (
    <li key={i.key}>
      <Link
        to={i.path}
        data-testid={`nav-${i.key}`}
        className={i.key === selected ? 'kv-side-nav-item kv-side-nav-item-selected' : 'kv-side-nav-item'}
        aria-current={i.key === selected ? 'page' : undefined}
      >
        <span className="kv-side-nav-icon" aria-hidden="true">
          {ICONS[i.key]}
        </span>
        <span className="kv-side-nav-label">{t(`nav.${i.key}`)}</span>
      </Link>
    </li>
  ));
}

function Group({ title, items, selected }: { title: string; items: NavItem[]; selected: NavIcon | undefined }) {
  const id = useId();
  if (!items.length) return null;
  return (
    <>
      <p className="kv-side-nav-group" id={id}>
        {title}
      </p>
      <ul aria-labelledby={id}>
        <Items items={items} selected={selected} />
      </ul>
    </>
  );
}

/** `items`: what the user may open (navigation.ts, visibleNavItems); `selected`: the current section. */
export function SideNav({ items, selected }: { items: readonly NavItem[]; selected: NavIcon | undefined }) {
  const { t } = useTranslation();
  const of = (section: NavItem['section']) => items.filter((i) => i.section === section);
  return (
    <nav aria-label={t('a11y.mainNavigation')} className="kv-side-nav">
      <ul>
        <Items items={of('main')} selected={selected} />
      </ul>
      <Group title={t('shell.modules')} items={of('modules')} selected={selected} />
      <Group title={t('shell.administration')} items={of('admin')} selected={selected} />
    </nav>
  );
}
