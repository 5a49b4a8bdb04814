#pragma once
// What the outcome roll-up reads of the client records (planning module): the GAS ratings of personal goals
// linked to a set of service goals, held in a period, and the ladder assessments of those clients in the
// period. Erased clients stay in (their identity is gone, their anonymous values stay), so aggregates do not
// change on erasure.
#include <soci/soci.h>

#include <string>
#include <vector>

namespace kvalis::planning::store::outcomes_repo {

struct RatingRow {
  long long client_id = 0;
  long long service_id = 0;
  long long client_goal_id = 0;
  long long service_goal_id = 0;
  double weight = 1;
  double level = 0;
  std::string held_on;
  long long review_id = 0;
};
// Every rating of personal goals linked to the service goals, held within [from, to], oldest first.
std::vector<RatingRow> ratings(soci::session& s, const std::vector<long long>& service_goal_ids,
                               const std::string& from, const std::string& to);

struct LadderRow {
  long long client_id = 0;
  long long ladder_id = 0;
  long long assessment_id = 0;
  std::string assessed_on;
  long long area_id = 0;
  int value = 0;
};
// Ladder values of the clients' assessments within [from, to], by client, ladder and date.
std::vector<LadderRow> ladder_values(soci::session& s, const std::vector<long long>& client_ids,
                                     const std::string& from, const std::string& to);

}  // namespace kvalis::planning::store::outcomes_repo
