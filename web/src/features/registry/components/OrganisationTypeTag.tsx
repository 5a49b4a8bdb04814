import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganisationType } from '../../../api/types';

const COLORS: Record<OrganisationType, string> = {
  region: 'geekblue',
  municipality: 'purple',
  provider: 'green',
  audit_body: 'orange',
};

export function OrganisationTypeTag({ type }: { type: OrganisationType }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[type] ?? 'default'}>{t(`organisationType.${type}`)}</Tag>;
}

export function ServiceStatusTag({ status }: { status: 'active' | 'ended' }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'active' ? 'success' : 'default'} data-testid="service-status">
      {t(`serviceStatus.${status}`)}
    </Tag>
  );
}
