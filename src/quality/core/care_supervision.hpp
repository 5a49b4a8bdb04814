#pragma once
// Supervision hours of a provider's staff per worker and per team in a calendar year. Each participant of a
// session is counted with the whole length of the session (individual, group, team and case supervision
// alike); a team's "hours" count each session once when any of its members took part, its "person hours"
// add up the hours of its members. Workers are matched by name (spaces collapsed, case kept), and a worker
// is shown with the team of their latest session.
#include <string>
#include <vector>

namespace kvalis::quality::care {

struct Participant {
  std::string name;
  std::string team;
};

struct SupervisionSession {
  std::string held_on;  // YYYY-MM-DD
  double hours = 0;
  std::vector<Participant> participants;
};

struct WorkerHours {
  std::string name;
  std::string team;  // of the latest session
  double hours = 0;
  int sessions = 0;
};

struct TeamHours {
  std::string team;         // "" for workers without a team
  double hours = 0;         // sessions with at least one member, each counted once
  double person_hours = 0;  // sum over the members' participations
  int sessions = 0;
  int workers = 0;
};

struct HoursSummary {
  int year = 0;
  int sessions = 0;
  double session_hours = 0;          // length of all sessions of the year
  std::vector<WorkerHours> workers;  // by hours descending, then name
  std::vector<TeamHours> teams;      // by team name ("" last)
};

// The name as it is matched: trimmed, inner runs of white space collapsed to one space.
std::string normalise_name(const std::string& name);

// Sessions outside the year are ignored; a worker listed twice in one session counts once.
HoursSummary supervision_hours(const std::vector<SupervisionSession>& sessions, int year);

}  // namespace kvalis::quality::care
