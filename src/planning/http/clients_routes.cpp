// Planning module, client part (issue 11 items 3, 6, 7): services and their staff, client records with
// personal goals (GAS), reviews and the T-score, ladder instruments and assessments, due reviews, export (JSON,
// printable page) and erasure. The handlers parse, call one use case of planning/app (clients_records,
// staff_services, ladders_instruments) and map the result.
//
// Client records: only the staff of the client's service who work with clients in the provider; everyone else
// gets 404 for a record and nothing in lists (planning/core/client_access.hpp).
#include "planning/app/clients_records.hpp"
#include "planning/app/ladders_instruments.hpp"
#include "planning/app/staff_services.hpp"
#include "planning/export/clients_export.hpp"
#include "planning/http/clients_dto.hpp"
#include "planning/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

namespace papp = planning::app;
namespace pstore = planning::store;

const std::string kTag = "planning-clients";
const Error kClientMissing{ErrorCode::not_found, {}, "planning.clients.client_not_found", {}};
const Error kServiceMissing{ErrorCode::not_found, {}, "planning.clients.service_not_found", {}};
const Error kGoalMissing{ErrorCode::not_found, {}, "planning.clients.goal_not_found", {}};
const Error kLadderMissing{ErrorCode::not_found, {}, "planning.clients.ladder_not_found", {}};

const QueryParam kOrganisationId = QueryParam::integer("organisation_id", "Only this organisation's", 1, kMaxId);
const QueryParam kServiceId = QueryParam::integer("service_id", "Only clients of this service", 1, kMaxId);
const QueryParam kText = QueryParam::text("q", "Client code or name contains", 100);
const QueryParam kState =
    QueryParam::choice("state", "Client state (any when absent)", {"", "active", "ended", "erased"}, "");
const QueryParam kKeyWorker =
    QueryParam::choice("key_worker", "me: only the caller's clients as key worker", {"", "me"}, "");
const QueryParam kScope = QueryParam::choice(
    "scope", "mine: the caller's clients as key worker; service: the services' clients", {"mine", "service"}, "mine");
const QueryParam kLang =
    QueryParam::choice("lang", "Language of the page (default: the caller's)", {"", "cs", "en"}, "");

// ---- mapping ----------------------------------------------------------------------------------------

std::optional<dto::PlcUserRef> user_ref(const std::optional<long long>& id, const std::string& name) {
  if (!id) return std::nullopt;
  return dto::PlcUserRef{*id, name};
}

dto::PlcClient client_dto(const papp::ClientSummary& s) {
  const auto& c = s.client;
  return {c.id,
          c.code,
          c.name,
          c.organisation_id,
          c.service_id,
          c.service_name,
          user_ref(c.key_worker_user_id, c.key_worker_name),
          c.contract_from,
          c.contract_to,
          c.state,
          s.goals_active,
          s.next_review_on,
          std::string(planning::to_string(s.review_state)),
          s.last_t};
}

dto::PlcService service_dto(const papp::ServiceView& v) {
  dto::PlcService d;
  d.id = v.service.id;
  d.name = v.service.name;
  d.kind_code = v.service.kind_code;
  d.kind_name = v.service.kind_name;
  d.organisation_id = v.service.provider_id;
  d.organisation_name = v.service.provider_name;
  for (const auto& s : v.staff) d.staff.push_back({s.user_id, s.display_name, s.kind});
  d.can_manage_staff = v.can_manage_staff;
  d.is_staff = v.is_staff;
  return d;
}

dto::PlcLadder ladder_dto(const pstore::LadderRow& l, const std::vector<planning::LadderStage>& stages,
                          bool can_manage) {
  dto::PlcLadder d;
  d.id = l.id;
  d.organisation_id = l.organisation_id;
  d.name = l.name;
  d.description = l.description;
  d.scale_min = l.scale_min;
  d.scale_max = l.scale_max;
  d.stages = l.stages;
  for (const auto& s : stages) d.stage_list.push_back({s.from, s.to, s.name});
  d.archived = l.archived;
  for (const auto& a : l.areas) d.areas.push_back({a.id, a.name, a.description});
  d.can_manage = can_manage;
  return d;
}

dto::PlcLadder ladder_item_dto(const papp::LadderItem& item) {
  return ladder_dto(item.ladder, item.stages, item.can_manage);
}

