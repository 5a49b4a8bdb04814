#pragma once
// Supervision hours per worker and team (issue 14 item 4) from the quality module's records (read through
// quality/app, with the caller's rights there), beside the worker's training hours. Participants of the
// supervision records are matched to the organisation's workers by name (quality::care::normalise_name);
// participants who match no worker are listed apart.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "people/store/staff_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/core/care_supervision.hpp"

namespace kvalis::people::app {

struct SupervisionWorker {
  long long worker_id = 0;
  std::string name;
  std::string team;  // the team of the latest supervision, else the worker's team
  double supervision_hours = 0;
  int supervision_sessions = 0;
  double training_hours = 0;  // Kvalis sessions attended and external trainings of the year
};

struct SupervisionTeam {
  quality::care::TeamHours hours;
  double training_hours = 0;  // of the matched workers of the team
};

struct SupervisionOverview {
  store::OrganisationRow organisation;
  int year = 0;
  int sessions = 0;
  double session_hours = 0;
  std::vector<SupervisionWorker> workers;             // every worker of the organisation, by name
  std::vector<SupervisionTeam> teams;                 // from the records
  std::vector<quality::care::WorkerHours> unmatched;  // participants that are no worker of the organisation
};

// The organisation's supervision summary of a year as the caller reads it in the quality module.
quality::care::HoursSummary supervision_summary(soci::session& s, const accounts::Caller& caller,
                                                long long organisation_id, int year);
// For the employer's managers and the platform administrator; the read is logged.
Result<SupervisionOverview> supervision_overview(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 long long organisation_id, int year);

}  // namespace kvalis::people::app
