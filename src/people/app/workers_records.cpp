#include "people/app/workers_records.hpp"

#include <algorithm>
#include <set>

#include "people/app/supervision_hours.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {
namespace {

using kvalis::store::Database;
using kvalis::store::now_epoch;

void log(soci::session& s, const accounts::Caller& caller, const std::string& action, const std::string& entity,
         long long id, long long organisation_id, std::string detail = {}) {
  kvalis::store::activity_log::append(s, caller.activity(action, entity, id, organisation_id, std::move(detail)));
}

// The detail of a worker the caller reads: this year's and last year's requirement, the latest appraisal's
// next date and the supervision hours of this year.
WorkerDetail detail_of(soci::session& s, const accounts::Caller& caller, store::WorkerRow worker, bool can_manage) {
  const int year = current_year();
  const auto today = today_text();
  auto data = load_worker_data(s, {std::move(worker)}, std::to_string(year - 1) + "-01-01", "9999-12-31");
  WorkerDetail d;
  d.data = std::move(data.front());
  const auto rules = requirement_rules();
  d.requirements.push_back(requirement_of(d.data, year, rules, today));
  d.requirements.push_back(requirement_of(d.data, year - 1, rules, today));
  if (!d.data.appraisals.empty()) {
    d.appraisal_next_due_on = d.data.appraisals.front().next_due_on;
    d.appraisal = appraisal_state(d.appraisal_next_due_on, today);
  }
  if (can_manage) {  // the quality module's records are the employer's, not the worker's own
    const auto summary = supervision_summary(s, caller, d.data.worker.organisation_id, year);
    for (const auto& w : summary.workers)
      if (quality::care::normalise_name(w.name) == quality::care::normalise_name(d.data.worker.name)) {
        d.supervision_hours = w.hours;
        d.supervision_sessions = w.sessions;
      }
  }
  d.can_manage = can_manage;
  return d;
}

// Service and user links of a worker of the organisation.
Status check_links(soci::session& s, long long organisation_id, const WorkerInput& in, long long worker_id) {
  if (in.service_id && store::service_provider(s, *in.service_id) != organisation_id)
    return invalid("service_id", "people.staff.service_invalid", {{"value", std::to_string(*in.service_id)}});
  if (in.user_id) {
    const auto id = std::to_string(*in.user_id);
    if (!store::is_member(s, *in.user_id, organisation_id))
      return invalid("user_id", "people.staff.user_invalid", {{"value", id}});
    if (store::user_linked_elsewhere(s, organisation_id, *in.user_id, worker_id))
      return Error{ErrorCode::conflict, "user_id", "people.staff.user_linked", {{"value", id}}};
  }
  return ok_status();
}

void fill(store::WorkerRow& w, const WorkerInput& in) {
  w.name = in.name;
  w.position = in.position;
  w.team = in.team;
  w.category = in.category;
  w.fte = in.fte;
  w.employment_start = in.employment_start;
  w.employment_end = in.employment_end;
  w.probation_end = in.probation_end;
  w.service_id = in.service_id;
  w.user_id = in.user_id;
}

// A change to something of a worker the caller may write, answered with the worker's fresh detail.
template <class F>
Result<WorkerDetail> change_worker(soci::session& s, const accounts::Caller& caller, long long worker_id, F&& f) {
  auto w = writable_worker(s, caller.principal, worker_id);
  if (!w) return w.error();
  if (auto st = f(*w); !st) return st.error();
  auto fresh = store::get_worker(s, worker_id);
  return detail_of(s, caller, std::move(*fresh), true);
}

}  // namespace

std::vector<StaffOrganisation> staff_organisations(Database& db, const accounts::Caller& caller) {
  const auto& p = caller.principal;
  return db.read([&](soci::session& s) {
    std::set<long long> ids;
    for (const auto& m : p.memberships)
      if (may_manage_staff(p, m.organisation_id) && (m.organisation_type == accounts::OrganisationType::provider ||
                                                     m.organisation_type == accounts::OrganisationType::municipality))
        ids.insert(m.organisation_id);
    if (p.platform_admin)
      for (auto id : store::organisations_with_workers(s)) ids.insert(id);
    if (p.user_id > 0)
      for (auto id : store::organisations_of_worker_user(s, p.user_id))
        if (accounts::member_of(p, id)) ids.insert(id);
    std::vector<StaffOrganisation> out;
    for (auto& o : store::organisations(s, {ids.begin(), ids.end()})) {
      const bool manage = may_manage_staff(p, o.id);
      out.push_back({std::move(o), manage});
    }
    return out;
  });
}