dto::PlcClientGoal goal_dto(const papp::ClientGoalView& v) {
  const auto& g = v.goal;
  dto::PlcClientGoal d;
  d.id = g.id;
  if (g.service_goal_id)
    d.service_goal = dto::PlcGoalRef{*g.service_goal_id, g.service_goal_code, g.service_goal_title};
  d.unlinked_reason = g.unlinked_reason;
  d.wording = g.wording;
  d.steps = g.steps;
  d.responsibilities = g.responsibilities;
  d.levels = {g.level_minus2, g.level_minus1, g.level_0, g.level_plus1, g.level_plus2};
  d.weight = g.weight;
  d.set_on = g.set_on;
  d.next_review_on = g.next_review_on;
  d.review_state = std::string(planning::to_string(v.review_state));
  d.state = g.state;
  d.ended_on = g.ended_on;
  if (v.latest) d.latest = dto::PlcLatestRating{v.latest->level, v.latest->held_on};
  for (const auto& r : v.ratings) d.ratings.push_back({r.review_id, r.held_on, r.level});
  return d;
}

dto::PlcClientDetail detail_dto(const papp::ClientDetail& x) {
  dto::PlcClientDetail d;
  d.client = client_dto(x.summary);
  d.provider_name = x.provider_name;
  d.gas_rho = x.rho;
  for (const auto& g : x.goals) d.goals.push_back(goal_dto(g));
  for (const auto& r : x.reviews) {
    dto::PlcReview v{r.review.id,
                     r.review.held_on,
                     r.review.what_changed,
                     r.review.client_view,
                     r.review.next_steps,
                     r.review.participants,
                     r.review.next_review_on,
                     {},
                     r.t};
    for (const auto& x2 : r.ratings) v.ratings.push_back({x2.client_goal_id, x2.level, x2.note});
    d.reviews.push_back(std::move(v));
    if (r.t) d.t_history.push_back({r.review.id, r.review.held_on, *r.t});
  }
  for (const auto& l : x.ladders) {
    dto::PlcClientLadder v;
    auto stages = planning::parse_ladder_stages(l.ladder.stages, l.ladder.scale_min, l.ladder.scale_max);
    v.ladder = ladder_dto(l.ladder, stages ? *stages : std::vector<planning::LadderStage>{}, false);
    for (const auto& a : l.assessments) {
      dto::PlcAssessment as{a.id, a.assessed_on, a.note, {}};
      for (const auto& [area, value] : a.values) as.values.push_back({area, value});
      v.assessments.push_back(std::move(as));
    }
    for (const auto& [area, change] : l.distance.per_area) v.distance.per_area.push_back({area, change});
    v.distance.mean_change = l.distance.mean_change;
    d.ladders.push_back(std::move(v));
  }
  d.can_erase = x.can_erase;
  return d;
}

papp::ClientInput client_input(const dto::PlcClientInput& in) {
  papp::ClientInput out;
  out.service_id = in.service_id.value_or(0);
  out.code = in.code.value_or("");
  out.name = in.name.value_or("");
  out.contract_from = in.contract_from;
  out.contract_to = in.contract_to.value_or("");
  out.key_worker_user_id = in.key_worker_user_id;
  out.state = in.state.value_or("active");
  return out;
}

papp::ClientGoalInput goal_input(const dto::PlcClientGoalInput& in) {
  papp::ClientGoalInput out;
  out.service_goal_id = in.service_goal_id;
  out.unlinked_reason = in.unlinked_reason.value_or("");
  out.wording = in.wording;
  out.steps = in.steps.value_or("");
  out.responsibilities = in.responsibilities.value_or("");
  out.level_minus2 = in.levels.minus2;
  out.level_minus1 = in.levels.minus1;
  out.level_0 = in.levels.zero;
  out.level_plus1 = in.levels.plus1;
  out.level_plus2 = in.levels.plus2;
  out.weight = in.weight.value_or(1);
  out.set_on = in.set_on;
  out.next_review_on = in.next_review_on.value_or("");
  out.state = in.state.value_or("active");
  out.ended_on = in.ended_on.value_or("");
  return out;
}

papp::LadderInput ladder_input(const dto::PlcLadderInput& in) {
  papp::LadderInput out;
  out.organisation_id = in.organisation_id.value_or(0);
  out.name = in.name;
  out.description = in.description.value_or("");
  out.scale_min = in.scale_min;
  out.scale_max = in.scale_max;
  out.stages = in.stages.value_or("");
  out.archived = in.archived.value_or(false);
  for (const auto& a : in.areas) out.areas.push_back({a.id, a.name, a.description.value_or("")});
  return out;
}

