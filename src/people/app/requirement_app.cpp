#include "people/app/requirement_app.hpp"

#include "people/core/staff_access.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {
namespace {

std::string year_start(int year) { return std::to_string(year) + "-01-01"; }
std::string year_end(int year) { return std::to_string(year) + "-12-31"; }

Status check_year(int year) {
  if (year < 1900 || year > 9999) return invalid("year", "people.year.invalid");
  return ok_status();
}

std::vector<store::WorkerRow> employed(std::vector<store::WorkerRow> workers, int year) {
  std::erase_if(workers, [&](const auto& w) { return !employed_in(w.employment_start, w.employment_end, year); });
  return workers;
}

}  // namespace

Result<RequirementList> requirement_list(kvalis::store::Database& db, const accounts::Caller& caller,
                                         long long organisation_id, int year, AbsenceReading reading) {
  if (auto st = check_year(year); !st) return st.error();
  return db.write([&](soci::session& s) -> Result<RequirementList> {
    auto org = managed_organisation(s, caller.principal, organisation_id);
    if (!org) return org.error();
    RequirementList out;
    out.organisation = *org;
    out.year = year;
    out.reading = reading;
    store::WorkerQuery q;
    q.organisation_ids = {organisation_id};
    const auto rules = requirement_rules(reading);
    const auto today = today_text();
    for (auto& d : load_worker_data(s, employed(store::list_workers(s, q), year), year_start(year), year_end(year))) {
      RequirementItem item;
      item.requirement = requirement_of(d, year, rules, today);
      if (!d.appraisals.empty()) {
        item.appraisal_next_due_on = d.appraisals.front().next_due_on;
        item.appraisal = appraisal_state(item.appraisal_next_due_on, today);
      }
      for (const auto& p : d.plans)
        if (p.year == year) item.education_plan = true;
      item.worker = std::move(d.worker);
      out.items.push_back(std::move(item));
    }
    kvalis::store::activity_log::append(
        s, caller.activity("people.requirement.list", "pe_workers", 0, organisation_id,
                           "year " + std::to_string(year) + " " + std::string(absence_reading_code(reading))));
    return out;
  });
}

Result<RegionalRequirement> regional_requirement(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 const std::string& region_code, int year, AbsenceReading reading) {
  if (auto st = check_year(year); !st) return st.error();
  std::string region = region_code;
  if (region.empty())
    for (const auto& m : caller.principal.memberships)
      if (m.organisation_type == accounts::OrganisationType::region && !m.region_code.empty()) {
        region = m.region_code;
        break;
      }
  if (region.empty()) return invalid("region_code", "people.staff.region_required");
  if (!sees_regional_staff(caller.principal, region)) return forbidden("auth.forbidden");
  return db.read([&](soci::session& s) -> Result<RegionalRequirement> {
    RegionalRequirement out;
    out.region_code = region;
    out.year = year;
    out.reading = reading;
    const auto rules = requirement_rules(reading);
    const auto today = today_text();
    for (auto& org : store::region_organisations_with_workers(s, region)) {
      store::WorkerQuery q;
      q.organisation_ids = {org.id};
      std::vector<WorkerOutcome> outcomes;
      for (const auto& d :
           load_worker_data(s, employed(store::list_workers(s, q), year), year_start(year), year_end(year))) {
        const auto r = requirement_of(d, year, rules, today);
        outcomes.push_back(
            {parse_worker_category(d.worker.category).value_or(WorkerCategory::other), r.result.shortfall_hours});
      }
      out.items.push_back({std::move(org), aggregate_cells(outcomes)});
    }
    return out;
  });
}

}  // namespace kvalis::people::app
