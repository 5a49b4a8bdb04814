#include "quality/store/quality_repo.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/memo.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::store::quality_repo {
namespace {

// Every change of an audit's header, status or team, of a finding or of a corrective action moves the data
// version "quality" in the same transaction: the region's lists keep their light rows between requests for
// one version (quality/app/audit_views.hpp, HeadsCache).
void bump_version(soci::session& s) { data_versions::bump(s, "quality"); }

// ---- sets ---------------------------------------------------------------------------------------

constexpr const char* kSetColumns =
    "SELECT ss.id, ss.code, ss.version, ss.name, ss.kind, ss.description, ss.source_act, ss.valid_from, "
    "ss.valid_to, ss.owner_organisation_id, COALESCE(o.name, ''), COALESCE(o.region_code, ''), ss.change_note, "
    "ss.created_at, "
    "(SELECT COUNT(*) FROM standards st WHERE st.set_id = ss.id), "
    "(SELECT COUNT(*) FROM criteria c JOIN standards st ON st.id = c.standard_id WHERE st.set_id = ss.id), "
    "(SELECT COUNT(*) FROM criteria c JOIN standards st ON st.id = c.standard_id WHERE st.set_id = ss.id "
    "AND c.text_cs = ''), "
    "(SELECT MAX(v.version) FROM standard_sets v WHERE v.code = ss.code) "
    "FROM standard_sets ss LEFT JOIN organisations o ON o.id = ss.owner_organisation_id";

SetRow read_set(const soci::row& r) {
  SetRow s;
  s.id = as_ll(r, 0);
  s.code = as_str(r, 1);
  s.version = as_int(r, 2);
  s.name = as_str(r, 3);
  s.kind = as_str(r, 4);
  s.description = as_str(r, 5);
  s.source_act = as_str(r, 6);
  s.valid_from = as_str(r, 7);
  s.valid_to = as_str(r, 8);
  s.owner_org_id = as_opt_ll(r, 9);
  s.owner_name = as_str(r, 10);
  s.owner_region_code = as_str(r, 11);
  s.change_note = as_str(r, 12);
  s.created_at = as_ll(r, 13);
  s.standards = as_int(r, 14);
  s.criteria = as_int(r, 15);
  s.criteria_missing_text = as_int(r, 16);
  s.latest = as_int(r, 17) == s.version;
  return s;
}

// ---- templates ----------------------------------------------------------------------------------

constexpr const char* kTemplateColumns =
    "SELECT t.id, t.owner_org_id, COALESCE(o.name, ''), t.name, t.description, t.set_id, ss.code, ss.version, "
    "ss.name, t.scale_code, t.scale_name, t.scale_levels, t.pass_rule, t.weights, t.archived, "
    "(SELECT COUNT(*) FROM q_audits a WHERE a.template_id = t.id) "
    "FROM q_templates t JOIN standard_sets ss ON ss.id = t.set_id LEFT JOIN organisations o ON o.id = t.owner_org_id";

TemplateRow read_template(const soci::row& r) {
  TemplateRow t;
  t.id = as_ll(r, 0);
  t.owner_org_id = as_opt_ll(r, 1);
  t.owner_name = as_str(r, 2);
  t.name = as_str(r, 3);
  t.description = as_str(r, 4);
  t.set_id = as_ll(r, 5);
  t.set_code = as_str(r, 6);
  t.set_version = as_int(r, 7);
  t.set_name = as_str(r, 8);
  t.scale_code = as_str(r, 9);
  t.scale_name = as_str(r, 10);
  t.scale_levels = as_str(r, 11);
  t.pass_rule = as_str(r, 12);
  t.weights = as_str(r, 13);
  t.archived = as_int(r, 14) != 0;
  t.audits = as_int(r, 15);
  return t;
}

// ---- audits -------------------------------------------------------------------------------------

constexpr const char* kAuditColumns =
    "SELECT a.id, a.type, a.template_id, COALESCE(t.name, ''), a.set_id, ss.code, ss.version, ss.name, "
    "a.scale_code, a.scale_name, a.scale_levels, a.pass_rule, a.weights, a.audited_org_id, ao.name, "
    "ao.region_code, a.service_id, COALESCE(sv.name, ''), COALESCE(sv.kind_code, ''), COALESCE(sv.region_code, ''), "
    "a.conducted_by_org_id, co.name, a.title, a.place, a.starts_on, a.ends_on, a.methods, a.previous_audit_id, "
    "a.status, a.summary, a.verdict, a.total_percent, a.standard_percents, a.closed_at, a.closed_by, a.revision, "
    "a.created_by, a.created_at, a.updated_at, ao.legal_form_code, ao.founder "
    "FROM q_audits a JOIN standard_sets ss ON ss.id = a.set_id "
    "JOIN organisations ao ON ao.id = a.audited_org_id JOIN organisations co ON co.id = a.conducted_by_org_id "
    "LEFT JOIN q_templates t ON t.id = a.template_id LEFT JOIN services sv ON sv.id = a.service_id";

AuditRow read_audit(const soci::row& r) {
  AuditRow a;
  std::size_t i = 0;
  a.id = as_ll(r, i++);
  a.type = as_str(r, i++);
  a.template_id = as_opt_ll(r, i++);
  a.template_name = as_str(r, i++);
  a.set_id = as_ll(r, i++);
  a.set_code = as_str(r, i++);
  a.set_version = as_int(r, i++);
  a.set_name = as_str(r, i++);
  a.scale_code = as_str(r, i++);
  a.scale_name = as_str(r, i++);
  a.scale_levels = as_str(r, i++);
  a.pass_rule = as_str(r, i++);
  a.weights = as_str(r, i++);
  a.audited_org_id = as_ll(r, i++);
  a.audited_org_name = as_str(r, i++);
  a.audited_org_region = as_str(r, i++);
  a.service_id = as_opt_ll(r, i++);
  a.service_name = as_str(r, i++);
  a.kind_code = as_str(r, i++);
  a.service_region = as_str(r, i++);
  a.conducted_by_org_id = as_ll(r, i++);
  a.conducted_by_name = as_str(r, i++);
  a.title = as_str(r, i++);
  a.place = as_str(r, i++);
  a.starts_on = as_str(r, i++);
  a.ends_on = as_str(r, i++);
  a.methods = split_codes(as_str(r, i++));
  a.previous_audit_id = as_opt_ll(r, i++);
  const std::string status = as_str(r, i++);
  const auto parsed_status = quality::parse_audit_status(status);
  if (!parsed_status) throw std::runtime_error("audit " + std::to_string(a.id) + ": unknown status " + status);
  a.status = *parsed_status;
  a.summary = as_str(r, i++);
  a.verdict = as_str(r, i++);
  a.total_percent = as_opt_double(r, i++);
  a.standard_percents = as_str(r, i++);
  a.closed_at = as_ll(r, i++);
  a.closed_by = as_ll(r, i++);
  a.revision = as_int(r, i++);
  a.created_by = as_ll(r, i++);
  a.created_at = as_ll(r, i++);
  a.updated_at = as_ll(r, i++);
  a.audited_org_legal_form = as_str(r, i++);
  a.audited_org_founder = as_str(r, i++);
  return a;
}

std::map<long long, std::vector<TeamRow>> teams_of(soci::session& s, const std::vector<long long>& ids) {
  std::map<long long, std::vector<TeamRow>> out;
  if (ids.empty()) return out;
  Filter f;
  f.add_in(s, "m.audit_id", ids);
  for_each_row(
      s,
      "SELECT m.audit_id, m.user_id, u.display_name, m.role FROM q_audit_team m JOIN users u ON u.id = m.user_id" +
          f.where() + " ORDER BY m.audit_id, CASE WHEN m.role = 'leader' THEN 0 ELSE 1 END, u.display_name",
      f, [&](const soci::row& r) {
        out[as_ll(r, 0)].push_back({as_ll(r, 1), as_str(r, 2), as_str(r, 3)});
      });
  return out;
}

void write_team(soci::session& s, long long audit_id, const std::vector<TeamRow>& team) {
  s << "DELETE FROM q_audit_team WHERE audit_id = :a", soci::use(audit_id);
  for (const auto& m : team)
    s << "INSERT INTO q_audit_team (audit_id, user_id, role) VALUES (:a, :u, :r)", soci::use(audit_id),
        soci::use(m.user_id), soci::use(m.role);
}

// ---- actions ------------------------------------------------------------------------------------

constexpr const char* kActionColumns =
    "SELECT x.id, x.finding_id, f.audit_id, x.text, x.owner, x.due_date, x.status, x.done_date, x.verified_date, "
    "x.verification_evidence, x.rejection_reason, x.bm_group_id, x.bm_indicator_code, x.created_by, x.created_at, "
    "x.updated_at, a.title, a.type, a.audited_org_id, ao.name, a.service_id, COALESCE(sv.name, ''), "
    "COALESCE(st.number, 0), COALESCE(c.letter, ''), f.text, f.severity, a.ends_on "
    "FROM q_actions x JOIN q_findings f ON f.id = x.finding_id JOIN q_audits a ON a.id = f.audit_id "
    "JOIN organisations ao ON ao.id = a.audited_org_id LEFT JOIN services sv ON sv.id = a.service_id "
    "LEFT JOIN criteria c ON c.id = f.criterion_id LEFT JOIN standards st ON st.id = c.standard_id";

ActionRow read_action(const soci::row& r) {
  ActionRow a;
  std::size_t i = 0;
  a.id = as_ll(r, i++);
  a.finding_id = as_ll(r, i++);
  a.audit_id = as_ll(r, i++);
  auto& c = a.action;
  c.id = std::to_string(a.id);
  c.finding_id = std::to_string(a.finding_id);
  c.text = as_str(r, i++);
  c.owner = as_str(r, i++);
  c.due_date = as_str(r, i++);
  c.status = quality::parse_action_status(as_str(r, i++)).value_or(quality::ActionStatus::kOpen);
  c.done_date = as_str(r, i++);
  c.verified_date = as_str(r, i++);
  c.verification_evidence = as_str(r, i++);
  c.rejection_reason = as_str(r, i++);
  a.bm_group_id = as_opt_ll(r, i++);
  a.bm_indicator_code = as_str(r, i++);
  a.created_by = as_ll(r, i++);
  a.created_at = as_ll(r, i++);
  a.updated_at = as_ll(r, i++);
  a.audit_title = as_str(r, i++);
  a.audit_type = as_str(r, i++);
  a.audited_org_id = as_ll(r, i++);
  a.audited_org_name = as_str(r, i++);
  a.service_id = as_opt_ll(r, i++);
  a.service_name = as_str(r, i++);
  const int standard = as_int(r, i++);
  const std::string letter = as_str(r, i++);
  a.criterion_code = standard ? quality::criterion_code(standard, letter) : std::string();
  a.finding_text = as_str(r, i++);
  a.severity = as_str(r, i++);
  a.audit_ends_on = as_str(r, i++);
  return a;
}

constexpr const char* kFindingColumns =
    "SELECT f.id, f.audit_id, f.criterion_id, COALESCE(st.number, 0), COALESCE(c.letter, ''), f.severity, f.text, "
    "f.recommendation, f.created_by, f.created_at FROM q_findings f LEFT JOIN criteria c ON c.id = f.criterion_id "
    "LEFT JOIN standards st ON st.id = c.standard_id";

FindingRow read_finding(const soci::row& r) {
  FindingRow f;
  f.id = as_ll(r, 0);
  f.audit_id = as_ll(r, 1);
  f.criterion_id = as_opt_ll(r, 2);
  const int standard = as_int(r, 3);
  f.criterion_code = standard ? quality::criterion_code(standard, as_str(r, 4)) : std::string();
  f.severity = as_str(r, 5);
  f.text = as_str(r, 6);
  f.recommendation = as_str(r, 7);
  f.created_by = as_ll(r, 8);
  f.created_at = as_ll(r, 9);
  return f;
}

constexpr const char* kEvidenceColumns =
    "SELECT id, audit_id, criterion_id, action_id, file_name, content_type, size_bytes, sha256, uploaded_by, "
    "uploaded_by_name, uploaded_at FROM q_evidence";

EvidenceRow read_evidence(const soci::row& r) {
  return EvidenceRow{as_ll(r, 0), as_ll(r, 1),  as_opt_ll(r, 2), as_opt_ll(r, 3), as_str(r, 4), as_str(r, 5),
                     as_ll(r, 6), as_str(r, 7), as_ll(r, 8),     as_str(r, 9),    as_ll(r, 10)};
}

std::string shortest(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

}  // namespace

// ---- standard sets ----------------------------------------------------------------------------

std::vector<SetRow> list_sets(soci::session& s) {
  std::vector<SetRow> out;
  for_each_row(s, std::string(kSetColumns) + " ORDER BY ss.code, ss.version DESC", Filter{},
               [&](const soci::row& r) { out.push_back(read_set(r)); });
  return out;
}

std::optional<SetRow> get_set(soci::session& s, long long id) {
  std::optional<SetRow> out;
  Filter f;
  f.add("ss.id = ?", {id});
  for_each_row(s, kSetColumns + f.where(), f, [&](const soci::row& r) { out = read_set(r); });
  return out;
}

std::vector<SetRow> versions_of(soci::session& s, const std::string& code) {
  std::vector<SetRow> out;
  Filter f;
  f.add("ss.code = ?", {code});
  for_each_row(s, kSetColumns + f.where() + " ORDER BY ss.version DESC", f,
               [&](const soci::row& r) { out.push_back(read_set(r)); });
  return out;
}

// A set's standards and criteria are written with the set and never changed (a change is a new version, a new
// set), so they are read once per Database (store/memo.hpp).
std::vector<StandardRow> standards_of(soci::session& s, long long set_id) {
  return *remembered<std::vector<StandardRow>>(s, "quality.standards:" + std::to_string(set_id), [&](soci::session& s) {
    std::vector<StandardRow> out;
    Filter f;
    f.add("set_id = ?", {set_id});
    for_each_row(s, "SELECT id, number, name_cs, part, name_verified FROM standards" + f.where() + " ORDER BY number",
                 f, [&](const soci::row& r) {
                   out.push_back({as_ll(r, 0), as_int(r, 1), as_str(r, 2), as_str(r, 3), as_int(r, 4) != 0});
                 });
    return out;
  });
}

std::vector<CriterionRow> criteria_of(soci::session& s, long long set_id) {
  return *remembered<std::vector<CriterionRow>>(s, "quality.criteria:" + std::to_string(set_id), [&](soci::session& s) {
    std::vector<CriterionRow> out;
    Filter f;
    f.add("st.set_id = ?", {set_id});
    for_each_row(s,
                 "SELECT c.id, st.number, c.letter, c.essential, c.text_cs, c.source, c.note, c.valid_from, c.valid_to "
                 "FROM criteria c JOIN standards st ON st.id = c.standard_id" +
                     f.where() + " ORDER BY st.number, c.letter",
                 f, [&](const soci::row& r) {
                   out.push_back({as_ll(r, 0), as_int(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5),
                                  as_str(r, 6), as_str(r, 7), as_str(r, 8)});
                 });
    return out;
  });
}

std::vector<quality::SetCriterion> set_criteria(soci::session& s, long long set_id) {
  std::vector<quality::SetCriterion> out;
  for (const auto& c : criteria_of(s, set_id))
    out.push_back({c.standard, c.letter, c.essential, c.text_cs, c.source, c.note, c.valid_from, c.valid_to});
  return out;
}

std::vector<quality::StandardSetVersion> history_of(soci::session& s, const std::string& code) {
  std::vector<quality::StandardSetVersion> out;
  auto versions = versions_of(s, code);
  std::reverse(versions.begin(), versions.end());
  for (const auto& v : versions) {
    quality::StandardSetVersion h;
    h.set_code = v.code;
    h.version = v.version;
    h.valid_from = v.valid_from;
    h.valid_to = v.valid_to;
    h.criteria = set_criteria(s, v.id);
    out.push_back(std::move(h));
  }
  return out;
}

long long insert_set_version(soci::session& s, const NewSetVersion& v, long long now) {
  int latest = 0;
  long long latest_id = 0;
  std::string latest_from;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MAX(version) FROM standard_sets WHERE code = :c", soci::use(v.code), soci::into(latest, ind);
  if (ind == soci::i_null) latest = 0;
  if (latest > 0) {
    s << "SELECT id, valid_from FROM standard_sets WHERE code = :c AND version = :v", soci::use(v.code),
        soci::use(latest), soci::into(latest_id), soci::into(latest_from);
    const std::string day_before = add_days(v.valid_from, -1);
    if (!v.valid_from.empty() && (latest_from.empty() || latest_from <= day_before))
      s << "UPDATE standard_sets SET valid_to = :t WHERE id = :id", soci::use(day_before), soci::use(latest_id);
  }
  const int version = latest + 1;
  long long id = 0;
  Nullable<long long> owner(v.owner_org_id);
  const std::string empty;
  s << "INSERT INTO standard_sets (code, version, name, source_act, valid_from, valid_to, owner_organisation_id, "
       "builtin_fingerprint, created_at, kind, description, change_note, created_by) VALUES (:c, :v, :n, :src, :vf, "
       "'', :o, '', :t, :k, :d, :cn, :cb) RETURNING id",
      soci::use(v.code), soci::use(version), soci::use(v.name), soci::use(v.source_act), soci::use(v.valid_from),
      soci::use(owner.value, owner.ind), soci::use(now), soci::use(v.kind), soci::use(v.description),
      soci::use(v.change_note), soci::use(v.created_by), soci::into(id);
  std::map<int, long long> standard_ids;
  for (const auto& st : v.standards) {
    long long sid = 0;
    const int verified = st.name_verified ? 1 : 0;
    s << "INSERT INTO standards (set_id, number, name_cs, part, name_verified) VALUES (:s, :n, :name, :p, :v) "
         "RETURNING id",
        soci::use(id), soci::use(st.number), soci::use(st.name_cs), soci::use(st.part), soci::use(verified),
        soci::into(sid);
    standard_ids[st.number] = sid;
  }
  for (const auto& c : v.criteria) {
    auto it = standard_ids.find(c.standard);
    if (it == standard_ids.end())
      throw std::invalid_argument("criterion " + c.code() + " belongs to no standard of the new version");
    s << "INSERT INTO criteria (standard_id, letter, essential, text_cs, source, note, valid_from, valid_to) "
         "VALUES (:s, :l, :e, :t, :src, :n, :vf, :vt)",
        soci::use(it->second), soci::use(c.letter), soci::use(c.essential), soci::use(c.text_cs), soci::use(c.source),
        soci::use(c.note), soci::use(c.valid_from), soci::use(c.valid_to);
  }
  return id;
}

// ---- templates ----------------------------------------------------------------------------------

std::vector<TemplateRow> list_templates(soci::session& s) {
  std::vector<TemplateRow> out;
  for_each_row(s, std::string(kTemplateColumns) + " ORDER BY t.archived, t.name, t.id", Filter{},
               [&](const soci::row& r) { out.push_back(read_template(r)); });
  return out;
}

std::optional<TemplateRow> get_template(soci::session& s, long long id) {
  std::optional<TemplateRow> out;
  Filter f;
  f.add("t.id = ?", {id});
  for_each_row(s, kTemplateColumns + f.where(), f, [&](const soci::row& r) { out = read_template(r); });
  return out;
}

long long insert_template(soci::session& s, const TemplateRow& t, long long now) {
  long long id = 0;
  Nullable<long long> owner(t.owner_org_id);
  const int archived = t.archived ? 1 : 0;
  s << "INSERT INTO q_templates (owner_org_id, name, description, set_id, scale_code, scale_name, scale_levels, "
       "pass_rule, weights, archived, created_at, updated_at) VALUES (:o, :n, :d, :s, :sc, :sn, :sl, :pr, :w, :a, "
       ":c, :u) RETURNING id",
      soci::use(owner.value, owner.ind), soci::use(t.name), soci::use(t.description), soci::use(t.set_id),
      soci::use(t.scale_code), soci::use(t.scale_name), soci::use(t.scale_levels), soci::use(t.pass_rule),
      soci::use(t.weights), soci::use(archived), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_template(soci::session& s, const TemplateRow& t, long long now) {
  const int archived = t.archived ? 1 : 0;
  s << "UPDATE q_templates SET name = :n, description = :d, set_id = :s, scale_code = :sc, scale_name = :sn, "
       "scale_levels = :sl, pass_rule = :pr, weights = :w, archived = :a, updated_at = :u WHERE id = :id",
      soci::use(t.name), soci::use(t.description), soci::use(t.set_id), soci::use(t.scale_code),
      soci::use(t.scale_name), soci::use(t.scale_levels), soci::use(t.pass_rule), soci::use(t.weights),
      soci::use(archived), soci::use(now), soci::use(t.id);
}

std::string format_weights(const std::vector<std::pair<std::string, double>>& weights) {
  std::string out;
  for (const auto& [code, w] : weights) {
    if (w == 1.0) continue;
    if (!out.empty()) out += ";";
    out += code + "=" + shortest(w);
  }
  return out;
}

std::vector<std::pair<std::string, double>> parse_weights(const std::string& text) {
  auto weights = parse_key_numbers(text);
  // Weights are checked when a template is saved; a stored text that does not parse is a broken database.
  if (!weights) throw std::runtime_error("stored weights do not parse at " + weights.error().field);
  return weights.value();
}

// ---- audits -------------------------------------------------------------------------------------

quality::AuditFacts facts_of(const AuditRow& a) {
  quality::AuditFacts f;
  f.audited_org_id = a.audited_org_id;
  f.conducted_by_org_id = a.conducted_by_org_id;
  f.region_code = a.region_code();
  f.self_assessment = a.type == "self_assessment" || a.type == "internal";
  f.closed = a.status == quality::AuditStatus::kClosed;
  for (const auto& m : a.team) {
    f.team.push_back(m.user_id);
    if (m.role == "leader") f.leader = m.user_id;
  }
  return f;
}

long long insert_audit(soci::session& s, AuditRow& a, long long now) {
  bump_version(s);
  Nullable<long long> tmpl(a.template_id), service(a.service_id), previous(a.previous_audit_id);
  const std::string methods = join_codes(a.methods);
  s << "INSERT INTO q_audits (type, template_id, set_id, scale_code, scale_name, scale_levels, pass_rule, weights, "
       "audited_org_id, service_id, place, conducted_by_org_id, title, starts_on, ends_on, methods, previous_audit_id, "
       "status, summary, created_by, created_at, updated_at) VALUES (:ty, :tm, :st, :sc, :sn, :sl, :pr, :w, :ao, :sv, "
       ":pl, :co, :ti, :so, :eo, :me, :pa, 'draft', :su, :cb, :c, :u) RETURNING id",
      soci::use(a.type), soci::use(tmpl.value, tmpl.ind), soci::use(a.set_id), soci::use(a.scale_code),
      soci::use(a.scale_name), soci::use(a.scale_levels), soci::use(a.pass_rule), soci::use(a.weights),
      soci::use(a.audited_org_id), soci::use(service.value, service.ind), soci::use(a.place),
      soci::use(a.conducted_by_org_id), soci::use(a.title), soci::use(a.starts_on), soci::use(a.ends_on),
      soci::use(methods), soci::use(previous.value, previous.ind), soci::use(a.summary), soci::use(a.created_by),
      soci::use(now), soci::use(now), soci::into(a.id);
  write_team(s, a.id, a.team);
  return a.id;
}

void update_audit(soci::session& s, const AuditRow& a, long long now) {
  bump_version(s);
  Nullable<long long> previous(a.previous_audit_id);
  const std::string methods = join_codes(a.methods);
  s << "UPDATE q_audits SET title = :ti, place = :pl, starts_on = :so, ends_on = :eo, methods = :me, "
       "previous_audit_id = :pa, summary = :su, type = :ty, revision = revision + 1, updated_at = :u WHERE id = :id",
      soci::use(a.title), soci::use(a.place), soci::use(a.starts_on), soci::use(a.ends_on), soci::use(methods),
      soci::use(previous.value, previous.ind), soci::use(a.summary), soci::use(a.type), soci::use(now), soci::use(a.id);
  write_team(s, a.id, a.team);
}

std::optional<AuditRow> get_audit(soci::session& s, long long id) {
  std::optional<AuditRow> out;
  Filter f;
  f.add("a.id = ?", {id});
  for_each_row(s, kAuditColumns + f.where(), f, [&](const soci::row& r) { out = read_audit(r); });
  if (out) out->team = teams_of(s, {id})[id];
  return out;
}

std::vector<AuditRow> list_audits(soci::session& s, const AuditFilter& filter) {
  std::vector<AuditRow> out;
  Filter f;
  if (filter.service_id) f.add("a.service_id = ?", {*filter.service_id});
  if (filter.org_id) f.add("a.audited_org_id = ?", {*filter.org_id});
  if (!filter.type.empty()) f.add("a.type = ?", {filter.type});
  if (filter.status) f.add("a.status = ?", {std::string(quality::to_string(*filter.status))});
  if (!filter.verdict.empty()) f.add("a.verdict = ?", {filter.verdict});
  if (filter.ids) f.add_in(s, "a.id", *filter.ids);
  for_each_row(s,
               kAuditColumns + f.where() +
                   " ORDER BY CASE WHEN a.ends_on = '' THEN a.starts_on ELSE a.ends_on END DESC, a.id DESC",
               f, [&](const soci::row& r) { out.push_back(read_audit(r)); });
  if (!filter.text.empty()) {
    // Diacritics-insensitive, as the registry search: "domov" finds "Domov", "pecovatelska" "pečovatelská".
    const std::string key = search_key(filter.text);
    std::erase_if(out, [&](const AuditRow& a) {
      return search_key(a.title + " " + a.service_name + " " + a.audited_org_name).find(key) == std::string::npos;
    });
  }
  std::vector<long long> ids;
  for (const auto& a : out) ids.push_back(a.id);
  auto teams = teams_of(s, ids);
  for (auto& a : out) a.team = teams[a.id];
  return out;
}

std::vector<AuditRow> list_audit_heads(soci::session& s) {
  std::vector<AuditRow> out;
  for_each_row(
      s,
      "SELECT a.id, a.type, a.set_id, ss.code, ss.version, a.audited_org_id, ao.region_code, ao.legal_form_code, "
      "ao.founder, a.service_id, COALESCE(sv.region_code, ''), a.conducted_by_org_id, a.status, a.verdict, "
      "a.starts_on, a.ends_on, a.revision, a.updated_at "
      "FROM q_audits a JOIN standard_sets ss ON ss.id = a.set_id JOIN organisations ao ON ao.id = a.audited_org_id "
      "LEFT JOIN services sv ON sv.id = a.service_id "
      "ORDER BY CASE WHEN a.ends_on = '' THEN a.starts_on ELSE a.ends_on END DESC, a.id DESC",
      Filter{}, [&](const soci::row& r) {
        AuditRow a;
        std::size_t i = 0;
        a.id = as_ll(r, i++);
        a.type = as_str(r, i++);
        a.set_id = as_ll(r, i++);
        a.set_code = as_str(r, i++);
        a.set_version = as_int(r, i++);
        a.audited_org_id = as_ll(r, i++);
        a.audited_org_region = as_str(r, i++);
        a.audited_org_legal_form = as_str(r, i++);
        a.audited_org_founder = as_str(r, i++);
        a.service_id = as_opt_ll(r, i++);
        a.service_region = as_str(r, i++);
        a.conducted_by_org_id = as_ll(r, i++);
        const std::string status = as_str(r, i++);
        const auto parsed = quality::parse_audit_status(status);
        if (!parsed) throw std::runtime_error("audit " + std::to_string(a.id) + ": unknown status " + status);
        a.status = *parsed;
        a.verdict = as_str(r, i++);
        a.starts_on = as_str(r, i++);
        a.ends_on = as_str(r, i++);
        a.revision = as_int(r, i++);
        a.updated_at = as_ll(r, i++);
        out.push_back(std::move(a));
      });
  std::map<long long, std::vector<TeamRow>> teams;
  for_each_row(s, "SELECT audit_id, user_id, role FROM q_audit_team", Filter{}, [&](const soci::row& r) {
    teams[as_ll(r, 0)].push_back({as_ll(r, 1), "", as_str(r, 2)});
  });
  for (auto& a : out)
    if (auto it = teams.find(a.id); it != teams.end()) a.team = std::move(it->second);
  return out;
}

void touch_audit(soci::session& s, long long id, long long now) {
  bump_version(s);
  prepare_once(s, "UPDATE q_audits SET revision = revision + 1, updated_at = :u WHERE id = :id",
               [&](soci::statement& st) {
                 st.exchange(soci::use(now));
                 st.exchange(soci::use(id));
               })
      .execute(true);
}

std::vector<AssessmentRow> assessments_of(soci::session& s, long long audit_id) {
  std::vector<AssessmentRow> out;
  Filter f;
  f.add("audit_id = ?", {audit_id});
  for_each_row(s, "SELECT criterion_id, level_code, note, updated_by, updated_at FROM q_assessments" + f.where(), f,
               [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_ll(r, 3), as_ll(r, 4)});
               });
  return out;
}

