#include "platform/store/data_versions.hpp"

namespace kvalis::store::data_versions {

long long get(soci::session& s, const std::string& scope) {
  long long v = 0;
  s << "SELECT version FROM data_versions WHERE scope = :s", soci::use(scope), soci::into(v);
  return v;
}

void bump(soci::session& s, const std::string& scope) {
  s << "UPDATE data_versions SET version = version + 1 WHERE scope = :s", soci::use(scope);
}

}  // namespace kvalis::store::data_versions
