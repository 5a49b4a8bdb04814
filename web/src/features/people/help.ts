// Help panels of the people pages (components/HelpPanel.tsx), mounted under the i18n key `helpPeople`.
const cs = {
  staff: {
    title: 'Pracovníci',
    purpose:
      'Pracovníci organizace, jejich pracovní zařazení a plnění povinného dalšího vzdělávání v kalendářním roce.',
    law: 'Sociální pracovník (§ 111 odst. 1) a pracovník v sociálních službách (§ 116 odst. 9 zákona č. 108/2006 Sb.) mají každý kalendářní rok nejméně 24 hodin dalšího vzdělávání, poměrně za celé měsíce zaměstnání; vnitřní školicí akce se započítají nejvýše 8 hodinami ročně. Zaměstnanci OSPOD: 6 pracovních dnů akreditovaných kurzů ročně (standard 6c).',
    next: 'Otevřete pracovníka, kterému chybějí hodiny, a přihlaste ho na termín školení.',
    training: 'Vzdělávací programy',
  },
  training: {
    title: 'Vzdělávání',
    purpose: 'Vzdělávací programy (moduly) s akreditací, rozsahem a tématem a jejich termíny.',
    law: 'Další vzdělávání podle § 111 odst. 1 a § 116 odst. 9 zákona č. 108/2006 Sb. (nejméně 24 hodin ročně); u OSPOD akreditované kurzy MPSV v rozsahu 6 pracovních dnů ročně.',
    next: 'Vypište termín, přihlaste pracovníky, po školení zapište účast a vydejte osvědčení (PDF).',
    sessions: 'Termíny školení',
  },
  sessions: {
    title: 'Termíny školení',
    purpose: 'Termíny školení, přihlášení pracovníci, docházka, zpětná vazba a osvědčení o absolvování.',
    law: 'Odpracované hodiny školení se započítávají do povinného dalšího vzdělávání (§ 111 odst. 1 a § 116 odst. 9 zákona č. 108/2006 Sb.).',
    next: 'Po školení zapište účast a hodiny; osvědčení si pracovníci stáhnou jako PDF.',
    staff: 'Pracovníci',
  },
  cooperation: {
    title: 'Spolupráce',
    purpose: 'Pravidelná setkání s dalšími subjekty (např. každé tři měsíce), jejich účastníci a zápisy.',
    law: 'Návaznost na další subjekty je součástí standardů kvality OSPOD (příloha č. 1 vyhlášky č. 473/2012 Sb., standard 14).',
    next: 'Naplánujte další setkání a zapište zápis a úkoly.',
    projects: 'Projekty',
  },
  projects: {
    title: 'Projekty',
    purpose:
      'Řízení projektů: klíčové aktivity a jejich výstupy, harmonogram, rozpočet podle kategorií, ukazatele a povinná publicita; monitorovací zprávy za období.',
    law: 'Projekty OSPOD podporují zavedení standardů kvality podle § 9a zákona č. 359/1999 Sb.; výstupy se počítají ze záznamů v Kvalisu (audity, setkání, školení).',
    next: 'Vyberte období a stáhněte monitorovací zprávu jako PDF nebo Excel.',
    cooperation: 'Spolupráce',
  },
};

const en: typeof cs = {
  staff: {
    title: 'Staff',
    purpose:
      "The organisation's staff, their positions and how they meet the compulsory further education in the calendar year.",
    law: 'A social worker (§ 111(1)) and a social-services worker (§ 116(9) of Act No. 108/2006 Coll.) get at least 24 hours of further education every calendar year, pro rata per whole month of employment; in-house events count up to 8 hours a year. OSPOD staff: 6 working days of accredited courses a year (standard 6c).',
    next: 'Open a worker who is short of hours and register them for a training session.',
    training: 'Training programmes',
  },
  training: {
    title: 'Training',
    purpose: 'Training programmes (modules) with their accreditation, length and topic, and their sessions.',
    law: 'Further education under § 111(1) and § 116(9) of Act No. 108/2006 Coll. (at least 24 hours a year); for OSPOD, MPSV-accredited courses of 6 working days a year.',
    next: 'Schedule a session, register the staff, record the attendance afterwards and issue the certificates (PDF).',
    sessions: 'Training sessions',
  },
  sessions: {
    title: 'Training sessions',
    purpose: 'Training sessions, registered staff, attendance, feedback and certificates of attendance.',
    law: 'The hours attended count towards the compulsory further education (§ 111(1) and § 116(9) of Act No. 108/2006 Coll.).',
    next: 'After the session record the attendance and hours; workers download their certificates as PDF.',
    staff: 'Staff',
  },
  cooperation: {
    title: 'Cooperation',
    purpose: 'Regular meetings with other bodies (e.g. every three months), their participants and minutes.',
    law: 'Links to other bodies are part of the OSPOD quality standards (Annex 1 of Decree No. 473/2012 Coll., standard 14).',
    next: 'Plan the next meeting and record its minutes and tasks.',
    projects: 'Projects',
  },
  projects: {
    title: 'Projects',
    purpose:
      'Project management: key activities and their outputs, schedule, budget by category, indicators and publicity duties; monitoring reports per period.',
    law: 'OSPOD projects support putting the quality standards under § 9a of Act No. 359/1999 Coll. into practice; outputs are counted from the records in Kvalis (audits, meetings, training).',
    next: 'Choose a period and download the monitoring report as PDF or Excel.',
    cooperation: 'Cooperation',
  },
};

export const helpMessages = { cs: { helpPeople: cs }, en: { helpPeople: en } };
