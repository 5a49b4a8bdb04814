#pragma once
// The one rounding rule of every number Kvalis shows, on screen (web/src/lib/format.ts) and in reports:
// half away from zero at `digits` decimals, applied to value × 10^digits as computed in double precision
// (12.5 → 13, −2.5 → −3, 2.125 at 2 decimals → 2.13). printf alone rounds ties to even (12.5 → "12"),
// which made a percentile of 13 % on screen 12 % in a report. Shared cases: tests/data/rounding.csv.
namespace kvalis {

double round_half_away(double value, int digits = 0);

}  // namespace kvalis
