#include "network/app/coverage.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "platform/core/csv.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/import/xlsx_reader.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {
namespace {

using accounts::OrganisationType;
using accounts::Role;

Error round_missing() { return not_found("network.round.not_found"); }
Error submission_missing() { return not_found("network.submission.not_found"); }

// What the caller may do in a region.
struct Scope {
  RegionRef region;
  bool manage = false;        // region staff: admin/manager of the region, platform administrator
  bool reads_all = false;     // every member of the region, platform administrator
  bool related = false;       // may read the region's aggregates
  std::set<long long> fills;  // provider organisations whose services' forms the caller fills
  std::set<long long> reads;  // organisations whose services' forms the caller reads
};

Scope scope_in(soci::session& s, const accounts::Principal& p, const RegionRef& region) {
  Scope sc;
  sc.region = region;
  sc.manage = p.platform_admin || accounts::member_of(p, region.org_id, {Role::admin, Role::manager});
  sc.reads_all = p.platform_admin || accounts::member_of(p, region.org_id);
  sc.related = sc.reads_all;
  for (const auto& m : p.memberships) {
    const std::string code = m.region_code.empty() ? common::organisation_region(s, m.organisation_id) : m.region_code;
    if (code == region.region_code) sc.related = true;
    // An evaluator of a provider reads published cards only, never its coverage forms.
    if (m.organisation_type != OrganisationType::provider || m.role == Role::evaluator) continue;
    sc.reads.insert(m.organisation_id);
    if (m.role == Role::admin || m.role == Role::manager || m.role == Role::worker) sc.fills.insert(m.organisation_id);
  }
  return sc;
}

// The region a caller acts in: the one asked for, else the caller's region membership, else the region of the
// caller's organisations, else (platform administrator) the only region.
Result<Scope> scope_of(soci::session& s, const accounts::Principal& p, const std::string& region_code) {
  std::optional<RegionRef> region;
  if (!region_code.empty()) {
    region = common::region_by_code(s, region_code);
    if (!region) return invalid("region", "network.region.unknown", {{"value", region_code}});
  } else {
    for (const auto& m : p.memberships)
      if (!region && m.organisation_type == OrganisationType::region)
        region = common::region_by_id(s, m.organisation_id);
    for (const auto& m : p.memberships) {
      if (region) break;
      const std::string code =
          m.region_code.empty() ? common::organisation_region(s, m.organisation_id) : m.region_code;
      if (!code.empty()) region = common::region_by_code(s, code);
    }
    if (!region && p.platform_admin) {
      const auto all = common::regions(s);
      if (all.size() == 1) region = all.front();
    }
    if (!region) return forbidden("network.region.required");
  }
  auto sc = scope_in(s, p, *region);
  if (!sc.related) return not_found("network.not_found");
  return sc;
}

Result<std::pair<covrepo::RoundRow, Scope>> visible_round(soci::session& s, const accounts::Principal& p,
                                                          long long round_id) {
  auto round = covrepo::get_round(s, round_id);
  if (!round) return round_missing();
  auto region = common::region_by_id(s, round->region_org_id);
  if (!region) return round_missing();
  auto sc = scope_in(s, p, *region);
  if (!sc.related) return round_missing();
  if (round->status == RoundStatus::draft && !sc.manage && !sc.reads_all) return round_missing();
  return std::pair{*round, sc};
}

bool sees(const Scope& sc, const covrepo::SubmissionRow& sub) {
  return sc.reads_all || sc.reads.count(sub.provider_id) > 0;
}

std::vector<covrepo::SubmissionRow> visible_submissions(soci::session& s, const Scope& sc, long long round_id) {
  std::vector<covrepo::SubmissionRow> out;
  for (auto& sub : covrepo::list_submissions(s, round_id))
    if (sees(sc, sub)) out.push_back(std::move(sub));
  return out;
}

CoverageRoundView view_of(soci::session& s, const covrepo::RoundRow& r, const Scope& sc, long long now) {
  CoverageRoundView v{r, sc.region, 0, 0, 0, sc.manage};
  const std::string today = format_date(now);
  for (const auto& sub : visible_submissions(s, sc, r.id)) {
    ++v.total;
    if (sub.submitted)
      ++v.submitted;
    else if (r.status == RoundStatus::open && !r.deadline.empty() && today > r.deadline)
      ++v.overdue;
  }
  return v;
}

Status check_round_input(const CoverageRoundInput& in) {
  if (trim(in.title).empty()) return invalid("title", "field.required");
  if (in.title.size() > 200) return invalid("title", "field.too_long", {{"max", "200"}});
  if (!is_valid_date(in.period_from)) return invalid("period_from", "field.invalid_date");
  if (!is_valid_date(in.period_to)) return invalid("period_to", "field.invalid_date");
  if (in.period_to < in.period_from) return invalid("period_to", "network.round.period");
  if (!is_valid_date(in.deadline)) return invalid("deadline", "field.invalid_date");
  if (in.kinds.empty()) return invalid("kinds", "network.round.kinds_required");
  return ok_status();
}

Status check_kinds(soci::session& s, const std::vector<std::string>& kinds) {
  for (const auto& k : kinds) {
    int n = 0;
    s << "SELECT COUNT(*) FROM catalogue_items WHERE catalogue = 'service_kinds' AND code = :c", soci::use(k),
        soci::into(n);
    if (n == 0) return invalid("kinds", "network.kind.unknown", {{"value", k}});
  }
  return ok_status();
}

Result<std::pair<covrepo::RoundRow, Scope>> managed_round(soci::session& s, const accounts::Principal& p,
                                                          long long round_id, RoundAction action) {
  covrepo::hold_round(s, round_id);  // a form write in flight finishes first
  auto rv = visible_round(s, p, round_id);
  if (!rv) return rv.error();
  if (!rv->second.manage) return forbidden("network.region.required");
  if (auto key = round_action_refusal(rv->first.status, action); !key.empty()) return conflict("", key);
  return rv;
}

void changed(soci::session& s, const accounts::Caller& caller, const std::string& action, const std::string& entity,
             long long id, long long org_id, const std::string& detail = {}) {
  kvalis::store::data_versions::bump(s, "network");
  kvalis::store::activity_log::append(s, caller.activity(action, entity, id, org_id, detail));
}

// A form the caller reads (and whether it may fill it), with its round.
struct FormAccess {
  covrepo::SubmissionRow submission;
  covrepo::RoundRow round;
  Scope scope;
  bool can_edit = false;
};

Result<FormAccess> form_access(soci::session& s, const accounts::Principal& p, long long submission_id) {
  auto sub = covrepo::get_submission(s, submission_id);
  if (!sub) return submission_missing();
  auto rv = visible_round(s, p, sub->round_id);
  if (!rv) return submission_missing();
  if (!sees(rv->second, *sub)) return submission_missing();
  const bool fills = rv->second.manage || rv->second.fills.count(sub->provider_id) > 0;
  const bool editable = rv->first.status == RoundStatus::open && !sub->submitted;
  return FormAccess{*sub, rv->first, rv->second, fills && editable};
}

Result<FormAccess> editable_form(soci::session& s, const accounts::Principal& p, long long submission_id) {
  // The round's status cannot change under this write.
  if (auto sub = covrepo::get_submission(s, submission_id)) covrepo::hold_round(s, sub->round_id);
  auto fa = form_access(s, p, submission_id);
  if (!fa) return fa.error();
  if (!fa->scope.manage && !fa->scope.fills.count(fa->submission.provider_id)) return forbidden();
  if (auto key = round_action_refusal(fa->round.status, RoundAction::answer); !key.empty()) return conflict("", key);
  if (fa->submission.submitted) return conflict("", "network.submission.submitted");
  return fa;
}

CoverageForm form_of(soci::session& s, const FormAccess& fa) {
  CoverageForm f{fa.submission, fa.round, {}, fa.can_edit};
  std::map<long long, covrepo::AnswerRow> by_need;
  for (auto& a : covrepo::answers(s, fa.submission.id)) by_need[a.need_area_id] = std::move(a);
  for (auto& n : covrepo::card_needs(s, fa.submission.card_version_id)) {
    FormNeed fn{std::move(n), std::nullopt};
    if (auto it = by_need.find(fn.need.need_area_id); it != by_need.end()) fn.answer = it->second;
    f.needs.push_back(std::move(fn));
  }
  return f;
}

std::vector<long long> need_ids(const std::vector<covrepo::CardNeedRow>& needs) {
  std::vector<long long> out;
  for (const auto& n : needs) out.push_back(n.need_area_id);
  return out;
}

}  // namespace

