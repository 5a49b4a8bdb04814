// The dialog of every care form: Save and Cancel in the UI language, busy while saving, the server's error on top.
import type { ReactNode } from 'react';
import { Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';

export function CareModal({
  title,
  onClose,
  onOk,
  save,
  width,
  testId,
  okTestId,
  children,
}: {
  title: ReactNode;
  onClose: () => void;
  onOk: () => void;
  /** The mutation the form saves with. */
  save: { isPending: boolean; error: unknown };
  width?: number;
  testId?: string;
  /** data-testid of the Save button. */
  okTestId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={onOk}
      confirmLoading={save.isPending}
      okText={t('qualityCare.common.save')}
      cancelText={t('qualityCare.common.cancel')}
      width={width}
      data-testid={testId}
      okButtonProps={okTestId ? ({ 'data-testid': okTestId } as ButtonProps) : undefined}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {children}
    </Modal>
  );
}
