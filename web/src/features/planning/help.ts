// Help panels of the planning pages (components/HelpPanel.tsx), mounted under the i18n key `helpPlanning`.
const cs = {
  strategic: {
    title: 'Strategické plánování',
    purpose:
      'Jeden řetězec plánování a hodnocení od strategie organizace až ke klientovi: strategický plán → roční operační plán → cíle služeb → individuální plány. Každý cíl je měřitelný a hodnotí se v termínech.',
    law: 'Poskytovatel plánuje průběh služby podle osobních cílů, potřeb a schopností klienta, vede o tom písemné záznamy a hodnotí průběh s klientem (zákon č. 108/2006 Sb., § 88 písm. f); standardy kvality podle přílohy č. 2 vyhlášky č. 505/2006 Sb.',
    next: 'Založte strategický plán, rozpracujte ho do ročního operačního plánu a cílů služeb; výsledky ukáže zpráva o dopadu.',
    operational: 'Operační plány',
    impact: 'Zpráva o dopadu',
  },
  operational: {
    title: 'Operační plány',
    purpose: 'Roční plány: opatření, odpovědnosti, termíny a ukazatele, které naplňují strategické cíle.',
    law: 'Plánování a hodnocení cílů služby je součástí standardů kvality (příloha č. 2 vyhlášky č. 505/2006 Sb.).',
    next: 'Zapište hodnocení ukazatelů v termínech; na konci období plán vyhodnoťte a z hodnocení připravte další.',
    due: 'Hodnocení k termínu',
  },
  clients: {
    title: 'Klienti a individuální plány',
    purpose:
      'Individuální plány klientů: osobní cíle (škála dosažení cílů GAS −2…+2), kroky, odpovědnosti a hodnocení s klientem.',
    law: 'Individuální plánování podle § 88 písm. f) zákona č. 108/2006 Sb. Záznamy o klientech jsou osobní údaje: čtou je jen pracovníci jejich služby a každé čtení se zaznamenává.',
    next: 'Založte klientovi cíl, domluvte termín hodnocení a hodnocení zapište spolu s klientem.',
    due: 'Hodnocení k termínu',
  },
  impact: {
    title: 'Zpráva o dopadu',
    purpose:
      'Výsledky za období od strategie dolů: cíle a ukazatele proti cílovým hodnotám, výsledky klientů a doklady za každým číslem.',
    law: 'Zpráva shrnuje hodnocení cílů podle § 88 písm. f) zákona č. 108/2006 Sb.; údaje o klientech jsou jen souhrnné, malé buňky se nezobrazují.',
    next: 'Stáhněte zprávu jako PDF nebo Excel pro správní radu a donory a z hodnocení připravte další plán.',
    strategic: 'Strategické plány',
  },
  regional: {
    title: 'Regionální přehled',
    purpose: 'Souhrn plánů a výsledků poskytovatelů v kraji: kde se cíle plní a kde jsou rezervy.',
    law: 'Kraj využívá výsledky pro střednědobé plánování rozvoje sociálních služeb (zákon č. 108/2006 Sb.); vidí jen souhrnné údaje.',
    next: 'Porovnejte výsledky se sítí služeb a se střednědobým plánem kraje.',
    network: 'Síť služeb',
  },
};

const en: typeof cs = {
  strategic: {
    title: 'Strategic planning',
    purpose:
      "One chain of planning and evaluation from the organisation's strategy down to the client: strategic plan → yearly operational plan → service goals → individual plans. Every goal is measurable and evaluated on a schedule.",
    law: "The provider plans the course of the service by the client's personal goals, needs and abilities, keeps written records and evaluates with the client (Act No. 108/2006 Coll., § 88(f)); quality standards of Annex 2 of Decree No. 505/2006 Coll.",
    next: 'Create a strategic plan, work it out into a yearly operational plan and service goals; the impact report shows the results.',
    operational: 'Operational plans',
    impact: 'Impact report',
  },
  operational: {
    title: 'Operational plans',
    purpose: 'Yearly plans: measures, responsibilities, deadlines and indicators that carry out the strategic goals.',
    law: "Planning and evaluating a service's goals is part of the quality standards (Annex 2 of Decree No. 505/2006 Coll.).",
    next: 'Record the evaluations of the indicators when due; at the end of the period evaluate the plan and build the next one from it.',
    due: 'Evaluations due',
  },
  clients: {
    title: 'Clients and individual plans',
    purpose:
      "Clients' individual plans: personal goals (Goal Attainment Scaling −2…+2), steps, responsibilities and evaluation with the client.",
    law: "Individual planning under § 88(f) of Act No. 108/2006 Coll. Client records are personal data: only their service's staff read them, and every read is logged.",
    next: 'Set a goal with the client, agree on a review date and record the review together with the client.',
    due: 'Evaluations due',
  },
  impact: {
    title: 'Impact report',
    purpose:
      'Results of a period from the strategy down: goals and indicators against targets, client outcomes and the evidence behind each number.',
    law: 'The report sums up the evaluation of goals under § 88(f) of Act No. 108/2006 Coll.; client data are aggregates only, small cells are not shown.',
    next: 'Download the report as PDF or Excel for the board and funders, and build the next plan from the evaluation.',
    strategic: 'Strategic plans',
  },
  regional: {
    title: 'Regional overview',
    purpose:
      "A summary of the providers' plans and results in the region: where goals are met and where there are reserves.",
    law: 'The region uses the results for the medium-term plan of social services (Act No. 108/2006 Coll.); it sees aggregates only.',
    next: "Compare the results with the network of services and the region's medium-term plan.",
    network: 'Network of services',
  },
};

export const helpMessages = { cs: { helpPlanning: cs }, en: { helpPlanning: en } };
