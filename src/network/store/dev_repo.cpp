#include "network/store/dev_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::dev_repo {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_double;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;
using kvalis::store::Param;
using kvalis::store::placeholders;

namespace {

constexpr const char* kKindName =
    "(SELECT MIN(k.name_cs) FROM catalogue_items k WHERE k.catalogue = 'service_kinds' AND k.code = sv.kind_code)";
constexpr const char* kKindNameEn =
    "(SELECT MIN(k.name_en) FROM catalogue_items k WHERE k.catalogue = 'service_kinds' AND k.code = sv.kind_code)";

const std::string kPlanColumns =
    std::string(
        "SELECT p.id, p.region_org_id, p.service_id, p.provider_org_id, p.year_from, p.year_to, p.title, "
        "p.summary, p.status, p.submitted_at, p.submitted_by, p.region_note, p.created_by, p.created_at, "
        "p.updated_at, sv.name, o.name, sv.kind_code, ") +
    kKindName +
    ", e.total_score, COALESCE(e.decision, ''), "
    "(SELECT COALESCE(SUM(c.amount), 0) FROM nw_dev_intention_costs c JOIN nw_dev_intentions i ON "
    "i.id = c.intention_id WHERE i.dev_plan_id = p.id), sv.capacity_total, sv.capacity_unit, " +
    kKindNameEn +
    " FROM nw_dev_plans p JOIN services sv ON sv.id = p.service_id JOIN organisations o ON o.id = p.provider_org_id "
    "LEFT JOIN nw_dev_evaluations e ON e.dev_plan_id = p.id";

PlanRow read_plan(const soci::row& r) {
  PlanRow p;
  p.id = as_ll(r, 0);
  p.region_org_id = as_ll(r, 1);
  p.service_id = as_ll(r, 2);
  p.provider_org_id = as_ll(r, 3);
  p.year_from = as_int(r, 4);
  p.year_to = as_int(r, 5);
  p.title = as_str(r, 6);
  p.summary = as_str(r, 7);
  p.status = parse_dev_plan_status(as_str(r, 8)).value_or(DevPlanStatus::draft);
  p.submitted_at = as_ll(r, 9);
  p.submitted_by = as_ll(r, 10);
  p.region_note = as_str(r, 11);
  p.created_by = as_ll(r, 12);
  p.created_at = as_ll(r, 13);
  p.updated_at = as_ll(r, 14);
  p.service_name = as_str(r, 15);
  p.provider_name = as_str(r, 16);
  p.kind_code = as_str(r, 17);
  p.kind_name = as_str(r, 18);
  p.score = as_opt_double(r, 19);
  p.decision = as_str(r, 20);
  p.total_cost = as_double(r, 21);
  p.service_capacity = as_ll(r, 22);
  p.service_capacity_unit = as_str(r, 23);
  p.kind_name_en = as_str(r, 24);
  return p;
}

bool exists(soci::session& s, const std::string& sql, const Filter& f) {
  return kvalis::store::count_rows(s, sql + f.where(), f) > 0;
}

}  // namespace

std::optional<ServiceRow> service(soci::session& s, long long id) {
  std::optional<ServiceRow> out;
  Filter f;
  f.add("sv.id = ?", {id});
  for_each_row(s,
               std::string("SELECT sv.id, sv.provider_id, sv.name, o.name, sv.kind_code, ") + kKindName +
                   ", sv.region_code, sv.forms, sv.capacity_unit, sv.capacity_total, sv.status FROM services sv "
                   "JOIN organisations o ON o.id = sv.provider_id" +
                   f.where(),
               f, [&](const soci::row& r) {
                 out = ServiceRow{as_ll(r, 0),
                                  as_ll(r, 1),
                                  as_str(r, 2),
                                  as_str(r, 3),
                                  as_str(r, 4),
                                  as_str(r, 5),
                                  as_str(r, 6),
                                  as_str(r, 7),
                                  as_str(r, 8),
                                  as_ll(r, 9),
                                  as_str(r, 10) == "active"};
               });
  return out;
}