std::string region_code_of(soci::session& s, long long region_org_id) {
  auto r = common::region_by_id(s, region_org_id);
  return r ? r->region_code : std::string();
}

// ---- rounds ----

Result<std::vector<CoverageRoundView>> list_coverage_rounds(soci::session& s, const accounts::Caller& caller,
                                                            const std::string& region_code) {
  auto sc = scope_of(s, caller.principal, region_code);
  // A caller in no region (an audit body) has no rounds to see.
  if (!sc && region_code.empty() && sc.error().code == ErrorCode::forbidden) return std::vector<CoverageRoundView>{};
  if (!sc) return sc.error();
  const long long now = kvalis::store::now_epoch();
  std::vector<CoverageRoundView> out;
  for (const auto& r : covrepo::list_rounds(s, sc->region.org_id)) {
    if (r.status == RoundStatus::draft && !sc->reads_all) continue;
    out.push_back(view_of(s, r, *sc, now));
  }
  return out;
}

Result<std::vector<CoverageRoundView>> list_coverage_rounds(kvalis::store::Database& db, const accounts::Caller& caller,
                                                            const std::string& region_code) {
  return db.read([&](soci::session& s) { return list_coverage_rounds(s, caller, region_code); });
}

Result<CoverageRoundView> create_coverage_round(soci::session& s, const accounts::Caller& caller,
                                                const std::string& region_code, const CoverageRoundInput& in,
                                                long long now) {
  if (auto st = check_round_input(in); !st) return st.error();
  if (auto st = check_kinds(s, in.kinds); !st) return st.error();
  auto sc = scope_of(s, caller.principal, region_code);
  if (!sc) return sc.error();
  if (!sc->manage) return forbidden("network.region.required");
  covrepo::RoundRow r;
  r.region_org_id = sc->region.org_id;
  r.title = trim(in.title);
  r.period_from = in.period_from;
  r.period_to = in.period_to;
  r.kinds = in.kinds;
  r.deadline = in.deadline;
  r.created_by = caller.principal.user_id;
  r.created_at = r.updated_at = now;
  r.id = covrepo::insert_round(s, r);
  changed(s, caller, "network.coverage.round.create", "nw_coverage_round", r.id, r.region_org_id, r.title);
  return view_of(s, *covrepo::get_round(s, r.id), *sc, now);
}

