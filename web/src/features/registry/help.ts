// Help panels of the registry pages (components/HelpPanel.tsx), mounted under the i18n key `helpRegistry`.
const cs = {
  services: {
    title: 'Služby',
    purpose: 'Registrované sociální služby: druh, formy, kapacita, cílové skupiny, místa poskytování a poskytovatel.',
    law: 'Údaje pocházejí z registru poskytovatelů sociálních služeb MPSV (veřejná otevřená data); druhy služeb stanoví zákon č. 108/2006 Sb. (§ 37–§ 70), formy jsou pobytová, ambulantní a terénní.',
    next: 'Otevřete službu a přejděte k jejím auditům, benchmarkingu nebo zařazení v síti.',
    quality: 'Audity a sebehodnocení',
    network: 'Síť služeb',
  },
  organisations: {
    title: 'Organizace',
    purpose: 'Organizace v Kvalisu: kraj, poskytovatelé, obce a hodnotitelé; jejich uživatelé a služby.',
    law: 'Poskytovatele a jejich služby přebírá Kvalis z registru poskytovatelů sociálních služeb MPSV (IČO, právní forma, registrované služby).',
    next: 'Otevřete organizaci a zkontrolujte její služby a uživatele.',
    services: 'Služby',
  },
};

const en: typeof cs = {
  services: {
    title: 'Services',
    purpose: 'Registered social services: kind, forms, capacity, target groups, places of delivery and the provider.',
    law: "The data come from MPSV's registry of social-service providers (public open data); the kinds of services are set by Act No. 108/2006 Coll. (§ 37–§ 70), the forms are residential, day and field.",
    next: 'Open a service and go on to its audits, benchmarking or its place in the network.',
    quality: 'Audits and self-assessments',
    network: 'Network of services',
  },
  organisations: {
    title: 'Organisations',
    purpose:
      'The organisations in Kvalis: the region, providers, municipalities and evaluators; their users and services.',
    law: "Providers and their services come from MPSV's registry of social-service providers (IČO, legal form, registered services).",
    next: 'Open an organisation and check its services and users.',
    services: 'Services',
  },
};

export const helpMessages = { cs: { helpRegistry: cs }, en: { helpRegistry: en } };
