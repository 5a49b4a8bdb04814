#include "people/store/staff_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::people::store {
namespace {

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

// "column IN (…)" over the ids; an empty list matches nothing.
void add_in(Filter& f, const std::string& column, const std::vector<long long>& ids) {
  if (ids.empty())
    f.add("1 = 0");
  else
    f.add(column + " IN (" + placeholders(ids.size()) + ")", std::vector<Param>(ids.begin(), ids.end()));
}

OrganisationRow read_organisation(const soci::row& r) {
  return {as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
}
constexpr const char* kOrganisationColumns = "SELECT o.id, o.name, o.type, o.region_code FROM organisations o";

constexpr const char* kWorkerColumns =
    "SELECT w.id, w.organisation_id, w.service_id, COALESCE(sv.name, ''), w.user_id, w.name, w.position, w.team, "
    "w.category, w.fte, w.employment_start, w.employment_end, w.probation_end, w.created_by, w.created_at, "
    "w.updated_at FROM pe_workers w LEFT JOIN services sv ON sv.id = w.service_id";

WorkerRow read_worker(const soci::row& r) {
  WorkerRow w;
  w.id = as_ll(r, 0);
  w.organisation_id = as_ll(r, 1);
  w.service_id = as_opt_ll(r, 2);
  w.service_name = as_str(r, 3);
  w.user_id = as_opt_ll(r, 4);
  w.name = as_str(r, 5);
  w.position = as_str(r, 6);
  w.team = as_str(r, 7);
  w.category = as_str(r, 8);
  w.fte = as_double(r, 9);
  w.employment_start = as_str(r, 10);
  w.employment_end = as_str(r, 11);
  w.probation_end = as_str(r, 12);
  w.created_by = as_ll(r, 13);
  w.created_at = as_ll(r, 14);
  w.updated_at = as_ll(r, 15);
  return w;
}

std::vector<long long> ids_of(soci::session& s, const std::string& sql, const Filter& f) {
  std::vector<long long> out;
  for_each_row(s, sql + f.where(), f, [&](const soci::row& r) { out.push_back(as_ll(r, 0)); });
  return out;
}

}  // namespace

// ---- organisations ---------------------------------------------------------------------------------------

std::optional<OrganisationRow> get_organisation(soci::session& s, long long id) {
  Filter f;
  f.add("o.id = ?", {id});
  std::optional<OrganisationRow> out;
  for_each_row(s, std::string(kOrganisationColumns) + f.where(), f,
               [&](const soci::row& r) { out = read_organisation(r); });
  return out;
}

std::vector<OrganisationRow> organisations(soci::session& s, const std::vector<long long>& ids) {
  Filter f;
  add_in(f, "o.id", ids);
  std::vector<OrganisationRow> out;
  for_each_row(s, std::string(kOrganisationColumns) + f.where() + " ORDER BY o.name, o.id", f,
               [&](const soci::row& r) { out.push_back(read_organisation(r)); });
  return out;
}

std::vector<OrganisationRow> region_organisations_with_workers(soci::session& s, const std::string& region_code) {
  Filter f;
  f.add("o.region_code = ?", {region_code});
  f.add("o.type IN ('provider', 'municipality')");
  f.add("EXISTS (SELECT 1 FROM pe_workers w WHERE w.organisation_id = o.id)");
  std::vector<OrganisationRow> out;
  for_each_row(s, std::string(kOrganisationColumns) + f.where() + " ORDER BY o.name, o.id", f,
               [&](const soci::row& r) { out.push_back(read_organisation(r)); });
  return out;
}

std::vector<long long> organisations_with_workers(soci::session& s) {
  return ids_of(s, "SELECT DISTINCT organisation_id FROM pe_workers", Filter{});
}

std::vector<long long> organisations_of_worker_user(soci::session& s, long long user_id) {
  Filter f;
  f.add("user_id = ?", {user_id});
  return ids_of(s, "SELECT DISTINCT organisation_id FROM pe_workers", f);
}

std::optional<long long> service_provider(soci::session& s, long long service_id) {
  Filter f;
  f.add("id = ?", {service_id});
  std::optional<long long> out;
  for_each_row(s, "SELECT provider_id FROM services" + f.where(), f, [&](const soci::row& r) { out = as_ll(r, 0); });
  return out;
}

bool is_member(soci::session& s, long long user_id, long long organisation_id) {
  Filter f;
  f.add("user_id = ?", {user_id});
  f.add("organisation_id = ?", {organisation_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM memberships" + f.where(), f) > 0;
}

bool user_linked_elsewhere(soci::session& s, long long organisation_id, long long user_id, long long except_worker_id) {
  Filter f;
  f.add("organisation_id = ?", {organisation_id});
  f.add("user_id = ?", {user_id});
  f.add("id <> ?", {except_worker_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM pe_workers" + f.where(), f) > 0;
}

// ---- workers ---------------------------------------------------------------------------------------------

std::optional<WorkerRow> get_worker(soci::session& s, long long id) {
  Filter f;
  f.add("w.id = ?", {id});
  std::optional<WorkerRow> out;
  for_each_row(s, std::string(kWorkerColumns) + f.where(), f, [&](const soci::row& r) { out = read_worker(r); });
  return out;
}

std::vector<WorkerRow> list_workers(soci::session& s, const WorkerQuery& q) {
  Filter f;
  add_in(f, "w.organisation_id", q.organisation_ids);
  if (!q.category.empty()) f.add("w.category = ?", {q.category});
  std::vector<WorkerRow> out;
  for_each_row(s, std::string(kWorkerColumns) + f.where() + " ORDER BY w.organisation_id, w.name, w.id", f,
               [&](const soci::row& r) { out.push_back(read_worker(r)); });
  return out;
}

long long insert_worker(soci::session& s, const WorkerRow& w) {
  long long id = 0;
  Nullable<long long> service(w.service_id), user(w.user_id);
  s << "INSERT INTO pe_workers (organisation_id, service_id, user_id, name, position, team, category, fte, "
       "employment_start, employment_end, probation_end, created_by, created_at, updated_at) VALUES (:o, :sv, :u, "
       ":n, :p, :t, :c, :f, :es, :ee, :pe, :cb, :ca, :ua) RETURNING id",
      soci::use(w.organisation_id), soci::use(service.value, service.ind), soci::use(user.value, user.ind),
      soci::use(w.name), soci::use(w.position), soci::use(w.team), soci::use(w.category), soci::use(w.fte),
      soci::use(w.employment_start), soci::use(w.employment_end), soci::use(w.probation_end), soci::use(w.created_by),
      soci::use(w.created_at), soci::use(w.updated_at), soci::into(id);
  return id;
}

void update_worker(soci::session& s, const WorkerRow& w) {
  Nullable<long long> service(w.service_id), user(w.user_id);
  s << "UPDATE pe_workers SET service_id = :sv, user_id = :u, name = :n, position = :p, team = :t, category = :c, "
       "fte = :f, employment_start = :es, employment_end = :ee, probation_end = :pe, updated_at = :ua WHERE id = :id",
      soci::use(service.value, service.ind), soci::use(user.value, user.ind), soci::use(w.name), soci::use(w.position),
      soci::use(w.team), soci::use(w.category), soci::use(w.fte), soci::use(w.employment_start),
      soci::use(w.employment_end), soci::use(w.probation_end), soci::use(w.updated_at), soci::use(w.id);
}

void delete_worker(soci::session& s, long long id) {
  // The children go with the worker (ON DELETE CASCADE is not relied on: SQLite needs the pragma).
  s << "DELETE FROM pe_absences WHERE worker_id = :id", soci::use(id);
  s << "DELETE FROM pe_external_trainings WHERE worker_id = :id", soci::use(id);
  s << "DELETE FROM pe_education_plans WHERE worker_id = :id", soci::use(id);
  s << "DELETE FROM pe_appraisals WHERE worker_id = :id", soci::use(id);
  s << "DELETE FROM pe_workers WHERE id = :id", soci::use(id);
}

bool worker_has_registrations(soci::session& s, long long worker_id) {
  Filter f;
  f.add("worker_id = ?", {worker_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM pe_registrations" + f.where(), f) > 0;
}

// ---- absences ----------------------------------------------------------------------------------------------

namespace {
constexpr const char* kAbsenceColumns = "SELECT id, worker_id, date_from, date_to, reason FROM pe_absences";
AbsenceRow read_absence(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4)};
}
}  // namespace

std::vector<AbsenceRow> absences_of(soci::session& s, const std::vector<long long>& worker_ids) {
  Filter f;
  add_in(f, "worker_id", worker_ids);
  std::vector<AbsenceRow> out;
  for_each_row(s, std::string(kAbsenceColumns) + f.where() + " ORDER BY worker_id, date_from, id", f,
               [&](const soci::row& r) { out.push_back(read_absence(r)); });
  return out;
}

std::optional<AbsenceRow> get_absence(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<AbsenceRow> out;
  for_each_row(s, std::string(kAbsenceColumns) + f.where(), f, [&](const soci::row& r) { out = read_absence(r); });
  return out;
}

long long insert_absence(soci::session& s, const AbsenceRow& a, long long now) {
  long long id = 0;
  s << "INSERT INTO pe_absences (worker_id, date_from, date_to, reason, created_at) VALUES (:w, :f, :t, :r, :c) "
       "RETURNING id",
      soci::use(a.worker_id), soci::use(a.date_from), soci::use(a.date_to), soci::use(a.reason), soci::use(now),
      soci::into(id);
  return id;
}

void delete_absence(soci::session& s, long long id) { s << "DELETE FROM pe_absences WHERE id = :id", soci::use(id); }

// ---- external trainings ------------------------------------------------------------------------------------

namespace {
constexpr const char* kTrainingColumns =
    "SELECT id, worker_id, held_on, title, organiser, hours, kind, accreditation_number FROM pe_external_trainings";
ExternalTrainingRow read_training(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),     as_str(r, 2), as_str(r, 3),
          as_str(r, 4), as_double(r, 5), as_str(r, 6), as_str(r, 7)};
}
}  // namespace

std::vector<ExternalTrainingRow> trainings_of(soci::session& s, const std::vector<long long>& worker_ids) {
  Filter f;
  add_in(f, "worker_id", worker_ids);
  std::vector<ExternalTrainingRow> out;
  for_each_row(s, std::string(kTrainingColumns) + f.where() + " ORDER BY worker_id, held_on, id", f,
               [&](const soci::row& r) { out.push_back(read_training(r)); });
  return out;
}

std::optional<ExternalTrainingRow> get_training(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<ExternalTrainingRow> out;
  for_each_row(s, std::string(kTrainingColumns) + f.where(), f, [&](const soci::row& r) { out = read_training(r); });
  return out;
}

long long insert_training(soci::session& s, const ExternalTrainingRow& t, long long now) {
  long long id = 0;
  s << "INSERT INTO pe_external_trainings (worker_id, held_on, title, organiser, hours, kind, accreditation_number, "
       "created_at) VALUES (:w, :h, :t, :o, :hr, :k, :a, :c) RETURNING id",
      soci::use(t.worker_id), soci::use(t.held_on), soci::use(t.title), soci::use(t.organiser), soci::use(t.hours),
      soci::use(t.kind), soci::use(t.accreditation_number), soci::use(now), soci::into(id);
  return id;
}

void delete_training(soci::session& s, long long id) {
  s << "DELETE FROM pe_external_trainings WHERE id = :id", soci::use(id);
}

// ---- education plans and appraisals -------------------------------------------------------------------------

namespace {
constexpr const char* kPlanColumns =
    "SELECT id, worker_id, year, agreed_on, content, next_review_on FROM pe_education_plans";
EducationPlanRow read_plan(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_int(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5)};
}
}  // namespace

std::vector<EducationPlanRow> education_plans_of(soci::session& s, const std::vector<long long>& worker_ids) {
  Filter f;
  add_in(f, "worker_id", worker_ids);
  std::vector<EducationPlanRow> out;
  for_each_row(s, std::string(kPlanColumns) + f.where() + " ORDER BY worker_id, year DESC, id", f,
               [&](const soci::row& r) { out.push_back(read_plan(r)); });
  return out;
}

std::optional<EducationPlanRow> get_education_plan(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<EducationPlanRow> out;
  for_each_row(s, std::string(kPlanColumns) + f.where(), f, [&](const soci::row& r) { out = read_plan(r); });
  return out;
}

bool education_plan_exists(soci::session& s, long long worker_id, int year, long long except_id) {
  Filter f;
  f.add("worker_id = ?", {worker_id});
  f.add("year = ?", {static_cast<long long>(year)});
  f.add("id <> ?", {except_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM pe_education_plans" + f.where(), f) > 0;
}

long long insert_education_plan(soci::session& s, const EducationPlanRow& p, long long now) {
  long long id = 0;
  s << "INSERT INTO pe_education_plans (worker_id, year, agreed_on, content, next_review_on, created_at) VALUES "
       "(:w, :y, :a, :c, :n, :ca) RETURNING id",
      soci::use(p.worker_id), soci::use(p.year), soci::use(p.agreed_on), soci::use(p.content),
      soci::use(p.next_review_on), soci::use(now), soci::into(id);
  return id;
}

void update_education_plan(soci::session& s, const EducationPlanRow& p) {
  s << "UPDATE pe_education_plans SET year = :y, agreed_on = :a, content = :c, next_review_on = :n WHERE id = :id",
      soci::use(p.year), soci::use(p.agreed_on), soci::use(p.content), soci::use(p.next_review_on), soci::use(p.id);
}

std::vector<AppraisalRow> appraisals_of(soci::session& s, const std::vector<long long>& worker_ids) {
  Filter f;
  add_in(f, "worker_id", worker_ids);
  std::vector<AppraisalRow> out;
  for_each_row(s,
               "SELECT id, worker_id, held_on, appraiser, summary, next_due_on FROM pe_appraisals" + f.where() +
                   " ORDER BY worker_id, held_on DESC, id DESC",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5)});
               });
  return out;
}

