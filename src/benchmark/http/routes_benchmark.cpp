// Benchmarking, data side: working groups with members and meetings, versioned methodologies (data items,
// indicators, consistency rules), data rounds with completeness, and the providers' forms (save, upload,
// submit; reopen, lock and corrections after lock by the region).
//
// Who may do what: a group is run by its region organisation; its admins and managers (benchmark.manage)
// manage it, every member of the region organisation reads it; providers that are members read it and
// fill the forms of their own services (benchmark.submit). Anyone else gets 404, so ids cannot be probed.
#include <algorithm>
#include <cmath>
#include <regex>
#include <set>

#include "benchmark/core/formula.hpp"
#include "benchmark/core/validation.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/problems.hpp"
#include "platform/core/text.hpp"
#include "benchmark/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "benchmark/http/benchmark_access.hpp"
#include "benchmark/http/dto_benchmark.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "platform/import/xlsx_reader.hpp"
#include "platform/store/activity_log.hpp"
#include "benchmark/store/benchmark_repo.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::http {
namespace {

using accounts::member_of;
using accounts::Permission;
using accounts::Role;
namespace repo = store::benchmark_repo;
namespace bm = benchmark;

constexpr std::size_t kUploadLimit = 2 * 1024 * 1024;

// ---- access -----------------------------------------------------------------------------------

struct GroupAccess {
  bool read = false;
  bool manage = false;        // region admin/manager or platform admin
  bool region_staff = false;  // any member of the region organisation (or platform admin)
  std::string participation;  // of the caller's provider, when the caller reads as a member provider
};

GroupAccess access_to(const accounts::Principal& p, const repo::GroupRow& g, const std::vector<repo::MemberRow>& members) {
  GroupAccess a;
  if (p.platform_admin) return {true, true, true, "full"};
  a.region_staff = member_of(p, g.region_org_id);
  a.manage = member_of(p, g.region_org_id, {Role::admin, Role::manager});
  for (const auto& m : members)
    if (member_of(p, m.provider_org_id) && a.participation != "full") a.participation = m.participation;
  a.read = a.region_staff || !a.participation.empty();
  return a;
}

// A group with its members and the caller's access; nullopt (→ 404) when the caller may not read it.
struct GroupView {
  repo::GroupRow group;
  std::vector<repo::MemberRow> members;
  GroupAccess access;
};

std::optional<GroupView> load_group(soci::session& s, const accounts::Principal& p, long long group_id) {
  auto g = repo::get_group(s, group_id);
  if (!g) return std::nullopt;
  GroupView v{*g, repo::members(s, group_id), {}};
  v.access = access_to(p, v.group, v.members);
  if (!v.access.read) return std::nullopt;
  return v;
}

bool can_read_service(const accounts::Principal& p, const GroupAccess& a, long long provider_id) {
  return a.region_staff || member_of(p, provider_id);
}

bool can_edit_service(const accounts::Principal& p, const GroupAccess& a, long long provider_id) {
  return a.manage || member_of(p, provider_id, {Role::admin, Role::manager, Role::worker});
}

const Error kGroupMissing{ErrorCode::not_found, {}, "bm.group.not_found", {}};
const Error kMeetingMissing{ErrorCode::not_found, {}, "bm.meeting.not_found", {}};
const Error kMethodologyMissing{ErrorCode::not_found, {}, "bm.methodology.not_found", {}};
const Error kRoundMissing{ErrorCode::not_found, {}, "bm.round.not_found", {}};
const Error kFormMissing{ErrorCode::not_found, {}, "bm.form.not_found", {}};
const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};

// ---- small helpers ----------------------------------------------------------------------------

Status check_code(const std::string& field, const std::string& code) {
  static const std::regex re("^[a-z][a-z0-9_]{0,63}$");
  if (code.empty()) return invalid(field, "field.required");
  if (!std::regex_match(code, re)) return invalid(field, "bm.code.invalid", {{"value", code}});
  return ok_status();
}

std::optional<std::string> timestamp_or_null(long long t) {
  if (!t) return std::nullopt;
  return format_timestamp(t);
}

// A 422 with a list beside the error (the first problems) and `<list>_total`, how many there are in all.
Response unprocessable(const Error& error, Lang lang, std::string_view list_name, json::array list,
                       std::optional<std::size_t> total = std::nullopt) {
  Response r = error_response(error, lang);
  json::value v = json::parse(r.body);
  v.as_object()[std::string(list_name) + "_total"] = total.value_or(list.size());
  v.as_object()[list_name] = std::move(list);
  // Cells of an uploaded file are quoted in the messages: never answer with invalid UTF-8.
  r.body = to_valid_utf8(json::serialize(v));
  r.status = 422;
  return r;
}

// ---- DTOs from rows ---------------------------------------------------------------------------

dto::BmGroup group_dto(const GroupView& v) {
  dto::BmGroup d;
  d.id = v.group.id;
  d.region_org_id = v.group.region_org_id;
  d.region_name = v.group.region_name;
  d.name = v.group.name;
  d.description = v.group.description;
  d.kinds = v.group.kinds;
  for (const auto& m : v.members) d.members.push_back({m.provider_org_id, m.provider_name, m.participation, m.joined_on});
  d.created_at = format_timestamp(v.group.created_at);
  d.can_manage = v.access.manage;
  return d;
}

dto::BmMeeting meeting_dto(const repo::MeetingRow& m) {
  dto::BmMeeting d{m.id, m.group_id, m.held_on, m.place, m.agenda, m.minutes, {}};
  for (const auto& a : m.attendance) d.attendance.push_back({a.organisation_id, a.organisation_name, a.attendees});
  return d;
}

dto::BmMethodologySummary methodology_summary(const repo::MethodologyRow& m) {
  return {m.id,   m.group_id, m.version, m.name, m.status, format_timestamp(m.created_at), m.item_count,
          m.indicator_count, m.rule_count};
}

dto::BmMethodology methodology_dto(const repo::MethodologyRow& m, const repo::MethodologyContent& c) {
  dto::BmMethodology d;
  d.id = m.id;
  d.group_id = m.group_id;
  d.version = m.version;
  d.name = m.name;
  d.status = m.status;
  d.created_at = format_timestamp(m.created_at);
  for (const auto& i : c.items)
    d.items.push_back({i.code, i.name_cs, i.name_en, i.unit, i.required, i.min_value, i.max_value, i.help_cs});
  for (const auto& x : c.indicators)
    d.indicators.push_back({x.code, x.name_cs, x.name_en, x.numerator, x.denominator, x.factor, x.unit, x.direction,
                            x.rba, x.kinds});
  for (const auto& r : c.rules) d.rules.push_back({r.code, r.left, r.op, r.right, r.message_cs, r.message_en});
  return d;
}

dto::BmRound round_dto(const repo::RoundRow& r) {
  return {r.id,   r.group_id, r.methodology_id, r.methodology_version, r.name, r.period_year, r.kind, r.deadline,
          r.status, timestamp_or_null(r.locked_at), format_timestamp(r.created_at)};
}

