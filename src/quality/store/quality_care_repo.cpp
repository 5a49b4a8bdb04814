#include "quality/store/quality_care_repo.hpp"

#include <map>

#include "platform/store/database.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::store::quality_care_repo {
namespace {

// "(own organisation OR region)" over the given columns; nothing when the scope is everything.
void add_scope(Filter& f, const Scope& scope, const std::vector<std::string>& org_columns,
               const std::string& region_column) {
  if (scope.all) return;
  std::string clause;
  std::vector<Param> params;
  for (const auto& col : org_columns) {
    if (scope.organisation_ids.empty()) break;
    clause += (clause.empty() ? "" : " OR ") + col + " IN (" + placeholders(scope.organisation_ids.size()) + ")";
    params.insert(params.end(), scope.organisation_ids.begin(), scope.organisation_ids.end());
  }
  if (!scope.region_codes.empty()) {
    clause += (clause.empty() ? "" : " OR ") + region_column + " IN (" + placeholders(scope.region_codes.size()) + ")";
    params.insert(params.end(), scope.region_codes.begin(), scope.region_codes.end());
  }
  f.add(clause.empty() ? "1 = 0" : clause, params);
}

constexpr const char* kSupervisionColumns =
    "SELECT v.id, v.provider_org_id, p.name, p.region_code, v.service_id, COALESCE(sv.name, ''), "
    "v.recorded_by_org_id, rb.name, v.kind, v.form, v.supervisor, v.held_on, v.hours, v.topics, v.note, "
    "v.created_by, v.created_at, v.updated_at FROM qc_supervisions v "
    "JOIN organisations p ON p.id = v.provider_org_id JOIN organisations rb ON rb.id = v.recorded_by_org_id "
    "LEFT JOIN services sv ON sv.id = v.service_id";

SupervisionRow read_supervision(const soci::row& r) {
  SupervisionRow v;
  v.id = as_ll(r, 0);
  v.provider_org_id = as_ll(r, 1);
  v.provider_name = as_str(r, 2);
  v.provider_region_code = as_str(r, 3);
  v.service_id = as_opt_ll(r, 4);
  v.service_name = as_str(r, 5);
  v.recorded_by_org_id = as_ll(r, 6);
  v.recorded_by_name = as_str(r, 7);
  v.kind = as_str(r, 8);
  v.form = as_str(r, 9);
  v.supervisor = as_str(r, 10);
  v.held_on = as_str(r, 11);
  v.hours = as_double(r, 12);
  v.topics = as_str(r, 13);
  v.note = as_str(r, 14);
  v.created_by = as_ll(r, 15);
  v.created_at = as_ll(r, 16);
  v.updated_at = as_ll(r, 17);
  return v;
}

// Participants and linked findings of the listed records, in one query each.
void load_details(soci::session& s, std::vector<SupervisionRow>& rows) {
  if (rows.empty()) return;
  std::map<long long, std::size_t> index;
  std::vector<Param> ids;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    index[rows[i].id] = i;
    ids.push_back(rows[i].id);
  }
  Filter f;
  f.add("supervision_id IN (" + placeholders(ids.size()) + ")", ids);
  for_each_row(s,
               "SELECT supervision_id, name, team FROM qc_supervision_participants" + f.where() +
                   " ORDER BY supervision_id, position",
               f, [&](const soci::row& r) {
                 rows[index[as_ll(r, 0)]].participants.push_back({as_str(r, 1), as_str(r, 2)});
               });
  Filter g;
  g.add("l.supervision_id IN (" + placeholders(ids.size()) + ")", ids);
  for_each_row(s,
               "SELECT l.supervision_id, x.id, x.audit_id, a.title, x.severity, x.text FROM qc_supervision_findings l "
               "JOIN q_findings x ON x.id = l.finding_id JOIN q_audits a ON a.id = x.audit_id" +
                   g.where() + " ORDER BY l.supervision_id, x.id",
               g, [&](const soci::row& r) {
                 rows[index[as_ll(r, 0)]].findings.push_back(
                     {as_ll(r, 1), as_ll(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5)});
               });
}

