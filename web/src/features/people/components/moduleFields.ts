// The fields of a training module, for RecordModal.
import type { TFunction } from 'i18next';
import type { Field } from './RecordModal';

export function moduleFields(t: TFunction, organisers?: readonly { id: number; name: string }[]): Field[] {
  return [
    ...(organisers && organisers.length > 1
      ? [
          {
            name: 'organiser_org_id',
            label: t('people.catalogue.organiser'),
            kind: 'select' as const,
            required: true,
            options: organisers.map((o) => ({ value: o.id, label: o.name })),
          },
        ]
      : []),
    { name: 'code', label: t('people.catalogue.code') },
    { name: 'title', label: t('people.catalogue.module'), required: true },
    { name: 'topic', label: t('people.catalogue.topic') },
    { name: 'description', label: t('people.catalogue.description'), kind: 'textarea' },
    { name: 'hours', label: t('people.catalogue.hours'), kind: 'number', min: 0.5, step: 0.5, required: true },
    { name: 'in_house', label: t('people.catalogue.inHouse'), kind: 'checkbox' },
    { name: 'accreditation_number', label: t('people.catalogue.accreditationNumber') },
    { name: 'accreditation_body', label: t('people.catalogue.accreditationBody') },
    { name: 'accredited_until', label: t('people.catalogue.accreditedUntilField'), kind: 'date' },
  ];
}
