// The financing stage of the network demo (issue 13 item 6, PLAN13_SPEC "Demo"): the region's financing model
// of this year for the demo kinds (a row per kind priced per client a year, and per bed-day for the residential
// form of residential kinds), planned budgets of the network's services, subsidy lines with requested and
// granted amounts (one line only requested and waiting, one service without a request), the 3-year outlook and a
// what-if scenario. Everything goes through network/app/financing*.hpp as the region's officer (kraj.referent)
// or the main provider's manager (poskytovatel.manazer) for its own services. Running it again finds the model,
// the lines and the scenario and adds nothing.
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "accounts/core/caller.hpp"
#include "demo/network_plan_demo.hpp"
#include "network/app/financing.hpp"
#include "network/app/financing_outlook.hpp"
#include "network/app/financing_scenarios.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {

namespace {

namespace fapp = network::app;

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r)
    throw std::runtime_error("network finance demo: " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

// Usual costs and own revenues of a client a year (Kč), other public money per client, and for residential kinds
// the bed-day: the demo's reference values, in the range regional models publish.
struct KindPrice {
  double client_cost, client_own, client_other;
  double bed_day_cost = 0, bed_day_own = 0;  // 0: no residential row
};
KindPrice price_of(const std::string& kind) {
  static const std::map<std::string, KindPrice> kPrices = {
      {"1", {28000, 0, 2500}},
      {"3", {210000, 52000, 9000}},
      {"4", {96000, 31000, 7000}},
      {"8", {120000, 30000, 6000, 2150, 1180}},
      {"10", {160000, 38000, 8000}},
      {"11", {260000, 90000, 9000, 1900, 1050}},
      {"12", {640000, 330000, 12000, 2300, 1220}},
      {"13", {560000, 350000, 11000, 1950, 1290}},
      {"14", {600000, 360000, 12000, 2100, 1320}},
      {"15", {300000, 140000, 9000, 1250, 520}},
      {"17", {72000, 0, 9000}},
      {"20", {120000, 24000, 14000, 560, 110}},
      {"28", {54000, 0, 6000}},
      {"32", {18000, 0, 2500}},
  };
  const auto it = kPrices.find(kind);
  return it != kPrices.end() ? it->second : KindPrice{90000, 16000, 6000};
}

std::vector<fapp::ModelRowInput> model_rows(const DemoContext& ctx) {
  std::set<std::string> kinds;
  for (const auto& [key, kind] : ctx.service_kinds) kinds.insert(kind);
  std::vector<fapp::ModelRowInput> rows;
  for (const auto& kind : kinds) {
    const KindPrice p = price_of(kind);
    rows.push_back({kind, "", "client", 1, p.client_cost, p.client_own, p.client_other, 0.9, ""});
    if (p.bed_day_cost > 0)
      rows.push_back({kind, "pob", "bed_day", 365, p.bed_day_cost, p.bed_day_own, 45, 0.9,
                      "Pobytová forma: lůžkoden (365 dní na lůžko)"});
  }
  return rows;
}

// A stable number in [0, 1) of a service, so that the demo's amounts vary but repeat from run to run.
double jitter(long long id, int salt) {
  const unsigned long long x =
      static_cast<unsigned long long>(id) * 2654435761ULL + static_cast<unsigned long long>(salt) * 40503ULL;
  return static_cast<double>(x % 1000) / 1000.0;
}

double whole_thousands(double v) { return std::round(v / 1000.0) * 1000.0; }

}  // namespace