void insert_supervision_details(soci::session& s, const SupervisionRow& r) {
  int position = 0;
  for (const auto& p : r.participants) {
    ++position;
    s << "INSERT INTO qc_supervision_participants (supervision_id, position, name, team) VALUES (:s, :p, :n, :t)",
        soci::use(r.id), soci::use(position), soci::use(p.name), soci::use(p.team);
  }
  for (const auto& x : r.findings)
    s << "INSERT INTO qc_supervision_findings (supervision_id, finding_id) VALUES (:s, :f)", soci::use(r.id),
        soci::use(x.id);
}

}  // namespace

// ---- consultations and supervisions ----------------------------------------------------------------

std::vector<SupervisionRow> list_supervisions(soci::session& s, const SupervisionQuery& q) {
  Filter f;
  add_scope(f, q.scope, {"v.provider_org_id", "v.recorded_by_org_id"}, "p.region_code");
  if (q.provider_org_id) f.add("v.provider_org_id = ?", {*q.provider_org_id});
  if (q.year) f.add("v.held_on LIKE ?", {std::to_string(q.year) + "-%"});
  if (!q.kind.empty()) f.add("v.kind = ?", {q.kind});
  std::vector<SupervisionRow> out;
  for_each_row(s, std::string(kSupervisionColumns) + f.where() + " ORDER BY v.held_on DESC, v.id DESC", f,
               [&](const soci::row& r) { out.push_back(read_supervision(r)); });
  load_details(s, out);
  return out;
}

std::optional<SupervisionRow> get_supervision(soci::session& s, long long id) {
  Filter f;
  f.add("v.id = ?", {id});
  std::vector<SupervisionRow> out;
  for_each_row(s, std::string(kSupervisionColumns) + f.where(), f,
               [&](const soci::row& r) { out.push_back(read_supervision(r)); });
  if (out.empty()) return std::nullopt;
  load_details(s, out);
  return out.front();
}

long long insert_supervision(soci::session& s, const SupervisionRow& r) {
  SupervisionRow copy = r;
  Nullable<long long> service(r.service_id);
  s << "INSERT INTO qc_supervisions (provider_org_id, service_id, recorded_by_org_id, kind, form, supervisor, held_on, "
       "hours, topics, note, created_by, created_at, updated_at) VALUES (:p, :s, :rb, :k, :f, :sup, :h, :hrs, :t, :n, "
       ":cb, :ca, :ua) RETURNING id",
      soci::use(r.provider_org_id), soci::use(service.value, service.ind), soci::use(r.recorded_by_org_id),
      soci::use(r.kind), soci::use(r.form), soci::use(r.supervisor), soci::use(r.held_on), soci::use(r.hours),
      soci::use(r.topics), soci::use(r.note), soci::use(r.created_by), soci::use(r.created_at), soci::use(r.updated_at),
      soci::into(copy.id);
  insert_supervision_details(s, copy);
  return copy.id;
}

void update_supervision(soci::session& s, const SupervisionRow& r) {
  Nullable<long long> service(r.service_id);
  s << "UPDATE qc_supervisions SET service_id = :s, kind = :k, form = :f, supervisor = :sup, held_on = :h, hours = "
       ":hrs, "
       "topics = :t, note = :n, updated_at = :ua WHERE id = :id",
      soci::use(service.value, service.ind), soci::use(r.kind), soci::use(r.form), soci::use(r.supervisor),
      soci::use(r.held_on), soci::use(r.hours), soci::use(r.topics), soci::use(r.note), soci::use(r.updated_at),
      soci::use(r.id);
  s << "DELETE FROM qc_supervision_participants WHERE supervision_id = :id", soci::use(r.id);
  s << "DELETE FROM qc_supervision_findings WHERE supervision_id = :id", soci::use(r.id);
  insert_supervision_details(s, r);
}

void delete_supervision(soci::session& s, long long id) {
  s << "DELETE FROM qc_supervision_participants WHERE supervision_id = :id", soci::use(id);
  s << "DELETE FROM qc_supervision_findings WHERE supervision_id = :id", soci::use(id);
  s << "DELETE FROM qc_supervisions WHERE id = :id", soci::use(id);
}

