// DuckDB peer of bench/planning_bench.sh: the national roll-up of client outcomes by region and kind of
// service in one SQL statement, over the same rows as Kvalis's SQLite database (exported to CSV by the
// script and loaded into DuckDB tables before timing). Per goal the latest rating in the period (arg_max
// by review date, then review id, packed into one BIGINT key — the fastest of the forms tried, against a
// (date, id) struct key and QUALIFY row_number(); review ids stay below 10⁸), per client the GAS T with the
// provider's ρ (default 0.3; −0.5 counts as −1), per cell counts, share attained, mean and sample sd of T,
// cells of fewer than 5 clients suppressed. The statement is timed, best of three; the result goes to OUT.
//   node planning_rollup.mjs CSV_DIR FROM TO OUT.csv [THREADS]
import { DuckDBInstance } from '@duckdb/node-api';

const [dir, from, to, out] = process.argv.slice(2, 6);
const threads = process.argv[6] ?? '2';
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await instance.connect();

const load = async (table, file, columns) =>
  con.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${dir}/${file}', header = true, columns = ${columns})`);
const t0 = performance.now();
await load('services', 'services.csv', `{'id': 'BIGINT', 'region_code': 'VARCHAR', 'kind_code': 'VARCHAR'}`);
await load('pl_settings', 'settings.csv', `{'organisation_id': 'BIGINT', 'gas_rho': 'DOUBLE'}`);
await load('pl_clients', 'clients.csv', `{'id': 'BIGINT', 'service_id': 'BIGINT', 'organisation_id': 'BIGINT'}`);
await load('pl_client_goals', 'client_goals.csv', `{'id': 'BIGINT', 'client_id': 'BIGINT', 'weight': 'DOUBLE'}`);
await load('pl_reviews', 'reviews.csv', `{'id': 'BIGINT', 'client_id': 'BIGINT', 'held_on': 'DATE'}`);
await load('pl_goal_ratings', 'ratings.csv', `{'review_id': 'BIGINT', 'client_goal_id': 'BIGINT', 'level': 'DOUBLE'}`);
const loadS = (performance.now() - t0) / 1000;

const sql = `CREATE OR REPLACE TABLE rollup AS
WITH latest AS (
  SELECT gr.client_goal_id,
         arg_max(gr.level, (r.held_on - DATE '1970-01-01')::BIGINT * 100000000 + r.id) AS level
  FROM pl_goal_ratings gr JOIN pl_reviews r ON r.id = gr.review_id
  WHERE r.held_on BETWEEN DATE '${from}' AND DATE '${to}'
  GROUP BY gr.client_goal_id
), per_client AS (
  SELECT g.client_id, count(*) AS goals, count(*) FILTER (WHERE l.level >= 0) AS attained,
         sum(g.weight * CASE WHEN l.level = -0.5 THEN -1 ELSE l.level END) AS swx,
         sum(g.weight * g.weight) AS sw2, sum(g.weight) AS sw
  FROM latest l JOIN pl_client_goals g ON g.id = l.client_goal_id
  GROUP BY g.client_id
), scored AS (
  SELECT s.region_code, s.kind_code, pc.goals, pc.attained,
         CASE WHEN pc.sw > 0 THEN 50 + 10 * pc.swx /
           sqrt((1 - coalesce(st.gas_rho, 0.3)) * pc.sw2 + coalesce(st.gas_rho, 0.3) * pc.sw * pc.sw) END AS t
  FROM per_client pc JOIN pl_clients c ON c.id = pc.client_id JOIN services s ON s.id = c.service_id
  LEFT JOIN pl_settings st ON st.organisation_id = c.organisation_id
), cells AS (
  SELECT region_code, kind_code, count(*) AS clients, sum(goals) AS goals, sum(attained) AS attained,
         avg(t) AS mean_t, stddev_samp(t) AS sd_t
  FROM scored GROUP BY region_code, kind_code
)
SELECT region_code, kind_code, clients < 5 AS suppressed,
       CASE WHEN clients >= 5 THEN clients END AS clients,
       CASE WHEN clients >= 5 THEN goals END AS goals,
       CASE WHEN clients >= 5 THEN attained END AS attained,
       CASE WHEN clients >= 5 THEN attained / goals END AS share_attained,
       CASE WHEN clients >= 5 THEN mean_t END AS mean_t,
       CASE WHEN clients >= 5 THEN sd_t END AS sd_t
FROM cells`;

const times = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await con.run(sql);
  times.push((performance.now() - t) / 1000);
}
times.sort((a, b) => a - b);
await con.run(`COPY (SELECT * FROM rollup ORDER BY region_code, kind_code) TO '${out}' (HEADER)`);
const cells = (await (await con.run('SELECT count(*), count(*) FILTER (WHERE suppressed) FROM rollup')).getRows())[0];
const version = (await (await con.run('SELECT version()')).getRows())[0][0];
console.log(`time_s=${times[0].toFixed(6)} time_median_s=${times[1].toFixed(6)} load_csv_s=${loadS.toFixed(3)} ` +
  `cells=${cells[0]} suppressed=${cells[1]} threads=${threads} max_rss_kb=${process.resourceUsage().maxRSS} version=${version}`);
