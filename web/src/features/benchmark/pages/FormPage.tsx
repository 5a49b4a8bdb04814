// A service's form in a round: one input per data item with its unit and range, validation from
// the server at once (each value is saved when the field is left), indicator preview, save,
// submit, CSV upload; after the round is locked the region records corrections with a reason.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Grid,
  Input,
  Progress,
  Row,
  Skeleton,
  Space,
  Table,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import {
  BarChartOutlined,
  DownloadOutlined,
  QuestionCircleOutlined,
  SaveOutlined,
  SendOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { isApiError } from '../../../api/client';
import type { BmForm, BmFormItem, BmIndicatorPreview, BmProblem } from '../types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { downloadText } from '../../../lib/download';
import { formatDate, formatDateTime, formatDecimal } from '../../../lib/format';
import { saveForm, submitForm, uploadFormFile, useDataForm, useFormMutation } from '../api';
import { completionPercent } from '../completeness';
import {
  changedValues,
  csvTemplate,
  initialDraft,
  problemsByItem,
  ruleProblems,
  UPLOAD_ACCEPT,
  uploadContentType,
} from '../formValues';
import { formatIndicator } from '../values';
import { CorrectionsCard } from '../components/CorrectionsCard';
import { RangeText } from '../components/RangeText';
import { DirectionTag, reasonText, RoundStatusTag, SubmissionStatusTag } from '../components/Tags';
import { useFeedback } from '../../../app/feedback';

interface UploadRowError {
  line: number;
  code: string;
  message: string;
}

function draftsOf(f: BmForm): Record<string, string> {
  return Object.fromEntries(f.items.map((i) => [i.code, initialDraft(i)]));
}

export default function FormPage() {
  const { t } = useTranslation();
  // on a phone the range goes under the field, so the name and the field share the width
  const phone = Grid.useBreakpoint().sm === false;
  const { message } = useFeedback();
  const params = useParams();
  const roundId = Number(params.id);
  const serviceId = Number(params.serviceId);
  const query = useDataForm(roundId, serviceId);
  const f = query.data;
  const save = useFormMutation(roundId, serviceId, (values: Record<string, number | null>) =>
    saveForm(roundId, serviceId, values),
  );
  const submit = useFormMutation(roundId, serviceId, () => submitForm(roundId, serviceId));
  const upload = useFormMutation(roundId, serviceId, (file: File) =>
    uploadFormFile(roundId, serviceId, file, uploadContentType(file.name, file.type)),
  );
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [submitProblems, setSubmitProblems] = useState<BmProblem[] | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [uploadRows, setUploadRows] = useState<UploadRowError[]>([]);
  const [uploadRowsTotal, setUploadRowsTotal] = useState(0);
  // "Required" is said of a field once it was left empty, or after an attempt to submit.
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAllMissing, setShowAllMissing] = useState(false);
  const loadedFor = useRef<string>('');

  // The inputs start from the saved values once per form (later answers update only what was saved).
  useEffect(() => {
    const key = `${roundId}/${serviceId}`;
    if (f && loadedFor.current !== key) {
      loadedFor.current = key;
      setDrafts(draftsOf(f));
      setInvalid(new Set());
    }
  }, [f, roundId, serviceId]);

  const itemProblems = useMemo(() => problemsByItem(f?.problems ?? []), [f]);
  // Rules that cannot be checked yet (values missing) do not block and are not contradictions.
  const rules = useMemo(() => ruleProblems(f?.problems ?? []).filter((p) => p.blocking), [f]);
  const itemNames = useMemo(() => new Map((f?.items ?? []).map((i) => [i.code, i.name])), [f]);

  const adopt = (next: BmForm, codes: string[]) =>
    setDrafts((d) => {
      const fresh = draftsOf(next);
      const out = { ...d };
      for (const c of codes) out[c] = fresh[c] ?? '';
      return out;
    });

  /** Saves the changed values (of `codes`, or all); returns false when a text is not a number. */
  const saveChanged = useCallback(
    async (codes?: string[]): Promise<boolean> => {
      if (!f || !f.editable) return true;
      const subset = codes ? Object.fromEntries(codes.map((c) => [c, drafts[c] ?? ''])) : drafts;
      const ch = changedValues(subset, f.items);
      setInvalid((prev) => {
        const next = new Set(prev);
        for (const c of codes ?? f.items.map((i) => i.code)) next.delete(c);
        for (const c of ch.invalid) next.add(c);
        return next;
      });
      const changed = Object.keys(ch.values);
      if (changed.length) {
        setActionError(null);
        try {
          adopt(await save.mutateAsync(ch.values), changed);
        } catch (e) {
          setActionError(e);
          return false;
        }
      }
      return ch.invalid.length === 0;
    },
    [f, drafts, save],
  );

  const onSaveDraft = async () => {
    if (await saveChanged()) void message.success(t('benchmark.form.savedDraft'));
  };

  const onSubmit = async () => {
    setShowAllMissing(true);
    setSubmitProblems(null);
    setActionError(null);
    if (!(await saveChanged())) return;
    try {
      await submit.mutateAsync(undefined);
      void message.success(t('benchmark.form.submitted'));
    } catch (e) {
      if (isApiError(e) && Array.isArray(e.body?.problems)) {
        setSubmitProblems(e.body.problems as BmProblem[]);
        void query.refetch();
      } else setActionError(e);
    }
  };

  const onUpload = async (file: File) => {
    setUploadRows([]);
    setActionError(null);
    try {
      const next = await upload.mutateAsync(file);
      setDrafts(draftsOf(next));
      setInvalid(new Set());
      void message.success(t('benchmark.form.uploaded'));
    } catch (e) {
      if (isApiError(e) && Array.isArray(e.body?.rows)) {
        // The server lists the first bad rows and counts them all.
        const rows = e.body.rows as UploadRowError[];
        setUploadRows(rows);
        setUploadRowsTotal(typeof e.body.rows_total === 'number' ? e.body.rows_total : rows.length);
        // The list says it all: no second, generic alert above it.
        if (rows.length) return;
      }
      setActionError(e);
    }
  };

  const itemErrors = (code: string): string[] => [
    ...(invalid.has(code) ? [t('benchmark.form.notANumber')] : []),
    ...(itemProblems.get(code) ?? [])
      .filter((p) => p.kind !== 'missing' || showAllMissing || touched.has(code))
      .map((p) => p.message),
  ];
  const leave = (code: string) => {
    setTouched((s) => (s.has(code) ? s : new Set(s).add(code)));
    void saveChanged([code]);
  };

  return (
    <div
      data-testid="form-page"
      data-status={f?.status}
      data-errors={f?.errors}
      data-editable={f ? String(f.editable) : undefined}
    >
      <Breadcrumb
        items={[
          { title: <Link to="/benchmarking">{t('nav.benchmarking')}</Link> },
          { title: f ? <Link to={`/benchmarking/rounds/${roundId}`}>{f.round_name}</Link> : '…' },
          { title: f?.service_name ?? '…' },
        ]}
      />
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending && !query.error ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {f ? (
        <>
          <PageHeader
            title={f.service_name}
            subtitle={
              <Space wrap>
                <span>{f.provider_name}</span>
                <span>·</span>
                <span>{f.round_name}</span>
                <RoundStatusTag status={f.round_status} />
                <SubmissionStatusTag status={f.status} testId="form-status" />
              </Space>
            }
            extra={
              f.editable ? (
                <>
                  <Button
                    icon={<DownloadOutlined />}
                    onClick={() =>
                      downloadText(`kvalis-formular-${f.round_id}-${f.service_id}.csv`, csvTemplate(f.items))
                    }
                    data-testid="form-template"
                  >
                    {t('benchmark.form.template')}
                  </Button>
                  <Upload
                    accept={UPLOAD_ACCEPT}
                    showUploadList={false}
                    beforeUpload={(file) => {
                      void onUpload(file);
                      return false;
                    }}
                  >
                    <Tooltip title={t('benchmark.form.uploadHint')}>
                      <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="form-upload">
                        {t('benchmark.form.upload')}
                      </Button>
                    </Tooltip>
                  </Upload>
                  <Button
                    icon={<SaveOutlined />}
                    onClick={() => void onSaveDraft()}
                    loading={save.isPending}
                    data-testid="form-save"
                  >
                    {t('benchmark.form.saveDraft')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<SendOutlined />}
                    onClick={() => void onSubmit()}
                    loading={submit.isPending}
                    data-testid="form-submit"
                  >
                    {t('benchmark.form.submit')}
                  </Button>
                </>
              ) : (
                <Link to={`/benchmarking/rounds/${roundId}/comparison?service=${serviceId}`}>
                  <Button icon={<BarChartOutlined />} data-testid="form-comparison-link">
                    {t('benchmark.form.seeComparison')}
                  </Button>
                </Link>
              )
            }
          />

          <Row gutter={[16, 16]} className="kv-section">
            <Col xs={24} md={12}>
              <Card size="small">
                <Space direction="vertical" style={{ width: '100%' }}>
                  <span>{t('benchmark.form.progress', { filled: f.filled, required: f.required })}</span>
                  <Progress
                    percent={completionPercent(f.filled, f.required)}
                    status={f.errors ? 'active' : 'success'}
                    data-testid="form-progress"
                  />
                </Space>
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small">
                <div>
                  {t('benchmark.rounds.deadline')}: <strong>{formatDate(f.deadline)}</strong>
                </div>
                <div>
                  {f.submitted_at
                    ? t('benchmark.form.submittedAt', { at: formatDateTime(f.submitted_at) })
                    : t('benchmark.form.notSubmitted')}
                </div>
              </Card>
            </Col>
          </Row>

          {!f.editable ? (
            <Alert
              className="kv-section"
              type="info"
              showIcon
              data-testid="form-readonly"
              message={t(
                f.round_status === 'locked'
                  ? 'benchmark.form.lockedInfo'
                  : f.status === 'submitted'
                    ? 'benchmark.form.submittedInfo'
                    : 'benchmark.form.readOnlyInfo',
              )}
            />
          ) : null}
          {actionError ? <ErrorAlert error={actionError} testId="form-action-error" /> : null}
          {uploadRows.length ? (
            <Alert
              className="kv-section"
              type="error"
              showIcon
              data-testid="form-upload-errors"
              message={t('benchmark.form.uploadErrors')}
              description={
                <>
                  <ul className="kv-list">
                    {uploadRows.map((r, i) => (
                      <li key={i}>{r.message}</li>
                    ))}
                  </ul>
                  {uploadRowsTotal > uploadRows.length ? (
                    <div data-testid="form-upload-errors-more">
                      {t('benchmark.form.uploadErrorsMore', { shown: uploadRows.length, total: uploadRowsTotal })}
                    </div>
                  ) : null}
                </>
              }
            />
          ) : null}
          {submitProblems?.length ? (
            <Alert
              className="kv-section"
              type="error"
              showIcon
              data-testid="form-submit-problems"
              message={t('benchmark.form.cannotSubmit')}
              description={
                <ul className="kv-list">
                  {submitProblems.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {rules.length ? (
            <Alert
              className="kv-section"
              type="warning"
              showIcon
              data-testid="form-rule-problems"
              message={t('benchmark.form.ruleProblems')}
              description={
                <ul className="kv-list">
                  {rules.map((p) => (
                    <li key={p.code} data-testid={`form-rule-${p.code}`}>
                      {p.message}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}

          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <Card title={t('benchmark.form.items')} className="kv-table-card">
                <Table<BmFormItem>
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={f.items}
                  data-testid="form-items"
                  onRow={(i) => ({ 'data-testid': `form-item-${i.code}` }) as React.HTMLAttributes<HTMLElement>}
                  columns={[
                    {
                      key: 'name',
                      title: t('benchmark.form.item'),
                      render: (_, i) => (
                        <>
                          <span>{i.name}</span>
                          {i.required ? (
                            <span className="kv-required" aria-label={t('benchmark.methodology.required')}>
                              {' '}
                              *
                            </span>
                          ) : null}
                          {i.help ? (
                            <Tooltip title={i.help}>
                              {' '}
                              <QuestionCircleOutlined className="kv-muted" />
                            </Tooltip>
                          ) : null}
                          <div className="kv-muted">
                            <code>{i.code}</code>
                          </div>
                        </>
                      ),
                    },
                    {
                      key: 'value',
                      title: t('benchmark.form.value'),
                      width: phone ? 190 : 260,
                      render: (_, i) => {
                        const errors = itemErrors(i.code);
                        return (
                          <>
                            <Input
                              value={
                                f.editable
                                  ? (drafts[i.code] ?? '')
                                  : i.entered || i.source
                                    ? formatDecimal(i.value, 6)
                                    : ''
                              }
                              disabled={!f.editable}
                              inputMode="decimal"
                              status={errors.length ? 'error' : undefined}
                              addonAfter={i.unit || undefined}
                              aria-label={i.name}
                              aria-invalid={errors.length > 0}
                              data-testid={`form-input-${i.code}`}
                              onChange={(e) => setDrafts((d) => ({ ...d, [i.code]: e.target.value }))}
                              onBlur={() => leave(i.code)}
                              onPressEnter={() => leave(i.code)}
                            />
                            {i.source ? (
                              <div className="kv-muted" data-testid={`form-source-${i.code}`}>
                                {i.source}
                              </div>
                            ) : null}
                            {errors.length ? (
                              <div className="kv-field-error" role="alert" data-testid={`form-error-${i.code}`}>
                                {errors.join(' ')}
                              </div>
                            ) : null}
                            {phone ? (
                              <div className="kv-muted">
                                <RangeText item={i} />
                              </div>
                            ) : null}
                          </>
                        );
                      },
                    },
                    {
                      key: 'range',
                      title: t('benchmark.form.range'),
                      responsive: ['sm'],
                      render: (_, i) => (
                        <span className="kv-muted">
                          <RangeText item={i} />
                        </span>
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <Card title={t('benchmark.form.preview')} className="kv-table-card" data-testid="form-indicators">
                <Table<BmIndicatorPreview>
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={f.indicators}
                  locale={{ emptyText: t('benchmark.form.noIndicators') }}
                  onRow={(x) => ({ 'data-testid': `form-indicator-${x.code}` }) as React.HTMLAttributes<HTMLElement>}
                  columns={[
                    {
                      key: 'name',
                      title: t('benchmark.comparison.indicator'),
                      render: (_, x) => (
                        <>
                          {x.name}
                          <div>
                            <DirectionTag direction={x.direction} />
                          </div>
                        </>
                      ),
                    },
                    {
                      key: 'value',
                      title: t('benchmark.form.value'),
                      align: 'right',
                      render: (_, x) =>
                        typeof x.value === 'number' ? (
                          <strong className="kv-nowrap">{formatIndicator(x.value, x.unit)}</strong>
                        ) : (
                          <Typography.Text type="secondary">
                            {reasonText(t, x.missing_reason, undefined, itemNames) || '—'}
                          </Typography.Text>
                        ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
          {f.can_correct || f.corrections.length ? (
            <CorrectionsCard
              form={f}
              roundId={roundId}
              serviceId={serviceId}
              onSaved={(next) => setDrafts(draftsOf(next))}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
