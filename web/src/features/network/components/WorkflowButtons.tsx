// The workflow of a card version: send for comments (with a deadline), finalise, publish, new version; each
// button only when the server lists the step in `allowed`.
import { useState } from 'react';
import { Button, DatePicker, Form, Modal, Space, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { finaliseVersion, newVersion, publishVersion, sendVersion, useNetworkMutation } from '../api';
import { validDeadline, workflowButtons, type WorkflowAction } from '../network';
import type { CardVersion } from '../types';
import { useFeedback } from '../../../app/feedback';
import { addDays, todayIso } from '../../../lib/format';

export function WorkflowButtons({ version }: { version: Pick<CardVersion, 'version_id' | 'card_id' | 'allowed'> }) {
  const { t } = useTranslation();
  const { modal, message } = useFeedback();
  const navigate = useNavigate();
  const [sending, setSending] = useState(false);
  const step = useNetworkMutation(async (a: WorkflowAction) => {
    if (a === 'finalise') return finaliseVersion(version.version_id);
    if (a === 'publish') return publishVersion(version.version_id);
    return newVersion(version.card_id);
  });
  const actions = workflowButtons(version.allowed);
  if (actions.length === 0) return null;
  const confirmKey: Record<Exclude<WorkflowAction, 'send'>, string> = {
    finalise: 'network.workflow.finaliseConfirm',
    publish: 'network.workflow.publishConfirm',
    new_version: 'network.workflow.newVersionConfirm',
  };
  const run = (a: WorkflowAction) => {
    if (a === 'send') {
      setSending(true);
      return;
    }
    step.reset();
    modal.confirm({
      title: t(confirmKey[a]),
      okText: t(`network.workflow.${a}`),
      cancelText: t('network.common.cancel'),
      onOk: () =>
        step
          .mutateAsync(a)
          .then((v) => {
            message.success(t('network.workflow.done'));
            if (a === 'new_version') navigate(`/network/versions/${v.version_id}`);
          })
          .catch(() => undefined),
    });
  };
  return (
    <div data-testid="workflow">
      <Space wrap>
        {actions.map((a) => (
          <Button
            key={a}
            type={a === 'publish' || a === 'send' ? 'primary' : 'default'}
            onClick={() => run(a)}
            loading={step.isPending && step.variables === a}
            data-testid={`workflow-${a}`}
          >
            {t(`network.workflow.${a}`)}
          </Button>
        ))}
      </Space>
      {step.error ? <ErrorAlert error={step.error} testId="workflow-error" /> : null}
      {sending ? <SendModal versionId={version.version_id} onClose={() => setSending(false)} /> : null}
    </div>
  );
}

export function SendModal({ versionId, onClose }: { versionId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ comments_until: Dayjs | null }>();
  const send = useNetworkMutation((date: string) => sendVersion(versionId, date));
  const today = todayIso();
  return (
    <Modal
      open
      title={t('network.workflow.sendTitle')}
      onCancel={onClose}
      okText={t('network.workflow.send')}
      cancelText={t('network.common.cancel')}
      okButtonProps={{ loading: send.isPending, 'data-testid': 'send-save' } as ButtonProps}
      onOk={() =>
        form
          .validateFields()
          .then((v) =>
            send.mutate(v.comments_until ? v.comments_until.format('YYYY-MM-DD') : '', {
              onSuccess: () => {
                message.success(t('network.workflow.done'));
                onClose();
              },
            }),
          )
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <Typography.Paragraph>{t('network.workflow.sendText')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        data-testid="send-form"
        initialValues={{ comments_until: dayjs(addDays(today, 21)) }}
      >
        <Form.Item
          name="comments_until"
          label={t('network.workflow.deadline')}
          rules={[
            { required: true, message: t('network.common.requiredField', { field: t('network.workflow.deadline') }) },
            {
              validator: (_, v: Dayjs | null) =>
                !v || validDeadline(v.format('YYYY-MM-DD'), today)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('network.workflow.deadlinePast'))),
            },
          ]}
        >
          <DatePicker format="D. M. YYYY" style={{ width: '100%' }} data-testid="send-deadline" />
        </Form.Item>
      </Form>
      {send.error ? <ErrorAlert error={send.error} /> : null}
    </Modal>
  );
}
