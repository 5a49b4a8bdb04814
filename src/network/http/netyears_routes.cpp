// The regional network year by year (issue 13 item 1, PLAN13_SPEC [netyears]): years and their entries,
// decisions, a service's history, entrustment acts, the comparisons with the registry and with need coverage,
// and the Excel workbook of a year. Handlers parse, call one use case of network/app/network_years.hpp and
// map the result. The SPRSS routes of the same part are registered from sprss_routes.cpp.
#include "network/app/network_years.hpp"
#include "network/export/network_export.hpp"
#include "network/http/network_dto.hpp"
#include "network/http/routes.hpp"
#include "network/http/sprss_routes.hpp"
#include "platform/core/text.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/json_dto.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

namespace napp = network::app;
namespace nrepo = network::store::network_repo;
namespace nexp = network::exports;

namespace {

using accounts::Permission;

const QueryParam kRegion = QueryParam::text("region", "Region code (kraj, e.g. 86); default: the caller's region", 10);
const QueryParam kService = QueryParam::integer("service", "Only the acts of this service", 1, kMaxId);

Error missing() { return not_found("network.not_found"); }

using Catalogues = kvalis::store::catalogue_repo::Catalogues;

std::vector<dto::NwyCodeName> territory_names(const Catalogues& c, const std::string& joined) {
  std::vector<dto::NwyCodeName> out;
  for (const auto& t : split_codes(joined)) out.push_back({t, c.name("territories", t, false)});
  return out;
}

std::vector<dto::NwyCapacity> capacities(const std::map<std::string, double>& by_unit) {
  std::vector<dto::NwyCapacity> out;
  for (const auto& [unit, capacity] : by_unit)
    out.push_back({unit, std::string(nexp::capacity_unit_cs(unit)), capacity});
  return out;
}

dto::NwyActRef act_ref(const nrepo::EntrustmentRow& a) {
  return {a.id, a.act_number, a.valid_from, a.valid_to, a.status};
}

dto::NwyDecision decision_dto(const Catalogues& c, const nrepo::DecisionRow& d) {
  return {d.id,
          d.network_year_id,
          d.year,
          d.service_id,
          d.service_name,
          d.kind,
          std::string(nexp::decision_kind_cs(d.kind)),
          d.decided_on,
          d.reason,
          d.decided_by_text,
          d.capacity_before,
          d.capacity_after,
          d.capacity_unit,
          d.dev_intention_id,
          territory_names(c, d.territories_before),
          territory_names(c, d.territories_after)};
}

dto::NwyYear year_dto(const napp::YearSummary& y) {
  return {y.year.id,
          y.year.year,
          y.year.status,
          y.services,
          capacities(y.capacity_by_unit),
          y.year.approved_on,
          y.year.approved_by_text,
          y.can_manage};
}

dto::NwyYearDetail year_detail_dto(const Catalogues& c, const napp::YearDetail& d) {
  dto::NwyYearDetail out;
  out.id = d.year.id;
  out.year = d.year.year;
  out.status = d.year.status;
  out.approved_on = d.year.approved_on;
  out.approved_by_text = d.year.approved_by_text;
  out.region_code = d.region.region_code;
  out.region_name = d.region.name;
  out.previous_year = d.previous_year;
  out.capacity_by_unit = capacities(d.capacity_by_unit);
  out.can_manage = d.can_manage;
  for (const auto& e : d.entries) {
    dto::NwyEntry x;
    x.service_id = e.entry.service_id;
    x.service_name = e.entry.service_name;
    x.provider_id = e.entry.provider_id;
    x.provider_name = e.entry.provider_name;
    x.kind_code = e.entry.kind_code;
    x.kind_name = e.entry.kind_name;
    x.capacity = e.entry.capacity;
    x.capacity_unit = e.entry.capacity_unit;
    x.capacity_unit_name = std::string(nexp::capacity_unit_cs(e.entry.capacity_unit));
    x.fte = e.entry.fte;
    for (const auto& [code, name] : e.territories) x.territories.push_back({code, name});
    if (e.entrustment) x.entrustment = act_ref(*e.entrustment);
    for (const auto& dc : e.decisions_this_year) x.decisions_this_year.push_back(decision_dto(c, dc));
    out.entries.push_back(std::move(x));
  }
  for (const auto& dc : d.decisions) out.decisions.push_back(decision_dto(c, dc));
  return out;
}

dto::NwyEntrustment entrustment_dto(const Catalogues& c, const nrepo::EntrustmentRow& a) {
  dto::NwyEntrustment out{a.id,        a.service_id, a.service_name, a.provider_id, a.provider_name, a.act_number,
                          a.issued_on, a.valid_from, a.valid_to,     a.capacity,    a.capacity_unit, {},
                          {},          a.scope,      a.status,       a.note};
  for (const auto& f : split_codes(a.forms)) out.forms.push_back({f, c.name("service_forms", f, false)});
  for (const auto& t : split_codes(a.territories)) out.territories.push_back({t, c.name("territories", t, false)});
  return out;
}

napp::EntrustmentInput entrustment_input(const dto::NwyEntrustmentInput& in) {
  napp::EntrustmentInput out;
  out.service_id = in.service_id.value_or(0);
  out.act_number = in.act_number;
  out.issued_on = in.issued_on;
  out.valid_from = in.valid_from;
  out.valid_to = in.valid_to;
  out.capacity = in.capacity;
  out.capacity_unit = in.capacity_unit.value_or("");
  out.forms = in.forms.value_or(std::vector<std::string>{});
  out.territories = in.territories.value_or(std::vector<std::string>{});
  out.scope = in.scope.value_or("");
  out.note = in.note.value_or("");
  out.status = in.status.value_or("valid");
  return out;
}

template <class F>
Response with_id(Context& ctx, F&& f) {
  return with_path_id(ctx, missing(), std::forward<F>(f));
}

// ---- handlers ----

Response list_years(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, napp::list_years(ctx.db(), caller_of(ctx), *region),
                   [](const std::vector<napp::YearSummary>& list) {
                     dto::NwyYearList out;
                     for (const auto& y : list) out.items.push_back(year_dto(y));
                     return out;
                   });
}

