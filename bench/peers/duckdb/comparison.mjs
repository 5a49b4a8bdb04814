// DuckDB peer of bench/benchmark_bench.sh: the benchmarking comparison in SQL, written as someone who knows
// DuckDB writes it (issue 16): the values loaded once with read_csv outside the timed part, the same number
// of threads as Kvalis (SET threads), and one statement per result —
//   statistics: one grouped aggregate per (round, indicator, peer group): n, min, quartiles (quantile_cont =
//     R type 7, the three from one sort as a list), max, mean, sample sd;
//   scores: one windowed pass over the values, every window function over the same partition (DuckDB
//     sorts each partition once): percent_rank(), and the group's mean, sd and quartiles for the z-score
//     and the reserves, with no join back to the statistics.
// Each result is kept as a table (CREATE TABLE AS: the results in memory, as Kvalis keeps them); the two
// statements are timed, best of three. Results go to DIR/duckdb_stats.csv and DIR/duckdb_scores.csv.
// comparison_old.mjs is the first peer (statistics, then scores joined to them), kept for the record.
//   node comparison.mjs DIR [THREADS]
import { DuckDBInstance } from '@duckdb/node-api';

const dir = process.argv[2];
const threads = process.argv[3] ?? '2';
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
await con.run(`SET threads = ${Number(threads)}`);

// The direction is a column of the values' table (Kvalis's kernel, too, gets it with each indicator's values):
// the windowed pass then needs no join. Missing values stay in the table, as they are in Kvalis's input.
await con.run(`CREATE TABLE v AS
  SELECT v.round, v.indicator, v.service, v.peer, v.value, d.direction = 'lower' AS lower
  FROM read_csv('${dir}/values.csv', header = true,
         columns = {'round': 'INTEGER', 'indicator': 'VARCHAR', 'service': 'INTEGER', 'peer': 'VARCHAR', 'value': 'DOUBLE'}) v
  JOIN read_csv('${dir}/indicators.csv', header = true, columns = {'indicator': 'VARCHAR', 'direction': 'VARCHAR'}) d
    USING (indicator)`);

const statsSql = `CREATE OR REPLACE TABLE stats AS
  SELECT round, indicator, peer, count(*) AS n, min(value) AS min, max(value) AS max,
         quantile_cont(value, [0.25, 0.5, 0.75]) AS q, avg(value) AS mean, stddev_samp(value) AS sd
  FROM v WHERE value IS NOT NULL GROUP BY round, indicator, peer`;
const scoresSql = `CREATE OR REPLACE TABLE scores AS
  SELECT round, indicator, service,
         percent_rank() OVER (g ORDER BY value) AS percent_rank,
         CASE WHEN count(*) OVER g >= 2 AND max(value) OVER g > min(value) OVER g
              THEN (value - avg(value) OVER g) / stddev_samp(value) OVER g END AS z,
         quantile_cont(value, [0.25, 0.5, 0.75]) OVER g AS q,
         CASE WHEN lower THEN greatest(0, value - q[2]) ELSE greatest(0, q[2] - value) END AS reserve_median,
         CASE WHEN lower THEN greatest(0, value - q[1]) ELSE greatest(0, q[3] - value) END AS reserve_best
  FROM v WHERE value IS NOT NULL
  WINDOW g AS (PARTITION BY round, indicator, peer)`;

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
  FROM stats ORDER BY ${order}, peer) TO '${dir}/duckdb_stats.csv' (HEADER)`);
await con.run(`COPY (SELECT round, indicator, service, percent_rank, z, reserve_median, reserve_best
  FROM scores ORDER BY ${order}, service) TO '${dir}/duckdb_scores.csv' (HEADER)`);
const version = (await (await con.run('SELECT version()')).getRows())[0][0];
console.log(`time_s=${best.toFixed(6)} time_median_s=${times[1].toFixed(6)} threads=${threads} ` +
  `max_rss_kb=${process.resourceUsage().maxRSS} version=${version}`);