NetworkStageSummary write_network_finance_demo(soci::session& s, const DemoContext& ctx,
                                               const NetworkStageSummary& years, const NetworkStageSummary& dev) {
  (void)years;  // the network of the years stage is read from its tables by the outlook
  (void)dev;
  NetworkStageSummary out{"Síť — financování", {}, {}};
  const int year = std::stoi(format_date(kvalis::store::now_epoch()).substr(0, 4));
  const auto region =
      member_caller(ctx, "kraj.referent", ctx.region_id, accounts::OrganisationType::region, accounts::Role::manager);
  const auto provider = member_caller(ctx, "poskytovatel.manazer", ctx.main_provider_id,
                                      accounts::OrganisationType::provider, accounts::Role::manager);
  const auto kinds = fapp::KindCheck{};

  // ---- the model ----
  long long model_id = 0;
  for (const auto& m : must(fapp::list_models(s, region), "models"))
    if (m.region_org_id == ctx.region_id && m.year == year) model_id = m.id;
  const bool created = !model_id;
  if (created) {
    fapp::ModelInput in;
    in.region_org_id = ctx.region_id;
    in.year = year;
    in.name = "Model financování sociálních služeb " + std::to_string(year);
    in.status = "approved";
    in.cost_growth = 0.045;
    in.note =
        "Obvyklé náklady a obvyklé vlastní příjmy na jednotku podle druhu a formy; dotace státu pokrývá 90 % "
        "vyrovnávací platby po odečtení ostatních veřejných zdrojů.";
    in.rows = model_rows(ctx);
    model_id = must(fapp::create_model(s, region, in, kinds), "model").head.id;
  }
  out.ids["fin_model"] = {model_id};

  // ---- this year's optimal amounts per service, then budgets and lines ----
  fapp::OutlookQuery q;
  q.year_from = year;
  q.years = 3;
  q.limit = 10000;
  const auto outlook = must(fapp::financing_outlook(s, region, q), "outlook");
  int budgets = 0, lines = 0;
  std::size_t n = 0;
  for (std::size_t i : outlook.listed) {
    const auto& svc = outlook.base_data->services[i];
    const auto& first = outlook.base().services[i].front();
    if (first.optimal <= 0) continue;
    const bool own = svc.provider_id == ctx.main_provider_id;
    const auto& who = own ? provider : region;
    ++n;
    if (created) {
      // The budget: costs near the model's, revenues as such a service has them.
      const double cost = whole_thousands(first.cost * (0.96 + 0.1 * jitter(svc.id, 1)));
      fapp::BudgetInput b;
      b.costs = {{"personnel", whole_thousands(cost * 0.71)},
                 {"operating", whole_thousands(cost * 0.26)},
                 {"investment", whole_thousands(cost * 0.03)}};
      const bool residential = outlook.units()[i] && *outlook.units()[i] == network::FinUnit::bed_day;
      const double own_revenue = first.own;
      b.revenues = {{"client_payments", whole_thousands(own_revenue * (residential ? 0.78 : 0.95))},
                    {"health_insurance", whole_thousands(own_revenue * (residential ? 0.2 : 0.0))},
                    {"state_subsidy", whole_thousands(first.optimal * 0.92)},
                    {"municipalities", whole_thousands(first.other_public * 0.6)},
                    {"region", whole_thousands(first.other_public * 0.4)},
                    {"donations", whole_thousands(own_revenue * (residential ? 0.02 : 0.05))}};
      must(fapp::put_budget(s, who, svc.id, year, b), "budget " + svc.name);
      ++budgets;
      // The line: requested by the provider (the region enters the other providers' applications); granted by
      // the region, cut where the request is above the optimum. The 2nd waits for the decision, the 3rd has no
      // request.
      if (n == 3) continue;
      const double requested = whole_thousands(first.optimal * (0.95 + 0.25 * jitter(svc.id, 2)));
      fapp::LineInput request;
      request.requested = requested;
      must(fapp::put_line(s, who, svc.id, year, request), "request " + svc.name);
      ++lines;
      if (n == 2) continue;
      fapp::LineInput grant;
      if (requested <= first.optimal) {
        grant.granted = requested;
        grant.difference_reason = "Přiznáno v požadované výši.";
      } else {
        grant.granted = whole_thousands(first.optimal * (0.88 + 0.1 * jitter(svc.id, 3)));
        grant.difference_reason = "Krácení podle dostupných prostředků dotačního programu kraje a výše optima.";
      }
      must(fapp::put_line(s, region, svc.id, year, grant), "grant " + svc.name);
    }
  }

  // ---- a what-if scenario ----
  long long scenario_id = 0;
  const std::string scenario_name = "Rozšíření pobytových služeb a růst mzdových nákladů";
  for (const auto& sc : must(fapp::list_scenarios(s, region), "scenarios"))
    if (sc.region_org_id == ctx.region_id && sc.name == scenario_name) scenario_id = sc.id;
  if (!scenario_id) {
    scenario_id = must(fapp::create_scenario(s, region, {ctx.region_id, scenario_name, year, 3}), "scenario").id;
    // The largest residential service grows by a fifth from next year; pečovatelská služba costs 8 % more.
    for (std::size_t i : outlook.listed) {
      if (!outlook.units()[i] || *outlook.units()[i] != network::FinUnit::bed_day) continue;
      const auto& svc = outlook.base_data->services[i];
      const double capacity = outlook.base().services[i].front().capacity;
      must(fapp::add_change(
               s, region, scenario_id,
               {svc.id, "", "capacity", "Přístavba: o pětinu lůžek více", year + 1, std::round(capacity * 1.2)},
               nullptr),
           "capacity change");
      break;
    }
    must(fapp::add_change(
             s, region, scenario_id,
             {0, "4", "reference_cost", "Růst mezd v přímé péči", year + 1, price_of("4").client_cost * 1.08}, nullptr),
         "cost change");
  }
  out.ids["fin_scenario"] = {scenario_id};
  q.scenario_id = scenario_id;
  const auto whatif = must(fapp::financing_outlook(s, region, q), "what-if");

  out.counts = {
      {"model (řádků)", static_cast<long long>(model_rows(ctx).size())},
      {"služeb s optimální dotací", static_cast<long long>(n)},
      {"rozpočty zapsané nyní", budgets},
      {"požadavky zapsané nyní", lines},
      {"optimum " + std::to_string(year) + " (tis. Kč)", std::llround(outlook.base().total_optimal.front() / 1000.0)},
      {"optimum " + std::to_string(year + 2) + " (tis. Kč)",
       std::llround(outlook.base().total_optimal.back() / 1000.0)},
      {"scénář " + std::to_string(year + 2) + " (tis. Kč)",
       std::llround(whatif.result().total_optimal.back() / 1000.0)}};
  return out;
}

}  // namespace kvalis::demo