Result<std::vector<WorkerSummary>> list_workers(soci::session& s, const accounts::Caller& caller,
                                                const WorkerFilter& filter) {
  const auto& p = caller.principal;
  if (!filter.category.empty() && !parse_worker_category(filter.category))
    return invalid("category", "people.staff.category_unknown", {{"value", filter.category}});
  store::WorkerQuery q;
  q.category = filter.category;
  const auto wanted = search_key(filter.text);  // case and diacritics ignored, the same on both databases
  if (filter.organisation_id) {
    if (!store::get_organisation(s, *filter.organisation_id)) return organisation_missing();
    q.organisation_ids = {*filter.organisation_id};
  } else {
    std::set<long long> ids;
    for (const auto& m : p.memberships) ids.insert(m.organisation_id);
    if (p.platform_admin)
      for (auto id : store::organisations_with_workers(s)) ids.insert(id);
    q.organisation_ids.assign(ids.begin(), ids.end());
  }
  std::vector<store::WorkerRow> readable;
  std::set<long long> orgs;
  bool sees_any = false;
  for (auto& w : store::list_workers(s, q)) {
    if (!worker_rights(p, {w.organisation_id, w.user_id}).read) continue;
    sees_any = true;
    if (!wanted.empty() && search_key(w.name + " " + w.position + " " + w.team).find(wanted) == std::string::npos)
      continue;
    orgs.insert(w.organisation_id);
    readable.push_back(std::move(w));
  }
  if (filter.organisation_id && !sees_any && !may_manage_staff(p, *filter.organisation_id))
    return organisation_missing();
  const int year = current_year();
  const auto today = today_text();
  const auto rules = requirement_rules();
  std::vector<WorkerSummary> out;
  for (auto& d :
       load_worker_data(s, std::move(readable), std::to_string(year) + "-01-01", std::to_string(year) + "-12-31")) {
    WorkerSummary ws;
    ws.requirement = requirement_of(d, year, rules, today);
    ws.can_manage = may_manage_staff(p, d.worker.organisation_id);
    ws.worker = std::move(d.worker);
    out.push_back(std::move(ws));
  }
  for (auto org : orgs) log(s, caller, "people.workers.list", "pe_workers", 0, org);
  return out;
}

Result<std::vector<WorkerSummary>> list_workers(Database& db, const accounts::Caller& caller,
                                                const WorkerFilter& filter) {
  return db.write([&](soci::session& s) { return list_workers(s, caller, filter); });
}

Result<WorkerDetail> create_worker(soci::session& s, const accounts::Caller& caller, long long organisation_id,
                                   const WorkerInput& in) {
  auto org = managed_organisation(s, caller.principal, organisation_id);
  if (!org) return org.error();
  if (org->type != "provider" && org->type != "municipality")
    return invalid("organisation_id", "people.staff.organisation_type");
  if (auto st = check_worker(in); !st) return st.error();
  if (auto st = check_links(s, organisation_id, in, 0); !st) return st.error();
  store::WorkerRow w;
  w.organisation_id = organisation_id;
  fill(w, in);
  w.created_by = caller.principal.user_id;
  w.created_at = w.updated_at = now_epoch();
  w.id = store::insert_worker(s, w);
  log(s, caller, "people.worker.create", "pe_workers", w.id, organisation_id, in.category);
  auto fresh = store::get_worker(s, w.id);
  return detail_of(s, caller, std::move(*fresh), true);
}

Result<WorkerDetail> create_worker(Database& db, const accounts::Caller& caller, long long organisation_id,
                                   const WorkerInput& in) {
  return db.write([&](soci::session& s) { return create_worker(s, caller, organisation_id, in); });
}

Result<WorkerDetail> get_worker(Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Result<WorkerDetail> {
    auto l = load_worker(s, caller.principal, id);
    if (!l) return l.error();
    log(s, caller, "people.worker.read", "pe_workers", id, l->worker.organisation_id);
    return detail_of(s, caller, std::move(l->worker), l->rights.write);
  });
}

Result<WorkerDetail> update_worker(Database& db, const accounts::Caller& caller, long long id, const WorkerInput& in) {
  return db.write([&](soci::session& s) {
    return change_worker(s, caller, id, [&](store::WorkerRow& w) -> Status {
      if (auto st = check_worker(in); !st) return st;
      if (auto st = check_links(s, w.organisation_id, in, w.id); !st) return st;
      fill(w, in);
      w.updated_at = now_epoch();
      store::update_worker(s, w);
      log(s, caller, "people.worker.update", "pe_workers", w.id, w.organisation_id, in.category);
      return ok_status();
    });
  });
}

Status delete_worker(Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto w = writable_worker(s, caller.principal, id);
    if (!w) return w.error();
    if (store::worker_has_registrations(s, id))
      return Error{ErrorCode::conflict, {}, "people.staff.worker_has_registrations", {}};
    store::delete_worker(s, id);
    log(s, caller, "people.worker.delete", "pe_workers", id, w->organisation_id);
    return ok_status();
  });
}

// ---- absences, external trainings, education plans, appraisals ------------------------------------------------

Result<WorkerDetail> add_absence(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                 const AbsenceInput& in) {
  return change_worker(s, caller, worker_id, [&](store::WorkerRow& w) -> Status {
    if (auto st = check_absence(in); !st) return st;
    const auto id = store::insert_absence(s, {0, w.id, in.date_from, in.date_to, in.reason}, now_epoch());
    log(s, caller, "people.absence.create", "pe_absences", id, w.organisation_id, "worker " + std::to_string(w.id));
    return ok_status();
  });
}

