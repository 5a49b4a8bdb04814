#include "notify/store/notify_repo.hpp"

#include "platform/store/query.hpp"

namespace kvalis::store::notify_repo {
namespace {

constexpr const char* kFrequency = "SELECT frequency FROM notify_settings WHERE user_id = :u";
constexpr const char* kKindsOff = "SELECT kind FROM notify_preferences WHERE user_id = :u AND email = 0";
constexpr const char* kPutFrequency =
    "INSERT INTO notify_settings (user_id, frequency) VALUES (:u, :f) "
    "ON CONFLICT (user_id) DO UPDATE SET frequency = excluded.frequency";
constexpr const char* kPutKind =
    "INSERT INTO notify_preferences (user_id, kind, email) VALUES (:u, :k, :e) "
    "ON CONFLICT (user_id, kind) DO UPDATE SET email = excluded.email";
constexpr const char* kReadKeys = "SELECT item_key FROM notify_read WHERE user_id = :u";
constexpr const char* kMarkRead =
    "INSERT INTO notify_read (user_id, item_key, read_at) VALUES (:u, :k, :t) ON CONFLICT (user_id, item_key) DO "
    "NOTHING";
constexpr const char* kSentKeys = "SELECT item_key FROM notify_sent WHERE user_id = :u";
constexpr const char* kClaimSent =
    "INSERT INTO notify_sent (user_id, item_key, claimed_at) VALUES (:u, :k, :t) "
    "ON CONFLICT (user_id, item_key) DO NOTHING";
constexpr const char* kReleaseSent = "DELETE FROM notify_sent WHERE user_id = :u AND item_key = :k";
constexpr const char* kClaimDigest =
    "INSERT INTO notify_digests (user_id, day, items, claimed_at) VALUES (:u, :d, :n, :t) "
    "ON CONFLICT (user_id, day) DO NOTHING";
constexpr const char* kDigestClaimed = "SELECT COUNT(*) FROM notify_digests WHERE user_id = :u AND day = :d";
constexpr const char* kReleaseDigest = "DELETE FROM notify_digests WHERE user_id = :u AND day = :d";

std::set<std::string> keys(soci::session& s, const char* sql, long long user_id) {
  std::set<std::string> out;
  for_each_row(
      s, sql, [&](soci::statement& st) { st.exchange(soci::use(user_id)); },
      [&](const soci::row& r) { out.insert(r.get<std::string>(0)); });
  return out;
}

}  // namespace

notify::Preferences preferences_of(soci::session& s, long long user_id) {
  notify::Preferences p;
  std::string frequency;
  soci::indicator ind = soci::i_null;
  s << kFrequency, soci::use(user_id), soci::into(frequency, ind);
  if (s.got_data() && ind == soci::i_ok)
    if (auto f = notify::parse_frequency(frequency)) p.frequency = *f;
  for (const auto& k : keys(s, kKindsOff, user_id))
    if (auto kind = notify::parse_kind(k)) p.email_off.insert(*kind);
  return p;
}

void put_preferences(soci::session& s, long long user_id, const notify::Preferences& prefs) {
  const std::string frequency(notify::to_string(prefs.frequency));
  s << kPutFrequency, soci::use(user_id), soci::use(frequency);
  for (auto kind : notify::kKinds) {
    const std::string k(notify::to_string(kind));
    const int email = prefs.email_on(kind) ? 1 : 0;
    s << kPutKind, soci::use(user_id), soci::use(k), soci::use(email);
  }
}

std::set<std::string> read_keys(soci::session& s, long long user_id) { return keys(s, kReadKeys, user_id); }

void mark_read(soci::session& s, long long user_id, const std::vector<std::string>& item_keys, long long now) {
  for (const auto& k : item_keys) s << kMarkRead, soci::use(user_id), soci::use(k), soci::use(now);
}

std::set<std::string> sent_keys(soci::session& s, long long user_id) { return keys(s, kSentKeys, user_id); }

bool claim_sent(soci::session& s, long long user_id, const std::string& key, long long now) {
  auto st = prepare_once(s, kClaimSent, [&](soci::statement& st) {
    st.exchange(soci::use(user_id));
    st.exchange(soci::use(key));
    st.exchange(soci::use(now));
  });
  st.execute(true);
  return st.get_affected_rows() > 0;
}

void release_sent(soci::session& s, long long user_id, const std::vector<std::string>& item_keys) {
  for (const auto& k : item_keys) s << kReleaseSent, soci::use(user_id), soci::use(k);
}

bool claim_digest(soci::session& s, long long user_id, const std::string& day, long long items, long long now) {
  auto st = prepare_once(s, kClaimDigest, [&](soci::statement& st) {
    st.exchange(soci::use(user_id));
    st.exchange(soci::use(day));
    st.exchange(soci::use(items));
    st.exchange(soci::use(now));
  });
  st.execute(true);
  return st.get_affected_rows() > 0;
}

bool digest_claimed(soci::session& s, long long user_id, const std::string& day) {
  long long n = 0;
  s << kDigestClaimed, soci::use(user_id), soci::use(day), soci::into(n);
  return n > 0;
}

void release_digest(soci::session& s, long long user_id, const std::string& day) {
  s << kReleaseDigest, soci::use(user_id), soci::use(day);
}

}  // namespace kvalis::store::notify_repo
