// The names of the audit types, part of the quality texts (i18n.ts) that the dashboard also shows: they come with
// the first download (routes.tsx), the rest of the quality texts with the quality pages.
export const auditTypeCs = {
  self_assessment: 'Sebehodnocení',
  internal: 'Interní audit',
  external: 'Externí audit',
  process: 'Procesní audit',
  inspection_basic: 'Inspekce – základní',
  inspection_followup: 'Inspekce – následná',
  inspection_notice: 'Inspekce – na podnět',
};

export const auditTypeEn: typeof auditTypeCs = {
  self_assessment: 'Self-assessment',
  internal: 'Internal audit',
  external: 'External audit',
  process: 'Process audit',
  inspection_basic: 'Inspection – basic',
  inspection_followup: 'Inspection – follow-up',
  inspection_notice: 'Inspection – on a notice',
};