Result<WorkerDetail> add_absence(Database& db, const accounts::Caller& caller, long long worker_id,
                                 const AbsenceInput& in) {
  return db.write([&](soci::session& s) { return add_absence(s, caller, worker_id, in); });
}

Status delete_absence(Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto a = store::get_absence(s, id);
    if (!a) return not_found("people.staff.absence_not_found");
    auto w = writable_worker(s, caller.principal, a->worker_id);
    if (!w) return w.error().code == ErrorCode::not_found ? not_found("people.staff.absence_not_found") : w.error();
    store::delete_absence(s, id);
    log(s, caller, "people.absence.delete", "pe_absences", id, w->organisation_id, "worker " + std::to_string(w->id));
    return ok_status();
  });
}

Result<WorkerDetail> add_external_training(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                           const ExternalTrainingInput& in) {
  return change_worker(s, caller, worker_id, [&](store::WorkerRow& w) -> Status {
    if (auto st = check_external_training(in); !st) return st;
    const auto id = store::insert_training(
        s, {0, w.id, in.held_on, in.title, in.organiser, in.hours, in.kind, in.accreditation_number}, now_epoch());
    log(s, caller, "people.training.create", "pe_external_trainings", id, w.organisation_id,
        "worker " + std::to_string(w.id));
    return ok_status();
  });
}

Result<WorkerDetail> add_external_training(Database& db, const accounts::Caller& caller, long long worker_id,
                                           const ExternalTrainingInput& in) {
  return db.write([&](soci::session& s) { return add_external_training(s, caller, worker_id, in); });
}

Status delete_external_training(Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto t = store::get_training(s, id);
    if (!t) return not_found("people.staff.training_not_found");
    auto w = writable_worker(s, caller.principal, t->worker_id);
    if (!w) return w.error().code == ErrorCode::not_found ? not_found("people.staff.training_not_found") : w.error();
    store::delete_training(s, id);
    log(s, caller, "people.training.delete", "pe_external_trainings", id, w->organisation_id,
        "worker " + std::to_string(w->id));
    return ok_status();
  });
}

Result<WorkerDetail> add_education_plan(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                        const EducationPlanInput& in) {
  return change_worker(s, caller, worker_id, [&](store::WorkerRow& w) -> Status {
    if (auto st = check_education_plan(in); !st) return st;
    if (store::education_plan_exists(s, w.id, in.year, 0))
      return Error{
          ErrorCode::conflict, "year", "people.staff.education_plan_exists", {{"value", std::to_string(in.year)}}};
    const auto id =
        store::insert_education_plan(s, {0, w.id, in.year, in.agreed_on, in.content, in.next_review_on}, now_epoch());
    log(s, caller, "people.education_plan.create", "pe_education_plans", id, w.organisation_id,
        "worker " + std::to_string(w.id));
    return ok_status();
  });
}

Result<WorkerDetail> add_education_plan(Database& db, const accounts::Caller& caller, long long worker_id,
                                        const EducationPlanInput& in) {
  return db.write([&](soci::session& s) { return add_education_plan(s, caller, worker_id, in); });
}

Result<WorkerDetail> update_education_plan(Database& db, const accounts::Caller& caller, long long id,
                                           const EducationPlanInput& in) {
  return db.write([&](soci::session& s) -> Result<WorkerDetail> {
    auto plan = store::get_education_plan(s, id);
    if (!plan) return not_found("people.staff.education_plan_not_found");
    auto readable = load_worker(s, caller.principal, plan->worker_id);
    if (!readable) return not_found("people.staff.education_plan_not_found");
    return change_worker(s, caller, plan->worker_id, [&](store::WorkerRow& w) -> Status {
      if (auto st = check_education_plan(in); !st) return st;
      if (store::education_plan_exists(s, w.id, in.year, id))
        return Error{
            ErrorCode::conflict, "year", "people.staff.education_plan_exists", {{"value", std::to_string(in.year)}}};
      store::update_education_plan(s, {id, w.id, in.year, in.agreed_on, in.content, in.next_review_on});
      log(s, caller, "people.education_plan.update", "pe_education_plans", id, w.organisation_id,
          "worker " + std::to_string(w.id));
      return ok_status();
    });
  });
}

Result<WorkerDetail> add_appraisal(soci::session& s, const accounts::Caller& caller, long long worker_id,
                                   const AppraisalInput& in) {
  return change_worker(s, caller, worker_id, [&](store::WorkerRow& w) -> Status {
    if (auto st = check_appraisal(in); !st) return st;
    const auto id =
        store::insert_appraisal(s, {0, w.id, in.held_on, in.appraiser, in.summary, in.next_due_on}, now_epoch());
    log(s, caller, "people.appraisal.create", "pe_appraisals", id, w.organisation_id, "worker " + std::to_string(w.id));
    return ok_status();
  });
}

Result<WorkerDetail> add_appraisal(Database& db, const accounts::Caller& caller, long long worker_id,
                                   const AppraisalInput& in) {
  return db.write([&](soci::session& s) { return add_appraisal(s, caller, worker_id, in); });
}

}  // namespace kvalis::people::app