// ---- services and staff ----------------------------------------------------------------------------------

Response list_services(Context& ctx) {
  auto org = kOrganisationId.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  dto::PlcServiceList out;
  for (const auto& v : papp::list_services(ctx.db(), caller_of(ctx), *org)) out.items.push_back(service_dto(v));
  return dto_response(out);
}

Response put_staff(Context& ctx) {
  return with_id_body<dto::PlcStaffInput>(ctx, kServiceMissing, [&](long long id, const dto::PlcStaffInput& in) {
    std::vector<papp::StaffInput> staff;
    for (const auto& s : in.staff) staff.push_back({s.user_id, s.kind.value_or("staff")});
    return answer_as(ctx, papp::put_staff(ctx.db(), caller_of(ctx), id, staff), service_dto);
  });
}

Response staff_candidates(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kServiceMissing, ctx.lang);
  return answer_as(ctx, papp::staff_candidates(ctx.db(), caller_of(ctx), *id), [](const auto& users) {
    dto::PlcUserList out;
    for (const auto& u : users) out.items.push_back({u.id, u.login, u.display_name});
    return out;
  });
}

// ---- clients ---------------------------------------------------------------------------------------------

Response list_clients(Context& ctx) {
  auto service = kServiceId.read_integer(ctx.req);
  if (!service) return error_response(service.error(), ctx.lang);
  auto q = kText.read_text(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  auto state = kState.read_text(ctx.req);
  if (!state) return error_response(state.error(), ctx.lang);
  auto kw = kKeyWorker.read_text(ctx.req);
  if (!kw) return error_response(kw.error(), ctx.lang);
  const papp::ClientFilter filter{*service, *q, *state, *kw == "me"};
  return answer_as(ctx, papp::list_clients(ctx.db(), caller_of(ctx), filter), [](const auto& list) {
    dto::PlcClientList out;
    for (const auto& s : list) out.items.push_back(client_dto(s));
    return out;
  });
}

Response create_client(Context& ctx) {
  auto body = body_as<dto::PlcClientInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::PlcClientInput>(body);
  if (!in.service_id) return error_response(invalid("service_id", "field.required"), ctx.lang);
  return answer_as(ctx, papp::create_client(ctx.db(), caller_of(ctx), client_input(in)), detail_dto, 201);
}

Response get_client(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kClientMissing, ctx.lang);
  return answer_as(ctx, papp::get_client(ctx.db(), caller_of(ctx), *id), detail_dto);
}

Response update_client(Context& ctx) {
  return with_id_body<dto::PlcClientInput>(ctx, kClientMissing, [&](long long id, const dto::PlcClientInput& in) {
    return answer_as(ctx, papp::update_client(ctx.db(), caller_of(ctx), id, client_input(in)), detail_dto);
  });
}

Response linkable_goals(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kClientMissing, ctx.lang);
  return answer_as(ctx, papp::linkable_goals(ctx.db(), caller_of(ctx), *id), [](const auto& goals) {
    dto::PlcGoalRefList out;
    for (const auto& g : goals) out.items.push_back({g.id, g.code, g.title});
    return out;
  });
}

Response create_goal(Context& ctx) {
  return with_id_body<dto::PlcClientGoalInput>(
      ctx, kClientMissing, [&](long long id, const dto::PlcClientGoalInput& in) {
        return answer_as(ctx, papp::add_client_goal(ctx.db(), caller_of(ctx), id, goal_input(in)), detail_dto, 201);
      });
}

Response update_goal(Context& ctx) {
  return with_id_body<dto::PlcClientGoalInput>(ctx, kGoalMissing, [&](long long id, const dto::PlcClientGoalInput& in) {
    return answer_as(ctx, papp::update_client_goal(ctx.db(), caller_of(ctx), id, goal_input(in)), detail_dto);
  });
}

Response create_review(Context& ctx) {
  return with_id_body<dto::PlcReviewInput>(ctx, kClientMissing, [&](long long id, const dto::PlcReviewInput& in) {
    papp::ReviewInput r{in.held_on,
                        in.what_changed.value_or(""),
                        in.client_view.value_or(""),
                        in.next_steps.value_or(""),
                        in.participants.value_or(""),
                        in.next_review_on.value_or(""),
                        {}};
    for (const auto& x : in.ratings) r.ratings.push_back({x.client_goal_id, x.level, x.note.value_or("")});
    return answer_as(ctx, papp::add_review(ctx.db(), caller_of(ctx), id, r), detail_dto, 201);
  });
}

