// Comments on a card version, grouped by the part of the card they name. A provider writes comments while the
// version is out for comments, edits its own while they are open, and sees the region's answers; the region sees
// every comment and answers each: accepted, partly accepted or rejected (a reason for the last two).
import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { addComment, answerComment, updateComment, useComments, useNetworkMutation } from '../api';
import { ANSWER_STATUSES, answerProblem, can, canEditComment, groupComments, partsOf, type Part } from '../network';
import type { AnswerInput, CardComment, CardVersion } from '../types';
import { CommentStatusTag } from './Tags';

export function CommentsPanel({
  version,
  comments: given,
}: {
  version: Pick<CardVersion, 'version_id' | 'needs' | 'allowed' | 'status' | 'comments_until'>;
  /** for tests: the comments instead of the server's */
  comments?: CardComment[];
}) {
  const { t, i18n } = useTranslation();
  const query = useComments(given ? 0 : version.version_id);
  const comments = given ?? query.data?.items ?? [];
  const parts = partsOf(version, i18n.language);
  const label = (p: Part) => (p.labelKey ? t(p.labelKey) : p.name);
  const groups = groupComments(comments, parts, label);
  const mayComment = can(version, 'comment');
  const mayAnswer = can(version, 'answer');
  return (
    <Card
      size="small"
      className="kv-section"
      style={{ marginTop: 16 }}
      title={t('network.comments.title')}
      data-testid="comments-panel"
    >
      {version.status === 'comments' && version.comments_until ? (
        <Typography.Paragraph data-testid="comments-until">
          {t('network.comments.until', { date: formatDate(version.comments_until) })}
        </Typography.Paragraph>
      ) : null}
      {!mayAnswer && (mayComment || comments.some((c) => c.mine)) ? (
        <Typography.Paragraph type="secondary">{t('network.comments.mineOnly')}</Typography.Paragraph>
      ) : null}
      {mayComment ? <NewComment versionId={version.version_id} parts={parts} label={label} /> : null}
      {query.error && !given ? <ErrorAlert error={query.error} onRetry={() => query.refetch()} /> : null}
      {!given && query.isLoading ? <Card loading /> : null}
      {groups.length === 0 && (given || query.isSuccess) ? (
        <Empty description={t('network.comments.empty')} data-testid="comments-empty" />
      ) : null}
      {groups.map((g) => (
        <section key={g.part} data-testid="comment-group" data-part={g.part} style={{ marginTop: 12 }}>
          <Typography.Title level={5} style={{ marginBottom: 4 }}>
            {g.label}{' '}
            {g.open > 0 ? (
              <Typography.Text type="warning" style={{ fontSize: 13, fontWeight: 'normal' }}>
                ({t('network.comments.openCount', { count: g.open })})
              </Typography.Text>
            ) : null}
          </Typography.Title>
          {g.comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              mayAnswer={(mayAnswer || c.can_answer) && c.status === 'open'}
              mayEdit={c.can_edit && canEditComment(c, mayComment)}
            />
          ))}
        </section>
      ))}
    </Card>
  );
}

