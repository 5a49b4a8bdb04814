#include "people/app/supervision_hours.hpp"

#include <algorithm>
#include <map>

#include "people/app/staff_common.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/care_supervision.hpp"

namespace kvalis::people::app {

namespace care = quality::care;

care::HoursSummary supervision_summary(soci::session& s, const accounts::Caller& caller, long long organisation_id,
                                       int year) {
  quality::app::SupervisionFilter filter;
  filter.provider_org_id = organisation_id;
  filter.year = year;
  filter.kind = care::SupervisionKind::supervision;
  std::vector<care::SupervisionSession> sessions;
  for (const auto& rec : quality::app::list_supervisions(s, caller, filter)) {
    care::SupervisionSession session{rec.row.held_on, rec.row.hours, {}};
    for (const auto& p : rec.row.participants) session.participants.push_back({p.name, p.team});
    sessions.push_back(std::move(session));
  }
  return care::supervision_hours(sessions, year);
}

Result<SupervisionOverview> supervision_overview(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 long long organisation_id, int year) {
  return db.write([&](soci::session& s) -> Result<SupervisionOverview> {
    auto org = managed_organisation(s, caller.principal, organisation_id);
    if (!org) return org.error();
    const auto summary = supervision_summary(s, caller, organisation_id, year);
    SupervisionOverview out;
    out.organisation = *org;
    out.year = year;
    out.sessions = summary.sessions;
    out.session_hours = summary.session_hours;
    store::WorkerQuery q;
    q.organisation_ids = {organisation_id};
    const auto data = load_worker_data(s, store::list_workers(s, q), std::to_string(year) + "-01-01",
                                       std::to_string(year) + "-12-31");
    std::map<std::string, const care::WorkerHours*> by_name;
    for (const auto& w : summary.workers) by_name[care::normalise_name(w.name)] = &w;
    std::map<std::string, double> team_training;
    std::vector<std::string> matched;
    for (const auto& d : data) {
      SupervisionWorker sw;
      sw.worker_id = d.worker.id;
      sw.name = d.worker.name;
      sw.team = d.worker.team;
      const auto h = training_hours_of(d, year);
      sw.training_hours = h.in_house + h.courses + h.other;
      const auto key = care::normalise_name(d.worker.name);
      if (auto it = by_name.find(key); it != by_name.end()) {
        sw.supervision_hours = it->second->hours;
        sw.supervision_sessions = it->second->sessions;
        if (!it->second->team.empty()) sw.team = it->second->team;
        team_training[it->second->team] += sw.training_hours;
        matched.push_back(key);
      }
      out.workers.push_back(std::move(sw));
    }
    for (const auto& t : summary.teams) out.teams.push_back({t, team_training[t.team]});
    for (const auto& w : summary.workers)
      if (std::find(matched.begin(), matched.end(), care::normalise_name(w.name)) == matched.end())
        out.unmatched.push_back(w);
    kvalis::store::activity_log::append(s, caller.activity("people.supervision.read", "pe_workers", 0, organisation_id,
                                                           "year " + std::to_string(year)));
    return out;
  });
}

}  // namespace kvalis::people::app
