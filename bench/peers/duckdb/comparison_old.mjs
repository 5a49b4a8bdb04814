// The first DuckDB peer of bench/benchmark_bench.sh, kept so the script prints the old and the new peer figure
// in one run (issue 16): statistics into a table, then scores joined back to them (a second pass over the
// values and a hash join). comparison.mjs is the peer as someone who knows DuckDB writes it.
// The benchmarking comparison in SQL on an in-memory table —
// per (round, indicator, peer group) n, min, quartiles (quantile_cont = R type 7), max, mean, sample sd,
// and per service percent_rank() OVER, z-score and reserves. Loading the CSV is not timed; the two
// statements are, best of three. Results go to DIR/duckdb_stats.csv and DIR/duckdb_scores.csv.
//   node comparison_old.mjs DIR [THREADS]   (writes DIR/duckdb_old_stats.csv, DIR/duckdb_old_scores.csv)
import { DuckDBInstance } from '@duckdb/node-api';

const dir = process.argv[2];
const threads = process.argv[3] ?? '2';
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await instance.connect();

await con.run(`CREATE TABLE v AS SELECT * FROM read_csv('${dir}/values.csv', header = true,
  columns = {'round': 'INTEGER', 'indicator': 'VARCHAR', 'service': 'INTEGER', 'peer': 'VARCHAR', 'value': 'DOUBLE'})`);
await con.run(`CREATE TABLE d AS SELECT * FROM read_csv('${dir}/indicators.csv', header = true,
  columns = {'indicator': 'VARCHAR', 'direction': 'VARCHAR'})`);

// One grouped pass; the three quartiles come from one sort (quantile_cont with a list of fractions).
const statsSql = `CREATE OR REPLACE TABLE stats AS
  SELECT round, indicator, peer, count(*) AS n, min(value) AS min, max(value) AS max,
         quantile_cont(value, [0.25, 0.5, 0.75]) AS q, avg(value) AS mean, stddev_samp(value) AS sd
  FROM v WHERE value IS NOT NULL GROUP BY round, indicator, peer`;
const scoresSql = `CREATE OR REPLACE TABLE scores AS
  SELECT v.round, v.indicator, v.service,
         percent_rank() OVER (PARTITION BY v.round, v.indicator, v.peer ORDER BY v.value) AS percent_rank,
         CASE WHEN s.n >= 2 AND s.max > s.min THEN (v.value - s.mean) / s.sd END AS z,
         CASE WHEN d.direction = 'lower' THEN greatest(0, v.value - s.q[2]) ELSE greatest(0, s.q[2] - v.value) END
           AS reserve_median,
         CASE WHEN d.direction = 'lower' THEN greatest(0, v.value - s.q[1]) ELSE greatest(0, s.q[3] - v.value) END
           AS reserve_best
  FROM v JOIN stats s USING (round, indicator, peer) JOIN d USING (indicator)
  WHERE v.value IS NOT NULL`;

let best = Infinity;
const times = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  await con.run(statsSql);
  await con.run(scoresSql);
  const t = (performance.now() - t0) / 1000;
  times.push(t);
  best = Math.min(best, t);
}
times.sort((a, b) => a - b);

const order = 'round, CAST(substr(indicator, 2) AS INTEGER)';
await con.run(`COPY (SELECT round, indicator, peer, n, min, q[1] AS q1, q[2] AS median, q[3] AS q3, max, mean, sd
  FROM stats ORDER BY ${order}, peer) TO '${dir}/duckdb_old_stats.csv' (HEADER)`);
await con.run(`COPY (SELECT * FROM scores ORDER BY ${order}, service) TO '${dir}/duckdb_old_scores.csv' (HEADER)`);
const version = (await (await con.run('SELECT version()')).getRows())[0][0];
console.log(`time_s=${best.toFixed(6)} time_median_s=${times[1].toFixed(6)} threads=${threads} ` +
  `max_rss_kb=${process.resourceUsage().maxRSS} version=${version}`);
