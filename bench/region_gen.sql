-- A region-sized data set for the speed of the region's views (bench/region_bench.sh), grown from the demo region
-- (`kvalis demo`) in SQL that SQLite and PostgreSQL both read:
--   * 2,000 closed audits: copies of the demo's closed audits (same set, scores, findings and team), each copy k
--     with ids shifted by k × 1,000,000 and its dates moved back k weeks;
--   * their corrective actions: 500 open or in progress (a third overdue, spread over the last year), the rest
--     verified;
--   * the benchmarking rounds (11 in the demo, in 3 groups): every provider of the region joins every group, and
--     every service of a group's kinds gets values in every round, copied from a service of the same kind in
--     the round and scaled by a factor of the service (0.70 to 1.30), then submitted. The scores are
--     recomputed afterwards by `kvalis benchmark compute`, as a real round's would be.
-- The ids of the copies stay clear of the demo's own; on PostgreSQL the identity sequences are moved past them
-- (region_gen_pg.sql), so the writes of the load test get fresh ids.

CREATE TABLE gen_n (k INTEGER PRIMARY KEY);
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 200)
INSERT INTO gen_n (k) SELECT k FROM n;

-- The copies: (k, source audit) pairs, as many as make 2,000 closed audits with the demo's own.
CREATE TABLE gen_audits (k INTEGER NOT NULL, src BIGINT NOT NULL, PRIMARY KEY (k, src));
INSERT INTO gen_audits (k, src)
SELECT k, src FROM (SELECT n.k AS k, a.id AS src, row_number() OVER (ORDER BY n.k, a.id) AS rn
                    FROM gen_n n, q_audits a WHERE a.status = 'closed') x
WHERE rn <= 2000 - (SELECT count(*) FROM q_audits WHERE status = 'closed');

INSERT INTO q_audits (id, type, template_id, set_id, scale_code, scale_name, scale_levels, pass_rule, weights,
                      audited_org_id, service_id, place, conducted_by_org_id, title, starts_on, ends_on, methods,
                      previous_audit_id, status, summary, verdict, total_percent, standard_percents, closed_at,
                      closed_by, revision, created_by, created_at, updated_at)
SELECT g.k * 1000000 + a.id, a.type, a.template_id, a.set_id, a.scale_code, a.scale_name, a.scale_levels,
       a.pass_rule, a.weights, a.audited_org_id, a.service_id, a.place, a.conducted_by_org_id, a.title,
       a.starts_on, a.ends_on, a.methods, NULL, a.status, a.summary, a.verdict, a.total_percent,
       a.standard_percents, a.closed_at - g.k * 604800, a.closed_by, a.revision, a.created_by,
       a.created_at - g.k * 604800, a.updated_at - g.k * 604800
FROM gen_audits g JOIN q_audits a ON a.id = g.src;

INSERT INTO q_audit_team (audit_id, user_id, role)
SELECT g.k * 1000000 + t.audit_id, t.user_id, t.role FROM gen_audits g JOIN q_audit_team t ON t.audit_id = g.src;

INSERT INTO q_assessments (audit_id, criterion_id, level_code, note, updated_by, updated_at)
SELECT g.k * 1000000 + s.audit_id, s.criterion_id, s.level_code, s.note, s.updated_by, s.updated_at
FROM gen_audits g JOIN q_assessments s ON s.audit_id = g.src;

INSERT INTO q_findings (id, audit_id, criterion_id, severity, text, recommendation, created_by, created_at)
SELECT g.k * 1000000 + f.id, g.k * 1000000 + f.audit_id, f.criterion_id, f.severity, f.text, f.recommendation,
       f.created_by, f.created_at
FROM gen_audits g JOIN q_findings f ON f.audit_id = g.src;

-- Actions of the copies: all verified first; then 500 of them (the newest copies first) open or in progress.
INSERT INTO q_actions (id, finding_id, text, owner, due_date, status, done_date, verified_date,
                       verification_evidence, rejection_reason, bm_group_id, bm_indicator_code, created_by,
                       created_at, updated_at)
SELECT g.k * 1000000 + c.id, g.k * 1000000 + c.finding_id, c.text, c.owner, c.due_date, 'verified',
       c.due_date, c.due_date, 'Ověřeno při kontrole dokumentace.', '', c.bm_group_id, c.bm_indicator_code,
       c.created_by, c.created_at, c.updated_at
