// Quality audits end to end against a running demo server: the audit body's auditor scores an
// external audit of a provider's service (by the audit body) with one essential criterion not met, sees "Nevyhovuje"
// with the reason naming that criterion, records a finding and a corrective action; a score typed
// while the network fails is saved once it comes back; the provider starts the action and marks it
// done, saying what was done and attaching a file; the auditor verifies it with the evidence of the
// verification; closing the audit names the criteria left unscored.
// Set-up data (the audit with every other criterion scored) come through the API as the administrator.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ADMIN_LOGIN, ADMIN_PASSWORD, DEMO_PASSWORD, snapshot, todayInPrague, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const AUDITOR = {
  login: process.env.KVALIS_AUDITOR_LOGIN ?? 'auditor',
  password: process.env.KVALIS_AUDITOR_PASSWORD ?? DEMO_PASSWORD,
};
const PROVIDER = {
  login: process.env.KVALIS_PROVIDER_MANAGER_LOGIN ?? 'poskytovatel.manazer',
  password: DEMO_PASSWORD,
};

let data; // { auditId, essential: {id, code}, noteCriterion: {id, code}, serviceId }
let actionId;

/** An external audit of a service of the provider by the audit body, the auditor leading it, every criterion "met" but one essential one. */
async function setUpAudit() {
  const admin = await apiLogin(ADMIN_LOGIN, ADMIN_PASSWORD);
  const auditor = await apiLogin(AUDITOR.login, AUDITOR.password);
  const provider = await apiLogin(PROVIDER.login, PROVIDER.password);
  const providerOrg = provider.user.memberships.find((m) => m.organisation_type === 'provider');
  const auditBody = auditor.user.memberships.find((m) => m.organisation_type === 'audit_body');
  if (!providerOrg || !auditBody)
    throw new Error('the demo provider manager or auditor has no organisation of the expected type');

  const { items: services } = await provider.get(
    `/api/services?provider_id=${providerOrg.organisation_id}&status=active&page_size=50`,
  );
  const service = services.find((s) => s.provider_id === providerOrg.organisation_id);
  if (!service) throw new Error('the demo provider has no active service');

  const { items: templates } = await admin.get('/api/quality/templates');
  const template = templates.find(
    (t) =>
      !t.archived && t.scale.code === 'met_partly' && t.set_code === 'SQSS' && t.pass_rule.essential_min_points != null,
  );
  if (!template) throw new Error('no SQSS template with the met/partly scale and an essential-criterion rule');

  const title = `Externí audit E2E ${new Date().toISOString().slice(0, 19)}`;
  const audit = await admin.post('/api/quality/audits', {
    type: 'external',
    template_id: template.id,
    service_id: service.id,
    conducted_by_org_id: auditBody.organisation_id,
    title,
    starts_on: todayInPrague(),
    methods: ['document_study', 'interviews_staff'],
    team: [{ user_id: auditor.user.id, role: 'leader' }],
  });
  const criteria = audit.criteria;
  const essential = criteria.find((c) => c.essential);
  const noteCriterion =
    criteria.find((c) => !c.essential && c.standard !== essential.standard) ?? criteria.find((c) => c !== essential);
  if (!essential || !noteCriterion) throw new Error('the template has no essential criterion');
  await admin.put(`/api/quality/audits/${audit.summary.id}/assessments`, {
    assessments: criteria
      .filter((c) => c.criterion_id !== essential.criterion_id)
      .map((c) => ({ criterion_id: c.criterion_id, level_code: 'met' })),
  });
  return {
    auditId: audit.summary.id,
    title,
    serviceId: service.id,
    essential: { id: essential.criterion_id, code: essential.code },
    noteCriterion: { id: noteCriterion.criterion_id, code: noteCriterion.code },
  };
}

before(async () => {
  data = await setUpAudit();
});

async function openAudit(page) {
  await page.getByTestId('nav-quality').click();
  await page.getByTestId('quality-overview').waitFor();
  await page.getByTestId('quality-tab-audits').click();
  await page.getByTestId('audits-page').waitFor();
  const search = await inputOf(page, 'audits-search');
  await search.fill(data.title);
  await search.press('Enter');
  await page.getByTestId(`audit-link-${data.auditId}`).click();
  await page.waitForSelector('[data-testid="audit-page"][data-status="draft"]');
}

async function waitSaved(page) {
  await page.waitForSelector('[data-testid="save-status"][data-status="saved"]');
}

async function chooseOption(page, selectTestId, optionTestId) {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
}

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