std::optional<long long> region_org_of(soci::session& s, const std::string& region_code) {
  std::optional<long long> out;
  if (region_code.empty()) return out;
  Filter f;
  f.add("type = 'region'");
  f.add("region_code = ?", {region_code});
  for_each_row(s, "SELECT id FROM organisations" + f.where() + " ORDER BY id", f, [&](const soci::row& r) {
    if (!out) out = as_ll(r, 0);
  });
  return out;
}

// ---- plans ----

std::vector<PlanRow> list_plans(soci::session& s, const PlanFilter& pf) {
  Filter f;
  if (pf.region_org_id) f.add("p.region_org_id = ?", {pf.region_org_id});
  if (!pf.provider_ids.empty()) {
    std::vector<Param> ids(pf.provider_ids.begin(), pf.provider_ids.end());
    f.add("p.provider_org_id IN (" + placeholders(ids.size()) + ")", ids);
  }
  if (pf.status) f.add("p.status = ?", {std::string(to_string(*pf.status))});
  if (pf.service_id) f.add("p.service_id = ?", {*pf.service_id});
  if (pf.submitted_only) f.add("p.submitted_at > 0");
  std::vector<PlanRow> out;
  for_each_row(s, kPlanColumns + f.where() + " ORDER BY p.year_from DESC, sv.name, p.id", f,
               [&](const soci::row& r) { out.push_back(read_plan(r)); });
  return out;
}

std::optional<PlanRow> get_plan(soci::session& s, long long id) {
  std::optional<PlanRow> out;
  Filter f;
  f.add("p.id = ?", {id});
  for_each_row(s, kPlanColumns + f.where(), f, [&](const soci::row& r) { out = read_plan(r); });
  return out;
}

long long insert_plan(soci::session& s, const PlanRow& p, long long now) {
  long long id = 0;
  s << "INSERT INTO nw_dev_plans (region_org_id, service_id, provider_org_id, year_from, year_to, title, summary, "
       "status, created_by, created_at, updated_at) VALUES (:r, :s, :p, :yf, :yt, :t, :su, 'draft', :u, :c, :up) "
       "RETURNING id",
      soci::use(p.region_org_id), soci::use(p.service_id), soci::use(p.provider_org_id), soci::use(p.year_from),
      soci::use(p.year_to), soci::use(p.title), soci::use(p.summary), soci::use(p.created_by), soci::use(now),
      soci::use(now), soci::into(id);
  return id;
}

void update_plan(soci::session& s, long long id, const std::string& title, const std::string& summary, long long now) {
  s << "UPDATE nw_dev_plans SET title = :t, summary = :s, updated_at = :u WHERE id = :id", soci::use(title),
      soci::use(summary), soci::use(now), soci::use(id);
}

void set_status(soci::session& s, long long id, DevPlanStatus status, long long now) {
  const std::string st(to_string(status));
  s << "UPDATE nw_dev_plans SET status = :st, updated_at = :u WHERE id = :id", soci::use(st), soci::use(now),
      soci::use(id);
}

void set_submitted(soci::session& s, long long id, long long user_id, long long now) {
  s << "UPDATE nw_dev_plans SET status = 'submitted', submitted_at = :a, submitted_by = :b, updated_at = :u "
       "WHERE id = :id",
      soci::use(now), soci::use(user_id), soci::use(now), soci::use(id);
}

void set_region_note(soci::session& s, long long id, const std::string& note, long long now) {
  s << "UPDATE nw_dev_plans SET region_note = :n, updated_at = :u WHERE id = :id", soci::use(note), soci::use(now),
      soci::use(id);
}

bool overlapping_plan(soci::session& s, long long service_id, int year_from, int year_to, long long except_id) {
  Filter f;
  f.add("service_id = ?", {service_id});
  f.add("id <> ?", {except_id});
  f.add("year_from <= ?", {static_cast<long long>(year_to)});
  f.add("year_to >= ?", {static_cast<long long>(year_from)});
  return exists(s, "SELECT COUNT(*) FROM nw_dev_plans", f);
}

