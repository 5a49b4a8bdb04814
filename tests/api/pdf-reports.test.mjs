// Every printable report as a PDF (issue 16, section 2 "PDF"): on the demo region, each report's ?format=pdf is
// rendered once (all at the same time) by WeasyPrint from the same HTML with the paged-media frame, and
//   - answers application/pdf with a Czech file name in Content-Disposition (RFC 5987 filename*),
//   - starts with %PDF-, and `pdftotext -layout` finds the report's title, organisation and a known value with
//     their diacritics, the running header (organisation, "Vytištěno <date>") and "Strana 1 z N" (English:
//     "Printed", "Page 1 of N"), and Czech hyphenation somewhere;
//   - a user who may not see the report gets the same status for the PDF as for the HTML (404, or 401 without
//     a session), and the HTML routes answer as before (no format, or format=html, byte for byte the same).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ADMIN_PASSWORD, KvalisServer, kvalisCli } from './lib/harness.mjs';
import { pragueDate } from './lib/dates.mjs';

const DEMO_PASSWORD = 'kvalis-demo-2026';
// The server inherits this: the renders here run side by side with the other suites' files on a small machine,
// so the time limit is wide (the limit itself is tested in tests/app/platform/pdf_render_test.cpp).
process.env.KVALIS_PDF_TIME_LIMIT ??= '300';
let server;
let admin;
let outsider; // ospod.vedouci: sees no provider's audit, benchmarking or planning
let provider; // poskytovatel.manazer (Charita Kladské pomezí): not the OSPOD's project, not Romano Drom's plan
let reports = [];
const pdfs = new Map(); // report name → { status, type, disposition, bytes, text }
let tmp;

const one = (sql) => {
  const rows = server.db.query(sql);
  assert.ok(rows.length > 0, `demo data: nothing for ${sql}`);
  return Number(rows[0].id);
};

// The text of a PDF as pdftotext -layout writes it, with words broken by hyphenation joined again and runs of
// white space as one space (table cells are laid out in columns).
function pdfText(bytes, name) {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { layout, flat: layout.replace(/\u2010\n\s*/g, '').replace(/\s+/g, ' ') };
}

