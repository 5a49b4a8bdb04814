// Scoring an audit with the keyboard alone (issue 16, accessibility): the auditor logs in, skips to the content,
// goes to the quality module's audits, finds the audit, opens it, scores a criterion with the arrow keys, writes a
// note, records a finding in the dialog and comes back to where they were, pressing only Tab, Shift+Tab, Enter,
// Space, the arrow keys and typing. Every element the keyboard stops at on the way shows a focus ring. What was
// saved is read back through the API. Set-up (a draft audit led by the auditor) comes through the API.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ADMIN_LOGIN, ADMIN_PASSWORD, BASE_URL, DEMO_PASSWORD, todayInPrague, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';

const AUDITOR = { login: 'auditor', password: DEMO_PASSWORD };
const NOTE = 'Postup je popsán, ale pracovníci ho neznají.';
const FINDING = 'Pracovníci neznají písemný postup pro stížnosti.';
const RECOMMENDATION = 'Seznámit pracovníky s postupem a ověřit to při poradě.';

let data; // { auditId, title, code, criterionId, levels }

/** A draft external audit by the auditor's audit body, the auditor leading it; no criterion scored yet. */
async function setUpAudit() {
  const admin = await apiLogin(ADMIN_LOGIN, ADMIN_PASSWORD);
  const auditor = await apiLogin(AUDITOR.login, AUDITOR.password);
  const provider = await apiLogin('poskytovatel.manazer', DEMO_PASSWORD);
  const providerOrg = provider.user.memberships.find((m) => m.organisation_type === 'provider');
  const auditBody = auditor.user.memberships.find((m) => m.organisation_type === 'audit_body');
  if (!providerOrg || !auditBody) throw new Error('the demo provider or audit body is missing');
  const { items: services } = await provider.get(
    `/api/services?provider_id=${providerOrg.organisation_id}&status=active&page_size=50`,
  );
  const service = services.find((s) => s.provider_id === providerOrg.organisation_id);
  const { items: templates } = await admin.get('/api/quality/templates');
  const template = templates.find((t) => !t.archived && t.set_code === 'SQSS' && t.scale.levels.length >= 2);
  if (!service || !template) throw new Error('no active service of the provider or no SQSS template');
  const title = `Klávesnice ${new Date().toISOString().slice(0, 19)}`;
  const audit = await admin.post('/api/quality/audits', {
    type: 'external',
    template_id: template.id,
    service_id: service.id,
    conducted_by_org_id: auditBody.organisation_id,
    title,
    starts_on: todayInPrague(),
    methods: ['document_study'],
    team: [{ user_id: auditor.user.id, role: 'leader' }],
  });
  const first = audit.criteria[0];
  return {
    auditId: audit.summary.id,
    title,
    code: first.code,
    criterionId: first.criterion_id,
    levels: audit.scale.levels.map((l) => l.code),
    auditor,
  };
}

before(async () => {
  data = await setUpAudit();
});