// ---- intentions ----

std::vector<IntentionRow> intentions(soci::session& s, long long plan_id) {
  std::vector<IntentionRow> out;
  Filter f;
  f.add("i.dev_plan_id = ?", {plan_id});
  for_each_row(
      s,
      "SELECT i.id, i.dev_plan_id, i.type, i.description, i.capacity_delta, i.capacity_unit, i.form_code, "
      "i.territory_code, i.fte_delta, i.from_year, i.need_area_id, i.finding_id, i.answers_text, i.plan_node_id, "
      "i.decision, i.position, COALESCE(na.name_cs, ''), COALESCE(na.name_en, ''), COALESCE(fi.text, ''), "
      "COALESCE(nd.code, ''), COALESCE(nd.title, ''), "
      "(SELECT MIN(c.name_cs) FROM catalogue_items c WHERE c.catalogue = 'service_forms' AND c.code = i.form_code), "
      "(SELECT MIN(c.name_cs) FROM catalogue_items c WHERE c.catalogue = 'territories' AND c.code = i.territory_code) "
      "FROM nw_dev_intentions i LEFT JOIN nw_need_areas na ON na.id = i.need_area_id "
      "LEFT JOIN q_findings fi ON fi.id = i.finding_id LEFT JOIN nw_plan_nodes nd ON nd.id = i.plan_node_id" +
          f.where() + " ORDER BY i.position, i.id",
      f, [&](const soci::row& r) {
        IntentionRow i;
        i.id = as_ll(r, 0);
        i.dev_plan_id = as_ll(r, 1);
        i.type = parse_intention_type(as_str(r, 2)).value_or(IntentionType::other);
        i.description = as_str(r, 3);
        i.capacity_delta = as_opt_double(r, 4);
        i.capacity_unit = as_str(r, 5);
        i.form_code = as_str(r, 6);
        i.territory_code = as_str(r, 7);
        i.fte_delta = as_opt_double(r, 8);
        i.from_year = as_int(r, 9);
        i.need_area_id = as_opt_ll(r, 10);
        i.finding_id = as_opt_ll(r, 11);
        i.answers_text = as_str(r, 12);
        i.plan_node_id = as_opt_ll(r, 13);
        i.decision = parse_intention_decision(as_str(r, 14)).value_or(IntentionDecision::none);
        i.position = as_int(r, 15);
        i.need_name_cs = as_str(r, 16);
        i.need_name_en = as_str(r, 17);
        i.finding_text = as_str(r, 18);
        i.plan_node_code = as_str(r, 19);
        i.plan_node_title = as_str(r, 20);
        i.form_name = as_str(r, 21);
        i.territory_name = as_str(r, 22);
        out.push_back(std::move(i));
      });
  if (out.empty()) return out;
  std::map<long long, IntentionRow*> by_id;
  std::vector<Param> ids;
  for (auto& i : out) {
    by_id[i.id] = &i;
    ids.push_back(i.id);
  }
  Filter c;
  c.add("intention_id IN (" + placeholders(ids.size()) + ")", ids);
  for_each_row(s,
               "SELECT intention_id, year, category, amount FROM nw_dev_intention_costs" + c.where() +
                   " ORDER BY intention_id, year, CASE category WHEN 'personnel' THEN 0 WHEN 'operating' THEN 1 "
                   "ELSE 2 END",
               c, [&](const soci::row& r) {
                 by_id[as_ll(r, 0)]->costs.push_back(
                     {as_int(r, 1), parse_dev_cost_category(as_str(r, 2)).value_or(DevCostCategory::operating),
                      as_double(r, 3)});
               });
  return out;
}

