#include "platform/store/data_versions.hpp"

#include <atomic>

namespace kvalis::store::data_versions {
namespace {
std::atomic<long long> read_count{0};
}

void count_read() { ++read_count; }
long long reads() { return read_count.load(); }

long long get(soci::session& s, const std::string& scope) {
  count_read();
  long long v = 0;
  s << "SELECT version FROM data_versions WHERE scope = :s", soci::use(scope), soci::into(v);
  return v;
}

void bump(soci::session& s, const std::string& scope) {
  s << "UPDATE data_versions SET version = version + 1 WHERE scope = :s", soci::use(scope);
}

}  // namespace kvalis::store::data_versions
