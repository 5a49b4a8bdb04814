// The soak's latency figures (tests/soak/stats.mjs): nearest-rank percentiles and the growable sample array.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Latencies, percentile } from './stats.mjs';

test('nearest-rank percentiles of 1..100 ms and of a few values', () => {
  const l = new Latencies();
  for (let ms = 100; ms >= 1; ms--) l.add(ms);
  const sorted = l.sorted();
  assert.equal(l.count, 100);
  assert.deepEqual([50, 95, 99, 100].map((p) => percentile(sorted, p)), [50, 95, 99, 100]);
  assert.equal(percentile(Float64Array.from([7]), 99), 7);
  assert.deepEqual([1, 50, 51, 99].map((p) => percentile(Float64Array.from([10, 20]), p)), [10, 10, 20, 20]);
  assert.ok(Number.isNaN(percentile(new Float64Array(0), 50)));
});

test('keeps every sample past its first allocation, sorted numerically', () => {
  const l = new Latencies();
  for (let i = 0; i < 5000; i++) l.add((i * 7919) % 5000 + 0.5);
  const sorted = l.sorted();
  assert.equal(sorted.length, 5000);
  assert.equal(sorted[0], 0.5);
  assert.equal(sorted[4999], 4999.5);
  assert.equal(percentile(sorted, 99), 4949.5);
  assert.ok(sorted.every((v, i) => i === 0 || sorted[i - 1] <= v));
});
