// Approving a network year or a medium-term plan: the date and who approved it (the body and its resolution).
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { ApproveInput } from '../types';

export function ApproveModal({
  title,
  text,
  withBy = true,
  warnings = [],
  pending,
  error,
  onSubmit,
  onClose,
}: {
  title: string;
  text: string;
  withBy?: boolean;
  /** what to know before approving (shown as a warning above the form) */
  warnings?: readonly string[];
  pending: boolean;
  error: unknown;
  onSubmit: (v: ApproveInput) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [by, setBy] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <Modal
      open
      title={title}
      okText={t('networkPlan.common.approve')}
      cancelText={t('networkPlan.common.cancel')}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={() => {
        setTried(true);
        if (!date) return;
        onSubmit({
          approved_on: date.format('YYYY-MM-DD'),
          ...(withBy && by.trim() ? { approved_by_text: by.trim() } : {}),
        });
      }}
      okButtonProps={{ 'data-testid': 'nwp-approve-submit' } as Record<string, string>}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Typography.Paragraph>{text}</Typography.Paragraph>
      {warnings.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="nwp-approve-warnings"
          message={
            warnings.length === 1 ? (
              warnings[0]
            ) : (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )
          }
        />
      ) : null}
      <Form layout="vertical">
        <Form.Item
          label={t('networkPlan.common.approvedOn')}
          required
          validateStatus={tried && !date ? 'error' : undefined}
          help={tried && !date ? t('networkPlan.common.dateRequired') : undefined}
        >
          <DatePicker value={date} onChange={setDate} format="D. M. YYYY" data-testid="nwp-approve-date" />
        </Form.Item>
        {withBy ? (
          <Form.Item label={t('networkPlan.common.approvedBy')}>
            <Input value={by} onChange={(e) => setBy(e.target.value)} maxLength={300} data-testid="nwp-approve-by" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