Result<CoverageRoundView> create_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const std::string& region_code, const CoverageRoundInput& in) {
  return db.write(
      [&](soci::session& s) { return create_coverage_round(s, caller, region_code, in, kvalis::store::now_epoch()); });
}

Result<CoverageRoundView> get_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long round_id) {
  return db.read([&](soci::session& s) -> Result<CoverageRoundView> {
    auto rv = visible_round(s, caller.principal, round_id);
    if (!rv) return rv.error();
    return view_of(s, rv->first, rv->second, kvalis::store::now_epoch());
  });
}

Result<CoverageRoundView> update_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                                long long round_id, const CoverageRoundInput& in) {
  return db.write([&](soci::session& s) -> Result<CoverageRoundView> {
    if (auto st = check_round_input(in); !st) return st.error();
    if (auto st = check_kinds(s, in.kinds); !st) return st.error();
    auto rv = managed_round(s, caller.principal, round_id, RoundAction::edit);
    if (!rv) return rv.error();
    const long long now = kvalis::store::now_epoch();
    auto r = rv->first;
    r.title = trim(in.title);
    r.period_from = in.period_from;
    r.period_to = in.period_to;
    r.kinds = in.kinds;
    r.deadline = in.deadline;
    r.updated_at = now;
    covrepo::update_round(s, r);
    changed(s, caller, "network.coverage.round.update", "nw_coverage_round", r.id, r.region_org_id, r.title);
    return view_of(s, *covrepo::get_round(s, r.id), rv->second, now);
  });
}

Result<CoverageRoundView> open_coverage_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                              long long now) {
  auto rv = managed_round(s, caller.principal, round_id, RoundAction::open);
  if (!rv) return rv.error();
  const auto& r = rv->first;
  const auto published = covrepo::published_versions(s, r.region_org_id);
  std::vector<std::string> missing;
  for (const auto& k : r.kinds)
    if (!published.count(k)) missing.push_back(k);
  if (!missing.empty()) {
    std::string list;
    for (const auto& k : missing) list += (list.empty() ? "" : ";") + k;
    Error e = conflict("kinds", "network.round.kinds_without_card");
    e.params = {{"value", list}};  // kind codes, ';'-separated
    return e;
  }
  // A round without kinds has no services (an empty kind list would mean every kind to active_services).
  const auto services = r.kinds.empty() ? std::vector<common::ServiceRow>{}
                                        : common::active_services(s, rv->second.region.region_code, r.kinds);
  if (services.empty()) return conflict("kinds", "network.round.no_services");
  for (const auto& svc : services) covrepo::insert_submission(s, r.id, svc.id, published.at(svc.kind_code), now);
  covrepo::set_round_status(s, r.id, RoundStatus::open, now);
  changed(s, caller, "network.coverage.round.open", "nw_coverage_round", r.id, r.region_org_id,
          std::to_string(services.size()) + " forms");
  return view_of(s, *covrepo::get_round(s, r.id), rv->second, now);
}