const std::string& localized(Lang lang, const std::string& cs, const std::string& en) {
  return lang == Lang::en && !en.empty() ? en : cs;
}

dto::BmProblem problem_dto(const bm::Problem& p, const repo::MethodologyContent& c, Lang lang) {
  dto::BmProblem d;
  d.target = p.is_rule() ? "rule" : "item";
  d.code = p.code;
  d.kind = std::string(bm::to_string(p.kind));
  d.blocking = p.blocking();
  for (const auto& [k, v] : p.params) d.params.push_back({k, v});
  auto params = p.params;
  if (p.is_rule()) {
    auto rule = std::find_if(c.rules.begin(), c.rules.end(), [&](const auto& r) { return r.code == p.code; });
    params.emplace_back("rule", p.code);
    if (rule != c.rules.end()) params.emplace_back("text", localized(lang, rule->message_cs, rule->message_en));
  } else {
    auto item = std::find_if(c.items.begin(), c.items.end(), [&](const auto& i) { return i.code == p.code; });
    params.emplace_back("item", item == c.items.end() ? p.code : localized(lang, item->name_cs, item->name_en));
  }
  std::string key = "bm.problem." + d.kind;
  if (p.kind == bm::ProblemKind::kRuleNotChecked &&
      std::none_of(p.params.begin(), p.params.end(), [](const auto& x) { return x.first == "missing"; }))
    key = "bm.problem.rule_not_computable";
  d.message = translate(key, lang, params);
  return d;
}

json::array problems_json(const std::vector<bm::Problem>& problems, const repo::MethodologyContent& c, Lang lang) {
  json::array out;
  for (const auto& p : problems)
    if (p.blocking()) out.push_back(to_json(problem_dto(p, c, lang)));
  return out;
}

std::string submission_status(const repo::SubmissionRow& s) { return s.status.empty() ? "not_started" : s.status; }

// ---- the round, a service and its form ---------------------------------------------------------

// Everything a form route needs, loaded in one transaction with the access checks done.
struct FormContext {
  GroupView view;
  repo::RoundRow round;
  repo::RoundServiceRow service;
  repo::MethodologyContent content;
  bool can_edit = false;
};

Result<FormContext> load_form_context(soci::session& s, const Context& ctx) {
  auto round_id = ctx.path_id("id");
  auto service_id = ctx.path_id("service_id");
  if (!round_id) return kRoundMissing;
  if (!service_id) return kFormMissing;
  auto round = repo::get_round(s, *round_id);
  if (!round) return kRoundMissing;
  auto view = load_group(s, ctx.principal, round->group_id);
  if (!view) return kRoundMissing;
  auto service = repo::group_service(s, view->group, *service_id);
  if (!service || !can_read_service(ctx.principal, view->access, service->provider_id)) return kFormMissing;
  FormContext f{std::move(*view), *round, *service, repo::load_content(s, round->methodology_id), false};
  f.can_edit = can_edit_service(ctx.principal, f.view.access, f.service.provider_id);
  return f;
}

bool indicator_applies(const repo::IndicatorRow& x, const std::string& kind_code) {
  return x.kinds.empty() || std::find(x.kinds.begin(), x.kinds.end(), kind_code) != x.kinds.end();
}

dto::BmForm build_form(soci::session& s, const Context& ctx, const FormContext& f) {
  const auto values = repo::load_values(s, f.round.id, f.service.service_id);
  const auto submission = repo::get_submission(s, f.round.id, f.service.service_id);
  const auto validation = bm::validate_form(repo::item_specs(f.content), repo::rule_specs(f.content), values);
  dto::BmForm d;
  d.round_id = f.round.id;
  d.round_name = f.round.name;
  d.period_year = f.round.period_year;
  d.round_status = f.round.status;
  d.deadline = f.round.deadline;
  d.service_id = f.service.service_id;
  d.service_name = f.service.name;
  d.kind_code = f.service.kind_code;
  d.provider_id = f.service.provider_id;
  d.provider_name = f.service.provider_name;
  d.status = submission_status(submission);
  d.editable = f.can_edit && f.round.status == "open" && submission.status != "submitted";
  d.can_correct = f.view.access.manage && f.round.status == "locked";
  d.filled = validation.filled;
  d.required = validation.required;
  d.errors = validation.errors();
  d.submitted_at = timestamp_or_null(submission.submitted_at);
  for (const auto& i : f.content.items) {
    dto::BmFormItem item{i.code, localized(ctx.lang, i.name_cs, i.name_en), i.unit, i.required, i.min_value,
                         i.max_value, i.help_cs, std::nullopt, false};
    if (auto it = values.find(i.code); it != values.end()) {
      item.entered = true;
      item.value = it->second;
    }
    d.items.push_back(std::move(item));
  }
  for (const auto& p : validation.problems) d.problems.push_back(problem_dto(p, f.content, ctx.lang));
  bm::ItemValues finite;
  for (const auto& [code, v] : values)
    if (v && std::isfinite(*v)) finite[code] = *v;
  for (const auto& x : f.content.indicators) {
    if (!indicator_applies(x, f.service.kind_code)) continue;
    dto::BmIndicatorPreview p{x.code, localized(ctx.lang, x.name_cs, x.name_en), x.unit, x.direction, x.rba,
                              std::nullopt, ""};
    auto formula = bm::parse_indicator(x.numerator, x.denominator, x.factor);
    if (auto* ok = std::get_if<bm::IndicatorFormula>(&formula)) {
      const auto e = bm::evaluate_indicator(*ok, finite);
      if (e.ok()) p.value = e.value;
      else p.missing_reason = e.reason();
    } else {
      p.missing_reason = std::get<bm::IndicatorFormulaError>(formula).error.message;
    }
    d.indicators.push_back(std::move(p));
  }
  for (const auto& c : repo::list_corrections(s, f.round.id, f.service.service_id))
    d.corrections.push_back({c.id, c.item_code, c.old_value, c.new_value, format_timestamp(c.at),
                             c.user_id ? std::optional<long long>(c.user_id) : std::nullopt, c.user_login, c.reason});
  return d;
}

// The state rules for changing values of a form (not corrections).
Status check_writable(soci::session& s, const FormContext& f) {
  if (!f.can_edit) return kForbidden;
  if (f.round.status == "locked") return conflict("", "bm.round.locked");
  if (repo::get_submission(s, f.round.id, f.service.service_id).status == "submitted")
    return conflict("", "bm.submission.submitted");
  return ok_status();
}

void after_data_change(soci::session& s, long long round_id) {
  store::benchmark_results_repo::recompute_round(s, round_id);
}

std::string values_detail(const bm::FormValues& values) {
  std::string out;
  for (const auto& [code, v] : values) {
    if (out.size() > 900) {
      out += "…";
      break;
    }
    out += (out.empty() ? "" : ", ") + code + "=" + (v ? bm::format_number(*v) : "null");
  }
  return out;
}