std::map<long long, std::vector<AssessmentRow>> assessments_of_audits(soci::session& s,
                                                                      const std::vector<long long>& audit_ids) {
  std::map<long long, std::vector<AssessmentRow>> out;
  if (audit_ids.empty()) return out;
  Filter f;
  f.add_in(s, "audit_id", audit_ids);
  for_each_row(s,
               "SELECT audit_id, criterion_id, level_code, note, updated_by, updated_at FROM q_assessments" + f.where(),
               f, [&](const soci::row& r) {
                 out[as_ll(r, 0)].push_back({as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_ll(r, 4), as_ll(r, 5)});
               });
  return out;
}

void upsert_assessment(soci::session& s, long long audit_id, const AssessmentRow& a) {
  prepare_once(s,
               "INSERT INTO q_assessments (audit_id, criterion_id, level_code, note, updated_by, updated_at) "
               "VALUES (:a, :c, :l, :n, :b, :t) ON CONFLICT (audit_id, criterion_id) DO UPDATE SET "
               "level_code = excluded.level_code, note = excluded.note, updated_by = excluded.updated_by, "
               "updated_at = excluded.updated_at",
               [&](soci::statement& st) {
                 st.exchange(soci::use(audit_id));
                 st.exchange(soci::use(a.criterion_id));
                 st.exchange(soci::use(a.level_code));
                 st.exchange(soci::use(a.note));
                 st.exchange(soci::use(a.updated_by));
                 st.exchange(soci::use(a.updated_at));
               })
      .execute(true);
}

