// Help panels of the quality pages (components/HelpPanel.tsx), mounted under the i18n key `helpQuality`.
// Legal references only as verified in the project's domain notes (zákon č. 108/2006 Sb., vyhláška č. 505/2006 Sb.,
// zákon č. 359/1999 Sb., vyhláška č. 473/2012 Sb.).
const cs = {
  overview: {
    title: 'Přehled kvality',
    purpose:
      'Souhrn auditů a sebehodnocení vašich služeb: jak dopadly standardy, kde se výsledky zlepšují nebo zhoršují a která nápravná opatření jsou po termínu.',
    law: 'Poskytovatel sociálních služeb je povinen dodržovat standardy kvality sociálních služeb (zákon č. 108/2006 Sb., o sociálních službách, § 88; standardy jsou v příloze č. 2 vyhlášky č. 505/2006 Sb.). Dodržování kontroluje inspekce poskytování sociálních služeb (§ 97–§ 99 zákona).',
    next: 'Naplánujte sebehodnocení nebo audit, projděte opatření po termínu a porovnejte výsledky s předchozím auditem.',
    audits: 'Audity a sebehodnocení',
    actions: 'Nápravná opatření',
  },
  audits: {
    title: 'Audity a sebehodnocení',
    purpose:
      'Seznam sebehodnocení, interních a externích auditů a inspekcí. Audit hodnotí službu kritérium po kritériu podle zvolené sady standardů a šablony (škála, pravidlo splnění).',
    law: 'Standardy kvality sociálních služeb: příloha č. 2 vyhlášky č. 505/2006 Sb. (15 standardů: procedurální 1–8, personální 9–10, provozní 11–15; některá kritéria jsou zásadní). Inspekce: § 97–§ 99 zákona č. 108/2006 Sb. (inspekční tým podle § 98 odst. 2). Standardy OSPOD: příloha č. 1 vyhlášky č. 473/2012 Sb.',
    next: 'Založte nový audit, ohodnoťte kritéria, zapište zjištění a z nich nápravná opatření; uzavřený audit vytiskněte nebo stáhněte jako PDF.',
    standards: 'Sady standardů',
    actions: 'Nápravná opatření',
  },
  audit: {
    title: 'Hodnocení auditu',
    purpose:
      'Hodnocení jednotlivých kritérií, doklady, zjištění a výsledek auditu. Změny se ukládají průběžně; uzavřený audit má zaznamenaný výsledek a lze jej porovnat s předchozím.',
    law: 'Kritéria vycházejí z přílohy č. 2 vyhlášky č. 505/2006 Sb. (zásadní kritéria rozhodují o splnění podle pravidla šablony) nebo u OSPOD z přílohy č. 1 vyhlášky č. 473/2012 Sb.',
    next: 'Ke zjištěním doplňte nápravná opatření s odpovědnou osobou a termínem, audit uzavřete a zprávu stáhněte jako PDF.',
    actions: 'Nápravná opatření',
    audits: 'Zpět na audity',
  },
  actions: {
    title: 'Nápravná opatření',
    purpose:
      'Opatření ze zjištění auditů a inspekcí: kdo je má splnit, do kdy, v jakém jsou stavu a čím bylo splnění doloženo.',
    law: 'Inspekce ukládá opatření k odstranění nedostatků s termínem (§ 97–§ 99 zákona č. 108/2006 Sb.); poskytovatel je povinen standardy kvality dodržovat (§ 88 zákona).',
    next: 'Otevřete opatření po termínu, zapište postup a doklad o splnění; ověřená opatření se promítnou do dalšího auditu.',
    audits: 'Audity a sebehodnocení',
    overview: 'Přehled kvality',
  },
  standards: {
    title: 'Sady standardů',
    purpose:
      'Sady standardů a jejich kritérií, podle kterých se hodnotí: standardy kvality sociálních služeb, standardy OSPOD a vlastní sady (např. kritéria transformace).',
    law: 'Standardy kvality sociálních služeb: příloha č. 2 vyhlášky č. 505/2006 Sb. Standardy kvality OSPOD: příloha č. 1 vyhlášky č. 473/2012 Sb. (ve znění vyhlášky č. 449/2021 Sb. od 1. 1. 2022). Sady jsou verzované, změna předpisu přidá novou verzi.',
    next: 'Zkontrolujte kritéria sady a připravte šablonu hodnocení (škála a pravidlo splnění), podle které založíte audit.',
    templates: 'Šablony hodnocení',
    audits: 'Audity a sebehodnocení',
  },
  ospod: {
    title: 'Standardy kvality OSPOD',
    purpose:
      'Sebehodnocení orgánu sociálně-právní ochrany dětí podle standardů kvality, písemné postupy a jejich naplňování.',
    law: 'Standardy kvality výkonu sociálně-právní ochrany dětí (zákon č. 359/1999 Sb., o sociálně-právní ochraně dětí, § 9a); jejich obsah stanoví příloha č. 1 vyhlášky č. 473/2012 Sb. (14 standardů). Zaměstnanci OSPOD se vzdělávají v akreditovaných kurzech 6 pracovních dnů ročně (standard 6c).',
    next: 'Proveďte sebehodnocení, doplňte chybějící písemné postupy a naplánujte vzdělávání zaměstnanců.',
    audits: 'Audity a sebehodnocení',
    training: 'Vzdělávání',
  },
  supervision: {
    title: 'Supervize a konzultace',
    purpose: 'Záznamy skupinových a individuálních supervizí, externích konzultací a seminářů k auditům kvality.',
    law: 'Supervize a konzultace podporují naplňování standardů kvality sociálních služeb (příloha č. 2 vyhlášky č. 505/2006 Sb.) a odstranění zjištění z auditů.',
    next: 'Zapište supervizi nebo konzultaci a propojte ji se zjištěním či opatřením, ke kterému patří.',
    actions: 'Nápravná opatření',
  },
  transformation: {
    title: 'Transformace pobytových služeb',
    purpose:
      'Plány transformace (deinstitucionalizace) pobytových služeb a ukazatele, zda nové služby odpovídají kritériím komunitního charakteru a podporují sociální začlenění.',
    law: 'Kritéria sociálních služeb komunitního charakteru a kritéria transformace a deinstitucionalizace MPSV (verze účinná od 1. 4. 2022); standardy kvality podle přílohy č. 2 vyhlášky č. 505/2006 Sb.',
    next: 'Vyplňte ukazatele transformace a ověřte nové služby auditem kvality.',
    audits: 'Audity a sebehodnocení',
  },
};

