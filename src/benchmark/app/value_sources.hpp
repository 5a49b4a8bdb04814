#pragma once
// Values other modules give the benchmark (a registry of value sources): a form item whose code has a source
// is prefilled with the source's value for the service and the round's period while the provider has not
// entered one, and shows where the value came from. Benchmark knows no module that registers a source (the
// network module registers `minimal_form_share`, the share of the minimal form met, in %).
#include <soci/soci.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kvalis::benchmark::app {

struct SourcedValue {
  double value = 0;
  std::string source_cs;  // where the value comes from, e.g. "z modulu Síť: …"
  std::string source_en;
};

// fn(session, service id, period year) → the value, or nullopt when the source has none for the service.
using ValueSource = std::function<std::optional<SourcedValue>(soci::session&, long long, int)>;

// Registers (or replaces) the source of an item code; safe to call more than once (start-up, tests).
void register_value_source(const std::string& item_code, ValueSource fn);
bool has_value_source(const std::string& item_code);
std::optional<SourcedValue> sourced_value(soci::session& s, const std::string& item_code, long long service_id,
                                          int period_year);

// A form item prefilled from its source.
struct PrefilledValue {
  std::string item_code;
  SourcedValue value;
};

}  // namespace kvalis::benchmark::app
