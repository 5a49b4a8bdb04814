// The tag colour of each organisation type (antd's preset colours): OrganisationTypeTag and the dashboard's plain
// tags (components/PlainTag.tsx).
export const ORGANISATION_TYPE_COLORS = {
  region: 'geekblue',
  municipality: 'purple',
  provider: 'green',
  audit_body: 'orange',
} as const;

export function organisationTypeColor(
  type: string,
): (typeof ORGANISATION_TYPE_COLORS)[keyof typeof ORGANISATION_TYPE_COLORS] | 'default' {
  return ORGANISATION_TYPE_COLORS[type as keyof typeof ORGANISATION_TYPE_COLORS] ?? 'default';
}