AuditModel model_of(soci::session& s, const AuditRow& a) {
  AuditModel m;
  auto parsed = quality::parse_scale(a.scale_code, a.scale_name, a.scale_name, a.scale_levels);
  if (!parsed.scale) throw std::runtime_error("audit " + std::to_string(a.id) + ": stored scale does not parse");
  m.scale = *parsed.scale;
  if (auto builtin = quality::builtin_scale(a.scale_code)) {
    m.scale.name_cs = builtin->name_cs;
    m.scale.name_en = builtin->name_en;
  }
  auto rule = quality::parse_pass_rule(a.pass_rule, m.scale);
  if (!rule) throw std::runtime_error("audit " + std::to_string(a.id) + ": stored pass rule does not parse");
  m.rule = rule.value();
  m.criteria = criteria_of(s, a.set_id);
  m.standards = standards_of(s, a.set_id);
  std::map<std::string, double, std::less<>> weights;
  for (const auto& [code, w] : parse_weights(a.weights)) weights[code] = w;
  for (const auto& c : m.criteria) {
    quality::Criterion q;
    q.id = std::to_string(c.id);
    q.standard = c.standard;
    q.letter = c.letter;
    q.essential = c.essential == "yes";
    auto it = weights.find(quality::criterion_code(c.standard, c.letter));
    if (it != weights.end()) q.weight = it->second;
    m.scoring.push_back(std::move(q));
  }
  return m;
}

