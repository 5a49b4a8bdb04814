// The crawl: one browser, one context per user; every page a user reaches from the navigation and one
// page of each kind linked from there, checked in Czech and English at a laptop and a phone width.
// Problems are collected per page (never thrown at the first), so one run lists all of them.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_URL, BROWSER_ARGS, CHROMIUM, TIME_ZONE } from './browser.mjs';

export const WIDE = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
const SETTLE_TIMEOUT_MS = 12_000;
const QUIET_MS = 120;
const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Top-level keys of the translations: a visible "quality.audits.title" whose first part is one of them is a raw key. */
export function translationNamespaces() {
  const text = readFileSync(join(WEB_ROOT, 'src', 'i18n', 'cs.ts'), 'utf8');
  const names = [...text.matchAll(/^ {2}([A-Za-z]\w*): \{/gm)].map((m) => m[1]);
  if (names.length < 5) throw new Error('could not read the translation namespaces from src/i18n/cs.ts');
  return new Set([...names, 'quality', 'qualityCare']);
}

/** Raw translation keys in a text: dotted words whose first part is a translation namespace. */
export function rawKeysIn(text, namespaces) {
  const found = new Set();
  for (const m of text.matchAll(/(?<![\w@.\-/])([a-z][A-Za-z]*)((?:\.[A-Za-z_]\w*)+)(?![\w@\-/]|\.\w)/g)) {
    if (namespaces.has(m[1])) found.add(m[0]);
  }
  return [...found];
}

/** "/quality/audits/12" → "/quality/audits/:id": one page of each kind is enough. */
export function routePattern(pathname) {
  return pathname.replace(/\/\d+(?=\/|$)/g, '/:id');
}

export async function launchCrawlBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}

/**
 * A context for one user with listeners that file every problem under the page being checked.
 * `allow(kind, detail)` may excuse an expected problem (e.g. the 401 of GET /api/session before login).
 */
export async function openCrawlPage(browser, { allow = () => false } = {}) {
  // bypassCSP: the application's policy allows scripts from its own files only; axe-core (axeViolations) is
  // evaluated into the page by the test, which the policy would refuse. csp.test.mjs checks the policy itself.
  const context = await browser.newContext({
    locale: 'cs-CZ',
    timezoneId: TIME_ZONE,
    viewport: WIDE,
    bypassCSP: true,
    reducedMotion: 'reduce', // as in browser.mjs: dialogs and pop-overs at rest when clicked and checked
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const state = {
    where: '(before login)',
    loggedIn: false,
    inflight: new Set(),
    lastActivity: Date.now(),
    problems: new Map(),
  };
  const file = (kind, detail) => {
    if (allow(kind, detail, state)) return;
    const list = state.problems.get(state.where) ?? [];
    const line = `${kind}: ${detail}`;
    if (!list.includes(line)) list.push(line);
    state.problems.set(state.where, list);
  };
  page.on('pageerror', (e) =>
    file(
      'uncaught error',
      String(e.stack ?? e.message)
        .split('\n')
        .slice(0, 3)
        .join(' | '),
    ),
  );
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error') {
      // A failed load is also a response below, where it is judged with its URL and method.
      if (!/^Failed to load resource/.test(text)) file('console error', text.slice(0, 400));
    } else if (msg.type() === 'warning' && text.startsWith('i18n: missing key')) {
      file('missing translation', text.replace('i18n: missing key ', ''));
    }
  });
  const tracked = (req) => ['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(req.resourceType());
  page.on('request', (req) => {
    if (!tracked(req)) return;
    state.inflight.add(req);
    state.lastActivity = Date.now();
  });
  const done = (req) => {
    if (state.inflight.delete(req)) state.lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', (req) => {
    done(req);
    const err = req.failure()?.errorText ?? '';
    // ERR_ABORTED: a request the page cancelled itself (a query dropped on navigation).
    if (!err.includes('ERR_ABORTED') && new URL(req.url()).pathname.startsWith('/api/'))
      file('failed request', `${req.method()} ${new URL(req.url()).pathname} ${err}`);
  });
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (res.status() >= 400 && url.origin === new URL(BASE_URL).origin)
      file('HTTP error', `${res.request().method()} ${url.pathname}${url.search} → ${res.status()}`);
  });
  return { context, page, state, file };
}