// ---- groups -----------------------------------------------------------------------------------

Response list_groups(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  repo::GroupScope scope;
  scope.all = ctx.principal.platform_admin;
  for (const auto& m : ctx.principal.memberships) scope.organisation_ids.push_back(m.organisation_id);
  dto::BmGroupList out;
  out.page = page->page;
  out.page_size = page->page_size;
  ctx.db().read([&](soci::session& s) {
    for (const auto& g : repo::list_groups(s, scope, page->page_size, page->offset(), out.total)) {
      GroupView v{g, repo::members(s, g.id), {}};
      v.access = access_to(ctx.principal, g, v.members);
      out.items.push_back(group_dto(v));
    }
  });
  return dto_response(out);
}

Status apply_group(const Context& ctx, const dto::BmGroupInput& in, repo::GroupRow& g) {
  if (in.name) g.name = *in.name;
  if (auto st = check_line("name", g.name, 200, true); !st) return st;
  if (in.description) g.description = *in.description;
  if (auto st = check_text("description", g.description, 5000, false); !st) return st;
  if (in.kinds) {
    g.kinds.clear();
    for (std::size_t i = 0; i < in.kinds->size(); ++i) {
      const auto& k = (*in.kinds)[i];
      const std::string field = "kinds[" + std::to_string(i) + "]";
      if (!ctx.app.catalogues().has("service_kinds", k)) return invalid(field, "field.unknown_code", {{"value", k}});
      if (std::find(g.kinds.begin(), g.kinds.end(), k) != g.kinds.end())
        return invalid(field, "bm.duplicate", {{"value", k}});
      g.kinds.push_back(k);
    }
  }
  return ok_status();
}

// The region organisation a new group belongs to: given, or the caller's only region where they manage.
Result<long long> region_for_new_group(const Context& ctx, soci::session& s, const std::optional<long long>& given) {
  if (given) {
    auto org = store::registry_repo::get_organisation(s, *given);
    const bool allowed = ctx.principal.platform_admin || member_of(ctx.principal, *given, {Role::admin, Role::manager});
    if (!org || org->type != "region" || !allowed)
      return invalid("region_org_id", "bm.region.invalid", {{"value", std::to_string(*given)}});
    return *given;
  }
  std::vector<long long> regions;
  for (const auto& m : ctx.principal.memberships)
    if (m.organisation_type == accounts::OrganisationType::region && (m.role == Role::admin || m.role == Role::manager))
      regions.push_back(m.organisation_id);
  if (regions.size() != 1) return invalid("region_org_id", "bm.region.required");
  return regions.front();
}