const AuditModel& ModelCache::of(soci::session& s, const AuditRow& a) {
  // What model_of reads: the set version and the audit's snapshot of scale, pass rule and weights.
  std::string key = std::to_string(a.set_id);
  for (const std::string* part : {&a.scale_code, &a.scale_name, &a.scale_levels, &a.pass_rule, &a.weights}) {
    key += '\x1f';
    key += *part;
  }
  auto it = models_.find(key);
  if (it == models_.end()) {
    it = models_.emplace(std::move(key), model_of(s, a)).first;
    ++loads_;
  }
  return it->second;
}

quality::AuditScore score_of(const AuditModel& m, const std::vector<AssessmentRow>& assessments) {
  quality::Assessments levels;
  for (const auto& a : assessments)
    if (!a.level_code.empty()) levels[std::to_string(a.criterion_id)] = a.level_code;
  auto score = quality::score_audit(m.scoring, m.scale, m.rule, levels);
  if (!score) throw std::runtime_error("audit scoring failed: " + score.error().message_key);
  return score.value();
}

std::string format_standard_percents(const quality::AuditScore& score) {
  std::string out;
  for (const auto& st : score.standards) {
    if (!st.score.percent) continue;
    if (!out.empty()) out += ";";
    out += std::to_string(st.standard) + "=" + shortest(*st.score.percent);
  }
  return out;
}

