// A review of the individual plan held with the client: each active goal rated on the allowed GAS levels (shown
// with the client's own descriptions), the client's view, what changed, next steps and the next review date.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, Card, DatePicker, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createReview, usePlanningMutation } from '../api';
import {
  GAS_LEVELS,
  gasLevelKey,
  gasLevelText,
  goalsToRate,
  levelDescription,
  reviewInput,
  type RatingRow,
} from '../planning';
import type { ClientGoal } from '../types';
import { useFeedback } from '../../../app/feedback';

export function ReviewModal({
  clientId,
  goals,
  onClose,
}: {
  clientId: number;
  goals: readonly ClientGoal[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const rated = goalsToRate(goals);
  const [heldOn, setHeldOn] = useState(dayjs());
  const [nextOn, setNextOn] = useState<dayjs.Dayjs | null>(dayjs().add(3, 'month'));
  const [text, setText] = useState({ what_changed: '', client_view: '', next_steps: '', participants: '' });
  const [ratings, setRatings] = useState<RatingRow[]>(
    rated.map((g) => ({ client_goal_id: g.id, level: null, note: '' })),
  );
  const [tried, setTried] = useState(false);
  const unrated = ratings.filter((r) => r.level === null);
  const save = usePlanningMutation(() =>
    createReview(
      clientId,
      reviewInput(
        { held_on: heldOn.format('YYYY-MM-DD'), next_review_on: nextOn ? nextOn.format('YYYY-MM-DD') : '', ...text },
        ratings,
      ),
    ),
  );
  const setRating = (id: number, patch: Partial<RatingRow>) =>
    setRatings((rs) => rs.map((r) => (r.client_goal_id === id ? { ...r, ...patch } : r)));
  return (
    <Modal
      open
      title={t('planning.client.addReview')}
      onCancel={onClose}
      width={860}
      okText={t('planning.common.save')}
      cancelText={t('planning.common.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'review-save' } as ButtonProps}
      onOk={() => {
        setTried(true);
        if (unrated.length === 0)
          save.mutate(undefined, {
            onSuccess: () => {
              void message.success(t('planning.client.reviewSaved'));
              onClose();
            },
          });
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={t('planning.client.heldOn')} required>
            <DatePicker format="D. M. YYYY" allowClear={false} value={heldOn} onChange={(d) => d && setHeldOn(d)} />
          </Form.Item>
          <Form.Item label={t('planning.client.nextReviewOn')}>
            <DatePicker format="D. M. YYYY" value={nextOn} onChange={setNextOn} data-testid="review-next" />
          </Form.Item>
        </Space>
        {rated.map((g) => {
          const r = ratings.find((x) => x.client_goal_id === g.id)!;
          return (
            <Card key={g.id} size="small" style={{ marginBottom: 12 }} data-testid="review-goal" data-goal-id={g.id}>
              <Typography.Text strong>{g.wording}</Typography.Text>
              <Form.Item label={t('planning.client.rating')} required style={{ marginTop: 8, marginBottom: 8 }}>
                <Radio.Group
                  value={r.level}
                  onChange={(e) => setRating(g.id, { level: e.target.value })}
                  data-testid="review-levels"
                >
                  <Space direction="vertical">
                    {GAS_LEVELS.map((lv) => {
                      const own = levelDescription(g.levels, lv);
                      return (
                        <Radio key={lv} value={lv}>
                          <span data-testid="review-level" data-level={lv}>
                            <strong>{gasLevelText(lv)}</strong> {t(`planning.gasLevel.${gasLevelKey(lv)}`)}
                            {own ? <Typography.Text type="secondary">: {own}</Typography.Text> : null}
                          </span>
                        </Radio>
                      );
                    })}
                  </Space>
                </Radio.Group>
              </Form.Item>
              <Input
                placeholder={t('planning.client.ratingNote')}
                aria-label={t('planning.client.ratingNote')}
                value={r.note}
                onChange={(e) => setRating(g.id, { note: e.target.value })}
              />
            </Card>
          );
        })}
        <Form.Item label={t('planning.client.whatChanged')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            value={text.what_changed}
            onChange={(e) => setText({ ...text, what_changed: e.target.value })}
            data-testid="review-what-changed"
          />
        </Form.Item>
        <Form.Item label={t('planning.client.clientView')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            value={text.client_view}
            onChange={(e) => setText({ ...text, client_view: e.target.value })}
            data-testid="review-client-view"
          />
        </Form.Item>
        <Form.Item label={t('planning.client.nextSteps')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            value={text.next_steps}
            onChange={(e) => setText({ ...text, next_steps: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('planning.client.participants')}>
          <Input value={text.participants} onChange={(e) => setText({ ...text, participants: e.target.value })} />
        </Form.Item>
      </Form>
      {tried && unrated.length ? (
        <Alert
          type="warning"
          showIcon
          data-testid="review-unrated"
          message={`${t('planning.client.chooseLevel')}: ${unrated
            .map((u) => rated.find((g) => g.id === u.client_goal_id)?.wording ?? '')
            .join(', ')}`}
        />
      ) : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
