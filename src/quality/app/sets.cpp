#include "quality/app/sets.hpp"

#include <algorithm>
#include <regex>
#include <set>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/core/import_problems.hpp"
#include "quality/core/versioning.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {
namespace {

using accounts::member_of;
using accounts::Role;

bool can_edit_set(const accounts::Principal& p, const qrepo::SetRow& s) {
  if (p.platform_admin) return true;
  return s.kind == "custom" && s.owner_org_id && member_of(p, *s.owner_org_id, {Role::admin, Role::manager});
}

QSetSummary set_dto(const accounts::Principal& p, const qrepo::SetRow& s) {
  QSetSummary d;
  d.id = s.id;
  d.code = s.code;
  d.version = s.version;
  d.name = s.name;
  d.kind = s.kind;
  d.description = s.description;
  d.source_act = s.source_act;
  d.valid_from = s.valid_from;
  d.valid_to = s.valid_to;
  d.owner_org_id = s.owner_org_id;
  d.owner_name = s.owner_name;
  d.standards = s.standards;
  d.criteria = s.criteria;
  d.criteria_missing_text = s.criteria_missing_text;
  d.latest = s.latest;
  d.can_edit = s.latest && can_edit_set(p, s);
  d.change_note = s.change_note;
  d.created_at = s.created_at ? format_timestamp(s.created_at) : std::string();
  return d;
}

QSet full_set(soci::session& s, const accounts::Principal& p, const qrepo::SetRow& set) {
  QSet d;
  d.set = set_dto(p, set);
  auto criteria = qrepo::criteria_of(s, set.id);
  for (const auto& st : qrepo::standards_of(s, set.id)) {
    QStandard q{st.id, st.number, st.name_cs, st.part, st.name_verified, {}};
    for (const auto& c : criteria)
      if (c.standard == st.number)
        q.criteria.push_back({c.id, c.standard, c.letter, criterion_code(c.standard, c.letter), c.essential, c.text_cs,
                              c.source, c.note, c.valid_from, c.valid_to});
    d.standards.push_back(std::move(q));
  }
  for (const auto& v : qrepo::versions_of(s, set.code)) d.versions.push_back(set_dto(p, v));
  return d;
}

// Validates the content of a set (standards and criteria) into a new version.
Status apply_content(const QSetInput& in, qrepo::NewSetVersion& v) {
  static const std::regex letter_re("^[a-z]{1,2}$");
  if (in.standards.empty()) return invalid("standards", "quality.set.empty");
  std::set<int> numbers;
  for (std::size_t i = 0; i < in.standards.size(); ++i) {
    const auto& st = in.standards[i];
    const std::string field = "standards[" + std::to_string(i) + "]";
    if (st.number < 1 || st.number > 99)
      return invalid(field + ".number", "field.out_of_range", {{"min", "1"}, {"max", "99"}});
    if (!numbers.insert(st.number).second)
      return invalid(field + ".number", "quality.set.duplicate", {{"value", std::to_string(st.number)}});
    if (auto s = check_line(field + ".name_cs", st.name_cs, 300, true); !s) return s;
    v.standards.push_back({0, st.number, trim(st.name_cs), st.part.value_or(""), true});
  }
  std::set<std::string> codes;
  for (std::size_t i = 0; i < in.criteria.size(); ++i) {
    const auto& c = in.criteria[i];
    const std::string field = "criteria[" + std::to_string(i) + "]";
    if (!numbers.count(c.standard))
      return invalid(field + ".standard", "quality.set.standard_unknown",
                     {{"value", criterion_code(c.standard, c.letter)}});
    if (!std::regex_match(c.letter, letter_re))
      return invalid(field + ".letter", "quality.set.letter_invalid", {{"value", c.letter}});
    if (c.essential != "yes" && c.essential != "no" && c.essential != "unknown")
      return invalid(field + ".essential", "quality.set.essential_invalid", {{"value", c.essential}});
    const std::string code = criterion_code(c.standard, c.letter);
    if (!codes.insert(code).second) return invalid(field + ".letter", "quality.set.duplicate", {{"value", code}});
    if (auto s = check_text(field + ".text_cs", c.text_cs, 4000, false); !s) return s;
    if (auto s = check_text(field + ".source", c.source.value_or(""), 500, false); !s) return s;
    if (auto s = check_text(field + ".note", c.note.value_or(""), 2000, false); !s) return s;
    v.criteria.push_back({c.standard,
                          c.letter,
                          c.essential,
                          trim(c.text_cs),
                          trim(c.source.value_or("")),
                          trim(c.note.value_or("")),
                          v.valid_from,
                          {}});
  }
  return ok_status();
}

Status apply_meta(const QSetInput& in, qrepo::NewSetVersion& v) {
  if (in.name) v.name = trim(*in.name);
  if (in.description) v.description = trim(*in.description);
  v.change_note = trim(in.change_note.value_or(""));
  v.valid_from = in.valid_from.value_or(today_date());
  if (auto s = check_line("name", v.name, 300, true); !s) return s;
  if (auto s = check_text("description", v.description, 4000, false); !s) return s;
  if (auto s = check_text("change_note", v.change_note, 2000, false); !s) return s;
  return check_date("valid_from", v.valid_from, true);
}

// The latest version of the set of path {id}, for a caller who may edit it.
Result<qrepo::SetRow> editable_latest(soci::session& s, const accounts::Caller& caller, long long id) {
  auto set = qrepo::get_set(s, id);
  if (!set) return kSetMissing;
  auto versions = qrepo::versions_of(s, set->code);
  const auto& latest = versions.front();
  if (!can_edit_set(caller.principal, latest)) return kForbidden;
  return latest;
}

QCriterionChange change_dto(const CriterionDiff& c) {
  QCriterionChange d;
  d.kind = std::string(to_string(c.kind));
  d.code = c.code;
  d.changed_fields = c.changed_fields;
  if (c.before) {
    d.before_text = c.before->text_cs;
    d.before_essential = c.before->essential;
  }
  if (c.after) {
    d.after_text = c.after->text_cs;
    d.after_essential = c.after->essential;
  }
  return d;
}

// ---- templates ----------------------------------------------------------------------------------

bool can_edit_template(const accounts::Principal& p, const qrepo::TemplateRow& t) {
  if (p.platform_admin) return true;
  return t.owner_org_id && member_of(p, *t.owner_org_id, {Role::admin, Role::manager});
}

Result<Scale> scale_of(const qrepo::TemplateRow& t) {
  auto parsed = parse_scale(t.scale_code, t.scale_name, t.scale_name, t.scale_levels);
  if (!parsed.scale) return invalid("scale", "quality.scale.stored_invalid");
  if (auto b = builtin_scale(t.scale_code)) {
    parsed.scale->name_cs = b->name_cs;
    parsed.scale->name_en = b->name_en;
  }
  return *parsed.scale;
}

QTemplate template_dto(const accounts::Principal& p, const qrepo::TemplateRow& t, Lang lang) {
  QTemplate d;
  d.id = t.id;
  d.owner_org_id = t.owner_org_id;
  d.owner_name = t.owner_name;
  d.name = t.name;
  d.description = t.description;
  d.set_id = t.set_id;
  d.set_code = t.set_code;
  d.set_version = t.set_version;
  d.set_name = t.set_name;
  if (auto scale = scale_of(t)) {
    d.scale = scale_dto(*scale);
    if (auto rule = parse_pass_rule(t.pass_rule, *scale)) d.pass_rule = pass_rule_dto(rule.value(), *scale, lang);
  }
  for (const auto& [code, w] : qrepo::parse_weights(t.weights)) d.weights.push_back({code, w});
  d.archived = t.archived;
  d.can_edit = can_edit_template(p, t);
  d.audits = t.audits;
  return d;
}

Status apply_template(soci::session& s, const QTemplateInput& in, qrepo::TemplateRow& t) {
  if (in.name) t.name = trim(*in.name);
  if (in.description) t.description = trim(*in.description);
  if (in.archived) t.archived = *in.archived;
  if (auto st = check_line("name", t.name, 200, true); !st) return st;
  if (auto st = check_text("description", t.description, 4000, false); !st) return st;
  if (in.set_id) {
    auto set = qrepo::get_set(s, *in.set_id);
    if (!set) return invalid("set_id", "quality.set.not_found");
    t.set_id = set->id;
  }
  if (!t.set_id) return invalid("set_id", "field.required");
  if (in.scale) {
    Scale scale;
    scale.code = in.scale->code.empty() ? "custom" : in.scale->code;
    scale.name_cs = in.scale->name_cs;
    scale.name_en = in.scale->name_en.value_or(in.scale->name_cs);
    for (const auto& l : in.scale->levels) scale.levels.push_back({l.code, l.label_cs, l.label_en, l.points});
    if (auto errors = validate_scale(scale); !errors.empty()) {
      Error e = errors.front();
      e.field = "scale." + (e.field.empty() ? std::string("levels") : e.field);
      return e;
    }
    t.scale_code = scale.code;
    t.scale_name = scale.name_cs;
    t.scale_levels = format_scale(scale);
  }
  if (t.scale_levels.empty()) return invalid("scale", "field.required");
  auto scale = scale_of(t);
  if (!scale) return scale.error();
  if (in.pass_rule) {
    PassRule rule{in.pass_rule->essential_min_points, in.pass_rule->min_share, in.pass_rule->min_share_per_standard};
    if (auto errors = validate_pass_rule(rule, *scale); !errors.empty()) {
      Error e = errors.front();
      e.field = "pass_rule." + (e.field.empty() ? std::string("essential_min_points") : e.field);
      return e;
    }
    t.pass_rule = format_pass_rule(rule);
  } else if (!parse_pass_rule(t.pass_rule, *scale)) {
    return invalid("pass_rule", "quality.rule.unknown_level");
  }
  if (in.weights) {
    std::set<std::string> codes;
    for (const auto& c : qrepo::criteria_of(s, t.set_id)) codes.insert(criterion_code(c.standard, c.letter));
    std::vector<std::pair<std::string, double>> weights;
    for (std::size_t i = 0; i < in.weights->size(); ++i) {
      const auto& w = (*in.weights)[i];
      const std::string field = "weights[" + std::to_string(i) + "]";
      if (!codes.count(w.code)) return invalid(field + ".code", "quality.template.weight_unknown", {{"value", w.code}});
      if (!(w.weight > 0 && w.weight <= 100))
        return invalid(field + ".weight", "field.out_of_range", {{"min", "0"}, {"max", "100"}});
      weights.emplace_back(w.code, w.weight);
    }
    t.weights = qrepo::format_weights(weights);
  }
  return ok_status();
}

// An import problem (quality::import_problem: its message key, line and column) in the caller's language.
QImportProblem problem_view(const catalogue::Problem& p, Lang lang) {
  const auto problem = import_problem(p);
  return {problem.line, problem.field, translate(problem.error, lang)};
}

}  // namespace

