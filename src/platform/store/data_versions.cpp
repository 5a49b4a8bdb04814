#include "platform/store/data_versions.hpp"

#include <atomic>

#include "platform/store/query.hpp"

namespace kvalis::store::data_versions {
namespace {
std::atomic<long long> read_count{0};
std::atomic<std::uint64_t> session_data_count{0};
}  // namespace

void note_session_data_changed() { session_data_count.fetch_add(1, std::memory_order_acq_rel); }
std::uint64_t session_data_changes() { return session_data_count.load(std::memory_order_acquire); }

void count_read() { ++read_count; }
long long reads() { return read_count.load(); }

long long get(soci::session& s, const std::string& scope) {
  count_read();
  long long v = 0;
  s << "SELECT version FROM data_versions WHERE scope = :s", soci::use(scope), soci::into(v);
  return v;
}

void bump(soci::session& s, const std::string& scope) {
  // the versions the request pipeline caches with the sessions (accounts, registry) and the portal's (network)
  if (scope == "accounts" || scope == "registry" || scope == "network") note_session_data_changed();
  prepare_once(s, "UPDATE data_versions SET version = version + 1 WHERE scope = :s", [&](soci::statement& st) {
    st.exchange(soci::use(scope));
  }).execute(true);
}

}  // namespace kvalis::store::data_versions