Response create_year(Context& ctx) {
  return with_body<dto::NwyYearInput>(ctx, [&](const dto::NwyYearInput& in) {
    return answer_as(
        ctx, napp::create_year(ctx.db(), caller_of(ctx), in.region.value_or(""), in.year),
        [&](const napp::YearDetail& d) { return year_detail_dto(ctx.app.catalogues(), d); }, 201);
  });
}

Response get_year(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::get_year(ctx.db(), caller_of(ctx), id),
                     [&](const napp::YearDetail& d) { return year_detail_dto(ctx.app.catalogues(), d); });
  });
}

Response approve_year(Context& ctx) {
  return with_id_body<dto::NwyApproveInput>(ctx, missing(), [&](long long id, const dto::NwyApproveInput& in) {
    return answer_as(
        ctx, napp::approve_year(ctx.db(), caller_of(ctx), id, {in.approved_on, in.approved_by_text.value_or("")}),
        [&](const napp::YearDetail& d) { return year_detail_dto(ctx.app.catalogues(), d); });
  });
}

Response record_decision(Context& ctx) {
  return with_id_body<dto::NwyDecisionInput>(ctx, missing(), [&](long long id, const dto::NwyDecisionInput& in) {
    napp::DecisionRequest r{in.service_id,
                            in.kind,
                            in.decided_on,
                            in.reason,
                            in.decided_by_text.value_or(""),
                            in.capacity_after,
                            in.capacity_unit.value_or(""),
                            std::nullopt,
                            in.territories_after};
    return answer_as(
        ctx, napp::record_decision(ctx.db(), caller_of(ctx), id, r),
        [&](const nrepo::DecisionRow& d) { return decision_dto(ctx.app.catalogues(), d); }, 201);
  });
}

