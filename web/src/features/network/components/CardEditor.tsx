// The region's editor of a draft version: the card's texts, the needs in order (each with its description, the
// service's answer and the basic activities chosen from the kind's catalogue), and a basic activity the region adds.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createActivity, saveVersion, useActivities, useNeedAreas, useNetworkMutation } from '../api';
import {
  activityLabel,
  addNeed,
  editorFromVersion,
  editorProblems,
  editorToInput,
  moveNeed,
  removeNeed,
  sortActivities,
  updateNeed,
  type EditorState,
} from '../network';
import { EXPECT_FIELDS, type Activity, type CardVersion, type NeedArea } from '../types';
import { RecordModal, type Values } from './RecordModal';
import { useFeedback } from '../../../app/feedback';

/** The activities a version's needs may take: the kind's active rows that apply to the card's form. */
export function activityOptions(items: readonly Activity[], formCode: string, lang: string) {
  return sortActivities(items.filter((a) => !formCode || !a.form_scope || a.form_scope.includes(`;${formCode};`))).map(
    (a) => ({
      value: a.id,
      label: activityLabel({ ...a, text: lang.startsWith('en') && a.text_en ? a.text_en : a.text_cs }),
    }),
  );
}

export function needAreaName(n: NeedArea, lang: string): string {
  return lang.startsWith('en') && n.name_en ? n.name_en : n.name_cs;
}