async function get(client, target) {
  const res = await fetch(server.baseUrl + target, { headers: client?.cookie ? { Cookie: client.cookie } : {} });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

const withFormat = (url, format) => url + (url.includes('?') ? '&' : '?') + `format=${format}`;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kvalis-pdf-'));
  server = await KvalisServer.start();
  kvalisCli(['demo', '--db', server.db.url, '--admin-password', ADMIN_PASSWORD]);
  admin = server.client();
  await admin.login('admin', ADMIN_PASSWORD);
  outsider = server.client();
  await outsider.login('ospod.vedouci', DEMO_PASSWORD);
  provider = server.client();
  await provider.login('poskytovatel.manazer', DEMO_PASSWORD);

  const audit = one("SELECT id FROM q_audits WHERE title = 'Externí audit kvality 2024' ORDER BY id");
  const service = one("SELECT id FROM services WHERE name = 'Domov pro seniory Na Stráni' ORDER BY id");
  const residential = one("SELECT id FROM bm_groups WHERE name = 'Pobytové služby pro seniory'");
  const round = one(`SELECT id FROM bm_rounds WHERE group_id = ${residential} AND name = 'Kolo 2024'`);
  // The smaller home-care group for the group report (its PDF is the longest of all: 20 pages or so).
  const group = one("SELECT id FROM bm_groups WHERE name = 'Pečovatelská služba'");
  const groupRound = one(`SELECT id FROM bm_rounds WHERE group_id = ${group} AND name = 'Kolo 2024'`);
  const version = one("SELECT id FROM nw_card_versions WHERE status = 'published' ORDER BY id");
  const project = one("SELECT id FROM pe_projects WHERE name = 'Podpora standardizace OSPOD Náchod'");
  const org = one("SELECT id FROM organisations WHERE name = 'Romano Drom Hradec, z. s.'");
  const plan = one(`SELECT id FROM pl_strategic_plans WHERE organisation_id = ${org} ORDER BY id`);
  const period = 'from=2025-01-01&to=2025-12-31';
  reports = [
    {
      name: 'audit',
      url: `/api/quality/audits/${audit}/report`,
      file: `zpráva-z-auditu-${audit}.pdf`,
      header: 'Domov Na Stráni Jaroměř, poskytovatel sociálních služeb',
      words: ['Externí audit kvality 2024', 'Domov pro seniory Na Stráni', 'Institut kvality sociálních služeb', 'nevyhověl'],
      denied: [outsider, 404],
    },
    {
      name: 'service',
      url: `/api/benchmark/rounds/${round}/services/${service}/report`,
      file: `srovnání-služby-${service}-kolo-${round}.pdf`,
      header: 'Domov Na Stráni Jaroměř, poskytovatel sociálních služeb',
      words: ['Domov pro seniory Na Stráni', 'Pracovní skupina: Pobytové služby pro seniory', 'Náklady na lůžkoden', 'Obložnost', '96,82'],
      denied: [provider, 404],
    },
    {
      name: 'group',
      url: `/api/benchmark/groups/${group}/report?round=${groupRound}`,
      file: `srovnání-skupiny-${group}-kolo-${groupRound}.pdf`,
      header: 'Pracovní skupina Pečovatelská služba',
      words: ['Pečovatelská služba', 'Kolo: Kolo 2024', 'Náklady na klienta', 'Medián'],
      denied: [outsider, 404],
    },
    {
      name: 'card',
      url: `/api/network/card-versions/${version}/print`,
      file: `karta-služby-${version}.pdf`,
      header: 'Královéhradecký kraj',
      words: ['Karta služby:', 'Královéhradecký kraj', 'Co může očekávat uživatel', 'zveřejněná'],
      denied: [null, 401], // every signed-in user of the region reads the cards
    },
    {
      name: 'card-en',
      url: `/api/network/card-versions/${version}/print?lang=en`,
      file: `service-card-${version}.pdf`,
      header: 'Královéhradecký kraj',
      words: ['Service card:', 'What a user can expect', 'published'],
      english: true,
    },
    {
      name: 'monitoring',
      url: `/api/people/projects/${project}/monitoring.html?${period}`,
      file: `monitorovací-zpráva-${project}-2025-01-01-2025-12-31.pdf`,
      header: 'Městský úřad Náchod – odbor sociálních věcí (OSPOD)',
      words: ['MONITOROVACÍ ZPRÁVA PROJEKTU', 'Podpora standardizace OSPOD Náchod', 'CZ.03.02.02/00/22_021/0004586', 'Klíčové aktivity'],
      denied: [provider, 404],
    },
    {
      name: 'impact',
      url: `/api/planning/impact/report.html?organisation_id=${org}&plan_id=${plan}&${period}`,
      file: `zpráva-o-dopadu-${org}-2025-01-01-2025-12-31.pdf`,
      header: 'Romano Drom Hradec, z. s.',
      words: ['ZPRÁVA O DOPADU', 'Romano Drom Hradec, z. s.', 'Strategický plán 2023–2027', 'Rodiny mají jisté a důstojné bydlení'],
      denied: [provider, 404],
    },
  ];
  // Each report rendered once, all at the same time (WeasyPrint takes a second or two per document).
  await Promise.all(
    reports.map(async (r) => {
      const res = await get(admin, withFormat(r.url, 'pdf'));
      pdfs.set(r.name, { ...res, ...(res.status === 200 ? pdfText(res.bytes, r.name) : { layout: '', flat: '' }) });
    }),
  );
});