Result<CoverageRoundView> open_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                              long long round_id) {
  return db.write(
      [&](soci::session& s) { return open_coverage_round(s, caller, round_id, kvalis::store::now_epoch()); });
}

Result<CoverageRoundView> lock_coverage_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                              long long now) {
  auto rv = managed_round(s, caller.principal, round_id, RoundAction::lock);
  if (!rv) return rv.error();
  covrepo::set_round_status(s, rv->first.id, RoundStatus::locked, now);
  changed(s, caller, "network.coverage.round.lock", "nw_coverage_round", rv->first.id, rv->first.region_org_id);
  return view_of(s, *covrepo::get_round(s, rv->first.id), rv->second, now);
}

Result<CoverageRoundView> lock_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                              long long round_id) {
  return db.write(
      [&](soci::session& s) { return lock_coverage_round(s, caller, round_id, kvalis::store::now_epoch()); });
}

Result<std::vector<Reminder>> remind_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                                    long long round_id) {
  return db.write([&](soci::session& s) -> Result<std::vector<Reminder>> {
    auto rv = managed_round(s, caller.principal, round_id, RoundAction::remind);
    if (!rv) return rv.error();
    const long long now = kvalis::store::now_epoch();
    std::vector<Reminder> out;
    std::string detail;
    for (auto& sub : covrepo::list_submissions(s, round_id)) {
      if (sub.submitted) continue;
      covrepo::set_reminded(s, sub.id, now);
      ++sub.reminders;
      sub.last_reminded_at = now;
      detail += (detail.empty() ? "" : ", ") + std::to_string(sub.service_id);
      auto contacts = covrepo::service_contacts(s, sub.service_id);
      out.push_back({std::move(sub), std::move(contacts)});
    }
    changed(s, caller, "network.coverage.round.remind", "nw_coverage_round", round_id, rv->first.region_org_id,
            "services: " + detail);
    return out;
  });
}

// ---- forms ----

Result<std::vector<covrepo::SubmissionRow>> list_coverage_submissions(soci::session& s, const accounts::Caller& caller,
                                                                      long long round_id) {
  auto rv = visible_round(s, caller.principal, round_id);
  if (!rv) return rv.error();
  return visible_submissions(s, rv->second, round_id);
}

Result<std::vector<covrepo::SubmissionRow>> list_coverage_submissions(kvalis::store::Database& db,
                                                                      const accounts::Caller& caller,
                                                                      long long round_id) {
  return db.read([&](soci::session& s) { return list_coverage_submissions(s, caller, round_id); });
}

Result<CoverageForm> get_coverage_form(soci::session& s, const accounts::Caller& caller, long long submission_id) {
  auto fa = form_access(s, caller.principal, submission_id);
  if (!fa) return fa.error();
  return form_of(s, *fa);
}

Result<CoverageForm> get_coverage_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                       long long submission_id) {
  return db.read([&](soci::session& s) { return get_coverage_form(s, caller, submission_id); });
}

namespace {

// Checks the answers and resolves the mediated services; problems name need and field.
std::optional<std::vector<covrepo::AnswerRow>> answer_rows(soci::session& s, const std::vector<long long>& card,
                                                           const std::vector<FormAnswer>& answers, bool submitting,
                                                           std::vector<AnswerProblem>& problems) {
  problems = check_answers(card, answers, submitting);
  std::vector<covrepo::AnswerRow> rows;
  for (const auto& a : answers) {
    if (a.mediated_service_id != 0 && !common::service_by_id(s, a.mediated_service_id))
      problems.push_back({a.need_area_id, "mediated", "network.answer.mediated_unknown"});
    if (!a.mode) continue;  // not answered yet (a partial save)
    rows.push_back({a.need_area_id, *a.mode, a.mediated_service_id, "", trim(a.mediated_text), a.clients, a.contacts,
                    trim(a.note)});
  }
  if (!problems.empty()) return std::nullopt;
  return rows;
}

Error problems_error(const std::vector<AnswerProblem>& problems) {
  return invalid(problems.empty() ? "" : problems.front().field, "network.submission.problems",
                 {{"count", std::to_string(problems.size())}});
}

}  // namespace

