#pragma once
// The append-only audit log: logins, changes, and reads of personal data.
#include <soci/soci.h>

#include <string>
#include <vector>

namespace kvalis::store::activity_log {

struct Entry {
  long long id = 0;
  long long at = 0;
  long long user_id = 0;  // 0: anonymous (e.g. a failed login)
  std::string user_login;
  long long organisation_id = 0;
  std::string action;  // e.g. login, login_failed, logout, user.create, service.read_personal
  std::string entity;
  std::string entity_id;
  std::string detail;
  std::string ip;
};

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
