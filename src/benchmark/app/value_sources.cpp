#include "benchmark/app/value_sources.hpp"

#include <map>
#include <mutex>

namespace kvalis::benchmark::app {
namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, ValueSource, std::less<>> sources;
};

Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

void register_value_source(const std::string& item_code, ValueSource fn) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.sources[item_code] = std::move(fn);
}

bool has_value_source(const std::string& item_code) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  return r.sources.count(item_code) > 0;
}

std::optional<SourcedValue> sourced_value(soci::session& s, const std::string& item_code, long long service_id,
                                          int period_year) {
  ValueSource fn;
  {
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.sources.find(item_code);
    if (it == r.sources.end()) return std::nullopt;
    fn = it->second;
  }
  return fn(s, service_id, period_year);
}

}  // namespace kvalis::benchmark::app
