#include "accounts/store/accounts_repo.hpp"

#include <array>

#include "platform/store/data_versions.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::store::accounts_repo {
namespace {

constexpr const char* kFindSession =
    "SELECT s.id, s.user_id, s.csrf_token, s.expires_at, s.created_at, s.last_used_at, u.language, "
    "(SELECT version FROM data_versions WHERE scope = 'accounts'), "
    "(SELECT version FROM data_versions WHERE scope = 'registry') FROM sessions s JOIN users u ON u.id = s.user_id "
    "WHERE s.token_digest = :d AND s.expires_at > :now AND u.active = 1";
constexpr const char* kInsertSession =
    "INSERT INTO sessions (token_digest, user_id, csrf_token, created_at, expires_at, last_used_at, ip, user_agent) "
    "VALUES (:d, :u, :c, :t, :e, :t2, :ip, :ua)";
constexpr const char* kSessionsOf =
    "SELECT id, token_digest, created_at, last_used_at, expires_at, ip, user_agent FROM sessions "
    "WHERE user_id = :u AND expires_at > :now ORDER BY last_used_at DESC, id DESC";

long long affected(store::statement_cache::Lent&& st) {
  st.execute(true);
  return st.get_affected_rows();
}
constexpr const char* kUserColumns =
    "id, login, display_name, email, password_hash, language, platform_admin, active, created_at, last_login_at";
constexpr const char* kMemberships =
    "SELECT m.organisation_id, o.type, m.role, o.name, o.region_code, o.territory_code FROM memberships m "
    "JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = :u ORDER BY o.name, m.role";

UserRow read_user(const soci::row& r) {
  UserRow u;
  u.id = as_ll(r, 0);
  u.login = as_str(r, 1);
  u.display_name = as_str(r, 2);
  u.email = as_str(r, 3);
  u.password_hash = as_str(r, 4);
  u.language = as_str(r, 5);
  u.platform_admin = as_int(r, 6) != 0;
  u.active = as_int(r, 7) != 0;
  u.created_at = as_ll(r, 8);
  u.last_login_at = as_ll(r, 9);
  return u;
}

std::optional<UserRow> find_user_where(soci::session& s, const std::string& where, auto value) {
  std::optional<UserRow> out;
  store::for_each_row(
      s, std::string("SELECT ") + kUserColumns + " FROM users WHERE " + where,
      [&](soci::statement& st) { st.exchange(soci::use(value)); },
      [&](const soci::row& r) {
        if (!out) out = read_user(r);
      });
  return out;
}

}  // namespace

std::optional<SessionRow> find_session(soci::session& s, const std::string& digest, long long now) {
  // On every request: kept prepared (no parsing and, on PostgreSQL, no planning of its join and subqueries).
  SessionRow row;
  const bool found = prepare_once(s, kFindSession, [&](soci::statement& st) {
                       st.exchange(soci::use(digest));
                       st.exchange(soci::use(now));
                       st.exchange(soci::into(row.id));
                       st.exchange(soci::into(row.user_id));
                       st.exchange(soci::into(row.csrf_token));
                       st.exchange(soci::into(row.expires_at));
                       st.exchange(soci::into(row.created_at));
                       st.exchange(soci::into(row.last_used_at));
                       st.exchange(soci::into(row.language));
                       st.exchange(soci::into(row.accounts_version));
                       st.exchange(soci::into(row.registry_version));
                     }).execute(true);
  if (!found) return std::nullopt;
  return row;
}

void touch_session(soci::session& s, const std::string& digest, long long expires_at, long long now) {
  prepare_once(s, "UPDATE sessions SET expires_at = :e, last_used_at = :t WHERE token_digest = :d",
               [&](soci::statement& st) {
                 st.exchange(soci::use(expires_at));
                 st.exchange(soci::use(now));
                 st.exchange(soci::use(digest));
               })
      .execute(true);
}

