#include "benchmark/app/methodologies.hpp"

#include <algorithm>
#include <regex>
#include <set>

#include "benchmark/core/formula.hpp"
#include "benchmark/core/validation.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "registry/app/benchmark_queries.hpp"

namespace kvalis::benchmark::app {
namespace {

Status check_code(const std::string& field, const std::string& code) {
  static const std::regex re("^[a-z][a-z0-9_]{0,63}$");
  if (code.empty()) return invalid(field, "field.required");
  if (!std::regex_match(code, re)) return invalid(field, "bm.code.invalid", {{"value", code}});
  return ok_status();
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

Error formula_error(const std::string& field, const FormulaError& e) {
  std::vector<std::pair<std::string, std::string>> params = {{"column", std::to_string(e.position + 1)},
                                                             {"found", e.found.empty() ? "—" : e.found},
                                                             {"expected", e.expected},
                                                             {"expected_cs", expected_cs(e.expected)}};
  switch (e.kind) {
    case FormulaErrorKind::kEmpty:
      return invalid(field, "bm.formula.empty", params);
    case FormulaErrorKind::kUnknownItem: {
      const auto at = e.message.find("Did you mean '");
      std::string hint;
      if (at != std::string::npos) {
        const auto start = at + 14, end = e.message.find('\'', start);
        hint = " → " + e.message.substr(start, end == std::string::npos ? std::string::npos : end - start) + "?";
      }
      params.emplace_back("hint", hint);
      return invalid(field, "bm.formula.unknown_item", params);
    }
    default:
      return invalid(field, "bm.formula.syntax", params);
  }
}

Result<repo::MethodologyRow> draft_to_manage(soci::session& s, const accounts::Principal& p, long long methodology_id,
                                             GroupView& view) {
  auto m = repo::get_methodology(s, methodology_id);
  if (!m) return methodology_missing();
  auto v = visible_group(s, p, m->group_id);
  if (!v) return methodology_missing();
  if (!v->access.manage) return not_allowed();
  if (m->status != "draft") return conflict("", "bm.methodology.published");
  view = std::move(*v);
  return *m;
}

MethodologyView view_of(soci::session& s, long long id) {
  return {*repo::get_methodology(s, id), repo::load_content(s, id)};
}

}  // namespace

Status check_content(const store::catalogue_repo::Catalogues& catalogues, const repo::GroupRow& group,
                     const repo::MethodologyContent& c) {
  KnownItems known;
  for (std::size_t i = 0; i < c.items.size(); ++i) {
    const auto& item = c.items[i];
    const std::string f = "items[" + std::to_string(i) + "]";
    if (auto st = check_code(f + ".code", item.code); !st) return st;
    if (!known.insert(item.code).second) return invalid(f + ".code", "bm.duplicate", {{"value", item.code}});
    if (item.min_value && item.max_value && *item.min_value > *item.max_value)
      return invalid(f + ".min_value", "bm.range.invalid",
                     {{"min", format_number(*item.min_value)}, {"max", format_number(*item.max_value)}});
  }
  std::set<std::string> codes;
  for (std::size_t i = 0; i < c.indicators.size(); ++i) {
    const auto& ind = c.indicators[i];
    const std::string f = "indicators[" + std::to_string(i) + "]";
    if (auto st = check_code(f + ".code", ind.code); !st) return st;
    if (!codes.insert(ind.code).second) return invalid(f + ".code", "bm.duplicate", {{"value", ind.code}});
    auto parsed = parse_indicator(ind.numerator, ind.denominator, ind.factor, &known);
    if (auto* e = std::get_if<IndicatorFormulaError>(&parsed)) {
      using Part = IndicatorFormulaError::Part;
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
      if (!catalogues.has("service_kinds", kind)) return invalid(kf, "field.unknown_code", {{"value", kind}});
      if (!group.kinds.empty() && std::find(group.kinds.begin(), group.kinds.end(), kind) == group.kinds.end())
        return invalid(kf, "bm.kind.not_in_group", {{"value", kind}});
      const auto before = ind.kinds.begin() + static_cast<long>(k);
      if (std::find(ind.kinds.begin(), before, kind) != before) return invalid(kf, "bm.duplicate", {{"value", kind}});
    }
  }
  codes.clear();
  for (std::size_t i = 0; i < c.rules.size(); ++i) {
    const auto& rule = c.rules[i];
    const std::string f = "rules[" + std::to_string(i) + "]";
    if (auto st = check_code(f + ".code", rule.code); !st) return st;
    if (!codes.insert(rule.code).second) return invalid(f + ".code", "bm.duplicate", {{"value", rule.code}});
    for (const auto& [side, text] :
         {std::pair<std::string, const std::string*>{".left", &rule.left}, {".right", &rule.right}}) {
      auto parsed = parse_expression(*text, known);
      if (auto* e = std::get_if<FormulaError>(&parsed)) return formula_error(f + side, *e);
    }
    if (!parse_rule_op(rule.op)) return invalid(f + ".op", "field.invalid_value", {{"value", rule.op}});
  }
  return ok_status();
}

Result<std::vector<repo::MethodologyRow>> list_methodologies(soci::session& s, const accounts::Caller& caller,
                                                             long long group_id) {
  if (!visible_group(s, caller.principal, group_id)) return group_missing();
  return repo::list_methodologies(s, group_id);
}

Result<std::vector<repo::MethodologyRow>> list_methodologies(store::Database& db, const accounts::Caller& caller,
                                                             long long group_id) {
  return db.read([&](soci::session& s) { return list_methodologies(s, caller, group_id); });
}

Result<MethodologyView> get_methodology(soci::session& s, const accounts::Caller& caller, long long methodology_id) {
  auto m = repo::get_methodology(s, methodology_id);
  if (!m || !visible_group(s, caller.principal, m->group_id)) return methodology_missing();
  return MethodologyView{*m, repo::load_content(s, m->id)};
}

Result<MethodologyView> get_methodology(store::Database& db, const accounts::Caller& caller, long long methodology_id) {
  return db.read([&](soci::session& s) { return get_methodology(s, caller, methodology_id); });
}

Result<MethodologyView> create_methodology(soci::session& s, const accounts::Caller& caller, long long group_id,
                                           const MethodologyCreate& in, long long now) {
  auto v = managed_group(s, caller.principal, group_id);
  if (!v) return v.error();
  auto latest = repo::latest_methodology(s, v->group.id);
  std::optional<long long> copy_from;
  if (in.copy_from_latest && latest) copy_from = latest->id;
  const int version = latest ? latest->version + 1 : 1;
  const std::string name = in.name ? *in.name : v->group.name + " v" + std::to_string(version);
  const long long id = repo::insert_methodology(s, v->group.id, name, now, copy_from);
  store::data_versions::bump(s, "benchmark");
  store::activity_log::append(
      s, caller.activity("benchmark.methodology.create", "bm_methodology", id, v->group.region_org_id,
                         copy_from ? "copy of " + std::to_string(*copy_from) : ""));
  return view_of(s, id);
}

Result<MethodologyView> create_methodology(store::Database& db, const accounts::Caller& caller, long long group_id,
                                           const MethodologyCreate& in) {
  return db.write([&](soci::session& s) { return create_methodology(s, caller, group_id, in, store::now_epoch()); });
}

Result<MethodologyView> update_methodology(soci::session& s, const accounts::Caller& caller,
                                           const store::catalogue_repo::Catalogues& catalogues,
                                           long long methodology_id, const MethodologyInput& in) {
  GroupView view;
  auto m = draft_to_manage(s, caller.principal, methodology_id, view);
  if (!m) return m.error();
  if (auto st = check_content(catalogues, view.group, in.content); !st) return st.error();
  repo::replace_content(s, m->id, in.name.value_or(m->name), in.content);
  store::data_versions::bump(s, "benchmark");
  const auto& c = in.content;
  store::activity_log::append(
      s, caller.activity("benchmark.methodology.update", "bm_methodology", m->id, view.group.region_org_id,
                         std::to_string(c.items.size()) + " items, " + std::to_string(c.indicators.size()) +
                             " indicators, " + std::to_string(c.rules.size()) + " rules"));
  return view_of(s, m->id);
}

Result<MethodologyView> update_methodology(store::Database& db, const accounts::Caller& caller,
                                           const store::catalogue_repo::Catalogues& catalogues,
                                           long long methodology_id, const MethodologyInput& in) {
  return db.write([&](soci::session& s) { return update_methodology(s, caller, catalogues, methodology_id, in); });
}

Result<MethodologyView> publish_methodology(soci::session& s, const accounts::Caller& caller,
                                            long long methodology_id) {
  GroupView view;
  auto m = draft_to_manage(s, caller.principal, methodology_id, view);
  if (!m) return m.error();
  if (m->item_count == 0) return conflict("items", "bm.methodology.empty");
  repo::publish_methodology(s, m->id);
  store::data_versions::bump(s, "benchmark");
  store::activity_log::append(
      s, caller.activity("benchmark.methodology.publish", "bm_methodology", m->id, view.group.region_org_id));
  return view_of(s, m->id);
}

Result<MethodologyView> publish_methodology(store::Database& db, const accounts::Caller& caller,
                                            long long methodology_id) {
  return db.write([&](soci::session& s) { return publish_methodology(s, caller, methodology_id); });
}

}  // namespace kvalis::benchmark::app
