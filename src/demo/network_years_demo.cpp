// The years stage of the network demo (issue 13 item 6, PLAN13_SPEC "Demo"): the demo region's network for
// three years (year − 2 … year) with the decisions that made it (every service with a registered capacity
// included in the first year except three left for later, capacity changes, later inclusions and one
// removal) and an entrustment act for every service in it; the first two years approved, this year a draft.
// Then the medium-term plan (year − 1 … year + 1) with 3 priorities, goals, measures and activities linked to
// kinds, target groups, territories and indicators with targets per year, sent for comments, commented by a
// municipality (OSPOD Náchod) and a provider (poskytovatel.manazer's organisation), answered and approved; the
// action plan of year − 1 approved and evaluated, and this year's action plan carrying over what was not done.
// Everything goes through network/app as the region's officer (kraj.referent); running it again adds nothing.
#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <stdexcept>

#include "accounts/core/caller.hpp"
#include "benchmark/app/groups.hpp"
#include "demo/network_plan_demo.hpp"
#include "network/app/network_years.hpp"
#include "network/app/sprss_plans.hpp"
#include "planning/app/plans.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"

namespace kvalis::demo {
namespace {

namespace napp = network::app;

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r)
    throw std::runtime_error("network years demo: " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

std::string ys(int year) { return std::to_string(year); }

// ---- the network ----

struct NetworkWritten {
  std::vector<long long> years;
  int decisions = 0, acts = 0;
};

napp::DecisionRequest decision(long long service, const char* kind, int year, std::string reason,
                               std::optional<double> capacity = std::nullopt) {
  napp::DecisionRequest d;
  d.service_id = service;
  d.kind = kind;
  d.decided_on = ys(year - 1) + "-12-10";
  d.reason = std::move(reason);
  d.decided_by_text =
      "Rada Královéhradeckého kraje, usnesení RK/" + ys(year - 1) + "/" + std::to_string(40 + (year % 10));
  d.capacity_after = capacity;
  return d;
}

// "29 lůžek", "3 klienti", "1 hodina": the act's scope names the capacity in words, never by the unit's code.
std::string capacity_words(double capacity, const std::string& unit) {
  struct Forms {
    const char *code, *one, *few, *many;
  };
  static constexpr std::array<Forms, 6> kForms{{{"klient", "klient", "klienti", "klientů"},
                                                {"luzka", "lůžko", "lůžka", "lůžek"},
                                                {"hodiny", "hodina", "hodiny", "hodin"},
                                                {"kontakt", "kontakt", "kontakty", "kontaktů"},
                                                {"interv", "intervence", "intervence", "intervencí"},
                                                {"hovor", "hovor", "hovory", "hovorů"}}};
  const auto n = static_cast<long long>(std::llround(capacity));
  for (const auto& f : kForms)
    if (unit == f.code) return std::to_string(n) + " " + (n == 1 ? f.one : (n >= 2 && n <= 4) ? f.few : f.many);
  return std::to_string(n) + " (" + unit + ")";
}

void entrust(soci::session& s, const accounts::Caller& region, const napp::nrepo::ServiceFacts& sv, double capacity,
             const std::string& unit, int from_year, int to_year, int number, NetworkWritten& out) {
  napp::EntrustmentInput in;
  in.service_id = sv.id;
  in.act_number = "KK/" + ys(from_year) + "/SOC/" + std::to_string(100 + number);
  in.issued_on = ys(from_year - 1) + "-12-20";
  in.valid_from = ys(from_year) + "-01-01";
  in.valid_to = ys(to_year) + "-12-31";
  in.capacity = capacity;
  in.capacity_unit = unit;
  in.forms = split_codes(sv.forms);
  in.territories = sv.territories;
  in.scope = "Pověření k poskytování služby obecného hospodářského zájmu: " + sv.kind_name + ", " +
             capacity_words(capacity, unit);
  must(napp::create_entrustment(s, region, in), "entrustment " + sv.name);
  ++out.acts;
}

NetworkWritten write_network(soci::session& s, const accounts::Caller& region, int year) {
  NetworkWritten out;
  const int first = year - 2;
  auto start = must(napp::create_year(s, region, "", first), "year " + ys(first));
  out.years.push_back(start.year.id);
  // every active service of the region with a registered capacity the network counts in
  std::vector<napp::nrepo::ServiceFacts> services;
  for (auto& sv : must(napp::registry_diff(s, region, start.year.id), "registry").not_in_network)
    if (sv.capacity > 0 && network::is_capacity_unit(sv.capacity_unit)) services.push_back(std::move(sv));
  if (services.size() < 8) throw std::runtime_error("network years demo: too few demo services with a capacity");
  // three services join later (two of them by decisions of the next years, one stays out)
  const std::vector<std::size_t> later = {services.size() - 3, services.size() - 2, services.size() - 1};
  int act = 0;
  for (std::size_t i = 0; i < services.size(); ++i) {
    if (std::find(later.begin(), later.end(), i) != later.end()) continue;
    const auto& sv = services[i];
    must(napp::record_decision(s, region, start.year.id,
                               decision(sv.id, "include", first, "Služba odpovídá potřebám území podle SPRSS")),
         "include " + sv.name);
    ++out.decisions;
    entrust(s, region, sv, sv.capacity, sv.capacity_unit, first, year + 1, ++act, out);
  }
  must(napp::approve_year(
           s, region, start.year.id,
           {ys(first - 1) + "-12-15", "Zastupitelstvo Královéhradeckého kraje, usnesení ZK/" + ys(first - 1) + "/12"}),
       "approve " + ys(first));

  // year − 1: two capacity changes and an inclusion
  auto middle = must(napp::create_year(s, region, "", year - 1), "year " + ys(year - 1));
  out.years.push_back(middle.year.id);
  for (std::size_t i : {std::size_t{1}, std::size_t{2}}) {
    const auto& sv = services[i];
    const double more = std::max(sv.capacity + 1, std::round(sv.capacity * 1.15));
    must(napp::record_decision(s, region, middle.year.id,
                               decision(sv.id, "change", year - 1,
                                        "Navýšení kapacity podle vyhodnocení potřeb a plánu rozvoje služby", more)),
         "change " + sv.name);
    ++out.decisions;
  }
  const auto& joined = services[later[0]];
  must(napp::record_decision(s, region, middle.year.id,
                             decision(joined.id, "include", year - 1, "Nová služba pokrývá mezeru v dostupnosti")),
       "include " + joined.name);
  ++out.decisions;
  entrust(s, region, joined, joined.capacity, joined.capacity_unit, year - 1, year + 1, ++act, out);
  must(napp::approve_year(
           s, region, middle.year.id,
           {ys(year - 2) + "-12-15", "Zastupitelstvo Královéhradeckého kraje, usnesení ZK/" + ys(year - 2) + "/11"}),
       "approve " + ys(year - 1));

  // this year (a draft): a removal, a reduction and an inclusion
  auto current = must(napp::create_year(s, region, "", year), "year " + ys(year));
  out.years.push_back(current.year.id);
  must(napp::record_decision(s, region, current.year.id,
                             decision(services[0].id, "remove", year,
                                      "Poskytovatel požádal o vyřazení; klienty převezme jiná služba v území")),
       "remove " + services[0].name);
  ++out.decisions;
  const auto& reduced = services[3];
  must(napp::record_decision(s, region, current.year.id,
                             decision(reduced.id, "change", year, "Snížení kapacity podle dlouhodobě nižší obsazenosti",
                                      std::max(1.0, std::round(reduced.capacity * 0.85)))),
       "reduce " + reduced.name);
  ++out.decisions;
  const auto& second = services[later[1]];
  must(napp::record_decision(s, region, current.year.id,
                             decision(second.id, "include", year, "Rozšíření sítě o službu v nepokrytém území")),
       "include " + second.name);
  ++out.decisions;
  entrust(s, region, second, second.capacity, second.capacity_unit, year, year + 1, ++act, out);
  return out;
}

// ---- the medium-term plan ----

struct NodeSpec {
  const char* level;
  int parent;  // index into the specs, -1 for the root
  const char* title;
  const char* responsible;
  std::vector<std::string> kinds, groups, territories;
};

const std::vector<NodeSpec>& plan_nodes() {
  static const std::vector<NodeSpec> kNodes = {
      {"priority", -1, "Dostupnost sociálních služeb v území", "odbor sociálních věcí", {}, {}, {}},
      {"goal", 0, "Terénní služby dostupné v každém ORP", "oddělení plánování", {"3", "4"}, {"17", "24"}, {}},
      {"measure",
       1,
       "Rozšířit pečovatelskou službu do obcí bez pokrytí",
       "oddělení plánování",
       {"4"},
       {"24", "17"},
       {"5201", "5211"}},
      {"activity", 2, "Nové středisko pečovatelské služby na Broumovsku", "Charita", {"4"}, {"24"}, {"5201"}},
      {"measure",
       1,
       "Posílit osobní asistenci v Trutnovsku",
       "oddělení plánování",
       {"3"},
       {"15", "17"},
       {"5214", "5215"}},
      {"goal", 0, "Odlehčení pečujícím osobám", "oddělení plánování", {"8"}, {"26"}, {}},
      {"measure", 5, "Odlehčovací služby v každém okrese", "oddělení plánování", {"8"}, {"26", "24"}, {}},
      {"priority", -1, "Kvalita a udržitelnost služeb v síti", "odbor sociálních věcí", {}, {}, {}},
      {"goal", 7, "Služby v síti naplňují minimální podobu služby", "oddělení kvality", {"4", "13"}, {}, {}},
      {"measure", 8, "Audity kvality u poskytovatelů v síti", "oddělení kvality", {"4", "13"}, {}, {}},
      {"goal", 7, "Stabilní a vzdělaný personál", "oddělení kvality", {}, {}, {}},
      {"measure", 10, "Vzdělávání pracovníků v přímé péči", "oddělení kvality", {}, {}, {}},
      {"priority", -1, "Prevence a podpora rodin s dětmi", "odbor sociálních věcí", {}, {"23"}, {}},
      {"goal", 12, "Dostupné služby pro rodiny s dětmi", "oddělení prevence", {"28"}, {"23"}, {}},
      {"measure",
       13,
       "Sociálně aktivizační služby pro rodiny ve všech ORP",
       "oddělení prevence",
       {"28"},
       {"23"},
       {"5202", "5206", "5212"}},
      {"measure",
       13,
       "Terénní programy v sociálně vyloučených lokalitách",
       "oddělení prevence",
       {"32"},
       {"20"},
       {"5205", "5209"}},
  };
  return kNodes;
}

// Indicators of the plan taken from their sources (issue 13 item 2), so the plan page shows real values beside
// the targets: the median "Klienti na úvazek přímé péče" of the working group "Pečovatelská služba" (its round
// of the plan's first year holds the providers' forms) and the planning indicator "Rodiny, které si udržely
// bydlení" of the 2025 operational plan of the demo provider of family services (evaluated for 2025). Both
// found through the modules' use cases; missing ones (an older demo database) are left out.
int write_source_indicators(soci::session& s, const accounts::Caller& region, long long home_care_measure,
                            long long families_measure, int year) {
  int written = 0;
  const auto system = accounts::system_caller();
  if (auto groups = benchmark::app::list_groups(s, system, 200, 0))
    for (const auto& g : groups->items) {
      if (g.group.name != "Pečovatelská služba") continue;
      napp::IndicatorInput ind;
      ind.source = "benchmark";
      ind.bm_group_id = g.group.id;
      ind.bm_indicator_code = "clients_per_fte_direct";
      ind.name = "Klienti pečovatelské služby na úvazek přímé péče (medián skupiny)";
      ind.unit = "osoby";
      ind.direction = "higher";
      ind.years = {{year - 1, 9.0, std::nullopt}, {year, 9.5, std::nullopt}, {year + 1, 10.0, std::nullopt}};
      must(napp::add_indicator(s, region, home_care_measure, ind), ind.name);
      ++written;
      break;
    }
  planning::store::plans_repo::OperationalPlanFilter filter;
  filter.year = 2025;
  for (const auto& op : planning::app::list_operational_plans(s, system, filter)) {
    auto detail = planning::app::get_operational_plan(s, system, op.id);
    if (!detail) continue;
    for (const auto& goal : detail->goals)
      for (const auto& pi : goal.indicators) {
        if (pi.name != "Rodiny, které si udržely bydlení") continue;
        napp::IndicatorInput ind;
        ind.source = "planning";
        ind.pl_indicator_id = pi.id;
        ind.name = pi.name;
        ind.unit = pi.unit;
        ind.direction = pi.direction;
        ind.baseline = pi.baseline;
        ind.years = {{year - 1, 34.0, std::nullopt}, {year, 40.0, std::nullopt}, {year + 1, 45.0, std::nullopt}};
        must(napp::add_indicator(s, region, families_measure, ind), ind.name);
        return written + 1;
      }
  }
  return written;
}

struct PlanWritten {
  long long plan_id = 0;
  int nodes = 0, indicators = 0, comments = 0;
  std::vector<long long> action_plans;
};

PlanWritten write_plan(soci::session& s, const DemoContext& ctx, const accounts::Caller& region, int year,
                       const std::string& today, const std::string& title) {
  PlanWritten out;
  napp::PlanInput in;
  in.title = title;
  in.year_from = year - 1;
  in.year_to = year + 1;
  in.vision =
      "Každý obyvatel kraje najde v dosahu svého ORP službu, která odpovídá jeho potřebám, v kvalitě "
      "ověřené audity a srovnáváním.";
  in.analysis_text =
      "Analytická část vychází z mapy pokrytí potřeb (uzamčené kolo sběru), z výsledků srovnávání služeb "
      "(benchmarking) a z přehledu auditů kvality. Nejvíce chybí terénní péče na Broumovsku a v Trutnovsku, "
      "odlehčovací služby mimo Hradec Králové a sociálně aktivizační služby pro rodiny v menších ORP.";
  in.links = {{"coverage_map", std::nullopt, "Mapa pokrytí potřeb (poslední uzamčené kolo)", ""},
              {"benchmark_round", std::nullopt, "Výsledky srovnávání služeb kraje", ""},
              {"audit_overview", std::nullopt, "Přehled auditů kvality poskytovatelů", ""}};
  auto plan = must(napp::create_plan(s, region, "", in), "plan");
  out.plan_id = plan.plan.id;

  std::vector<long long> ids;
  for (const auto& spec : plan_nodes()) {
    napp::NodeInput n;
    if (spec.parent >= 0) n.parent_id = ids.at(static_cast<std::size_t>(spec.parent));
    n.level = spec.level;
    n.title = spec.title;
    n.responsible = spec.responsible;
    n.kinds = spec.kinds;
    n.target_groups = spec.groups;
    n.territories = spec.territories;
    ids.push_back(must(napp::add_node(s, region, out.plan_id, n), spec.title).node.id);
    ++out.nodes;
  }
  struct IndicatorSpec {
    std::size_t node;
    const char* name;
    const char* unit;
    double baseline, t1, t2, t3;
  };
  std::vector<long long> indicators;
  for (const auto& spec :
       {IndicatorSpec{2, "Obce s dostupnou pečovatelskou službou", "obce", 62, 66, 72, 80},
        IndicatorSpec{6, "Okresy s odlehčovací službou", "okresy", 3, 4, 5, 5},
        IndicatorSpec{9, "Služby v síti s auditem kvality za poslední 3 roky", "%", 38, 50, 65, 80},
        IndicatorSpec{14, "Rodiny podpořené sociálně aktivizační službou", "rodiny", 170, 185, 200, 220}}) {
    napp::IndicatorInput ind;
    ind.name = spec.name;
    ind.unit = spec.unit;
    ind.baseline = spec.baseline;
    ind.years = {{year - 1, spec.t1, std::nullopt}, {year, spec.t2, std::nullopt}, {year + 1, spec.t3, std::nullopt}};
    indicators.push_back(must(napp::add_indicator(s, region, ids.at(spec.node), ind), spec.name).indicator.id);
    ++out.indicators;
  }
  out.indicators += write_source_indicators(s, region, ids.at(2), ids.at(14), year);

  // the comment period: a municipality and a provider comment, the region answers and approves
  must(napp::send_plan(s, region, out.plan_id, add_days(today, 30), today), "send");
  const auto ospod = member_caller(ctx, "ospod.vedouci", ctx.ospod_id, accounts::OrganisationType::municipality,
                                   accounts::Role::manager);
  const auto provider = member_caller(ctx, "poskytovatel.manazer", ctx.main_provider_id,
                                      accounts::OrganisationType::provider, accounts::Role::manager);
  auto c1 =
      must(napp::add_plan_comment(s, ospod, out.plan_id,
                                  {ids.at(14),
                                   "V ORP Náchod chybí sociálně aktivizační služba pro rodiny v Polici nad Metují a "
                                   "v Hronově; prosíme doplnit území opatření.",
                                   std::nullopt},
                                  today),
           "municipality comment");
  auto c2 =
      must(napp::add_plan_comment(s, provider, out.plan_id,
                                  {ids.at(2),
                                   "Navrhujeme sledovat u opatření i obsazenost pečovatelské služby, ne jen počet "
                                   "obcí.",
                                   std::nullopt},
                                  today),
           "provider comment");
  out.comments = 2;
  must(napp::answer_plan_comment(s, region, c1.comment.id, "partly",
                                 "Náchod doplníme pro rok " + ys(year + 1) + "; v roce " + ys(year) +
                                     " na novou kapacitu nejsou prostředky."),
       "answer municipality");
  must(
      napp::answer_plan_comment(s, region, c2.comment.id, "accepted", "Ukazatel obsazenosti doplníme při aktualizaci."),
      "answer provider");
  // approved by the assembly before the first action plan (approved on 15 December of year − 2)
  must(napp::approve_plan(
           s, region, out.plan_id,
           {ys(year - 2) + "-12-08", "Zastupitelstvo Královéhradeckého kraje, usnesení ZK/" + ys(year - 2) + "/3"}),
       "approve plan");

  // the action plan of year − 1: approved and evaluated
  auto ap = must(napp::create_action_plan(s, region, out.plan_id, year - 1), "action plan " + ys(year - 1));
  std::vector<napp::ItemInput> items = {
      {std::nullopt, ids.at(2), "Výběrové řízení na poskytovatele pečovatelské služby na Broumovsku",
       "oddělení plánování", ys(year - 1) + "-04-30", 0.0},
      {std::nullopt, ids.at(3), "Otevřít středisko pečovatelské služby v Broumově", "Charita", ys(year - 1) + "-10-31",
       1800000.0},
      {std::nullopt, ids.at(6), "Analýza potřeby odlehčovacích služeb v okresech Náchod a Trutnov",
       "oddělení plánování", ys(year - 1) + "-09-30", 150000.0},
      {std::nullopt, ids.at(11), "Kurz pro pracovníky v přímé péči (24 hodin) pro poskytovatele v síti",
       "oddělení kvality", ys(year - 1) + "-11-30", 240000.0},
  };
  ap = must(napp::update_action_plan(s, region, ap.action_plan.id, items), "items " + ys(year - 1));
  must(napp::approve_action_plan(s, region, ap.action_plan.id, ys(year - 2) + "-12-15"), "approve action plan");
  napp::EvaluationInput e;
  e.evaluated_on = ys(year) + "-01-31";
  e.summary =
      "Splněny dvě ze čtyř položek; středisko v Broumově je otevřené, terénní pokrytí obcí dobíhá. Analýza "
      "odlehčovacích služeb se přesouvá.";
  // result, what is left, evidence of each item in order
  const std::vector<std::array<std::string, 3>> results = {
      {"done", "", "Usnesení RK/" + ys(year - 1) + "/118 o výběru poskytovatele"},
      {"partly", "Středisko otevřeno v září; terénní pokrytí okolních obcí až od jara.",
       "Kolaudační souhlas a oznámení změny registrace"},
      {"not", "Analýza odložena pro personální změny na odboru.", ""},
      {"done", "", "Prezenční listiny kurzu (3 běhy, 54 účastníků)"},
  };
  for (std::size_t i = 0; i < ap.items.size(); ++i)
    e.items.push_back({ap.items[i].item.id, results.at(i)[0], results.at(i)[1], results.at(i)[2]});
  e.indicators = {{indicators[0], 65}, {indicators[2], 47}, {indicators[3], 181}};
  must(napp::evaluate_action_plan(s, region, ap.action_plan.id, e), "evaluate " + ys(year - 1));
  out.action_plans.push_back(ap.action_plan.id);

  // this year's action plan carries over what was not done and adds a new item
  auto next = must(napp::carry_from_previous(s, region, out.plan_id, year), "carry over");
  std::vector<napp::ItemInput> kept;
  for (const auto& i : next.items)
    kept.push_back({i.item.id, i.item.node_id, i.item.what, i.item.responsible, i.item.due, i.item.budget});
  kept.push_back({std::nullopt, ids.at(15), "Rozšířit terénní program do lokality Náchod – Plhov", "oddělení prevence",
                  ys(year) + "-06-30", 320000.0});
  must(napp::update_action_plan(s, region, next.action_plan.id, kept), "items " + ys(year));
  out.action_plans.push_back(next.action_plan.id);
  return out;
}

}  // namespace

NetworkStageSummary write_network_years_demo(soci::session& s, const DemoContext& ctx) {
  NetworkStageSummary out{"Síť — roky sítě a střednědobý plán", {}, {}};
  if (!ctx.region_id) return out;
  const auto region =
      member_caller(ctx, "kraj.referent", ctx.region_id, accounts::OrganisationType::region, accounts::Role::manager);
  const std::string today = format_date(static_cast<long long>(std::time(nullptr)));
  const int year = std::stoi(today.substr(0, 4));

  const auto years = must(napp::list_years(s, region, ""), "years");
  const bool have_network =
      std::any_of(years.begin(), years.end(), [&](const auto& y) { return y.year.year == year - 2; });
  if (!have_network) {
    const auto n = write_network(s, region, year);
    out.counts = {
        {"roky sítě", static_cast<long long>(n.years.size())}, {"rozhodnutí", n.decisions}, {"pověření", n.acts}};
    out.ids["network_years"] = n.years;
  } else {
    for (const auto& y : years) out.ids["network_years"].push_back(y.year.id);
    out.counts = {{"roky sítě (už zapsané)", static_cast<long long>(years.size())}};
  }

  const std::string title =
      "Střednědobý plán rozvoje sociálních služeb Královéhradeckého kraje " + ys(year - 1) + "–" + ys(year + 1);
  const auto plans = must(napp::list_plans(s, region, ""), "plans");
  auto existing = std::find_if(plans.begin(), plans.end(), [&](const auto& p) { return p.plan.title == title; });
  if (existing == plans.end()) {
    const auto p = write_plan(s, ctx, region, year, today, title);
    out.counts.emplace_back("střednědobý plán: uzly", p.nodes);
    out.counts.emplace_back("ukazatele", p.indicators);
    out.counts.emplace_back("připomínky", p.comments);
    out.counts.emplace_back("akční plány", static_cast<long long>(p.action_plans.size()));
    out.ids["plan"] = {p.plan_id};
    out.ids["action_plans"] = p.action_plans;
  } else {
    out.counts.emplace_back("střednědobý plán (už zapsaný)", 1);
    out.ids["plan"] = {existing->plan.id};
  }
  return out;
}

}  // namespace kvalis::demo