Result<CoverageForm> save_coverage_form(soci::session& s, const accounts::Caller& caller, long long submission_id,
                                        const std::vector<FormAnswer>& answers, std::vector<AnswerProblem>& problems,
                                        long long now) {
  auto fa = editable_form(s, caller.principal, submission_id);
  if (!fa) return fa.error();
  const auto card = need_ids(covrepo::card_needs(s, fa->submission.card_version_id));
  auto rows = answer_rows(s, card, answers, false, problems);
  if (!rows) return problems_error(problems);
  covrepo::save_answers(s, submission_id, *rows);
  covrepo::touch_submission(s, submission_id, "form", now);
  changed(s, caller, "network.coverage.form.save", "nw_coverage_submission", submission_id, fa->submission.provider_id,
          std::to_string(rows->size()) + " answers");
  fa->submission = *covrepo::get_submission(s, submission_id);
  return form_of(s, *fa);
}

Result<CoverageForm> save_coverage_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                        long long submission_id, const std::vector<FormAnswer>& answers,
                                        std::vector<AnswerProblem>& problems) {
  return db.write([&](soci::session& s) {
    return save_coverage_form(s, caller, submission_id, answers, problems, kvalis::store::now_epoch());
  });
}

Result<CoverageForm> submit_coverage_form(soci::session& s, const accounts::Caller& caller, long long submission_id,
                                          std::vector<AnswerProblem>& problems, long long now) {
  auto fa = editable_form(s, caller.principal, submission_id);
  if (!fa) return fa.error();
  const auto card = need_ids(covrepo::card_needs(s, fa->submission.card_version_id));
  std::vector<FormAnswer> given;
  for (const auto& a : covrepo::answers(s, submission_id))
    given.push_back({a.need_area_id, a.mode, a.mediated_service_id, a.mediated_text, a.clients, a.contacts, a.note});
  problems = check_answers(card, given, true);
  if (!problems.empty()) return problems_error(problems);
  covrepo::set_submitted(s, submission_id, caller.principal.user_id, now);
  changed(s, caller, "network.coverage.form.submit", "nw_coverage_submission", submission_id,
          fa->submission.provider_id);
  fa->submission = *covrepo::get_submission(s, submission_id);
  fa->can_edit = false;
  return form_of(s, *fa);
}

Result<CoverageForm> submit_coverage_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                          long long submission_id, std::vector<AnswerProblem>& problems) {
  return db.write([&](soci::session& s) {
    return submit_coverage_form(s, caller, submission_id, problems, kvalis::store::now_epoch());
  });
}

// ---- upload and template ----

namespace {

std::vector<SheetRow> sheet_rows(std::string_view file, std::string& error) {
  std::vector<SheetRow> rows;
  if (importers::looks_like_zip(file)) {
    error = importers::for_each_row(file, [&](importers::XlsxRow&& r) {
      rows.push_back({r.number, std::move(r.cells)});
    });
    return rows;
  }
  if (!is_valid_utf8(file)) {
    error = "UTF-8";
    return rows;
  }
  std::string_view text = file;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto first_line = text.substr(0, text.find('\n'));
  const char delimiter =
      std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',')
          ? ';'
          : ',';
  csv::ViewStream in(text);
  csv::Reader reader(in, delimiter);
  while (auto rec = reader.next()) rows.push_back({rec->line, std::move(rec->fields)});
  if (!reader.error().empty()) error = reader.error() + " (" + std::to_string(reader.error_line()) + ")";
  return rows;
}

}  // namespace

