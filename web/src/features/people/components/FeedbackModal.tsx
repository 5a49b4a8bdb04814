// The questionnaire after a session: four ratings 1–5 and a comment, anonymous.
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Form, Input, Modal, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { sendFeedback, usePeopleMutation } from '../api';
import { FEEDBACK_QUESTIONS } from '../people';
import type { FeedbackInput } from '../types';
import { useFeedback } from '../../../app/feedback';

type Ratings = Required<Omit<FeedbackInput, 'registration_id' | 'comment'>> & { comment: string };

export function FeedbackModal({
  sessionId,
  registrationId,
  onClose,
}: {
  sessionId: number;
  /** The attended registration the answers are given for (once; the answers are stored without it). */
  registrationId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [v, setV] = useState<Ratings>({
    content_rating: 0,
    lecturer_rating: 0,
    usefulness_rating: 0,
    organisation_rating: 0,
    comment: '',
  });
  const complete = FEEDBACK_QUESTIONS.every((q) => v[q] >= 1);
  const save = usePeopleMutation(() =>
    sendFeedback(sessionId, { ...v, comment: v.comment.trim(), registration_id: registrationId }),
  );
  return (
    <Modal
      open
      title={t('people.session.feedbackTitle')}
      onCancel={onClose}
      okText={t('people.common.save')}
      cancelText={t('people.common.cancel')}
      okButtonProps={{ loading: save.isPending, disabled: !complete, 'data-testid': 'feedback-save' } as ButtonProps}
      onOk={() =>
        save.mutate(undefined, {
          onSuccess: () => {
            message.success(t('people.session.feedbackSent'));
            onClose();
          },
        })
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('people.session.feedbackHelp')}</Typography.Paragraph>
      <Form layout="vertical" data-testid="feedback-form">
        {FEEDBACK_QUESTIONS.map((q) => (
          <Form.Item key={q} label={t(`people.question.${q}`)} required>
            <Rate value={v[q]} onChange={(n) => setV({ ...v, [q]: n })} data-testid={`feedback-${q}`} />
          </Form.Item>
        ))}
        <Form.Item label={t('people.session.comment')}>
          <Input.TextArea rows={3} value={v.comment} onChange={(e) => setV({ ...v, comment: e.target.value })} />
        </Form.Item>
      </Form>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
