#pragma once
// Importing a registry set (`kvalis import registry`): loads the MPSV registry's open-data export (rpss.json) into the
// database. The file is streamed item by item (importers/rpss_reader.hpp), each item is mapped and checked
// (importers/rpss_item.hpp) and written with prepared statements (store::registry_repo::RegistryWriter),
// all in one transaction: a bad item or malformed JSON changes nothing, unless skip_invalid is set.
// Services are matched by their registry identifier, providers by IČO; unchanged ones are not
// rewritten; registry services missing from the file are ended.
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/problems.hpp"
#include "registry/import/rpss_reader.hpp"

namespace kvalis::store {
class Database;
}

namespace kvalis::registry::app {

using importers::ItemPosition;
using importers::SyntaxError;

struct ImportOptions {
  bool dry_run = false;       // do everything, report, roll back
  bool history = false;       // also import services that have ended (status ended)
  bool skip_invalid = false;  // import the valid items even when some are bad (still reported)
  std::string region;         // a Kraj code: import only its services, end only its missing ones
  std::string today;          // YYYY-MM-DD; empty: today in Prague
  long long total_bytes = 0;  // for progress; 0: measured by seeking the stream when it can
  long long progress_every = 1000;
  std::string source_name;  // the file name, for the audit log
};

// A bad item: where it is and why.
struct ItemProblem {
  ItemPosition position;
  std::string identifier;
  std::vector<std::string> reasons;
};

// The same warning over many items is reported once, with a count and its first item.
struct ImportWarning {
  std::string message;
  long long count = 0;
  ItemPosition first;
  std::string first_identifier;
};

struct ImportReport {
  long long items = 0;     // elements of polozky
  long long imported = 0;  // valid items within scope (new, changed or unchanged)
  long long providers_new = 0, providers_changed = 0, providers_unchanged = 0;
  long long services_new = 0, services_changed = 0, services_unchanged = 0, services_ended = 0;
  long long facilities = 0, secret_facilities = 0;
  long long skipped_ended = 0, skipped_other_region = 0, skipped_invalid = 0;
  ProblemCollector<ItemProblem> errors;  // the first 100 bad items, all counted
  std::vector<ImportWarning> warnings;
  std::optional<SyntaxError> syntax_error;
  std::string fatal;  // not a registry export, unknown --region, nothing in scope …
  bool dry_run = false;
  bool succeeded = false;  // went through: committed, or would have been (dry run)
  bool committed = false;

  bool changed() const {
    return providers_new + providers_changed + services_new + services_changed + services_ended > 0;
  }
};

// The one use case of importing a registry export, called by the CLI; the caller is recorded in the
// activity log (registry.import).
ImportReport import_registry(store::Database& db, const accounts::Caller& caller, std::istream& in,
                             const ImportOptions& options, std::ostream& progress);

// The summary printed by the CLI (and readable in tests).
void print_report(const ImportReport& report, std::ostream& out);

}  // namespace kvalis::registry::app