std::vector<std::pair<int, double>> parse_standard_percents(const std::string& text) {
  std::vector<std::pair<int, double>> out;
  for (const auto& [code, value] : parse_weights(text)) {
    try {
      out.emplace_back(std::stoi(code), value);
    } catch (const std::exception&) {}
  }
  return out;
}

quality::AuditScore close_audit(soci::session& s, long long audit_id, long long user_id, long long now) {
  bump_version(s);
  auto audit = get_audit(s, audit_id);
  if (!audit) throw std::invalid_argument("no audit " + std::to_string(audit_id));
  const auto score = score_of(model_of(s, *audit), assessments_of(s, audit_id));
  const std::string verdict(quality::to_string(score.verdict));
  const std::string percents = format_standard_percents(score);
  Nullable<double> total(score.total.percent);
  s << "UPDATE q_audits SET status = 'closed', verdict = :v, total_percent = :t, standard_percents = :p, "
       "closed_at = :c, closed_by = :b, revision = revision + 1, updated_at = :u WHERE id = :id",
      soci::use(verdict), soci::use(total.value, total.ind), soci::use(percents), soci::use(now), soci::use(user_id),
      soci::use(now), soci::use(audit_id);
  return score;
}

void reopen_audit(soci::session& s, long long audit_id, long long now) {
  bump_version(s);
  s << "UPDATE q_audits SET status = 'draft', verdict = '', total_percent = NULL, standard_percents = '', "
       "closed_at = 0, closed_by = 0, revision = revision + 1, updated_at = :u WHERE id = :id",
      soci::use(now), soci::use(audit_id);
}