QSetList list_sets(store::Database& db, const accounts::Caller& caller) {
  return db.read([&](soci::session& s) {
    QSetList out;
    for (const auto& set : qrepo::list_sets(s)) out.items.push_back(set_dto(caller.principal, set));
    return out;
  });
}

Result<QSet> get_set(store::Database& db, const accounts::Caller& caller, long long set_id) {
  return db.read([&](soci::session& s) -> Result<QSet> {
    auto set = qrepo::get_set(s, set_id);
    if (!set) return kSetMissing;
    return full_set(s, caller.principal, *set);
  });
}

std::optional<long long> latest_set_version(soci::session& s, const std::string& code) {
  auto versions = qrepo::versions_of(s, code);
  if (versions.empty()) return std::nullopt;
  return versions.front().id;
}

Result<long long> create_set(soci::session& s, const accounts::Caller& caller, const QSetInput& in, long long now) {
  static const std::regex code_re("^[A-Z0-9_-]{2,32}$");
  const std::string code = in.code.value_or("");
  if (!std::regex_match(code, code_re)) return invalid("code", "quality.set.code_invalid", {{"value", code}});
  const auto& p = caller.principal;
  qrepo::NewSetVersion v;
  v.code = code;
  v.kind = "custom";
  v.created_by = p.user_id;
  if (!qrepo::versions_of(s, code).empty()) return invalid("code", "quality.set.code_taken", {{"value", code}});
  if (in.owner_org_id) {
    v.owner_org_id = *in.owner_org_id;
  } else {
    for (const auto& m : p.memberships)
      if (m.organisation_type != accounts::OrganisationType::provider &&
          (m.role == Role::admin || m.role == Role::manager)) {
        v.owner_org_id = m.organisation_id;
        break;
      }
  }
  if (!v.owner_org_id) return invalid("owner_org_id", "field.required");
  if (!p.platform_admin && !member_of(p, *v.owner_org_id, {Role::admin, Role::manager}))
    return invalid("owner_org_id", "quality.audit.conductor_invalid");
  if (auto st = apply_meta(in, v); !st) return st.error();
  if (auto st = apply_content(in, v); !st) return st.error();
  const long long id = qrepo::insert_set_version(s, v, now);
  store::activity_log::append(s, caller.activity("quality.set.create", "standard_set", id, *v.owner_org_id, code));
  return id;
}

