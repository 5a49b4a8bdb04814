// Quality: the standards library (built-in SQSS and OSPOD sets, completed and corrected by the platform
// administrator; own sets of regions and audit bodies), each change a new version that audits made with an
// older one keep; and audit templates (set version, scale, weights, pass rule, all as data).
#include <algorithm>
#include <regex>
#include <set>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/export/table.hpp"
#include "quality/core/import_problems.hpp"
#include "quality/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/params.hpp"
#include "quality/http/quality_views.hpp"

namespace kvalis::http {
namespace {

using accounts::member_of;
using accounts::Permission;
using accounts::Role;
using namespace quality_views;

constexpr std::size_t kImportLimit = 2 * 1024 * 1024;


bool can_edit_set(const accounts::Principal& p, const qrepo::SetRow& s) {
  if (p.platform_admin) return true;
  return s.kind == "custom" && s.owner_org_id && member_of(p, *s.owner_org_id, {Role::admin, Role::manager});
}

dto::QSetSummary set_dto(const accounts::Principal& p, const qrepo::SetRow& s) {
  dto::QSetSummary d;
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

dto::QSet full_set(soci::session& s, const accounts::Principal& p, const qrepo::SetRow& set) {
  dto::QSet d;
  d.set = set_dto(p, set);
  auto criteria = qrepo::criteria_of(s, set.id);
  for (const auto& st : qrepo::standards_of(s, set.id)) {
    dto::QStandard q{st.id, st.number, st.name_cs, st.part, st.name_verified, {}};
    for (const auto& c : criteria)
      if (c.standard == st.number)
        q.criteria.push_back({c.id, c.standard, c.letter, quality::criterion_code(c.standard, c.letter), c.essential,
                              c.text_cs, c.source, c.note, c.valid_from, c.valid_to});
    d.standards.push_back(std::move(q));
  }
  for (const auto& v : qrepo::versions_of(s, set.code)) d.versions.push_back(set_dto(p, v));
  return d;
}

Response list_sets(Context& ctx) {
  auto list = ctx.db().read([&](soci::session& s) {
    dto::QSetList out;
    for (const auto& set : qrepo::list_sets(s)) out.items.push_back(set_dto(ctx.principal, set));
    return out;
  });
  return dto_response(list);
}

Response get_set(Context& ctx) {
  return read_by_id<dto::QSet>(ctx, kSetMissing, [&](soci::session& s, long long id) -> Result<dto::QSet> {
    auto set = qrepo::get_set(s, id);
    if (!set) return kSetMissing;
    return full_set(s, ctx.principal, *set);
  });
}

// Validates the content of a set (standards and criteria) into a new version.
Status apply_content(const dto::QSetInput& in, qrepo::NewSetVersion& v) {
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
                     {{"value", quality::criterion_code(c.standard, c.letter)}});
    if (!std::regex_match(c.letter, letter_re))
      return invalid(field + ".letter", "quality.set.letter_invalid", {{"value", c.letter}});
    if (c.essential != "yes" && c.essential != "no" && c.essential != "unknown")
      return invalid(field + ".essential", "quality.set.essential_invalid", {{"value", c.essential}});
    const std::string code = quality::criterion_code(c.standard, c.letter);
    if (!codes.insert(code).second) return invalid(field + ".letter", "quality.set.duplicate", {{"value", code}});
    if (auto s = check_text(field + ".text_cs", c.text_cs, 4000, false); !s) return s;
    if (auto s = check_text(field + ".source", c.source.value_or(""), 500, false); !s) return s;
    if (auto s = check_text(field + ".note", c.note.value_or(""), 2000, false); !s) return s;
    v.criteria.push_back({c.standard, c.letter, c.essential, trim(c.text_cs), trim(c.source.value_or("")),
                          trim(c.note.value_or("")), v.valid_from, {}});
  }
  return ok_status();
}

Status apply_meta(const dto::QSetInput& in, qrepo::NewSetVersion& v) {
  if (in.name) v.name = trim(*in.name);
  if (in.description) v.description = trim(*in.description);
  v.change_note = trim(in.change_note.value_or(""));
  v.valid_from = in.valid_from.value_or(today());
  if (auto s = check_line("name", v.name, 300, true); !s) return s;
  if (auto s = check_text("description", v.description, 4000, false); !s) return s;
  if (auto s = check_text("change_note", v.change_note, 2000, false); !s) return s;
  return check_date("valid_from", v.valid_from, true);
}

Response create_set(Context& ctx) {
  auto body = body_as<dto::QSetInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QSetInput>(body);
  static const std::regex code_re("^[A-Z0-9_-]{2,32}$");
  const std::string code = in.code.value_or("");
  if (!std::regex_match(code, code_re))
    return error_response(invalid("code", "quality.set.code_invalid", {{"value", code}}), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QSet> {
    qrepo::NewSetVersion v;
    v.code = code;
    v.kind = "custom";
    v.created_by = ctx.principal.user_id;
    if (!qrepo::versions_of(s, code).empty()) return invalid("code", "quality.set.code_taken", {{"value", code}});
    if (in.owner_org_id) {
      v.owner_org_id = *in.owner_org_id;
    } else {
      for (const auto& m : ctx.principal.memberships)
        if (m.organisation_type != accounts::OrganisationType::provider &&
            (m.role == Role::admin || m.role == Role::manager)) {
          v.owner_org_id = m.organisation_id;
          break;
        }
    }
    if (!v.owner_org_id) return invalid("owner_org_id", "field.required");
    if (!ctx.principal.platform_admin && !member_of(ctx.principal, *v.owner_org_id, {Role::admin, Role::manager}))
      return invalid("owner_org_id", "quality.audit.conductor_invalid");
    if (auto st = apply_meta(in, v); !st) return st.error();
    if (auto st = apply_content(in, v); !st) return st.error();
    const long long id = qrepo::insert_set_version(s, v, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.set.create", "standard_set", id, *v.owner_org_id, code));
    return full_set(s, ctx.principal, *qrepo::get_set(s, id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

// The latest version of the set of path {id}, for a caller who may edit it.
Result<qrepo::SetRow> editable_latest(soci::session& s, const Context& ctx, long long id) {
  auto set = qrepo::get_set(s, id);
  if (!set) return kSetMissing;
  auto versions = qrepo::versions_of(s, set->code);
  const auto& latest = versions.front();
  if (!can_edit_set(ctx.principal, latest)) return kForbidden;
  return latest;
}

Response create_version(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSetMissing, ctx.lang);
  auto body = body_as<dto::QSetInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QSetInput>(body);
  if (in.code) return error_response(invalid("code", "quality.audit.read_only"), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QSet> {
    auto latest = editable_latest(s, ctx, *id);
    if (!latest) return latest.error();
    qrepo::NewSetVersion v;
    v.code = latest->code;
    v.kind = latest->kind;
    v.name = latest->name;
    v.description = latest->description;
    v.source_act = latest->source_act;
    v.owner_org_id = latest->owner_org_id;
    v.created_by = ctx.principal.user_id;
    if (auto st = apply_meta(in, v); !st) return st.error();
    if (!latest->valid_from.empty() && v.valid_from <= latest->valid_from)
      return invalid("valid_from", "field.out_of_range", {{"min", add_days(latest->valid_from, 1)}, {"max", "9999-12-31"}});
    if (auto st = apply_content(in, v); !st) return st.error();
    // Unchanged wording keeps its start date; an identical version is refused.
    const auto old = qrepo::set_criteria(s, latest->id);
    quality::keep_unchanged_starts(old, v.criteria);
    const auto diff = quality::diff_criteria(old, v.criteria);
    const auto old_standards = qrepo::standards_of(s, latest->id);
    bool standards_same = old_standards.size() == v.standards.size();
    for (std::size_t i = 0; standards_same && i < old_standards.size(); ++i)
      standards_same = old_standards[i].number == v.standards[i].number && old_standards[i].name_cs == v.standards[i].name_cs;
    if (diff.empty() && standards_same && v.name == latest->name) return invalid("criteria", "quality.set.unchanged");
    for (auto& st : v.standards)
      for (const auto& o : old_standards)
        if (o.number == st.number && o.name_cs == st.name_cs) {
          st.name_verified = o.name_verified;
          st.part = st.part.empty() ? o.part : st.part;
        }
    const long long new_id = qrepo::insert_set_version(s, v, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.set.version", "standard_set", new_id,
                                           v.owner_org_id.value_or(0), v.code + " v" + std::to_string(latest->version + 1)));
    return full_set(s, ctx.principal, *qrepo::get_set(s, new_id));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

dto::QCriterionChange change_dto(const quality::CriterionDiff& c) {
  dto::QCriterionChange d;
  d.kind = std::string(quality::to_string(c.kind));
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

// An import problem (quality::import_problem: its message key, line and column) in the caller's language.
dto::QImportProblem problem_dto(const catalogue::Problem& p, Lang lang) {
  const auto problem = quality::import_problem(p);
  return {problem.line, problem.field, translate(problem.error, lang)};
}

Response import_set(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSetMissing, ctx.lang);
  auto valid_from = text_param(ctx.req, "valid_from", 10);
  if (!valid_from) return error_response(valid_from.error(), ctx.lang);
  auto dry = enum_param(ctx.req, "dry_run", {"", "0", "1", "true", "false"}, "");
  if (!dry) return error_response(dry.error(), ctx.lang);
  const bool dry_run = *dry == "1" || *dry == "true";
  const std::string from = valid_from->empty() ? today() : *valid_from;
  if (auto st = check_date("valid_from", from, true); !st) return error_response(st.error(), ctx.lang);
  bool created = false;
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QImportResult> {
    auto latest = editable_latest(s, ctx, *id);
    if (!latest) return latest.error();
    const auto standards = qrepo::standards_of(s, latest->id);
    std::vector<int> numbers;
    for (const auto& st : standards) numbers.push_back(st.number);
    std::string text = ctx.req.body;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a byte-order mark from Excel
    const auto imported = quality::import_version(qrepo::history_of(s, latest->code), latest->code, text, from, numbers);
    dto::QImportResult d;
    d.dry_run = dry_run;
    d.unchanged = imported.diff.unchanged;
    d.other_set_rows = imported.other_set_rows;
    // The first problems, translated; all of them counted.
    for (const auto& p : imported.problems.items()) d.problems.push_back(problem_dto(p, ctx.lang));
    d.problems_total = static_cast<long long>(imported.problems.total());
    for (const auto& c : imported.diff.changes) d.changes.push_back(change_dto(c));
    if (!d.problems.empty() || dry_run || imported.diff.empty()) return d;
    qrepo::NewSetVersion v;
    v.code = latest->code;
    v.kind = latest->kind;
    v.name = latest->name;
    v.description = latest->description;
    v.source_act = latest->source_act;
    v.owner_org_id = latest->owner_org_id;
    v.valid_from = from;
    v.change_note = "import CSV";
    v.created_by = ctx.principal.user_id;
    v.standards = standards;
    v.criteria = imported.version->criteria;
    const long long new_id = qrepo::insert_set_version(s, v, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.set.import", "standard_set", new_id, v.owner_org_id.value_or(0),
                                           v.code + ": " + std::to_string(d.changes.size()) + " changes"));
    d.created = set_dto(ctx.principal, *qrepo::get_set(s, new_id));
    created = true;
    return d;
  });
  if (!result) return error_response(result.error(), ctx.lang);
  if (!result->problems.empty()) {
    // An error like any other (error.message), with the report beside it: every bad line.
    Response r = error_response(invalid("body", "quality.set.import_problems",
                                        {{"count", std::to_string(result->problems_total)}}),
                                ctx.lang);
    json::value v = json::parse(r.body);
    const json::value report = to_json(*result);
    for (const auto& [key, value] : report.as_object()) v.as_object()[key] = value;
    r.body = to_valid_utf8(json::serialize(v));
    r.status = 422;
    return r;
  }
  return dto_response(*result, created ? 201 : 200);
}

Response export_set(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSetMissing, ctx.lang);
  auto result = ctx.db().read([&](soci::session& s) -> Result<std::pair<std::string, exports::Sheet>> {
    auto set = qrepo::get_set(s, *id);
    if (!set) return kSetMissing;
    exports::Sheet sheet;
    sheet.name = set->code;
    sheet.header = {"set", "standard", "letter", "essential", "text_cs", "source", "note"};
    for (const auto& c : qrepo::criteria_of(s, set->id))
      sheet.rows.push_back({set->code, static_cast<long long>(c.standard), c.letter, c.essential, c.text_cs, c.source,
                            c.note});
    return std::make_pair(set->code + "-v" + std::to_string(set->version), std::move(sheet));
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return file_response(exports::to_csv(result->second, ',', false), exports::kCsvContentType,
                       result->first + ".csv");
}

// ---- templates ----------------------------------------------------------------------------------

bool can_edit_template(const accounts::Principal& p, const qrepo::TemplateRow& t) {
  if (p.platform_admin) return true;
  return t.owner_org_id && member_of(p, *t.owner_org_id, {Role::admin, Role::manager});
}

Result<quality::Scale> scale_of(const qrepo::TemplateRow& t) {
  auto parsed = quality::parse_scale(t.scale_code, t.scale_name, t.scale_name, t.scale_levels);
  if (!parsed.scale) return invalid("scale", "quality.scale.malformed", {{"detail", "stored"}});
  if (auto b = quality::builtin_scale(t.scale_code)) {
    parsed.scale->name_cs = b->name_cs;
    parsed.scale->name_en = b->name_en;
  }
  return *parsed.scale;
}

dto::QTemplate template_dto(const accounts::Principal& p, const qrepo::TemplateRow& t, Lang lang) {
  dto::QTemplate d;
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
    if (auto rule = quality::parse_pass_rule(t.pass_rule, *scale)) d.pass_rule = pass_rule_dto(rule.value(), *scale, lang);
  }
  for (const auto& [code, w] : qrepo::parse_weights(t.weights)) d.weights.push_back({code, w});
  d.archived = t.archived;
  d.can_edit = can_edit_template(p, t);
  d.audits = t.audits;
  return d;
}

Status apply_template(soci::session& s, const dto::QTemplateInput& in, qrepo::TemplateRow& t) {
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
    quality::Scale scale;
    scale.code = in.scale->code.empty() ? "custom" : in.scale->code;
    scale.name_cs = in.scale->name_cs;
    scale.name_en = in.scale->name_en.value_or(in.scale->name_cs);
    for (const auto& l : in.scale->levels) scale.levels.push_back({l.code, l.label_cs, l.label_en, l.points});
    if (auto errors = quality::validate_scale(scale); !errors.empty()) {
      Error e = errors.front();
      e.field = "scale." + (e.field.empty() ? std::string("levels") : e.field);
      return e;
    }
    t.scale_code = scale.code;
    t.scale_name = scale.name_cs;
    t.scale_levels = quality::format_scale(scale);
  }
  if (t.scale_levels.empty()) return invalid("scale", "field.required");
  auto scale = scale_of(t);
  if (!scale) return scale.error();
  if (in.pass_rule) {
    quality::PassRule rule{in.pass_rule->essential_min_points, in.pass_rule->min_share, in.pass_rule->min_share_per_standard};
    if (auto errors = quality::validate_pass_rule(rule, *scale); !errors.empty()) {
      Error e = errors.front();
      e.field = "pass_rule." + (e.field.empty() ? std::string("essential_min_points") : e.field);
      return e;
    }
    t.pass_rule = quality::format_pass_rule(rule);
  } else if (!quality::parse_pass_rule(t.pass_rule, *scale)) {
    return invalid("pass_rule", "quality.rule.unknown_level");
  }
  if (in.weights) {
    std::set<std::string> codes;
    for (const auto& c : qrepo::criteria_of(s, t.set_id)) codes.insert(quality::criterion_code(c.standard, c.letter));
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

Response list_templates(Context& ctx) {
  auto list = ctx.db().read([&](soci::session& s) {
    dto::QTemplateList out;
    for (const auto& t : qrepo::list_templates(s)) out.items.push_back(template_dto(ctx.principal, t, ctx.lang));
    out.builtin_scales = {scale_dto(quality::met_partly_scale()), scale_dto(quality::points_0_3_scale())};
    return out;
  });
  return dto_response(list);
}

Response get_template(Context& ctx) {
  return read_by_id<dto::QTemplate>(ctx, kTemplateMissing, [&](soci::session& s, long long id) -> Result<dto::QTemplate> {
    auto t = qrepo::get_template(s, id);
    if (!t) return kTemplateMissing;
    return template_dto(ctx.principal, *t, ctx.lang);
  });
}

Response create_template(Context& ctx) {
  auto body = body_as<dto::QTemplateInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QTemplateInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QTemplate> {
    qrepo::TemplateRow t;
    if (in.owner_org_id) {
      t.owner_org_id = *in.owner_org_id;
    } else {
      for (const auto& m : ctx.principal.memberships)
        if (m.role == Role::admin || m.role == Role::manager) {
          t.owner_org_id = m.organisation_id;
          break;
        }
    }
    if (!ctx.principal.platform_admin && (!t.owner_org_id || !member_of(ctx.principal, *t.owner_org_id, {Role::admin, Role::manager})))
      return invalid("owner_org_id", "quality.audit.conductor_invalid");
    if (!in.scale) return invalid("scale", "field.required");
    if (!in.pass_rule) return invalid("pass_rule", "field.required");
    if (auto st = apply_template(s, in, t); !st) return st.error();
    t.id = qrepo::insert_template(s, t, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.template.create", "q_template", t.id, t.owner_org_id.value_or(0), t.name));
    return template_dto(ctx.principal, *qrepo::get_template(s, t.id), ctx.lang);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_template(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kTemplateMissing, ctx.lang);
  auto body = body_as<dto::QTemplateInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QTemplateInput>(body);
  if (in.owner_org_id) return error_response(invalid("owner_org_id", "quality.audit.read_only"), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QTemplate> {
    auto t = qrepo::get_template(s, *id);
    if (!t) return kTemplateMissing;
    if (!can_edit_template(ctx.principal, *t)) return kForbidden;
    if (auto st = apply_template(s, in, *t); !st) return st.error();
    qrepo::update_template(s, *t, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.template.update", "q_template", t->id, t->owner_org_id.value_or(0), t->name));
    return template_dto(ctx.principal, *qrepo::get_template(s, t->id), ctx.lang);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

}  // namespace

void register_quality_set_routes(RouteTable& t) {
  const std::string tag = "quality";
  t.add<void, dto::QSetList>(Verb::get, "/api/quality/sets", Permission::quality_read, list_sets, tag,
                             "Standard sets, every version");
  auto& create = t.add<dto::QSetInput, dto::QSet>(Verb::post, "/api/quality/sets", Permission::quality_manage,
                                                  create_set, tag, "Create an own set (of a region or audit body)");
  create.success_status = 201;
  create.body_limit = 1024 * 1024;
  t.add<void, dto::QSet>(Verb::get, "/api/quality/sets/{id}", Permission::quality_read, get_set, tag,
                         "One set version with its standards and criteria, and the list of its versions");
  auto& version = t.add<dto::QSetInput, dto::QSet>(Verb::post, "/api/quality/sets/{id}/versions",
                                                   Permission::quality_manage, create_version, tag,
                                                   "Save an edited set as a new version (audits keep the old one)");
  version.success_status = 201;
  version.body_limit = 1024 * 1024;
  auto& import = t.add<void, dto::QImportResult>(Verb::post, "/api/quality/sets/{id}/import", Permission::quality_manage,
                                                 import_set, tag,
                                                 "Import criteria from CSV (set,standard,letter,essential,text_cs,"
                                                 "source,note) as a new version; all or nothing, 422 with each bad "
                                                 "line; ?dry_run=1 shows the changes only");
  import.body_limit = kImportLimit;
  import.query = {{"valid_from", "string", "First day of the new version (default today)", {}},
                  {"dry_run", "string", "1: only show what would change", {"0", "1"}}};
  file_route(t.add<void, void>(Verb::get, "/api/quality/sets/{id}/export.csv", Permission::quality_read, export_set, tag,
                               "The criteria of a set version as CSV, in the import format"));
  t.add<void, dto::QTemplateList>(Verb::get, "/api/quality/templates", Permission::quality_read, list_templates, tag,
                                  "Audit templates and the built-in scales");
  t.add<dto::QTemplateInput, dto::QTemplate>(Verb::post, "/api/quality/templates", Permission::quality_manage,
                                             create_template, tag,
                                             "Create an audit template: set version, scale, weights, pass rule")
      .success_status = 201;
  t.add<void, dto::QTemplate>(Verb::get, "/api/quality/templates/{id}", Permission::quality_read, get_template, tag,
                              "One audit template");
  t.add<dto::QTemplateInput, dto::QTemplate>(Verb::patch, "/api/quality/templates/{id}", Permission::quality_manage,
                                             update_template, tag, "Change an audit template (audits keep theirs)");
}

}  // namespace kvalis::http
