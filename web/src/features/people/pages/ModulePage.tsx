// A training module: its accreditation and hours, its sessions, the run plan (places × runs in one step) and,
// for the organiser, the feedback results per lecturer as a chart.
import { useState } from 'react';
import { Button, Card, Descriptions, List, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/charts/Chart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDecimal } from '../../../lib/format';
import { updateModule, useModule } from '../api';
import { Accreditation } from '../components/Accreditation';
import { RecordModal } from '../components/RecordModal';
import { RunPlanModal } from '../components/RunPlanModal';
import { SessionModal } from '../components/SessionModal';
import { SessionsTable } from '../components/SessionsTable';
import { moduleFields } from '../components/moduleFields';
import { feedbackOption, lecturerGroups } from '../people';
import type { ModuleInput, Session } from '../types';
import { useFeedback } from '../../../app/feedback';

export default function ModulePage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const mod = useModule(id);
  const [dialog, setDialog] = useState<'edit' | 'run' | null>(null);
  const [sessionDialog, setSessionDialog] = useState<{ session?: Session } | null>(null);
  if (mod.error) return <ErrorAlert error={mod.error} onRetry={() => mod.refetch()} backTo="/people/training" />;
  const d = mod.data;
  if (!d) return <Card loading />;
  const m = d.module;
  const canManage = m.can_manage;
  const feedback = d.feedback ?? null;
  const groups = lecturerGroups(d.feedback_by_lecturer);
  const chartGroups = groups.length
    ? groups
    : feedback && feedback.n > 0
      ? [{ name: m.title, means: feedback, n: feedback.n }]
      : [];
  return (
    <div data-testid="people-module-page" data-module-id={m.id}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="kv-page-title" data-testid="page-title" style={{ margin: 0 }}>
          {m.code ? `${m.code} ` : ''}
          {m.title}
        </Typography.Title>
        {canManage ? (
          <>
            <Button type="primary" onClick={() => setDialog('run')} data-testid="run-plan-open">
              {t('people.runPlan.button')}
            </Button>
            <Button onClick={() => setDialog('edit')} data-testid="module-edit">
              {t('people.common.edit')}
            </Button>
          </>
        ) : null}
      </Space>
      <Card size="small" className="kv-section">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('people.catalogue.topic')}>{m.topic || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('people.catalogue.hours')}>{formatDecimal(m.hours, 1)}</Descriptions.Item>
          <Descriptions.Item label={t('people.catalogue.organiser')}>{m.organiser_name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('people.catalogue.accreditation')}>
            <Accreditation m={m} />
          </Descriptions.Item>
        </Descriptions>
        {m.description ? <Typography.Paragraph>{m.description}</Typography.Paragraph> : null}
      </Card>
      <Card
        title={t('people.catalogue.sessions')}
        size="small"
        className="kv-section"
        style={{ marginTop: 16 }}
        extra={
          canManage ? (
            <Button size="small" onClick={() => setSessionDialog({})} data-testid="session-create">
              {t('people.session.addSession')}
            </Button>
          ) : null
        }
      >
        <SessionsTable
          sessions={d.sessions}
          showModule={false}
          action={
            canManage
              ? (s) =>
                  s.state === 'planned' || s.state === 'open' ? (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setSessionDialog({ session: s })}
                      data-testid="session-edit"
                    >
                      {t('people.common.edit')}
                    </Button>
                  ) : null
              : undefined
          }
        />
      </Card>
      {canManage || feedback ? (
        <Card title={t('people.catalogue.feedback')} size="small" className="kv-section" style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{t('people.catalogue.feedbackHelp')}</Typography.Paragraph>
          {feedback ? (
            <Typography.Paragraph data-testid="feedback-count">
              {t('people.catalogue.feedbackCount', { n: feedback.n })}
            </Typography.Paragraph>
          ) : null}
          <Chart
            testId="feedback-chart"
            height={260}
            empty={chartGroups.length ? undefined : t('people.catalogue.noFeedback')}
            data={{ groups: chartGroups.length }}
            option={feedbackOption(chartGroups, (q) => t(`people.question.${q}`))}
          />
          {feedback?.comments.length ? (
            <>
              <Typography.Title level={5}>{t('people.catalogue.comments')}</Typography.Title>
              <List size="small" dataSource={feedback.comments} renderItem={(c) => <List.Item>{c}</List.Item>} />
            </>
          ) : null}
        </Card>
      ) : null}
      {dialog === 'run' ? (
        <RunPlanModal
          moduleId={m.id}
          before={d.sessions.length}
          onClose={() => setDialog(null)}
          onDone={(n) => message.success(t('people.runPlan.created', { n }))}
        />
      ) : null}
      {sessionDialog ? (
        <SessionModal
          moduleId={m.id}
          session={sessionDialog.session}
          onClose={() => setSessionDialog(null)}
          onDone={() => message.success(t('people.session.saved'))}
        />
      ) : null}
      {dialog === 'edit' ? (
        <RecordModal
          title={t('people.common.edit')}
          testId="module-form"
          fields={moduleFields(t)}
          initial={{ ...m }}
          onSubmit={(v) =>
            updateModule(m.id, { ...(v as unknown as ModuleInput), organiser_org_id: m.organiser_org_id })
          }
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
