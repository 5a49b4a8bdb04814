import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganisationType } from '../types';
import { organisationTypeColor } from '../organisationTypes';

/** The server sends the type as a string; an unknown one shows as it came. */
export function OrganisationTypeTag({ type }: { type: OrganisationType | string }) {
  const { t } = useTranslation();
  return <Tag color={organisationTypeColor(type)}>{t(`organisationType.${type}`, { defaultValue: type })}</Tag>;
}

export function ServiceStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'active' ? 'success' : 'default'} data-testid="service-status">
      {t(`serviceStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}
