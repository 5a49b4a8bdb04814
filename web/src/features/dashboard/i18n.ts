// Texts of the role dashboard. Mounted under the i18n key `home`: t('home.formsToFill.title'); the page's own
// header and membership card texts are `dashboard.*` (pageCs / pageEn below).
export const cs = {
  overview: {
    title: 'Přehled kraje',
    servicesActive: 'Aktivní služby',
    providers: 'Poskytovatelé',
    auditsDraft: 'Rozpracované audity',
    auditsClosed: 'Uzavřené audity',
    actionsOpen: 'Otevřená opatření',
    actionsOverdue: 'Opatření po termínu',
    roundsOpen: 'Otevřená kola benchmarkingu',
    formsSubmitted: 'Odeslané formuláře ke kontrole',
  },
  formsToFill: {
    title: 'Formuláře k vyplnění',
    empty:
      'Nemáte žádný formulář k vyplnění. Až koordinátor skupiny otevře nové kolo, objeví se tu formuláře vašich služeb.',
  },
  formsToReview: {
    title: 'Odeslané formuláře ke kontrole',
    empty: 'Žádný odeslaný formulář nečeká na kontrolu. Stav sběru dat sledujte v otevřených kolech.',
  },
  openRounds: {
    title: 'Otevřená kola benchmarkingu',
    empty: 'Teď neběží žádné kolo sběru dat.',
    emptyManage: 'Teď neběží žádné kolo sběru dat. Nové kolo otevřete v detailu pracovní skupiny.',
    progress: 'Odesláno {{submitted}} z {{services}}',
    counts: 'rozpracováno {{draft}}, nezahájeno {{notStarted}}',
  },
  groupsWaiting: {
    title: 'Skupiny bez otevřeného kola',
    lastRound: 'Poslední kolo: {{name}}',
    noRound: 'Skupina zatím nemá žádné kolo.',
    nextMeeting: 'Příští setkání skupiny: {{date}}',
    notAnnounced: 'Další kolo zatím nebylo vyhlášeno. Termín sdělí koordinátor skupiny: {{coordinator}}.',
    openNext: 'Skupina nemá otevřené kolo: další kolo otevřete v detailu skupiny.',
  },
  actionsOverdue: {
    title: 'Opatření po termínu',
    empty: 'Žádné nápravné opatření není po termínu.',
    days: 'po termínu {{n}} d.',
  },
  actionsDueSoon: {
    title: 'Opatření s blížícím se termínem',
    empty: 'V příštích 30 dnech nemá termín žádné opatření.',
    days: 'zbývá {{n}} d.',
    today: 'termín dnes',
  },
  actionsToVerify: {
    title: 'Opatření k ověření',
    empty: 'Žádné splněné opatření nečeká na vaše ověření.',
  },
  auditsToScore: {
    title: 'Audity k hodnocení',
    empty:
      'Nemáte žádný rozpracovaný audit k hodnocení. Nový audit nebo sebehodnocení založíte v modulu Kvalita a audity.',
    progress: 'hodnoceno {{assessed}} z {{criteria}} kritérií',
  },
  auditsToClose: {
    title: 'Audity k uzavření',
    empty: 'Žádný audit nemá ohodnocena všechna kritéria a nečeká na uzavření.',
  },
  deadline: {
    none: 'bez termínu',
    passed: 'po termínu {{n}} d.',
    today: 'termín dnes',
    left: 'zbývá {{n}} d.',
  },
  formState: {
    notStarted: 'nezahájeno',
    draft: 'rozpracováno',
    reopened: 'vráceno k opravě',
    submitted: 'odesláno',
  },
  myRounds: 'Sběr dat ve vašich skupinách',
  more: 'a další ({{n}})',
  showAll: 'Zobrazit vše',
  openBenchmarking: 'Benchmarking',
  nothing: 'Pro vaši roli tu zatím nic není. Moduly najdete v menu vlevo.',
};

