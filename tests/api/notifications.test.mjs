// Notifications on the demo region, on SQLite and PostgreSQL: the in-app list (what needs the user, in their
// language, only what they may read), read marks, preferences, and e-mail through a real SMTP server
// (Debian's python3-aiosmtpd, tests/api/lib/smtp_sink.py) driven by `kvalis notify`: at once and as a daily
// digest, per the user's choices, never twice, retried after a failure, and over STARTTLS.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { after, before, describe, test } from "node:test";

import {
  ADMIN_PASSWORD,
  KVALIS_BIN,
  KvalisServer,
  REPO_ROOT,
  kvalisCli,
} from "./lib/harness.mjs";

const DEMO_PASSWORD = "kvalis-demo-2026";
const PUBLIC_URL = "https://kvalis.example.cz";
const FROM = "kvalis@kraj.example";
let server;
let tmp;
const sinks = [];

// An SMTP sink writing each message to dir; resolves once it listens.
async function startSink(dir, tls) {
  const args = [path.join(REPO_ROOT, "tests/api/lib/smtp_sink.py"), dir];
  if (tls) args.push("--cert", tls.cert, "--key", tls.key);
  const child = spawn("/usr/bin/python3", args, {
    stdio: ["ignore", "pipe", "inherit"],
  });
  sinks.push(child);
  const lines = readline.createInterface({ input: child.stdout });
  for await (const line of lines) {
    const m = /^PORT (\d+)$/.exec(line);
    if (m) return { dir, port: Number(m[1]) };
  }
  throw new Error("the SMTP sink did not start");
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kvalis-notify-"));
  server = await KvalisServer.start();
  kvalisCli([
    "demo",
    "--db",
    server.db.url,
    "--admin-password",
    ADMIN_PASSWORD,
  ]);
});
after(async () => {
  for (const s of sinks) s.kill();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// One session per login (password hashing is slow on purpose); fresh: a new session.
const sessions = new Map();
async function as(login, { fresh = false } = {}) {
  if (!fresh && sessions.has(login)) return sessions.get(login);
  const c = server.client();
  await c.login(login, login === "admin" ? ADMIN_PASSWORD : DEMO_PASSWORD);
  sessions.set(login, c);
  return c;
}

// ---- messages as received ----

function decodeWords(header) {
  return header
    .replace(/\r?\n\s/g, "")
    .replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_, b) =>
      Buffer.from(b, "base64").toString("utf8"),
    );
}
function decodeQuotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\r\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === "=" && /^[0-9A-F]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}
function messages(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => {
      const raw = fs.readFileSync(path.join(dir, f), "latin1");
      const envelope = JSON.parse(
        fs.readFileSync(path.join(dir, f.replace(".eml", ".json")), "utf8"),
      );
      const [head, ...rest] = raw.split("\r\n\r\n");
      const subject = /^Subject: (.*(?:\r\n .*)*)$/m.exec(head)[1];
      assert.match(head, /^Content-Type: text\/plain; charset=UTF-8$/m);
      assert.match(head, /^Content-Transfer-Encoding: quoted-printable$/m);
      assert.match(head, /^MIME-Version: 1\.0$/m);
      for (const line of raw.split("\r\n"))
        assert.ok(line.length <= 78, `line too long: ${line}`);
      return {
        file: f,
        envelope,
        head,
        subject: decodeWords(subject),
        body: decodeQuotedPrintable(rest.join("\r\n\r\n")).replace(
          /\r\n/g,
          "\n",
        ),
      };
    });
}

