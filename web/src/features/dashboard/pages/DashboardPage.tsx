// The start page: what the caller's role has to do next (forms to fill or review, open rounds, groups
// waiting for their next round, corrective actions, audits to score or close), each with links, and an
// overview of the region for its staff. Cards come from planCards (dashboard.ts).
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PlainList, PlainListItem } from '../../../components/PlainList';
import { PlainCol, PlainRow } from '../../../components/PlainGrid';
import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { useCurrentUser } from '../../../app/SessionContext';
import { hasPermission } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SecondaryText } from '../../../components/typography';
import { formatDate, formatNumber } from '../../../lib/format';
import { organisationTypeColor } from '../../registry/organisationTypes';
import { PlainTag } from '../../../components/PlainTag';
import { PlainCount } from '../../../components/PlainCount';
import { PlainStatistic } from '../../../components/PlainStatistic';
import { useDashboard } from '../api';
import { formStateKey, moreCount, planCards, showAllLink, type CardKey } from '../dashboard';
import { GroupsWaitingList, OpenRoundsList } from '../components/RoundLists';
import type { Dashboard, DashActionList, DashAuditList, DashFormList } from '../types';

const SHOW_ALL: Partial<Record<CardKey, string>> = {
  formsToFill: '/benchmarking',
  formsToReview: '/benchmarking',
  openRounds: '/benchmarking',
  groupsWaiting: '/benchmarking',
  actionsOverdue: '/quality/actions?overdue=1',
  actionsDueSoon: '/quality/actions',
  actionsToVerify: '/quality/actions?status=done',
  auditsToScore: '/quality/audits?status=draft',
  auditsToClose: '/quality/audits?status=draft',
};

