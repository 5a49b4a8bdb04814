// Providers' development plans in the demo region (issue 13 item 6, PLAN13_SPEC "Demo"): the region's 5
// criteria with weights, and 3-year plans of 12 services of several providers (poskytovatel.manazer's
// organisation among them) written by the providers: 10 evaluated and decided by the region (support, support
// partly, do not support: the supported capacity changes go into this year's draft network), one submitted and
// waiting, one still a draft. Everything goes through network/app/dev_plans.hpp; running the demo again finds
// the criteria and the plans and adds nothing.
#include <algorithm>
#include <set>
#include <stdexcept>

#include "demo/network_plan_demo.hpp"
#include "network/app/cards.hpp"
#include "network/app/dev_plans.hpp"
#include "network/core/portal.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {
namespace {

namespace napp = network::app;
using network::DevDecision;
using network::IntentionDecision;

constexpr std::size_t kPlans = 12;  // 10 decided, 1 submitted, 1 draft
constexpr const char* kDemoRegionCode = "86";
// The demo's kinds with service cards (network_cards_demo.cpp): domovy pro seniory, pečovatelská služba, osobní
// asistence, SAS pro rodiny s dětmi, terénní programy, odborné sociální poradenství.
const std::vector<std::string> kEvidenceKinds = {"13", "4", "3", "28", "32", "1"};

template <class T>
T checked(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("network dev demo: " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

struct CriterionSpec {
  const char* code;
  const char* name_cs;
  const char* name_en;
  const char* description;
  const char* evidence;
  double weight;
};
const std::vector<CriterionSpec> kCriteria = {
    {"potrebnost", "Potřebnost podle pokrytí potřeb", "Need according to coverage",
     "Záměr odpovídá potřebě, kterou v území žádná služba sítě nenaplňuje přímo.", "coverage", 30},
    {"soulad", "Soulad se střednědobým plánem a sítí", "Fit with the medium-term plan and the network",
     "Záměr naplňuje opatření střednědobého plánu a nezdvojuje kapacity sítě.", "", 20},
    {"vykonnost", "Výkonnost podle ukazatelů benchmarkingu", "Performance by benchmark indicators",
     "Ukazatele služby ve srovnání se službami stejného druhu a formy.", "benchmark", 15},
    {"kvalita", "Kvalita podle výsledku auditu", "Quality according to the audit",
     "Výsledek posledního auditu kvality a plnění nápravných opatření.", "audit", 20},
    {"hospodarnost", "Hospodárnost a reálnost rozpočtu", "Economy and realism of the budget",
     "Náklady záměru odpovídají obvyklým nákladům na jednotku a jsou rozloženy realisticky.", "", 15},
};

// Scores of the plans that are evaluated (criteria in the order above) and the decision taken on each.
struct Outcome {
  std::vector<int> scores;
  DevDecision decision;
};
const std::vector<Outcome> kOutcomes = {
    {{5, 4, 4, 5, 4}, DevDecision::support}, {{4, 4, 3, 3, 3}, DevDecision::partly},
    {{4, 5, 4, 4, 4}, DevDecision::support}, {{1, 2, 3, 2, 2}, DevDecision::not_support},
    {{3, 4, 3, 4, 2}, DevDecision::partly},  {{5, 5, 3, 4, 4}, DevDecision::support},
    {{3, 3, 4, 3, 3}, DevDecision::partly},  {{2, 1, 2, 3, 1}, DevDecision::not_support},
    {{4, 4, 5, 4, 3}, DevDecision::support}, {{3, 4, 2, 3, 4}, DevDecision::partly},
};

const char* kReasons[] = {
    "Potřeba je v území doložena mapou pokrytí; služba ji dosud naplňuje jen zprostředkovaně.",
    "Záměr odpovídá opatření střednědobého plánu; kapacita sítě v ORP je nedostatečná.",
    "Ukazatele služby jsou u mediánu srovnatelných služeb; obsazenost je vysoká.",
    "Poslední audit kvality splněn, nápravná opatření plněna v termínech.",
    "Rozpočet odpovídá obvyklým nákladům na jednotku; investice rozložena do dvou let.",
};

accounts::Caller provider_caller(const DemoContext& ctx, long long provider_id) {
  // poskytovatel.manazer for the organisation of that login; the demo as a manager of any other provider
  const bool main = provider_id == ctx.main_provider_id;
  return member_caller(ctx, main ? "poskytovatel.manazer" : "", provider_id, accounts::OrganisationType::provider,
                       accounts::Role::manager);
}

// The services of the demo region in the order plans are written: two of poskytovatel.manazer's organisation
// first, then one service per other provider in turn, so plans come from several providers.
std::vector<std::pair<std::string, long long>> chosen_services(const DemoContext& ctx) {
  std::map<std::string, std::vector<std::pair<std::string, long long>>> by_provider;
  std::string main_key;
  for (const auto& [key, id] : ctx.services) {
    const auto provider = key.substr(0, key.find('/'));
    by_provider[provider].push_back({key, id});
    if (ctx.providers.count(provider) && ctx.providers.at(provider) == ctx.main_provider_id) main_key = provider;
  }
  // Within a provider, services of the kinds with service cards, coverage and minimal forms in the demo first, so
  // the evidence panel beside each plan has something to show.
  auto rank = [&](const std::pair<std::string, long long>& sv) {
    const auto it = ctx.service_kinds.find(sv.first);
    const auto kind = it == ctx.service_kinds.end() ? std::string() : it->second;
    const auto pos = std::find(kEvidenceKinds.begin(), kEvidenceKinds.end(), kind);
    return static_cast<int>(pos - kEvidenceKinds.begin());
  };
  for (auto& [provider, list] : by_provider)
    std::stable_sort(list.begin(), list.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  std::vector<std::pair<std::string, long long>> out;
  if (!main_key.empty())
    for (std::size_t i = 0; i < by_provider[main_key].size() && i < 2; ++i) out.push_back(by_provider[main_key][i]);
  for (std::size_t round = 0;; ++round) {
    bool any = false;
    for (const auto& [provider, list] : by_provider) {
      if (provider == main_key || round >= list.size()) continue;
      out.push_back(list[round]);
      any = true;
    }
    if (!any) break;
  }
  return out;
}

std::vector<napp::IntentionInput> intentions_for(const napp::DevPlanDetail& plan, std::size_t index,
                                                 const std::vector<network::NeedArea>& needs, int year) {
  std::vector<napp::IntentionInput> out;
  auto need = [&](std::size_t k) -> std::optional<long long> {
    if (needs.empty()) return std::nullopt;
    return needs[(index + k) % needs.size()].id;
  };
  if (plan.plan.service_capacity > 0 && !plan.plan.service_capacity_unit.empty()) {
    napp::IntentionInput cap;
    cap.type = "capacity";
    const long long delta = std::max<long long>(2, plan.plan.service_capacity / 10);
    cap.description = "Rozšíření kapacity pro čekatele z území, které služba pokrývá (+" +
                      network::capacity_words(static_cast<double>(delta), plan.plan.service_capacity_unit, false) +
                      ").";
    cap.capacity_delta = static_cast<double>(delta);
    cap.capacity_unit = plan.plan.service_capacity_unit;
    cap.from_year = index % 3 == 2 ? year + 1 : year;
    cap.need_area_id = need(0);
    const double personnel = 420000.0 * static_cast<double>(delta);
    for (int y = cap.from_year; y <= year + 2; ++y)
      cap.costs.push_back({y, "personnel", personnel * (1.0 + 0.04 * (y - cap.from_year))});
    if (index % 2 == 0) cap.costs.push_back({cap.from_year, "investment", 150000.0 * static_cast<double>(delta)});
    out.push_back(std::move(cap));
  }
  napp::IntentionInput staff;
  staff.type = "staffing";
  staff.description = "Posílení týmu o sociálního pracovníka na poloviční úvazek (metodická podpora a plánování).";
  staff.fte_delta = 0.5;
  staff.from_year = year;
  staff.need_area_id = need(1);
  for (int y = year; y <= year + 2; ++y) staff.costs.push_back({y, "personnel", 310000.0 + 12000.0 * (y - year)});
  out.push_back(std::move(staff));
  napp::IntentionInput quality;
  quality.type = "quality";
  quality.description = "Pravidelná externí supervize týmu a vzdělávání v práci s rizikem.";
  quality.from_year = year;
  quality.answers_text = "Doporučení z posledního auditu kvality: zavést pravidelnou supervizi.";
  for (int y = year; y <= year + 2; ++y) quality.costs.push_back({y, "operating", 48000.0});
  out.push_back(std::move(quality));
  return out;
}

std::vector<network::IntentionChoice> choices_for(const napp::DevPlanDetail& plan, DevDecision decision) {
  std::vector<network::IntentionChoice> out;
  if (decision != DevDecision::partly) return out;
  // Partly: the first intention (capacity or staffing) supported, the others not.
  for (std::size_t i = 0; i < plan.intentions.size(); ++i)
    out.push_back({plan.intentions[i].id, i == 0 ? IntentionDecision::support : IntentionDecision::not_support});
  return out;
}

std::string decision_reason(DevDecision d) {
  switch (d) {
    case DevDecision::support:
      return "Plán odpovídá potřebám území a střednědobému plánu; podpořen v plném rozsahu.";
    case DevDecision::partly:
      return "Podpořeno rozšíření služby; supervizi a vzdělávání hradí služba z provozní dotace.";
    case DevDecision::not_support:
      return "Potřeba je v území pokryta jinými službami sítě; plán nepodpořen.";
  }
  return "";
}

}  // namespace

NetworkStageSummary write_network_dev_demo(soci::session& s, const DemoContext& ctx, const NetworkStageSummary& years) {
  (void)years;  // the network years are read from the database (the decision finds this year's draft network)
  NetworkStageSummary out{"Síť — rozvojové plány", {}, {}};
  if (!ctx.region_id || !ctx.users.count("kraj.referent")) return out;
  const auto region = accounts::system_caller(ctx.users.at("kraj.referent"), "kraj.referent");
  const long long now = kvalis::store::now_epoch();
  const int year = std::stoi(format_date(now).substr(0, 4));

  // The region's criteria.
  int criteria_created = 0;
  {
    for (std::size_t i = 0; i < kCriteria.size(); ++i) {
      const auto& c = kCriteria[i];
      napp::CriterionInput in{
          c.code, c.name_cs, c.name_en, c.description, c.evidence, c.weight, 5, static_cast<int>(i + 1), true};
      auto created = napp::in_session::create_dev_criterion(s, region, ctx.region_id, in);
      if (created) {
        ++criteria_created;
      } else if (created.error().message_key != "network.dev.criterion_code_taken") {
        checked(std::move(created), std::string("criterion ") + c.code);
      }
    }
  }

  const auto needs = napp::need_areas(s, ctx.region_id);
  int plans_created = 0, decided = 0, proposed = 0;
  std::set<long long> providers;
  const auto services = chosen_services(ctx);
  std::size_t n = 0;  // plans of the demo so far (found or written): the n-th gets the n-th outcome
  for (std::size_t i = 0; i < services.size() && n < kPlans; ++i) {
    const long long service_id = services[i].second;
    if (auto existing = napp::in_session::find_dev_plan(s, service_id, year)) {
      out.ids["dev_plans"].push_back(*existing);
      ++n;
      continue;
    }
    const std::string provider_key = services[i].first.substr(0, services[i].first.find('/'));
    if (!ctx.providers.count(provider_key)) continue;
    const long long provider_id = ctx.providers.at(provider_key);
    const auto provider = provider_caller(ctx, provider_id);
    auto plan = napp::in_session::create_dev_plan(
        s, provider,
        {service_id, year, year + 2, "Rozvojový plán " + std::to_string(year) + "–" + std::to_string(year + 2),
         "Rozvoj služby podle střednědobého plánu kraje: kapacita, personální zajištění a kvalita."},
        now);
    if (!plan && plan.error().message_key == "network.dev.service_inactive") continue;
    auto detail = checked(std::move(plan), "plan of " + services[i].first);
    const long long id = detail.plan.id;
    const std::size_t index = n++;
    napp::DevPlanChange change;
    change.intentions = intentions_for(detail, index, needs, year);
    detail =
        checked(napp::in_session::update_dev_plan(s, provider, id, change, now), "intentions of " + services[i].first);
    ++plans_created;
    providers.insert(provider_id);
    out.ids["dev_plans"].push_back(id);
    if (index + 1 == kPlans) continue;  // the last one stays a draft
    // submitted in the autumn before the plan's first year, evaluated in February, decided in March (below)
    const long long submitted =
        parse_timestamp(std::to_string(year - 1) + "-11-" + std::to_string(10 + index) + "T09:00:00Z").value_or(now);
    const long long evaluated = parse_timestamp(std::to_string(year) + "-02-16T10:00:00Z").value_or(now);
    checked(napp::in_session::submit_dev_plan(s, provider, id, submitted), "submit " + services[i].first);
    if (index >= kOutcomes.size()) continue;  // submitted, waiting for the region
    const auto& outcome = kOutcomes[index];
    std::vector<napp::ScoreInput> scores;
    auto evaluation = checked(napp::in_session::get_dev_plan(s, region, id), "read " + services[i].first);
    if (evaluation.evaluation)
      for (std::size_t k = 0; k < evaluation.evaluation->scores.size(); ++k)
        scores.push_back({evaluation.evaluation->scores[k].criterion.id, outcome.scores[k % outcome.scores.size()],
                          kReasons[k % 5]});
    detail =
        checked(napp::in_session::evaluate_dev_plan(s, region, id, scores, evaluated), "evaluate " + services[i].first);
    napp::DevDecisionInput decision;
    decision.decision = std::string(network::to_string(outcome.decision));
    decision.reason = decision_reason(outcome.decision);
    decision.intentions = choices_for(detail, outcome.decision);
    decision.decided_on = std::to_string(year) + "-03-" + (index < 9 ? "0" : "") + std::to_string(index + 1);
    decision.decided_by_text =
        "Rada Královéhradeckého kraje, usnesení RK/" + std::to_string(year) + "/" + std::to_string(210 + index);
    detail = checked(napp::in_session::decide_dev_plan(s, region, id, decision, now), "decide " + services[i].first);
    ++decided;
    for (const auto& p : detail.effect.proposed)
      if (p.outcome == network::EffectOutcome::proposed) ++proposed;
  }
  out.counts = {{"kritéria", criteria_created},
                {"rozvojové plány", plans_created},
                {"poskytovatelé", static_cast<long long>(providers.size())},
                {"rozhodnuto", decided},
                {"navržené změny sítě", proposed}};
  return out;
}

}  // namespace kvalis::demo