function notify(sink, extra = [], { tls } = {}) {
  const args = [
    "notify",
    "--db",
    server.db.url,
    "--smtp-url",
    `smtp://127.0.0.1:${sink.port}`,
    "--smtp-from",
    FROM,
  ];
  args.push("--public-url", PUBLIC_URL, ...extra);
  if (tls) args.push("--smtp-tls", "starttls", "--smtp-ca-file", tls.cert);
  const r = spawnSync(KVALIS_BIN, args, { encoding: "utf8" });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

async function setPrefs(login, frequency, kinds = []) {
  const c = await as(login);
  const r = await c.put("/api/notifications/preferences", { frequency, kinds });
  assert.equal(r.status, 200, r.text);
  return r.body;
}

describe("the in-app list", () => {
  test("a provider manager sees the overdue corrective actions of their organisation, in Czech, with links", async () => {
    const c = await as("poskytovatel.manazer");
    const r = await c.get("/api/notifications");
    assert.equal(r.status, 200, r.text);
    const overdue = r.body.items.filter(
      (i) => i.kind === "quality.action_overdue",
    );
    assert.ok(overdue.length >= 1, r.text);
    // The same actions the quality module lists as overdue for this caller.
    const actions = await c.get("/api/quality/actions?overdue=1&page_size=200");
    assert.deepEqual(
      new Set(overdue.map((i) => i.link)),
      new Set(actions.body.items.map((a) => `/quality/actions/${a.id}`)),
    );
    for (const i of overdue) {
      assert.match(
        i.title,
        /^Nápravné opatření „.+“ je po termínu \(\d+\. \d+\. \d{4}\)$/,
      );
      assert.equal(i.state, "new");
      assert.match(i.key, /^quality\.action_overdue:\d+$/);
    }
    assert.equal(r.body.unread, r.body.items.length);
    // Nothing for region staff's comments reaches a provider.
    assert.ok(!r.body.items.some((i) => i.kind === "comment.to_answer"));
  });

  test("region staff see the card comments to answer; a user without quality rights sees no actions", async () => {
    const kraj = await (await as("kraj.admin")).get("/api/notifications");
    const comments = kraj.body.items.filter(
      (i) => i.kind === "comment.to_answer",
    );
    assert.ok(comments.length >= 1, kraj.text);
    assert.match(
      comments[0].title,
      /^Karta „.+“: \d+ připomín(ka|ky|ek) k vypořádání$/,
    );
    assert.match(comments[0].link, /^\/network\/versions\/\d+$/);
    const iq = await (await as("iq.manazer")).get("/api/notifications");
    assert.equal(iq.status, 200);
    assert.ok(
      !iq.body.items.some(
        (i) => i.kind.startsWith("quality.") || i.kind === "comment.to_answer",
      ),
      iq.text,
    );
  });

  test("an English-speaking user reads English titles", async () => {
    const c = await as("domov.manazer");
    assert.equal((await c.patch("/api/me", { language: "en" })).status, 200);
    const en = await as("domov.manazer", { fresh: true });
    const r = await en.get("/api/notifications");
    const overdue = r.body.items.find(
      (i) => i.kind === "quality.action_overdue",
    );
    assert.ok(overdue, r.text);
    assert.match(
      overdue.title,
      /^Corrective action '.+' is overdue \(due \d{1,2}\. \d{1,2}\. \d{4}\)$/,
    );
  });

  test("marking one and then all read; a malformed key is refused naming the field", async () => {
    const c = await as("poskytovatel.pracovnik");
    const before = (await c.get("/api/notifications")).body;
    assert.ok(before.items.length >= 2);
    const one = await c.post("/api/notifications/read", {
      keys: [before.items[0].key],
    });
    assert.equal(one.status, 200, one.text);
    assert.equal(one.body.unread, before.unread - 1);
    const mid = (await c.get("/api/notifications")).body;
    assert.equal(
      mid.items.find((i) => i.key === before.items[0].key).state,
      "read",
    );
    assert.equal(
      mid.items.find((i) => i.key === before.items[1].key).state,
      "new",
    );
    const all = await c.post("/api/notifications/read", { all: true });
    assert.equal(all.body.unread, 0);
    assert.ok(
      (await c.get("/api/notifications")).body.items.every(
        (i) => i.state === "read",
      ),
    );
    const bad = await c.post("/api/notifications/read", {
      keys: ["nothing:1"],
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, "keys");
    // Another user's marks are their own.
    const other = (
      await (await as("poskytovatel.manazer")).get("/api/notifications")
    ).body;
    assert.ok(other.items.every((i) => i.state === "new"));
  });
});

describe("preferences", () => {
  test("defaults: every kind of the role by e-mail, daily, the account address and language", async () => {
    const c = await as("poskytovatel.admin");
    const r = await c.get("/api/notifications/preferences");
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.frequency, "daily");
    assert.match(r.body.email, /@/);
    assert.equal(r.body.language, "cs");
    assert.deepEqual(
      r.body.kinds.map((k) => k.kind),
      [
        "benchmark.form_due",
        "quality.action_due",
        "quality.action_overdue",
        "quality.audit_to_close",
      ],
    );
    assert.ok(r.body.kinds.every((k) => k.email));
    assert.equal(r.body.kinds[2].label, "Nápravná opatření po termínu");
    const kraj = await (
      await as("kraj.admin")
    ).get("/api/notifications/preferences");
    assert.ok(kraj.body.kinds.some((k) => k.kind === "comment.to_answer"));
  });

  test("bad input is refused naming the field", async () => {
    const c = await as("poskytovatel.admin");
    const f = await c.put("/api/notifications/preferences", {
      frequency: "weekly",
      kinds: [],
    });
    assert.equal(f.status, 400);
    assert.equal(f.body.error.field, "frequency");
    const k = await c.put("/api/notifications/preferences", {
      frequency: "daily",
      kinds: [
        { kind: "quality.action_due", email: true },
        { kind: "spam", email: true },
      ],
    });
    assert.equal(k.status, 400);
    assert.equal(k.body.error.field, "kinds[1].kind");
    assert.equal(
      (await c.get("/api/notifications/preferences")).body.frequency,
      "daily",
    );
  });
});

describe("e-mail", () => {
  let sink;
  let email;
  before(async () => {
    sink = await startSink(path.join(tmp, "mail"));
    email = {};
    for (const login of [
      "poskytovatel.manazer",
      "poskytovatel.admin",
      "domov.manazer",
      "kraj.admin",
      "poskytovatel.cteni",
    ])
      email[login] = (
        await (await as(login)).get("/api/notifications/preferences")
      ).body.email;
  });

  test("at once: one message per user with their new items, in their language; a kind turned off is not sent; never twice", async () => {
    await setPrefs("poskytovatel.manazer", "immediate");
    await setPrefs("domov.manazer", "immediate");
    // Their only items are corrective actions, overdue or (as the demo's fixed due dates come near) due soon, and
    // they turned both kinds off.
    await setPrefs("poskytovatel.admin", "immediate", [
      { kind: "quality.action_overdue", email: false },
      { kind: "quality.action_due", email: false },
    ]);
    const expected = (
      await (await as("poskytovatel.manazer")).get("/api/notifications")
    ).body.items;

    const first = notify(sink);
    assert.equal(first.status, 0, first.err);
    const got = messages(sink.dir);
    assert.equal(got.length, 2, got.map((m) => m.envelope.to).join());
    const to = (login) => got.find((m) => m.envelope.to[0] === email[login]);
    assert.equal(to("poskytovatel.admin"), undefined);

    const cs = to("poskytovatel.manazer");
    assert.ok(cs, "no message to poskytovatel.manazer");
    assert.equal(cs.envelope.from, FROM);
    assert.match(
      cs.head,
      new RegExp(
        `^To: ${email["poskytovatel.manazer"].replace(".", "\\.")}$`,
        "m",
      ),
    );
    assert.equal(
      cs.subject,
      expected.length === 1
        ? `Kvalis: ${expected[0].title}`
        : `Kvalis: ${expected.length} nových upozornění`,
    );
    assert.match(cs.body, /^Dobrý den,/);
    assert.match(cs.body, /Nápravná opatření po termínu/);
    for (const item of expected) {
      assert.ok(cs.body.includes(item.title), `${item.title} missing`);
      assert.ok(
        cs.body.includes(`${PUBLIC_URL}${item.link}`),
        `${item.link} missing`,
      );
    }
    const en = to("domov.manazer");
    assert.ok(en, "no message to domov.manazer");
    assert.match(
      en.subject,
      /^Kvalis: (Corrective action '.+' is overdue|\d+ new notifications)/,
    );
    assert.match(en.body, /^Hello,/);
    assert.match(en.body, /Overdue corrective actions/);

    const second = notify(sink);
    assert.equal(second.status, 0);
    assert.match(second.out, /immediate: 0 messages/);
    assert.equal(messages(sink.dir).length, 2);
  });

  test("the daily digest groups several kinds in one message, once a day", async () => {
    // kraj.admin keeps the default (daily): overdue actions and comments to answer in one message.
    const before = messages(sink.dir).length;
    const r = notify(sink, ["--digest"]);
    assert.equal(r.status, 0, r.err);
    const all = messages(sink.dir).slice(before);
    const kraj = all.filter((m) => m.envelope.to[0] === email["kraj.admin"]);
    assert.equal(kraj.length, 1);
    const items = (await (await as("kraj.admin")).get("/api/notifications"))
      .body.items;
    assert.equal(kraj[0].subject, `Kvalis: denní přehled (${items.length})`);
    assert.match(kraj[0].body, /Nápravná opatření po termínu\n/);
    assert.match(kraj[0].body, /Připomínky k vypořádání\n/);
    assert.ok(
      kraj[0].body.indexOf("Nápravná opatření po termínu") <
        kraj[0].body.indexOf("Připomínky k vypořádání"),
    );
    for (const item of items)
      assert.ok(kraj[0].body.includes(`${PUBLIC_URL}${item.link}`));
    // Users who chose "immediate" get no digest.
    assert.ok(
      !all.some((m) => m.envelope.to[0] === email["poskytovatel.manazer"]),
    );
    const again = notify(sink, ["--digest"]);
    assert.match(again.out, /digest: 0 messages/);
  });

  test("a form before its round deadline is in the digest of the provider staff who fill it", async () => {
    const d = (await (await as("poskytovatel.cteni")).get("/api/dashboard"))
      .body;
    const m = (await (await as("poskytovatel.manazer")).get("/api/dashboard"))
      .body;
    const round = m.open_rounds.find((r) => r.deadline);
    assert.ok(round, "the demo has an open round with a deadline");
    const day = new Date(`${round.deadline}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 3);
    const now = day.toISOString().slice(0, 10);
    const before = messages(sink.dir).length;
    const r = notify(sink, ["--digest", "--now", now]);
    assert.equal(r.status, 0, r.err);
    const pracovnik = messages(sink.dir)
      .slice(before)
      .filter((x) => x.body.includes("Formuláře před termínem kola"));
    assert.ok(pracovnik.length >= 1, "a digest with forms to fill");
    assert.match(
      pracovnik[0].body,
      /Odevzdejte formulář „.+“ \(.+\) do \d+\. \d+\. \d{4}/,
    );
    assert.match(
      pracovnik[0].body,
      new RegExp(
        `${PUBLIC_URL}/benchmarking/rounds/${round.round_id}/services/\\d+`,
      ),
    );
    // A read-only user does not fill forms.
    assert.equal(d.forms_to_fill.total, 0);
    assert.ok(
      !messages(sink.dir)
        .slice(before)
        .some(
          (x) =>
            x.envelope.to[0] === email["poskytovatel.cteni"] &&
            x.body.includes("Odevzdejte"),
        ),
    );
  });

  test("a refused message is tried again on the next pass, and two passes at once send it once", async () => {
    await setPrefs("poskytovatel.cteni", "immediate");
    const closed = { port: 1 };
    const failed = notify(closed);
    assert.equal(failed.status, 1);
    assert.match(failed.err, /sending to user poskytovatel\.cteni failed/);
    const before = messages(sink.dir).length;
    const run = () =>
      new Promise((resolve) => {
        const args = [
          "notify",
          "--db",
          server.db.url,
          "--smtp-url",
          `smtp://127.0.0.1:${sink.port}`,
          "--smtp-from",
          FROM,
        ];
        spawn(KVALIS_BIN, args, { stdio: "ignore" }).on("exit", resolve);
      });
    const codes = await Promise.all([run(), run()]);
    assert.deepEqual(codes, [0, 0]);
    const got = messages(sink.dir).slice(before);
    assert.equal(
      got.filter((m) => m.envelope.to[0] === email["poskytovatel.cteni"])
        .length,
      1,
    );
    assert.equal(got.length, 1);
  });

  test("STARTTLS: the message goes over TLS to a server that requires it", async () => {
    const cert = path.join(tmp, "cert.pem");
    const key = path.join(tmp, "key.pem");
    const ssl = spawnSync("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ]);
    assert.equal(ssl.status, 0, String(ssl.stderr));
    const tls = { cert, key };
    const secure = await startSink(path.join(tmp, "mail-tls"), tls);
    await setPrefs("kraj.referent", "immediate");
    const plain = notify(secure);
    assert.equal(plain.status, 1, "the server refuses mail before STARTTLS");
    const r = notify(secure, [], { tls });
    assert.equal(r.status, 0, r.err);
    const got = messages(secure.dir);
    assert.equal(got.length, 1);
    assert.equal(got[0].envelope.tls, true);
    assert.match(got[0].body, /Karta „.+“/);
  });
  test("kvalis serve sends in the background: a new immediate user gets their message once", async () => {
    const bg = await startSink(path.join(tmp, "mail-serve"));
    await setPrefs("auditor", "immediate");
    const address = (
      await (await as("auditor")).get("/api/notifications/preferences")
    ).body.email;
    const web = fs.mkdtempSync(path.join(tmp, "web-"));
    const proc = spawn(
      KVALIS_BIN,
      [
        "serve",
        "--db",
        server.db.url,
        "--listen",
        "127.0.0.1:0",
        "--web",
        web,
        "--notify-interval",
        "1",
        "--smtp-url",
        `smtp://127.0.0.1:${bg.port}`,
        "--smtp-from",
        FROM,
        "--public-url",
        PUBLIC_URL,
      ],
      { stdio: "ignore" },
    );
    try {
      let mine = [];
      for (let i = 0; i < 100 && mine.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        mine = messages(bg.dir).filter((m) => m.envelope.to[0] === address);
      }
      assert.equal(mine.length, 1, "the server sent the auditor their items");
      assert.match(mine[0].body, /Nápravná opatření po termínu/);
      // Further passes (every second) send nothing new to them.
      await new Promise((r) => setTimeout(r, 2200));
      assert.equal(
        messages(bg.dir).filter((m) => m.envelope.to[0] === address).length,
        1,
      );
    } finally {
      proc.kill("SIGTERM");
    }
  });
});