Result<QSet> create_set(store::Database& db, const accounts::Caller& caller, const QSetInput& in) {
  return db.write([&](soci::session& s) -> Result<QSet> {
    auto id = create_set(s, caller, in, store::now_epoch());
    if (!id) return id.error();
    return full_set(s, caller.principal, *qrepo::get_set(s, *id));
  });
}

Result<QSet> create_set_version(store::Database& db, const accounts::Caller& caller, long long set_id,
                                const QSetInput& in) {
  if (in.code) return invalid("code", "quality.audit.read_only");
  return db.write([&](soci::session& s) -> Result<QSet> {
    auto latest = editable_latest(s, caller, set_id);
    if (!latest) return latest.error();
    qrepo::NewSetVersion v;
    v.code = latest->code;
    v.kind = latest->kind;
    v.name = latest->name;
    v.description = latest->description;
    v.source_act = latest->source_act;
    v.owner_org_id = latest->owner_org_id;
    v.created_by = caller.principal.user_id;
    if (auto st = apply_meta(in, v); !st) return st.error();
    if (!latest->valid_from.empty() && v.valid_from <= latest->valid_from)
      return invalid("valid_from", "field.out_of_range",
                     {{"min", add_days(latest->valid_from, 1)}, {"max", "9999-12-31"}});
    if (auto st = apply_content(in, v); !st) return st.error();
    // Unchanged wording keeps its start date; an identical version is refused.
    const auto old = qrepo::set_criteria(s, latest->id);
    keep_unchanged_starts(old, v.criteria);
    const auto diff = diff_criteria(old, v.criteria);
    const auto old_standards = qrepo::standards_of(s, latest->id);
    bool standards_same = old_standards.size() == v.standards.size();
    for (std::size_t i = 0; standards_same && i < old_standards.size(); ++i)
      standards_same =
          old_standards[i].number == v.standards[i].number && old_standards[i].name_cs == v.standards[i].name_cs;
    if (diff.empty() && standards_same && v.name == latest->name) return invalid("criteria", "quality.set.unchanged");
    for (auto& st : v.standards)
      for (const auto& o : old_standards)
        if (o.number == st.number && o.name_cs == st.name_cs) {
          st.name_verified = o.name_verified;
          st.part = st.part.empty() ? o.part : st.part;
        }
    const long long new_id = qrepo::insert_set_version(s, v, store::now_epoch());
    store::activity_log::append(
        s, caller.activity("quality.set.version", "standard_set", new_id, v.owner_org_id.value_or(0),
                           v.code + " v" + std::to_string(latest->version + 1)));
    return full_set(s, caller.principal, *qrepo::get_set(s, new_id));
  });
}