std::vector<FindingRef> provider_findings(soci::session& s, long long provider_org_id) {
  Filter f;
  f.add("a.audited_org_id = ?", {provider_org_id});
  std::vector<FindingRef> out;
  for_each_row(s,
               "SELECT x.id, x.audit_id, a.title, x.severity, x.text FROM q_findings x JOIN q_audits a ON a.id = "
               "x.audit_id" +
                   f.where() + " ORDER BY a.starts_on DESC, a.id DESC, x.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4)});
               });
  return out;
}

// ---- organisations and services --------------------------------------------------------------------

std::optional<OrgRef> get_org(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<OrgRef> out;
  for_each_row(s, "SELECT id, type, name, region_code FROM organisations" + f.where(), f, [&](const soci::row& r) {
    out = OrgRef{as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
  });
  return out;
}

std::vector<OrgRef> list_providers(soci::session& s, const Scope& scope, const std::vector<long long>& also_ids) {
  Scope wider = scope;  // the extra ids are matched on the organisation's own id, as the scope's are
  wider.organisation_ids.insert(wider.organisation_ids.end(), also_ids.begin(), also_ids.end());
  Filter f;
  f.add("o.type = 'provider'");
  add_scope(f, wider, {"o.id"}, "o.region_code");
  std::vector<OrgRef> out;
  for_each_row(s,
               "SELECT o.id, o.type, o.name, o.region_code FROM organisations o" + f.where() + " ORDER BY o.name, o.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)});
               });
  return out;
}

std::optional<OrgRef> region_org(soci::session& s, const std::string& region_code) {
  Filter f;
  f.add("type = 'region'");
  f.add("region_code = ?", {region_code});
  std::optional<OrgRef> out;
  for_each_row(s, "SELECT id, type, name, region_code FROM organisations" + f.where() + " ORDER BY id", f,
               [&](const soci::row& r) {
                 if (!out) out = OrgRef{as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
               });
  return out;
}

std::optional<ServiceRef> get_service(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<ServiceRef> out;
  for_each_row(
      s, "SELECT id, provider_id, name, kind_code, forms, region_code, capacity_total FROM services" + f.where(), f,
      [&](const soci::row& r) {
        out = ServiceRef{as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5), as_ll(r, 6)};
      });
  return out;
}

// ---- OSPOD -----------------------------------------------------------------------------------------

std::vector<StandardRef> ospod_standards(soci::session& s) {
  Filter f;
  f.add("st.set_id = (SELECT id FROM standard_sets WHERE code = 'OSPOD' ORDER BY version DESC LIMIT 1)");
  std::vector<StandardRef> out;
  for_each_row(s, "SELECT st.number, st.name_cs FROM standards st" + f.where() + " ORDER BY st.number", f,
               [&](const soci::row& r) {
                 out.push_back({as_int(r, 0), as_str(r, 1)});
               });
  return out;
}

std::vector<OrgRef> list_offices(soci::session& s, const Scope& scope) {
  Filter f;
  f.add("o.type = 'municipality'");
  add_scope(f, scope, {"o.id"}, "o.region_code");
  std::vector<OrgRef> out;
  for_each_row(s,
               "SELECT o.id, o.type, o.name, o.region_code FROM organisations o" + f.where() + " ORDER BY o.name, o.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)});
               });
  return out;
}

std::vector<ProcedureRow> list_procedures(soci::session& s, long long office_org_id) {
  Filter f;
  f.add("office_org_id = ?", {office_org_id});
  std::vector<ProcedureRow> out;
  for_each_row(s,
               "SELECT id, office_org_id, standard_number, version, title, content, approved_on, approved_by, "
               "effective_from, change_note, created_by, created_at FROM qc_ospod_procedures" +
                   f.where() + " ORDER BY standard_number, version DESC",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_int(r, 2), as_int(r, 3), as_str(r, 4), as_str(r, 5),
                                as_str(r, 6), as_str(r, 7), as_str(r, 8), as_str(r, 9), as_ll(r, 10), as_ll(r, 11)});
               });
  return out;
}

