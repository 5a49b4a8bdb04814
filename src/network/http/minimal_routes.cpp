// Network module — the minimal form of a service (issue 12 item 5, NETWORK_SPEC [minimal]): minimal forms per
// kind, the checks of the services against them and their Excel export, one service's check, and corrective
// actions raised in the quality module from a service's gaps. Handlers parse, call one use case of
// network/app/minimal.hpp and map the result.
#include "network/app/minimal.hpp"
#include "network/export/minimal_export.hpp"
#include "network/http/minimal_dto.hpp"
#include "network/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

namespace napp = network::app;
using accounts::Permission;

const QueryParam kRegion = QueryParam::text("region", "Region (kraj) code (default: the caller's region)", 10);
const QueryParam kLang =
    QueryParam::choice("lang", "Language of the sheet (default: the caller's)", {"", "cs", "en"}, "");
const Error kMissing = not_found("network.not_found");

const std::string& in_lang(Lang lang, const std::string& cs, const std::string& en) {
  return lang == Lang::en && !en.empty() ? en : cs;
}

dto::NwMinimalForm form_dto(const napp::MinimalFormView& v, Lang lang) {
  dto::NwMinimalForm d;
  const auto& f = v.form;
  d.id = f.id;
  d.region_org_id = v.region.org_id;
  d.region_name = v.region.name;
  d.kind_code = f.kind_code;
  d.kind_name = f.kind_name;
  d.status = std::string(network::to_string(f.status));
  d.valid_from = f.valid_from;
  d.note = f.note;
  d.basis_round = f.basis_round_id;
  d.basis_round_title = f.basis_round_title;
  if (f.set_at) d.set_at = format_timestamp(f.set_at);
  d.needs_required = static_cast<int>(f.needs.size());
  d.services_checked = v.services_checked;
  d.services_meeting = v.services_meeting;
  d.can_manage = v.can_manage;
  for (const auto& n : v.needs)
    d.needs.push_back({n.need.need_area_id, n.need.code, in_lang(lang, n.need.name_cs, n.need.name_en),
                       n.need.name_cs, n.need.name_en, n.required, n.share.share, n.share.services, n.share.direct});
  return d;
}

dto::NwServiceCheck check_dto(const napp::ServiceCheck& c, Lang lang) {
  dto::NwServiceCheck d;
  d.minimal_form_id = c.minimal_form_id;
  d.service_id = c.service_id;
  d.provider_id = c.provider_id;
  d.service_name = c.service_name;
  d.provider_name = c.provider_name;
  d.kind_code = c.kind_code;
  d.round_id = c.round_id;
  d.answered = c.check.answered;
  d.meets = c.check.meets;
  d.required = c.check.required;
  d.met = c.check.met;
  d.share_met = c.check.share_met;
  for (const auto& m : c.missing) d.missing.push_back({m.need_area_id, in_lang(lang, m.name_cs, m.name_en), m.action_id});
  return d;
}

Response list_forms(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, napp::list_minimal_forms(ctx.db(), caller_of(ctx), *region), [](const napp::MinimalFormList& l) {
    dto::NwMinimalFormList out{l.region.org_id, l.region.region_code, l.region.name, l.can_manage, {}};
    for (const auto& m : l.items)
      out.items.push_back({m.form.id, m.form.kind_code, m.form.kind_name, std::string(network::to_string(m.form.status)),
                           m.form.valid_from, m.form.basis_round_id, m.form.basis_round_title,
                           static_cast<int>(m.form.needs.size()), m.services_checked, m.services_meeting});
    return out;
  });
}

Response create_form(Context& ctx) {
  auto body = body_as<dto::NwMinimalFormInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::NwMinimalFormInput>(body);
  return answer_as(ctx,
                   napp::create_minimal_form(ctx.db(), caller_of(ctx),
                                             {in.region.value_or(""), in.kind_code, in.basis_round_id}),
                   [&](const napp::MinimalFormView& v) { return form_dto(v, ctx.lang); }, 201);
}

Response get_form(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, napp::get_minimal_form(ctx.db(), caller_of(ctx), *id),
                   [&](const napp::MinimalFormView& v) { return form_dto(v, ctx.lang); });
}

Response update_form(Context& ctx) {
  return with_id_body<dto::NwMinimalFormChange>(ctx, kMissing, [&](long long id, const dto::NwMinimalFormChange& in) {
    return answer_as(ctx, napp::update_minimal_form(ctx.db(), caller_of(ctx), id, {in.required, in.valid_from, in.note}),
                     [&](const napp::MinimalFormView& v) { return form_dto(v, ctx.lang); });
  });
}

Response set_form(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, napp::set_minimal_form(ctx.db(), caller_of(ctx), *id),
                   [&](const napp::MinimalFormView& v) { return form_dto(v, ctx.lang); });
}

