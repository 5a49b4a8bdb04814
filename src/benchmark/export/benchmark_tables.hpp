#pragma once
// Benchmarking results as tables for Excel and CSV, with Czech headers. Built from the reader's view, so
// an export never shows more than the screen does.
#include <vector>

#include "benchmark/app/comparison.hpp"
#include "platform/export/table.hpp"

namespace kvalis::exports {

// Sheets "Srovnání" (one row per service and indicator), "Statistiky" (one row per peer group and
// indicator) and "Metodika" (how the numbers are computed).
std::vector<Sheet> comparison_sheets(const ComparisonView& view);
// One flat table: each service's row with its peer group's statistics beside it.
Sheet comparison_csv(const ComparisonView& view);

// Sheets "Efektivita DEA" and "Nastavení".
std::vector<Sheet> dea_sheets(const DeaView& view);
Sheet dea_csv(const DeaView& view);

std::string model_cs(const std::string& model);              // CCR (konstantní výnosy z rozsahu) …
std::string orientation_cs(const std::string& orientation);  // na vstupy / na výstupy

}  // namespace kvalis::exports
