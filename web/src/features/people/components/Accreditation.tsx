// A module's accreditation in words: number, body and validity, or "in-house" / "not accredited".
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Module } from '../types';

export function Accreditation({
  m,
}: {
  m: Pick<Module, 'accreditation_number' | 'accreditation_body' | 'accredited_until' | 'in_house'>;
}) {
  const { t } = useTranslation();
  if (m.in_house) return <Tag>{t('people.catalogue.inHouse')}</Tag>;
  if (!m.accreditation_number)
    return <Typography.Text type="secondary">{t('people.catalogue.notAccredited')}</Typography.Text>;
  return (
    <Space direction="vertical" size={0} data-testid="module-accreditation">
      <span>
        <Tag color="green">{m.accreditation_number}</Tag>
        {m.accreditation_body}
      </span>
      {m.accredited_until ? (
        <Typography.Text type="secondary">
          {t('people.catalogue.accreditedUntil', { date: formatDate(m.accredited_until) })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
