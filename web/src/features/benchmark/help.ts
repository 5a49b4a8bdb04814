// Help panels of the benchmarking pages (components/HelpPanel.tsx), mounted under the i18n key `helpBenchmark`.
const cs = {
  rounds: {
    title: 'Benchmarking',
    purpose:
      'Srovnávání služeb stejného nebo podobného druhu v pracovních skupinách: metodika měřitelných údajů a poměrových ukazatelů, kola sběru dat, srovnání s ostatními a v čase, dobrá praxe.',
    law: 'Benchmarking zákon nepředepisuje; je to dobrovolný nástroj kraje a poskytovatelů. Jeho výsledky slouží ke zvyšování kvality služeb (standardy podle přílohy č. 2 vyhlášky č. 505/2006 Sb.) a k plánování sítě a financování služeb v kraji (zákon č. 108/2006 Sb.).',
    next: 'Kraj založí pracovní skupinu a metodiku, otevře kolo; poskytovatelé vyplní formuláře; po uzavření kola si každý projde srovnání a zprávu své služby.',
    goodPractices: 'Dobrá praxe',
  },
  round: {
    title: 'Kolo benchmarkingu',
    purpose:
      'Jedno kolo sběru dat: kdo ze skupiny už formulář odeslal, kontroly hodnot, uzamčení kola a výpočet srovnání.',
    law: 'Účast je dobrovolná: plný člen pracovní skupiny, nebo jen dodavatel dat s přístupem k výsledkům. Mimo kraj se výsledky ukazují jen souhrnně, malé skupiny se potlačují.',
    next: 'Vyplňte formulář služby; po uzamčení kola otevřete srovnání a stáhněte zprávu služby jako PDF.',
  },
  form: {
    title: 'Formulář služby',
    purpose:
      'Údaje služby za sledované období (náklady, úvazky, klienti, lůžkodny…), ze kterých se počítají ukazatele.',
    law: 'Údaje vycházejí z účetnictví a evidence služby; osobní údaje klientů se sem nezapisují, jen souhrnná čísla.',
    next: 'Opravte hodnoty, na které upozorní kontrola, a formulář odešlete do termínu kola.',
  },
  comparison: {
    title: 'Srovnání se skupinou',
    purpose:
      'Hodnoty ukazatelů vaší služby vedle kvartilů a mediánu skupiny, pořadí a rezerva ke mediánu a k nejlepšímu kvartilu (podle směru ukazatele).',
    law: 'Srovnání je podkladem pro zvyšování kvality (standardy kvality podle přílohy č. 2 vyhlášky č. 505/2006 Sb.) a pro rozvojové plány služeb; ostatní služby jsou podle úrovně účasti anonymizovány.',
    next: 'U ukazatelů s rezervou najděte dobrou praxi ve skupině a promítněte ji do rozvojového plánu; zprávu služby stáhněte jako PDF.',
    goodPractices: 'Dobrá praxe',
    devPlans: 'Rozvojové plány',
  },
  group: {
    title: 'Pracovní skupina',
    purpose: 'Členové skupiny (plní členové a dodavatelé dat), její kola, mediány v čase a analýza efektivity (DEA).',
    law: 'Skupiny sdružují služby stejného nebo podobného druhu (druhy sociálních služeb podle § 37–§ 70 zákona č. 108/2006 Sb.).',
    next: 'Otevřete poslední kolo a jeho srovnání, nebo stáhněte zprávu skupiny jako PDF pro jednání skupiny.',
  },
};

const en: typeof cs = {
  rounds: {
    title: 'Benchmarking',
    purpose:
      'Comparing services of the same or a similar kind in working groups: a methodology of measurable data and ratio indicators, rounds of data collection, comparison with peers and over time, good practice.',
    law: 'No act prescribes benchmarking; it is a voluntary tool of the region and the providers. Its results serve improving quality (standards of Annex 2 of Decree No. 505/2006 Coll.) and planning the network and financing of services in the region (Act No. 108/2006 Coll.).',
    next: "The region creates a working group and a methodology and opens a round; providers fill in their forms; once the round is locked, everyone goes through the comparison and their service's report.",
    goodPractices: 'Good practice',
  },
  round: {
    title: 'Benchmarking round',
    purpose:
      'One round of data collection: who in the group has sent the form, checks of the values, locking the round and computing the comparison.',
    law: 'Taking part is voluntary: a full member of the working group, or data only with access to the results. Outside the region results are shown only in aggregate; small groups are suppressed.',
    next: "Fill in your service's form; once the round is locked, open the comparison and download the service's report as PDF.",
  },
  form: {
    title: "A service's form",
    purpose:
      "The service's data for the period (costs, FTE, clients, bed-days…) from which the indicators are computed.",
    law: "The data come from the service's accounts and records; no personal data of clients go here, only totals.",
    next: "Correct the values the check points out and send the form by the round's deadline.",
  },
  comparison: {
    title: 'Comparison with the group',
    purpose:
      "Your service's indicator values beside the group's quartiles and median, the rank and the reserve to the median and to the best quartile (by the indicator's direction).",
    law: 'The comparison supports improving quality (quality standards of Annex 2 of Decree No. 505/2006 Coll.) and the development plans of services; other services are anonymised by the level of taking part.',
    next: "For indicators with a reserve, look for good practice in the group and take it into the development plan; download the service's report as PDF.",
    goodPractices: 'Good practice',
    devPlans: 'Development plans',
  },
  group: {
    title: 'Working group',
    purpose:
      "The group's members (full members and data providers), its rounds, medians over time and the efficiency analysis (DEA).",
    law: 'Groups bring together services of the same or a similar kind (kinds of social services under § 37–§ 70 of Act No. 108/2006 Coll.).',
    next: "Open the latest round and its comparison, or download the group's report as PDF for the group's meeting.",
  },
};

export const helpMessages = { cs: { helpBenchmark: cs }, en: { helpBenchmark: en } };
