// kvalis migrate and kvalis backup.
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands/command.hpp"
#include "platform/store/database.hpp"
#include "platform/store/migrations.hpp"

namespace kvalis::cli {
namespace {

int migrate(const Args& args) {
  auto db = open_migrated(args, std::cout);
  std::cout << "schema version " << store::schema_version(*db) << " (" << db->dialect_name() << ")\n";
  return 0;
}

int backup(const Args& args) {
  if (args.positional.size() != 1) {
    std::cerr << "kvalis backup: give the backup file name, e.g. kvalis backup kvalis-2026-11-24.db\n";
    return 2;
  }
  const std::string target = args.positional[0];
  store::Database db(db_url(args), 1);
  if (db.dialect() == store::Dialect::sqlite) {
    if (access(target.c_str(), F_OK) == 0) {
      std::cerr << "kvalis backup: " << target << " already exists; choose a new file name\n";
      return 1;
    }
    // A consistent copy while the server keeps running (WAL readers are not blocked).
    db.read([&](soci::session& s) { s << "VACUUM INTO :f", soci::use(target); });
    std::cout << "backup written to " << target << "\n";
    return 0;
  }
  // PostgreSQL: pg_dump's custom format, restorable with pg_restore.
  const pid_t pid = fork();
  if (pid == 0) {
    execlp("pg_dump", "pg_dump", "--format=custom", "--no-owner", "--file", target.c_str(), db.url().c_str(),
           static_cast<char*>(nullptr));
    std::perror("kvalis backup: pg_dump");
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::cerr << "kvalis backup: pg_dump failed\n";
    return 1;
  }
  std::cout << "backup written to " << target << " (restore with pg_restore)\n";
  return 0;
}

const bool registered_migrate = register_command(
    {"migrate", "Create or upgrade the database schema and load the legal catalogues", "", {db_option()}, migrate});
const bool registered_backup =
    register_command({"backup", "Write a consistent backup of the database to FILE", "FILE", {db_option()}, backup});

}  // namespace
}  // namespace kvalis::cli
