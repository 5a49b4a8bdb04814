// Network module — need coverage (issue 12 items 3 and 4, NETWORK_SPEC [coverage]): collection rounds, the
// services' forms, the upload from Excel or CSV with its template, the coverage map with gaps and overlaps
// and their export. Handlers parse, call one use case of network/app/coverage.hpp and map the result.
#include <map>

#include "network/app/coverage.hpp"
#include "network/export/coverage_export.hpp"
#include "network/http/coverage_dto.hpp"
#include "network/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace capp = network::app;
namespace covrepo = network::store::coverage_repo;

constexpr const char* kAttribution = "© ČÚZK (RÚIAN), ČSÚ (SLDB 2021), via ArcČR (CC BY 4.0)";
constexpr std::size_t kUploadLimit = 4 * 1024 * 1024;

const QueryParam kRegion =
    QueryParam::text("region", "Region code (default: the caller's region); \"all\" for the whole country", 10);
const QueryParam kRound = QueryParam::integer("round", "A round of the region (default: the latest locked)", 1, kMaxId);
const QueryParam kKind = QueryParam::text("kind", "Only services of this kind (service_kinds code)", 10);
const QueryParam kTargetGroup = QueryParam::text("target_group", "Only services for this target group", 10);
const QueryParam kNeed = QueryParam::integer("need", "Only this need area (id)", 1, kMaxId);
const QueryParam kOverlap =
    QueryParam::integer("overlap", "Overlap: at least this many services meet the need directly (default 3)", 1, 1000);

bool english(const Context& ctx) { return ctx.lang == Lang::en; }

std::string kind_name(const Context& ctx, const std::string& code) {
  return ctx.app.catalogues().name("service_kinds", code, english(ctx));
}

Error round_missing() { return not_found("network.round.not_found"); }
Error submission_missing() { return not_found("network.submission.not_found"); }

dto::NwCovRound round_dto(const Context& ctx, const capp::CoverageRoundView& v) {
  const auto& r = v.round;
  dto::NwCovRound out;
  out.id = r.id;
  out.title = r.title;
  out.period_from = r.period_from;
  out.period_to = r.period_to;
  for (const auto& k : r.kinds) out.kinds.push_back({k, kind_name(ctx, k)});
  out.deadline = r.deadline;
  out.status = std::string(network::to_string(r.status));
  out.submitted = v.submitted;
  out.total = v.total;
  out.overdue = v.overdue;
  out.region_code = v.region.region_code;
  out.region_name = v.region.name;
  out.opened_at = format_timestamp(r.opened_at);
  out.locked_at = format_timestamp(r.locked_at);
  out.can_manage = v.can_manage;
  return out;
}

dto::NwCovSubmission submission_dto(const Context& ctx, const covrepo::SubmissionRow& s) {
  return {s.id,
          s.round_id,
          s.service_id,
          s.service_name,
          s.provider_name,
          s.kind_code,
          kind_name(ctx, s.kind_code),
          s.submitted ? "submitted" : "open",
          format_timestamp(s.submitted_at),
          s.source,
          s.reminders,
          s.answered,
          s.needs};
}

dto::NwCovForm form_dto(const Context& ctx, const capp::CoverageForm& f) {
  dto::NwCovForm out;
  out.submission = submission_dto(ctx, f.submission);
  out.round_title = f.round.title;
  out.round_status = std::string(network::to_string(f.round.status));
  out.deadline = f.round.deadline;
  out.card_version_id = f.submission.card_version_id;
  out.can_edit = f.can_edit;
  for (const auto& n : f.needs) {
    dto::NwCovFormNeed d;
    d.need_area_id = n.need.need_area_id;
    d.need_code = n.need.code;
    d.need_name = english(ctx) && !n.need.name_en.empty() ? n.need.name_en : n.need.name_cs;
    d.activities = n.need.activities;
    if (n.answer) {
      const auto& a = *n.answer;
      d.mode = std::string(network::to_string(a.mode));
      if (a.mediated_service_id) d.mediated_service_id = a.mediated_service_id;
      d.mediated_service_name = a.mediated_service_name;
      d.mediated_text = a.mediated_text;
      d.clients = a.clients;
      d.contacts = a.contacts;
      d.note = a.note;
    }
    out.needs.push_back(std::move(d));
  }
  return out;
}

