// Texts of the quality module's care part (OSPOD, supervision and consultations, transformation).
export const cs = {} as const;
export const en: Record<string, unknown> = {};
