#pragma once
// The append-only audit log: logins, changes, and reads of personal data.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "platform/core/activity.hpp"

namespace kvalis::store::activity_log {

using Entry = Activity;

void append(soci::session& s, const Entry& e);

struct ListFilter {
  std::string action;
  long long user_id = 0;
  long long from = 0;
  long long to = 0;
  bool all = true;                          // false: only what concerns these organisations
  std::vector<long long> organisation_ids;  // entries about them or by their members
  int limit = 50;
  int offset = 0;
};
std::vector<Entry> list(soci::session& s, const ListFilter& f, long long& total);

}  // namespace kvalis::store::activity_log
