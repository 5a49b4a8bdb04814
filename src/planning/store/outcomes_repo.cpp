#include "planning/store/outcomes_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::planning::store::outcomes_repo {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Param;
using kvalis::store::placeholders;

std::vector<RatingRow> ratings(soci::session& s, const std::vector<long long>& service_goal_ids,
                               const std::string& from, const std::string& to) {
  std::vector<RatingRow> out;
  if (service_goal_ids.empty()) return out;
  Filter f;
  f.add("g.service_goal_id IN (" + placeholders(service_goal_ids.size()) + ")",
        std::vector<Param>(service_goal_ids.begin(), service_goal_ids.end()));
  f.add("r.held_on >= ?", {from}).add("r.held_on <= ?", {to});
  for_each_row(s,
               "SELECT c.id, c.service_id, g.id, g.service_goal_id, g.weight, gr.level, r.held_on, r.id "
               "FROM pl_goal_ratings gr JOIN pl_reviews r ON r.id = gr.review_id "
               "JOIN pl_client_goals g ON g.id = gr.client_goal_id JOIN pl_clients c ON c.id = g.client_id" +
                   f.where() + " ORDER BY c.id, g.id, r.held_on, r.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_ll(r, 2), as_ll(r, 3), as_double(r, 4), as_double(r, 5),
                                as_str(r, 6), as_ll(r, 7)});
               });
  return out;
}

std::vector<LadderRow> ladder_values(soci::session& s, const std::vector<long long>& client_ids,
                                     const std::string& from, const std::string& to) {
  std::vector<LadderRow> out;
  if (client_ids.empty()) return out;
  // In chunks: a national roll-up may ask for many clients.
  constexpr std::size_t kChunk = 500;
  for (std::size_t start = 0; start < client_ids.size(); start += kChunk) {
    const std::size_t end = std::min(client_ids.size(), start + kChunk);
    Filter f;
    f.add(
        "a.client_id IN (" + placeholders(end - start) + ")",
        std::vector<Param>(client_ids.begin() + static_cast<long>(start), client_ids.begin() + static_cast<long>(end)));
    f.add("a.assessed_on >= ?", {from}).add("a.assessed_on <= ?", {to});
    for_each_row(
        s,
        "SELECT a.client_id, a.ladder_id, a.id, a.assessed_on, v.area_id, v.value FROM pl_ladder_assessments a "
        "JOIN pl_ladder_values v ON v.assessment_id = a.id" +
            f.where() + " ORDER BY a.client_id, a.ladder_id, a.assessed_on, a.id, v.area_id",
        f, [&](const soci::row& r) {
          out.push_back({as_ll(r, 0), as_ll(r, 1), as_ll(r, 2), as_str(r, 3), as_ll(r, 4), as_int(r, 5)});
        });
  }
  return out;
}

}  // namespace kvalis::planning::store::outcomes_repo
