// Help panels of the network pages (components/HelpPanel.tsx), mounted under the i18n key `helpNetwork`.
const cs = {
  cards: {
    title: 'Karty služeb',
    purpose:
      'Karty služeb popisují druh služby podle potřeb běžného života, se kterými pomáhá: co uživatel a veřejnost mohou a nemohou očekávat. Poskytovatelé karty připomínkují, kraj je zveřejňuje.',
    law: 'Druhy sociálních služeb a jejich základní činnosti stanoví zákon č. 108/2006 Sb. (§ 37–§ 70) a vyhláška č. 505/2006 Sb. (§ 3–§ 35). Kraj zpracovává střednědobý plán rozvoje sociálních služeb a od roku 2015 určuje síť služeb; karty jsou jejím popisem.',
    next: 'Zveřejněte kartu k připomínkám, odpovězte na připomínky poskytovatelů a podle karet sbírejte údaje o pokrytí potřeb.',
    coverage: 'Pokrytí potřeb',
    plan: 'Střednědobý plán',
  },
  plan: {
    title: 'Síť a střednědobý plán',
    purpose:
      'Roky sítě (rozhodnutí o zařazení služeb a kapacitách, pověření) a střednědobý plán rozvoje sociálních služeb: vize → priority → cíle → opatření → aktivity, s ročními akčními plány.',
    law: 'Kraj zpracovává střednědobý plán rozvoje sociálních služeb ve spolupráci s obcemi, poskytovateli a uživateli a uskutečňuje ho ročními akčními plány; od roku 2015 určuje síť sociálních služeb s kapacitami (zákon č. 108/2006 Sb.). Služby v síti dostávají pověření, na jehož základě se vyplácí vyrovnávací platba.',
    next: 'Zapište rozhodnutí o síti na další rok, vydejte pověření a sledujte plnění akčního plánu; financování navazuje na síť.',
    finance: 'Financování',
  },
  coverage: {
    title: 'Pokrytí potřeb',
    purpose:
      'Sběr údajů přes karty služeb: jak každá služba odpovídá na každou potřebu (sama v rozsahu základních činností, zprostředkováním jiné služby, nebo odkazem na sociálního pracovníka obce), a mapa pokrytí.',
    law: 'Základní činnosti každého druhu služby stanoví zákon č. 108/2006 Sb. a vyhláška č. 505/2006 Sb. (§ 3–§ 35); z pokrytí se odvozuje minimální podoba služby.',
    next: 'Uzavřete kolo sběru, projděte mapu a z výsledků stanovte minimální podobu služeb.',
    cards: 'Karty služeb',
  },
  finance: {
    title: 'Financování sítě',
    purpose:
      'Model financování služeb v síti: optimální (maximální) a skutečná dotace na službu z jednotky služby, nákladů a výnosů, rozpočty a požadavky poskytovatelů a scénáře na další roky.',
    law: 'Dotace ze státního rozpočtu se poskytuje prostřednictvím kraje na služby zařazené v síti (§ 101a zákona č. 108/2006 Sb.); vyrovnávací platba vychází z pověření.',
    next: 'Zkontrolujte model a rozpočty, porovnejte scénáře a rozhodnutí promítněte do roku sítě.',
    plan: 'Roky sítě',
  },
  devPlans: {
    title: 'Rozvojové plány',
    purpose:
      'Tříleté rozvojové plány poskytovatelů: navržené změny služeb, jejich posouzení podle kritérií kraje a rozhodnutí.',
    law: 'Rozhodnuté změny se promítají do sítě sociálních služeb a do střednědobého plánu kraje (zákon č. 108/2006 Sb.).',
    next: 'Posuďte plány podle kritérií, rozhodněte a schválené změny přeneste do roku sítě.',
    plan: 'Roky sítě',
  },
  portal: {
    title: 'Veřejný portál',
    purpose:
      'Správa veřejného portálu: zveřejněné karty služeb, síť služeb a souhrnné ukazatele pro veřejnost bez přihlášení.',
    law: 'Zveřejňuje se jen to, co kraj uvolní: karty, síť a souhrnné výsledky; žádné osobní údaje.',
    next: 'Vyberte ukazatele ke zveřejnění a portál zveřejněte.',
    cards: 'Karty služeb',
  },
};

const en: typeof cs = {
  cards: {
    title: 'Service cards',
    purpose:
      'Service cards describe a kind of service by the needs of everyday life it helps with: what users and the public can and cannot expect. Providers comment on them, the region publishes them.',
    law: 'The kinds of social services and their basic activities are set by Act No. 108/2006 Coll. (§ 37–§ 70) and Decree No. 505/2006 Coll. (§ 3–§ 35). The region prepares the medium-term plan of social services and since 2015 defines the network of services; the cards describe it.',
    next: "Publish a card for comments, answer the providers' comments and collect the coverage of needs through the cards.",
    coverage: 'Coverage of needs',
    plan: 'Medium-term plan',
  },
  plan: {
    title: 'Network and medium-term plan',
    purpose:
      'Network years (decisions on services and capacities, entrustments) and the medium-term plan of social services: vision → priorities → goals → measures → activities, with yearly action plans.',
    law: 'The region prepares the medium-term plan of social services with municipalities, providers and users and carries it out through yearly action plans; since 2015 it defines the network of social services with capacities (Act No. 108/2006 Coll.). Services in the network get an entrustment act, under which the compensation payment is paid.',
    next: 'Record the network decisions for the next year, issue the entrustments and follow the action plan; financing follows the network.',
    finance: 'Financing',
  },
  coverage: {
    title: 'Coverage of needs',
    purpose:
      "Data collected through the service cards: how each service answers each need (itself within its basic activities, by mediating another service, or by referring to the municipality's social worker), and the coverage map.",
    law: "Each kind's basic activities are set by Act No. 108/2006 Coll. and Decree No. 505/2006 Coll. (§ 3–§ 35); the minimal form of a service is derived from the coverage.",
    next: 'Close the collection round, go through the map and set the minimal form of the services from the results.',
    cards: 'Service cards',
  },
  finance: {
    title: 'Financing of the network',
    purpose:
      "The financing model of the services in the network: an optimal (maximum) and a real subsidy per service from a unit of service, costs and revenues, the providers' budgets and requests, and scenarios for the coming years.",
    law: 'The state subsidy goes through the region to services in the network (§ 101a of Act No. 108/2006 Coll.); the compensation payment follows the entrustment.',
    next: 'Check the model and budgets, compare the scenarios and carry the decisions into the network year.',
    plan: 'Network years',
  },
  devPlans: {
    title: 'Development plans',
    purpose:
      "Providers' three-year development plans: proposed changes of services, their assessment by the region's criteria, and the decisions.",
    law: "Decided changes go into the network of social services and the region's medium-term plan (Act No. 108/2006 Coll.).",
    next: 'Assess the plans by the criteria, decide, and carry the approved changes into the network year.',
    plan: 'Network years',
  },
  portal: {
    title: 'Public portal',
    purpose:
      'Managing the public portal: published service cards, the network of services and aggregate indicators for the public without a login.',
    law: 'Only what the region releases is published: cards, the network and aggregate results; no personal data.',
    next: 'Choose the indicators to publish and publish the portal.',
    cards: 'Service cards',
  },
};

export const helpMessages = { cs: { helpNetwork: cs }, en: { helpNetwork: en } };
