// The crawl: every demo user logs in and opens every page the navigation offers and one page of each kind
// linked from there (an audit, an action, a round and a form, a group, an organisation, a service, a
// standard set, the OSPOD office, a transformation plan, ...), in Czech and then in English, each at
// 1440 px and at 390 px. It fails on an uncaught error, a console error, an HTTP error answer (other than
// the 401 of the session check before login), a raw translation key on the page or reported missing by
// i18next, an error or "not found" page, a page that never stops loading, a page wider than the window, and
// a serious or critical accessibility violation (axe-core, WCAG 2.1 A and AA; once per kind of page and width).
// Every problem of every page is listed at the end of each user's test.
// KVALIS_CRAWL_USERS=a,b limits the crawl to some users; KVALIS_CRAWL_SHOTS=/tmp/shots saves a screenshot of every page at both widths.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN_LOGIN, ADMIN_PASSWORD, BASE_URL, DEMO_PASSWORD } from './pages/browser.mjs';
import {
  PHONE,
  WIDE,
  appLinks,
  axeViolations,
  goTo,
  horizontalOverflow,
  launchCrawlBrowser,
  openCrawlPage,
  pageText,
  rawKeysIn,
  routePattern,
  scrollingTables,
  settle,
  shot,
  translationNamespaces,
} from './pages/crawl.mjs';

/** One user of each role the demo region has (organisation type and role). */
const USERS = [
  { login: ADMIN_LOGIN, password: ADMIN_PASSWORD },
  ...[
    'kraj.admin',
    'kraj.referent',
    'ospod.vedouci',
    'ospod.nachod',
    'mu.trutnov',
    'auditor',
    'poskytovatel.admin',
    'poskytovatel.manazer',
    'poskytovatel.pracovnik',
    'poskytovatel.auditor',
    'poskytovatel.cteni',
    'domov.manazer',
    'iq.manazer',
    'iq.pracovnik1',
    'hodnotitel',
    'projekt.hodnotitel',
  ].map((login) => ({ login, password: DEMO_PASSWORD })),
];

/**
 * Users whose organisation type and role another user of the list has already: the same pages and rights with
 * other data. KVALIS_CRAWL_SHORT=1 (CI, scripts/test-all.sh) leaves them out to keep the whole run in its time.
 * It also opens every page of every other user in Czech at 1440 px, but checks a kind of page at 390 px and in
 * English (at 1440 px) only for the first user who reaches it (phoneSeen, englishSeen); without it every user
 * checks every page in both languages at both widths.
 */
const TWINS = new Set(['domov.manazer', 'iq.pracovnik1']);

/** KVALIS_CRAWL_USERS=auditor,admin crawls as these users only (and skips the check that every kind was reached). */
const ONLY =
  process.env.KVALIS_CRAWL_USERS?.split(',')
    .map((x) => x.trim())
    .filter(Boolean) ??
  (process.env.KVALIS_CRAWL_SHORT === '1' ? USERS.map((u) => u.login).filter((l) => !TWINS.has(l)) : undefined);
const SHORT = !process.env.KVALIS_CRAWL_USERS && process.env.KVALIS_CRAWL_SHORT === '1';

/** Kinds of page some user must have reached (a link to them disappearing is a failure too). */
const REQUIRED_KINDS = [
  '/',
  '/organisations',
  '/organisations/:id',
  '/services',
  '/services/:id',
  '/benchmarking',
  '/benchmarking/groups/:id',
  '/benchmarking/methodologies/:id',
  '/benchmarking/rounds/:id',
  '/benchmarking/rounds/:id/services/:id',
  '/benchmarking/rounds/:id/comparison',
  '/benchmarking/rounds/:id/dea',
  '/benchmarking/good-practices',
  '/benchmarking/good-practices/:id',
  '/quality',
  '/quality/audits',
  '/quality/audits/:id',
  '/quality/actions',
  '/quality/actions/:id',
  '/quality/standards',
  '/quality/standards/:id',
  '/quality/templates',
  '/quality/care/ospod',
  '/quality/care/supervision',
  '/quality/care/transformation',
  '/quality/care/transformation/:id',
  '/admin/users',
  '/admin/audit-log',
];

// Problems owned by another piece of work, printed but not failing (KVALIS_CRAWL_STRICT=1 fails them too):
// { owner, where: /page/, problem: /message/ }. Empty: every page must pass.
const KNOWN = [];
const STRICT = process.env.KVALIS_CRAWL_STRICT === '1';