Response form_checks(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, napp::minimal_form_checks(ctx.db(), caller_of(ctx), *id),
                   [&](const std::vector<napp::ServiceCheck>& list) {
                     dto::NwServiceCheckList out;
                     for (const auto& c : list) out.items.push_back(check_dto(c, ctx.lang));
                     return out;
                   });
}

Response checks_xlsx(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  auto lang = kLang.read_text(ctx.req);
  if (!lang) return error_response(lang.error(), ctx.lang);
  auto form = napp::get_minimal_form(ctx.db(), caller_of(ctx), *id);
  if (!form) return error_response(form.error(), ctx.lang);
  auto checks = napp::minimal_form_checks(ctx.db(), caller_of(ctx), *id);
  if (!checks) return error_response(checks.error(), ctx.lang);
  const Lang sheet_lang = lang->empty() ? ctx.lang : parse_lang(*lang);
  return file_response(exports::to_xlsx({network::exports::checks_sheet(*form, *checks, sheet_lang)}),
                       exports::kXlsxContentType, "minimalni-podoba-" + std::to_string(*id) + ".xlsx");
}

Response service_check(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, napp::service_minimal_check(ctx.db(), caller_of(ctx), *id),
                   [&](const napp::ServiceCheck& c) { return check_dto(c, ctx.lang); });
}

Response raise_actions(Context& ctx) {
  return with_id_body<dto::NwGapActionsInput>(ctx, kMissing, [&](long long id, const dto::NwGapActionsInput& in) {
    napp::GapActionsInput g{in.service_id, in.need_area_ids.value_or(std::vector<long long>{}), in.due_date, in.owner};
    return answer_as(ctx, napp::raise_gap_actions(ctx.db(), caller_of(ctx), id, g),
                     [](const napp::GapActionsResult& r) {
                       dto::NwGapActions out{r.minimal_form_id, r.service_id, r.audit_id, {}};
                       for (const auto& a : r.actions)
                         out.items.push_back({a.need_area_id, a.need_name, a.action_id, a.created});
                       return out;
                     },
                     201);
  });
}

}  // namespace

void register_network_minimal_routes(RouteTable& t) {
  const std::string tag = "network";
  const Permission read = Permission::network_read, manage = Permission::network_manage;
  t.add<void, dto::NwMinimalFormList>(Verb::get, "/api/network/minimal-forms", read, list_forms, tag,
                                      "Minimal forms of a service per kind of the region, with how many services "
                                      "meet them (a provider: the forms set, not the drafts)")
      .query = {kRegion.doc()};
  t.add<dto::NwMinimalFormInput, dto::NwMinimalForm>(
       Verb::post, "/api/network/minimal-forms", manage, create_form, tag,
       "Draft the minimal form of a kind from a locked coverage round: every need of the card with the share of "
       "the kind's services meeting it directly, none required yet")
      .success_status = 201;
  t.add<void, dto::NwMinimalForm>(Verb::get, "/api/network/minimal-forms/{id}", read, get_form, tag,
                                  "A minimal form with its needs, the share meeting each directly, and which are "
                                  "required");
  t.add<dto::NwMinimalFormChange, dto::NwMinimalForm>(Verb::put, "/api/network/minimal-forms/{id}", manage,
                                                      update_form, tag,
                                                      "Choose the required needs of a draft, its validity and note");
  t.add<void, dto::NwMinimalForm>(Verb::post, "/api/network/minimal-forms/{id}/set", manage, set_form, tag,
                                  "Set the draft in force (the earlier set form of the kind becomes superseded)");
  t.add<void, dto::NwServiceCheckList>(Verb::get, "/api/network/minimal-forms/{id}/checks", read, form_checks, tag,
                                       "Each service of the kind checked against the form: required, met, missing "
                                       "needs (with their corrective action), share met (a provider: its own)");
  file_route(t.add<void, void>(Verb::get, "/api/network/minimal-forms/{id}/checks.xlsx", read, checks_xlsx, tag,
                               "The checks of the services against the form as an Excel sheet"),
             {kLang.doc()});
  t.add<dto::NwGapActionsInput, dto::NwGapActions>(
       Verb::post, "/api/network/minimal-forms/{id}/actions", manage, raise_actions, tag,
       "Corrective actions in the quality module for a service's missing needs (a process audit 'Kontrola "
       "minimální podoby služby' with a finding and an action per need); idempotent per service and need")
      .success_status = 201;
  t.add<void, dto::NwServiceCheck>(Verb::get, "/api/network/services/{id}/minimal-check", read, service_check, tag,
                                   "One service checked against the set minimal form of its kind");
}

}  // namespace kvalis::http
