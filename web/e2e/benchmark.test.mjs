// Benchmarking end to end against a running demo server: a provider fills its form (one value out of
// range first), the region locks the round, the provider reads its box plot and reserves; the region
// sees a formula error at its field and runs DEA. Set-up data come through the API (pages/benchmarkSetup.mjs).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';
import {
  boxPlot,
  chooseIndicator,
  chooseOptions,
  enterValue,
  fieldError,
  formStatus,
  lockRound,
  openBenchmarking,
  openComparison,
  openForm,
  openGroup,
  openRound,
  reserves,
  roundProgress,
  submitForm,
} from './pages/benchmark.mjs';
import { findDemoHistory, setUpRound } from './pages/benchmarkSetup.mjs';
import { xlsxOf } from './pages/xlsx.mjs';

const REGION = {
  login: process.env.KVALIS_REGION_LOGIN ?? 'kraj.referent',
  password: process.env.KVALIS_REGION_PASSWORD ?? DEMO_PASSWORD,
};
const PROVIDER = {
  login: process.env.KVALIS_PROVIDER_LOGIN ?? 'poskytovatel.pracovnik',
  password: process.env.KVALIS_PROVIDER_PASSWORD ?? DEMO_PASSWORD,
};

let data;
let history;
before(async () => {
  data = await setUpRound(REGION, PROVIDER);
  history = await findDemoHistory(PROVIDER);
});

async function toRound(page, who) {
  await logIn(page, who.login, who.password);
  await openBenchmarking(page);
  await openGroup(page, data.groupId);
  await openRound(page, data.roundId);
}

/** Uploads a file on the form page; resolves once the server has answered. */
async function uploadFile(page, name, mimeType, buffer) {
  const answered = page.waitForResponse((r) => r.url().includes('/upload') && r.request().method() === 'POST');
  await page.getByTestId('form-page').locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  return answered;
}

test('a provider uploads a CSV and an XLSX: bad rows are listed by line, a good workbook fills the form', async () => {
  await withBrowser('benchmark-provider-upload', async (page) => {
    await toRound(page, PROVIDER);
    await openForm(page, data.serviceId);

    await uploadFile(
      page,
      'hodnoty.csv',
      'text/csv',
      Buffer.from('kod;hodnota\nbeds;60\nbed_days;hodně\nneznamy;5\n', 'utf8'),
    );
    const errors = page.getByTestId('form-upload-errors');
    await errors.waitFor();
    const csvText = await errors.innerText();
    assert.match(csvText, /3\D[^\n]*bed_days/, `the bad value is named with its line: ${csvText}`);
    assert.match(csvText, /4\D[^\n]*neznamy/, `the unknown code is named with its line: ${csvText}`);
    assert.equal(await page.getByTestId('form-action-error').count(), 0, 'no second, generic alert above the list');

    // An XLSX goes as its bytes (reading it as text broke every workbook).
    const bad = await uploadFile(
      page,
      'hodnoty.xlsx',
      '',
      xlsxOf([
        ['kod', 'hodnota'],
        ['beds', 60],
        ['costs_total', 'moc'],
      ]),
    );
    assert.equal(bad.status(), 422);
    await page.waitForFunction(() =>
      /costs_total/.test(document.querySelector('[data-testid="form-upload-errors"]')?.textContent ?? ''),
    );
    assert.doesNotMatch(await errors.innerText(), /neznamy/, 'the list is of the last file only');

    // other values than the next test types, so that its typing saves
    const good = await uploadFile(
      page,
      'hodnoty.xlsx',
      '',
      xlsxOf([
        ['kod', 'hodnota'],
        ['beds', 50],
        ['bed_days', 15000],
      ]),
    );
    assert.equal(good.status(), 200);
    await errors.waitFor({ state: 'detached' });
    // The form reloads its values after the upload: wait for them rather than read the field at once.
    await page
      .waitForFunction(() => document.querySelector('[data-testid="form-input-beds"]')?.value === '50', null, {
        timeout: 15000,
      })
      .catch(() => {});
    assert.equal(await page.getByTestId('form-input-beds').inputValue(), '50');
    await snapshot(page, 'benchmark-form-uploaded');
  });
});

test('a provider fills its form, corrects an out-of-range value and submits', async () => {
  await withBrowser('benchmark-provider-form', async (page) => {
    await toRound(page, PROVIDER);
    await openForm(page, data.serviceId);
    assert.equal(await page.getByTestId('form-page').getAttribute('data-editable'), 'true');

    await enterValue(page, 'staff_fte', '600');
    await page.getByTestId('form-error-staff_fte').waitFor();
    const message = await fieldError(page, 'staff_fte');
    assert.match(message, /500/, `the message names the highest allowed value: ${message}`);
    await snapshot(page, 'benchmark-form-invalid');

    await enterValue(page, 'staff_fte', '30,5');
    await page.getByTestId('form-error-staff_fte').waitFor({ state: 'detached' });
    await enterValue(page, 'beds', '60');
    await enterValue(page, 'bed_days', '20 000');
    await enterValue(page, 'costs_total', '30 000 000');
    await page.waitForSelector('[data-testid="form-page"][data-errors="0"]');
    // the preview computes the indicators from the saved values: 20 000 / (60 × 365) × 100
    assert.match(await page.getByTestId('form-indicator-occupancy').innerText(), /91,32/);

    await submitForm(page);
    assert.equal(await formStatus(page), 'submitted');
    assert.equal(await page.getByTestId('form-page').getAttribute('data-editable'), 'false');
    await snapshot(page, 'benchmark-form-submitted');
  });
});