FROM gen_audits g JOIN q_findings f ON f.audit_id = g.src JOIN q_actions c ON c.finding_id = f.id;

CREATE TABLE gen_open (id BIGINT PRIMARY KEY, i INTEGER NOT NULL);
INSERT INTO gen_open (id, i)
SELECT id, row_number() OVER (ORDER BY id) FROM (SELECT id FROM q_actions WHERE id >= 1000000 ORDER BY id LIMIT 500) x;
-- Due dates: every third one in the past year (overdue), the others within the next year.
UPDATE q_actions SET
  status = (SELECT CASE WHEN o.i % 2 = 0 THEN 'in_progress' ELSE 'open' END FROM gen_open o WHERE o.id = q_actions.id),
  due_date = (SELECT CASE WHEN o.i % 3 = 0
                          THEN '2026-' || (CASE WHEN 1 + o.i % 11 < 10 THEN '0' ELSE '' END) || (1 + o.i % 11) || '-' || (CASE WHEN 1 + o.i % 27 < 10 THEN '0' ELSE '' END) || (1 + o.i % 27)
                          ELSE '2027-' || (CASE WHEN 1 + o.i % 12 < 10 THEN '0' ELSE '' END) || (1 + o.i % 12) || '-' || (CASE WHEN 1 + o.i % 27 < 10 THEN '0' ELSE '' END) || (1 + o.i % 27)
                     END FROM gen_open o WHERE o.id = q_actions.id),
  done_date = '', verified_date = '', verification_evidence = ''
WHERE id IN (SELECT id FROM gen_open);

-- Benchmarking: every provider of the group's region (with services) in every group. With the national
-- registry loaded beside the demo, only the region's own providers join its groups.
INSERT INTO bm_group_members (group_id, provider_org_id, participation, joined_on)
SELECT g.id, o.id, 'full', '2021-01-01'
FROM bm_groups g JOIN organisations r ON r.id = g.region_org_id JOIN organisations o ON o.region_code = r.region_code
WHERE o.id IN (SELECT provider_id FROM services)
  AND NOT EXISTS (SELECT 1 FROM bm_group_members m WHERE m.group_id = g.id AND m.provider_org_id = o.id);

-- One source service per round and kind (the lowest id with values), copied to every other service of that kind.
CREATE TABLE gen_src (round_id BIGINT NOT NULL, kind_code TEXT NOT NULL, service_id BIGINT NOT NULL,
                      PRIMARY KEY (round_id, kind_code));
INSERT INTO gen_src (round_id, kind_code, service_id)
SELECT v.round_id, s.kind_code, min(v.service_id)
FROM bm_values v JOIN services s ON s.id = v.service_id
GROUP BY v.round_id, s.kind_code;

INSERT INTO bm_values (round_id, service_id, item_code, value, updated_at, updated_by)
SELECT v.round_id, t.id, v.item_code,
       CASE WHEN v.value IS NULL THEN NULL ELSE v.value * (0.70 + (t.id % 61) / 100.0) END,
       v.updated_at, v.updated_by
FROM gen_src g
JOIN bm_rounds rr ON rr.id = g.round_id
JOIN bm_values v ON v.round_id = g.round_id AND v.service_id = g.service_id
JOIN services t ON t.kind_code = g.kind_code AND t.status = 'active'
WHERE EXISTS (SELECT 1 FROM bm_group_members m WHERE m.group_id = rr.group_id AND m.provider_org_id = t.provider_id)
  AND NOT EXISTS (SELECT 1 FROM bm_values x WHERE x.round_id = g.round_id AND x.service_id = t.id);

INSERT INTO bm_submissions (round_id, service_id, status, submitted_at, submitted_by, reminded_at)
SELECT DISTINCT v.round_id, v.service_id, 'submitted', r.created_at, CAST(NULL AS BIGINT), 0
FROM bm_values v JOIN bm_rounds r ON r.id = v.round_id
WHERE NOT EXISTS (SELECT 1 FROM bm_submissions b WHERE b.round_id = v.round_id AND b.service_id = v.service_id);

DROP TABLE gen_src;
DROP TABLE gen_open;
DROP TABLE gen_audits;
DROP TABLE gen_n;
