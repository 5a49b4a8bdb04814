// What both DuckDB peers of the benchmarking comparison share (comparison.mjs, comparison_old.mjs): the
// statistics statement, the timed runs, and writing the results as the check in bench/benchmark_bench.sh
// reads them.
import { DuckDBInstance } from "@duckdb/node-api";

// An in-memory database with THREADS threads (as many as Kvalis computes with).
export async function connect(threads) {
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  await con.run(`SET threads = ${Number(threads)}`);
  return con;
}

// The values of DIR/values.csv as read_csv reads them (a table expression).
export function valuesCsv(dir) {
  return `read_csv('${dir}/values.csv', header = true,
    columns = {'round': 'INTEGER', 'indicator': 'VARCHAR', 'service': 'INTEGER', 'peer': 'VARCHAR', 'value': 'DOUBLE'})`;
}

// The indicators' directions of DIR/indicators.csv (a table expression).
export function indicatorsCsv(dir) {
  return `read_csv('${dir}/indicators.csv', header = true, columns = {'indicator': 'VARCHAR', 'direction': 'VARCHAR'})`;
}

// One grouped pass over table v; the three quartiles come from one sort (quantile_cont with a list of fractions,
// R type 7).
export const STATS_SQL = `CREATE OR REPLACE TABLE stats AS
  SELECT round, indicator, peer, count(*) AS n, min(value) AS min, max(value) AS max,
         quantile_cont(value, [0.25, 0.5, 0.75]) AS q, avg(value) AS mean, stddev_samp(value) AS sd
  FROM v WHERE value IS NOT NULL GROUP BY round, indicator, peer`;

// Runs the statements one after the other, three times: the best and the median time in seconds.
export async function timeBestOfThree(con, statements) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    for (const sql of statements) await con.run(sql);
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[1] };
}

// Writes tables stats and scores to DIR/PREFIX_stats.csv and DIR/PREFIX_scores.csv, in Kvalis's order, and
// prints the figures on one line.
export async function finish(con, { dir, prefix, threads, time }) {
  const order = "round, CAST(substr(indicator, 2) AS INTEGER)";
  await con.run(`COPY (SELECT round, indicator, peer, n, min, q[1] AS q1, q[2] AS median, q[3] AS q3, max, mean, sd
    FROM stats ORDER BY ${order}, peer) TO '${dir}/${prefix}_stats.csv' (HEADER)`);
  await con.run(`COPY (SELECT round, indicator, service, percent_rank, z, reserve_median, reserve_best
    FROM scores ORDER BY ${order}, service) TO '${dir}/${prefix}_scores.csv' (HEADER)`);
  const version = (await (await con.run("SELECT version()")).getRows())[0][0];
  console.log(
    `time_s=${time.best.toFixed(6)} time_median_s=${time.median.toFixed(6)} threads=${threads} ` +
      `max_rss_kb=${process.resourceUsage().maxRSS} version=${version}`,
  );
}