// ---- evidence ---------------------------------------------------------------------------------

long long insert_evidence(soci::session& s, const EvidenceRow& e, const std::string& data_base64) {
  long long id = 0;
  Nullable<long long> criterion(e.criterion_id), action(e.action_id);
  s << "INSERT INTO q_evidence (audit_id, criterion_id, action_id, file_name, content_type, size_bytes, sha256, "
       "uploaded_by, uploaded_by_name, uploaded_at) VALUES (:a, :c, :x, :f, :ct, :sz, :h, :u, :un, :t) RETURNING id",
      soci::use(e.audit_id), soci::use(criterion.value, criterion.ind), soci::use(action.value, action.ind),
      soci::use(e.file_name), soci::use(e.content_type), soci::use(e.size_bytes), soci::use(e.sha256),
      soci::use(e.uploaded_by), soci::use(e.uploaded_by_name), soci::use(e.uploaded_at), soci::into(id);
  s << "INSERT INTO q_evidence_content (evidence_id, data_base64) VALUES (:i, :d)", soci::use(id),
      soci::use(data_base64);
  return id;
}

std::vector<EvidenceRow> evidence_of_audit(soci::session& s, long long audit_id) {
  std::vector<EvidenceRow> out;
  Filter f;
  f.add("audit_id = ?", {audit_id});
  for_each_row(s, kEvidenceColumns + f.where() + " ORDER BY uploaded_at, id", f,
               [&](const soci::row& r) { out.push_back(read_evidence(r)); });
  return out;
}

std::optional<EvidenceRow> get_evidence(soci::session& s, long long id) {
  std::optional<EvidenceRow> out;
  Filter f;
  f.add("id = ?", {id});
  for_each_row(s, kEvidenceColumns + f.where(), f, [&](const soci::row& r) { out = read_evidence(r); });
  return out;
}

std::string evidence_content(soci::session& s, long long id) {
  std::string data;
  s << "SELECT data_base64 FROM q_evidence_content WHERE evidence_id = :i", soci::use(id), soci::into(data);
  return data;
}

void delete_evidence(soci::session& s, long long id) {
  s << "DELETE FROM q_evidence_content WHERE evidence_id = :i", soci::use(id);
  s << "DELETE FROM q_evidence WHERE id = :i", soci::use(id);
}

// ---- findings and actions -----------------------------------------------------------------------

long long insert_finding(soci::session& s, const FindingRow& f) {
  bump_version(s);
  long long id = 0;
  Nullable<long long> criterion(f.criterion_id);
  s << "INSERT INTO q_findings (audit_id, criterion_id, severity, text, recommendation, created_by, created_at) "
       "VALUES (:a, :c, :s, :t, :r, :b, :at) RETURNING id",
      soci::use(f.audit_id), soci::use(criterion.value, criterion.ind), soci::use(f.severity), soci::use(f.text),
      soci::use(f.recommendation), soci::use(f.created_by), soci::use(f.created_at), soci::into(id);
  return id;
}

void update_finding(soci::session& s, const FindingRow& f) {
  bump_version(s);
  Nullable<long long> criterion(f.criterion_id);
  s << "UPDATE q_findings SET criterion_id = :c, severity = :s, text = :t, recommendation = :r WHERE id = :id",
      soci::use(criterion.value, criterion.ind), soci::use(f.severity), soci::use(f.text), soci::use(f.recommendation),
      soci::use(f.id);
}

void delete_finding(soci::session& s, long long id) {
  bump_version(s);
  s << "DELETE FROM q_evidence_content WHERE evidence_id IN (SELECT e.id FROM q_evidence e JOIN q_actions x ON "
       "x.id = e.action_id WHERE x.finding_id = :f)",
      soci::use(id);
  s << "DELETE FROM q_evidence WHERE action_id IN (SELECT id FROM q_actions WHERE finding_id = :f)", soci::use(id);
  s << "DELETE FROM q_action_events WHERE action_id IN (SELECT id FROM q_actions WHERE finding_id = :f)", soci::use(id);
  s << "DELETE FROM q_actions WHERE finding_id = :f", soci::use(id);
  s << "DELETE FROM q_findings WHERE id = :f", soci::use(id);
}

std::optional<FindingRow> get_finding(soci::session& s, long long id) {
  std::optional<FindingRow> out;
  Filter f;
  f.add("f.id = ?", {id});
  for_each_row(s, kFindingColumns + f.where(), f, [&](const soci::row& r) { out = read_finding(r); });
  return out;
}

