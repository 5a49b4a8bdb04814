// Registers the network module's value for the benchmark (benchmark/app/value_sources.hpp) at start-up: form
// items with code `minimal_form_share` are prefilled with the share of the minimal form the service meets (%).
#include "benchmark/app/value_sources.hpp"
#include "network/app/minimal.hpp"
#include "platform/core/messages.hpp"

namespace kvalis::network::app {
namespace {

const bool kRegistered = [] {
  benchmark::app::register_value_source(
      "minimal_form_share", [](soci::session& s, long long service_id, int period_year)
                                -> std::optional<benchmark::app::SourcedValue> {
        auto share = minimal_form_share_percent(s, service_id, period_year);
        if (!share) return std::nullopt;
        return benchmark::app::SourcedValue{*share, translate("network.minimal.source", Lang::cs),
                                            translate("network.minimal.source", Lang::en)};
      });
  return true;
}();

}  // namespace
}  // namespace kvalis::network::app
