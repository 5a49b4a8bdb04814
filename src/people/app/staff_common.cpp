#include "people/app/staff_common.hpp"

#include <map>

#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {
namespace {

bool in_year(const std::string& date, int year) {
  return date.size() >= 4 && date.substr(0, 4) == std::to_string(year);
}

}  // namespace

Result<LoadedWorker> load_worker(soci::session& s, const accounts::Principal& p, long long id) {
  auto w = store::get_worker(s, id);
  if (!w) return worker_missing();
  const auto rights = worker_rights(p, {w->organisation_id, w->user_id});
  if (!rights.read) return worker_missing();
  return LoadedWorker{std::move(*w), rights};
}

Result<store::WorkerRow> writable_worker(soci::session& s, const accounts::Principal& p, long long id) {
  auto l = load_worker(s, p, id);
  if (!l) return l.error();
  if (!l->rights.write) return forbidden("auth.forbidden");
  return std::move(l->worker);
}

Result<store::OrganisationRow> managed_organisation(soci::session& s, const accounts::Principal& p, long long id) {
  auto org = store::get_organisation(s, id);
  if (!org || (!p.platform_admin && !accounts::member_of(p, id))) return organisation_missing();
  if (!may_manage_staff(p, id)) return forbidden("auth.forbidden");
  return std::move(*org);
}

std::vector<WorkerData> load_worker_data(soci::session& s, std::vector<store::WorkerRow> workers,
                                         const std::string& from, const std::string& to) {
  std::vector<long long> ids;
  std::map<long long, std::size_t> index;
  std::vector<WorkerData> out;
  for (auto& w : workers) {
    index[w.id] = out.size();
    ids.push_back(w.id);
    out.push_back(WorkerData{std::move(w), {}, {}, {}, {}, {}});
  }
  if (ids.empty()) return out;
  for (auto& a : store::absences_of(s, ids)) out[index[a.worker_id]].absences.push_back(std::move(a));
  for (auto& t : store::trainings_of(s, ids)) out[index[t.worker_id]].trainings.push_back(std::move(t));
  for (auto& e : store::session_entries_of(s, ids, from, to)) out[index[e.worker_id]].sessions.push_back(std::move(e));
  for (auto& p : store::education_plans_of(s, ids)) out[index[p.worker_id]].plans.push_back(std::move(p));
  for (auto& a : store::appraisals_of(s, ids)) out[index[a.worker_id]].appraisals.push_back(std::move(a));
  return out;
}

double attended_hours(const store::SessionEntryRow& e) { return e.hours_attended.value_or(e.module_hours); }

TrainingHours training_hours_of(const WorkerData& data, int year) {
  TrainingHours h;
  for (const auto& e : data.sessions) {
    if (e.state != "attended" || !in_year(e.held_on, year)) continue;
    (e.in_house ? h.in_house : h.courses) += attended_hours(e);
  }
  for (const auto& t : data.trainings) {
    if (!in_year(t.held_on, year)) continue;
    const auto kind = parse_training_kind(t.kind).value_or(TrainingKind::other);
    (kind == TrainingKind::in_house            ? h.in_house
     : kind == TrainingKind::accredited_course ? h.courses
                                               : h.other) += t.hours;
  }
  return h;
}

WorkerRequirement requirement_of(const WorkerData& data, int year, const std::vector<RequirementRule>& rules,
                                 const std::string& today) {
  WorkerRequirement out;
  out.year = year;
  const auto& w = data.worker;
  WorkerYear wy;
  wy.worker = w.name;
  wy.category = requirement_category(parse_worker_category(w.category).value_or(WorkerCategory::other));
  wy.employment_start = w.employment_start;
  wy.employment_end = w.employment_end;
  wy.probation_end = w.probation_end;
  for (const auto& a : data.absences) wy.absences.push_back({a.date_from, a.date_to});
  const auto hours = training_hours_of(data, year);
  const bool other_left_out = apply_training_hours(wy, hours);
  for (const auto& e : data.sessions)
    if (e.state == "registered" && in_year(e.held_on, year) && e.held_on >= today &&
        (e.session_state == "planned" || e.session_state == "open"))
      out.planned_hours += e.module_hours;
  auto r = evaluate_requirement(wy, year, rules);
  if (r) {
    out.result = std::move(*r);
    out.notes = out.result.notes;
  } else {
    out.result.worker = w.name;
    out.result.category = wy.category;
    out.result.year = year;
    out.notes.push_back({r.error().message_key, r.error().params});
    out.notes.back().params.emplace_back("field", r.error().field);
  }
  if (other_left_out) out.notes.push_back({"people.staff.other_not_counted", {{"hours", format_hours(hours.other)}}});
  if (out.planned_hours > 0)
    out.notes.push_back({"people.staff.planned", {{"hours", format_hours(out.planned_hours)}}});
  return out;
}

std::string today_text() { return format_date(kvalis::store::now_epoch()); }

int current_year() { return std::stoi(today_text().substr(0, 4)); }

}  // namespace kvalis::people::app