const en: typeof cs = {
  overview: {
    title: 'Quality overview',
    purpose:
      'A summary of the audits and self-assessments of your services: how the standards came out, where results improve or worsen and which corrective actions are overdue.',
    law: 'A social-service provider must keep to the quality standards of social services (Act No. 108/2006 Coll. on social services, § 88; the standards are in Annex 2 of Decree No. 505/2006 Coll.). The inspection of social services checks this (§ 97–§ 99 of the Act).',
    next: 'Plan a self-assessment or an audit, go through the overdue actions and compare results with the previous audit.',
    audits: 'Audits and self-assessments',
    actions: 'Corrective actions',
  },
  audits: {
    title: 'Audits and self-assessments',
    purpose:
      'The self-assessments, internal and external audits and inspections. An audit rates a service criterion by criterion against the chosen set of standards and template (scale, pass rule).',
    law: 'Quality standards of social services: Annex 2 of Decree No. 505/2006 Coll. (15 standards: procedural 1–8, staffing 9–10, operational 11–15; some criteria are essential). Inspections: § 97–§ 99 of Act No. 108/2006 Coll. (the inspection team under § 98(2)). OSPOD standards: Annex 1 of Decree No. 473/2012 Coll.',
    next: 'Create an audit, rate the criteria, record findings and corrective actions from them; print a closed audit or download it as PDF.',
    standards: 'Sets of standards',
    actions: 'Corrective actions',
  },
  audit: {
    title: 'Rating an audit',
    purpose:
      "Ratings of the criteria, evidence, findings and the audit's result. Changes are saved as you go; a closed audit has its result recorded and can be compared with the previous one.",
    law: "The criteria come from Annex 2 of Decree No. 505/2006 Coll. (essential criteria decide the result by the template's pass rule) or, for OSPOD, from Annex 1 of Decree No. 473/2012 Coll.",
    next: 'Add corrective actions with a person responsible and a deadline to the findings, close the audit and download the report as PDF.',
    actions: 'Corrective actions',
    audits: 'Back to the audits',
  },
  actions: {
    title: 'Corrective actions',
    purpose:
      'Actions from the findings of audits and inspections: who does them, by when, their state and the evidence that they are done.',
    law: 'An inspection imposes measures to remove shortcomings with a deadline (§ 97–§ 99 of Act No. 108/2006 Coll.); the provider must keep to the quality standards (§ 88 of the Act).',
    next: 'Open the overdue actions, record the progress and the evidence; verified actions carry into the next audit.',
    audits: 'Audits and self-assessments',
    overview: 'Quality overview',
  },
  standards: {
    title: 'Sets of standards',
    purpose:
      'The sets of standards and their criteria used for rating: quality standards of social services, OSPOD standards and your own sets (e.g. transformation criteria).',
    law: 'Quality standards of social services: Annex 2 of Decree No. 505/2006 Coll. OSPOD quality standards: Annex 1 of Decree No. 473/2012 Coll. (as amended by Decree No. 449/2021 Coll. from 1 January 2022). Sets are versioned: an amendment adds a version.',
    next: 'Check the criteria of the set and prepare a rating template (scale and pass rule) to create an audit with.',
    templates: 'Rating templates',
    audits: 'Audits and self-assessments',
  },
  ospod: {
    title: 'OSPOD quality standards',
    purpose:
      'Self-assessment of a child-protection body (OSPOD) against its quality standards, written procedures and how they are met.',
    law: 'Quality standards of child protection (Act No. 359/1999 Coll. on the social and legal protection of children, § 9a); their content is set by Annex 1 of Decree No. 473/2012 Coll. (14 standards). OSPOD staff take accredited courses for 6 working days a year (standard 6c).',
    next: 'Carry out the self-assessment, add missing written procedures and plan the staff training.',
    audits: 'Audits and self-assessments',
    training: 'Training',
  },
  supervision: {
    title: 'Supervision and consultations',
    purpose: 'Records of group and individual supervision, external consultations and seminars around quality audits.',
    law: 'Supervision and consultations support meeting the quality standards of social services (Annex 2 of Decree No. 505/2006 Coll.) and removing the findings of audits.',
    next: 'Record a supervision or consultation and link it to the finding or action it belongs to.',
    actions: 'Corrective actions',
  },
  transformation: {
    title: 'Transformation of residential services',
    purpose:
      'Transformation (deinstitutionalisation) plans of residential services and indicators of whether the new services meet the community-service criteria and support social inclusion.',
    law: "MPSV's criteria of community social services and of transformation and deinstitutionalisation (version in force from 1 April 2022); the quality standards of Annex 2 of Decree No. 505/2006 Coll.",
    next: 'Fill in the transformation indicators and check the new services with a quality audit.',
    audits: 'Audits and self-assessments',
  },
};

export const helpMessages = { cs: { helpQuality: cs }, en: { helpQuality: en } };