export function CardEditor({
  version,
  region,
  needAreas,
  activities,
}: {
  version: CardVersion;
  region?: string;
  /** for tests: the lists instead of the server's */
  needAreas?: NeedArea[];
  activities?: Activity[];
}) {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const [state, setState] = useState<EditorState>(() => editorFromVersion(version));
  const [shownProblems, setShownProblems] = useState(false);
  const [adding, setAdding] = useState(false);
  const areasQuery = useNeedAreas(region, !needAreas);
  const activitiesQuery = useActivities(version.kind_code, region, !activities);
  const areas = needAreas ?? areasQuery.data?.items ?? [];
  const options = useMemo(
    () => activityOptions(activities ?? activitiesQuery.data?.items ?? [], version.form_code, i18n.language),
    [activities, activitiesQuery.data, version.form_code, i18n.language],
  );
  const save = useNetworkMutation(() => saveVersion(version.version_id, editorToInput(state)));
  const initial = useMemo(() => JSON.stringify(editorToInput(editorFromVersion(version))), [version]);
  const dirty = JSON.stringify(editorToInput(state)) !== initial;
  const problems = editorProblems(state);
  const problemAt = (path: string) => (shownProblems ? problems.find(([p]) => p === path)?.[1] : undefined);
  const freeAreas = areas.filter((a) => a.active && !state.needs.some((n) => n.need_area_id === a.id));
  const setText = (field: keyof EditorState['texts'], value: string) =>
    setState((s) => ({ ...s, texts: { ...s.texts, [field]: value } }));
  const onSave = () => {
    if (problems.length > 0) {
      setShownProblems(true);
      return;
    }
    save.mutate(undefined, { onSuccess: () => message.success(t('network.editor.saved')) });
  };
  return (
    <div data-testid="card-editor">
      <Card size="small" className="kv-section" title={t('network.editor.title')}>
        <Form layout="vertical">
          <Form.Item
            label={t('network.editor.cardTitle')}
            required
            validateStatus={problemAt('title') ? 'error' : undefined}
            help={problemAt('title') ? t(problemAt('title') as string) : undefined}
          >
            <Input
              value={state.texts.title}
              onChange={(e) => setText('title', e.target.value)}
              data-testid="editor-title"
            />
          </Form.Item>
          <Form.Item label={t('network.part.summary')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 10 }}
              value={state.texts.summary}
              onChange={(e) => setText('summary', e.target.value)}
              data-testid="editor-summary"
            />
          </Form.Item>
          {EXPECT_FIELDS.map((f) => (
            <Form.Item key={f} label={t(`network.part.${f}`)}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 10 }}
                value={state.texts[f]}
                onChange={(e) => setText(f, e.target.value)}
                data-testid={`editor-${f}`}
              />
            </Form.Item>
          ))}
          {version.version_no > 1 ? (
            <Form.Item label={t('network.editor.changeNote')}>
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 6 }}
                value={state.change_note}
                onChange={(e) => setState((s) => ({ ...s, change_note: e.target.value }))}
                data-testid="editor-change-note"
              />
            </Form.Item>
          ) : null}
        </Form>
      </Card>
      <Card
        size="small"
        className="kv-section"
        style={{ marginTop: 16 }}
        title={t('network.version.needs')}
        extra={
          <Button size="small" onClick={() => setAdding(true)} data-testid="editor-new-activity">
            {t('network.editor.newActivity')}
          </Button>
        }
      >
        {state.needs.map((n, i) => (
          <Card
            key={n.need_area_id}
            size="small"
            type="inner"
            style={{ marginBottom: 12 }}
            data-testid="editor-need"
            data-need-area={n.need_area_id}
            title={`${i + 1}. ${n.name}`}
            extra={
              <Space size={2}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('network.editor.moveUp')}
                  title={t('network.editor.moveUp')}
                  disabled={i === 0}
                  onClick={() => setState((s) => moveNeed(s, i, -1))}
                  data-testid="editor-need-up"
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('network.editor.moveDown')}
                  title={t('network.editor.moveDown')}
                  disabled={i === state.needs.length - 1}
                  onClick={() => setState((s) => moveNeed(s, i, 1))}
                  data-testid="editor-need-down"
                />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('network.editor.removeNeed')}
                  title={t('network.editor.removeNeed')}
                  onClick={() => setState((s) => removeNeed(s, i))}
                  data-testid="editor-need-remove"
                />
              </Space>
            }
          >
            <Form layout="vertical">
              <Form.Item label={t('network.version.needDescription')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  value={n.description}
                  onChange={(e) => setState((s) => updateNeed(s, i, { description: e.target.value }))}
                  data-testid="editor-need-description"
                />
              </Form.Item>
              <Form.Item
                label={t('network.version.needAnswer')}
                required
                validateStatus={problemAt(`needs.${i}.answer`) ? 'error' : undefined}
                help={problemAt(`needs.${i}.answer`) ? t(problemAt(`needs.${i}.answer`) as string) : undefined}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  value={n.answer}
                  onChange={(e) => setState((s) => updateNeed(s, i, { answer: e.target.value }))}
                  data-testid="editor-need-answer"
                />
              </Form.Item>
              <Form.Item label={t('network.version.activities')} style={{ marginBottom: 0 }}>
                <Select
                  mode="multiple"
                  value={n.activity_ids}
                  options={options}
                  placeholder={t('network.editor.chooseActivities')}
                  optionFilterProp="label"
                  onChange={(ids: number[]) => setState((s) => updateNeed(s, i, { activity_ids: ids }))}
                  loading={activitiesQuery.isLoading}
                  data-testid="editor-need-activities"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Form>
          </Card>
        ))}
        <Select
          value={null}
          placeholder={t('network.editor.addNeed')}
          style={{ width: '100%', maxWidth: 420 }}
          options={freeAreas.map((a) => ({ value: a.id, label: needAreaName(a, i18n.language) }))}
          onChange={(id: number) => {
            const a = areas.find((x) => x.id === id);
            if (a) setState((s) => addNeed(s, { id: a.id, name: needAreaName(a, i18n.language) }));
          }}
          loading={areasQuery.isLoading}
          data-testid="editor-add-need"
          showSearch
          optionFilterProp="label"
        />
      </Card>
      {shownProblems && problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="editor-problems"
          message={t('network.editor.problems')}
          description={[...new Set(problems.map(([, k]) => t(k)))].join(' ')}
        />
      ) : null}
      {save.error ? <ErrorAlert error={save.error} testId="editor-error" /> : null}
      <Space wrap style={{ marginTop: 16 }}>
        <Button type="primary" onClick={onSave} loading={save.isPending} data-testid="editor-save">
          {t('network.editor.save')}
        </Button>
        {dirty ? (
          <Typography.Text type="warning" data-testid="editor-dirty">
            {t('network.editor.unsaved')}
          </Typography.Text>
        ) : null}
      </Space>
      {adding ? (
        <RecordModal<Activity>
          title={t('network.activities.create')}
          testId="activity-form"
          initial={{ paragraph: '', letter: '', text_cs: '', text_en: '', source: '' }}
          fields={[
            { name: 'paragraph', label: t('network.activities.paragraph') },
            { name: 'letter', label: t('network.activities.letter') },
            { name: 'text_cs', label: t('network.activities.textCs'), kind: 'textarea', required: true },
            { name: 'text_en', label: t('network.activities.textEn'), kind: 'textarea' },
            { name: 'source', label: t('network.activities.source') },
          ]}
          onSubmit={(v: Values) =>
            createActivity(
              {
                kind_code: version.kind_code,
                form_scope: '',
                paragraph: String(v.paragraph ?? ''),
                letter: String(v.letter ?? ''),
                text_cs: String(v.text_cs ?? ''),
                text_en: String(v.text_en ?? ''),
                source: String(v.source ?? ''),
              },
              region,
            )
          }
          onClose={() => setAdding(false)}
        />
      ) : null}
    </div>
  );
}
