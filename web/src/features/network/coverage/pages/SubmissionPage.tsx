// The coverage form of a service: per need of its card how the service meets it, saved as a draft (partly filled
// is fine while the round is open) and submitted (every need answered, a mediated need with its service or text).
// Problems, found here or by the server, name the need and the field.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Progress, Skeleton, Space } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PageHeader } from '../../../../app/AppShell';
import { isApiError } from '../../../../api/client';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../../../lib/format';
import {
  answeredCount,
  answerProblems,
  answersInput,
  draftsOf,
  type AnswerDraft,
  type AnswerField,
  type AnswerProblem,
} from '../answers';
import { saveSubmission, submitSubmission, useFormMutation, useSubmission } from '../api';
import { useCurrentRegion } from '../region';
import type { CoverageAnswer, ServerProblem } from '../types';
import { NeedAnswer } from '../components/NeedAnswer';
import { RoundStatusTag, SubmissionStatusTag } from '../components/Tags';
import { useFeedback } from '../../../../app/feedback';

interface ShownProblem {
  need_area_id: number | null;
  field: string;
  text: string;
}

const FIELDS: readonly AnswerField[] = ['mode', 'mediated', 'clients', 'contacts'];

/** The server's message keys this part words itself (naming the need and the field by their names). */
const SERVER_KEYS: Record<string, string> = {
  'network.answer.mode_required': 'modeMissing',
  'network.answer.mediated_required': 'mediatedMissing',
  'network.answer.mediated_only': 'mediatedOnly',
  'network.answer.mediated_unknown': 'mediatedUnknown',
  'network.answer.volume_range': 'volumeRange',
  'network.answer.too_long': 'tooLong',
};

function problemText(t: TFunction, p: AnswerProblem): string {
  return t(`networkCoverage.form.problem.${p.problem}`, {
    need: p.need_name,
    field: t(`networkCoverage.form.fields.${p.field}`),
  });
}

/** The server's problems, each tied to the need and field it names (its text from this part where the key is known). */
function serverProblems(t: TFunction, e: unknown, needs: readonly CoverageAnswer[]): ShownProblem[] {
  if (!isApiError(e)) return [];
  const listed = Array.isArray(e.body?.problems) ? (e.body.problems as ServerProblem[]) : [];
  return listed.map((p) => {
    const need = needs.find((n) => n.need_area_id === p.need_area_id);
    const field = p.field ?? '';
    if (!need) return { need_area_id: null, field, text: p.message };
    const problem = p.key ? SERVER_KEYS[p.key] : undefined;
    const label = [...FIELDS, 'note'].includes(field) ? t(`networkCoverage.form.fields.${field}`) : field;
    return {
      need_area_id: need.need_area_id,
      field,
      text: problem
        ? t(`networkCoverage.form.problem.${problem}`, { need: need.need_name, field: label })
        : t('networkCoverage.form.serverField', { need: need.need_name, message: p.message }),
    };
  });
}

