// Texts of the system feature: the audit log, the "coming soon" and "not found" pages (keys audit.*, comingSoon.*, notFound.*).
// cs and en have the same keys (the type and web/src/i18n/__tests__/messages.test.ts check it); the app mounts them
// at the root of the translation table through web/src/app/features.ts.
export const cs = {
  comingSoon: {
    title: 'Připravujeme',
    text: 'Modul „{{module}}“ připravujeme. Bude dostupný v některé z příštích verzí Kvalisu.',
    planning:
      'Střednědobé plány, roční akční plány, strategické a provozní plány poskytovatelů, cíle služeb a individuální plánování.',
    quality: 'Standardy kvality, sebehodnocení, audity kvality a procesů, zjištění a nápravná opatření.',
    network: 'Karty služeb, pokrytí území, síť služeb kraje, rozvojové plány a financování.',
    people: 'Pracovníci, další vzdělávání, supervize a spolupráce.',
    back: 'Zpět na přehled',
  },
  notFound: {
    title: 'Stránka nenalezena',
    text: 'Adresa neodpovídá žádné stránce Kvalisu.',
  },
  audit: {
    title: 'Auditní záznam',
    at: 'Čas',
    user: 'Uživatel',
    anyUser: 'Všichni uživatelé',
    userId: 'ID uživatele',
    action: 'Akce',
    actionPlaceholder: 'např. user.create',
    entity: 'Objekt',
    detail: 'Podrobnosti',
    ip: 'IP adresa',
    dateRange: 'Období',
    empty: 'Žádné záznamy.',
  },
};

export const en: typeof cs = {
  comingSoon: {
    title: 'Coming soon',
    text: 'The module “{{module}}” is being prepared. It will come in a future version of Kvalis.',
    planning:
      'Medium-term plans, yearly action plans, providers’ strategic and operational plans, service goals and individual planning.',
    quality: 'Quality standards, self-assessment, quality and process audits, findings and corrective actions.',
    network: 'Service cards, territorial coverage, the regional network of services, development plans and financing.',
    people: 'Staff, further education, supervision and cooperation.',
    back: 'Back to the overview',
  },
  notFound: {
    title: 'Page not found',
    text: 'The address does not match any page of Kvalis.',
  },
  audit: {
    title: 'Audit log',
    at: 'Time',
    user: 'User',
    anyUser: 'All users',
    userId: 'User ID',
    action: 'Action',
    actionPlaceholder: 'e.g. user.create',
    entity: 'Object',
    detail: 'Detail',
    ip: 'IP address',
    dateRange: 'Period',
    empty: 'No entries.',
  },
};

export const messages = { cs, en };