void create_session(soci::session& s, const std::string& digest, long long user_id, const std::string& csrf,
                    long long now, long long expires_at, const std::string& ip, const std::string& user_agent) {
  store::data_versions::note_session_data_changed();
  s << "DELETE FROM sessions WHERE expires_at < :now", soci::use(now);
  s << kInsertSession, soci::use(digest), soci::use(user_id), soci::use(csrf), soci::use(now), soci::use(expires_at),
      soci::use(now), soci::use(ip), soci::use(user_agent);
}

void delete_session(soci::session& s, const std::string& digest) {
  store::data_versions::note_session_data_changed();
  s << "DELETE FROM sessions WHERE token_digest = :d", soci::use(digest);
}

long long delete_user_sessions(soci::session& s, long long user_id) {
  store::data_versions::note_session_data_changed();
  auto st = store::prepare_once(s, "DELETE FROM sessions WHERE user_id = :u",
                                [&](soci::statement& st) { st.exchange(soci::use(user_id)); });
  return affected(std::move(st));
}

long long delete_other_sessions(soci::session& s, long long user_id, const std::string& keep_digest) {
  store::data_versions::note_session_data_changed();
  auto st = store::prepare_once(s, "DELETE FROM sessions WHERE user_id = :u AND token_digest <> :d",
                                [&](soci::statement& st) {
                                  st.exchange(soci::use(user_id));
                                  st.exchange(soci::use(keep_digest));
                                });
  return affected(std::move(st));
}

bool delete_user_session(soci::session& s, long long user_id, long long session_id) {
  store::data_versions::note_session_data_changed();
  auto st = store::prepare_once(s, "DELETE FROM sessions WHERE user_id = :u AND id = :i", [&](soci::statement& st) {
    st.exchange(soci::use(user_id));
    st.exchange(soci::use(session_id));
  });
  return affected(std::move(st)) > 0;
}

void rotate_session(soci::session& s, const std::string& digest, const std::string& new_digest,
                    const std::string& new_csrf) {
  store::data_versions::note_session_data_changed();
  s << "UPDATE sessions SET token_digest = :n, csrf_token = :c WHERE token_digest = :d", soci::use(new_digest),
      soci::use(new_csrf), soci::use(digest);
}

std::vector<SessionListRow> sessions_of(soci::session& s, long long user_id, long long now) {
  std::vector<SessionListRow> out;
  store::for_each_row(
      s, kSessionsOf,
      [&](soci::statement& st) {
        st.exchange(soci::use(user_id));
        st.exchange(soci::use(now));
      },
      [&](const soci::row& r) {
        out.push_back({as_ll(r, 0), as_str(r, 1), as_ll(r, 2), as_ll(r, 3), as_ll(r, 4), as_str(r, 5), as_str(r, 6)});
      });
  return out;
}

std::vector<long long> active_users_with_email(soci::session& s) {
  std::vector<long long> ids;
  store::for_each_row(s, "SELECT id FROM users WHERE active = 1 AND email <> '' ORDER BY id", store::Filter{},
                      [&](const soci::row& r) { ids.push_back(as_ll(r, 0)); });
  return ids;
}

std::optional<accounts::Principal> load_principal(soci::session& s, long long user_id) {
  auto u = find_user(s, user_id);
  if (!u || !u->active) return std::nullopt;
  accounts::Principal p;
  p.user_id = u->id;
  p.login = u->login;
  p.display_name = u->display_name;
  p.platform_admin = u->platform_admin;
  p.memberships = memberships_of(s, user_id);
  return p;
}

std::optional<UserRow> find_user_by_login(soci::session& s, const std::string& login) {
  return find_user_where(s, "login = :l", login);
}

std::optional<UserRow> find_user(soci::session& s, long long id) { return find_user_where(s, "id = :id", id); }

