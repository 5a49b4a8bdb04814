// The standards library and the audit header end to end against a running demo server: the platform
// administrator edits one criterion of the SQSS set and saves it as version 2 (version 1 stays listed),
// checks a CSV import in the import dialog (a dry run shows the change; a bad file shows its problems by
// line, in Czech, and imports nothing), and creates an audit template on the new version with the 0–3
// scale and a pass rule. The audit body's auditor, who leads a draft audit in the demo, changes its team
// in the header form (without the users list: members can only be removed or made leader).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADMIN_LOGIN, ADMIN_PASSWORD, DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const AUDITOR = {
  login: process.env.KVALIS_AUDITOR_LOGIN ?? 'auditor',
  password: process.env.KVALIS_AUDITOR_PASSWORD ?? DEMO_PASSWORD,
};
const stamp = new Date().toISOString().slice(0, 19);
const NEW_TEXT_1A = `Poskytovatel má písemně definováno a zveřejněno poslání, cíle a zásady služby (upraveno ${stamp}).`;

/** The <input> of an antd control, whether the test id sits on the input or on its wrapper. */
async function inputOf(page, testId) {
  const el = page.getByTestId(testId).first();
  return (await el.evaluate((node) => node.tagName)) === 'INPUT' ? el : el.locator('input').first();
}

