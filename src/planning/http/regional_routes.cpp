// GET /api/planning/outcomes/regional: client outcomes by region and kind of service (one use case,
// planning/app/regional_outcomes.hpp), each cell as the OutcomeCell JSON of PLANNING_SPEC.md (PlOutcomeCell).
#include <optional>
#include <string>
#include <vector>

#include "planning/app/regional_outcomes.hpp"
#include "planning/http/plans_dto.hpp"
#include "planning/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/json_dto.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace dto {

struct RegionalOutcome {
  static constexpr const char* kSchemaName = "RegionalOutcome";
  std::string region_code;
  std::string region_name;
  std::string kind_code;
  std::string kind_name;
  PlOutcomeCell cell;  // the roll-up by goal's cell (plans_dto.hpp): numbers null when suppressed or unknown
};
BOOST_DESCRIBE_STRUCT(RegionalOutcome, (), (region_code, region_name, kind_code, kind_name, cell))

struct RegionalOutcomeList {
  static constexpr const char* kSchemaName = "RegionalOutcomeList";
  std::vector<RegionalOutcome> items;
};
BOOST_DESCRIBE_STRUCT(RegionalOutcomeList, (), (items))

}  // namespace dto

namespace {

using accounts::Permission;

const QueryParam kFrom =
    QueryParam::text("from", "Start of the period YYYY-MM-DD (default: 1 January of the end's year)", 10);
const QueryParam kTo = QueryParam::text("to", "End of the period YYYY-MM-DD, inclusive (default: today)", 10);
const QueryParam kRegion =
    QueryParam::text("region_code", "Only this region (kraj code); default: every region the caller sees", 10);
const QueryParam kKind = QueryParam::text("kind_code", "Only this kind of service (catalogue code)", 10);

// A suppressed cell shows no number, counts included.
dto::PlOutcomeCell cell_dto(const planning::OutcomeCell& c) {
  dto::PlOutcomeCell d;
  d.suppressed = c.suppressed;
  if (c.suppressed) return d;
  d.clients = c.clients;
  d.goals = c.goals;
  d.attained = c.attained;
  d.share_attained = c.share_attained;
  d.mean_t = c.mean_t;
  d.sd_t = c.sd_t;
  d.mean_ladder_change = c.mean_ladder_change;
  d.ladder_clients = c.ladder_clients;
  return d;
}

Response get_regional_outcomes(Context& ctx) {
  planning::app::RegionalQuery query;
  for (auto [param, value] : {std::pair{&kFrom, &query.from}, std::pair{&kTo, &query.to},
                              std::pair{&kRegion, &query.region_code}, std::pair{&kKind, &query.kind_code}}) {
    auto read = param->read_text(ctx.req);
    if (!read) return error_response(read.error(), ctx.lang);
    *value = *read;
  }
  if (query.to.empty()) query.to = today();
  if (query.from.empty() && query.to.size() >= 4) query.from = query.to.substr(0, 4) + "-01-01";
  return answer_as(ctx,
                   planning::app::regional_outcomes(ctx.db(), caller_of(ctx), ctx.app.catalogues(), query,
                                                    /*threads=*/2, &planning::app::process_scan_cache()),
                   [](const std::vector<planning::app::RegionalRow>& rows) {
                     dto::RegionalOutcomeList list;
                     for (const auto& r : rows)
                       list.items.push_back({r.region_code, r.region_name, r.kind_code, r.kind_name, cell_dto(r.cell)});
                     return list;
                   });
}

}  // namespace

void register_planning_regional_routes(RouteTable& t) {
  auto& r = t.add<void, dto::RegionalOutcomeList>(
      Verb::get, "/api/planning/outcomes/regional", Permission::planning_read, get_regional_outcomes, "planning",
      "Client outcomes (share of goals attained, mean GAS T and its spread, counts) by region and kind of "
      "service for a period: region staff their region, the platform administrator the whole country; cells "
      "of fewer than 5 clients suppressed");
  r.query = {kFrom.doc(), kTo.doc(), kRegion.doc(), kKind.doc()};
}

}  // namespace kvalis::http