function DashCard({
  k,
  count,
  link,
  children,
}: {
  k: CardKey;
  count: number;
  link: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const all = link;
  return (
    <Card
      data-testid={`dash-${k}`}
      // the title wraps on a phone instead of being cut ("Opatření s blížícím se ter…")
      title={
        <span className="kv-card-title-wrap" data-testid={`dash-${k}-title`}>
          {t(`home.${k}.title`)} {count > 0 ? <PlainCount count={count} color="#1f6f5c" overflowCount={999} /> : null}
        </span>
      }
      extra={
        all ? (
          <Link to={all} data-testid={`dash-${k}-all`}>
            {t('home.showAll')}
          </Link>
        ) : null
      }
    >
      {children}
    </Card>
  );
}

function EmptyHint({ text, testId }: { text: string; testId: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} data-testid={testId} />;
}

function More({ list }: { list: { items: unknown[]; total: number } }) {
  const { t } = useTranslation();
  const n = moreCount(list);
  return n > 0 ? <SecondaryText>{t('home.more', { n })}</SecondaryText> : null;
}

function FormsList({ list, k }: { list: DashFormList; k: CardKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PlainList>
        {list.items.map((f) => (
          <PlainListItem
            key={`dash-form-${f.round_id}-${f.service_id}`}
            data-testid={`dash-form-${f.round_id}-${f.service_id}`}
            title={<Link to={`/benchmarking/rounds/${f.round_id}/services/${f.service_id}`}>{f.service_name}</Link>}
            description={
              <>
                {k === 'formsToReview' ? `${f.provider_name} · ` : ''}
                {f.group_name}, {f.round_name}
                {f.deadline ? ` · ${formatDate(f.deadline)}` : ''}
              </>
            }
          >
            <PlainTag>{t(`home.formState.${formStateKey(f.status)}`)}</PlainTag>
          </PlainListItem>
        ))}
      </PlainList>
      <More list={list} />
    </>
  );
}

function ActionsList({ list, k }: { list: DashActionList; k: CardKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PlainList>
        {list.items.map((a) => (
          <PlainListItem
            key={`dash-action-${a.id}`}
            data-testid={`dash-action-${a.id}`}
            title={<Link to={`/quality/actions/${a.id}`}>{a.text}</Link>}
            description={
              <>
                <Link to={`/quality/audits/${a.audit_id}`}>{a.audit_title}</Link>
                {' · '}
                {a.service_name || a.organisation_name}
              </>
            }
          >
            {k === 'actionsOverdue' ? (
              <PlainTag color="error">{t('home.actionsOverdue.days', { n: a.days_overdue })}</PlainTag>
            ) : null}
            {k === 'actionsDueSoon' ? (
              <PlainTag color="warning">
                {a.days_left === 0 ? t('home.actionsDueSoon.today') : t('home.actionsDueSoon.days', { n: a.days_left })}
              </PlainTag>
            ) : null}
            {k === 'actionsToVerify' ? <PlainTag>{formatDate(a.due_date)}</PlainTag> : null}
          </PlainListItem>
        ))}
      </PlainList>
      <More list={list} />
    </>
  );
}

function AuditsList({ list }: { list: DashAuditList }) {
  const { t } = useTranslation();
  return (
    <>
      <PlainList>
        {list.items.map((a) => (
          <PlainListItem
            key={`dash-audit-${a.id}`}
            data-testid={`dash-audit-${a.id}`}
            title={<Link to={`/quality/audits/${a.id}`}>{a.title}</Link>}
            description={
              <>
                {t(`quality.auditType.${a.type}`)} · {a.service_name || a.organisation_name}
                {a.ends_on ? ` · ${formatDate(a.ends_on)}` : ''}
              </>
            }
          >
            <SecondaryText>
              {t('home.auditsToScore.progress', { assessed: a.assessed, criteria: a.criteria })}
            </SecondaryText>
          </PlainListItem>
        ))}
      </PlainList>
      <More list={list} />
    </>
  );
}

function OverviewCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const o = d.overview!;
  const items: { key: string; value: number; link: string }[] = [
    { key: 'servicesActive', value: o.services_active, link: '/services' },
    { key: 'providers', value: o.providers, link: '/organisations?type=provider' },
    ...(d.quality
      ? [
          { key: 'auditsDraft', value: o.audits_draft, link: '/quality/audits?status=draft' },
          { key: 'auditsClosed', value: o.audits_closed, link: '/quality/audits?status=closed' },
          { key: 'actionsOpen', value: o.actions_open, link: '/quality/actions' },
          { key: 'actionsOverdue', value: o.actions_overdue, link: '/quality/actions?overdue=1' },
        ]
      : []),
    ...(d.benchmark
      ? [
          { key: 'roundsOpen', value: o.rounds_open, link: '/benchmarking' },
          {
            key: 'formsSubmitted',
            value: o.forms_submitted,
            link: showAllLink('formsToReview', d, '/benchmarking') ?? '/benchmarking',
          },
        ]
      : []),
  ];
  return (
    <Card data-testid="dash-overview" title={t('home.overview.title')}>
      <PlainRow>
        {items.map((i) => (
          <PlainCol key={i.key} xs={12} md={6}>
            <Link to={i.link} data-testid={`dash-overview-${i.key}`}>
              <PlainStatistic title={t(`home.overview.${i.key}`)} value={formatNumber(i.value)} />
            </Link>
          </PlainCol>
        ))}
      </PlainRow>
    </Card>
  );
}