// A 422 with a list beside the error.
Response unprocessable(const Error& error, Lang lang, json::array list, std::size_t total) {
  Response r = error_response(error, lang);
  json::value v = json::parse(r.body);
  v.as_object()["problems_total"] = total;
  v.as_object()["problems"] = std::move(list);
  // Cells of an uploaded file are quoted in the messages: never answer with invalid UTF-8.
  r.body = to_valid_utf8(json::serialize(v));
  r.status = 422;
  return r;
}

Response answer_problems(const Context& ctx, const Error& error, const std::vector<network::AnswerProblem>& problems) {
  json::array list;
  for (const auto& p : problems)
    list.push_back(json::object{{"need_area_id", p.need_area_id},
                                {"field", p.field},
                                {"key", p.key},
                                {"message", translate(p.key, ctx.lang, {{"field", p.field}, {"value", ""}})}});
  return unprocessable(error, ctx.lang, std::move(list), problems.size());
}

Result<capp::CoverageRoundInput> round_input(const dto::NwCovRoundInput& in) {
  for (auto st : {check_line("title", in.title, 200, true), check_date("period_from", in.period_from, true),
                  check_date("period_to", in.period_to, true), check_date("deadline", in.deadline, true)})
    if (!st) return st.error();
  if (in.kinds.size() > 40) return invalid("kinds", "field.too_long", {{"max", "40"}});
  for (const auto& k : in.kinds)
    if (auto st = check_line("kinds", k, 10, true); !st) return st.error();
  return capp::CoverageRoundInput{in.title, in.period_from, in.period_to, in.deadline, in.kinds};
}

Result<std::vector<network::FormAnswer>> answers_input(const dto::NwCovFormInput& in) {
  if (in.answers.size() > 100) return invalid("answers", "field.too_long", {{"max", "100"}});
  std::vector<network::FormAnswer> out;
  for (std::size_t i = 0; i < in.answers.size(); ++i) {
    const auto& a = in.answers[i];
    const std::string at = "answers[" + std::to_string(i) + "].";
    network::FormAnswer x;
    x.need_area_id = a.need_area_id;
    if (a.mode && !a.mode->empty()) {
      auto m = network::parse_mode(*a.mode);
      if (!m) return invalid(at + "mode", "field.invalid_value", {{"value", *a.mode}});
      x.mode = *m;
    }
    x.mediated_service_id = a.mediated_service_id.value_or(0);
    x.mediated_text = a.mediated_text.value_or("");
    x.clients = a.clients;
    x.contacts = a.contacts;
    x.note = a.note.value_or("");
    if (auto st = check_line(at + "mediated_text", x.mediated_text, 300, false); !st) return st.error();
    if (auto st = check_text(at + "note", x.note, 1000, false); !st) return st.error();
    out.push_back(std::move(x));
  }
  return out;
}

template <class F>
Response with_round(Context& ctx, F&& f) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(round_missing(), ctx.lang);
  return f(*id);
}

// ---- rounds ----

Response list_rounds(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, capp::list_coverage_rounds(ctx.db(), caller_of(ctx), *region),
                   [&](const std::vector<capp::CoverageRoundView>& rows) {
                     dto::NwCovRoundList out;
                     for (const auto& r : rows) out.items.push_back(round_dto(ctx, r));
                     return out;
                   });
}

Response create_round(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto body = body_as<dto::NwCovRoundInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto in = round_input(std::get<0>(body));
  if (!in) return error_response(in.error(), ctx.lang);
  return answer_as(
      ctx, capp::create_coverage_round(ctx.db(), caller_of(ctx), *region, *in),
      [&](const capp::CoverageRoundView& v) { return round_dto(ctx, v); }, 201);
}

Response get_round(Context& ctx) {
  return with_round(ctx, [&](long long id) {
    return answer_as(ctx, capp::get_coverage_round(ctx.db(), caller_of(ctx), id),
                     [&](const capp::CoverageRoundView& v) { return round_dto(ctx, v); });
  });
}

Response update_round(Context& ctx) {
  return with_id_body<dto::NwCovRoundInput>(ctx, round_missing(), [&](long long id, const dto::NwCovRoundInput& b) {
    auto in = round_input(b);
    if (!in) return error_response(in.error(), ctx.lang);
    return answer_as(ctx, capp::update_coverage_round(ctx.db(), caller_of(ctx), id, *in),
                     [&](const capp::CoverageRoundView& v) { return round_dto(ctx, v); });
  });
}