Result<QImportResult> import_set(store::Database& db, const accounts::Caller& caller, long long set_id,
                                 const SetImport& in, Lang lang) {
  const std::string from = in.valid_from && !in.valid_from->empty() ? *in.valid_from : today_date();
  if (auto st = check_date("valid_from", from, true); !st) return st.error();
  return db.write([&](soci::session& s) -> Result<QImportResult> {
    auto latest = editable_latest(s, caller, set_id);
    if (!latest) return latest.error();
    const auto standards = qrepo::standards_of(s, latest->id);
    std::vector<int> numbers;
    for (const auto& st : standards) numbers.push_back(st.number);
    std::string text = in.csv;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a byte-order mark from Excel
    const auto imported = import_version(qrepo::history_of(s, latest->code), latest->code, text, from, numbers);
    QImportResult d;
    d.dry_run = in.dry_run;
    d.unchanged = imported.diff.unchanged;
    d.other_set_rows = imported.other_set_rows;
    // The first problems, translated; all of them counted.
    for (const auto& p : imported.problems.items()) d.problems.push_back(problem_view(p, lang));
    d.problems_total = static_cast<long long>(imported.problems.total());
    for (const auto& c : imported.diff.changes) d.changes.push_back(change_dto(c));
    if (!d.problems.empty() || in.dry_run || imported.diff.empty()) return d;
    qrepo::NewSetVersion v;
    v.code = latest->code;
    v.kind = latest->kind;
    v.name = latest->name;
    v.description = latest->description;
    v.source_act = latest->source_act;
    v.owner_org_id = latest->owner_org_id;
    v.valid_from = from;
    v.change_note = "import CSV";
    v.created_by = caller.principal.user_id;
    v.standards = standards;
    v.criteria = imported.version->criteria;
    const long long new_id = qrepo::insert_set_version(s, v, store::now_epoch());
    store::activity_log::append(
        s, caller.activity("quality.set.import", "standard_set", new_id, v.owner_org_id.value_or(0),
                           v.code + ": " + std::to_string(d.changes.size()) + " changes"));
    d.created = set_dto(caller.principal, *qrepo::get_set(s, new_id));
    return d;
  });
}