/** What has the keyboard's focus: its test id (or the nearest one around it), tag, and whether a ring shows. */
async function focused(page) {
  // two frames: a control marks itself focused (antd's -focused classes) in the render after the focus event
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { testId: null, tag: 'body', ring: false };
    // the ring may be drawn on the element or on the control's wrapper (a radio button, a select, a field)
    const ringOn = [
      el,
      el.closest('.ant-radio-button-wrapper, .ant-select-selector, .ant-input-affix-wrapper, .ant-select'),
      el.closest('.ant-select')?.querySelector('.ant-select-selector'),
    ].filter(Boolean);
    const ring = ringOn.some((x) => {
      const s = getComputedStyle(x);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || /\d+px \d+px 0px \dpx/.test(s.boxShadow);
    });
    return {
      testId: el.getAttribute('data-testid') ?? el.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      ring,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` (itself or an ancestor within the
 * element matching `within`); fails after `max` presses, naming where the focus went. Asserts a visible ring there.
 */
async function tabTo(page, selector, { back = false, max = 120 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate((sel) => {
      const el = document.activeElement;
      return !!el && el !== document.body && (el.matches(sel) || !!el.closest(sel));
    }, selector);
    if (hit) {
      const f = await focused(page);
      assert.ok(f.ring, `the focus on ${selector} (${f.tag}, ${f.testId}) shows a ring`);
      return f;
    }
    const f = await focused(page);
    trail.push(f.testId ?? f.tag);
  }
  throw new Error(`Tab never reached ${selector}; the focus went through: ${trail.slice(-30).join(' → ')}`);
}

async function activeMatches(page, selector) {
  return page.evaluate((sel) => !!document.activeElement?.closest(sel), selector);
}

test('the auditor scores a criterion, writes a note and records a finding with the keyboard alone', async () => {
  await withBrowser('a11y-keyboard', async (page) => {
    await page.goto(`${BASE_URL}/login`);
    await page.getByTestId('login-page').waitFor();
    // log in
    await tabTo(page, '[data-testid="login-username"]');
    await page.keyboard.type(AUDITOR.login);
    await tabTo(page, '[data-testid="login-password"]');
    await page.keyboard.type(AUDITOR.password);
    await page.keyboard.press('Enter');
    await page.getByTestId('side-nav').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'cs');

    // the first Tab of a page reaches "Skip to content"; Enter moves the focus to the main landmark
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip.testId, 'skip-link', 'the first focusable element is the skip link');
    assert.ok(skip.ring, 'the skip link shows a focus ring');
    assert.equal(await page.getByTestId('skip-link').innerText(), 'Přeskočit na obsah');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'main', 'the main content has the focus');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MAIN');

    // back into the navigation: Kvalita a audity
    await tabTo(page, '[data-testid="nav-quality"]', { back: true });
    await page.keyboard.press('Enter');
    await page.getByTestId('quality-overview').waitFor();
    // the quality tabs: Tab reaches the current tab, the arrow keys move along the tabs, Enter opens one
    await tabTo(page, '[data-testid="quality-tabs"] [role="tab"][aria-selected="true"]');
    await page.keyboard.press('ArrowRight');
    assert.ok(await activeMatches(page, '[role="tab"]:has([data-testid="quality-tab-audits"])'), 'on the audits tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('audits-page').waitFor();

    // find the audit and open it
    await tabTo(page, '[data-testid="audits-search"] input, input[data-testid="audits-search"]');
    await page.keyboard.type(data.title);
    await page.keyboard.press('Enter');
    await page.getByTestId(`audit-link-${data.auditId}`).waitFor();
    await tabTo(page, `[data-testid="audit-link-${data.auditId}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="audit-page"][data-status="draft"]');

    // the criterion's levels are a radio group: Tab enters it, Space chooses, the arrow keys move the choice
    const criterion = `[data-testid="criterion-${data.code}"]`;
    await page.locator(criterion).waitFor();
    await tabTo(page, `${criterion} input[type="radio"]`);
    await page.keyboard.press('Space');
    await page.waitForSelector(`${criterion}[data-level="${data.levels[0]}"]`);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`${criterion}[data-level="${data.levels[1]}"]`);
    assert.ok(await activeMatches(page, criterion), 'the focus stays on the criterion');

    // the note
    await tabTo(page, `[data-testid="note-${data.code}"]`);
    await page.keyboard.type(NOTE);
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"][data-queued="0"]');

    // a finding on the criterion: the dialog takes the focus, and gives it back when it closes
    await tabTo(page, `[data-testid="finding-add-${data.code}"]`, { back: true });
    await page.keyboard.press('Enter');
    await page.locator('.ant-modal').waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('.ant-modal'));
    await tabTo(page, '[data-testid="finding-severity"] input');
    await page.keyboard.press('ArrowDown'); // opens the list
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="finding-text"]');
    await page.keyboard.type(FINDING);
    await tabTo(page, '[data-testid="finding-recommendation"]');
    await page.keyboard.type(RECOMMENDATION);
    await tabTo(page, '[data-testid="finding-submit"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('finding-submit').waitFor({ state: 'detached' });
    await page.waitForFunction(
      (sel) => !!document.activeElement?.closest(sel),
      `[data-testid="finding-add-${data.code}"]`,
      { timeout: 5000 },
    );
    assert.ok(
      await activeMatches(page, `[data-testid="finding-add-${data.code}"]`),
      'the focus is back on the button that opened the dialog',
    );

    // saved: the level, the note and the finding
    const audit = await data.auditor.get(`/api/quality/audits/${data.auditId}`);
    const c = audit.criteria.find((x) => x.criterion_id === data.criterionId);
    assert.equal(c.level_code, data.levels[1]);
    assert.equal(c.note, NOTE);
    const finding = audit.findings.find((f) => f.criterion_id === data.criterionId);
    assert.ok(finding, 'the finding is recorded on the criterion');
    assert.equal(finding.text, FINDING);
    assert.equal(finding.recommendation, RECOMMENDATION);
    assert.ok(finding.severity, 'the finding has the severity chosen');
  });
});