async function fillDate(page, testId, text) {
  const input = await inputOf(page, testId);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

async function chooseOption(page, selectTestId, optionTestId) {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
}

/** Chooses a CSV file in the import dialog (the hidden <input type=file> of antd's Upload). */
async function chooseCsv(page, name, text) {
  await page
    .locator('.ant-modal input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.waitForFunction(
    (n) => [...document.querySelectorAll('[data-testid="import-file"]')].some((b) => b.textContent?.includes(n)),
    name,
  );
}

let v2; // { id } of the SQSS version the first test saves

test('the administrator edits an SQSS criterion as version 2, checks a CSV import and creates a template on it', async () => {
  const admin = await apiLogin(ADMIN_LOGIN, ADMIN_PASSWORD);
  const before = (await admin.get('/api/quality/sets')).items.filter((s) => s.code === 'SQSS');
  assert.equal(before.length, 1, 'the demo has one SQSS version');
  const v1 = before[0];

  await withBrowser('quality-standards-admin', async (page) => {
    await logIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    await page.getByTestId('nav-quality').click();
    await page.getByTestId('quality-overview').waitFor();
    await page.getByTestId('quality-tab-standards').click();
    await page.getByTestId('standards-page').waitFor();
    await page.getByTestId('set-link-SQSS').click();
    await page.waitForSelector('[data-testid="set-page"][data-code="SQSS"][data-version="1"]');

    // edit the wording of 1a and save it as a new version valid from a date after version 1's start
    await page.getByTestId('set-edit').click();
    await page.getByTestId('set-editor').waitFor();
    await page.getByTestId('editor-text-1a').fill(NEW_TEXT_1A);
    await fillDate(page, 'set-version-from', '1. 1. 2027');
    await page.getByTestId('set-change-note').fill('Upřesněné znění kritéria 1a (E2E)');
    await page.getByTestId('set-save-version').click();
    await page.waitForSelector('[data-testid="set-page"][data-code="SQSS"][data-version="2"]');
    assert.match(await page.getByTestId('set-criterion-1a').innerText(), /upraveno/);
    assert.equal(await page.getByTestId('set-version-2').getAttribute('data-current'), 'true');
    const old = page.getByTestId('set-version-1');
    assert.equal(await old.getAttribute('data-current'), 'false', 'version 1 is still listed, as a link');
    assert.match(await old.innerText(), /v1 · 1\. 1\. 2007/);
    v2 = { id: Number(new URL(page.url()).pathname.split('/').pop()) };
    assert.ok(v2.id > 0 && v2.id !== v1.id);
    await snapshot(page, 'quality-standards-v2');

    // the import dialog: the exported CSV of version 2 with one changed wording → the dry run shows it
    const exported = await page.evaluate(
      async (id) => (await fetch(`/api/quality/sets/${id}/export.csv`)).text(),
      v2.id,
    );
    assert.match(exported, /mohly uplatňovat vlastní vůli/);
    const changed = exported.replace('mohly uplatňovat vlastní vůli', 'mohly vždy uplatňovat vlastní vůli');
    await page.getByTestId('set-import').click();
    await chooseCsv(page, 'sqss-zmena.csv', changed);
    await page.getByTestId('import-dry-run').click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    assert.equal(await preview.getAttribute('data-problems'), '0');
    assert.equal(await preview.getAttribute('data-changes'), '1');
    const diff = await preview.innerText();
    assert.match(diff, /1b/);
    assert.match(diff, /mohly vždy uplatňovat vlastní vůli/);
    assert.equal(await page.getByTestId('import-confirm').isEnabled(), true);

    // a bad file: its problems by line, in Czech, and nothing can be imported
    const bad =
      'set,standard,letter,essential,text_cs,source,note\nSQSS,1,a,možná,Text,,\nSQSS,x,b,yes,Text,,\nSQSS,1,,yes,,,\n';
    await chooseCsv(page, 'sqss-chybny.csv', bad);
    await page.getByTestId('import-dry-run').click();
    await page.waitForSelector('[data-testid="import-preview"][data-problems="3"]');
    const rows = page.locator('[data-testid="import-preview"] tbody tr');
    assert.equal(await rows.count(), 3);
    const first = await rows.nth(0).innerText();
    assert.match(first, /^2\s/);
    assert.match(first, /essential/);
    assert.match(first, /Sloupec essential musí být yes, no nebo unknown\./);
    assert.match(await rows.nth(2).innerText(), /^4\s[\s\S]*Chybí písmeno kritéria\./);
    assert.equal(
      await page.getByTestId('import-confirm').isEnabled(),
      false,
      'nothing can be imported from a bad file',
    );
    await snapshot(page, 'quality-standards-import-problems');
    await page.locator('.ant-modal .ant-modal-close').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    const after = (await admin.get('/api/quality/sets')).items.filter((s) => s.code === 'SQSS');
    assert.deepEqual(after.map((s) => s.version).sort(), [1, 2], 'the import dialog created no version');

    // an audit template on version 2 with the 0–3 scale and a pass rule
    const name = `Audit SQSS v2 (0–3) ${stamp}`;
    await page.getByTestId('quality-tab-templates').click();
    await page.getByTestId('templates-page').waitFor();
    await page.getByTestId('template-create').click();
    await page.getByTestId('template-name').fill(name);
    await chooseOption(page, 'template-set', `template-set-option-${v2.id}`);
    await chooseOption(page, 'template-scale', 'template-scale-option-points_0_3');
    await (await inputOf(page, 'template-essential-min')).fill('2');
    await (await inputOf(page, 'template-min-share')).fill('70');
    await page.getByTestId('template-submit').click();
    await page.getByTestId('template-submit').waitFor({ state: 'detached' });
    const row = page.locator('[data-testid^="template-row-"]', { hasText: name });
    await row.waitFor();
    assert.equal(await row.getAttribute('data-set'), 'SQSS v2');
    assert.equal(await row.getAttribute('data-scale'), 'points_0_3');
    assert.match(await row.innerText(), /každé zásadní kritérium alespoň „2 body“; celkem alespoň 70 % maxima/);
    await snapshot(page, 'quality-standards-template');
  });

  const template = (await admin.get('/api/quality/templates')).items.find((x) => x.name.endsWith(stamp));
  assert.ok(template, 'the template is stored');
  assert.equal(template.set_id, v2.id);
  assert.equal(template.scale.code, 'points_0_3');
  assert.equal(template.pass_rule.essential_min_points, 2);
  assert.equal(template.pass_rule.min_share, 0.7);
});

test('the leader of a draft audit changes its team in the header form', async () => {
  const auditor = await apiLogin(AUDITOR.login, AUDITOR.password);
  const { items } = await auditor.get('/api/quality/audits?status=draft&page_size=100');
  let audit = null;
  for (const s of items) {
    const a = await auditor.get(`/api/quality/audits/${s.id}`);
    const leader = a.team.find((m) => m.role === 'leader');
    if (a.can_manage && leader?.user_id === auditor.user.id && a.team.some((m) => m.role === 'member')) {
      audit = a;
      break;
    }
  }
  assert.ok(audit, 'the demo auditor leads a draft audit with other team members');
  const id = audit.summary.id;
  const member = audit.team.find((m) => m.role === 'member');

  await withBrowser('quality-audit-header-team', async (page) => {
    await logIn(page, AUDITOR.login, AUDITOR.password);
    await openPath(page, `/quality/audits/${id}`);
    await page.waitForSelector('[data-testid="audit-page"][data-status="draft"]');
    assert.equal(await page.getByTestId('audit-team').getAttribute('data-size'), String(audit.team.length));
    await page.getByTestId(`audit-team-member-${member.user_id}`).waitFor();

    await page.getByTestId('audit-edit-header').click();
    await page.getByTestId('header-form').waitFor();
    // no users list for the auditor: the form says how the team may change
    assert.match(await page.locator('.ant-modal').innerText(), /členy týmu můžete odebrat nebo určit jiného vedoucího/);
    const tag = page.locator('[data-testid="header-members"] .ant-select-selection-item', { hasText: member.name });
    await tag.locator('.ant-select-selection-item-remove').click();
    await tag.waitFor({ state: 'detached' });
    await page.getByTestId('header-place').fill('Hronov, Nádražní 1');
    await page.getByTestId('header-submit').click();
    await page.getByTestId('header-form').waitFor({ state: 'detached' });

    await page.waitForSelector(`[data-testid="audit-team"][data-size="${audit.team.length - 1}"]`);
    assert.equal(await page.getByTestId(`audit-team-member-${member.user_id}`).count(), 0);
    assert.equal(await page.getByTestId('audit-team').getAttribute('data-leader'), String(auditor.user.id));
    assert.equal((await page.getByTestId('audit-place').innerText()).trim(), 'Hronov, Nádražní 1');
    await snapshot(page, 'quality-audit-header-team');
  });

  const after = await auditor.get(`/api/quality/audits/${id}`);
  assert.ok(!after.team.some((m) => m.user_id === member.user_id), 'the member is no longer on the team');
  assert.equal(after.team.find((m) => m.role === 'leader')?.user_id, auditor.user.id);
  assert.equal(after.place, 'Hronov, Nádražní 1');
});
