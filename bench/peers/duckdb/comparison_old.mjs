// The first DuckDB peer of bench/benchmark_bench.sh, kept so the script prints the old and the new peer figure
// in one run (issue 16): statistics into a table, then scores joined back to them (a second pass over the
// values and a hash join). comparison.mjs is the peer as someone who knows DuckDB writes it.
// The benchmarking comparison in SQL on an in-memory table —
// per (round, indicator, peer group) n, min, quartiles (quantile_cont = R type 7), max, mean, sample sd,
// and per service percent_rank() OVER, z-score and reserves. Loading the CSV is not timed; the two
// statements are, best of three.
//   node comparison_old.mjs DIR [THREADS]   (writes DIR/duckdb_old_stats.csv, DIR/duckdb_old_scores.csv)
import * as lib from "./comparison_lib.mjs";

const dir = process.argv[2];
const threads = process.argv[3] ?? "2";
const con = await lib.connect(threads);

await con.run(`CREATE TABLE v AS SELECT * FROM ${lib.valuesCsv(dir)}`);
await con.run(`CREATE TABLE d AS SELECT * FROM ${lib.indicatorsCsv(dir)}`);

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

const time = await lib.timeBestOfThree(con, [lib.STATS_SQL, scoresSql]);
await lib.finish(con, { dir, prefix: "duckdb_old", threads, time });