void replace_intentions(soci::session& s, long long plan_id, const std::vector<IntentionRow>& rows) {
  s << "DELETE FROM nw_dev_intention_costs WHERE intention_id IN (SELECT id FROM nw_dev_intentions WHERE "
       "dev_plan_id = :p)",
      soci::use(plan_id);
  s << "DELETE FROM nw_dev_intentions WHERE dev_plan_id = :p", soci::use(plan_id);
  int position = 0;
  for (const auto& i : rows) {
    const std::string type(to_string(i.type));
    Nullable<double> cap(i.capacity_delta), fte(i.fte_delta);
    Nullable<long long> need(i.need_area_id), finding(i.finding_id), node(i.plan_node_id);
    long long id = 0;
    ++position;
    s << "INSERT INTO nw_dev_intentions (dev_plan_id, type, description, capacity_delta, capacity_unit, form_code, "
         "territory_code, fte_delta, from_year, need_area_id, finding_id, answers_text, plan_node_id, decision, "
         "position) VALUES (:p, :t, :d, :cd, :cu, :f, :te, :fte, :y, :n, :fi, :a, :nd, '', :pos) RETURNING id",
        soci::use(plan_id), soci::use(type), soci::use(i.description), soci::use(cap.value, cap.ind),
        soci::use(i.capacity_unit), soci::use(i.form_code), soci::use(i.territory_code), soci::use(fte.value, fte.ind),
        soci::use(i.from_year), soci::use(need.value, need.ind), soci::use(finding.value, finding.ind),
        soci::use(i.answers_text), soci::use(node.value, node.ind), soci::use(position), soci::into(id);
    for (const auto& c : i.costs) {
      const std::string category(to_string(c.category));
      s << "INSERT INTO nw_dev_intention_costs (intention_id, year, category, amount) VALUES (:i, :y, :c, :a)",
          soci::use(id), soci::use(c.year), soci::use(category), soci::use(c.amount);
    }
  }
}

void set_intention_decision(soci::session& s, long long intention_id, IntentionDecision d) {
  const std::string v(to_string(d));
  s << "UPDATE nw_dev_intentions SET decision = :d WHERE id = :id", soci::use(v), soci::use(intention_id);
}

bool need_area_of_region(soci::session& s, long long need_area_id, long long region_org_id) {
  Filter f;
  f.add("id = ?", {need_area_id});
  f.add("region_org_id = ?", {region_org_id});
  return exists(s, "SELECT COUNT(*) FROM nw_need_areas", f);
}

bool finding_of_service(soci::session& s, long long finding_id, long long service_id) {
  Filter f;
  f.add("fi.id = ?", {finding_id});
  f.add("a.service_id = ?", {service_id});
  return exists(s, "SELECT COUNT(*) FROM q_findings fi JOIN q_audits a ON a.id = fi.audit_id", f);
}

bool plan_node_of_region(soci::session& s, long long node_id, long long region_org_id) {
  Filter f;
  f.add("n.id = ?", {node_id});
  f.add("p.region_org_id = ?", {region_org_id});
  f.add("n.level IN ('measure', 'activity')");
  return exists(s, "SELECT COUNT(*) FROM nw_plan_nodes n JOIN nw_plans p ON p.id = n.plan_id", f);
}

bool catalogue_has(soci::session& s, const std::string& catalogue, const std::string& code) {
  Filter f;
  f.add("catalogue = ?", {catalogue});
  f.add("code = ?", {code});
  return exists(s, "SELECT COUNT(*) FROM catalogue_items", f);
}

// ---- criteria ----

namespace {
const std::string kCriterionColumns =
    "SELECT id, region_org_id, code, name_cs, name_en, description, evidence, weight, scale_max, position, active "
    "FROM nw_dev_criteria";
CriterionRow read_criterion(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),     as_str(r, 2), as_str(r, 3), as_str(r, 4),      as_str(r, 5),
          as_str(r, 6), as_double(r, 7), as_int(r, 8), as_int(r, 9), as_int(r, 10) != 0};
}
}  // namespace

std::vector<CriterionRow> criteria(soci::session& s, long long region_org_id, bool active_only) {
  std::vector<CriterionRow> out;
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  if (active_only) f.add("active = 1");
  for_each_row(s, kCriterionColumns + f.where() + " ORDER BY position, id", f,
               [&](const soci::row& r) { out.push_back(read_criterion(r)); });
  return out;
}

