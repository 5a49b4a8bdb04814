#include "cli/commands/command.hpp"

#include <iostream>

#include "platform/store/database.hpp"
#include "server/setup.hpp"

namespace kvalis::cli {
namespace {

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

void print_help(const Command& c) {
  std::cout << "Usage: kvalis " << c.name;
  if (!c.options.empty()) std::cout << " [options]";
  if (!c.usage.empty()) std::cout << " " << c.usage;
  std::cout << "\n\n" << c.summary << "\n";
  if (!c.options.empty()) {
    std::cout << "\nOptions:\n";
    for (const auto& o : c.options) {
      std::string left = "  --" + o.name + (o.value.empty() ? "" : " " + o.value);
      std::cout << left << std::string(left.size() < 30 ? 30 - left.size() : 1, ' ') << o.help << "\n";
    }
  }
  std::cout << "  --help                      Show this help\n";
}

void print_overview() {
  std::cout << "kvalis " KVALIS_VERSION
               " — planning, evaluating and improving the quality of social services\n\n"
               "Usage: kvalis <command> [options]\n\nCommands:\n";
  for (const auto& c : registry()) {
    std::string left = "  " + c.name;
    std::cout << left << std::string(left.size() < 24 ? 24 - left.size() : 1, ' ') << c.summary << "\n";
  }
  std::cout << "\nRun 'kvalis <command> --help' for a command's options.\n";
}

}  // namespace

std::string Args::get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

bool register_command(Command command) {
  registry().push_back(std::move(command));
  return true;
}

OptionSpec db_option() {
  return {"db", "PATH|URI", "SQLite file (default ./kvalis.db) or postgresql://user:pass@host:port/db"};
}

std::string db_url(const Args& args) {
  if (args.has("db")) return args.get("db");
  if (const char* env = std::getenv("KVALIS_DB")) return env;
  return "kvalis.db";
}

std::unique_ptr<store::Database> open_migrated(const Args& args, std::ostream& log) {
  auto db = std::make_unique<store::Database>(db_url(args));
  auto report = server::migrate(*db);
  for (const auto& m : report.applied) log << "migrated: " << m << "\n";
  if (report.catalogue_rows_added || report.catalogue_rows_updated)
    log << "catalogues: " << report.catalogue_rows_added << " rows added, " << report.catalogue_rows_updated
        << " updated\n";
  return db;
}

int run(int argc, char** argv) {
  std::vector<std::string> argv_s(argv + 1, argv + argc);
  if (argv_s.empty() || argv_s[0] == "--help" || argv_s[0] == "-h" || argv_s[0] == "help") {
    print_overview();
    return argv_s.empty() ? 2 : 0;
  }
  if (argv_s[0] == "--version") {
    std::cout << "kvalis " KVALIS_VERSION "\n";
    return 0;
  }
  // The longest registered name matching the leading words ("user add" before "user").
  const Command* cmd = nullptr;
  std::size_t words = 0;
  for (const auto& c : registry()) {
    std::vector<std::string> parts;
    for (std::size_t p = 0, q; p <= c.name.size(); p = q + 1) {
      q = c.name.find(' ', p);
      if (q == std::string::npos) q = c.name.size();
      parts.push_back(c.name.substr(p, q - p));
    }
    if (parts.size() > argv_s.size() || parts.size() <= words) continue;
    bool match = true;
    for (std::size_t i = 0; i < parts.size(); ++i) match = match && parts[i] == argv_s[i];
    if (match) {
      cmd = &c;
      words = parts.size();
    }
  }
  if (!cmd) {
    // A group name alone ("kvalis user") lists its subcommands.
    bool group = false;
    for (const auto& c : registry())
      if (c.name.rfind(argv_s[0] + " ", 0) == 0) {
        if (!group) std::cout << "Usage: kvalis " << argv_s[0] << " <subcommand>\n\nSubcommands:\n";
        group = true;
        std::cout << "  " << c.name << "  " << c.summary << "\n";
      }
    if (group) return argv_s.size() > 1 && argv_s[1] == "--help" ? 0 : 2;
    std::cerr << "kvalis: unknown command '" << argv_s[0] << "' (see kvalis --help)\n";
    return 2;
  }
  Args args;
  for (std::size_t i = words; i < argv_s.size(); ++i) {
    const std::string& a = argv_s[i];
    if (a == "--help" || a == "-h") {
      print_help(*cmd);
      return 0;
    }
    if (a.rfind("--", 0) == 0) {
      std::string name = a.substr(2), value;
      if (auto eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      const OptionSpec* spec = nullptr;
      for (const auto& o : cmd->options)
        if (o.name == name) spec = &o;
      if (!spec) {
        std::cerr << "kvalis " << cmd->name << ": unknown option --" << name << " (see --help)\n";
        return 2;
      }
      if (!spec->value.empty() && value.empty()) {
        if (i + 1 >= argv_s.size()) {
          std::cerr << "kvalis " << cmd->name << ": option --" << name << " needs a value " << spec->value << "\n";
          return 2;
        }
        value = argv_s[++i];
      }
      args.options[name] = spec->value.empty() ? "true" : value;
      args.repeated[name].push_back(args.options[name]);
    } else {
      args.positional.push_back(a);
    }
  }
  try {
    return cmd->run(args);
  } catch (const std::exception& e) {
    std::cerr << "kvalis " << cmd->name << ": " << e.what() << "\n";
    return 1;
  }
}

}  // namespace kvalis::cli