Response create_assessment(Context& ctx) {
  return with_id_body<dto::PlcAssessmentInput>(
      ctx, kClientMissing, [&](long long id, const dto::PlcAssessmentInput& in) {
        papp::AssessmentInput a{in.ladder_id, in.assessed_on, in.note.value_or(""), {}};
        for (const auto& v : in.values) a.values.emplace_back(v.area_id, v.value);
        return answer_as(ctx, papp::add_assessment(ctx.db(), caller_of(ctx), id, a), detail_dto, 201);
      });
}

Response due_reviews(Context& ctx) {
  auto scope = kScope.read_text(ctx.req);
  if (!scope) return error_response(scope.error(), ctx.lang);
  auto service = kServiceId.read_integer(ctx.req);
  if (!service) return error_response(service.error(), ctx.lang);
  return answer_as(ctx, papp::due_reviews(ctx.db(), caller_of(ctx), *scope == "mine", *service), [](const auto& list) {
    dto::PlcDueReviewList out;
    for (const auto& d : list)
      out.items.push_back({d.client_id, d.client_code, d.client_name, d.service_id, d.service_name,
                           user_ref(d.key_worker_user_id, d.key_worker_name), d.next_review_on,
                           std::string(planning::to_string(d.state))});
    return out;
  });
}

Response export_json(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kClientMissing, ctx.lang);
  return answer_as(ctx, papp::export_client(ctx.db(), caller_of(ctx), *id, "json"), [](const papp::ClientExport& e) {
    return dto::PlcClientExport{e.exported_at, detail_dto(e.detail)};
  });
}

Response export_html(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kClientMissing, ctx.lang);
  auto lang = kLang.read_text(ctx.req);
  if (!lang) return error_response(lang.error(), ctx.lang);
  const Lang page_lang = lang->empty() ? ctx.lang : parse_lang(*lang);
  auto e = papp::export_client(ctx.db(), caller_of(ctx), *id, "html");
  if (!e) return error_response(e.error(), ctx.lang);
  Response r;
  r.content_type = "text/html; charset=utf-8";
  r.body = planning::exports::client_record_html(*e, page_lang);
  return r;
}

Response erase(Context& ctx) {
  return with_id_body<dto::PlcEraseInput>(ctx, kClientMissing, [&](long long id, const dto::PlcEraseInput& in) {
    return answer_as(ctx, papp::erase_client(ctx.db(), caller_of(ctx), id, in.confirm_code), detail_dto);
  });
}

// ---- ladders ---------------------------------------------------------------------------------------------

Response list_ladders(Context& ctx) {
  auto org = kOrganisationId.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  return answer_as(ctx, papp::list_ladders(ctx.db(), caller_of(ctx), *org), [](const auto& list) {
    dto::PlcLadderList out;
    for (const auto& l : list) out.items.push_back(ladder_item_dto(l));
    return out;
  });
}

Response create_ladder(Context& ctx) {
  auto body = body_as<dto::PlcLadderInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::PlcLadderInput>(body);
  if (!in.organisation_id) return error_response(invalid("organisation_id", "field.required"), ctx.lang);
  return answer_as(ctx, papp::create_ladder(ctx.db(), caller_of(ctx), ladder_input(in)), ladder_item_dto, 201);
}

Response get_ladder(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kLadderMissing, ctx.lang);
  return answer_as(ctx, papp::get_ladder(ctx.db(), caller_of(ctx), *id), ladder_item_dto);
}

Response update_ladder(Context& ctx) {
  return with_id_body<dto::PlcLadderInput>(ctx, kLadderMissing, [&](long long id, const dto::PlcLadderInput& in) {
    return answer_as(ctx, papp::update_ladder(ctx.db(), caller_of(ctx), id, ladder_input(in)), ladder_item_dto);
  });
}

}  // namespace

