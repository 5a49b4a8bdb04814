// Texts of the quality module (audits, standards, templates, findings, actions, overview).
export const cs = {} as const;
export const en: Record<string, unknown> = {};