after(async () => {
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const today = pragueDate();
const czechToday = (() => {
  const [y, m, d] = today.split('-').map(Number);
  return `${d}. ${m}. ${y}`;
})();

describe('printable reports as PDF', () => {
  test('each report downloads as a PDF with a Czech file name', () => {
    for (const r of reports) {
      const p = pdfs.get(r.name);
      assert.equal(p.status, 200, `${r.name}: ${p.status} ${p.bytes.toString('utf8', 0, 300)}`);
      assert.equal(p.type, 'application/pdf', r.name);
      assert.equal(p.bytes.subarray(0, 5).toString('latin1'), '%PDF-', r.name);
      assert.ok(p.disposition.startsWith('attachment;'), `${r.name}: ${p.disposition}`);
      // A name with diacritics goes as UTF-8 in filename* (RFC 5987) beside an ASCII fallback; a plain one as it is.
      const plain = /^[\x20-\x7e]*$/.test(r.file);
      const expected = plain ? `filename="${r.file}"` : `filename*=UTF-8''${encodeURIComponent(r.file)}`;
      assert.ok(p.disposition.includes(expected), `${r.name}: ${p.disposition}`);
    }
  });

  test("the text holds the report's title, organisation and values with their diacritics", () => {
    for (const r of reports) {
      const { flat } = pdfs.get(r.name);
      for (const w of r.words) assert.ok(flat.includes(w), `${r.name}: "${w}" missing in\n${flat.slice(0, 1500)}`);
    }
  });

  test('every page has the running header (organisation, date of printing) and its number', () => {
    for (const r of reports) {
      const { layout, flat } = pdfs.get(r.name);
      const pages = layout.split('\f').filter((p) => p.trim() !== '');
      assert.ok(pages.length >= 1, r.name);
      const printed = r.english ? 'Printed ' : `Vytištěno ${czechToday}`;
      pages.forEach((page, i) => {
        const text = page.replace(/\s+/g, ' ');
        assert.ok(text.includes(r.header), `${r.name} page ${i + 1}: header "${r.header}" missing`);
        assert.ok(text.includes(printed), `${r.name} page ${i + 1}: "${printed}" missing`);
        const number = r.english ? `Page ${i + 1} of ${pages.length}` : `Strana ${i + 1} z ${pages.length}`;
        assert.ok(text.includes(number), `${r.name} page ${i + 1}: "${number}" missing`);
      });
      if (!r.english) assert.ok(!flat.includes('Page 1 of'), r.name);
    }
  });

  test('long Czech words are hyphenated (WeasyPrint with the Czech patterns)', () => {
    const czech = reports.filter((r) => !r.english).map((r) => pdfs.get(r.name).layout).join('\n');
    assert.match(czech, /\p{L}\u2010\n/u, 'no word is broken with a hyphen at a line end');
  });

  test('who may not see the HTML gets the same answer for the PDF', async () => {
    for (const r of reports.filter((x) => x.denied)) {
      const [client, status] = r.denied;
      const html = await get(client, r.url);
      const pdf = await get(client, withFormat(r.url, 'pdf'));
      assert.equal(html.status, status, `${r.name} HTML`);
      assert.equal(pdf.status, status, `${r.name} PDF`);
      assert.match(pdf.type, /application\/json/, r.name);
    }
  });

  test('the HTML routes answer as before; an unknown format names the parameter', async () => {
    const r = reports.find((x) => x.name === 'audit');
    const plain = await get(admin, r.url);
    const html = await get(admin, withFormat(r.url, 'html'));
    assert.equal(plain.status, 200);
    assert.equal(plain.type, 'text/html; charset=utf-8');
    assert.equal(plain.disposition, '');
    assert.ok(!plain.bytes.toString('utf8').includes('@page { size: A4; margin: 20mm'), 'the screen page has no PDF frame');
    assert.equal(html.status, 200);
    assert.deepEqual(html.bytes.toString('utf8').replace(/\d+\. \d+\. \d{4}/g, ''), plain.bytes.toString('utf8').replace(/\d+\. \d+\. \d{4}/g, ''));
    const bad = await admin.get(withFormat(r.url, 'docx'));
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, 'format');
  });
});