ProcedureRow insert_procedure(soci::session& s, ProcedureRow row) {
  int version = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MAX(version) FROM qc_ospod_procedures WHERE office_org_id = :o AND standard_number = :n",
      soci::use(row.office_org_id), soci::use(row.standard_number), soci::into(version, ind);
  row.version = ind == soci::i_null ? 1 : version + 1;
  s << "INSERT INTO qc_ospod_procedures (office_org_id, standard_number, version, title, content, approved_on, "
       "approved_by, effective_from, change_note, created_by, created_at) VALUES (:o, :n, :v, :t, :c, :ao, :ab, :ef, "
       ":cn, :cb, :ca) RETURNING id",
      soci::use(row.office_org_id), soci::use(row.standard_number), soci::use(row.version), soci::use(row.title),
      soci::use(row.content), soci::use(row.approved_on), soci::use(row.approved_by), soci::use(row.effective_from),
      soci::use(row.change_note), soci::use(row.created_by), soci::use(row.created_at), soci::into(row.id);
  return row;
}

namespace {

void load_workers(soci::session& s, std::vector<SnapshotRow>& rows) {
  if (rows.empty()) return;
  std::map<long long, std::size_t> index;
  std::vector<Param> ids;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    index[rows[i].id] = i;
    ids.push_back(rows[i].id);
  }
  Filter f;
  f.add("snapshot_id IN (" + placeholders(ids.size()) + ")", ids);
  for_each_row(
      s, "SELECT snapshot_id, name, job, fte FROM qc_staffing_workers" + f.where() + " ORDER BY snapshot_id, position",
      f, [&](const soci::row& r) {
        rows[index[as_ll(r, 0)]].workers.push_back({as_str(r, 1), as_str(r, 2), as_double(r, 3)});
      });
}

std::vector<SnapshotRow> select_snapshots(soci::session& s, const Filter& f) {
  std::vector<SnapshotRow> out;
  for_each_row(
      s,
      "SELECT id, office_org_id, as_of, cases, children, note, created_at FROM qc_staffing_snapshots" + f.where() +
          " ORDER BY as_of, id",
      f, [&](const soci::row& r) {
        out.push_back(
            {as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_opt_ll(r, 3), as_opt_ll(r, 4), as_str(r, 5), {}, as_ll(r, 6)});
      });
  load_workers(s, out);
  return out;
}

void insert_workers(soci::session& s, const SnapshotRow& r) {
  int position = 0;
  for (const auto& w : r.workers) {
    ++position;
    s << "INSERT INTO qc_staffing_workers (snapshot_id, position, name, job, fte) VALUES (:s, :p, :n, :j, :f)",
        soci::use(r.id), soci::use(position), soci::use(w.name), soci::use(w.job), soci::use(w.fte);
  }
}

}  // namespace

std::vector<SnapshotRow> list_snapshots(soci::session& s, long long office_org_id) {
  Filter f;
  f.add("office_org_id = ?", {office_org_id});
  return select_snapshots(s, f);
}