Response create_group(Context& ctx) {
  auto body = body_as<dto::BmGroupInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmGroupInput>(body);
  repo::GroupRow g;
  if (auto st = apply_group(ctx, in, g); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmGroup> {
    auto region = region_for_new_group(ctx, s, in.region_org_id);
    if (!region) return region.error();
    g.region_org_id = *region;
    g.created_at = store::now_epoch();
    g.id = repo::insert_group(s, g);
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(s, audit_entry(ctx, "benchmark.group.create", "bm_group", g.id, g.region_org_id, g.name));
    return group_dto(*load_group(s, ctx.principal, g.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response get_group(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto view = ctx.db().read([&](soci::session& s) { return load_group(s, ctx.principal, *id); });
  if (!view) return error_response(kGroupMissing, ctx.lang);
  return dto_response(group_dto(*view));
}

// Runs f(session, view) in a write transaction for a group the caller manages (404 / 403 otherwise).
template <class T, class F>
Result<T> with_managed_group(Context& ctx, long long group_id, F&& f) {
  return ctx.db().write([&](soci::session& s) -> Result<T> {
    auto view = load_group(s, ctx.principal, group_id);
    if (!view) return kGroupMissing;
    if (!view->access.manage) return kForbidden;
    return f(s, *view);
  });
}

Response update_group(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto body = body_as<dto::BmGroupInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmGroupInput>(body);
  auto result = with_managed_group<dto::BmGroup>(ctx, *id, [&](soci::session& s, GroupView& v) -> Result<dto::BmGroup> {
    if (in.region_org_id && *in.region_org_id != v.group.region_org_id)
      return invalid("region_org_id", "field.invalid_value", {{"value", std::to_string(*in.region_org_id)}});
    if (auto st = apply_group(ctx, in, v.group); !st) return st.error();
    repo::update_group(s, v.group);
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(s, audit_entry(ctx, "benchmark.group.update", "bm_group", v.group.id, v.group.region_org_id));
    return group_dto(*load_group(s, ctx.principal, v.group.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response put_members(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto body = body_as<dto::BmMembersInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmMembersInput>(body);
  auto result = with_managed_group<dto::BmGroup>(ctx, *id, [&](soci::session& s, GroupView& v) -> Result<dto::BmGroup> {
    std::vector<repo::MemberRow> list;
    std::set<long long> seen;
    const auto scope = accounts::visibility(ctx.principal);
    for (std::size_t i = 0; i < in.members.size(); ++i) {
      const auto& m = in.members[i];
      const std::string field = "members[" + std::to_string(i) + "]";
      auto org = store::registry_repo::get_organisation(s, m.provider_org_id);
      if (!org || !store::registry_repo::organisation_visible(s, scope, m.provider_org_id))
        return invalid(field + ".provider_org_id", "organisation.not_found");
      if (org->type != "provider")
        return invalid(field + ".provider_org_id", "bm.member.not_provider", {{"value", std::to_string(org->id)}});
      if (!seen.insert(m.provider_org_id).second)
        return invalid(field + ".provider_org_id", "bm.duplicate", {{"value", std::to_string(org->id)}});
      if (m.participation != "full" && m.participation != "data_only")
        return invalid(field + ".participation", "field.invalid_value", {{"value", m.participation}});
      const std::string joined = m.joined_on.value_or("");
      if (auto st = check_date(field + ".joined_on", joined, false); !st) return st.error();
      list.push_back({m.provider_org_id, org->name, m.participation, joined});
    }
    repo::replace_members(s, v.group.id, list);
    store::registry_repo::bump_data_version(s, "benchmark");
    std::string detail;
    for (const auto& m : list) detail += (detail.empty() ? "" : ", ") + std::to_string(m.provider_org_id) + ":" + m.participation;
    store::activity_log::append(
        s, audit_entry(ctx, "benchmark.group.members", "bm_group", v.group.id, v.group.region_org_id, detail));
    return group_dto(*load_group(s, ctx.principal, v.group.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// ---- meetings ---------------------------------------------------------------------------------

// Meetings are for the region and full members; data-only members take part through their data.
bool can_read_meetings(const GroupAccess& a) { return a.region_staff || a.participation == "full"; }

Response list_meetings(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto result = ctx.db().read([&](soci::session& s) -> Result<dto::BmMeetingList> {
    auto view = load_group(s, ctx.principal, *id);
    if (!view) return kGroupMissing;
    if (!can_read_meetings(view->access)) return kForbidden;
    dto::BmMeetingList out;
    for (const auto& m : repo::list_meetings(s, *id)) out.items.push_back(meeting_dto(m));
    return out;
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Status apply_meeting(const dto::BmMeetingInput& in, const GroupView& v, repo::MeetingRow& m) {
  if (in.held_on) m.held_on = *in.held_on;
  if (auto st = check_date("held_on", m.held_on, true); !st) return st;
  if (in.place) m.place = *in.place;
  if (auto st = check_line("place", m.place, 300, false); !st) return st;
  if (in.agenda) m.agenda = *in.agenda;
  if (auto st = check_text("agenda", m.agenda, 20000, false); !st) return st;
  if (in.minutes) m.minutes = *in.minutes;
  if (auto st = check_text("minutes", m.minutes, 100000, false); !st) return st;
  if (in.attendance) {
    m.attendance.clear();
    std::set<long long> seen;
    for (std::size_t i = 0; i < in.attendance->size(); ++i) {
      const auto& a = (*in.attendance)[i];
      const std::string field = "attendance[" + std::to_string(i) + "]";
      const bool known = a.organisation_id == v.group.region_org_id ||
                         std::any_of(v.members.begin(), v.members.end(),
                                     [&](const auto& x) { return x.provider_org_id == a.organisation_id; });
      if (!known)
        return invalid(field + ".organisation_id", "bm.attendance.not_member",
                       {{"value", std::to_string(a.organisation_id)}});
      if (!seen.insert(a.organisation_id).second)
        return invalid(field + ".organisation_id", "bm.duplicate", {{"value", std::to_string(a.organisation_id)}});
      const int attendees = a.attendees.value_or(1);
      if (attendees < 0 || attendees > 1000)
        return invalid(field + ".attendees", "field.out_of_range", {{"min", "0"}, {"max", "1000"}});
      m.attendance.push_back({a.organisation_id, "", attendees});
    }
  }
  return ok_status();
}

Response create_meeting(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto body = body_as<dto::BmMeetingInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmMeetingInput>(body);
  auto result = with_managed_group<dto::BmMeeting>(ctx, *id, [&](soci::session& s, GroupView& v) -> Result<dto::BmMeeting> {
    repo::MeetingRow m;
    m.group_id = v.group.id;
    if (auto st = apply_meeting(in, v, m); !st) return st.error();
    m.id = repo::insert_meeting(s, m);
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(
        s, audit_entry(ctx, "benchmark.meeting.create", "bm_meeting", m.id, v.group.region_org_id, m.held_on));
    return meeting_dto(*repo::get_meeting(s, m.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_meeting(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMeetingMissing, ctx.lang);
  auto body = body_as<dto::BmMeetingInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmMeetingInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmMeeting> {
    auto m = repo::get_meeting(s, *id);
    if (!m) return kMeetingMissing;
    auto view = load_group(s, ctx.principal, m->group_id);
    if (!view) return kMeetingMissing;
    if (!view->access.manage) return kForbidden;
    if (auto st = apply_meeting(in, *view, *m); !st) return st.error();
    repo::update_meeting(s, *m);
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(
        s, audit_entry(ctx, "benchmark.meeting.update", "bm_meeting", m->id, view->group.region_org_id, m->held_on));
    return meeting_dto(*repo::get_meeting(s, m->id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// ---- methodologies ----------------------------------------------------------------------------

Response list_methodologies(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto result = ctx.db().read([&](soci::session& s) -> Result<dto::BmMethodologyList> {
    if (!load_group(s, ctx.principal, *id)) return kGroupMissing;
    dto::BmMethodologyList out;
    for (const auto& m : repo::list_methodologies(s, *id)) out.items.push_back(methodology_summary(m));
    return out;
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response create_methodology(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto body = body_as<dto::BmMethodologyCreate>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmMethodologyCreate>(body);
  if (in.name)
    if (auto st = check_line("name", *in.name, 200, true); !st) return error_response(st.error(), ctx.lang);
  auto result = with_managed_group<dto::BmMethodology>(
      ctx, *id, [&](soci::session& s, GroupView& v) -> Result<dto::BmMethodology> {
        auto latest = repo::latest_methodology(s, v.group.id);
        std::optional<long long> copy_from;
        if (in.copy_from_latest.value_or(false) && latest) copy_from = latest->id;
        const int version = latest ? latest->version + 1 : 1;
        const std::string name = in.name ? *in.name : v.group.name + " v" + std::to_string(version);
        const long long mid = repo::insert_methodology(s, v.group.id, name, store::now_epoch(), copy_from);
        store::registry_repo::bump_data_version(s, "benchmark");
        store::activity_log::append(s, audit_entry(ctx, "benchmark.methodology.create", "bm_methodology", mid,
                                                 v.group.region_org_id,
                                                 copy_from ? "copy of " + std::to_string(*copy_from) : ""));
        return methodology_dto(*repo::get_methodology(s, mid), repo::load_content(s, mid));
      });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

struct MethodologyView {
  GroupView view;
  repo::MethodologyRow methodology;
};

Result<MethodologyView> load_methodology(soci::session& s, const Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return kMethodologyMissing;
  auto m = repo::get_methodology(s, *id);
  if (!m) return kMethodologyMissing;
  auto view = load_group(s, ctx.principal, m->group_id);
  if (!view) return kMethodologyMissing;
  return MethodologyView{std::move(*view), *m};
}

Response get_methodology(Context& ctx) {
  auto result = ctx.db().read([&](soci::session& s) -> Result<dto::BmMethodology> {
    auto mv = load_methodology(s, ctx);
    if (!mv) return mv.error();
    return methodology_dto(mv->methodology, repo::load_content(s, mv->methodology.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// Czech words for what the formula parser expected (its own texts are English).
std::string expected_cs(const std::string& expected) {
  static const std::vector<std::pair<std::string, std::string>> kTexts = {
      {"a number, an item code or '('", "číslo, kód položky nebo „(“"},
      {"an operator (+ - * /) or the end of the formula", "operátor (+ - * /) nebo konec vzorce"},
      {"an operator (+ - * /) or ')'", "operátor (+ - * /) nebo „)“"},
      {"a number, an item code, an operator or a parenthesis", "číslo, kód položky, operátor nebo závorku"},
      {"a known data item code", "kód známé položky"},
  };
  for (const auto& [en, cs] : kTexts)
    if (en == expected) return cs;
  return expected;
}

Error formula_error(const std::string& field, const bm::FormulaError& e) {
  std::vector<std::pair<std::string, std::string>> params = {{"column", std::to_string(e.position + 1)},
                                                             {"found", e.found.empty() ? "—" : e.found},
                                                             {"expected", e.expected},
                                                             {"expected_cs", expected_cs(e.expected)}};
  switch (e.kind) {
    case bm::FormulaErrorKind::kEmpty: return invalid(field, "bm.formula.empty", params);
    case bm::FormulaErrorKind::kUnknownItem: {
      const auto at = e.message.find("Did you mean '");
      std::string hint;
      if (at != std::string::npos) {
        const auto start = at + 14, end = e.message.find('\'', start);
        hint = " → " + e.message.substr(start, end == std::string::npos ? std::string::npos : end - start) + "?";
      }
      params.emplace_back("hint", hint);
      return invalid(field, "bm.formula.unknown_item", params);
    }
    default: return invalid(field, "bm.formula.syntax", params);
  }
}

// Validates a whole methodology body; every error names its field, e.g. indicators[3].numerator.
Result<repo::MethodologyContent> parse_content(const Context& ctx, const dto::BmMethodologyInput& in,
                                               const repo::GroupRow& group) {
  repo::MethodologyContent c;
  bm::KnownItems known;
  for (std::size_t i = 0; i < in.items.size(); ++i) {
    const auto& x = in.items[i];
    const std::string f = "items[" + std::to_string(i) + "]";
    repo::ItemRow item{x.code, x.name_cs, x.name_en.value_or(""), x.unit.value_or(""), x.required.value_or(true),
                       x.min_value, x.max_value, x.help_cs.value_or("")};
    for (auto st : {check_code(f + ".code", item.code), check_line(f + ".name_cs", item.name_cs, 300, true),
                    check_line(f + ".name_en", item.name_en, 300, false), check_line(f + ".unit", item.unit, 50, false),
                    check_text(f + ".help_cs", item.help_cs, 5000, false)})
      if (!st) return st.error();
    if (!known.insert(item.code).second) return invalid(f + ".code", "bm.duplicate", {{"value", item.code}});
    if (item.min_value && item.max_value && *item.min_value > *item.max_value)
      return invalid(f + ".min_value", "bm.range.invalid",
                     {{"min", bm::format_number(*item.min_value)}, {"max", bm::format_number(*item.max_value)}});
    c.items.push_back(std::move(item));
  }
  std::set<std::string> codes;
  for (std::size_t i = 0; i < in.indicators.size(); ++i) {
    const auto& x = in.indicators[i];
    const std::string f = "indicators[" + std::to_string(i) + "]";
    repo::IndicatorRow ind{0, x.code, x.name_cs, x.name_en.value_or(""), x.numerator, x.denominator.value_or("1"),
                           x.factor.value_or(1.0), x.unit.value_or(""), x.direction, x.rba, x.kinds.value_or(std::vector<std::string>{})};
    for (auto st : {check_code(f + ".code", ind.code), check_line(f + ".name_cs", ind.name_cs, 300, true),
                    check_line(f + ".name_en", ind.name_en, 300, false), check_line(f + ".unit", ind.unit, 50, false),
                    check_text(f + ".numerator", ind.numerator, 2000, false),
                    check_text(f + ".denominator", ind.denominator, 2000, false)})
      if (!st) return st.error();
    if (!codes.insert(ind.code).second) return invalid(f + ".code", "bm.duplicate", {{"value", ind.code}});
    auto parsed = bm::parse_indicator(ind.numerator, ind.denominator, ind.factor, &known);
    if (auto* e = std::get_if<bm::IndicatorFormulaError>(&parsed)) {
      using Part = bm::IndicatorFormulaError::Part;
      if (e->part == Part::kFactor) return invalid(f + ".factor", "bm.formula.factor");
      return formula_error(f + (e->part == Part::kNumerator ? ".numerator" : ".denominator"), e->error);
    }
    if (ind.direction != "higher" && ind.direction != "lower")
      return invalid(f + ".direction", "field.invalid_value", {{"value", ind.direction}});
    if (ind.rba != "how_much" && ind.rba != "how_well" && ind.rba != "better_off")
      return invalid(f + ".rba", "field.invalid_value", {{"value", ind.rba}});
    for (std::size_t k = 0; k < ind.kinds.size(); ++k) {
      const std::string kf = f + ".kinds[" + std::to_string(k) + "]";
      const auto& kind = ind.kinds[k];
      if (!ctx.app.catalogues().has("service_kinds", kind)) return invalid(kf, "field.unknown_code", {{"value", kind}});
      if (!group.kinds.empty() && std::find(group.kinds.begin(), group.kinds.end(), kind) == group.kinds.end())
        return invalid(kf, "bm.kind.not_in_group", {{"value", kind}});
      if (std::find(ind.kinds.begin(), ind.kinds.begin() + static_cast<long>(k), kind) != ind.kinds.begin() + static_cast<long>(k))
        return invalid(kf, "bm.duplicate", {{"value", kind}});
    }
    c.indicators.push_back(std::move(ind));
  }
  codes.clear();
  for (std::size_t i = 0; i < in.rules.size(); ++i) {
    const auto& x = in.rules[i];
    const std::string f = "rules[" + std::to_string(i) + "]";
    repo::RuleRow rule{x.code, x.left, x.op, x.right, x.message_cs, x.message_en.value_or("")};
    for (auto st : {check_code(f + ".code", rule.code), check_text(f + ".left", rule.left, 2000, false),
                    check_text(f + ".right", rule.right, 2000, false),
                    check_text(f + ".message_cs", rule.message_cs, 500, true),
                    check_text(f + ".message_en", rule.message_en, 500, false)})
      if (!st) return st.error();
    if (!codes.insert(rule.code).second) return invalid(f + ".code", "bm.duplicate", {{"value", rule.code}});
    for (const auto& [side, text] : {std::pair<std::string, const std::string*>{".left", &rule.left}, {".right", &rule.right}}) {
      auto parsed = bm::parse_expression(*text, known);
      if (auto* e = std::get_if<bm::FormulaError>(&parsed)) return formula_error(f + side, *e);
    }
    if (!bm::parse_rule_op(rule.op)) return invalid(f + ".op", "field.invalid_value", {{"value", rule.op}});
    c.rules.push_back(std::move(rule));
  }
  return c;
}

Response put_methodology(Context& ctx) {
  auto body = body_as<dto::BmMethodologyInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmMethodologyInput>(body);
  if (in.name)
    if (auto st = check_line("name", *in.name, 200, true); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmMethodology> {
    auto mv = load_methodology(s, ctx);
    if (!mv) return mv.error();
    if (!mv->view.access.manage) return kForbidden;
    if (mv->methodology.status != "draft") return conflict("", "bm.methodology.published");
    auto content = parse_content(ctx, in, mv->view.group);
    if (!content) return content.error();
    const std::string name = in.name.value_or(mv->methodology.name);
    repo::replace_content(s, mv->methodology.id, name, *content);
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(
        s, audit_entry(ctx, "benchmark.methodology.update", "bm_methodology", mv->methodology.id,
                       mv->view.group.region_org_id,
                       std::to_string(content->items.size()) + " items, " + std::to_string(content->indicators.size()) +
                           " indicators, " + std::to_string(content->rules.size()) + " rules"));
    return methodology_dto(*repo::get_methodology(s, mv->methodology.id), repo::load_content(s, mv->methodology.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response publish_methodology(Context& ctx) {
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmMethodology> {
    auto mv = load_methodology(s, ctx);
    if (!mv) return mv.error();
    if (!mv->view.access.manage) return kForbidden;
    if (mv->methodology.status != "draft") return conflict("", "bm.methodology.published");
    if (mv->methodology.item_count == 0) return conflict("items", "bm.methodology.empty");
    repo::publish_methodology(s, mv->methodology.id);
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(s, audit_entry(ctx, "benchmark.methodology.publish", "bm_methodology",
                                             mv->methodology.id, mv->view.group.region_org_id));
    return methodology_dto(*repo::get_methodology(s, mv->methodology.id), repo::load_content(s, mv->methodology.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// ---- rounds -----------------------------------------------------------------------------------

Response list_rounds(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto result = ctx.db().read([&](soci::session& s) -> Result<dto::BmRoundList> {
    if (!load_group(s, ctx.principal, *id)) return kGroupMissing;
    dto::BmRoundList out;
    for (const auto& r : repo::list_rounds(s, *id)) out.items.push_back(round_dto(r));
    return out;
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response create_round(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kGroupMissing, ctx.lang);
  auto body = body_as<dto::BmRoundInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmRoundInput>(body);
  repo::RoundRow r;
  r.name = in.name;
  r.period_year = in.period_year;
  r.kind = in.kind;
  r.deadline = in.deadline.value_or("");
  r.methodology_id = in.methodology_id;
  for (auto st : {check_line("name", r.name, 200, true), check_date("deadline", r.deadline, false)})
    if (!st) return error_response(st.error(), ctx.lang);
  if (r.period_year < 1990 || r.period_year > 2100)
    return error_response(invalid("period_year", "field.out_of_range", {{"min", "1990"}, {"max", "2100"}}), ctx.lang);
  if (r.kind != "pilot" && r.kind != "full")
    return error_response(invalid("kind", "field.invalid_value", {{"value", r.kind}}), ctx.lang);
  auto result = with_managed_group<dto::BmRound>(ctx, *id, [&](soci::session& s, GroupView& v) -> Result<dto::BmRound> {
    auto m = repo::get_methodology(s, r.methodology_id);
    if (!m || m->group_id != v.group.id || m->status != "published")
      return invalid("methodology_id", "bm.methodology.not_published");
    r.group_id = v.group.id;
    r.created_at = store::now_epoch();
    r.id = repo::insert_round(s, r);
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(s, audit_entry(ctx, "benchmark.round.create", "bm_round", r.id, v.group.region_org_id,
                                             r.name + " (" + std::to_string(r.period_year) + ", " + r.kind + ")"));
    return round_dto(*repo::get_round(s, r.id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

struct RoundView {
  GroupView view;
  repo::RoundRow round;
};

Result<RoundView> load_round(soci::session& s, const Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return kRoundMissing;
  auto round = repo::get_round(s, *id);
  if (!round) return kRoundMissing;
  auto view = load_group(s, ctx.principal, round->group_id);
  if (!view) return kRoundMissing;
  return RoundView{std::move(*view), *round};
}

// Progress of every service the caller may see in the round.
std::vector<dto::BmServiceProgress> progress(soci::session& s, const Context& ctx, const RoundView& rv) {
  const auto content = repo::load_content(s, rv.round.methodology_id);
  const auto items = repo::item_specs(content);
  const auto rules = repo::rule_specs(content);
  const auto submissions = repo::round_submissions(s, rv.round.id);
  const auto values = repo::round_values(s, rv.round.id);
  std::vector<dto::BmServiceProgress> out;
  for (const auto& svc : repo::group_services(s, rv.view.group)) {
    if (!can_read_service(ctx.principal, rv.view.access, svc.provider_id)) continue;
    const auto sub = submissions.count(svc.service_id) ? submissions.at(svc.service_id) : repo::SubmissionRow{};
    static const bm::FormValues kNone;
    const auto v = bm::validate_form(items, rules, values.count(svc.service_id) ? values.at(svc.service_id) : kNone);
    out.push_back({svc.service_id, svc.name, svc.kind_code, svc.provider_id, svc.provider_name, submission_status(sub),
                   v.filled, v.required, v.errors(), timestamp_or_null(sub.submitted_at),
                   timestamp_or_null(sub.reminded_at)});
  }
  return out;
}

dto::BmRoundDetail round_detail(soci::session& s, const Context& ctx, const RoundView& rv) {
  dto::BmRoundDetail d;
  d.round = round_dto(rv.round);
  d.group_name = rv.view.group.name;
  d.can_manage = rv.view.access.manage;
  d.services = progress(s, ctx, rv);
  d.services_total = static_cast<int>(d.services.size());
  d.services_submitted = static_cast<int>(
      std::count_if(d.services.begin(), d.services.end(), [](const auto& x) { return x.status == "submitted"; }));
  return d;
}

Response get_round(Context& ctx) {
  auto result = ctx.db().read([&](soci::session& s) -> Result<dto::BmRoundDetail> {
    auto rv = load_round(s, ctx);
    if (!rv) return rv.error();
    return round_detail(s, ctx, *rv);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response lock_round(Context& ctx) {
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmRoundDetail> {
    auto rv = load_round(s, ctx);
    if (!rv) return rv.error();
    if (!rv->view.access.manage) return kForbidden;
    if (rv->round.status == "locked") return conflict("", "bm.round.locked");
    repo::lock_round(s, rv->round.id, store::now_epoch());
    after_data_change(s, rv->round.id);
    store::activity_log::append(
        s, audit_entry(ctx, "benchmark.round.lock", "bm_round", rv->round.id, rv->view.group.region_org_id));
    rv->round = *repo::get_round(s, rv->round.id);
    return round_detail(s, ctx, *rv);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response remind_round(Context& ctx) {
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmReminded> {
    auto rv = load_round(s, ctx);
    if (!rv) return rv.error();
    if (!rv->view.access.manage) return kForbidden;
    if (rv->round.status == "locked") return conflict("", "bm.round.locked");
    const long long now = store::now_epoch();
    dto::BmReminded out;
    std::string detail;
    for (auto& p : progress(s, ctx, *rv)) {
      if (p.status == "submitted") continue;
      repo::set_reminded(s, rv->round.id, p.service_id, now);
      p.reminded_at = format_timestamp(now);
      detail += (detail.empty() ? "" : ", ") + std::to_string(p.service_id);
      out.reminded.push_back(std::move(p));
    }
    store::registry_repo::bump_data_version(s, "benchmark");
    store::activity_log::append(s, audit_entry(ctx, "benchmark.round.remind", "bm_round", rv->round.id,
                                             rv->view.group.region_org_id, "services: " + detail));
    return out;
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// ---- forms ------------------------------------------------------------------------------------

Response get_form(Context& ctx) {
  auto result = ctx.db().read([&](soci::session& s) -> Result<dto::BmForm> {
    auto f = load_form_context(s, ctx);
    if (!f) return f.error();
    return build_form(s, ctx, *f);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// {code: number|null} against the methodology's item codes; errors name values.<code>.
Result<bm::FormValues> parse_values(const json::value& v, const repo::MethodologyContent& c) {
  if (!v.is_object()) return invalid("values", "field.type_object");
  if (v.get_object().size() > 2000) return invalid("values", "field.too_long", {{"max", "2000"}});
  bm::FormValues out;
  for (const auto& kv : v.get_object()) {
    const std::string code(kv.key());
    const std::string field = "values." + code;
    if (std::none_of(c.items.begin(), c.items.end(), [&](const auto& i) { return i.code == code; }))
      return invalid(field, "bm.values.unknown_item", {{"value", code}});
    if (kv.value().is_null()) {
      out[code] = std::nullopt;
      continue;
    }
    if (!kv.value().is_number()) return invalid(field, "field.type_number");
    const double x = kv.value().to_number<double>();
    if (!std::isfinite(x)) return invalid(field, "field.type_number");
    out[code] = x;
  }
  return out;
}

// Saves values into an open form, then recomputes the round's comparison; returns the new form.
Result<dto::BmForm> save_form_values(soci::session& s, const Context& ctx, const FormContext& f,
                                     const bm::FormValues& values, const std::string& action) {
  repo::save_values(s, f.round.id, f.service.service_id, values, ctx.principal.user_id, store::now_epoch());
  after_data_change(s, f.round.id);
  store::activity_log::append(s, audit_entry(ctx, action, "bm_submission",  f.service.service_id, f.service.provider_id,
                                           "round " + std::to_string(f.round.id) + ": " + values_detail(values)));
  return build_form(s, ctx, f);
}

Response put_form(Context& ctx) {
  auto body = body_as<dto::BmValuesInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmValuesInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmForm> {
    auto f = load_form_context(s, ctx);
    if (!f) return f.error();
    if (auto st = check_writable(s, *f); !st) return st.error();
    auto values = parse_values(in.values.value, f->content);
    if (!values) return values.error();
    return save_form_values(s, ctx, *f, *values, "benchmark.values.save");
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response submit_form(Context& ctx) {
  std::optional<std::pair<std::vector<bm::Problem>, repo::MethodologyContent>> refused;
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmForm> {
    auto f = load_form_context(s, ctx);
    if (!f) return f.error();
    if (auto st = check_writable(s, *f); !st) return st.error();
    const auto values = repo::load_values(s, f->round.id, f->service.service_id);
    auto v = bm::validate_form(repo::item_specs(f->content), repo::rule_specs(f->content), values);
    if (!v.submittable()) {
      const std::string count = std::to_string(v.errors());  // before the problems are moved out
      refused.emplace(std::move(v.problems), f->content);
      return invalid("", "bm.submit.problems", {{"count", count}});
    }
    repo::set_submission_status(s, f->round.id, f->service.service_id, "submitted", store::now_epoch(),
                                ctx.principal.user_id);
    after_data_change(s, f->round.id);
    store::activity_log::append(s, audit_entry(ctx, "benchmark.submission.submit", "bm_submission",
                                             f->service.service_id, f->service.provider_id,
                                             "round " + std::to_string(f->round.id)));
    return build_form(s, ctx, *f);
  });
  if (refused)
    return unprocessable(result.error(), ctx.lang, "problems", problems_json(refused->first, refused->second, ctx.lang));
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response upload_form(Context& ctx) {
  ProblemCollector<bm::UploadRowError> row_errors;
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmForm> {
    auto f = load_form_context(s, ctx);
    if (!f) return f.error();
    if (auto st = check_writable(s, *f); !st) return st.error();
    std::vector<std::string> codes;
    for (const auto& i : f->content.items) codes.push_back(i.code);
    bm::UploadedValues uploaded;
    if (importers::looks_like_zip(ctx.req.body)) {
      // Row by row: neither the rows nor more than the first problems are kept in memory.
      bm::ValueRowReader reader(codes);
      const auto error = importers::for_each_row(
          ctx.req.body, [&](importers::XlsxRow&& r) { reader.add(r.number, r.cells); });
      if (!error.empty()) return invalid("", "bm.upload.xlsx_invalid", {{"detail", error}});
      uploaded = reader.finish();
    } else {
      uploaded = bm::read_values_csv(ctx.req.body, codes);
    }
    if (!uploaded.errors.empty()) {
      row_errors = std::move(uploaded.errors);
      return invalid("", "bm.upload.rows", {{"count", std::to_string(row_errors.total())}});
    }
    if (uploaded.values.empty()) return invalid("", "bm.upload.empty");
    return save_form_values(s, ctx, *f, uploaded.values, "benchmark.values.upload");
  });
  if (!row_errors.empty()) {
    json::array rows;
    for (const auto& e : row_errors.items())
      rows.push_back(json::object{{"line", e.line},
                                  {"code", e.code},
                                  {"kind", e.kind},
                                  {"message", translate("bm.upload." + e.kind, ctx.lang,
                                                        {{"line", std::to_string(e.line)}, {"code", e.code}, {"text", e.text}})}});
    return unprocessable(result.error(), ctx.lang, "rows", std::move(rows), row_errors.total());
  }
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response reopen_form(Context& ctx) {
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmForm> {
    auto f = load_form_context(s, ctx);
    if (!f) return f.error();
    if (!f->view.access.manage) return kForbidden;
    if (f->round.status == "locked") return conflict("", "bm.round.locked");
    if (repo::get_submission(s, f->round.id, f->service.service_id).status != "submitted")
      return conflict("", "bm.submission.not_submitted");
    repo::set_submission_status(s, f->round.id, f->service.service_id, "reopened", 0, 0);
    after_data_change(s, f->round.id);
    store::activity_log::append(s, audit_entry(ctx, "benchmark.submission.reopen", "bm_submission",
                                             f->service.service_id, f->service.provider_id,
                                             "round " + std::to_string(f->round.id)));
    return build_form(s, ctx, *f);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response correct_form(Context& ctx) {
  auto body = body_as<dto::BmCorrectionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmCorrectionInput>(body);
  if (auto st = check_text("reason", in.reason, 2000, true); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::BmForm> {
    auto f = load_form_context(s, ctx);
    if (!f) return f.error();
    if (!f->view.access.manage) return kForbidden;
    if (f->round.status != "locked") return conflict("", "bm.round.not_locked");
    if (std::none_of(f->content.items.begin(), f->content.items.end(), [&](const auto& i) { return i.code == in.item_code; }))
      return invalid("item_code", "bm.values.unknown_item", {{"value", in.item_code}});
    const auto values = repo::load_values(s, f->round.id, f->service.service_id);
    repo::CorrectionRow c;
    c.round_id = f->round.id;
    c.service_id = f->service.service_id;
    c.item_code = in.item_code;
    if (auto it = values.find(in.item_code); it != values.end()) c.old_value = it->second;
    c.new_value = in.value;
    c.at = store::now_epoch();
    c.user_id = ctx.principal.user_id;
    c.reason = in.reason;
    c.id = repo::insert_correction(s, c);
    repo::save_values(s, c.round_id, c.service_id, {{c.item_code, c.new_value}}, c.user_id, c.at);
    after_data_change(s, f->round.id);
    store::activity_log::append(
        s, audit_entry(ctx, "benchmark.correction", "bm_submission", c.service_id, f->service.provider_id,
                       "round " + std::to_string(c.round_id) + ": " + c.item_code + " " +
                           (c.old_value ? bm::format_number(*c.old_value) : "null") + " → " +
                           (c.new_value ? bm::format_number(*c.new_value) : "null") + "; " + c.reason));
    return build_form(s, ctx, *f);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

}  // namespace

void register_benchmark_routes(RouteTable& t) {
  const std::string tag = "benchmark";
  t.add<void, dto::BmGroupList>(Verb::get, "/api/benchmark/groups", Permission::benchmark_read, list_groups, tag,
                                "Working groups the caller runs or takes part in")
      .query = paging_docs();
  t.add<dto::BmGroupInput, dto::BmGroup>(Verb::post, "/api/benchmark/groups", Permission::benchmark_manage,
                                         create_group, tag, "Create a working group of a region")
      .success_status = 201;
  t.add<void, dto::BmGroup>(Verb::get, "/api/benchmark/groups/{id}", Permission::benchmark_read, get_group, tag,
                            "One working group with its members");
  t.add<dto::BmGroupInput, dto::BmGroup>(Verb::patch, "/api/benchmark/groups/{id}", Permission::benchmark_manage,
                                         update_group, tag, "Update a working group");
  t.add<dto::BmMembersInput, dto::BmGroup>(Verb::put, "/api/benchmark/groups/{id}/members",
                                           Permission::benchmark_manage, put_members, tag,
                                           "Replace the member providers and their participation");
  t.add<void, dto::BmMeetingList>(Verb::get, "/api/benchmark/groups/{id}/meetings", Permission::benchmark_read,
                                  list_meetings, tag, "Meetings of a working group (region staff and full members)");
  t.add<dto::BmMeetingInput, dto::BmMeeting>(Verb::post, "/api/benchmark/groups/{id}/meetings",
                                             Permission::benchmark_manage, create_meeting, tag, "Record a meeting")
      .success_status = 201;
  t.add<dto::BmMeetingInput, dto::BmMeeting>(Verb::patch, "/api/benchmark/meetings/{id}", Permission::benchmark_manage,
                                             update_meeting, tag, "Update a meeting: place, agenda, minutes, attendance")
      .body_limit = 256 * 1024;
  t.add<void, dto::BmMethodologyList>(Verb::get, "/api/benchmark/groups/{id}/methodologies",
                                      Permission::benchmark_read, list_methodologies, tag,
                                      "Methodology versions of a working group, newest first");
  t.add<dto::BmMethodologyCreate, dto::BmMethodology>(Verb::post, "/api/benchmark/groups/{id}/methodologies",
                                                      Permission::benchmark_manage, create_methodology, tag,
                                                      "New draft methodology version, optionally a copy of the latest")
      .success_status = 201;
  t.add<void, dto::BmMethodology>(Verb::get, "/api/benchmark/methodologies/{id}", Permission::benchmark_read,
                                  get_methodology, tag, "A methodology with its items, indicators and rules");
  t.add<dto::BmMethodologyInput, dto::BmMethodology>(Verb::put, "/api/benchmark/methodologies/{id}",
                                                     Permission::benchmark_manage, put_methodology, tag,
                                                     "Replace the items, indicators and rules of a draft")
      .body_limit = 1024 * 1024;
  t.add<void, dto::BmMethodology>(Verb::post, "/api/benchmark/methodologies/{id}/publish",
                                  Permission::benchmark_manage, publish_methodology, tag,
                                  "Publish a draft methodology (then immutable)");
  t.add<void, dto::BmRoundList>(Verb::get, "/api/benchmark/groups/{id}/rounds", Permission::benchmark_read,
                                list_rounds, tag, "Data rounds of a working group");
  t.add<dto::BmRoundInput, dto::BmRound>(Verb::post, "/api/benchmark/groups/{id}/rounds",
                                         Permission::benchmark_manage, create_round, tag,
                                         "Open a data round with a published methodology")
      .success_status = 201;
  t.add<void, dto::BmRoundDetail>(Verb::get, "/api/benchmark/rounds/{id}", Permission::benchmark_read, get_round, tag,
                                  "A round with the completeness of each service the caller may see");
  t.add<void, dto::BmRoundDetail>(Verb::post, "/api/benchmark/rounds/{id}/lock", Permission::benchmark_manage,
                                  lock_round, tag, "Lock a round: its data no longer change except by corrections");
  t.add<void, dto::BmReminded>(Verb::post, "/api/benchmark/rounds/{id}/remind", Permission::benchmark_manage,
                               remind_round, tag, "Record a reminder for every service that has not submitted");
  t.add<void, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/reopen",
                           Permission::benchmark_manage, reopen_form, tag, "Reopen a submitted form");
  t.add<void, dto::BmForm>(Verb::get, "/api/benchmark/rounds/{id}/services/{service_id}/form",
                           Permission::benchmark_read, get_form, tag,
                           "A service's form: items, values, validation and indicator preview");
  t.add<dto::BmValuesInput, dto::BmForm>(Verb::put, "/api/benchmark/rounds/{id}/services/{service_id}/form",
                                         Permission::benchmark_submit, put_form, tag,
                                         "Save values ({values: {code: number|null}}); validation comes back at once");
  t.add<void, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/submit",
                           Permission::benchmark_submit, submit_form, tag,
                           "Submit a form; 422 with the problems while required items miss or rules fail");
  t.add<void, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/upload",
                           Permission::benchmark_submit, upload_form, tag,
                           "Upload values as CSV text (item_code,value or code;value with a decimal comma) or an "
                           ".xlsx file (first sheet, columns A and B); all or nothing, 422 with each bad row")
      .body_limit = kUploadLimit;
  t.add<dto::BmCorrectionInput, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/corrections",
                                             Permission::benchmark_manage, correct_form, tag,
                                             "Correct a value after lock, with a reason (who and when are recorded)")
      .success_status = 201;
}

bool reads_benchmark_group(soci::session& s, const accounts::Principal& p, long long group_id) {
  return load_group(s, p, group_id).has_value();
}

}  // namespace kvalis::http