function NewComment({
  versionId,
  parts,
  label,
}: {
  versionId: number;
  parts: readonly Part[];
  label: (p: Part) => string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ part: string; text: string }>();
  const add = useNetworkMutation((v: { part: string; text: string }) => addComment(versionId, v));
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="comment-form"
      initialValues={{ part: 'general', text: '' }}
      onFinish={(v) =>
        add.mutate({ part: v.part, text: v.text.trim() }, { onSuccess: () => form.setFieldValue('text', '') })
      }
    >
      <Form.Item name="part" label={t('network.comments.part')} rules={[{ required: true }]}>
        <Select
          data-testid="comment-part"
          options={parts.map((p) => ({ value: p.part, label: label(p) }))}
          showSearch
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('network.comments.text')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('network.common.requiredField', { field: t('network.comments.text') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="comment-text" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="comment-send">
        {t('network.comments.send')}
      </Button>
      {add.error ? <ErrorAlert error={add.error} testId="comment-error" /> : null}
    </Form>
  );
}

function CommentItem({
  comment: c,
  mayAnswer,
  mayEdit,
}: {
  comment: CardComment;
  mayAnswer: boolean;
  mayEdit: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(c.text);
  const edit = useNetworkMutation((v: string) => updateComment(c.id, { part: c.part, text: v }));
  return (
    <div
      data-testid="comment"
      data-comment-id={c.id}
      data-status={c.status}
      style={{ borderLeft: '3px solid #d9d9d9', padding: '4px 0 4px 10px', marginBottom: 10 }}
    >
      <Space wrap size={4}>
        <Typography.Text strong data-testid="comment-author">
          {c.author_org_name}
        </Typography.Text>
        {c.author_name ? <Typography.Text type="secondary">{c.author_name}</Typography.Text> : null}
        <Typography.Text type="secondary">{formatDate(c.created_at)}</Typography.Text>
        <CommentStatusTag status={c.status} />
      </Space>
      {editing ? (
        <div>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="comment-edit-text"
          />
          <Space style={{ marginTop: 4 }}>
            <Button
              size="small"
              type="primary"
              disabled={!text.trim()}
              loading={edit.isPending}
              data-testid="comment-edit-save"
              onClick={() => edit.mutate(text.trim(), { onSuccess: () => setEditing(false) })}
            >
              {t('network.common.save')}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t('network.common.cancel')}
            </Button>
          </Space>
          {edit.error ? <ErrorAlert error={edit.error} /> : null}
        </div>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }} data-testid="comment-text-shown">
          {c.text}
        </Typography.Paragraph>
      )}
      {mayEdit && !editing ? (
        <Button size="small" onClick={() => setEditing(true)} data-testid="comment-edit">
          {t('network.comments.edit')}
        </Button>
      ) : null}
      {c.status !== 'open' ? (
        <Alert
          type={c.status === 'accepted' ? 'success' : c.status === 'rejected' ? 'error' : 'warning'}
          data-testid="comment-answer"
          message={
            <span>
              <strong>{t('network.comments.answer')}</strong>
              {c.answered_at ? ` (${formatDate(c.answered_at)})` : ''}
              {c.answer ? `: ${c.answer}` : ''}
            </span>
          }
          style={{ marginTop: 4 }}
        />
      ) : mayAnswer ? (
        <AnswerForm commentId={c.id} />
      ) : null}
    </div>
  );
}

export function AnswerForm({ commentId }: { commentId: number }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const [answer, setAnswer] = useState('');
  const [tried, setTried] = useState(false);
  const send = useNetworkMutation((v: AnswerInput) => answerComment(commentId, v));
  const problem = answerProblem(status, answer);
  return (
    <div data-testid="answer-form" style={{ marginTop: 6 }}>
      <Radio.Group
        value={status}
        onChange={(e) => setStatus(String(e.target.value))}
        data-testid="answer-status"
        optionType="button"
        size="small"
        options={ANSWER_STATUSES.map((s) => ({ value: s, label: t(`network.commentStatus.${s}`) }))}
      />
      <Input.TextArea
        style={{ marginTop: 6 }}
        autoSize={{ minRows: 1, maxRows: 6 }}
        placeholder={t('network.comments.reason')}
        aria-label={t('network.comments.reason')}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        data-testid="answer-text"
      />
      {tried && problem ? (
        <Typography.Text type="danger" data-testid="answer-problem">
          {t(problem)}
        </Typography.Text>
      ) : null}
      <div style={{ marginTop: 6 }}>
        <Button
          size="small"
          type="primary"
          loading={send.isPending}
          data-testid="answer-send"
          onClick={() => {
            setTried(true);
            if (problem || !status || status === 'open') return;
            send.mutate({ status, answer: answer.trim() });
          }}
        >
          {t('network.comments.answerAction')}
        </Button>
      </div>
      {send.error ? <ErrorAlert error={send.error} /> : null}
    </div>
  );
}
