// kvalis import registry FILE: loads the MPSV registry export (rpss.json).
#include <fstream>
#include <iostream>

#include "cli/commands/command.hpp"
#include "platform/store/database.hpp"
#include "registry/app/registry_import.hpp"

namespace kvalis::cli {
namespace {

int import_registry(const Args& args) {
  if (args.positional.size() != 1) {
    std::cerr << "kvalis import registry: give the export file, e.g. kvalis import registry rpss.json "
                 "(or - for standard input)\n";
    return 2;
  }
  const std::string file = args.positional[0];
  std::ifstream f;
  std::istream* in = &std::cin;
  if (file != "-") {
    f.open(file, std::ios::binary);
    if (!f) {
      std::cerr << "kvalis import registry: cannot open " << file << "\n";
      return 1;
    }
    in = &f;
  }
  registry::app::ImportOptions options;
  options.dry_run = args.has("dry-run");
  options.history = args.has("history");
  options.skip_invalid = args.has("skip-invalid");
  options.region = args.get("region");
  options.source_name = file;
  auto db = open_migrated(args, std::cerr);
  std::cerr << "importing " << file << "\n";
  const auto report = registry::app::import_registry(*db, accounts::system_caller(0, "cli"), *in, options, std::cerr);
  registry::app::print_report(report, std::cout);
  return report.succeeded ? 0 : 1;
}

const bool registered = register_command(
    {"import registry",
     "Import the MPSV registry of social services (open-data export rpss.json) in one transaction",
     "FILE",
     {db_option(),
      {"dry-run", "", "Run the whole import, print what would change, roll back"},
      {"history", "", "Also import services that have ended (datumPoskytovaniDo in the past)"},
      {"region", "CODE", "Only this region's services (Kraj code, e.g. 86); end only its missing ones"},
      {"skip-invalid", "", "Import the valid items even when some are bad (bad ones are still listed)"}},
     import_registry});

}  // namespace
}  // namespace kvalis::cli