Result<UploadSummary> upload_coverage(kvalis::store::Database& db, const accounts::Caller& caller, long long round_id,
                                      std::string_view file, ProblemCollector<UploadProblem>& problems) {
  return db.write([&](soci::session& s) -> Result<UploadSummary> {
    covrepo::hold_round(s, round_id);  // the round's status cannot change under this write
    auto rv = visible_round(s, caller.principal, round_id);
    if (!rv) return rv.error();
    const auto& sc = rv->second;
    if (!sc.manage && sc.fills.empty()) return forbidden();
    if (auto key = round_action_refusal(rv->first.status, RoundAction::answer); !key.empty()) return conflict("", key);
    std::string error;
    const auto rows = sheet_rows(file, error);
    if (!error.empty()) return invalid("file", "network.upload.file_invalid", {{"detail", error}});
    auto parsed = parse_upload(rows);
    problems = std::move(parsed.problems);

    // The round's forms the caller fills, by service id and registry id, with their cards' needs by code.
    std::map<long long, covrepo::SubmissionRow> forms;
    std::map<std::string, long long> by_registry;
    for (auto& sub : covrepo::list_submissions(s, round_id)) {
      if (!sc.manage && !sc.fills.count(sub.provider_id)) continue;
      if (!sub.registry_id.empty()) by_registry[sub.registry_id] = sub.service_id;
      forms.emplace(sub.service_id, std::move(sub));
    }
    std::map<long long, std::map<std::string, long long>> needs_of_version;
    std::map<long long, std::vector<covrepo::AnswerRow>> to_save;  // by submission id
    std::set<std::pair<long long, long long>> seen;
    for (const auto& line : parsed.lines) {
      auto bad = [&](const char* field, const char* key, const std::string& value) {
        problems.add({line.line, field, key, shorten(value, 60)});
      };
      long long service_id = line.service_id;
      const char* service_field = "service_id";
      if (service_id == 0) {
        service_field = "registry_id";
        if (auto it = by_registry.find(line.registry_id); it != by_registry.end()) service_id = it->second;
      }
      auto form = forms.find(service_id);
      if (form == forms.end()) {
        bad(service_field, "network.upload.service_unknown",
            line.service_id ? std::to_string(line.service_id) : line.registry_id);
        continue;
      }
      const auto& sub = form->second;
      if (sub.submitted) {
        bad(service_field, "network.upload.service_submitted", sub.service_name);
        continue;
      }
      auto& needs = needs_of_version[sub.card_version_id];
      if (needs.empty())
        for (const auto& n : covrepo::card_needs(s, sub.card_version_id)) needs[search_key(n.code)] = n.need_area_id;
      auto need = needs.find(search_key(line.need_code));
      if (need == needs.end()) {
        bad("need_code", "network.upload.need_unknown", line.need_code);
        continue;
      }
      if (!seen.insert({sub.id, need->second}).second) {
        bad("need_code", "network.upload.duplicate", line.need_code);
        continue;
      }
      covrepo::AnswerRow a{need->second, line.mode, 0, "", "", line.clients, line.contacts, line.note};
      if (line.mode == CoverageMode::mediated && !line.mediated_service.empty()) {
        // A service id or registry id names a service of the registry; other text describes it.
        const bool digits = std::all_of(line.mediated_service.begin(), line.mediated_service.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
        std::optional<common::ServiceRow> m;
        if (digits && line.mediated_service.size() < 12)
          m = common::service_by_id(s, std::stoll(line.mediated_service));
        if (!m) m = common::service_by_registry_id(s, line.mediated_service);
        if (m)
          a.mediated_service_id = m->id;
        else if (digits)
          bad("mediated_service", "network.upload.mediated_unknown", line.mediated_service);
        else
          a.mediated_text = line.mediated_service;
      }
      to_save[sub.id].push_back(std::move(a));
    }
    if (!problems.empty())
      return invalid(problems.items().front().field, "network.upload.rows",
                     {{"count", std::to_string(problems.total())}});
    if (to_save.empty()) return invalid("file", "network.upload.empty");
    const long long now = kvalis::store::now_epoch();
    UploadSummary out;
    for (const auto& [submission_id, rows] : to_save) {
      covrepo::save_answers(s, submission_id, rows);
      covrepo::touch_submission(s, submission_id, "upload", now);
      ++out.forms;
      out.answers += static_cast<int>(rows.size());
    }
    changed(s, caller, "network.coverage.upload", "nw_coverage_round", round_id, rv->first.region_org_id,
            std::to_string(out.forms) + " forms, " + std::to_string(out.answers) + " answers");
    return out;
  });
}

Result<std::vector<TemplateLine>> coverage_template(kvalis::store::Database& db, const accounts::Caller& caller,
                                                    long long round_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<TemplateLine>> {
    auto rv = visible_round(s, caller.principal, round_id);
    if (!rv) return rv.error();
    const auto& sc = rv->second;
    std::vector<TemplateLine> out;
    std::map<long long, std::vector<covrepo::CardNeedRow>> needs_of_version;
    for (const auto& sub : covrepo::list_submissions(s, round_id)) {
      if (sub.submitted || (!sc.manage && !sc.fills.count(sub.provider_id))) continue;
      auto& needs = needs_of_version[sub.card_version_id];
      if (needs.empty()) needs = covrepo::card_needs(s, sub.card_version_id);
      std::map<long long, covrepo::AnswerRow> given;
      for (auto& a : covrepo::answers(s, sub.id)) given[a.need_area_id] = std::move(a);
      for (const auto& n : needs) {
        TemplateLine t{sub, n, std::nullopt};
        if (auto it = given.find(n.need_area_id); it != given.end()) t.answer = it->second;
        out.push_back(std::move(t));
      }
    }
    return out;
  });
}

// ---- the map ----