long long insert_appraisal(soci::session& s, const AppraisalRow& a, long long now) {
  long long id = 0;
  s << "INSERT INTO pe_appraisals (worker_id, held_on, appraiser, summary, next_due_on, created_at) VALUES (:w, :h, "
       ":a, :s, :n, :c) RETURNING id",
      soci::use(a.worker_id), soci::use(a.held_on), soci::use(a.appraiser), soci::use(a.summary),
      soci::use(a.next_due_on), soci::use(now), soci::into(id);
  return id;
}

// ---- Kvalis sessions --------------------------------------------------------------------------------------------

std::vector<SessionEntryRow> session_entries_of(soci::session& s, const std::vector<long long>& worker_ids,
                                                const std::string& from, const std::string& to) {
  Filter f;
  add_in(f, "r.worker_id", worker_ids);
  f.add("se.held_on >= ?", {from});
  f.add("se.held_on <= ?", {to});
  std::vector<SessionEntryRow> out;
  for_each_row(s,
               "SELECT r.id, r.worker_id, se.id, se.held_on, se.place, se.state, r.state, r.hours_attended, m.id, "
               "m.code, m.title, m.hours, m.in_house, m.accreditation_number FROM pe_registrations r "
               "JOIN pe_sessions se ON se.id = r.session_id JOIN pe_modules m ON m.id = se.module_id" +
                   f.where() + " ORDER BY r.worker_id, se.held_on, se.id",
               f, [&](const soci::row& r) {
                 SessionEntryRow e;
                 e.registration_id = as_ll(r, 0);
                 e.worker_id = as_ll(r, 1);
                 e.session_id = as_ll(r, 2);
                 e.held_on = as_str(r, 3);
                 e.place = as_str(r, 4);
                 e.session_state = as_str(r, 5);
                 e.state = as_str(r, 6);
                 e.hours_attended = as_opt_double(r, 7);
                 e.module_id = as_ll(r, 8);
                 e.module_code = as_str(r, 9);
                 e.module_title = as_str(r, 10);
                 e.module_hours = as_double(r, 11);
                 e.in_house = as_ll(r, 12) != 0;
                 e.accreditation_number = as_str(r, 13);
                 out.push_back(std::move(e));
               });
  return out;
}

}  // namespace kvalis::people::store
