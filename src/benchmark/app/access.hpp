#pragma once
// Loading what a caller may see of the benchmarking data side: a working group with its members and the
// caller's access (benchmark/core/access.hpp), a round, a service's form. Everything the caller may not
// read answers not found, so ids cannot be probed. Used inside the use cases' transactions.
#include <soci/soci.h>

#include <optional>
#include <vector>

#include "accounts/core/access.hpp"
#include "benchmark/core/access.hpp"
#include "benchmark/store/benchmark_repo.hpp"
#include "platform/core/result.hpp"

namespace kvalis::benchmark::app {

namespace repo = store::benchmark_repo;

Error group_missing();        // bm.group.not_found
Error meeting_missing();      // bm.meeting.not_found
Error methodology_missing();  // bm.methodology.not_found
Error round_missing();        // bm.round.not_found
Error form_missing();         // bm.form.not_found
Error not_allowed();          // auth.forbidden (403)

// A group with its members and the caller's access to it.
struct GroupView {
  repo::GroupRow group;
  std::vector<repo::MemberRow> members;
  GroupAccess access;
};

GroupAccess access_to(const accounts::Principal& principal, const repo::GroupRow& group,
                      const std::vector<repo::MemberRow>& members);
// nullopt when there is no such group or the caller may not read it. Without member_names, the members are read
// only as far as the access check needs them (no names or dates): for callers that show no member.
std::optional<GroupView> visible_group(soci::session& s, const accounts::Principal& principal, long long group_id,
                                       bool member_names = true);
// The group when the caller manages it: group_missing or not_allowed otherwise.
Result<GroupView> managed_group(soci::session& s, const accounts::Principal& principal, long long group_id);

struct RoundView {
  GroupView view;
  repo::RoundRow round;
};
Result<RoundView> visible_round(soci::session& s, const accounts::Principal& principal, long long round_id);

// A service's form in a round, with the caller's rights on it.
struct FormContext {
  GroupView view;
  repo::RoundRow round;
  repo::RoundServiceRow service;
  repo::MethodologyContent content;
  FormRights rights;
};
Result<FormContext> visible_form(soci::session& s, const accounts::Principal& principal, long long round_id,
                                 long long service_id);

// Who reads a working group (its rounds and comparisons), for the results side that links to it.
bool reads_group(soci::session& s, const accounts::Principal& principal, long long group_id);

}  // namespace kvalis::benchmark::app
