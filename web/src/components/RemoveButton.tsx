// The red bin that removes one row of an editable list (a form list's entry, a criterion, a member).
import { Button } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function RemoveButton({ onClick, testId }: { onClick: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      onClick={onClick}
      aria-label={t('common.remove')}
      data-testid={testId}
    />
  );
}