std::vector<FindingRow> findings_of(soci::session& s, long long audit_id) {
  std::vector<FindingRow> out;
  Filter f;
  f.add("f.audit_id = ?", {audit_id});
  for_each_row(s, kFindingColumns + f.where() + " ORDER BY COALESCE(st.number, 0), COALESCE(c.letter, ''), f.id", f,
               [&](const soci::row& r) { out.push_back(read_finding(r)); });
  return out;
}

long long insert_action(soci::session& s, ActionRow& a, long long now) {
  bump_version(s);
  Nullable<long long> group(a.bm_group_id);
  const auto& c = a.action;
  const std::string status(quality::to_string(c.status));
  s << "INSERT INTO q_actions (finding_id, text, owner, due_date, status, done_date, verified_date, "
       "verification_evidence, rejection_reason, bm_group_id, bm_indicator_code, created_by, created_at, updated_at) "
       "VALUES (:f, :t, :o, :d, :s, :dd, :vd, :ve, :rr, :g, :ic, :b, :c, :u) RETURNING id",
      soci::use(a.finding_id), soci::use(c.text), soci::use(c.owner), soci::use(c.due_date), soci::use(status),
      soci::use(c.done_date), soci::use(c.verified_date), soci::use(c.verification_evidence),
      soci::use(c.rejection_reason), soci::use(group.value, group.ind), soci::use(a.bm_indicator_code),
      soci::use(a.created_by), soci::use(now), soci::use(now), soci::into(a.id);
  a.action.id = std::to_string(a.id);
  return a.id;
}

void update_action(soci::session& s, const ActionRow& a, long long now) {
  bump_version(s);
  Nullable<long long> group(a.bm_group_id);
  const auto& c = a.action;
  const std::string status(quality::to_string(c.status));
  s << "UPDATE q_actions SET text = :t, owner = :o, due_date = :d, status = :s, done_date = :dd, verified_date = :vd, "
       "verification_evidence = :ve, rejection_reason = :rr, bm_group_id = :g, bm_indicator_code = :ic, "
       "updated_at = :u WHERE id = :id",
      soci::use(c.text), soci::use(c.owner), soci::use(c.due_date), soci::use(status), soci::use(c.done_date),
      soci::use(c.verified_date), soci::use(c.verification_evidence), soci::use(c.rejection_reason),
      soci::use(group.value, group.ind), soci::use(a.bm_indicator_code), soci::use(now), soci::use(a.id);
}

std::optional<ActionRow> get_action(soci::session& s, long long id) {
  std::optional<ActionRow> out;
  Filter f;
  f.add("x.id = ?", {id});
  for_each_row(s, kActionColumns + f.where(), f, [&](const soci::row& r) { out = read_action(r); });
  return out;
}

std::vector<ActionRow> actions_of_audit(soci::session& s, long long audit_id) {
  ActionFilter f;
  f.audit_id = audit_id;
  f.audit_ids = {audit_id};
  return list_actions(s, f);
}

std::vector<ActionRow> list_actions(soci::session& s, const ActionFilter& filter) {
  std::vector<ActionRow> out;
  if (filter.audit_ids.empty()) return out;
  Filter f;
  f.add_in(s, "f.audit_id", filter.audit_ids);
  if (!filter.status.empty()) f.add("x.status = ?", {filter.status});
  if (filter.org_id) f.add("a.audited_org_id = ?", {*filter.org_id});
  if (filter.audit_id) f.add("f.audit_id = ?", {*filter.audit_id});
  if (filter.service_id) f.add("a.service_id = ?", {*filter.service_id});
  if (filter.ids) f.add_in(s, "x.id", *filter.ids);
  for_each_row(s, kActionColumns + f.where() + " ORDER BY x.due_date, x.id", f,
               [&](const soci::row& r) { out.push_back(read_action(r)); });
  return out;
}

std::vector<ActionRow> list_action_heads(soci::session& s) {
  std::vector<ActionRow> out;
  for_each_row(s,
               "SELECT x.id, x.finding_id, f.audit_id, a.audited_org_id, a.service_id, x.due_date, x.status, "
               "x.done_date FROM q_actions x JOIN q_findings f ON f.id = x.finding_id "
               "JOIN q_audits a ON a.id = f.audit_id ORDER BY x.due_date, x.id",
               Filter{}, [&](const soci::row& r) {
                 ActionRow a;
                 a.id = as_ll(r, 0);
                 a.finding_id = as_ll(r, 1);
                 a.audit_id = as_ll(r, 2);
                 a.audited_org_id = as_ll(r, 3);
                 a.service_id = as_opt_ll(r, 4);
                 a.action.id = std::to_string(a.id);
                 a.action.finding_id = std::to_string(a.finding_id);
                 a.action.due_date = as_str(r, 5);
                 a.action.status = quality::parse_action_status(as_str(r, 6)).value_or(quality::ActionStatus::kOpen);
                 a.action.done_date = as_str(r, 7);
                 out.push_back(std::move(a));
               });
  return out;
}

void insert_action_event(soci::session& s, const ActionEventRow& e) {
  s << "INSERT INTO q_action_events (action_id, from_status, to_status, actor_kind, user_id, user_name, on_date, "
       "note, at) VALUES (:a, :f, :t, :k, :u, :un, :d, :n, :at)",
      soci::use(e.action_id), soci::use(e.from_status), soci::use(e.to_status), soci::use(e.actor_kind),
      soci::use(e.user_id), soci::use(e.user_name), soci::use(e.on_date), soci::use(e.note), soci::use(e.at);
}

std::vector<ActionEventRow> action_events(soci::session& s, long long action_id) {
  std::vector<ActionEventRow> out;
  Filter f;
  f.add("action_id = ?", {action_id});
  for_each_row(s,
               "SELECT action_id, from_status, to_status, actor_kind, user_id, user_name, on_date, note, at FROM "
               "q_action_events" +
                   f.where() + " ORDER BY at, id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_ll(r, 4), as_str(r, 5),
                                as_str(r, 6), as_str(r, 7), as_ll(r, 8)});
               });
  return out;
}

std::map<long long, ActionCounts> action_counts(soci::session& s, const std::vector<long long>& audit_ids,
                                                const std::string& today) {
  std::map<long long, ActionCounts> out;
  if (audit_ids.empty()) return out;
  Filter f;
  f.add_in(s, "f.audit_id", audit_ids);
  f.add("x.status IN ('open', 'in_progress')");
  for_each_row(s, "SELECT f.audit_id, x.due_date FROM q_actions x JOIN q_findings f ON f.id = x.finding_id" + f.where(),
               f, [&](const soci::row& r) {
                 auto& c = out[as_ll(r, 0)];
                 ++c.open;
                 const std::string due = as_str(r, 1);
                 if (!due.empty() && due < today) ++c.overdue;
               });
  return out;
}