std::vector<UserRow> list_users(soci::session& s, const UserFilter& f, long long& total) {
  std::string where = " WHERE 1=1";
  const std::string like = contains_pattern(f.q);
  if (!f.q.empty())
    where += " AND (login LIKE :q1 ESCAPE '\\' OR display_name LIKE :q2 ESCAPE '\\' OR email LIKE :q3 ESCAPE '\\')";
  if (!f.all) {
    // Organisation ids are numbers we produced, not user text; still bound one by one.
    where += " AND id IN (SELECT user_id FROM memberships WHERE organisation_id IN (";
    for (std::size_t i = 0; i < f.organisation_ids.size(); ++i) where += (i ? ",:o" : ":o") + std::to_string(i);
    if (f.organisation_ids.empty()) where += "NULL";
    where += "))";
  }
  auto bind = [&](soci::statement& st) {
    if (!f.q.empty()) {
      st.exchange(soci::use(like));
      st.exchange(soci::use(like));
      st.exchange(soci::use(like));
    }
    if (!f.all)
      for (const auto& id : f.organisation_ids) st.exchange(soci::use(id));
  };
  {
    long long n = 0;
    auto st = prepare_once(s, "SELECT COUNT(*) FROM users" + where, [&](soci::statement& st) {
      bind(st);
      st.exchange(soci::into(n));
    });
    st.execute(true);
    total = n;
  }
  std::vector<UserRow> out;
  soci::row r;
  const int limit = f.limit, offset = f.offset;
  auto st = prepare_once(s,
                         std::string("SELECT ") + kUserColumns + " FROM users" + where +
                             " ORDER BY display_name, login LIMIT :limit OFFSET :offset",
                         [&](soci::statement& st) {
                           bind(st);
                           st.exchange(soci::into(r));
                           st.exchange(soci::use(limit));
                           st.exchange(soci::use(offset));
                         });
  st.execute(false);
  while (st.fetch()) out.push_back(read_user(r));
  return out;
}

long long insert_user(soci::session& s, const UserRow& u) {
  store::data_versions::note_session_data_changed();
  long long id = 0;
  const int admin = u.platform_admin ? 1 : 0;
  const int active = u.active ? 1 : 0;
  s << "INSERT INTO users (login, display_name, email, password_hash, language, platform_admin, active, "
       "created_at, last_login_at) VALUES (:l, :n, :e, :h, :lang, :a, :act, :t, 0) RETURNING id",
      soci::use(u.login), soci::use(u.display_name), soci::use(u.email), soci::use(u.password_hash),
      soci::use(u.language), soci::use(admin), soci::use(active), soci::use(u.created_at), soci::into(id);
  return id;
}

void update_user(soci::session& s, const UserRow& u) {
  store::data_versions::note_session_data_changed();
  const int active = u.active ? 1 : 0;
  s << "UPDATE users SET display_name = :n, email = :e, language = :lang, active = :a WHERE id = :id",
      soci::use(u.display_name), soci::use(u.email), soci::use(u.language), soci::use(active), soci::use(u.id);
}

void set_password(soci::session& s, long long user_id, const std::string& hash) {
  store::data_versions::note_session_data_changed();
  s << "UPDATE users SET password_hash = :h WHERE id = :id", soci::use(hash), soci::use(user_id);
}
void set_platform_admin(soci::session& s, long long user_id, bool platform_admin) {
  store::data_versions::note_session_data_changed();
  const int admin = platform_admin ? 1 : 0;
  s << "UPDATE users SET platform_admin = :a WHERE id = :id", soci::use(admin), soci::use(user_id);
}

void touch_login(soci::session& s, long long user_id, long long now) {
  s << "UPDATE users SET last_login_at = :t WHERE id = :id", soci::use(now), soci::use(user_id);
}

std::vector<accounts::Membership> memberships_of(soci::session& s, long long user_id) {
  std::vector<accounts::Membership> out;
  store::for_each_row(
      s, kMemberships, [&](soci::statement& st) { st.exchange(soci::use(user_id)); },
      [&](const soci::row& r) {
        accounts::Membership m;
        m.organisation_id = as_ll(r, 0);
        m.organisation_type =
            accounts::parse_organisation_type(as_str(r, 1)).value_or(accounts::OrganisationType::provider);
        m.role = accounts::parse_role(as_str(r, 2)).value_or(accounts::Role::readonly);
        m.organisation_name = as_str(r, 3);
        m.region_code = as_str(r, 4);
        m.territory_code = as_str(r, 5);
        out.push_back(std::move(m));
      });
  return out;
}