/** Waits until no request is in flight for a moment and no spinner or skeleton shows; false on time-out. */
export async function settle(page, state) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const quiet = state.inflight.size === 0 && Date.now() - state.lastActivity >= QUIET_MS;
    if (quiet) {
      const busy = await page
        .evaluate(() => {
          const visible = (el) => el.getClientRects().length > 0;
          return [
            ...document.querySelectorAll(
              '.ant-spin-spinning, .ant-skeleton, [data-testid="app-loading"], .ant-table-placeholder .ant-spin',
            ),
          ].some(visible);
        })
        .catch(() => true);
      if (!busy) {
        // two frames: React commits and antd's responsive observers run
        await page
          .evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
          .catch(() => undefined);
        if (state.inflight.size === 0) return true;
      }
    }
    if (Date.now() > deadline) return false;
    await page.waitForTimeout(50);
  }
}

/** Client-side navigation (no reload of the application), as a click on a link would do; returns once React has drawn it. */
export async function goTo(page, path, state) {
  if (state) state.lastActivity = Date.now();
  await page.evaluate(
    (p) =>
      new Promise((resolve) => {
        window.history.pushState(null, '', p);
        window.dispatchEvent(new PopStateEvent('popstate'));
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      }),
    path,
  );
}

/** Same-origin application links on the page (paths, without query), in document order. */
export async function appLinks(page) {
  return page.evaluate(() => {
    const out = [];
    for (const a of document.querySelectorAll('a[href]')) {
      const url = new URL(a.getAttribute('href'), window.location.href);
      if (url.origin !== window.location.origin) continue;
      if (url.pathname.startsWith('/api/') || url.pathname === '/login' || a.hasAttribute('download')) continue;
      out.push(url.pathname);
    }
    return [...new Set(out)];
  });
}

/**
 * Horizontal overflow of the document: null, or the width and the outermost elements sticking out.
 * Charts follow a new window width a moment later: an overflow is measured again before it counts.
 */
export async function horizontalOverflow(page) {
  let found = await measureOverflow(page);
  for (let i = 0; found && i < 4; i++) {
    await page.waitForTimeout(150);
    found = await measureOverflow(page);
  }
  return found;
}

/** Tables that scroll sideways inside their own box (allowed on a phone, not on a laptop screen). */
export async function scrollingTables(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.ant-table-content, .ant-table-body')]
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        const table = el.closest('[data-testid]');
        return `${table?.getAttribute('data-testid') ?? 'a table'} (${el.scrollWidth} px in ${el.clientWidth} px)`;
      }),
  );
}

