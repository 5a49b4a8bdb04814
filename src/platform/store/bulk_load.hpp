#pragma once
// A large load into tables that hold foreign keys, inside the caller's transaction.
//
// On PostgreSQL every inserted row's foreign key is checked by a trigger that looks the parent row up and locks it
// (SELECT … FOR KEY SHARE). For the national registry (130,000 rows in nine tables) those checks took 0.7 s of
// the import's 1.8 s. PostgreSQL's own advice for a bulk load ("Populating a Database": remove foreign key
// constraints) is to drop the keys, load, and add them again; adding a key checks every row at once, in one join.
// The load stays all-or-nothing: the keys are dropped and added in its transaction, and a row that refers to
// nothing fails the load when its key is added back (SQLSTATE 23503, as the row's own check would have). The
// tables are locked (ACCESS EXCLUSIVE) from the drop to the commit: other sessions wait for the load instead of
// reading it half done.
//
// While the keys are off, nothing cascades: a load that deletes parent rows deletes their children itself (an ON
// DELETE CASCADE of a dropped key does not run). One that forgets leaves children without a parent, and adding the
// key back fails the load: a mistake rolls back, it never stays in the data.
//
// When the keys cannot be dropped within two seconds (another session holds one of the tables) or by this role
// (it does not own them), the load runs with the keys in place: slower, same result. SQLite checks a key with one
// index lookup and no lock: nothing is dropped there.
//
//   store::with_foreign_keys_checked_at_end(s, {"services", "facilities"}, [&] { …load… });
//
// The keys are added back when `load` returns; when it throws, they are not, and the exception goes on to roll the
// transaction back (which restores them).
#include <soci/soci.h>

#include <functional>
#include <initializer_list>
#include <string_view>

namespace kvalis::store {

// The number of foreign keys that were dropped and added back (0 on SQLite, or when they stayed in place).
int with_foreign_keys_checked_at_end(soci::session& s, std::initializer_list<std::string_view> tables,
                                     const std::function<void()>& load);

}  // namespace kvalis::store
