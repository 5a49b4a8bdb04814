// What an audit-log entry's action and object are, in words: "Audit – uzavření" for quality.audit.close,
// "audit #12" for q_audit 12. The code stays beside the words (the filter searches by it); an unknown
// code is shown as it is.

type Lang = 'cs' | 'en';

/** The thing acted on, by the action's code without its last part ("quality.audit"). */
const OBJECTS: Record<string, Record<Lang, string>> = {
  login: { cs: 'Přihlášení', en: 'Login' },
  login_failed: { cs: 'Neúspěšné přihlášení', en: 'Failed login' },
  logout: { cs: 'Odhlášení', en: 'Logout' },
  user: { cs: 'Uživatel', en: 'User' },
  password: { cs: 'Heslo', en: 'Password' },
  session: { cs: 'Relace', en: 'Session' },
  organisation: { cs: 'Organizace', en: 'Organisation' },
  registry: { cs: 'Registr služeb', en: 'Registry of services' },
  demo: { cs: 'Demo', en: 'Demo' },
  benchmark: { cs: 'Benchmarking', en: 'Benchmarking' },
  'benchmark.group': { cs: 'Pracovní skupina', en: 'Working group' },
  'benchmark.meeting': { cs: 'Setkání skupiny', en: 'Group meeting' },
  'benchmark.methodology': { cs: 'Metodika', en: 'Methodology' },
  'benchmark.round': { cs: 'Kolo sběru dat', en: 'Data round' },
  'benchmark.submission': { cs: 'Formulář služby', en: 'Service form' },
  'benchmark.values': { cs: 'Údaje formuláře', en: 'Form data' },
  good_practice: { cs: 'Dobrá praxe', en: 'Good practice' },
  'quality.action': { cs: 'Nápravné opatření', en: 'Corrective action' },
  'quality.audit': { cs: 'Audit', en: 'Audit' },
  'quality.evidence': { cs: 'Doklad', en: 'Evidence' },
  'quality.finding': { cs: 'Zjištění', en: 'Finding' },
  'quality.set': { cs: 'Sada standardů', en: 'Standard set' },
  'quality.template': { cs: 'Šablona auditu', en: 'Audit template' },
  'quality.care.indicator': { cs: 'Ukazatel inkluze', en: 'Inclusion indicator' },
  'quality.care.values': { cs: 'Hodnoty ukazatelů inkluze', en: 'Inclusion indicator values' },
  'quality.care.limits': { cs: 'Limity komunitních služeb', en: 'Community service limits' },
  'quality.care.milestone': { cs: 'Milník transformace', en: 'Transformation milestone' },
  'quality.care.place': { cs: 'Místo komunitní služby', en: 'Community place' },
  'quality.care.plan': { cs: 'Transformační plán', en: 'Transformation plan' },
  'quality.care.procedure': { cs: 'Postup OSPOD', en: 'OSPOD procedure' },
  'quality.care.staffing': { cs: 'Personální stav OSPOD', en: 'OSPOD staffing' },
  'quality.care.supervision': { cs: 'Supervize nebo konzultace', en: 'Supervision or consultation' },
};

/** What was done, by the action's last part. */
const VERBS: Record<string, Record<Lang, string>> = {
  create: { cs: 'vytvoření', en: 'created' },
  update: { cs: 'úprava', en: 'updated' },
  delete: { cs: 'smazání', en: 'deleted' },
  close: { cs: 'uzavření', en: 'closed' },
  reopen: { cs: 'znovuotevření', en: 'reopened' },
  lock: { cs: 'uzamčení', en: 'locked' },
  remind: { cs: 'připomenutí', en: 'reminder sent' },
  publish: { cs: 'zveřejnění', en: 'published' },
  submit: { cs: 'odeslání', en: 'submitted' },
  save: { cs: 'uložení', en: 'saved' },
  transition: { cs: 'změna stavu', en: 'status changed' },
  upload: { cs: 'nahrání', en: 'uploaded' },
  read: { cs: 'otevření', en: 'opened' },
  import: { cs: 'import', en: 'imported' },
  version: { cs: 'nová verze', en: 'new version' },
  members: { cs: 'změna členů', en: 'members changed' },
  memberships: { cs: 'změna členství', en: 'memberships changed' },
  norm: { cs: 'nastavení normy', en: 'norm set' },
  change: { cs: 'změna', en: 'changed' },
  reset: { cs: 'obnovení', en: 'reset' },
  end: { cs: 'ukončení', en: 'ended' },
  end_others: { cs: 'ukončení ostatních relací', en: 'other sessions ended' },
  revoke: { cs: 'ukončení po změně oprávnění', en: 'ended after a change of rights' },
  dea_run: { cs: 'výpočet DEA', en: 'DEA run' },
  correction: { cs: 'oprava údajů', en: 'data corrected' },
  refresh: { cs: 'obnovení demo kraje', en: 'demo region refreshed' },
  benchmark: { cs: 'benchmarking', en: 'benchmarking' },
  quality: { cs: 'kvalita', en: 'quality' },
};

const ENTITIES: Record<string, Record<Lang, string>> = {
  user: { cs: 'uživatel', en: 'user' },
  session: { cs: 'relace', en: 'session' },
  organisation: { cs: 'organizace', en: 'organisation' },
  bm_group: { cs: 'pracovní skupina', en: 'working group' },
  bm_meeting: { cs: 'setkání', en: 'meeting' },
  bm_methodology: { cs: 'metodika', en: 'methodology' },
  bm_round: { cs: 'kolo', en: 'round' },
  bm_submission: { cs: 'formulář', en: 'form' },
  dea_run: { cs: 'výpočet DEA', en: 'DEA run' },
  good_practice: { cs: 'dobrá praxe', en: 'good practice' },
  q_action: { cs: 'opatření', en: 'action' },
  q_audit: { cs: 'audit', en: 'audit' },
  q_evidence: { cs: 'doklad', en: 'evidence' },
  q_finding: { cs: 'zjištění', en: 'finding' },
  q_template: { cs: 'šablona', en: 'template' },
  standard_set: { cs: 'sada standardů', en: 'standard set' },
};

/** "quality.audit.close" → "Audit – uzavření"; "login" → "Přihlášení"; unknown → null (show the code). */
export function auditActionLabel(code: string, lang: Lang): string | null {
  const whole = OBJECTS[code];
  if (whole) return whole[lang];
  const cut = code.lastIndexOf('.');
  if (cut < 0) return null;
  const object = OBJECTS[code.slice(0, cut)];
  const verb = VERBS[code.slice(cut + 1)];
  return object && verb ? `${object[lang]} – ${verb[lang]}` : null;
}

/** "q_audit", 12 → "audit #12"; an unknown kind keeps its code. */
export function auditEntityLabel(entity: string, id: string | number | null | undefined, lang: Lang): string {
  const name = ENTITIES[entity]?.[lang] ?? entity;
  return id ? `${name} #${id}` : name;
}