std::optional<SnapshotRow> get_snapshot(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  auto rows = select_snapshots(s, f);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

bool snapshot_exists(soci::session& s, long long office_org_id, const std::string& as_of, long long except_id) {
  Filter f;
  f.add("office_org_id = ?", {office_org_id});
  f.add("as_of = ?", {as_of});
  f.add("id <> ?", {except_id});
  return count_rows(s, "SELECT COUNT(*) FROM qc_staffing_snapshots" + f.where(), f) > 0;
}

long long insert_snapshot(soci::session& s, const SnapshotRow& r, long long user_id) {
  SnapshotRow copy = r;
  Nullable<long long> cases(r.cases), children(r.children);
  const long long now = now_epoch();
  s << "INSERT INTO qc_staffing_snapshots (office_org_id, as_of, cases, children, note, created_by, created_at) VALUES "
       "(:o, :a, :c, :ch, :n, :cb, :ca) RETURNING id",
      soci::use(r.office_org_id), soci::use(r.as_of), soci::use(cases.value, cases.ind),
      soci::use(children.value, children.ind), soci::use(r.note), soci::use(user_id), soci::use(now),
      soci::into(copy.id);
  insert_workers(s, copy);
  return copy.id;
}

void update_snapshot(soci::session& s, const SnapshotRow& r) {
  Nullable<long long> cases(r.cases), children(r.children);
  s << "UPDATE qc_staffing_snapshots SET as_of = :a, cases = :c, children = :ch, note = :n WHERE id = :id",
      soci::use(r.as_of), soci::use(cases.value, cases.ind), soci::use(children.value, children.ind), soci::use(r.note),
      soci::use(r.id);
  s << "DELETE FROM qc_staffing_workers WHERE snapshot_id = :id", soci::use(r.id);
  insert_workers(s, r);
}

void delete_snapshot(soci::session& s, long long id) {
  s << "DELETE FROM qc_staffing_workers WHERE snapshot_id = :id", soci::use(id);
  s << "DELETE FROM qc_staffing_snapshots WHERE id = :id", soci::use(id);
}

NormRow get_norm(soci::session& s, long long office_org_id) {
  Filter f;
  f.add("office_org_id = ?", {office_org_id});
  NormRow out;
  for_each_row(s,
               "SELECT max_cases_per_fte, max_children_per_fte, source, updated_at FROM qc_staffing_norms" + f.where(),
               f, [&](const soci::row& r) {
                 out = NormRow{as_opt_double(r, 0), as_opt_double(r, 1), as_str(r, 2), as_ll(r, 3)};
               });
  return out;
}

void put_norm(soci::session& s, long long office_org_id, const NormRow& n, long long user_id) {
  Nullable<double> cases(n.max_cases_per_fte), children(n.max_children_per_fte);
  const long long now = now_epoch();
  s << "DELETE FROM qc_staffing_norms WHERE office_org_id = :o", soci::use(office_org_id);
  s << "INSERT INTO qc_staffing_norms (office_org_id, max_cases_per_fte, max_children_per_fte, source, updated_by, "
       "updated_at) VALUES (:o, :c, :ch, :s, :u, :t)",
      soci::use(office_org_id), soci::use(cases.value, cases.ind), soci::use(children.value, children.ind),
      soci::use(n.source), soci::use(user_id), soci::use(now);
}

// ---- transformation --------------------------------------------------------------------------------

namespace {

constexpr const char* kPlanColumns =
    "SELECT t.id, t.service_id, sv.name, sv.region_code, t.provider_org_id, o.name, t.title, t.description, "
    "t.baseline_capacity, t.target_capacity, t.baseline_on, t.target_on, t.status, t.created_at, t.updated_at "
    "FROM qc_transformation_plans t JOIN services sv ON sv.id = t.service_id "
    "JOIN organisations o ON o.id = t.provider_org_id";

PlanRow read_plan(const soci::row& r) {
  return {as_ll(r, 0),   as_ll(r, 1),   as_str(r, 2),  as_str(r, 3), as_ll(r, 4),
          as_str(r, 5),  as_str(r, 6),  as_str(r, 7),  as_int(r, 8), as_int(r, 9),
          as_str(r, 10), as_str(r, 11), as_str(r, 12), as_ll(r, 13), as_ll(r, 14)};
}

constexpr const char* kMilestoneColumns =
    "SELECT m.id, m.plan_id, m.kind, m.title, m.planned_on, m.done_on, m.capacity_after, m.new_service_id, "
    "COALESCE(sv.name, ''), m.clients_moved, m.note FROM qc_milestones m LEFT JOIN services sv ON sv.id = "
    "m.new_service_id";

MilestoneRow read_milestone(const soci::row& r) {
  return {as_ll(r, 0),     as_ll(r, 1),     as_str(r, 2), as_str(r, 3),    as_str(r, 4), as_str(r, 5),
          as_opt_ll(r, 6), as_opt_ll(r, 7), as_str(r, 8), as_opt_ll(r, 9), as_str(r, 10)};
}

constexpr const char* kPlaceColumns =
    "SELECT p.id, p.plan_id, p.name, p.address, p.service_id, COALESCE(sv.name, ''), p.ordinary_housing, p.capacity, "
    "p.household_sizes, p.equipment_complete, p.equipment_note, p.support_separated, p.note FROM qc_community_places p "
    "LEFT JOIN services sv ON sv.id = p.service_id";

PlaceRow read_place(const soci::row& r) {
  return {as_ll(r, 0),   as_ll(r, 1),        as_str(r, 2), as_str(r, 3), as_opt_ll(r, 4),
          as_str(r, 5),  as_int(r, 6) != 0,  as_ll(r, 7),  as_str(r, 8), as_int(r, 9) != 0,
          as_str(r, 10), as_int(r, 11) != 0, as_str(r, 12)};
}

}  // namespace

std::vector<PlanRow> list_plans(soci::session& s, const PlanQuery& q) {
  Filter f;
  add_scope(f, q.scope, {"t.provider_org_id"}, "sv.region_code");
  if (q.service_id) f.add("t.service_id = ?", {*q.service_id});
  if (q.provider_org_id) f.add("t.provider_org_id = ?", {*q.provider_org_id});
  std::vector<PlanRow> out;
  for_each_row(s, std::string(kPlanColumns) + f.where() + " ORDER BY sv.name, t.baseline_on, t.id", f,
               [&](const soci::row& r) { out.push_back(read_plan(r)); });
  return out;
}

std::optional<PlanRow> get_plan(soci::session& s, long long id) {
  Filter f;
  f.add("t.id = ?", {id});
  std::optional<PlanRow> out;
  for_each_row(s, std::string(kPlanColumns) + f.where(), f, [&](const soci::row& r) { out = read_plan(r); });
  return out;
}

long long insert_plan(soci::session& s, const PlanRow& p, long long user_id) {
  long long id = 0;
  const long long now = now_epoch();
  s << "INSERT INTO qc_transformation_plans (service_id, provider_org_id, title, description, baseline_capacity, "
       "target_capacity, baseline_on, target_on, status, created_by, created_at, updated_at) VALUES (:s, :p, :t, :d, "
       ":bc, :tc, :bo, :to, :st, :cb, :ca, :ua) RETURNING id",
      soci::use(p.service_id), soci::use(p.provider_org_id), soci::use(p.title), soci::use(p.description),
      soci::use(p.baseline_capacity), soci::use(p.target_capacity), soci::use(p.baseline_on), soci::use(p.target_on),
      soci::use(p.status), soci::use(user_id), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_plan(soci::session& s, const PlanRow& p) {
  const long long now = now_epoch();
  s << "UPDATE qc_transformation_plans SET title = :t, description = :d, baseline_capacity = :bc, target_capacity = "
       ":tc, "
       "baseline_on = :bo, target_on = :to, status = :st, updated_at = :ua WHERE id = :id",
      soci::use(p.title), soci::use(p.description), soci::use(p.baseline_capacity), soci::use(p.target_capacity),
      soci::use(p.baseline_on), soci::use(p.target_on), soci::use(p.status), soci::use(now), soci::use(p.id);
}

std::optional<long long> find_plan(soci::session& s, long long service_id, const std::string& title) {
  Filter f;
  f.add("service_id = ?", {service_id});
  f.add("title = ?", {title});
  std::optional<long long> out;
  for_each_row(s, "SELECT id FROM qc_transformation_plans" + f.where() + " ORDER BY id", f, [&](const soci::row& r) {
    if (!out) out = as_ll(r, 0);
  });
  return out;
}

std::vector<MilestoneRow> list_milestones(soci::session& s, long long plan_id) {
  Filter f;
  f.add("m.plan_id = ?", {plan_id});
  std::vector<MilestoneRow> out;
  for_each_row(s, std::string(kMilestoneColumns) + f.where() + " ORDER BY m.planned_on, m.id", f,
               [&](const soci::row& r) { out.push_back(read_milestone(r)); });
  return out;
}

std::optional<MilestoneRow> get_milestone(soci::session& s, long long id) {
  Filter f;
  f.add("m.id = ?", {id});
  std::optional<MilestoneRow> out;
  for_each_row(s, std::string(kMilestoneColumns) + f.where(), f, [&](const soci::row& r) { out = read_milestone(r); });
  return out;
}

long long insert_milestone(soci::session& s, const MilestoneRow& m) {
  long long id = 0;
  Nullable<long long> cap(m.capacity_after), svc(m.new_service_id), moved(m.clients_moved);
  s << "INSERT INTO qc_milestones (plan_id, kind, title, planned_on, done_on, capacity_after, new_service_id, "
       "clients_moved, note) VALUES (:p, :k, :t, :po, :do, :ca, :ns, :cm, :n) RETURNING id",
      soci::use(m.plan_id), soci::use(m.kind), soci::use(m.title), soci::use(m.planned_on), soci::use(m.done_on),
      soci::use(cap.value, cap.ind), soci::use(svc.value, svc.ind), soci::use(moved.value, moved.ind),
      soci::use(m.note), soci::into(id);
  return id;
}

void update_milestone(soci::session& s, const MilestoneRow& m) {
  Nullable<long long> cap(m.capacity_after), svc(m.new_service_id), moved(m.clients_moved);
  s << "UPDATE qc_milestones SET kind = :k, title = :t, planned_on = :po, done_on = :do, capacity_after = :ca, "
       "new_service_id = :ns, clients_moved = :cm, note = :n WHERE id = :id",
      soci::use(m.kind), soci::use(m.title), soci::use(m.planned_on), soci::use(m.done_on),
      soci::use(cap.value, cap.ind), soci::use(svc.value, svc.ind), soci::use(moved.value, moved.ind),
      soci::use(m.note), soci::use(m.id);
}

void delete_milestone(soci::session& s, long long id) {
  s << "DELETE FROM qc_milestones WHERE id = :id", soci::use(id);
}

std::vector<PlaceRow> list_places(soci::session& s, long long plan_id) {
  Filter f;
  f.add("p.plan_id = ?", {plan_id});
  std::vector<PlaceRow> out;
  for_each_row(s, std::string(kPlaceColumns) + f.where() + " ORDER BY p.name, p.id", f,
               [&](const soci::row& r) { out.push_back(read_place(r)); });
  return out;
}

std::optional<PlaceRow> get_place(soci::session& s, long long id) {
  Filter f;
  f.add("p.id = ?", {id});
  std::optional<PlaceRow> out;
  for_each_row(s, std::string(kPlaceColumns) + f.where(), f, [&](const soci::row& r) { out = read_place(r); });
  return out;
}

long long insert_place(soci::session& s, const PlaceRow& p) {
  long long id = 0;
  Nullable<long long> svc(p.service_id);
  const int housing = p.ordinary_housing, equipment = p.equipment_complete, separated = p.support_separated;
  s << "INSERT INTO qc_community_places (plan_id, name, address, service_id, ordinary_housing, capacity, "
       "household_sizes, equipment_complete, equipment_note, support_separated, note) VALUES (:p, :n, :a, :s, :oh, :c, "
       ":hs, :ec, :en, :ss, :note) RETURNING id",
      soci::use(p.plan_id), soci::use(p.name), soci::use(p.address), soci::use(svc.value, svc.ind), soci::use(housing),
      soci::use(p.capacity), soci::use(p.household_sizes), soci::use(equipment), soci::use(p.equipment_note),
      soci::use(separated), soci::use(p.note), soci::into(id);
  return id;
}

void update_place(soci::session& s, const PlaceRow& p) {
  Nullable<long long> svc(p.service_id);
  const int housing = p.ordinary_housing, equipment = p.equipment_complete, separated = p.support_separated;
  s << "UPDATE qc_community_places SET name = :n, address = :a, service_id = :s, ordinary_housing = :oh, capacity = "
       ":c, "
       "household_sizes = :hs, equipment_complete = :ec, equipment_note = :en, support_separated = :ss, note = :note "
       "WHERE id = :id",
      soci::use(p.name), soci::use(p.address), soci::use(svc.value, svc.ind), soci::use(housing), soci::use(p.capacity),
      soci::use(p.household_sizes), soci::use(equipment), soci::use(p.equipment_note), soci::use(separated),
      soci::use(p.note), soci::use(p.id);
}

void delete_place(soci::session& s, long long id) {
  s << "DELETE FROM qc_community_places WHERE id = :id", soci::use(id);
}

LimitsRow get_limits(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  LimitsRow out;
  for_each_row(s,
               "SELECT max_capacity_per_place, max_persons_per_household, max_households_per_place, source, verified, "
               "updated_at FROM qc_community_limits" +
                   f.where(),
               f, [&](const soci::row& r) {
                 out = LimitsRow{as_opt_ll(r, 0), as_opt_ll(r, 1),   as_opt_ll(r, 2),
                                 as_str(r, 3),    as_int(r, 4) != 0, as_ll(r, 5)};
               });
  return out;
}

void put_limits(soci::session& s, long long region_org_id, const LimitsRow& l, long long user_id) {
  Nullable<long long> cap(l.max_capacity_per_place), persons(l.max_persons_per_household),
      households(l.max_households_per_place);
  const int verified = l.verified;
  const long long now = now_epoch();
  s << "DELETE FROM qc_community_limits WHERE region_org_id = :r", soci::use(region_org_id);
  s << "INSERT INTO qc_community_limits (region_org_id, max_capacity_per_place, max_persons_per_household, "
       "max_households_per_place, source, verified, updated_by, updated_at) VALUES (:r, :c, :p, :h, :s, :v, :u, :t)",
      soci::use(region_org_id), soci::use(cap.value, cap.ind), soci::use(persons.value, persons.ind),
      soci::use(households.value, households.ind), soci::use(l.source), soci::use(verified), soci::use(user_id),
      soci::use(now);
}

namespace {

std::vector<IndicatorRow> select_indicators(soci::session& s, const Filter& f) {
  std::vector<IndicatorRow> out;
  for_each_row(s,
               "SELECT id, region_org_id, code, name, unit, direction, description, archived FROM "
               "qc_inclusion_indicators" +
                   f.where() + " ORDER BY code, id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5),
                                as_str(r, 6), as_int(r, 7) != 0});
               });
  return out;
}

}  // namespace