export const en: typeof cs = {
  overview: {
    title: 'Region overview',
    servicesActive: 'Active services',
    providers: 'Providers',
    auditsDraft: 'Audits in progress',
    auditsClosed: 'Closed audits',
    actionsOpen: 'Open actions',
    actionsOverdue: 'Overdue actions',
    roundsOpen: 'Open benchmarking rounds',
    formsSubmitted: 'Submitted forms to review',
  },
  formsToFill: {
    title: 'Forms to fill in',
    empty:
      'You have no form to fill in. When the group coordinator opens a new round, your services’ forms appear here.',
  },
  formsToReview: {
    title: 'Submitted forms to review',
    empty: 'No submitted form awaits review. Follow data collection in the open rounds.',
  },
  openRounds: {
    title: 'Open benchmarking rounds',
    empty: 'No data round is open now.',
    emptyManage: 'No data round is open now. Open a new round in the working group’s detail.',
    progress: '{{submitted}} of {{services}} submitted',
    counts: '{{draft}} in progress, {{notStarted}} not started',
  },
  groupsWaiting: {
    title: 'Groups without an open round',
    lastRound: 'Last round: {{name}}',
    noRound: 'The group has no round yet.',
    nextMeeting: 'Next group meeting: {{date}}',
    notAnnounced:
      'The next round has not been announced yet. The group coordinator will tell you when: {{coordinator}}.',
    openNext: 'The group has no open round: open the next one in the group’s detail.',
  },
  actionsOverdue: {
    title: 'Overdue actions',
    empty: 'No corrective action is overdue.',
    days: '{{n}} d overdue',
  },
  actionsDueSoon: {
    title: 'Actions due soon',
    empty: 'No action is due in the next 30 days.',
    days: '{{n}} d left',
    today: 'due today',
  },
  actionsToVerify: {
    title: 'Actions to verify',
    empty: 'No completed action awaits your verification.',
  },
  auditsToScore: {
    title: 'Audits to score',
    empty: 'You have no audit in progress to score. Start a new audit or self-assessment in Quality and audits.',
    progress: '{{assessed}} of {{criteria}} criteria assessed',
  },
  auditsToClose: {
    title: 'Audits to close',
    empty: 'No audit has every criterion assessed and awaits closing.',
  },
  deadline: {
    none: 'no deadline',
    passed: '{{n}} d past the deadline',
    today: 'due today',
    left: '{{n}} d left',
  },
  formState: {
    notStarted: 'not started',
    draft: 'in progress',
    reopened: 'returned for correction',
    submitted: 'submitted',
  },
  myRounds: 'Data collection in your groups',
  more: 'and {{n}} more',
  showAll: 'Show all',
  openBenchmarking: 'Benchmarking',
  nothing: 'There is nothing here for your role yet. The modules are in the menu on the left.',
};

const pageCs = {
  dashboard: {
    title: 'Přehled',
    welcome: 'Vítejte, {{name}}',
    organisations: 'Organizace',
    services: 'Aktivní služby',
    allServices: 'Všechny služby',
    memberships: 'Moje členství',
    noMemberships: 'Nejste členem žádné organizace.',
    organisationsByType: 'Organizace podle typu',
    openServices: 'Zobrazit služby',
    openOrganisations: 'Zobrazit organizace',
  },
};

const pageEn: typeof pageCs = {
  dashboard: {
    title: 'Overview',
    welcome: 'Welcome, {{name}}',
    organisations: 'Organisations',
    services: 'Active services',
    allServices: 'All services',
    memberships: 'My memberships',
    noMemberships: 'You are not a member of any organisation.',
    organisationsByType: 'Organisations by type',
    openServices: 'Show services',
    openOrganisations: 'Show organisations',
  },
};

export const messages = { cs: { ...pageCs, home: cs }, en: { ...pageEn, home: en } };