std::optional<CriterionRow> get_criterion(soci::session& s, long long id) {
  std::optional<CriterionRow> out;
  Filter f;
  f.add("id = ?", {id});
  for_each_row(s, kCriterionColumns + f.where(), f, [&](const soci::row& r) { out = read_criterion(r); });
  return out;
}

std::optional<long long> criterion_by_code(soci::session& s, long long region_org_id, const std::string& code) {
  std::optional<long long> out;
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  f.add("code = ?", {code});
  for_each_row(s, "SELECT id FROM nw_dev_criteria" + f.where(), f, [&](const soci::row& r) { out = as_ll(r, 0); });
  return out;
}

long long insert_criterion(soci::session& s, const CriterionRow& c) {
  long long id = 0;
  const int active = c.active ? 1 : 0;
  s << "INSERT INTO nw_dev_criteria (region_org_id, code, name_cs, name_en, description, evidence, weight, "
       "scale_max, position, active) VALUES (:r, :c, :n, :ne, :d, :e, :w, :s, :p, :a) RETURNING id",
      soci::use(c.region_org_id), soci::use(c.code), soci::use(c.name_cs), soci::use(c.name_en),
      soci::use(c.description), soci::use(c.evidence), soci::use(c.weight), soci::use(c.scale_max),
      soci::use(c.position), soci::use(active), soci::into(id);
  return id;
}

void update_criterion(soci::session& s, const CriterionRow& c) {
  const int active = c.active ? 1 : 0;
  s << "UPDATE nw_dev_criteria SET code = :c, name_cs = :n, name_en = :ne, description = :d, evidence = :e, "
       "weight = :w, scale_max = :s, position = :p, active = :a WHERE id = :id",
      soci::use(c.code), soci::use(c.name_cs), soci::use(c.name_en), soci::use(c.description), soci::use(c.evidence),
      soci::use(c.weight), soci::use(c.scale_max), soci::use(c.position), soci::use(active), soci::use(c.id);
}

// ---- evaluations ----

std::optional<EvaluationRow> evaluation(soci::session& s, long long plan_id) {
  std::optional<EvaluationRow> out;
  Filter f;
  f.add("dev_plan_id = ?", {plan_id});
  for_each_row(s,
               "SELECT id, dev_plan_id, total_score, decision, decision_reason, decided_on, effect_note, "
               "evaluated_by, evaluated_at, decided_by, decided_at FROM nw_dev_evaluations" +
                   f.where(),
               f, [&](const soci::row& r) {
                 EvaluationRow e;
                 e.id = as_ll(r, 0);
                 e.dev_plan_id = as_ll(r, 1);
                 e.total_score = as_opt_double(r, 2);
                 e.decision = as_str(r, 3);
                 e.decision_reason = as_str(r, 4);
                 e.decided_on = as_str(r, 5);
                 e.effect_note = as_str(r, 6);
                 e.evaluated_by = as_ll(r, 7);
                 e.evaluated_at = as_ll(r, 8);
                 e.decided_by = as_ll(r, 9);
                 e.decided_at = as_ll(r, 10);
                 out = std::move(e);
               });
  if (!out) return out;
  Filter g;
  g.add("sc.evaluation_id = ?", {out->id});
  for_each_row(s,
               "SELECT sc.criterion_id, sc.score, sc.reason FROM nw_dev_scores sc JOIN nw_dev_criteria c ON "
               "c.id = sc.criterion_id" +
                   g.where() + " ORDER BY c.position, c.id",
               g, [&](const soci::row& r) {
                 out->scores.push_back({as_ll(r, 0), as_int(r, 1), as_str(r, 2)});
               });
  return out;
}

