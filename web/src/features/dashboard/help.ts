// Help panel of the start page (components/HelpPanel.tsx), mounted under the i18n key `helpDashboard`.
const cs = {
  main: {
    title: 'Přehled',
    purpose: 'Výchozí stránka: vaše organizace a členství, počty organizací a služeb a cesty do modulů.',
    law: 'Kvalis podporuje plánování, hodnocení a zvyšování kvality sociálních služeb podle zákona č. 108/2006 Sb., o sociálních službách, a práci orgánů sociálně-právní ochrany dětí podle zákona č. 359/1999 Sb.',
    next: 'Pokračujte do modulu, ve kterém právě pracujete.',
    quality: 'Kvalita a audity',
    planning: 'Plánování',
    benchmarking: 'Benchmarking',
  },
};

const en: typeof cs = {
  main: {
    title: 'Overview',
    purpose:
      'The start page: your organisations and memberships, counts of organisations and services, and the ways into the modules.',
    law: 'Kvalis supports planning, evaluating and improving the quality of social services under Act No. 108/2006 Coll. on social services, and the work of child-protection bodies (OSPOD) under Act No. 359/1999 Coll.',
    next: 'Go on to the module you are working in.',
    quality: 'Quality and audits',
    planning: 'Planning',
    benchmarking: 'Benchmarking',
  },
};

export const helpMessages = { cs: { helpDashboard: cs }, en: { helpDashboard: en } };
