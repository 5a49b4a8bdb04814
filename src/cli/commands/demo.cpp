// kvalis demo: creates or refreshes the demo region (Královéhradecký kraj) and prints its logins.
#include <iostream>
#include <set>

#include "accounts/core/credentials.hpp"
#include "cli/commands/command.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/network_demo.hpp"
#include "demo/network_plan_demo.hpp"
#include "demo/people_demo.hpp"
#include "demo/planning_demo.hpp"
#include "demo/quality_care_demo.hpp"
#include "demo/quality_demo.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/database.hpp"

namespace kvalis::cli {
namespace {

// Pads UTF-8 text to a width in characters (std::setw counts bytes, and Czech names have diacritics).
std::string pad(const std::string& text, std::size_t width) {
  std::size_t chars = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++chars;
  return text + std::string(chars < width ? width - chars : 1, ' ');
}

void print_summary(const demo::DemoRegion& region, const demo::DemoContext& ctx) {
  std::set<std::string> kinds, territories, legal_forms;
  int active = 0, secret = 0;
  for (const auto& s : region.services) {
    if (s.service.status != "active") continue;
    ++active;
    kinds.insert(s.service.kind_code);
    territories.insert(s.service.territories.begin(), s.service.territories.end());
    for (const auto& f : s.service.facilities) secret += f.secret ? 1 : 0;
  }
  for (const auto& p : region.providers) legal_forms.insert(p.provider.legal_form_code);
  std::cout << "Demo region Královéhradecký kraj (source 'demo'):\n"
            << "  organisations " << ctx.organisations.size() << " (" << ctx.organisations_created << " new), of them "
            << ctx.providers.size() << " providers of " << legal_forms.size() << " legal forms\n"
            << "  services      " << region.services.size() << " (" << active << " active, "
            << region.services.size() - static_cast<std::size_t>(active) << " ended; " << ctx.services_created
            << " new), " << kinds.size() << " kinds, " << territories.size() << " ORP territories, " << secret
            << " facilities with a secret address\n"
            << "  users         " << ctx.users.size() << " (" << ctx.users_created << " new)\n";
  if (ctx.services_ended) std::cout << "  ended " << ctx.services_ended << " demo services no longer generated\n";
}

void print_logins(const demo::DemoRegion& region) {
  constexpr std::size_t kLogin = 24, kPassword = 19, kRole = 24;
  std::cout << "\n"
            << pad("login", kLogin) << pad("password", kPassword) << pad("role", kRole) << "organisation\n"
            << std::string(kLogin + kPassword + kRole + 40, '-') << "\n";
  for (const auto& u : region.users) {
    const std::string role = u.platform_admin ? "platform administrator" : std::string(accounts::to_string(u.role));
    const std::string organisation = u.platform_admin ? "(all organisations)" : u.organisation_name;
    std::cout << pad(u.login, kLogin) << pad(u.password, kPassword) << pad(role, kRole) << organisation << "\n";
  }
  std::cout << "\nPřihlaste se na http://127.0.0.1:8080 (spusťte kvalis serve se stejnou databází).\n";
}

int demo_run(const Args& args) {
  if (!args.positional.empty()) {
    std::cerr << "kvalis demo: takes no arguments (see --help)\n";
    return 2;
  }
  demo::DemoOptions options;
  if (args.has("admin-password")) options.admin_password = args.get("admin-password");
  if (auto st = accounts::validate_password(options.admin_password, "admin-password"); !st) {
    std::cerr << "kvalis demo: " << translate(st.error(), Lang::en) << "\n";
    return 2;
  }
  const auto region = demo::build_demo_region(options);
  auto db = open_migrated(args, std::cerr);
  const auto ctx = db->write([&](soci::session& s) { return demo::write_demo_region(s, region, store::now_epoch()); });
  print_summary(region, ctx);
  auto benchmark = db->write([&](soci::session& s) { return demo::write_benchmark_demo(s, region, ctx); });
  benchmark.dea_runs = demo::write_benchmark_dea(*db, ctx, benchmark);
  std::cout << benchmark.text();
  std::cout << db->write([&](soci::session& s) { return demo::write_quality_demo(s, region, ctx); }).text();
  std::cout << db->write([&](soci::session& s) { return demo::write_quality_care_demo(s, ctx); }).text();
  const auto planning = db->write([&](soci::session& s) { return demo::write_planning_demo_plans(s, region, ctx); });
  std::cout << planning.text();
  std::cout << db->write([&](soci::session& s) { return demo::write_planning_demo_clients(s, ctx, planning); }).text();
  std::cout << db->write([&](soci::session& s) { return demo::write_planning_demo_cycle(s, ctx, planning); });
  const auto people = db->write([&](soci::session& s) { return demo::write_people_demo_staff(s, ctx); });
  std::cout << people.text();
  const auto training = db->write([&](soci::session& s) { return demo::write_people_training_demo(s, ctx, people); });
  std::cout << training.text();
  std::cout << db->write([&](soci::session& s) {
                   return demo::write_people_projects_demo(s, ctx, people, training);
                 }).text();
  const auto cards = db->write([&](soci::session& s) { return demo::write_network_cards_demo(s, ctx); });
  std::cout << cards.text();
  const auto coverage = db->write([&](soci::session& s) { return demo::write_network_coverage_demo(s, ctx, cards); });
  std::cout << coverage.text();
  std::cout << db->write([&](soci::session& s) {
                   return demo::write_network_minimal_demo(s, ctx, cards, coverage);
                 }).text();
  std::cout << db->write([&](soci::session& s) {
                   return demo::write_network_portal_demo(s, ctx, cards, coverage);
                 }).text();
  // Issue 13: years → dev → finance.
  const auto net_years = db->write([&](soci::session& s) { return demo::write_network_years_demo(s, ctx); });
  std::cout << net_years.text();
  print_logins(region);
  return 0;
}

const bool registered = register_command(
    {"demo",
     "Create or refresh the demo region (Královéhradecký kraj) and its logins",
     "",
     {db_option(),
      {"admin-password", "PASSWORD", "Password of the platform administrator 'admin' (default admin-demo-2026)"}},
     demo_run});

}  // namespace
}  // namespace kvalis::cli