std::vector<IndicatorRow> list_indicators(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  return select_indicators(s, f);
}

std::optional<IndicatorRow> get_indicator(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  auto rows = select_indicators(s, f);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<long long> find_indicator(soci::session& s, long long region_org_id, const std::string& code) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  f.add("code = ?", {code});
  auto rows = select_indicators(s, f);
  if (rows.empty()) return std::nullopt;
  return rows.front().id;
}

long long insert_indicator(soci::session& s, const IndicatorRow& i) {
  long long id = 0;
  const int archived = i.archived;
  const long long now = now_epoch();
  s << "INSERT INTO qc_inclusion_indicators (region_org_id, code, name, unit, direction, description, archived, "
       "created_at) VALUES (:r, :c, :n, :u, :d, :de, :a, :t) RETURNING id",
      soci::use(i.region_org_id), soci::use(i.code), soci::use(i.name), soci::use(i.unit), soci::use(i.direction),
      soci::use(i.description), soci::use(archived), soci::use(now), soci::into(id);
  return id;
}

void update_indicator(soci::session& s, const IndicatorRow& i) {
  const int archived = i.archived;
  s << "UPDATE qc_inclusion_indicators SET code = :c, name = :n, unit = :u, direction = :d, description = :de, "
       "archived = :a WHERE id = :id",
      soci::use(i.code), soci::use(i.name), soci::use(i.unit), soci::use(i.direction), soci::use(i.description),
      soci::use(archived), soci::use(i.id);
}

