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
import * as lib from "./comparison_lib.mjs";

const dir = process.argv[2];
const threads = process.argv[3] ?? "2";
const con = await lib.connect(threads);

// The direction is a column of the values' table (Kvalis's kernel, too, gets it with each indicator's values):
// the windowed pass then needs no join. Missing values stay in the table, as they are in Kvalis's input.
await con.run(`CREATE TABLE v AS
  SELECT v.round, v.indicator, v.service, v.peer, v.value, d.direction = 'lower' AS lower
  FROM ${lib.valuesCsv(dir)} v JOIN ${lib.indicatorsCsv(dir)} d USING (indicator)`);

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

const time = await lib.timeBestOfThree(con, [lib.STATS_SQL, scoresSql]);
await lib.finish(con, { dir, prefix: "duckdb", threads, time });