async function measureOverflow(page) {
  return page.evaluate(() => {
    const w = window.innerWidth;
    const sw = document.scrollingElement.scrollWidth;
    if (sw <= w) return null;
    const clips = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== 'visible') return true;
      }
      return false;
    };
    const name = (el) => {
      const id = el.getAttribute('data-testid');
      const cls =
        typeof el.className === 'string' ? el.className.split(/\s+/).filter(Boolean).slice(0, 2).join('.') : '';
      const within = el.parentElement?.closest('[data-testid]')?.getAttribute('data-testid');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}${cls ? `.${cls}` : ''}${within ? ` in ${within}` : ''}${text ? ` "${text}"` : ''}`;
    };
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= w + 1) continue;
      const pr = el.parentElement?.getBoundingClientRect();
      if (pr && pr.right > w + 1) continue; // the parent already sticks out: report the outermost
      if (clips(el)) continue;
      culprits.push(`${name(el)} (right edge ${Math.round(r.right)})`);
      if (culprits.length >= 4) break;
    }
    return { scrollWidth: sw, width: w, culprits };
  });
}

/**
 * Visible text of the page (what a person reads), with the page-error fallback flagged. Text in <code> is
 * left out: it is an identifier shown on purpose (e.g. an action code in the audit log), not a message.
 */
export async function pageText(page) {
  return page.evaluate(() => {
    let text = document.body.innerText;
    for (const code of document.querySelectorAll('code')) {
      const own = code.innerText;
      if (own) text = text.replace(own, ' ');
    }
    return { text, boundary: document.querySelector('[data-testid="page-error"]')?.textContent ?? null };
  });
}

/** Saves a screenshot when KVALIS_CRAWL_SHOTS names a folder (for looking at the pages while developing). */
export async function shot(page, name) {
  const dir = process.env.KVALIS_CRAWL_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page
    .screenshot({ path: join(dir, `${name.replace(/[^a-z0-9.-]+/gi, '_')}.png`), fullPage: true })
    .catch(() => undefined);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The WCAG 2.0 and 2.1 level A and AA rules of axe-core. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Rules switched off for some elements, each with the reason (the rule does not apply there):
 * { rule, selector, why }. axe leaves the matching elements out of that rule only.
 */
export const AXE_EXCLUDED = [
  {
    rule: 'aria-required-children',
    selector: '.ant-tabs-nav',
    why:
      "antd draws its overflow button (the tabs that do not fit a phone's width, as a menu) inside the tab list " +
      'beside the tabs; every tab is role="tab" and reachable with the arrow keys, the button adds a menu of the ' +
      'same tabs. The button cannot be moved out of the list through antd.',
  },
  {
    rule: 'nested-interactive',
    selector: '.ant-tabs-tab-btn',
    why:
      'the module tab bars (quality, network, planning, people) label each tab with a link, so a tab opens in a ' +
      'new browser tab and its address is a link; the link is out of the focus order (tabindex -1), the tab ' +
      '(role="tab", named by the link text) is what the keyboard and screen readers operate.',
  },
];

/**
 * axe-core's serious and critical violations on the page as it is drawn now: one line per rule with its impact and
 * the first target selectors. axe is evaluated into the page once (window.axe stays until a full reload).
 */
export async function axeViolations(page) {
  const found = await axeRun(page);
  if (!found.length) return found;
  // a violation caught in a passing state (a tooltip or a message fading over the text) is judged again a moment
  // later; what is still there is reported
  await page.waitForTimeout(400);
  return axeRun(page);
}

async function axeRun(page) {
  return page.evaluate(
    async ({ source, tags, excluded }) => {
      if (!window.axe) {
        // the minified source defines window.axe when run as a script
        (0, eval)(source);
      }
      // colours are judged as they end, not in the middle of a transition (a tab fading to its colour)
      const still = document.createElement('style');
      still.textContent = '*, *::before, *::after { transition: none !important; }';
      document.head.appendChild(still);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      still.remove();
      const out = [];
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        const nodes = v.nodes.filter(
          (n) =>
            !excluded.some(
              (x) => x.rule === v.id && n.target.some((t) => document.querySelector(t)?.closest(x.selector)),
            ),
        );
        if (!nodes.length) continue;
        const targets = nodes.slice(0, 4).map((n) => n.target.join(' '));
        // the first element's reason (for colour contrast: the colours and the ratio found)
        const why = (nodes[0].failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200);
        out.push(
          `${v.id} (${v.impact}, ${nodes.length}×): ${targets.join(' | ')}${nodes.length > 4 ? ' …' : ''} — ${why}`,
        );
      }
      return out;
    },
    { source: AXE_SOURCE, tags: AXE_TAGS, excluded: AXE_EXCLUDED.map(({ rule, selector }) => ({ rule, selector })) },
  );
}