void save_evaluation(soci::session& s, long long plan_id, double total, const std::vector<ScoreRow>& scores,
                     long long user_id, long long now) {
  auto e = evaluation(s, plan_id);
  long long id = 0;
  if (e) {
    id = e->id;
    s << "UPDATE nw_dev_evaluations SET total_score = :t, evaluated_by = :u, evaluated_at = :a WHERE id = :id",
        soci::use(total), soci::use(user_id), soci::use(now), soci::use(id);
    s << "DELETE FROM nw_dev_scores WHERE evaluation_id = :id", soci::use(id);
  } else {
    s << "INSERT INTO nw_dev_evaluations (dev_plan_id, total_score, evaluated_by, evaluated_at) VALUES (:p, :t, :u, "
         ":a) RETURNING id",
        soci::use(plan_id), soci::use(total), soci::use(user_id), soci::use(now), soci::into(id);
  }
  for (const auto& sc : scores)
    s << "INSERT INTO nw_dev_scores (evaluation_id, criterion_id, score, reason) VALUES (:e, :c, :s, :r)",
        soci::use(id), soci::use(sc.criterion_id), soci::use(sc.score), soci::use(sc.reason);
}

void save_decision(soci::session& s, long long plan_id, DevDecision d, const std::string& reason,
                   const std::string& decided_on, const std::string& effect_note, long long user_id, long long now) {
  const std::string v(to_string(d));
  s << "UPDATE nw_dev_evaluations SET decision = :d, decision_reason = :r, decided_on = :o, effect_note = :e, "
       "decided_by = :u, decided_at = :a WHERE dev_plan_id = :p",
      soci::use(v), soci::use(reason), soci::use(decided_on), soci::use(effect_note), soci::use(user_id),
      soci::use(now), soci::use(plan_id);
}

// ---- the network ----

namespace {
NetworkYear read_year(const soci::row& r) { return {as_ll(r, 0), as_int(r, 1), as_str(r, 2) == "draft"}; }
}  // namespace

std::optional<NetworkYear> network_year(soci::session& s, long long region_org_id, int year) {
  std::optional<NetworkYear> out;
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  f.add("year = ?", {static_cast<long long>(year)});
  for_each_row(s, "SELECT id, year, status FROM nw_network_years" + f.where(), f,
               [&](const soci::row& r) { out = read_year(r); });
  return out;
}

std::optional<NetworkYear> network_year_near(soci::session& s, long long region_org_id, int year) {
  std::optional<NetworkYear> before, after;
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  for_each_row(s, "SELECT id, year, status FROM nw_network_years" + f.where() + " ORDER BY year", f,
               [&](const soci::row& r) {
                 auto y = read_year(r);
                 if (y.year <= year)
                   before = y;
                 else if (!after)
                   after = y;
               });
  return before ? before : after;
}

std::optional<NetworkEntry> network_entry(soci::session& s, long long year_id, long long service_id) {
  std::optional<NetworkEntry> out;
  Filter f;
  f.add("network_year_id = ?", {year_id});
  f.add("service_id = ?", {service_id});
  for_each_row(s, "SELECT id, capacity, capacity_unit FROM nw_network_entries" + f.where(), f, [&](const soci::row& r) {
    out = NetworkEntry{as_ll(r, 0), as_double(r, 1), as_str(r, 2)};
  });
  return out;
}

long long record_network_decision(soci::session& s, const NetworkDecision& d, long long user_id, long long now) {
  long long id = 0;
  Nullable<double> before(d.capacity_before);
  s << "INSERT INTO nw_network_decisions (region_org_id, network_year_id, service_id, kind, decided_on, reason, "
       "decided_by_text, capacity_before, capacity_after, capacity_unit, dev_intention_id, recorded_by, created_at) "
       "VALUES (:r, :y, :s, :k, :o, :re, :b, :cb, :ca, :u, :i, :rb, :c) RETURNING id",
      soci::use(d.region_org_id), soci::use(d.network_year_id), soci::use(d.service_id), soci::use(d.kind),
      soci::use(d.decided_on), soci::use(d.reason), soci::use(d.decided_by_text), soci::use(before.value, before.ind),
      soci::use(d.capacity_after), soci::use(d.capacity_unit), soci::use(d.dev_intention_id), soci::use(user_id),
      soci::use(now), soci::into(id);
  if (d.kind == "include") {
    std::string territories;
    Filter f;
    f.add("service_id = ?", {d.service_id});
    for_each_row(s, "SELECT territory_code FROM service_territories" + f.where() + " ORDER BY territory_code", f,
                 [&](const soci::row& r) { territories += ";" + as_str(r, 0); });
    if (!territories.empty()) territories += ";";
    s << "INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit, territories) "
         "VALUES (:y, :s, :c, :u, :t)",
        soci::use(d.network_year_id), soci::use(d.service_id), soci::use(d.capacity_after), soci::use(d.capacity_unit),
        soci::use(territories);
  } else if (d.kind == "change") {
    s << "UPDATE nw_network_entries SET capacity = :c WHERE network_year_id = :y AND service_id = :s",
        soci::use(d.capacity_after), soci::use(d.network_year_id), soci::use(d.service_id);
  } else if (d.kind == "remove") {
    s << "DELETE FROM nw_network_entries WHERE network_year_id = :y AND service_id = :s", soci::use(d.network_year_id),
        soci::use(d.service_id);
  }
  s << "UPDATE nw_network_years SET updated_at = :u WHERE id = :y", soci::use(now), soci::use(d.network_year_id);
  return id;
}