export default function SubmissionPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const id = Number(useParams().id);
  const query = useSubmission(id);
  const f = query.data;
  const { region } = useCurrentRegion();
  const save = useFormMutation(id, (drafts: Record<number, AnswerDraft>) =>
    saveSubmission(id, answersInput(f!.needs, drafts)),
  );
  const submit = useFormMutation(id, () => submitSubmission(id));
  const [drafts, setDrafts] = useState<Record<number, AnswerDraft>>({});
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [problemTitle, setProblemTitle] = useState<'cannotSave' | 'cannotSubmit'>('cannotSubmit');
  const [otherError, setOtherError] = useState<unknown>(null);
  const loadedFor = useRef(0);

  // The inputs start from the saved answers once per form.
  useEffect(() => {
    if (f && loadedFor.current !== f.submission.id) {
      loadedFor.current = f.submission.id;
      setDrafts(draftsOf(f));
    }
  }, [f]);

  const byNeed = useMemo(() => {
    const m = new Map<number, Partial<Record<AnswerField, string[]>>>();
    for (const p of problems) {
      if (p.need_area_id === null || !(FIELDS as readonly string[]).includes(p.field)) continue;
      const e = m.get(p.need_area_id) ?? {};
      (e[p.field as AnswerField] ??= []).push(p.text);
      m.set(p.need_area_id, e);
    }
    return m;
  }, [problems]);

  const check = (complete: boolean, title: 'cannotSave' | 'cannotSubmit'): boolean => {
    const found = answerProblems(f!.needs, drafts, complete).map((p) => ({
      need_area_id: p.need_area_id,
      field: p.field,
      text: problemText(t, p),
    }));
    setProblemTitle(title);
    setProblems(found);
    setOtherError(null);
    return found.length === 0;
  };

  const fail = (e: unknown, title: 'cannotSave' | 'cannotSubmit') => {
    const shown = serverProblems(t, e, f!.needs);
    setProblemTitle(title);
    if (shown.length) setProblems(shown);
    else setOtherError(e);
  };

  const onSave = async (quiet = false): Promise<boolean> => {
    if (!check(false, 'cannotSave')) return false;
    try {
      await save.mutateAsync(drafts);
      if (!quiet) void message.success(t('networkCoverage.form.saved'));
      return true;
    } catch (e) {
      fail(e, 'cannotSave');
      return false;
    }
  };

  const onSubmit = async () => {
    if (!check(true, 'cannotSubmit')) return;
    if (!(await onSave(true))) return;
    try {
      await submit.mutateAsync(undefined);
      void message.success(t('networkCoverage.form.submitted'));
    } catch (e) {
      fail(e, 'cannotSubmit');
    }
  };

  const answered = answeredCount(drafts);
  const total = f?.needs.length ?? 0;

  return (
    <div
      data-testid="cov-form-page"
      data-status={f?.submission.status}
      data-editable={f ? String(f.can_edit) : undefined}
    >
      <Breadcrumb
        items={[
          { title: <Link to="/network/coverage">{t('networkCoverage.tabs.rounds')}</Link> },
          { title: f ? <Link to={`/network/coverage/rounds/${f.submission.round_id}`}>{f.round_title}</Link> : '…' },
          { title: f?.submission.service_name ?? '…' },
        ]}
      />
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending && !query.error ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {f ? (
        <>
          <PageHeader
            title={f.submission.service_name}
            subtitle={
              <Space wrap>
                <span>{f.submission.provider_name}</span>
                <span>·</span>
                <span>{f.submission.kind_name}</span>
                <RoundStatusTag status={f.round_status} />
                <SubmissionStatusTag status={f.submission.status} testId="cov-form-status" />
              </Space>
            }
            extra={
              f.can_edit ? (
                <>
                  <Button
                    icon={<SaveOutlined />}
                    onClick={() => void onSave()}
                    loading={save.isPending}
                    data-testid="cov-form-save"
                  >
                    {t('networkCoverage.form.save')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<SendOutlined />}
                    onClick={() => void onSubmit()}
                    loading={submit.isPending}
                    data-testid="cov-form-submit"
                  >
                    {t('networkCoverage.form.submit')}
                  </Button>
                </>
              ) : null
            }
          />
          <Card size="small" className="kv-section">
            <div>{t('networkCoverage.form.progress', { answered, needs: total })}</div>
            <Progress
              percent={total ? Math.floor((answered / total) * 100) : 0}
              data-testid="cov-form-progress"
              data-answered={answered}
              data-needs={total}
            />
            <div className="kv-muted">
              {f.submission.submitted_at
                ? t('networkCoverage.form.submittedAt', { at: formatDateTime(f.submission.submitted_at) })
                : t('networkCoverage.form.deadline', { date: formatDate(f.deadline) })}
            </div>
            <div className="kv-muted">{t('networkCoverage.form.volumesHelp')}</div>
          </Card>
          {!f.can_edit ? (
            <Alert
              className="kv-section"
              type="info"
              showIcon
              data-testid="cov-form-readonly"
              message={t(
                f.round_status === 'locked'
                  ? 'networkCoverage.form.readOnlyLocked'
                  : f.submission.status === 'submitted'
                    ? 'networkCoverage.form.readOnlySubmitted'
                    : 'networkCoverage.form.readOnly',
              )}
            />
          ) : null}
          {otherError ? <ErrorAlert error={otherError} testId="cov-form-error" /> : null}
          {problems.length ? (
            <Alert
              className="kv-section"
              type="error"
              showIcon
              data-testid="cov-form-problems"
              message={t(`networkCoverage.form.${problemTitle}`)}
              description={
                <ul className="kv-list">
                  {problems.map((p, i) => (
                    <li key={i}>{p.text}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {f.needs.length === 0 ? <Alert type="warning" message={t('networkCoverage.form.noNeeds')} /> : null}
          {f.needs.map((n) =>
            drafts[n.need_area_id] ? (
              <NeedAnswer
                key={n.need_area_id}
                need={n}
                draft={drafts[n.need_area_id]}
                editable={f.can_edit}
                errors={byNeed.get(n.need_area_id) ?? {}}
                regionCode={region?.region_code ?? ''}
                onChange={(d) => setDrafts((all) => ({ ...all, [n.need_area_id]: d }))}
              />
            ) : null,
          )}
        </>
      ) : null}
    </div>
  );
}
