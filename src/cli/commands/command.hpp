#pragma once
// Command registry and argument parsing shared by every `kvalis` command.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace kvalis::store {
class Database;
}

namespace kvalis::cli {

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // --name value, or --flag → "true" (the last when repeated)
  std::map<std::string, std::vector<std::string>> repeated;  // every value of each option, in order
  bool has(const std::string& name) const { return options.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> get_all(const std::string& name) const {
    auto it = repeated.find(name);
    return it == repeated.end() ? std::vector<std::string>{} : it->second;
  }
};

struct OptionSpec {
  std::string name;   // without dashes
  std::string value;  // placeholder shown in help; empty for a flag
  std::string help;
};

struct Command {
  std::string name;  // e.g. "serve", "user add", "import registry"
  std::string summary;
  std::string usage;  // positional arguments, e.g. "FILE"
  std::vector<OptionSpec> options;
  std::function<int(const Args&)> run;
};

// Adds a command at static-initialisation time: `static const bool registered = register_command({...});`
bool register_command(Command command);
int run(int argc, char** argv);

// --db option, shared by commands that open the database.
OptionSpec db_option();
std::string db_url(const Args& args);
// Opens the database and applies pending migrations, printing what was applied.
std::unique_ptr<store::Database> open_migrated(const Args& args, std::ostream& log);

}  // namespace kvalis::cli
