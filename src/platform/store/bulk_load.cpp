#include "platform/store/bulk_load.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include "platform/store/backup_repo.hpp"
#include "platform/store/scan.hpp"

namespace kvalis::store {
namespace {

struct ForeignKey {
  std::string table, name, definition;
};

// The foreign keys the tables hold, as pg_get_constraintdef writes them ("FOREIGN KEY (…) REFERENCES …").
std::vector<ForeignKey> foreign_keys_of(soci::session& s, std::initializer_list<std::string_view> tables) {
  std::string list;
  for (auto t : tables) {
    for (char c : t)
      if (!((c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9')))
        throw std::invalid_argument("with_foreign_keys_checked_at_end: not a table name: " + std::string(t));
    list += list.empty() ? "" : ",";
    list += t;
  }
  std::vector<ForeignKey> keys;
  scan(s,
       "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
       "WHERE c.contype = 'f' AND c.conrelid IN (SELECT to_regclass(t) FROM unnest(string_to_array($1, ',')) t) "
       "ORDER BY c.conrelid::regclass::text, c.conname",
       {std::string_view(list)}, [&](const ScanRow& r) {
         keys.push_back({std::string(r.text(0)), std::string(r.text(1)), std::string(r.text(2))});
       });
  return keys;
}

// One ALTER TABLE a table: "ALTER TABLE t DROP CONSTRAINT a, DROP CONSTRAINT b" or "… ADD CONSTRAINT a …, …".
void alter_each_table(soci::session& s, const std::vector<ForeignKey>& keys, bool add) {
  std::size_t first = 0;
  while (first < keys.size()) {
    std::string sql = "ALTER TABLE " + backup_repo::quote_identifier(keys[first].table) + " ";
    std::size_t k = first;
    for (; k < keys.size() && keys[k].table == keys[first].table; ++k) {
      if (k != first) sql += ", ";
      sql += add ? "ADD CONSTRAINT " + backup_repo::quote_identifier(keys[k].name) + " " + keys[k].definition
                 : "DROP CONSTRAINT " + backup_repo::quote_identifier(keys[k].name);
    }
    s << sql;
    first = k;
  }
}

}  // namespace

int with_foreign_keys_checked_at_end(soci::session& s, std::initializer_list<std::string_view> tables,
                                     const std::function<void()>& load) {
  std::vector<ForeignKey> dropped;
  if (s.get_backend_name() == "postgresql") {
    s << "SAVEPOINT kvalis_keys_off";
    try {
      // the lock waits only this long; SET LOCAL ends with the savepoint's release or roll-back below
      s << "SET LOCAL lock_timeout = '2s'";
      auto keys = foreign_keys_of(s, tables);
      alter_each_table(s, keys, /*add=*/false);
      dropped = std::move(keys);
      s << "RELEASE SAVEPOINT kvalis_keys_off";
      s << "SET LOCAL lock_timeout = DEFAULT";
    } catch (const soci::soci_error&) {
      // a lock not granted in time, or a table this role does not own: load with the keys in place
      s << "ROLLBACK TO SAVEPOINT kvalis_keys_off";
      s << "RELEASE SAVEPOINT kvalis_keys_off";
      dropped.clear();
    }
  }
  load();
  alter_each_table(s, dropped, /*add=*/true);
  return static_cast<int>(dropped.size());
}

}  // namespace kvalis::store