std::shared_ptr<const CoverageMapView> MapCache::get(const std::string& key, const covrepo::MapVersions& versions) {
  std::lock_guard lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->key != key) continue;
    if (!(it->versions == versions)) return nullptr;
    entries_.splice(entries_.begin(), entries_, it);
    return entries_.front().map;
  }
  return nullptr;
}

void MapCache::put(const std::string& key, const covrepo::MapVersions& versions,
                   std::shared_ptr<const CoverageMapView> map) {
  std::lock_guard lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end(); ++it)
    if (it->key == key) {
      entries_.erase(it);
      break;
    }
  if (capacity_ == 0) return;
  entries_.push_front(Entry{key, versions, std::move(map)});
  while (entries_.size() > capacity_) entries_.pop_back();
}

long long MapCache::computations() const {
  std::lock_guard lock(mutex_);
  return computations_;
}

void MapCache::count_computation() {
  std::lock_guard lock(mutex_);
  ++computations_;
}

std::shared_ptr<const covrepo::MapScan> MapCache::get_scan(const std::string& key,
                                                           const covrepo::MapVersions& versions) {
  std::lock_guard lock(mutex_);
  for (auto it = scans_.begin(); it != scans_.end(); ++it) {
    if (it->key != key) continue;
    if (!(it->versions == versions)) return nullptr;
    scans_.splice(scans_.begin(), scans_, it);
    return scans_.front().scan;
  }
  return nullptr;
}

void MapCache::put_scan(const std::string& key, const covrepo::MapVersions& versions,
                        std::shared_ptr<const covrepo::MapScan> scan) {
  std::lock_guard lock(mutex_);
  ++scan_count_;
  for (auto it = scans_.begin(); it != scans_.end(); ++it)
    if (it->key == key) {
      scans_.erase(it);
      break;
    }
  if (capacity_ == 0) return;
  scans_.push_front(ScanEntry{key, versions, std::move(scan)});
  while (scans_.size() > 4) scans_.pop_back();
}

long long MapCache::scans() const {
  std::lock_guard lock(mutex_);
  return scan_count_;
}

MapCache& process_map_cache() {
  static MapCache cache(16);
  return cache;
}

namespace {

long long population_of(const catalogue::CatalogueItem& item) {
  const auto v = parse_number(item.attribute("population_2021"));
  return v ? static_cast<long long>(*v) : 0;
}

// The map of the rounds given over the territories of the region (every ORP for the whole country).
CoverageMapView compute_map(soci::session& s, const std::vector<covrepo::RoundRow>& rounds, long long region_org_id,
                            const std::string& region_code, const CoverageQuery& q,
                            const kvalis::store::catalogue_repo::Catalogues& catalogues, MapCache* cache,
                            const covrepo::MapVersions& versions) {
  CoverageMapView v;
  v.rounds = rounds;
  if (region_org_id != 0 && !rounds.empty()) v.round = rounds.front();
  for (const auto& t : catalogues.items("territories")) {
    if (!region_code.empty() && t.parent_code != region_code) continue;
    v.territories.push_back({t.code, t.name_cs, population_of(t)});
  }
  std::sort(v.territories.begin(), v.territories.end(),
            [](const MapTerritory& a, const MapTerritory& b) { return a.name < b.name; });
  // Needs: the region's areas; for the whole country each need code once (the first region's area stands for
  // the areas of that code in every region).
  std::map<long long, long long> canonical;  // need area id → the map's need id
  std::map<std::string, long long> by_code;
  for (const auto& n : covrepo::need_areas(s, region_org_id)) {
    auto [it, fresh] = by_code.emplace(n.code, n.id);
    canonical[n.id] = it->second;
    if (fresh) v.needs.push_back({n.id, n.code, n.name_cs, n.name_en});
  }
  std::vector<long long> round_ids;
  std::string scan_key = region_org_id == 0 ? "all" : "region";
  for (const auto& r : rounds) {
    round_ids.push_back(r.id);
    scan_key += "|" + std::to_string(r.id);
  }
  std::shared_ptr<const covrepo::MapScan> scan = cache ? cache->get_scan(scan_key, versions) : nullptr;
  if (!scan) {
    auto fresh = covrepo::scan_rounds(s, round_ids);
    // The whole country: the answers by the need area standing for their code.
    if (region_org_id == 0)
      for (auto& a : fresh.answers)
        if (auto it = canonical.find(a.need_area_id); it != canonical.end()) a.need_area_id = it->second;
    scan = std::make_shared<const covrepo::MapScan>(std::move(fresh));
    if (cache) cache->put_scan(scan_key, versions, scan);
  }
  std::vector<std::string> territory_codes;
  for (const auto& t : v.territories) territory_codes.push_back(t.code);
  CoverageFilter f;
  if (!q.kind_code.empty()) f.kinds = {q.kind_code};
  f.target_group = q.target_group;
  // Only the needs on the cards of the kinds shown: a need no card of theirs lists is no gap of theirs.
  std::vector<long long> needs;
  for (const auto& n : v.needs) needs.push_back(n.id);
  needs = answered_needs(scan->services, scan->answers, f, needs);
  const std::set<long long> on_cards(needs.begin(), needs.end());
  std::erase_if(v.needs, [&](const MapNeed& n) { return !on_cards.count(n.id); });
  if (q.need_area_id != 0) f.needs = {q.need_area_id};
  v.map = aggregate_coverage(scan->services, scan->answers, f, territory_codes, needs, q.overlap_threshold);
  return v;
}

}  // namespace

