// Open benchmarking rounds and the groups waiting for their next round, as lists with links (the
// dashboard and the benchmarking page).
import { Card, Progress } from 'antd';
import { PlainTag } from '../../../components/PlainTag';
import { Link } from 'react-router-dom';
import { PlainList, PlainListItem } from '../../../components/PlainList';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useDashboard } from '../api';
import { deadlineState, roundProgress, waitingMessage } from '../dashboard';
import type { DashGroupWaiting, DashRound } from '../types';

export function OpenRoundsList({ rounds }: { rounds: DashRound[] }) {
  const { t } = useTranslation();
  return (
    <PlainList>
      {rounds.map((r) => {
        const dl = deadlineState(r.days_left);
        return (
          <PlainListItem
            key={`dash-round-${r.round_id}`}
            data-testid={`dash-round-${r.round_id}`}
            title={
              <Link to={`/benchmarking/rounds/${r.round_id}`}>
                {r.group_name}: {r.round_name}
              </Link>
            }
            description={
              <>
                {t('home.openRounds.progress', { submitted: r.submitted, services: r.services })}
                {', '}
                {t('home.openRounds.counts', { draft: r.draft, notStarted: r.not_started })}
                {r.deadline ? ` · ${formatDate(r.deadline)}` : ''}
              </>
            }
          >
            <div style={{ minWidth: 120 }}>
              <Progress percent={roundProgress(r)} size="small" />
              <PlainTag color={dl.key === 'passed' ? 'error' : 'default'}>{t(`home.deadline.${dl.key}`, dl)}</PlainTag>
            </div>
          </PlainListItem>
        );
      })}
    </PlainList>
  );
}

export function GroupsWaitingList({ groups }: { groups: DashGroupWaiting[] }) {
  const { t } = useTranslation();
  return (
    <PlainList>
      {groups.map((w) => {
        const m = waitingMessage(w);
        return (
          <PlainListItem
            key={`dash-waiting-${w.group_id}`}
            data-testid={`dash-waiting-${w.group_id}`}
            title={<Link to={`/benchmarking/groups/${w.group_id}`}>{w.group_name}</Link>}
            description={
              <>
                {w.last_round_id ? (
                  <Link to={`/benchmarking/rounds/${w.last_round_id}/comparison`}>
                    {t('home.groupsWaiting.lastRound', { name: w.last_round_name })}
                  </Link>
                ) : (
                  t('home.groupsWaiting.noRound')
                )}
                <br />
                <span data-testid={`dash-waiting-${w.group_id}-next`}>
                  {m.key === 'openNext'
                    ? t('home.groupsWaiting.openNext')
                    : m.key === 'nextMeeting'
                      ? t('home.groupsWaiting.nextMeeting', { date: formatDate(m.date) })
                      : t('home.groupsWaiting.notAnnounced', { coordinator: w.coordinator_name })}
                </span>
              </>
            }
          />
        );
      })}
    </PlainList>
  );
}

/** On the benchmarking page: a member's open rounds and, for its groups without one, what comes next. */
export function MyRoundsCard() {
  const { t } = useTranslation();
  const dash = useDashboard();
  const d = dash.data;
  if (!d || (!d.open_rounds.length && !d.groups_waiting.length)) return null;
  return (
    <Card className="kv-section" title={t('home.myRounds')} data-testid="bm-my-rounds" style={{ marginBottom: 16 }}>
      {d.open_rounds.length ? <OpenRoundsList rounds={d.open_rounds} /> : null}
      {d.groups_waiting.length ? <GroupsWaitingList groups={d.groups_waiting} /> : null}
    </Card>
  );
}
