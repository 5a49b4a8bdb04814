// One version of a standard set: its standards and criteria (missing wording highlighted), other
// versions, and for editors: edit as a new version, import CSV (dry run → diff → import), export.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/AppShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, toApiDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/errors';
import { createSetVersion, importSetCsv, qualityLinks, useQualityMutation, useSet } from '../api';
import { SetEditor } from '../components/SetEditor';
import { editorFromSet, editorProblems, editorToInput, nextValidFrom, type EditorState } from '../setEditor';
import type { QCriterion, QCriterionChange, QImportResult, QSet } from '../types';
import { useFeedback } from '../../../app/feedback';

function ImportModal({ set, onClose }: { set: QSet; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [validFrom, setValidFrom] = useState<Dayjs | null>(() =>
    dayjs(nextValidFrom(set.versions, dayjs().format('YYYY-MM-DD'))),
  );
  const [preview, setPreview] = useState<QImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = useQualityMutation((dryRun: boolean) =>
    importSetCsv(set.set.id, csv!.text, { dryRun, validFrom: toApiDate(validFrom) }),
  );
  const check = async () => {
    setError(null);
    try {
      setPreview(await run.mutateAsync(true));
    } catch (e) {
      setError(e);
    }
  };
  const confirm = async () => {
    setError(null);
    try {
      const r = await run.mutateAsync(false);
      if (r.problems.length) return setPreview(r);
      if (r.created) {
        void message.success(t('quality.standards.imported', { n: r.created.version }));
        navigate(`/quality/standards/${r.created.id}`);
      } else void message.info(t('quality.standards.nothingChanged'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  const count = (k: string) => preview?.changes.filter((c) => c.kind === k).length ?? 0;
  const canImport = !!preview && preview.problems.length === 0 && preview.changes.length > 0;
  return (
    <Modal
      open
      width={960}
      title={t('quality.standards.importTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="c" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="d"
          disabled={!csv}
          loading={run.isPending && !canImport}
          onClick={() => void check()}
          data-testid="import-dry-run"
        >
          {t('quality.standards.dryRun')}
        </Button>,
        <Button
          key="i"
          type="primary"
          disabled={!canImport}
          loading={run.isPending && canImport}
          onClick={() => void confirm()}
          data-testid="import-confirm"
        >
          {t('quality.standards.confirmImport')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('quality.standards.importHelp')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((text) => {
              setCsv({ name: file.name, text });
              setPreview(null);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="import-file">
            {csv ? csv.name : t('quality.standards.chooseFile')}
          </Button>
        </Upload>
        <span>{t('quality.standards.validFrom')}:</span>
        <DatePicker
          format="D. M. YYYY"
          value={validFrom}
          onChange={(d) => {
            setValidFrom(d);
            setPreview(null);
          }}
          aria-label={t('quality.standards.validFrom')}
          data-testid="import-valid-from"
        />
      </Space>
      {error ? <ErrorAlert error={error} testId="import-error" /> : null}
      {preview ? (
        <div data-testid="import-preview" data-problems={preview.problems.length} data-changes={preview.changes.length}>
          {preview.problems.length ? (
            <>
              <Alert
                type="error"
                showIcon
                message={t('quality.standards.problems')}
                style={{ marginBottom: 8 }}
                description={
                  preview.problems_total > preview.problems.length ? (
                    <span data-testid="import-problems-more">
                      {t('quality.standards.problemsMore', {
                        shown: preview.problems.length,
                        total: preview.problems_total,
                      })}
                    </span>
                  ) : undefined
                }
              />
              <Table
                size="small"
                rowKey={(p) => `${p.line}-${p.field}-${p.message}`}
                pagination={false}
                dataSource={preview.problems}
                columns={[
                  { title: t('quality.standards.line'), dataIndex: 'line', width: 80 },
                  { title: t('quality.standards.field'), dataIndex: 'field', width: 120 },
                  { title: '', dataIndex: 'message' },
                ]}
              />
            </>
          ) : (
            <>
              <Alert
                type={preview.changes.length ? 'info' : 'success'}
                showIcon
                style={{ marginBottom: 8 }}
                message={
                  preview.changes.length
                    ? t('quality.standards.diffSummary', {
                        added: count('added'),
                        changed: count('changed'),
                        removed: count('removed'),
                        unchanged: preview.unchanged,
                      })
                    : t('quality.standards.nothingChanged')
                }
                description={
                  preview.other_set_rows
                    ? t('quality.standards.otherSetRows', { n: preview.other_set_rows })
                    : undefined
                }
              />
              <Table<QCriterionChange>
                size="small"
                rowKey={(c) => `${c.kind}-${c.code}`}
                pagination={false}
                dataSource={preview.changes}
                onRow={(c) => ({
                  style: { background: c.kind === 'added' ? '#f6ffed' : c.kind === 'removed' ? '#fff1f0' : '#fffbe6' },
                })}
                columns={[
                  { title: t('quality.common.criterion'), dataIndex: 'code', width: 90 },
                  {
                    title: '',
                    key: 'k',
                    width: 100,
                    render: (_, c) => t(`quality.standards.change.${c.kind}`, { defaultValue: c.kind }),
                  },
                  {
                    title: t('quality.standards.before'),
                    key: 'b',
                    render: (_, c) => (
                      <>
                        {c.before_text}
                        {c.before_essential ? (
                          <Tag style={{ marginLeft: 4 }}>
                            {t(`quality.essential.${c.before_essential}`, { defaultValue: c.before_essential })}
                          </Tag>
                        ) : null}
                      </>
                    ),
                  },
                  {
                    title: t('quality.standards.after'),
                    key: 'a',
                    render: (_, c) => (
                      <>
                        {c.after_text}
                        {c.after_essential ? (
                          <Tag style={{ marginLeft: 4 }}>
                            {t(`quality.essential.${c.after_essential}`, { defaultValue: c.after_essential })}
                          </Tag>
                        ) : null}
                      </>
                    ),
                  },
                ]}
              />
            </>
          )}
        </div>
      ) : null}
    </Modal>
  );
}

export default function StandardSetPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const set = useSet(id);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [changeNote, setChangeNote] = useState('');
  const [versionFrom, setVersionFrom] = useState<Dayjs | null>(null);
  const [importing, setImporting] = useState(false);
  const save = useQualityMutation((body: Parameters<typeof createSetVersion>[1]) => createSetVersion(id, body));
  const s = set.data;
  if (set.error) return <ErrorAlert error={set.error} onRetry={() => void set.refetch()} />;
  if (!s) return <Card loading />;
  const info = s.set;

  const saveVersion = async () => {
    if (!editor || editorProblems(editor).length) return;
    try {
      const created = await save.mutateAsync(
        editorToInput(editor, { change_note: changeNote.trim() || undefined, valid_from: toApiDate(versionFrom) }),
      );
      void message.success(t('quality.standards.versionSaved', { n: created.set.version }));
      setEditor(null);
      setChangeNote('');
      navigate(`/quality/standards/${created.set.id}`);
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };

  return (
    <div data-testid="set-page" data-code={info.code} data-version={info.version}>
      <PageHeader
        title={
          <Space wrap>
            {info.code} · {info.name}
            <Tag>v{info.version}</Tag>
            {info.latest ? <Tag color="green">{t('quality.standards.latest')}</Tag> : null}
          </Space>
        }
        subtitle={info.source_act || info.description}
        extra={
          <>
            <a href={qualityLinks.setExport(info.id)} data-testid="set-export">
              <Button icon={<DownloadOutlined />}>{t('quality.standards.exportCsv')}</Button>
            </a>
            {info.can_edit && !editor ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="set-import">
                  {t('quality.standards.importCsv')}
                </Button>
                <Button
                  type="primary"
                  icon={<EditOutlined />}
                  onClick={() => {
                    setEditor(editorFromSet(s));
                    setVersionFrom(dayjs(nextValidFrom(s.versions, dayjs().format('YYYY-MM-DD'))));
                  }}
                  data-testid="set-edit"
                >
                  {t('quality.standards.edit')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('quality.standards.owner')}>
            {info.owner_name || t(`quality.standards.kind.${info.kind}`, { defaultValue: info.kind })}
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.standards.validFrom')}>
            {formatDate(info.valid_from)}
            {info.valid_to ? ` – ${formatDate(info.valid_to)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.standards.criteria')}>
            {info.criteria}
            {info.criteria_missing_text ? (
              <Tag color="warning" style={{ marginLeft: 8 }}>
                {t('quality.standards.missingTexts', { n: info.criteria_missing_text })}
              </Tag>
            ) : null}
          </Descriptions.Item>
          {info.change_note ? (
            <Descriptions.Item label={t('quality.standards.changeNote')}>{info.change_note}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('quality.standards.versions')}>
            <Space wrap size={4}>
              {s.versions.map((v) =>
                v.id === info.id ? (
                  <Tag key={v.id} color="blue" data-testid={`set-version-${v.version}`} data-current="true">
                    v{v.version}
                  </Tag>
                ) : (
                  <Link
                    key={v.id}
                    to={`/quality/standards/${v.id}`}
                    data-testid={`set-version-${v.version}`}
                    data-current="false"
                  >
                    <Tag>
                      v{v.version} · {formatDate(v.valid_from)}
                    </Tag>
                  </Link>
                ),
              )}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {editor ? (
        <Card
          title={t('quality.standards.edit')}
          extra={
            <Space>
              <DatePicker
                format="D. M. YYYY"
                value={versionFrom}
                onChange={setVersionFrom}
                placeholder={t('quality.standards.validFrom')}
                aria-label={t('quality.standards.validFrom')}
                data-testid="set-version-from"
              />
              <Input
                placeholder={t('quality.standards.changeNote')}
                value={changeNote}
                onChange={(e) => setChangeNote(e.target.value)}
                style={{ width: 280 }}
                data-testid="set-change-note"
              />
              <Button onClick={() => setEditor(null)}>{t('quality.standards.cancelEdit')}</Button>
              <Button
                type="primary"
                loading={save.isPending}
                disabled={editorProblems(editor).length > 0}
                onClick={() => void saveVersion()}
                data-testid="set-save-version"
              >
                {t('quality.standards.saveVersion')}
              </Button>
            </Space>
          }
        >
          <SetEditor value={editor} onChange={setEditor} />
        </Card>
      ) : (
        s.standards.map((st) => (
          <Card
            key={st.id}
            size="small"
            style={{ marginBottom: 12 }}
            className="kv-table-card"
            data-testid={`set-standard-${st.number}`}
            title={
              <Space wrap>
                <strong>{st.number}.</strong> {st.name_cs}
                {st.part ? <Tag>{st.part}</Tag> : null}
                {!st.name_verified ? <Tag color="warning">{t('quality.standards.unverifiedName')}</Tag> : null}
              </Space>
            }
          >
            {st.criteria.length ? (
              <Table<QCriterion>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={st.criteria}
                onRow={(c) =>
                  ({
                    style: c.text_cs.trim() ? undefined : { background: '#fffbe6' },
                    'data-testid': `set-criterion-${c.code}`,
                    'data-missing': c.text_cs.trim() ? 'false' : 'true',
                  }) as React.HTMLAttributes<HTMLElement>
                }
                columns={[
                  { title: t('quality.common.criterion'), dataIndex: 'code', width: 80 },
                  {
                    title: t('quality.standards.essential'),
                    key: 'e',
                    width: 110,
                    render: (_, c) =>
                      c.essential === 'yes' ? (
                        <Tag color="red">{t('quality.essential.yes')}</Tag>
                      ) : c.essential === 'unknown' ? (
                        <Tag>{t('quality.essential.unknown')}</Tag>
                      ) : null,
                  },
                  {
                    title: t('quality.standards.text'),
                    key: 't',
                    render: (_, c) =>
                      c.text_cs || (
                        <Typography.Text type="warning" italic>
                          {t('quality.standards.missingText')}
                        </Typography.Text>
                      ),
                  },
                  { title: t('quality.standards.source'), dataIndex: 'source', width: 160 },
                ]}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.standards.noCriteria')} />
            )}
          </Card>
        ))
      )}
      {importing ? <ImportModal set={s} onClose={() => setImporting(false)} /> : null}
    </div>
  );
}