test('the auditor fails an essential criterion, sees why, and records a finding with an action', async () => {
  await withBrowser('quality-auditor-scores', async (page) => {
    await logIn(page, AUDITOR.login, AUDITOR.password);
    await openAudit(page);
    const code = data.essential.code;
    await page.getByTestId(`essential-${code}`).waitFor();
    assert.equal(await page.getByTestId('audit-page').getAttribute('data-verdict'), 'incomplete');

    await page.getByTestId(`level-${code}-not_met`).click();
    await page.waitForSelector(`[data-testid="criterion-${code}"][data-level="not_met"]`);
    await waitSaved(page);
    await page.waitForSelector('[data-testid="audit-page"][data-verdict="fail"]');
    // on a phone there is no tooltip: the criterion's buttons say what they do
    assert.match(await page.getByTestId(`level-clear-${code}`).innerText(), /Zrušit hodnocení/);
    assert.match(await page.getByTestId(`finding-add-${code}`).innerText(), /Přidat zjištění/);

    await page.getByTestId('tab-results').click();
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    assert.equal((await verdict.innerText()).trim(), 'Nevyhovuje');
    const reason = page.locator(`[data-testid="verdict-reasons"] li[data-kind="essential_failed"]`);
    assert.equal(await reason.count(), 1);
    assert.match(await reason.innerText(), new RegExp(`\\b${code}\\b`), 'the reason names the failed criterion');
    await page.getByTestId('results-radar').locator('svg').first().waitFor();
    await snapshot(page, 'quality-results-fail');

    // a finding on that criterion, then its corrective action
    await page.getByTestId('tab-scoring').click();
    await page.getByTestId(`finding-add-${code}`).click();
    await chooseOption(page, 'finding-severity', 'finding-severity-option-high');
    await page.getByTestId('finding-text').fill('Zásadní kritérium není naplněno: chybí písemný postup.');
    await page.getByTestId('finding-recommendation').fill('Zpracovat postup a seznámit s ním pracovníky.');
    await page.getByTestId('finding-submit').click();
    await page.getByTestId('finding-submit').waitFor({ state: 'detached' });

    await page.getByTestId('tab-findings').click();
    const finding = page.locator(`[data-testid^="finding-"][data-criterion="${code}"]`).first();
    await finding.waitFor();
    const findingId = (await finding.getAttribute('data-testid')).replace('finding-', '');
    await page.getByTestId(`action-add-${findingId}`).click();
    await page.getByTestId('action-text').fill('Zpracovat písemný postup podle kritéria ' + code);
    await page.getByTestId('action-owner').fill('Mgr. Klára Vojtíšková');
    await fillDate(page, 'action-due', '31. 12. 2026');
    await page.getByTestId('action-submit').click();
    const link = page.locator(`[data-testid="finding-${findingId}"] [data-testid^="action-link-"]`).first();
    await link.waitFor();
    actionId = Number((await link.getAttribute('data-testid')).replace('action-link-', ''));
    assert.ok(actionId > 0);
    await snapshot(page, 'quality-finding-action');
  });
});