Result<std::shared_ptr<const CoverageMapView>> coverage_map(soci::session& s, const accounts::Caller& caller,
                                                            const CoverageQuery& q,
                                                            const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                                            MapCache* cache) {
  if (!q.kind_code.empty() && !catalogues.has("service_kinds", q.kind_code))
    return invalid("kind", "network.kind.unknown", {{"value", q.kind_code}});
  if (!q.target_group.empty() && !catalogues.has("target_groups", q.target_group))
    return invalid("target_group", "field.unknown_code", {{"value", q.target_group}});
  if (q.overlap_threshold < 1 || q.overlap_threshold > 1000)
    return invalid("overlap", "field.out_of_range", {{"min", "1"}, {"max", "1000"}});
  const auto versions = covrepo::versions(s);
  std::vector<covrepo::RoundRow> rounds;
  long long region_org_id = 0;
  std::string region_code;
  if (q.region_code == "all") {
    if (!caller.principal.platform_admin) return forbidden("network.map.all_regions");
    if (q.round_id != 0) return invalid("round", "network.map.all_regions");
    rounds = covrepo::latest_locked_rounds(s);
  } else {
    // The public portal shows any region's map of locked rounds to anyone; else the caller must be related.
    bool reads_all = false;
    if (q.public_only) {
      auto region = common::region_by_code(s, q.region_code);
      if (!region) return invalid("region", "network.region.unknown", {{"value", q.region_code}});
      region_org_id = region->org_id;
      region_code = region->region_code;
    } else {
      auto sc = scope_of(s, caller.principal, q.region_code);
      if (!sc) return sc.error();
      region_org_id = sc->region.org_id;
      region_code = sc->region.region_code;
      reads_all = sc->reads_all;
    }
    if (q.round_id != 0) {
      auto r = covrepo::get_round(s, q.round_id);
      if (!r || r->region_org_id != region_org_id) return round_missing();
      if (r->status != RoundStatus::locked && (q.public_only || !reads_all)) return round_missing();
      rounds.push_back(*r);
    } else if (auto r = covrepo::latest_locked_round(s, region_org_id)) {
      rounds.push_back(*r);
    }
  }
  const std::string key = std::string(q.public_only ? "public|" : "") + q.region_code + "|" + region_code + "|" +
                          std::to_string(q.round_id) + "|" + std::to_string(rounds.empty() ? 0 : rounds.front().id) +
                          "|" + q.kind_code + "|" + q.target_group + "|" + std::to_string(q.need_area_id) + "|" +
                          std::to_string(q.overlap_threshold);
  if (cache)
    if (auto hit = cache->get(key, versions)) return hit;
  auto map = std::make_shared<const CoverageMapView>(
      compute_map(s, rounds, region_org_id, region_code, q, catalogues, cache, versions));
  if (cache) {
    cache->count_computation();
    cache->put(key, versions, map);
  }
  return map;
}

Result<std::shared_ptr<const CoverageMapView>> coverage_map(kvalis::store::Database& db, const accounts::Caller& caller,
                                                            const CoverageQuery& q,
                                                            const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                                            MapCache* cache) {
  return db.read([&](soci::session& s) { return coverage_map(s, caller, q, catalogues, cache); });
}

Result<std::shared_ptr<const CoverageMapView>> coverage_map(kvalis::store::Database& db, const accounts::Caller& caller,
                                                            const CoverageQuery& query) {
  const auto items = db.read([](soci::session& s) { return kvalis::store::catalogue_repo::load_all(s); });
  const kvalis::store::catalogue_repo::Catalogues catalogues(items, format_date(kvalis::store::now_epoch()));
  return coverage_map(db, caller, query, catalogues, nullptr);
}

}  // namespace kvalis::network::app