// ---- what the audit pages read from the registry and the benchmark ---------------------------------

std::vector<std::string> service_forms(soci::session& s, long long service_id) {
  std::string forms;
  soci::indicator ind = soci::i_ok;
  s << "SELECT forms FROM services WHERE id = :id", soci::use(service_id), soci::into(forms, ind);
  if (!s.got_data() || ind == soci::i_null) return {};
  return split_codes(forms);
}

std::optional<ServiceTarget> service_target(soci::session& s, long long service_id) {
  ServiceTarget t;
  soci::indicator region_ind = soci::i_ok;
  s << "SELECT provider_id, name, region_code FROM services WHERE id = :id", soci::use(service_id),
      soci::into(t.provider_id), soci::into(t.name), soci::into(t.region_code, region_ind);
  if (!s.got_data()) return std::nullopt;
  if (region_ind == soci::i_null) t.region_code.clear();
  return t;
}

std::optional<OrganisationFacts> organisation_facts(soci::session& s, long long org_id) {
  OrganisationFacts f;
  soci::indicator region_ind = soci::i_ok;
  s << "SELECT type, region_code FROM organisations WHERE id = :id", soci::use(org_id), soci::into(f.type),
      soci::into(f.region_code, region_ind);
  if (!s.got_data()) return std::nullopt;
  if (region_ind == soci::i_null) f.region_code.clear();
  return f;
}

std::optional<std::string> active_user_name(soci::session& s, long long user_id) {
  std::string name;
  int active = 0;
  s << "SELECT display_name, active FROM users WHERE id = :id", soci::use(user_id), soci::into(name),
      soci::into(active);
  if (!s.got_data() || !active) return std::nullopt;
  return name;
}

std::vector<ServiceChoice> auditable_services(soci::session& s, const std::string& key, int limit) {
  std::vector<ServiceChoice> out;
  Filter f;
  f.add("sv.status = 'active'");
  f.add_contains({"sv.search_text", "o.search_text"}, key);
  for_each_row(s,
               "SELECT sv.id, sv.name, sv.provider_id, o.name, sv.kind_code, sv.forms, sv.region_code FROM "
               "services sv JOIN organisations o ON o.id = sv.provider_id" +
                   f.where() + " ORDER BY sv.name, sv.id " + limit_offset(limit, 0),
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_ll(r, 2), as_str(r, 3), as_str(r, 4),
                                split_codes(as_str(r, 5)), as_str(r, 6)});
               });
  return out;
}

namespace {
constexpr const char* kIndicatorName =
    "SELECT i.name_cs FROM bm_indicators i JOIN bm_methodologies m ON m.id = i.methodology_id "
    "WHERE m.group_id = :g AND i.code = :c ORDER BY m.version DESC LIMIT 1";
// Every value bound: the service's score is a left join, not a subquery with the id in its text.
constexpr const char* kIndicatorSeries =
    "SELECT r.id, r.name, r.period_year, i.name_cs, i.unit, i.direction, sc.value "
    "FROM bm_rounds r JOIN bm_indicators i ON i.methodology_id = r.methodology_id "
    "LEFT JOIN bm_scores sc ON sc.round_id = r.id AND sc.indicator_id = i.id AND sc.service_id = :s "
    "WHERE r.group_id = :g AND i.code = :c ORDER BY r.period_year, r.id";
}  // namespace

std::string indicator_name(soci::session& s, long long group_id, const std::string& code) {
  std::string name;
  soci::indicator ind = soci::i_ok;
  const bool found = prepare_once(s, kIndicatorName, [&](soci::statement& st) {
                       st.exchange(soci::use(group_id));
                       st.exchange(soci::use(code));
                       st.exchange(soci::into(name, ind));
                     }).execute(true);
  return found && ind == soci::i_ok ? name : std::string();
}

IndicatorSeries indicator_series(soci::session& s, long long group_id, const std::string& code, long long service_id) {
  IndicatorSeries out;
  std::string group_name;
  soci::indicator ind = soci::i_ok;
  const bool found = prepare_once(s, "SELECT name FROM bm_groups WHERE id = :g", [&](soci::statement& st) {
                       st.exchange(soci::use(group_id));
                       st.exchange(soci::into(group_name, ind));
                     }).execute(true);
  if (found && ind == soci::i_ok) out.group_name = group_name;
  for_each_row(
      s, kIndicatorSeries,
      [&](soci::statement& st) {
        st.exchange(soci::use(service_id));
        st.exchange(soci::use(group_id));
        st.exchange(soci::use(code));
      },
      [&](const soci::row& r) {
        IndicatorRound p;
        p.round_id = as_ll(r, 0);
        p.round_name = as_str(r, 1);
        p.period_year = as_int(r, 2);
        out.name = as_str(r, 3);
        out.unit = as_str(r, 4);
        out.direction = as_str(r, 5);
        if (r.get_indicator(6) != soci::i_null) p.value = as_double(r, 6);
        out.rounds.push_back(std::move(p));
      });
  return out;
}

bool group_has_indicator(soci::session& s, long long group_id, const std::string& code) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM bm_indicators i JOIN bm_methodologies m ON m.id = i.methodology_id "
       "WHERE m.group_id = :g AND i.code = :c",
      soci::use(group_id), soci::use(code), soci::into(n);
  return n > 0;
}

namespace {
constexpr const char* kIndicatorChoices =
    "SELECT g.id, g.name, g.kinds, i.code, i.name_cs, i.name_en, i.unit, i.kinds "
    "FROM bm_group_members gm JOIN bm_groups g ON g.id = gm.group_id "
    "JOIN bm_methodologies m ON m.group_id = g.id "
    "JOIN bm_indicators i ON i.methodology_id = m.id";
constexpr const char* kNewestMethodology =
    "m.version = (SELECT MAX(m2.version) FROM bm_methodologies m2 WHERE m2.group_id = g.id)";
}  // namespace

std::vector<IndicatorChoiceRow> indicator_choices(soci::session& s, long long organisation_id) {
  std::vector<IndicatorChoiceRow> out;
  Filter f;
  f.add("gm.provider_org_id = ?", {organisation_id});
  f.add(kNewestMethodology);
  for_each_row(s, std::string(kIndicatorChoices) + f.where() + " ORDER BY g.name, g.id, i.position, i.code", f,
               [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5),
                                as_str(r, 6), as_str(r, 7)});
               });
  return out;
}

}  // namespace kvalis::store::quality_repo
