#include "platform/store/activity_log.hpp"

#include "platform/store/database.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::store::activity_log {

namespace {
constexpr const char* kInsert =
    "INSERT INTO audit_log (at, user_id, user_login, organisation_id, action, entity, entity_id, detail, ip) "
    "VALUES (:at, :u, :l, :o, :a, :e, :eid, :d, :ip)";
constexpr const char* kSelect =
    "SELECT id, at, user_id, user_login, organisation_id, action, entity, entity_id, detail, ip FROM audit_log";
}  // namespace

void append(soci::session& s, const Entry& e) {
  const long long at = e.at ? e.at : now_epoch();
  soci::indicator user_ind = e.user_id ? soci::i_ok : soci::i_null;
  soci::indicator org_ind = e.organisation_id ? soci::i_ok : soci::i_null;
  // Every change writes a line here: the statement is kept prepared (prepare_once).
  prepare_once(s, kInsert, [&](soci::statement& st) {
    st.exchange(soci::use(at));
    st.exchange(soci::use(e.user_id, user_ind));
    st.exchange(soci::use(e.user_login));
    st.exchange(soci::use(e.organisation_id, org_ind));
    st.exchange(soci::use(e.action));
    st.exchange(soci::use(e.entity));
    st.exchange(soci::use(e.entity_id));
    st.exchange(soci::use(e.detail));
    st.exchange(soci::use(e.ip));
  }).execute(true);
}

std::vector<Entry> list(soci::session& s, const ListFilter& f, long long& total) {
  Filter filter;
  if (!f.action.empty()) filter.add("action = ?", {f.action});
  if (f.user_id) filter.add("user_id = ?", {f.user_id});
  if (f.from) filter.add("at >= ?", {f.from});
  if (f.to) filter.add("at <= ?", {f.to});
  if (!f.all) {
    std::vector<Param> ids(f.organisation_ids.begin(), f.organisation_ids.end());
    if (ids.empty())
      filter.add("1 = 0");
    else
      filter.add_any(
          "organisation_id = ? OR (organisation_id IS NULL AND user_id IN "
          "(SELECT user_id FROM memberships WHERE organisation_id = ?))",
          ids);
  }
  total = count_rows(s, "SELECT COUNT(*) FROM audit_log" + filter.where(), filter);
  std::vector<Entry> out;
  for_each_row(s, kSelect + filter.where() + " ORDER BY id DESC" + limit_offset(f.limit, f.offset), filter,
               [&](const soci::row& r) {
                 out.push_back(Entry{as_ll(r, 0), as_ll(r, 1), as_ll(r, 2), as_str(r, 3), as_ll(r, 4), as_str(r, 5),
                                     as_str(r, 6), as_str(r, 7), as_str(r, 8), as_str(r, 9)});
               });
  return out;
}

}  // namespace kvalis::store::activity_log