void register_planning_client_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/planning";
  t.add<void, dto::PlcServiceList>(Verb::get, base + "/services", Permission::clients_work, list_services, kTag,
                                   "Services whose staff the caller manages or is on, with their staff")
      .query = {kOrganisationId.doc()};
  t.add<dto::PlcStaffInput, dto::PlcService>(Verb::put, base + "/services/{id}/staff", Permission::planning_manage,
                                             put_staff, kTag,
                                             "Replace the staff of a service (staff or granted access)");
  t.add<void, dto::PlcUserList>(Verb::get, base + "/services/{id}/staff-candidates", Permission::planning_manage,
                                staff_candidates, kTag, "Users who work with clients in the service's provider");

  t.add<void, dto::PlcClientList>(Verb::get, base + "/clients", Permission::clients_work, list_clients, kTag,
                                  "Clients of the services the caller is staff of")
      .query = {kServiceId.doc(), kText.doc(), kState.doc(), kKeyWorker.doc()};
  t.add<dto::PlcClientInput, dto::PlcClientDetail>(Verb::post, base + "/clients", Permission::clients_work,
                                                   create_client, kTag, "Add a client to a service")
      .success_status = 201;
  auto& detail =
      t.add<void, dto::PlcClientDetail>(Verb::get, base + "/clients/{id}", Permission::clients_work, get_client, kTag,
                                        "A client's record: individual plan, reviews, ladders (logged)");
  detail.audit_reads = true;
  t.add<dto::PlcClientInput, dto::PlcClientDetail>(Verb::put, base + "/clients/{id}", Permission::clients_work,
                                                   update_client, kTag, "Change a client's record");
  t.add<void, dto::PlcGoalRefList>(Verb::get, base + "/clients/{id}/service-goals", Permission::clients_work,
                                   linkable_goals, kTag,
                                   "Service goals a personal goal of the client may link to (the client's service)");
  t.add<dto::PlcClientGoalInput, dto::PlcClientDetail>(Verb::post, base + "/clients/{id}/goals",
                                                       Permission::clients_work, create_goal, kTag,
                                                       "Add a personal goal with its GAS levels described")
      .success_status = 201;
  t.add<dto::PlcClientGoalInput, dto::PlcClientDetail>(Verb::put, base + "/client-goals/{id}", Permission::clients_work,
                                                       update_goal, kTag, "Change a personal goal");
  t.add<dto::PlcReviewInput, dto::PlcClientDetail>(Verb::post, base + "/clients/{id}/reviews", Permission::clients_work,
                                                   create_review, kTag,
                                                   "Record a review held with the client, with GAS ratings")
      .success_status = 201;
  t.add<dto::PlcAssessmentInput, dto::PlcClientDetail>(Verb::post, base + "/clients/{id}/ladder-assessments",
                                                       Permission::clients_work, create_assessment, kTag,
                                                       "Record a ladder assessment of the client")
      .success_status = 201;
  t.add<void, dto::PlcDueReviewList>(Verb::get, base + "/due/reviews", Permission::clients_work, due_reviews, kTag,
                                     "Reviews due within 30 days or overdue")
      .query = {kScope.doc(), kServiceId.doc()};
  auto& json_export =
      t.add<void, dto::PlcClientExport>(Verb::get, base + "/clients/{id}/export", Permission::clients_work, export_json,
                                        kTag, "Everything of the client as JSON (logged)");
  json_export.audit_reads = true;
  auto& html_export =
      file_route(t.add<void, void>(Verb::get, base + "/clients/{id}/export.html", Permission::clients_work, export_html,
                                   kTag, "The client's record as a printable page (text/html, logged)"),
                 {kLang.doc()});
  html_export.audit_reads = true;
  t.add<dto::PlcEraseInput, dto::PlcClientDetail>(Verb::post, base + "/clients/{id}/erase", Permission::planning_manage,
                                                  erase, kTag,
                                                  "Erase the client's identity and texts on request (keeps outcomes)");

  t.add<void, dto::PlcLadderList>(Verb::get, base + "/ladders", Permission::planning_read, list_ladders, kTag,
                                  "Ladder instruments of the caller's organisations")
      .query = {kOrganisationId.doc()};
  t.add<dto::PlcLadderInput, dto::PlcLadder>(Verb::post, base + "/ladders", Permission::planning_manage, create_ladder,
                                             kTag, "Define a ladder instrument (areas, scale, stages)")
      .success_status = 201;
  t.add<void, dto::PlcLadder>(Verb::get, base + "/ladders/{id}", Permission::planning_read, get_ladder, kTag,
                              "A ladder instrument");
  t.add<dto::PlcLadderInput, dto::PlcLadder>(Verb::put, base + "/ladders/{id}", Permission::planning_manage,
                                             update_ladder, kTag, "Change a ladder instrument");
}

}  // namespace kvalis::http
