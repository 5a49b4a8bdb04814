// The dashboard's first load in Chromium with an empty cache (issue 16, "First load"), driven by playwright-core
// (web/node_modules) on Debian's /usr/bin/chromium. Called by bench/first_load_bench.sh with a kvalis serve of the
// demo region at KVALIS_URL. One sign-in through the API; every run is a fresh browser context (no cache, no
// service worker) given that session cookie, opening / until the dashboard shows its cards.
//
// Time of a run: from navigation start until the dashboard's cards are visible ([data-testid="dashboard-page"]
// [data-testid^="dash-"]) and the network is idle: the later of the moment the cards appear and the end of the
// last response fetched by then (performance.timeOrigin is navigation start). Bytes: the sum of the encoded
// lengths of every response of the run (CDP Network.loadingFinished), headers included.
//
// Profiles: loopback (no throttling) and throttled through CDP Network.emulateNetworkConditions, 10 Mbit/s down
// and up and 40 ms latency. Chromium applies `latency` as a delay added to every request before its response
// starts (per request, not per packet or round trip of TCP), so 40 ms stands for the round trip of one request
// on a regional office's line; the bandwidth limits the bytes of all responses together. Each profile runs with
// compression (what the browser asks for: gzip, deflate, br, zstd) and without it (Accept-Encoding: identity
// through CDP Network.setExtraHTTPHeaders): the peer that shows what compression does.
//
// Environment: KVALIS_URL, BENCH_LOGIN / BENCH_PASSWORD (default kraj.referent of the demo), BENCH_RUNS (7),
// KVALIS_CHROMIUM. Prints a Markdown table.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(ROOT, 'web', 'package.json'))('playwright-core');

const BASE_URL = (process.env.KVALIS_URL ?? 'http://127.0.0.1:18583').replace(/\/$/, '');
const LOGIN = process.env.BENCH_LOGIN ?? 'kraj.referent';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'kvalis-demo-2026';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = process.env.KVALIS_CHROMIUM ?? '/usr/bin/chromium';
const CONTENT = '[data-testid="dashboard-page"] [data-testid^="dash-"]';

const PROFILES = [
  { name: 'loopback', target: 0.5, conditions: null },
  {
    name: 'throttled (10 Mbit/s, 40 ms)',
    target: 2.5,
    conditions: { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 },
  },
];
const ENCODINGS = [
  { name: 'br/gzip (as the browser asks)', headers: null },
  { name: 'identity (no compression)', headers: { 'Accept-Encoding': 'identity' } },
];

async function sessionCookies() {
  const res = await fetch(`${BASE_URL}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ login: LOGIN, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${LOGIN}: HTTP ${res.status}`);
  return res.headers.getSetCookie().map((c) => {
    const [pair, ...attrs] = c.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    return {
      name: pair.slice(0, eq),
      value: pair.slice(eq + 1),
      url: BASE_URL,
      httpOnly: attrs.some((a) => a.toLowerCase() === 'httponly'),
    };
  });
}

async function oneRun(browser, cookies, profile, encoding) {
  const context = await browser.newContext({ locale: 'cs-CZ', viewport: { width: 1366, height: 860 } });
  try {
    await context.addCookies(cookies);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.conditions) await cdp.send('Network.emulateNetworkConditions', profile.conditions);
    if (encoding.headers) await cdp.send('Network.setExtraHTTPHeaders', { headers: encoding.headers });
    let bytes = 0;
    const codings = new Set();
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    cdp.on('Network.responseReceived', (e) => {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      if (/\.(js|css)$/.test(new URL(e.response.url).pathname)) codings.add(h['content-encoding'] ?? 'identity');
    });
    await page.goto(`${BASE_URL}/`, { waitUntil: 'commit' });
    const visible = await page.waitForFunction(
      (selector) => {
        const el = document.querySelector(selector);
        return el && el.getBoundingClientRect().height > 0 ? performance.now() : null;
      },
      CONTENT,
      { polling: 'raf', timeout: 60_000 },
    );
    const visibleMs = await visible.jsonValue();
    await page.waitForLoadState('networkidle');
    const lastResponseMs = await page.evaluate(() =>
      Math.max(0, ...performance.getEntriesByType('resource').map((r) => r.responseEnd)),
    );
    return { seconds: Math.max(visibleMs, lastResponseMs) / 1000, bytes, codings: [...codings].sort().join('+') };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-sync'],
  });
  try {
    const cookies = await sessionCookies();
    // One run not counted: the server's caches and the OS's file cache warm, as on a server in use.
    await oneRun(browser, cookies, PROFILES[0], ENCODINGS[0]);
    const rows = [];
    for (const profile of PROFILES) {
      for (const encoding of ENCODINGS) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, cookies, profile, encoding));
        const t = runs.map((r) => r.seconds);
        rows.push({
          profile: profile.name,
          encoding: encoding.name,
          coding: runs[0].codings,
          median: median(t),
          min: Math.min(...t),
          max: Math.max(...t),
          kb: median(runs.map((r) => r.bytes)) / 1000,
          target: encoding.headers ? 'peer' : `≤ ${profile.target} s`,
          pass: encoding.headers ? '' : median(t) <= profile.target ? 'yes' : 'no',
        });
      }
    }
    console.log(`Dashboard of ${LOGIN}, empty cache, ${RUNS} runs each (median of the runs).`);
    console.log('');
    console.log('| profile | Accept-Encoding | JS/CSS sent as | median | min | max | transferred | target | met |');
    console.log('|---|---|---|---:|---:|---:|---:|---|---|');
    for (const r of rows)
      console.log(
        `| ${r.profile} | ${r.encoding} | ${r.coding} | ${r.median.toFixed(2)} s | ${r.min.toFixed(2)} s | ` +
          `${r.max.toFixed(2)} s | ${r.kb.toFixed(0)} KB | ${r.target} | ${r.pass} |`,
      );
  } finally {
    await browser.close();
  }
}

await main();