std::vector<RecordedDecision> decisions_of_plan(soci::session& s, long long plan_id) {
  std::vector<RecordedDecision> out;
  Filter f;
  f.add("i.dev_plan_id = ?", {plan_id});
  for_each_row(s,
               "SELECT d.id, d.dev_intention_id, y.year, d.kind, d.capacity_before, d.capacity_after, "
               "d.capacity_unit, d.decided_on FROM nw_network_decisions d JOIN nw_dev_intentions i ON "
               "i.id = d.dev_intention_id JOIN nw_network_years y ON y.id = d.network_year_id" +
                   f.where() + " ORDER BY i.position, d.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_int(r, 2), as_str(r, 3), as_opt_double(r, 4),
                                as_opt_double(r, 5), as_str(r, 6), as_str(r, 7)});
               });
  return out;
}

std::optional<Entrustment> entrustment_in_force(soci::session& s, long long service_id, const std::string& date) {
  std::optional<Entrustment> out;
  Filter f;
  f.add("service_id = ?", {service_id});
  f.add("status <> 'revoked'");
  f.add("valid_from <= ?", {date});
  f.add("valid_to >= ?", {date});
  for_each_row(
      s,
      "SELECT act_number, valid_from, valid_to FROM nw_entrustments" + f.where() + " ORDER BY valid_from DESC, id DESC",
      f, [&](const soci::row& r) {
        if (!out) out = Entrustment{as_str(r, 0), as_str(r, 1), as_str(r, 2)};
      });
  return out;
}

std::vector<DemandLine> supported_demand(soci::session& s, long long region_org_id,
                                         const std::vector<long long>& provider_ids) {
  std::vector<DemandLine> out;
  Filter f;
  f.add("p.region_org_id = ?", {region_org_id});
  f.add("p.status = 'decided'");
  f.add("i.decision = 'support'");
  if (!provider_ids.empty()) {
    std::vector<Param> ids(provider_ids.begin(), provider_ids.end());
    f.add("p.provider_org_id IN (" + placeholders(ids.size()) + ")", ids);
  }
  for_each_row(
      s,
      "SELECT p.id, p.service_id, sv.name, o.name, c.year, c.category, SUM(c.amount), p.title FROM nw_dev_plans p "
      "JOIN services sv ON sv.id = p.service_id JOIN organisations o ON o.id = p.provider_org_id "
      "JOIN nw_dev_intentions i ON i.dev_plan_id = p.id JOIN nw_dev_intention_costs c ON "
      "c.intention_id = i.id" +
          f.where() +
          " GROUP BY p.id, p.service_id, sv.name, o.name, c.year, c.category, p.title "
          "ORDER BY sv.name, p.id, c.year, c.category",
      f, [&](const soci::row& r) {
        out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 7), as_int(r, 4),
                       parse_dev_cost_category(as_str(r, 5)).value_or(DevCostCategory::operating), as_double(r, 6)});
      });
  return out;
}

}  // namespace kvalis::network::store::dev_repo