Response open_round(Context& ctx) {
  return with_round(ctx, [&](long long id) {
    auto r = capp::open_coverage_round(ctx.db(), caller_of(ctx), id);
    if (!r && r.error().message_key == "network.round.kinds_without_card") {
      // The kinds by their names, not their codes.
      Error e = r.error();
      std::string names;
      for (const auto& code : split_codes(e.params.empty() ? "" : e.params.front().second))
        names += (names.empty() ? "" : ", ") + kind_name(ctx, code);
      e.params = {{"value", names}};
      return error_response(e, ctx.lang);
    }
    return answer_as(ctx, r,
                     [&](const capp::CoverageRoundView& v) { return round_dto(ctx, v); });
  });
}

Response lock_round(Context& ctx) {
  return with_round(ctx, [&](long long id) {
    return answer_as(ctx, capp::lock_coverage_round(ctx.db(), caller_of(ctx), id),
                     [&](const capp::CoverageRoundView& v) { return round_dto(ctx, v); });
  });
}

Response remind_round(Context& ctx) {
  return with_round(ctx, [&](long long id) {
    return answer_as(ctx, capp::remind_coverage_round(ctx.db(), caller_of(ctx), id),
                     [&](const std::vector<capp::Reminder>& rows) {
                       dto::NwCovReminderList out;
                       for (const auto& r : rows)
                         out.items.push_back({r.submission.id, r.submission.service_id, r.submission.service_name,
                                              r.submission.provider_name, kind_name(ctx, r.submission.kind_code),
                                              r.submission.reminders, r.contacts});
                       return out;
                     });
  });
}

Response list_submissions(Context& ctx) {
  return with_round(ctx, [&](long long id) {
    return answer_as(ctx, capp::list_coverage_submissions(ctx.db(), caller_of(ctx), id),
                     [&](const std::vector<covrepo::SubmissionRow>& rows) {
                       dto::NwCovSubmissionList out;
                       for (const auto& r : rows) out.items.push_back(submission_dto(ctx, r));
                       return out;
                     });
  });
}

// ---- forms ----

Response get_form(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(submission_missing(), ctx.lang);
  return answer_as(ctx, capp::get_coverage_form(ctx.db(), caller_of(ctx), *id),
                   [&](const capp::CoverageForm& f) { return form_dto(ctx, f); });
}

Response save_form(Context& ctx) {
  return with_id_body<dto::NwCovFormInput>(ctx, submission_missing(), [&](long long id, const dto::NwCovFormInput& b) {
    auto in = answers_input(b);
    if (!in) return error_response(in.error(), ctx.lang);
    std::vector<network::AnswerProblem> problems;
    auto r = capp::save_coverage_form(ctx.db(), caller_of(ctx), id, *in, problems);
    if (!r && !problems.empty()) return answer_problems(ctx, r.error(), problems);
    return answer_as(ctx, r, [&](const capp::CoverageForm& f) { return form_dto(ctx, f); });
  });
}

Response submit_form(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(submission_missing(), ctx.lang);
  std::vector<network::AnswerProblem> problems;
  auto r = capp::submit_coverage_form(ctx.db(), caller_of(ctx), *id, problems);
  if (!r && !problems.empty()) return answer_problems(ctx, r.error(), problems);
  return answer_as(ctx, r, [&](const capp::CoverageForm& f) { return form_dto(ctx, f); });
}

// ---- upload ----

Response upload(Context& ctx) {
  return with_round(ctx, [&](long long id) {
    ProblemCollector<network::UploadProblem> problems;
    auto r = capp::upload_coverage(ctx.db(), caller_of(ctx), id, ctx.req.body, problems);
    if (!r && !problems.empty()) {
      json::array list;
      for (const auto& p : problems.items())
        list.push_back(json::object{
            {"line", p.line},
            {"field", p.field},
            {"key", p.key},
            {"value", p.value},
            {"message", translate(p.key, ctx.lang,
                                  {{"line", std::to_string(p.line)}, {"field", p.field}, {"value", p.value}})}});
      return unprocessable(r.error(), ctx.lang, std::move(list), problems.total());
    }
    return answer_as(ctx, r, [](const capp::UploadSummary& s) { return dto::NwCovUploadResult{s.forms, s.answers}; });
  });
}