/** Splits the problems into those that fail the crawl and those KNOWN lists (with their owner). */
function judge(problems) {
  const failing = new Map();
  const known = new Map(); // owner → pages
  for (const [where, list] of problems) {
    for (const p of list) {
      const k = STRICT ? undefined : KNOWN.find((x) => x.where.test(where) && x.problem.test(p));
      if (k) known.set(k.owner, (known.get(k.owner) ?? new Set()).add(where.replace(/ \(linked from .*\)$/, '')));
      else failing.set(where, [...(failing.get(where) ?? []), p]);
    }
  }
  return { failing, known };
}

/** Pages a user does not open from a link: they leave the application or change data (the public portal is
 *  server-rendered HTML outside the application, checked by portal.test.mjs). */
const SKIP = [/^\/login$/, /^\/portal(\/|$)/];
/** The most pages one user opens (a safety net against a link loop). */
const MAX_PAGES = 80;

const namespaces = translationNamespaces();
const reached = new Set();
let browser;
const started = Date.now();
/** Time spent in axe-core (printed at the end, to keep an eye on what it adds to the crawl). */
let axeMs = 0;
let loginChecked = false;
const axeSeenByAll = new Set();
/** KVALIS_CRAWL_SHORT: the kinds of page (route patterns) checked at 390 px and in English by some user already. */
const phoneSeen = new Set();
const englishSeen = new Set();
let axeRuns = 0;

before(async () => {
  browser = await launchCrawlBrowser();
});