function CardBody({ k, d, manage }: { k: CardKey; d: Dashboard; manage: boolean }) {
  const { t } = useTranslation();
  const empty = (text: string) => <EmptyHint text={text} testId={`dash-${k}-empty`} />;
  switch (k) {
    case 'formsToFill':
      return d.forms_to_fill.total ? <FormsList list={d.forms_to_fill} k={k} /> : empty(t('home.formsToFill.empty'));
    case 'formsToReview':
      return d.forms_to_review.total ? (
        <FormsList list={d.forms_to_review} k={k} />
      ) : (
        empty(t('home.formsToReview.empty'))
      );
    case 'openRounds':
      if (!d.open_rounds.length) return empty(t(manage ? 'home.openRounds.emptyManage' : 'home.openRounds.empty'));
      return <OpenRoundsList rounds={d.open_rounds} />;
    case 'groupsWaiting':
      return <GroupsWaitingList groups={d.groups_waiting} />;
    case 'actionsOverdue':
      return d.actions_overdue.total ? (
        <ActionsList list={d.actions_overdue} k={k} />
      ) : (
        empty(t('home.actionsOverdue.empty'))
      );
    case 'actionsDueSoon':
      return d.actions_due_soon.total ? (
        <ActionsList list={d.actions_due_soon} k={k} />
      ) : (
        empty(t('home.actionsDueSoon.empty'))
      );
    case 'actionsToVerify':
      return d.actions_to_verify.total ? (
        <ActionsList list={d.actions_to_verify} k={k} />
      ) : (
        empty(t('home.actionsToVerify.empty'))
      );
    case 'auditsToScore':
      return d.audits_to_score.total ? <AuditsList list={d.audits_to_score} /> : empty(t('home.auditsToScore.empty'));
    case 'auditsToClose':
      return d.audits_to_close.total ? <AuditsList list={d.audits_to_close} /> : empty(t('home.auditsToClose.empty'));
    default:
      return null;
  }
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const dash = useDashboard();
  // Working groups are run by region staff: a provider's manager holds benchmark.manage by role but runs none.
  const regionStaff = user.platform_admin || user.memberships.some((m) => m.organisation_type === 'region');
  const perms = {
    submit: hasPermission(user.permissions, 'benchmark.submit'),
    manageBenchmark: regionStaff && hasPermission(user.permissions, 'benchmark.manage'),
    assess: hasPermission(user.permissions, 'quality.assess'),
  };
  const cards = dash.data ? planCards(dash.data, perms) : [];

  return (
    <div data-testid="dashboard-page">
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.welcome', { name: user.display_name })} />
      {dash.error ? <ErrorAlert error={dash.error} onRetry={() => dash.refetch()} /> : null}
      {dash.isPending ? <Skeleton active /> : null}
      <PlainRow>
        {cards.map((c) => (
          <PlainCol key={c.key} xs={24} lg={c.key === 'overview' ? 24 : 12}>
            {c.key === 'overview' && dash.data ? (
              <OverviewCard d={dash.data} />
            ) : (
              <DashCard
                k={c.key}
                count={c.count}
                link={dash.data ? showAllLink(c.key, dash.data, SHOW_ALL[c.key]) : SHOW_ALL[c.key]}
              >
                {dash.data ? <CardBody k={c.key} d={dash.data} manage={perms.manageBenchmark} /> : null}
              </DashCard>
            )}
          </PlainCol>
        ))}
        {dash.data && cards.length === 0 ? (
          <PlainCol xs={24}>
            <Card>
              <EmptyHint text={t('home.nothing')} testId="dash-nothing" />
            </Card>
          </PlainCol>
        ) : null}
        <PlainCol xs={24} lg={12}>
          <Card title={t('dashboard.memberships')} data-testid="dashboard-memberships">
            {user.memberships.length === 0 ? (
              <Empty description={t('dashboard.noMemberships')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <PlainList size="default">
                {user.memberships.map((m) => (
                  <PlainListItem
                    key={`membership-${m.organisation_id}`}
                    data-testid={`membership-${m.organisation_id}`}
                    title={
                      hasPermission(user.permissions, 'organisations.read') ? (
                        <Link to={`/organisations/${m.organisation_id}`}>{m.organisation_name}</Link>
                      ) : (
                        m.organisation_name
                      )
                    }
                    description={
                      <>
                        <PlainTag color={organisationTypeColor(m.organisation_type)}>
                          {t(`organisationType.${m.organisation_type}`, { defaultValue: m.organisation_type })}
                        </PlainTag>{' '}
                        {t(`roles.${m.role}`)}
                      </>
                    }
                  ></PlainListItem>
                ))}
              </PlainList>
            )}
          </Card>
        </PlainCol>
      </PlainRow>
    </div>
  );
}