void replace_memberships(soci::session& s, long long user_id, const std::vector<accounts::Membership>& ms) {
  store::data_versions::note_session_data_changed();
  s << "DELETE FROM memberships WHERE user_id = :u", soci::use(user_id);
  for (const auto& m : ms) {
    const std::string role(accounts::to_string(m.role));
    int exists = 0;
    s << "SELECT COUNT(*) FROM memberships WHERE user_id = :u AND organisation_id = :o AND role = :r",
        soci::use(user_id), soci::use(m.organisation_id), soci::use(role), soci::into(exists);
    if (exists) continue;
    s << "INSERT INTO memberships (user_id, organisation_id, role) VALUES (:u, :o, :r)", soci::use(user_id),
        soci::use(m.organisation_id), soci::use(role);
  }
}

namespace {

constexpr const char* kEnsureCounter =
    "INSERT INTO login_throttle (scope, login, ip, failures, last_failure_at) VALUES (:sc, :l, :ip, 0, 0) "
    "ON CONFLICT (scope, login, ip) DO NOTHING";
constexpr const char* kSelectCounter =
    "SELECT failures, last_failure_at FROM login_throttle WHERE scope = :sc AND login = :l AND ip = :ip";
constexpr const char* kUpdateCounter =
    "UPDATE login_throttle SET failures = :f, last_failure_at = :t WHERE scope = :sc AND login = :l AND ip = :ip";
constexpr const char* kGiveBack =
    "UPDATE login_throttle SET failures = failures - 1 WHERE scope = :sc AND login = :l AND ip = :ip AND failures > 0";
// Counters whose last failure left the window. PostgreSQL skips rows another login holds, so that two
// logins never wait for each other here.
constexpr const char* kForgetOldSqlite = "DELETE FROM login_throttle WHERE last_failure_at < :old";
constexpr const char* kForgetOldPostgresql =
    "DELETE FROM login_throttle WHERE (scope, login, ip) IN (SELECT scope, login, ip FROM login_throttle "
    "WHERE last_failure_at < :old LIMIT 1000 FOR UPDATE SKIP LOCKED)";

struct CounterKey {
  std::string scope, login, ip;
};

}  // namespace

long long take_login_attempt(soci::session& s, const accounts::ThrottlePolicy& policy, const std::string& login,
                             const std::string& ip, long long now) {
  const bool postgresql = s.get_backend_name() == "postgresql";
  // Always in this order (pair, account, address), so that two logins lock shared rows in the same order.
  const std::array<CounterKey, 3> keys{CounterKey{"pair", login, ip}, CounterKey{"account", login, ""},
                                       CounterKey{"address", "", ip}};
  std::array<accounts::FailureCounter, 3> counters{};
  const std::string select = std::string(kSelectCounter) + (postgresql ? " FOR UPDATE" : "");
  for (std::size_t i = 0; i < keys.size(); ++i) {
    s << kEnsureCounter, soci::use(keys[i].scope), soci::use(keys[i].login), soci::use(keys[i].ip);
    s << select, soci::use(keys[i].scope), soci::use(keys[i].login), soci::use(keys[i].ip),
        soci::into(counters[i].failures), soci::into(counters[i].last_failure_at);
  }
  const long long wait = accounts::throttle_wait(policy, {counters[0], counters[1], counters[2]}, now);
  if (wait > 0) return wait;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto c = accounts::after_failure(policy, counters[i], now);
    s << kUpdateCounter, soci::use(c.failures), soci::use(c.last_failure_at), soci::use(keys[i].scope),
        soci::use(keys[i].login), soci::use(keys[i].ip);
  }
  s << (postgresql ? kForgetOldPostgresql : kForgetOldSqlite), soci::use(now - policy.window_seconds);
  return 0;
}

void give_back_login_attempt(soci::session& s, const std::string& login, const std::string& ip) {
  s << "DELETE FROM login_throttle WHERE scope = 'pair' AND login = :l AND ip = :ip", soci::use(login), soci::use(ip);
  const std::string account = "account", address = "address", none;
  s << kGiveBack, soci::use(account), soci::use(login), soci::use(none);
  s << kGiveBack, soci::use(address), soci::use(none), soci::use(ip);
}

}  // namespace kvalis::store::accounts_repo