std::vector<ValueRow> list_values(soci::session& s, long long plan_id) {
  Filter f;
  f.add("plan_id = ?", {plan_id});
  std::vector<ValueRow> out;
  for_each_row(s,
               "SELECT indicator_id, period, value, note FROM qc_inclusion_values" + f.where() +
                   " ORDER BY indicator_id, period",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_double(r, 2), as_str(r, 3)});
               });
  return out;
}

void put_values(soci::session& s, long long plan_id, const std::vector<ValueRow>& values, long long user_id) {
  const long long now = now_epoch();
  for (const auto& v : values) {
    delete_value(s, plan_id, v.indicator_id, v.period);
    s << "INSERT INTO qc_inclusion_values (plan_id, indicator_id, period, value, note, updated_by, updated_at) VALUES "
         "(:p, :i, :pe, :v, :n, :u, :t)",
        soci::use(plan_id), soci::use(v.indicator_id), soci::use(v.period), soci::use(v.value), soci::use(v.note),
        soci::use(user_id), soci::use(now);
  }
}

void delete_value(soci::session& s, long long plan_id, long long indicator_id, const std::string& period) {
  s << "DELETE FROM qc_inclusion_values WHERE plan_id = :p AND indicator_id = :i AND period = :pe", soci::use(plan_id),
      soci::use(indicator_id), soci::use(period);
}

}  // namespace kvalis::store::quality_care_repo
