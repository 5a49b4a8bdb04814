// Demo stage "portal" (NETWORK_SPEC "Demo"): the demo region publishes its public portal with texts in Czech
// and English, every section shown (the coverage of its latest locked round), and 2 benchmark indicators of a
// locked demo round when one has statistics of at least 5 services. Through the portal's app functions, as
// kraj.referent; a second run finds the published portal and the indicators and writes nothing.
#include <algorithm>

#include "accounts/core/caller.hpp"
#include "demo/network_demo.hpp"
#include "network/app/portal.hpp"

namespace kvalis::demo {

NetworkStageSummary write_network_portal_demo(soci::session& s, const DemoContext& ctx,
                                              const NetworkStageSummary& cards, const NetworkStageSummary& coverage) {
  (void)cards;
  (void)coverage;
  NetworkStageSummary out{"Síť — veřejný portál", {}, {}};
  if (ctx.region_id == 0) return out;
  const auto officer = ctx.users.find("kraj.referent");
  const accounts::Caller caller = officer != ctx.users.end() ? accounts::system_caller(officer->second, "kraj.referent")
                                                             : accounts::system_caller(0, "demo");
  const auto published = network::app::public_regions(s);
  const bool already = std::any_of(published.begin(), published.end(),
                                   [&](const network::PublicRegion& r) { return r.org_id == ctx.region_id; });
  if (!already) {
    network::app::PortalSettingsInput in;
    in.published = true;
    in.title_cs = "Sociální služby v Královéhradeckém kraji";
    in.title_en = "Social services in the Hradec Králové Region";
    in.intro_cs =
        "Kraj zde zveřejňuje karty sociálních služeb: s jakými potřebami každodenního života jednotlivé druhy služeb "
        "pomáhají a co od nich lze a nelze očekávat. Najdete tu také katalog registrovaných služeb kraje, mapu "
        "pokrytí potřeb podle území a vybrané ukazatele kvality.\n"
        "Všechna data jsou k dispozici ke stažení jako otevřená data.";
    in.intro_en =
        "The region publishes here the cards of social services: which needs of everyday life each kind of service "
        "helps with and what one can and cannot expect from it. You will also find the catalogue of the region's "
        "registered services, a map of need coverage by territory and selected quality indicators.\n"
        "All data can be downloaded as open data.";
    in.show_services = true;
    in.show_coverage = true;
    in.contact = "Odbor sociálních věcí, Krajský úřad Královéhradeckého kraje, Pivovarské náměstí 1245, Hradec Králové";
    auto saved = network::app::save_portal_settings(s, caller, ctx.region_id, in);
    if (saved) out.counts.emplace_back("portál zveřejněn", 1);
  }
  int added = 0;
  const int present = static_cast<int>(network::app::portal_indicators(s, ctx.region_id).size());
  for (const auto& [round, code] : network::app::publishable_indicators(s, ctx.region_id)) {
    if (present + added >= 2) break;
    if (network::app::add_portal_indicator(s, caller, ctx.region_id, round, code)) {
      out.ids["portal_indicators"].push_back(round);
      ++added;
    }
  }
  if (added > 0) out.counts.emplace_back("zveřejněné ukazatele", added);
  return out;
}

}  // namespace kvalis::demo