Response service_history(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::service_history(ctx.db(), caller_of(ctx), id), [&](const napp::ServiceHistory& h) {
      dto::NwyHistory out;
      out.service_id = h.service.id;
      out.service_name = h.service.name;
      out.provider_name = h.service.provider_name;
      out.kind_name = h.service.kind_name;
      out.kind_code = h.service.kind_code;
      out.registry_status = h.service.status;
      out.region_name = h.region.name;
      for (const auto& y : h.years) {
        dto::NwyHistoryYear x;
        x.network_year_id = y.year.network_year_id;
        x.year = y.year.year;
        x.status = y.year.status;
        x.in_network = y.year.in_network;
        if (y.year.in_network) x.capacity = y.year.capacity;
        x.capacity_unit = y.year.capacity_unit;
        for (const auto& d : y.decisions) x.decisions.push_back(decision_dto(ctx.app.catalogues(), d));
        if (y.entrustment) x.entrustment = act_ref(*y.entrustment);
        out.years.push_back(std::move(x));
      }
      for (const auto& a : h.entrustments) out.entrustments.push_back(entrustment_dto(ctx.app.catalogues(), a));
      return out;
    });
  });
}

Response list_entrustments(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto service = kService.read_integer(ctx.req);
  if (!service) return error_response(service.error(), ctx.lang);
  return answer_as(ctx, napp::list_entrustments(ctx.db(), caller_of(ctx), *region, *service),
                   [&](const std::vector<nrepo::EntrustmentRow>& list) {
                     dto::NwyEntrustmentList out;
                     for (const auto& a : list) out.items.push_back(entrustment_dto(ctx.app.catalogues(), a));
                     return out;
                   });
}

Response create_entrustment(Context& ctx) {
  return with_body<dto::NwyEntrustmentInput>(ctx, [&](const dto::NwyEntrustmentInput& in) {
    if (!in.service_id) return error_response(invalid("service_id", "field.required"), ctx.lang);
    return answer_as(
        ctx, napp::create_entrustment(ctx.db(), caller_of(ctx), entrustment_input(in)),
        [&](const nrepo::EntrustmentRow& a) { return entrustment_dto(ctx.app.catalogues(), a); }, 201);
  });
}

Response update_entrustment(Context& ctx) {
  return with_id_body<dto::NwyEntrustmentInput>(ctx, missing(), [&](long long id, const dto::NwyEntrustmentInput& in) {
    return answer_as(ctx, napp::update_entrustment(ctx.db(), caller_of(ctx), id, entrustment_input(in)),
                     [&](const nrepo::EntrustmentRow& a) { return entrustment_dto(ctx.app.catalogues(), a); });
  });
}

Response registry_diff(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::registry_diff(ctx.db(), caller_of(ctx), id), [](const napp::RegistryDiffView& v) {
      dto::NwyRegistryDiff out;
      out.network_year_id = v.year.id;
      out.year = v.year.year;
      for (const auto& s : v.not_in_network)
        out.not_in_network.push_back(
            {s.id, s.name, s.provider_name, s.kind_name, s.capacity, s.capacity_unit, s.kind_code});
      for (const auto& n : v.not_registered)
        out.not_registered.push_back({n.entry.service_id, n.entry.service_name, n.entry.provider_name,
                                      n.entry.kind_name, n.entry.capacity, n.entry.capacity_unit, n.registry_status,
                                      std::string(nexp::registry_status_cs(n.registry_status)), n.ended_on});
      for (const auto& m : v.capacity_mismatch) {
        const std::string reason(network::to_string(m.mismatch.reason));
        out.capacity_mismatch.push_back({m.entry.service_id, m.entry.service_name, m.entry.provider_name,
                                         m.entry.kind_name, reason, std::string(nexp::mismatch_reason_cs(reason)),
                                         m.mismatch.network_capacity, m.mismatch.network_unit,
                                         m.mismatch.registered_capacity, m.mismatch.registered_unit});
      }
      return out;
    });
  });
}

