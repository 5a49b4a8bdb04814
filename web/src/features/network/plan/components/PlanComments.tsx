// The plan's comment period: municipalities and providers comment on the plan or one of its nodes while the period
// runs (each sees its own organisation's comments and their answers); the region answers each comment accepted,
// partly accepted or rejected, with a reason unless accepted.
import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, List, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDate } from '../../../../lib/format';
import { addComment, answerComment, usePlanComments, usePlanMutation } from '../api';
import { answerProblem, buildTree, flatten } from '../sprss';
import { ANSWER_STATUSES, type AnswerInput, type PlanComment, type PlanDetail } from '../types';
import { CommentStatusTag } from './Tags';
import { useFeedback } from '../../../../app/feedback';

function AnswerForm({ comment }: { comment: PlanComment }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [status, setStatus] = useState<string>();
  const [answer, setAnswer] = useState('');
  const [tried, setTried] = useState(false);
  const save = usePlanMutation((body: AnswerInput) => answerComment(comment.id, body));
  const problem = answerProblem(status, answer);
  return (
    <div style={{ marginTop: 6 }} data-testid="nwp-answer-form">
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Radio.Group
        value={status}
        onChange={(e) => setStatus(e.target.value as string)}
        data-testid="nwp-answer-status"
        options={ANSWER_STATUSES.map((s) => ({ value: s, label: t(`networkPlan.commentStatus.${s}`) }))}
      />
      <Form.Item
        style={{ margin: '6px 0' }}
        validateStatus={tried && problem ? 'error' : undefined}
        help={tried && problem ? t(problem) : undefined}
      >
        <Input.TextArea
          rows={2}
          maxLength={4000}
          placeholder={t('networkPlan.comments.reason')}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          data-testid="nwp-answer-text"
        />
      </Form.Item>
      <Button
        type="primary"
        size="small"
        loading={save.isPending}
        data-testid="nwp-answer-send"
        onClick={() => {
          setTried(true);
          if (problem || !status) return;
          save.mutate(
            { status, ...(answer.trim() ? { answer: answer.trim() } : {}) },
            { onSuccess: () => void message.success(t('networkPlan.comments.answered')) },
          );
        }}
      >
        {t('networkPlan.comments.answerAction')}
      </Button>
    </div>
  );
}

export function PlanComments({
  detail,
  staff,
  manages,
  nodeId,
  onNodeChange,
}: {
  detail: PlanDetail;
  staff: boolean;
  manages: boolean;
  nodeId?: number;
  onNodeChange: (id: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const plan = detail.plan;
  const comments = usePlanComments(plan.id);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const add = usePlanMutation((v: { node_id?: number; text: string }) => addComment(plan.id, v));
  const nodes = flatten(buildTree(detail.nodes));
  const items = comments.data?.items ?? [];
  const canAnswer = manages && plan.status === 'comments';
  const open = items.filter((c) => c.status === 'open').length;

  return (
    <div data-testid="nwp-comments">
      {plan.status === 'comments' && plan.comments_until ? (
        <Typography.Paragraph>
          {t('networkPlan.plan.untilInfo', { date: formatDate(plan.comments_until) })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('networkPlan.comments.closed')}</Typography.Paragraph>
      )}
      {!staff ? (
        <Alert type="info" showIcon message={t('networkPlan.comments.mineOnly')} style={{ marginBottom: 8 }} />
      ) : null}
      {!staff && plan.status === 'comments' && !detail.can_comment ? (
        <Alert
          type="info"
          showIcon
          message={t('networkPlan.comments.readOnly')}
          style={{ marginBottom: 8 }}
          data-testid="nwp-comments-read-only"
        />
      ) : null}
      {detail.can_comment ? (
        <Card
          size="small"
          title={t('networkPlan.comments.add')}
          style={{ marginBottom: 12 }}
          data-testid="nwp-comment-form"
        >
          {add.error ? <ErrorAlert error={add.error} /> : null}
          <Form layout="vertical">
            <Form.Item label={t('networkPlan.comments.node')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('networkPlan.comments.wholePlan')}
                value={nodeId}
                onChange={(v?: number) => onNodeChange(v)}
                options={nodes.map((n) => ({ value: n.id, label: `${n.code} ${n.title}` }))}
                data-testid="nwp-comment-node"
              />
            </Form.Item>
            <Form.Item
              label={t('networkPlan.comments.text')}
              required
              validateStatus={tried && !text.trim() ? 'error' : undefined}
              help={tried && !text.trim() ? t('networkPlan.comments.textRequired') : undefined}
            >
              <Input.TextArea
                rows={3}
                maxLength={4000}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid="nwp-comment-text"
              />
            </Form.Item>
            <Button
              type="primary"
              loading={add.isPending}
              data-testid="nwp-comment-send"
              onClick={() => {
                setTried(true);
                if (!text.trim()) return;
                add.mutate(
                  { text: text.trim(), ...(nodeId ? { node_id: nodeId } : {}) },
                  {
                    onSuccess: () => {
                      void message.success(t('networkPlan.comments.sent'));
                      setText('');
                      setTried(false);
                      onNodeChange(undefined);
                    },
                  },
                );
              }}
            >
              {t('networkPlan.comments.send')}
            </Button>
          </Form>
        </Card>
      ) : null}
      {comments.error ? <ErrorAlert error={comments.error} onRetry={() => void comments.refetch()} /> : null}
      {open ? (
        <Typography.Text type="warning">{t('networkPlan.comments.openCount', { count: open })}</Typography.Text>
      ) : null}
      <List<PlanComment>
        loading={comments.isPending}
        dataSource={items}
        locale={{
          emptyText: (
            <Empty
              description={t(staff ? 'networkPlan.comments.empty' : 'networkPlan.comments.emptyMine')}
              data-testid="nwp-comments-empty"
            />
          ),
        }}
        renderItem={(c) => (
          <List.Item data-testid="nwp-comment" data-status={c.status} data-comment-id={c.id}>
            <div style={{ width: '100%', overflowWrap: 'anywhere' }}>
              <Space wrap size={4}>
                <CommentStatusTag status={c.status} />
                <Typography.Text strong>{c.author_org_name}</Typography.Text>
                {c.author_name ? <Typography.Text type="secondary">{c.author_name}</Typography.Text> : null}
                <Typography.Text type="secondary" data-testid="nwp-comment-target">
                  {'· '}
                  {t('networkPlan.comments.on', {
                    target: c.node_id ? `${c.node_code} ${c.node_title}` : t('networkPlan.comments.wholePlan'),
                  })}
                </Typography.Text>
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }} data-testid="nwp-comment-body">
                {c.text}
              </Typography.Paragraph>
              {c.answered ? (
                <div className="kv-muted" data-testid="nwp-comment-answer">
                  <Typography.Text strong>{t('networkPlan.comments.answer')}:</Typography.Text> {c.answer || '—'}
                </div>
              ) : null}
              {canAnswer && c.status === 'open' ? <AnswerForm comment={c} /> : null}
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}