after(async () => {
  await browser?.close();
  console.log(`crawl: ${reached.size} kinds of page, ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`crawl: axe-core ran ${axeRuns} times, ${Math.round(axeMs / 1000)} s`);
});

/** The 401 of the session check on the login page is how the app learns that nobody is logged in. */
function expected(kind, detail, state) {
  return !state.loggedIn && kind === 'HTTP error' && detail === 'GET /api/session → 401';
}

/**
 * Checks the page just opened at both widths, starting with the width the window has (so the window changes
 * size once per page), or at the window's width only when bothWidths is false; returns the application links it
 * shows at the laptop width. axe-core runs on a kind of page (route pattern) at a width the first time the
 * user meets it there (axeSeen holds "pattern@width"), not again on the English repeat.
 */
async function checkPage(page, state, file, label, axeSeen, bothWidths = true) {
  if (!(await settle(page, state)))
    file('still loading', `after 12 s (${[...state.inflight].map((r) => r.url()).join(', ') || 'a spinner'})`);
  const { text, boundary } = await pageText(page);
  if (boundary) file('page error shown', boundary.slice(0, 300));
  if (await page.locator('[data-testid="not-found"]').count()) file('dead link', 'the page says "not found"');
  if (await page.locator('[data-testid="forbidden"]').count()) file('dead link', 'the page says "forbidden"');
  for (const key of rawKeysIn(text, namespaces)) file('raw translation key', key);

  let links = [];
  const sizes = page.viewportSize().width === PHONE.width ? [PHONE, WIDE] : [WIDE, PHONE];
  if (!bothWidths) sizes.length = 1;
  for (const [i, size] of sizes.entries()) {
    if (i > 0) {
      await page.setViewportSize(size);
      await settle(page, state);
    }
    const overflow = await horizontalOverflow(page);
    if (overflow)
      file(`overflow at ${size.width} px`, `page is ${overflow.scrollWidth} px wide: ${overflow.culprits.join('; ')}`);
    const axeKey = `${routePattern(new URL(page.url()).pathname)}@${size.width}`;
    if (!axeSeen.has(axeKey)) {
      axeSeen.add(axeKey);
      const t0 = Date.now();
      for (const v of await axeViolations(page)) file(`accessibility at ${size.width} px`, v);
      axeMs += Date.now() - t0;
      axeRuns++;
    }
    if (size === WIDE) {
      for (const table of await scrollingTables(page)) file(`table scrolls sideways at ${WIDE.width} px`, table);
      links = await appLinks(page);
    }
    await shot(page, `${label}-${size.width}`);
  }
  return links;
}

async function switchLanguage(page, state, lang) {
  await page.getByTestId(`lang-switch-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await settle(page, state);
}

function report(login, problems) {
  const lines = [];
  for (const [where, list] of problems) {
    lines.push(where);
    for (const p of list) lines.push(`  - ${p}`);
  }
  return `${login}: ${[...problems.values()].flat().length} problems on ${problems.size} pages\n${lines.join('\n')}`;
}

for (const user of USERS.filter((u) => !ONLY || ONLY.includes(u.login))) {
  test(`crawl every page as ${user.login}, in Czech and English, at ${WIDE.width} and ${PHONE.width} px`, async () => {
    const t0 = Date.now();
    const { context, page, state, file } = await openCrawlPage(browser, { allow: expected });
    try {
      state.where = `${user.login} · login`;
      await page.goto(`${BASE_URL}/login`);
      await page.getByTestId('login-page').waitFor();
      if (!loginChecked) {
        // the login page once, at both widths
        loginChecked = true;
        await settle(page, state);
        for (const size of [PHONE, WIDE]) {
          await page.setViewportSize(size);
          for (const v of await axeViolations(page)) file(`accessibility at ${size.width} px`, v);
        }
      }
      await page.getByTestId('login-username').fill(user.login);
      await page.getByTestId('login-password').fill(user.password);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('side-nav').waitFor();
      state.loggedIn = true;

      // Czech: the navigation's pages first, then one page of each kind they link to.
      const queue = await page.$$eval('[data-testid="side-nav"] a[href]', (as) =>
        as.map((a) => new URL(a.href).pathname),
      );
      const seen = new Set(queue.map(routePattern));
      // KVALIS_CRAWL_SHORT: axe-core once per kind of page and width in the whole crawl (the first user reaching
      // it), to keep CI in its time; the full crawl checks each kind for every user.
      const axeSeen = SHORT ? axeSeenByAll : new Set();
      const linkedFrom = new Map(queue.map((p) => [p, 'the navigation']));
      for (let i = 0; i < queue.length && i < MAX_PAGES; i++) {
        const path = queue[i];
        state.where = `${user.login} · cs · ${path} (linked from ${linkedFrom.get(path)})`;
        await goTo(page, path, state);
        const phone = !SHORT || !phoneSeen.has(routePattern(path));
        if (SHORT) phoneSeen.add(routePattern(path));
        for (const link of await checkPage(page, state, file, `${user.login}-cs-${path}`, axeSeen, phone)) {
          const kind = routePattern(link);
          if (seen.has(kind) || SKIP.some((re) => re.test(link))) continue;
          seen.add(kind);
          queue.push(link);
          linkedFrom.set(link, path);
        }
      }
      for (const p of queue) reached.add(routePattern(p));

      // English: the same pages (in the short form, those of a kind no user has checked in English yet).
      const english = queue.filter((p) => !SHORT || !englishSeen.has(routePattern(p)));
      for (const p of english) englishSeen.add(routePattern(p));
      await page.setViewportSize(WIDE);
      await switchLanguage(page, state, 'en');
      for (const path of english) {
        state.where = `${user.login} · en · ${path}`;
        await goTo(page, path, state);
        await checkPage(page, state, file, `${user.login}-en-${path}`, axeSeen, !SHORT);
      }
      state.where = `${user.login} · back to Czech`;
      await page.setViewportSize(WIDE);
      await switchLanguage(page, state, 'cs');
      console.log(
        `crawl ${user.login}: ${queue.length} pages (${english.length} in English) in ${Math.round((Date.now() - t0) / 1000)} s`,
      );
    } finally {
      await context.close();
    }
    const { failing, known } = judge(state.problems);
    for (const [owner, pages] of known)
      console.log(`crawl ${user.login}: known, not failing (${owner}): ${[...pages].join(', ')}`);
    assert.equal(failing.size, 0, report(user.login, failing));
  });
}

test('on a phone the navigation is a drawer: the title is not covered, a chosen page closes it', async () => {
  const { context, page, state } = await openCrawlPage(browser, { allow: expected });
  try {
    await page.setViewportSize(PHONE);
    await page.goto(`${BASE_URL}/login`);
    await page.getByTestId('login-username').fill('auditor');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-toggle').waitFor();
    state.loggedIn = true;
    await goTo(page, '/quality/audits', state);
    await settle(page, state);
    assert.equal(await page.getByTestId('side-nav').count(), 0, 'no side menu beside the content');
    // what is drawn at the title's left edge and middle is the title itself
    const covered = await page
      .getByTestId('page-title')
      .first()
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [r.left + 4, r.left + r.width / 2].some(
          (x) => !el.contains(document.elementFromPoint(x, r.top + r.height / 2)),
        );
      });
    assert.equal(covered, false, 'the page title is not covered');
    assert.equal(await horizontalOverflow(page), null);

    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-services').click();
    await page.getByTestId('services-page').waitFor();
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).pathname, '/services');
  } finally {
    await context.close();
  }
});

test('the crawl reached every kind of page', { skip: ONLY && !SHORT ? 'only some users crawled' : false }, () => {
  const missing = REQUIRED_KINDS.filter((k) => !reached.has(k));
  assert.deepEqual(missing, [], `no user reached: ${missing.join(', ')}; reached: ${[...reached].sort().join(', ')}`);
});
