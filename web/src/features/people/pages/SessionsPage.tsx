// Training sessions of a period as a list or a month calendar, with free places; filters by state.
import { useState } from 'react';
import { Badge, Calendar, Card, DatePicker, Segmented, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSessions } from '../api';
import { SessionsTable } from '../components/SessionsTable';
import { SESSION_STATES, freePlaces } from '../people';
import type { Session } from '../types';

export default function SessionsPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([
    dayjs().startOf('month'),
    dayjs().add(6, 'month').endOf('month'),
  ]);
  const [state, setState] = useState<string | undefined>(undefined);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const q =
    view === 'list'
      ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), state }
      : { from: month.startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD'), state };
  const sessions = useSessions(q);
  const items = sessions.data?.items ?? [];
  const byDay = new Map<string, Session[]>();
  for (const s of items) byDay.set(s.held_on, [...(byDay.get(s.held_on) ?? []), s]);
  return (
    <div data-testid="people-sessions-page">
      <Typography.Title level={2} className="kv-page-title" data-testid="page-title">
        {t('people.sessions.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'list' | 'calendar')}
          options={[
            { value: 'list', label: t('people.sessions.list') },
            { value: 'calendar', label: t('people.sessions.calendar') },
          ]}
          data-testid="sessions-view"
        />
        {view === 'list' ? (
          <DatePicker.RangePicker
            format="D. M. YYYY"
            allowClear={false}
            value={range}
            onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
            aria-label={t('people.common.date')}
          />
        ) : null}
        <Select
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('people.common.state')}
          aria-label={t('people.common.state')}
          value={state}
          onChange={setState}
          options={SESSION_STATES.map((s) => ({ value: s, label: t(`people.sessionState.${s}`) }))}
          data-testid="sessions-state"
        />
      </Space>
      {sessions.error ? <ErrorAlert error={sessions.error} onRetry={() => sessions.refetch()} /> : null}
      {view === 'list' ? (
        <SessionsTable sessions={items} loading={sessions.isLoading} />
      ) : (
        <Card size="small" data-testid="sessions-calendar">
          <Calendar
            value={month}
            onPanelChange={(d) => setMonth(d)}
            onSelect={(d) => setMonth(d)}
            cellRender={(d, info) => {
              if (info.type !== 'date') return info.originNode;
              const day = byDay.get(d.format('YYYY-MM-DD')) ?? [];
              return (
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {day.map((s) => (
                    <li key={s.id}>
                      <Badge
                        status={s.state === 'cancelled' ? 'default' : freePlaces(s) > 0 ? 'success' : 'error'}
                        text={
                          <Link to={`/people/sessions/${s.id}`} data-testid="calendar-session">
                            {s.module.code || s.module.title} · {s.place}
                          </Link>
                        }
                      />
                    </li>
                  ))}
                </ul>
              );
            }}
          />
        </Card>
      )}
    </div>
  );
}