Result<SetExport> export_set(store::Database& db, const accounts::Caller&, long long set_id) {
  return db.read([&](soci::session& s) -> Result<SetExport> {
    auto set = qrepo::get_set(s, set_id);
    if (!set) return kSetMissing;
    SetExport out{set->code + "-v" + std::to_string(set->version), set->code, {}};
    for (const auto& c : qrepo::criteria_of(s, set->id))
      out.criteria.push_back({c.id, c.standard, c.letter, criterion_code(c.standard, c.letter), c.essential, c.text_cs,
                              c.source, c.note, c.valid_from, c.valid_to});
    return out;
  });
}

QTemplateList list_templates(store::Database& db, const accounts::Caller& caller, Lang lang) {
  return db.read([&](soci::session& s) {
    QTemplateList out;
    for (const auto& t : qrepo::list_templates(s)) out.items.push_back(template_dto(caller.principal, t, lang));
    out.builtin_scales = {scale_dto(met_partly_scale()), scale_dto(points_0_3_scale())};
    return out;
  });
}

Result<QTemplate> get_template(store::Database& db, const accounts::Caller& caller, long long template_id, Lang lang) {
  return db.read([&](soci::session& s) -> Result<QTemplate> {
    auto t = qrepo::get_template(s, template_id);
    if (!t) return kTemplateMissing;
    return template_dto(caller.principal, *t, lang);
  });
}

std::optional<long long> template_named(soci::session& s, const std::string& name,
                                        std::optional<long long> owner_org_id) {
  for (const auto& t : qrepo::list_templates(s))
    if (t.name == name && t.owner_org_id == owner_org_id) return t.id;
  return std::nullopt;
}

Result<long long> create_template(soci::session& s, const accounts::Caller& caller, const QTemplateInput& in,
                                  long long now) {
  const auto& p = caller.principal;
  qrepo::TemplateRow t;
  if (in.owner_org_id) {
    t.owner_org_id = *in.owner_org_id;
  } else {
    for (const auto& m : p.memberships)
      if (m.role == Role::admin || m.role == Role::manager) {
        t.owner_org_id = m.organisation_id;
        break;
      }
  }
  if (!p.platform_admin && (!t.owner_org_id || !member_of(p, *t.owner_org_id, {Role::admin, Role::manager})))
    return invalid("owner_org_id", "quality.audit.conductor_invalid");
  if (!in.scale) return invalid("scale", "field.required");
  if (!in.pass_rule) return invalid("pass_rule", "field.required");
  if (auto st = apply_template(s, in, t); !st) return st.error();
  t.id = qrepo::insert_template(s, t, now);
  store::activity_log::append(
      s, caller.activity("quality.template.create", "q_template", t.id, t.owner_org_id.value_or(0), t.name));
  return t.id;
}

Result<QTemplate> create_template(store::Database& db, const accounts::Caller& caller, const QTemplateInput& in,
                                  Lang lang) {
  return db.write([&](soci::session& s) -> Result<QTemplate> {
    auto id = create_template(s, caller, in, store::now_epoch());
    if (!id) return id.error();
    return template_dto(caller.principal, *qrepo::get_template(s, *id), lang);
  });
}

Status update_template(soci::session& s, const accounts::Caller& caller, long long template_id,
                       const QTemplateInput& in, long long now) {
  if (in.owner_org_id) return invalid("owner_org_id", "quality.audit.read_only");
  auto t = qrepo::get_template(s, template_id);
  if (!t) return kTemplateMissing;
  if (!can_edit_template(caller.principal, *t)) return kForbidden;
  if (auto st = apply_template(s, in, *t); !st) return st;
  qrepo::update_template(s, *t, now);
  store::activity_log::append(
      s, caller.activity("quality.template.update", "q_template", t->id, t->owner_org_id.value_or(0), t->name));
  return ok_status();
}

Result<QTemplate> update_template(store::Database& db, const accounts::Caller& caller, long long template_id,
                                  const QTemplateInput& in, Lang lang) {
  return db.write([&](soci::session& s) -> Result<QTemplate> {
    if (auto st = update_template(s, caller, template_id, in, store::now_epoch()); !st) return st.error();
    return template_dto(caller.principal, *qrepo::get_template(s, template_id), lang);
  });
}

}  // namespace kvalis::quality::app