test('the region sees every form submitted and locks the round', async () => {
  await withBrowser('benchmark-region-lock', async (page) => {
    await toRound(page, REGION);
    const progress = await roundProgress(page);
    assert.equal(progress.total, data.services);
    assert.equal(progress.submitted, progress.total);
    assert.equal(await page.getByTestId(`round-service-${data.serviceId}`).getAttribute('data-status'), 'submitted');
    await lockRound(page);
    await snapshot(page, 'benchmark-round-locked');
  });
});

test('the provider sees its service in the box plot with its reserves', async () => {
  await withBrowser('benchmark-provider-comparison', async (page) => {
    await toRound(page, PROVIDER);
    await openComparison(page);
    const plot = await boxPlot(page);
    assert.equal(plot.categories, 1, 'one peer group (kind and form)');
    assert.equal(plot.own, 1, 'the own service is highlighted');
    assert.equal(plot.peers, data.services - 1);
    assert.match(await page.getByTestId('comparison-quantile-note').innerText(), /QUARTILE\.INC/);
    const first = await reserves(page, data.serviceId);
    assert.ok(first.median.length > 0 && first.best.length > 0);
    assert.equal(await page.getByTestId(`score-row-${data.serviceId}`).getAttribute('data-own'), 'true');
    await snapshot(page, 'benchmark-comparison');

    // the lower-is-better cost indicator: a reserve is a reduction
    await chooseIndicator(page, 'cost_per_day');
    const cost = await reserves(page, data.serviceId);
    assert.ok(cost.median.length > 0);
    assert.equal((await boxPlot(page)).own, 1);
  });
});

test('the region sees a formula error at its field and runs DEA', async () => {
  await withBrowser('benchmark-region-methodology-dea', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/benchmarking/methodologies/${data.draftMethodologyId}`);
    await page.waitForSelector('[data-testid="methodology-page"][data-status="draft"]');
    await page.getByTestId('indicator-numerator-0').fill('bed_dayz');
    await page.getByTestId('methodology-save').click();
    const error = page.getByTestId('methodology-error');
    await error.waitFor();
    assert.match(await error.innerText(), /indicators\[0\]\.numerator/);
    assert.equal(await page.getByTestId('indicator-numerator-0').getAttribute('aria-invalid'), 'true');
    await snapshot(page, 'benchmark-methodology-error');

    await openPath(page, `/benchmarking/rounds/${data.roundId}/dea`);
    await page.getByTestId('dea-form').waitFor();
    await chooseOptions(page, 'dea-inputs', ['staff_fte', 'costs_total']);
    await chooseOptions(page, 'dea-outputs', ['bed_days']);
    // A fresh round has no run yet; the run appears when the job (queued on the server when the round has
    // more services than kvalis serve --dea-inline-max, as in scripts/run-e2e.sh) is done.
    assert.equal(await page.getByTestId('dea-page').getAttribute('data-run-id'), null);
    await page.getByTestId('dea-run').click();
    await page.waitForSelector('[data-testid="dea-page"][data-run-id]');
    assert.equal(await page.getByTestId('dea-job').count(), 0, 'the progress goes when the job is done');
    const bars = Number(await page.getByTestId('dea-chart').getAttribute('data-bars'));
    assert.equal(bars, data.services, 'every service has an efficiency score');
    await snapshot(page, 'benchmark-dea');
  });
});

test("the provider follows its service over the demo region's rounds", async (t) => {
  if (!history) return t.skip('the demo has no group of this provider with two locked rounds');
  await withBrowser('benchmark-provider-history', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openBenchmarking(page);
    await openGroup(page, history.groupId);
    await openRound(page, history.roundId);
    await openComparison(page);
    const chart = page.getByTestId('trend-chart');
    await chart.locator('svg').first().waitFor();
    assert.ok(Number(await chart.getAttribute('data-rounds')) >= 2, 'the time series spans several rounds');
    assert.ok((await boxPlot(page)).own >= 1);
    if (history.participation === 'data_only') {
      // a data-only member sees the other services under labels, not by name
      assert.equal(await page.getByTestId('comparison-page').getAttribute('data-audience'), 'data_only');
      assert.ok((await page.locator('[data-testid^="score-row-Služba"]').count()) > 0);
    }
    await snapshot(page, 'benchmark-history');
  });
});
