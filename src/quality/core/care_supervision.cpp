#include "quality/core/care_supervision.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kvalis::quality::care {

std::string normalise_name(const std::string& name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

HoursSummary supervision_hours(const std::vector<SupervisionSession>& sessions, int year) {
  HoursSummary out;
  out.year = year;
  const std::string prefix = std::to_string(year) + "-";
  std::vector<const SupervisionSession*> in_year;
  for (const auto& s : sessions)
    if (s.held_on.rfind(prefix, 0) == 0) in_year.push_back(&s);
  // Latest first decides a worker's team; stable on equal dates keeps input order.
  std::stable_sort(in_year.begin(), in_year.end(),
                   [](const auto* a, const auto* b) { return a->held_on < b->held_on; });

  std::map<std::string, WorkerHours> workers;
  std::map<std::string, TeamHours> teams;
  std::map<std::string, std::set<std::string>> team_members;
  for (const auto* s : in_year) {
    ++out.sessions;
    out.session_hours += s->hours;
    std::set<std::string> seen_workers, seen_teams;
    for (const auto& p : s->participants) {
      const std::string name = normalise_name(p.name);
      if (name.empty() || !seen_workers.insert(name).second) continue;
      const std::string team = normalise_name(p.team);
      auto& w = workers[name];
      w.name = name;
      w.team = team;
      w.hours += s->hours;
      ++w.sessions;
      auto& t = teams[team];
      t.team = team;
      t.person_hours += s->hours;
      team_members[team].insert(name);
      if (seen_teams.insert(team).second) {
        t.hours += s->hours;
        ++t.sessions;
      }
    }
  }
  for (auto& [name, w] : workers) out.workers.push_back(w);
  std::stable_sort(out.workers.begin(), out.workers.end(),
                   [](const auto& a, const auto& b) { return a.hours > b.hours; });
  for (auto& [team, t] : teams) {
    t.workers = static_cast<int>(team_members[team].size());
    if (!team.empty()) out.teams.push_back(t);
  }
  if (auto it = teams.find(""); it != teams.end()) out.teams.push_back(it->second);
  return out;
}

}  // namespace kvalis::quality::care