Response template_xlsx(Context& ctx) {
  return with_round(ctx, [&](long long id) {
    auto lines = capp::coverage_template(ctx.db(), caller_of(ctx), id);
    if (!lines) return error_response(lines.error(), ctx.lang);
    return file_response(kvalis::exports::to_xlsx(network::exports::template_sheets(*lines, english(ctx))),
                         kvalis::exports::kXlsxContentType, "pokryti-sablona-" + std::to_string(id) + ".xlsx");
  });
}

// ---- the map ----

Result<capp::CoverageQuery> map_query(const Context& ctx) {
  capp::CoverageQuery q;
  auto region = kRegion.read_text(ctx.req);
  if (!region) return region.error();
  q.region_code = *region;
  auto round = kRound.read_integer(ctx.req);
  if (!round) return round.error();
  q.round_id = round->value_or(0);
  auto kind = kKind.read_text(ctx.req);
  if (!kind) return kind.error();
  q.kind_code = *kind;
  auto tg = kTargetGroup.read_text(ctx.req);
  if (!tg) return tg.error();
  q.target_group = *tg;
  auto need = kNeed.read_integer(ctx.req);
  if (!need) return need.error();
  q.need_area_id = need->value_or(0);
  auto overlap = kOverlap.read_integer(ctx.req);
  if (!overlap) return overlap.error();
  q.overlap_threshold = static_cast<int>(overlap->value_or(network::kDefaultOverlapThreshold));
  return q;
}

Result<std::shared_ptr<const capp::CoverageMapView>> load_map(Context& ctx) {
  auto q = map_query(ctx);
  if (!q) return q.error();
  return capp::coverage_map(ctx.db(), caller_of(ctx), *q, ctx.app.catalogues(), &capp::process_map_cache());
}

dto::NwCovMapRound map_round(const covrepo::RoundRow& r) {
  return {r.id, r.title, r.period_from, r.period_to, std::string(network::to_string(r.status))};
}

dto::NwCovMap map_dto(const Context& ctx, const capp::CoverageMapView& v) {
  dto::NwCovMap out;
  if (v.round) out.round = map_round(*v.round);
  for (const auto& r : v.rounds) out.rounds.push_back(map_round(r));
  std::map<long long, std::string> need_name;
  for (const auto& n : v.needs) {
    need_name[n.id] = english(ctx) && !n.name_en.empty() ? n.name_en : n.name_cs;
    out.needs.push_back({n.id, n.code, need_name[n.id]});
  }
  std::map<std::string, std::string> territory_name;
  for (const auto& t : v.territories) {
    territory_name[t.code] = t.name;
    out.territories.push_back({t.code, t.name, t.population});
  }
  out.cells.reserve(v.map.cells.size());
  for (const auto& c : v.map.cells)
    out.cells.push_back({c.territory, c.need_area_id, c.direct, c.mediated, c.referred, c.none, c.services});
  for (const auto& g : v.map.gaps)
    out.gaps.push_back({g.cell.territory, territory_name[g.cell.territory], g.cell.need_area_id,
                        need_name[g.cell.need_area_id], std::string(network::to_string(g.kind)), g.cell.mediated,
                        g.cell.referred, g.cell.none, g.cell.services});
  for (const auto& c : v.map.overlaps)
    out.overlaps.push_back(
        {c.territory, territory_name[c.territory], c.need_area_id, need_name[c.need_area_id], c.direct, c.services});
  out.attribution = kAttribution;
  return out;
}

Response get_map(Context& ctx) {
  auto map = load_map(ctx);
  if (!map) return error_response(map.error(), ctx.lang);
  return dto_response(map_dto(ctx, **map));
}

std::string region_label(const capp::CoverageMapView& v, const Context& ctx) {
  if (v.rounds.size() == 1 && v.round) return "";
  return english(ctx) ? "Czech Republic" : "Česká republika";
}

Response gaps_file(Context& ctx, bool xlsx) {
  auto map = load_map(ctx);
  if (!map) return error_response(map.error(), ctx.lang);
  if (xlsx)
    return file_response(
        kvalis::exports::to_xlsx(network::exports::gaps_sheets(**map, region_label(**map, ctx), english(ctx))),
        kvalis::exports::kXlsxContentType, "mezery-pokryti.xlsx");
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  return file_response(kvalis::exports::to_csv(network::exports::gaps_csv_sheet(**map, english(ctx)), *delimiter),
                       kvalis::exports::kCsvContentType, "mezery-pokryti.csv");
}

Response gaps_xlsx(Context& ctx) { return gaps_file(ctx, true); }
Response gaps_csv(Context& ctx) { return gaps_file(ctx, false); }

}  // namespace