test('a note typed while the network fails is saved when it comes back', async () => {
  await withBrowser('quality-offline-note', async (page) => {
    await logIn(page, AUDITOR.login, AUDITOR.password);
    await openPath(page, `/quality/audits/${data.auditId}`);
    await page.waitForSelector('[data-testid="audit-page"][data-status="draft"]');
    let aborted = 0;
    await page.route('**/api/quality/audits/*/assessments', async (route) => {
      if (route.request().method() === 'PUT' && aborted === 0) {
        aborted += 1;
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    const note = `Ověřeno ve spisech ${Date.now()}`;
    const code = data.noteCriterion.code;
    await page.getByTestId(`note-${code}`).fill(note);
    await page.waitForSelector('[data-testid="save-status"][data-status="retrying"]');
    assert.match(await page.getByTestId('save-status').innerText(), /Neuloženo — zkusím znovu/);
    // still queued in the browser while the server has not confirmed it
    const stored = await page.evaluate(
      (id) => localStorage.getItem(`kvalis.quality.audit.${id}.assessments`),
      data.auditId,
    );
    assert.ok(stored && stored.includes(note), 'the unsent note is kept in localStorage');
    await waitSaved(page);
    assert.equal(aborted, 1);
    assert.match(await page.getByTestId('save-status').innerText(), /Uloženo/);

    await page.reload();
    await page.waitForSelector('[data-testid="audit-page"][data-status="draft"]');
    assert.equal(await page.getByTestId(`note-${code}`).inputValue(), note, 'the note is on the server');
    const left = await page.evaluate(
      (id) => localStorage.getItem(`kvalis.quality.audit.${id}.assessments`),
      data.auditId,
    );
    assert.equal(left, null);
  });
});

test('the provider starts the action and marks it done', async () => {
  assert.ok(actionId, 'the first test created the action');
  await withBrowser('quality-provider-action', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await page.getByTestId('nav-quality').click();
    await page.getByTestId('quality-tab-actions').click();
    await page.getByTestId('actions-page').waitFor();
    await page.getByTestId(`action-link-${actionId}`).click();
    await page.waitForSelector('[data-testid="action-page"][data-status="open"]');
    await page.getByTestId('action-start').click();
    await page.waitForSelector('[data-testid="action-page"][data-status="in_progress"]');
    await page.getByTestId('action-markDone').click();
    // marking done asks what was done (required) and takes evidence files
    await page.getByTestId('transition-submit').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    assert.equal(await page.getByTestId('action-page').getAttribute('data-status'), 'in_progress');
    await page.getByTestId('transition-note').fill('Postup zpracován a projednán na poradě týmu.');
    await page.locator('.ant-modal input[type="file"]').setInputFiles({
      name: 'zapis-z-porady.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Zápis z porady týmu: postup projednán.\n'),
    });
    await page.getByTestId('transition-submit').click();
    await page.waitForSelector('[data-testid="action-page"][data-status="done"]');
    assert.match(await page.getByTestId('action-done-report').innerText(), /Postup zpracován a projednán/);
    assert.match(await page.getByTestId('action-history').innerText(), /Postup zpracován a projednán/);
    assert.match(await page.getByTestId('action-evidence').innerText(), /zapis-z-porady\.txt/);
    assert.equal(await page.getByTestId('action-verify').count(), 0, 'the provider does not verify its own action');
    await snapshot(page, 'quality-action-done');

    // on a phone the finding's severity tag stays one line (it shrank to a letter a line)
    await page.setViewportSize({ width: 390, height: 844 });
    const tag = page.getByTestId('action-finding').locator('.ant-tag');
    // the layout follows the new width after a re-render: give it the time a loaded machine needs
    await page
      .waitForFunction(
        () =>
          (document.querySelector('[data-testid="action-finding"] .ant-tag')?.getBoundingClientRect().height ?? 99) <
          30,
        null,
        { timeout: 10000 },
      )
      .catch(() => {});
    const box = await tag.boundingBox();
    assert.ok(box && box.height < 30, `the severity tag is one line high: ${JSON.stringify(box)}`);
  });
});

test('the auditor verifies the action with the evidence of the verification', async () => {
  assert.ok(actionId, 'the first test created the action');
  await withBrowser('quality-auditor-verifies', async (page) => {
    await logIn(page, AUDITOR.login, AUDITOR.password);
    await openPath(page, `/quality/actions/${actionId}`);
    await page.waitForSelector('[data-testid="action-page"][data-status="done"]');
    await page.getByTestId('action-verify').click();
    // the evidence note is required
    await page.getByTestId('transition-submit').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await page.getByTestId('transition-note').fill('Písemný postup předložen a ověřen v dokumentaci služby.');
    await page.getByTestId('transition-submit').click();
    await page.waitForSelector('[data-testid="action-page"][data-status="verified"]');
    assert.equal((await page.getByTestId('action-status').innerText()).trim(), 'Ověřeno');
    assert.match(await page.getByTestId('action-verification').innerText(), /Písemný postup předložen/);
    await snapshot(page, 'quality-action-verified');
  });
});

test('closing names the criteria left unscored, with their wording, before anything is recorded', async () => {
  const admin = await apiLogin(ADMIN_LOGIN, ADMIN_PASSWORD);
  // one criterion back to "not scored"
  await admin.put(`/api/quality/audits/${data.auditId}/assessments`, {
    assessments: [{ criterion_id: data.noteCriterion.id, level_code: '' }],
  });
  await withBrowser('quality-close-unscored', async (page) => {
    await logIn(page, AUDITOR.login, AUDITOR.password);
    await openPath(page, `/quality/audits/${data.auditId}`);
    await page.waitForSelector('[data-testid="audit-page"][data-status="draft"]');
    await page.getByTestId('audit-close').click();
    const list = page.getByTestId('audit-close-unscored');
    await list.waitFor();
    assert.equal(await list.getAttribute('data-count'), '1');
    assert.equal(await list.locator('li').first().getAttribute('data-code'), data.noteCriterion.code);
    assert.ok(
      (await list.innerText()).length > data.noteCriterion.code.length + 10,
      'the wording is shown, not only the code',
    );
    await snapshot(page, 'quality-close-unscored');
    await page.getByTestId('audit-close-cancel').click();
    assert.equal(await page.getByTestId('audit-page').getAttribute('data-status'), 'draft');
  });
});

test("an audit body's auditor starts an external audit from the audits page", async () => {
  await withBrowser('quality-auditor-starts', async (page) => {
    await logIn(page, AUDITOR.login, AUDITOR.password);
    await page.getByTestId('nav-quality').click();
    await page.getByTestId('quality-tab-audits').click();
    await page.getByTestId('audits-page').waitFor();
    // the server lets an audit body's auditor conduct; the page hid the button from everyone but managers
    await page.getByTestId('audit-create').click();
    await page.getByTestId('audit-create-form').waitFor();
    assert.match(await page.getByTestId('audit-type').innerText(), /Externí audit|External audit/);
    assert.match(await page.getByTestId('audit-title').inputValue(), /^(Externí audit|External audit)/);
  });
});

test('the supervision page dates its records the Czech way', async () => {
  await withBrowser('quality-supervision-dates', async (page) => {
    await logIn(page, AUDITOR.login, AUDITOR.password);
    await openPath(page, '/quality/care/supervision');
    // a record's row (not the empty row shown while the list loads)
    const cell = page.getByTestId('care-supervision-list').locator('tbody tr[data-row-key] td').first();
    await cell.waitFor();
    const text = (await cell.innerText()).trim();
    assert.match(text, /^\d{1,2}\. \d{1,2}\. \d{4}$/, `a Czech date, not ISO: ${text}`);
  });
});
