// kvalis migrate, backup, restore and checksums.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands/command.hpp"
#include "platform/app/backup.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/database.hpp"
#include "platform/store/migrations.hpp"

namespace kvalis::cli {
namespace {

int migrate(const Args& args) {
  auto db = open_migrated(args, std::cout);
  std::cout << "schema version " << store::schema_version(*db) << " (" << db->dialect_name() << ")\n";
  return 0;
}

std::string file_option(const Args& args, const char* name) {
  if (args.has(name)) return args.get(name);
  return args.positional.size() == 1 ? args.positional[0] : std::string();
}

int backup(const Args& args) {
  const std::string target = file_option(args, "out");
  if (target.empty()) {
    std::cerr << "kvalis backup: give the backup file, e.g. kvalis backup --out kvalis-2026-11-24.kvb "
                 "(or --out - for standard output)\n";
    return 2;
  }
  store::Database db(db_url(args), 1);
  std::ostream& progress = target == "-" ? std::cerr : std::cout;
  if (target == "-") {
    const auto r = platform::app::write_backup(db, std::cout, progress, KVALIS_VERSION);
    progress << "backup of schema " << r.schema_version << ": " << r.tables << " tables, " << r.rows << " rows\n";
    return 0;
  }
  if (access(target.c_str(), F_OK) == 0) {
    std::cerr << "kvalis backup: " << target << " already exists; choose a new file name\n";
    return 1;
  }
  // Written beside the target and renamed when complete: a file under the final name is always whole.
  const std::string partial = target + ".partial";
  std::ofstream out(partial, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::cerr << "kvalis backup: cannot write " << partial << "\n";
    return 1;
  }
  try {
    const auto r = platform::app::write_backup(db, out, progress, KVALIS_VERSION);
    out.close();
    if (!out || std::rename(partial.c_str(), target.c_str()) != 0) throw std::runtime_error("cannot write " + target);
    progress << "backup of schema " << r.schema_version << " written to " << target << ": " << r.tables << " tables, "
             << r.rows << " rows\n";
  } catch (...) {
    std::remove(partial.c_str());
    throw;
  }
  return 0;
}

int restore(const Args& args) {
  const std::string source = file_option(args, "in");
  if (source.empty()) {
    std::cerr << "kvalis restore: give the backup file, e.g. kvalis restore --db NEW.db --in kvalis-2026-11-24.kvb "
                 "(or --in - for standard input)\n";
    return 2;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (source != "-") {
    file.open(source, std::ios::binary);
    if (!file) {
      std::cerr << "kvalis restore: cannot open " << source << "\n";
      return 1;
    }
    in = &file;
  }
  auto db = std::make_unique<store::Database>(db_url(args), 1);
  const auto r = platform::app::restore_backup(*db, *in, std::cout);
  if (!r) {
    std::cerr << "kvalis restore: " << translate(r.error(), Lang::en) << "\n"
              << "kvalis restore: " << translate(r.error(), Lang::cs) << "\n"
              << "nothing was restored\n";
    return 1;
  }
  std::cout << "restored " << r->tables << " tables, " << r->rows << " rows (schema " << r->schema_version << ")\n";
  db.reset();
  // Later migrations and the catalogues of this program, as `kvalis serve` would do at start.
  auto migrated = open_migrated(args, std::cout);
  std::cout << "schema version " << store::schema_version(*migrated) << " (" << migrated->dialect_name() << ")\n";
  return 0;
}

int checksums(const Args& args) {
  store::Database db(db_url(args), 1);
  std::cout << "table\trows\tsha256\n";
  for (const auto& [name, sum] : platform::app::table_checksums(db))
    std::cout << name << "\t" << sum.rows << "\t" << sum.sha256 << "\n";
  return 0;
}

const bool registered_migrate = register_command(
    {"migrate", "Create or upgrade the database schema and load the legal catalogues", "", {db_option()}, migrate});
const bool registered_backup = register_command(
    {"backup",
     "Write a logical backup of the whole database (one snapshot, portable between SQLite and PostgreSQL)",
     "",
     {db_option(), {"out", "FILE", "The backup file (must not exist; - for standard output); docs/BACKUP.md"}},
     backup});
const bool registered_restore =
    register_command({"restore",
                      "Restore a backup into a new, empty database in one transaction, then migrate it to this version",
                      "",
                      {db_option(), {"in", "FILE", "The backup file written by kvalis backup (- for standard input)"}},
                      restore});
const bool registered_checksums = register_command(
    {"checksums",
     "Print the row count and SHA-256 checksum of every table (equal before a backup and after its restore)",
     "",
     {db_option()},
     checksums});

}  // namespace
}  // namespace kvalis::cli