void register_network_coverage_routes(RouteTable& t) {
  const std::string tag = "network";
  const Permission read = Permission::network_read, respond = Permission::network_respond,
                   manage = Permission::network_manage;
  const std::string base = "/api/network/coverage";
  t.add<void, dto::NwCovRoundList>(Verb::get, base + "/rounds", read, list_rounds, tag,
                                   "Coverage collection rounds of the region (drafts for region staff only), with "
                                   "the completeness of the forms the caller sees")
      .query = {kRegion.doc()};
  auto& create = t.add<dto::NwCovRoundInput, dto::NwCovRound>(
      Verb::post, base + "/rounds", manage, create_round, tag,
      "Create a coverage round (draft): period, kinds of service, deadline");
  create.success_status = 201;
  create.query = {kRegion.doc()};
  t.add<void, dto::NwCovRound>(Verb::get, base + "/rounds/{id}", read, get_round, tag, "A coverage round");
  t.add<dto::NwCovRoundInput, dto::NwCovRound>(Verb::put, base + "/rounds/{id}", manage, update_round, tag,
                                               "Change a draft coverage round");
  t.add<void, dto::NwCovRound>(Verb::post, base + "/rounds/{id}/open", manage, open_round, tag,
                               "Open a round: one form per active service of its kinds, answered against the "
                               "kind's published card; 409 naming the kinds without a published card");
  t.add<void, dto::NwCovReminderList>(Verb::post, base + "/rounds/{id}/remind", manage, remind_round, tag,
                                      "Record a reminder for every form not submitted; the services and their "
                                      "contacts");
  t.add<void, dto::NwCovRound>(Verb::post, base + "/rounds/{id}/lock", manage, lock_round, tag,
                               "Lock a round: its answers no longer change and feed the coverage map");
  t.add<void, dto::NwCovSubmissionList>(Verb::get, base + "/rounds/{id}/submissions", read, list_submissions, tag,
                                        "Forms of a round (region: all; provider: its own services)");
  t.add<void, dto::NwCovUploadResult>(Verb::post, base + "/rounds/{id}/upload", respond, upload, tag,
                                      "Upload answers as .xlsx (first sheet) or CSV with columns service_id or "
                                      "registry_id, need_code, mode, mediated_service, clients, contacts, note; all "
                                      "or nothing, 422 with every bad row by line and column")
      .body_limit = kUploadLimit;
  file_route(t.add<void, void>(Verb::get, base + "/rounds/{id}/template.xlsx", read, template_xlsx, tag,
                               "The upload template prefilled with the caller's open forms and their cards' needs"));
  t.add<void, dto::NwCovForm>(Verb::get, base + "/submissions/{id}", read, get_form, tag,
                              "A service's coverage form: the card's needs, each with its answer");
  t.add<dto::NwCovFormInput, dto::NwCovForm>(Verb::put, base + "/submissions/{id}", respond, save_form, tag,
                                             "Save answers (partly while open); 422 with problems by need and field");
  t.add<void, dto::NwCovForm>(Verb::post, base + "/submissions/{id}/submit", respond, submit_form, tag,
                              "Submit a form: every need answered, a mediated need names the service or describes "
                              "it; 422 with the problems");
  t.add<void, dto::NwCovMap>(Verb::get, base + "/map", read, get_map, tag,
                             "Coverage map: per ORP territory × need how many services meet the need directly, by "
                             "mediation, by referral or not at all; gaps and overlaps (counts of services only)")
      .query = {kRegion.doc(), kRound.doc(), kKind.doc(), kTargetGroup.doc(), kNeed.doc(), kOverlap.doc()};
  file_route(t.add<void, void>(Verb::get, base + "/gaps.xlsx", read, gaps_xlsx, tag,
                               "Gaps and overlaps of the coverage map as an Excel workbook"),
             {kRegion.doc(), kRound.doc(), kKind.doc(), kTargetGroup.doc(), kNeed.doc(), kOverlap.doc()});
  file_route(t.add<void, void>(Verb::get, base + "/gaps.csv", read, gaps_csv, tag,
                               "Gaps and overlaps of the coverage map as CSV"),
             {kRegion.doc(), kRound.doc(), kKind.doc(), kTargetGroup.doc(), kNeed.doc(), kOverlap.doc(),
              csv_delimiter_doc()});
}

}  // namespace kvalis::http