Response coverage_diff(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::coverage_diff(ctx.db(), caller_of(ctx), id), [](const napp::CoverageDiffView& v) {
      dto::NwyCoverageDiff out;
      out.network_year_id = v.year.id;
      out.year = v.year.year;
      if (v.round) out.round = dto::NwyRoundRef{v.round->id, v.round->title, v.round->period_from, v.round->period_to};
      for (const auto& [id, name] : v.needs) out.needs.push_back({id, name});
      for (const auto& [code, name] : v.territories) out.territories.push_back({code, name});
      for (const auto& g : v.gaps)
        out.gaps.push_back(
            {g.territory_code, g.territory_name, g.need_area_id, g.need_name, g.network_services, g.outside_network});
      return out;
    });
  });
}

Response export_year(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    auto data = napp::year_export(ctx.db(), caller_of(ctx), id);
    if (!data) return error_response(data.error(), ctx.lang);
    return file_response(
        kvalis::exports::to_xlsx(nexp::network_year_sheets(*data)), kvalis::exports::kXlsxContentType,
        "sit-" + data->detail.region.region_code + "-" + std::to_string(data->detail.year.year) + ".xlsx");
  });
}

}  // namespace

void register_network_netyears_routes(RouteTable& t) {
  const std::string tag = "network";
  const Permission read = Permission::network_read, manage = Permission::network_manage;
  t.add<void, dto::NwyYearList>(Verb::get, "/api/network/years", read, list_years, tag,
                                "The region's network of social services year by year (a provider counts its own "
                                "services, a municipality sees approved years)")
      .query = {kRegion.doc()};
  t.add<dto::NwyYearInput, dto::NwyYearDetail>(Verb::post, "/api/network/years", manage, create_year, tag,
                                               "Start the network of a year as a copy of the latest earlier year")
      .success_status = 201;
  t.add<void, dto::NwyYearDetail>(Verb::get, "/api/network/years/{id}", read, get_year, tag,
                                  "The network of a year: services with capacity, territories, the entrustment act "
                                  "in force and the year's decisions");
  t.add<dto::NwyApproveInput, dto::NwyYearDetail>(Verb::post, "/api/network/years/{id}/approve", manage, approve_year,
                                                  tag, "Record the approval of the year's network");
  t.add<dto::NwyDecisionInput, dto::NwyDecision>(Verb::post, "/api/network/years/{id}/decisions", manage,
                                                 record_decision, tag,
                                                 "Include, change (capacity) or remove a service in a draft year")
      .success_status = 201;
  t.add<void, dto::NwyHistory>(Verb::get, "/api/network/services/{id}/history", read, service_history, tag,
                               "A service in the network year by year with its decisions and entrustment acts");
  t.add<void, dto::NwyEntrustmentList>(Verb::get, "/api/network/entrustments", read, list_entrustments, tag,
                                       "Entrustment acts (pověření) of the region's services (a provider: its own)")
      .query = {kRegion.doc(), kService.doc()};
  t.add<dto::NwyEntrustmentInput, dto::NwyEntrustment>(Verb::post, "/api/network/entrustments", manage,
                                                       create_entrustment, tag,
                                                       "Record an entrustment act with its period and scope")
      .success_status = 201;
  t.add<dto::NwyEntrustmentInput, dto::NwyEntrustment>(Verb::put, "/api/network/entrustments/{id}", manage,
                                                       update_entrustment, tag,
                                                       "Change an entrustment act (amend, revoke)");
  t.add<void, dto::NwyRegistryDiff>(Verb::get, "/api/network/years/{id}/registry-diff", read, registry_diff, tag,
                                    "The year's network against the registry: registered services left out, entries "
                                    "without a valid registration, capacities above the registered ones (region)");
  t.add<void, dto::NwyCoverageDiff>(Verb::get, "/api/network/years/{id}/coverage-diff", read, coverage_diff, tag,
                                    "Needs of the latest locked coverage round that no network service meets "
                                    "directly in a territory");
  file_route(t.add<void, void>(Verb::get, "/api/network/years/{id}/export.xlsx", read, export_year, tag,
                               "The network of a year as an Excel workbook (network, decisions, registry comparison)"));
  register_network_sprss_routes(t);
}

}  // namespace kvalis::http
