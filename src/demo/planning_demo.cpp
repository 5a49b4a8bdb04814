// Stages A and C of the planning demo (issue 11, seed 000): a provider of field and counselling services for
// socially excluded families (Romano Drom Hradec, z. s., fictional) with its strategic plan 2023–2027, the
// operational plan 2025 with objectives (one not linked, with its reason), service goals of its three
// services and indicators of every source; then the plan cycle: interim evaluations of 2025 with a partner
// organisation and evidence links, the 2025 period closed (every goal evaluated), the 2026 plan derived from
// it (carried over, revised and dropped goals, each with a reason) and interim evaluations of 2026. Everything
// goes through the planning use cases as the provider's manager, so the demo passes the checks user input
// passes. Running the demo again finds the plans it wrote and adds nothing.
#include "demo/planning_demo.hpp"

#include <algorithm>
#include <stdexcept>

#include "accounts/core/caller.hpp"
#include "planning/app/plans.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {

namespace papp = planning::app;
using planning::Carry;
using planning::Direction;
using planning::EvaluationResult;
using planning::GoalLevel;

namespace {

constexpr const char* kProviderKey = "romano-drom-hradec";
constexpr const char* kStrategicTitle = "Strategický plán 2023–2027";
constexpr const char* kPlan2025 = "Operační plán 2025";
constexpr const char* kPlan2026 = "Operační plán 2026";

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("planning demo " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

// The provider's manager as the demo's caller.
accounts::Caller manager_caller(const PlanningDemo& d) {
  accounts::Caller c;
  c.principal.user_id = d.manager_user_id;
  c.principal.login = "iq.manazer";
  c.principal.display_name = "Mgr. Renata Dušková";
  accounts::Membership m;
  m.organisation_id = d.provider_id;
  m.organisation_type = accounts::OrganisationType::provider;
  m.role = accounts::Role::manager;
  m.organisation_name = "Romano Drom Hradec, z. s.";
  m.region_code = kDemoRegionCode;
  c.principal.memberships.push_back(m);
  return c;
}

struct IndicatorSpec {
  const char* name;
  const char* unit;
  std::optional<double> baseline, target;
  const char* source;
  const char* rba;
  int schedule_months;
  const char* count_of = "";
  const char* benchmark_code = "";
  Direction direction = Direction::higher;
};

struct GoalSpec {
  const char* code;
  const char* title;
  const char* description;
  const char* parent_code;      // "" = strategic goal or not linked
  const char* unlinked_reason;  // for goals not linked
  int service;                  // index into service_ids, -1 for none
  std::vector<IndicatorSpec> indicators;
};

const std::vector<GoalSpec>& strategic_goals() {
  static const std::vector<GoalSpec> kGoals = {
      {"S1",
       "Rodiny mají jisté a důstojné bydlení",
       "Méně rodin ztrácí bydlení; rodiny z ubytoven a nevyhovujících bytů nacházejí nájemní bydlení.",
       "",
       "",
       -1,
       {{"Počet hodnocení cílů bydlení", "", std::nullopt, 8, "count", "how_well", 12, "evaluations"}}},
      {"S2",
       "Děti úspěšně procházejí vzděláváním",
       "Děti z rodin, se kterými pracujeme, pravidelně chodí do školy a pokračují ve studiu po základní škole.",
       "",
       "",
       -1,
       {}},
      {"S3",
       "Rodiny zvládají své finance a dluhy",
       "Rodiny mají přehled o příjmech a výdajích, řeší dluhy včas a nedostávají se do exekucí.",
       "",
       "",
       -1,
       {}},
      {"S4",
       "Organizace je stabilní a spolupracuje s partnery",
       "Stabilní tým, vícezdrojové financování a pravidelná spolupráce s OSPOD, školami a obcí.",
       "",
       "",
       -1,
       {}},
  };
  return kGoals;
}

const std::vector<GoalSpec>& goals_2025() {
  static const std::vector<GoalSpec> kGoals = {
      // objectives
      {"O1",
       "Snížit počet rodin ohrožených ztrátou bydlení",
       "Včas zachytit dluhy na nájmu a pomoci rodinám jednat s pronajímateli.",
       "S1",
       "",
       -1,
       {{"Rodiny, které si udržely bydlení", "rodin", 28, 40, "manual", "better_off", 12}}},
      {"O2",
       "Podpořit školní docházku a přípravu dětí",
       "Doučování, spolupráce se školami a rodiči.",
       "S2",
       "",
       -1,
       {{"Průměrné T-skóre GAS dětí a rodičů", "T", std::nullopt, 55, "gas_t", "better_off", 12}}},
      {"O3",
       "Stabilizovat rozpočty rodin a řešit dluhy",
       "Rozpočtové poradenství, splátkové kalendáře, oddlužení.",
       "S3",
       "",
       -1,
       {}},
      {"O4",
       "Pomoc rodinám zasaženým povodní",
       "Krátkodobá pomoc rodinám v zaplavených lokalitách.",
       "",
       "Reaguje na novou potřebu po povodni v září 2024; strategický plán s ní nepočítal.",
       -1,
       {}},
      // service goals: 0 terénní programy, 1 SAS pro rodiny s dětmi, 2 odborné sociální poradenství
      {"TP1",
       "Rodiny v lokalitách vědí, kam se obrátit při hrozbě ztráty bydlení",
       "Pravidelná přítomnost v lokalitách, včasné zachycení dluhů na nájmu.",
       "O1",
       "",
       0,
       {{"Počet klientů terénních programů", "klientů", 35, 45, "count", "how_much", 6, "clients"},
        {"Podíl dosažených osobních cílů", "%", 50, 60, "share_attained", "better_off", 6},
        {"Podíl naplněných cílů ve srovnání služeb", "%", std::nullopt, 60, "benchmark", "better_off", 12, "",
         "goal_met_share"}}},
      {"TP2",
       "Kontakt s rodinami zasaženými povodní",
       "Mapování potřeb a zprostředkování materiální pomoci.",
       "O4",
       "",
       0,
       {{"Rodiny, kterým byla zprostředkována pomoc", "rodin", std::nullopt, 15, "manual", "how_much", 6}}},
      {"SAS1",
       "Děti pravidelně chodí do školy a připravují se",
       "Doučování, doprovod do školy, spolupráce s třídními učiteli.",
       "O2",
       "",
       1,
       {{"Průměrné T-skóre GAS", "T", 48, 55, "gas_t", "better_off", 6},
        {"Počet revizí individuálních plánů", "revizí", std::nullopt, 80, "count", "how_much", 6, "reviews"},
        {"Změna na škále Cesta ke změně", "bodů", std::nullopt, 1, "ladder_change", "better_off", 12}}},
      {"SAS2",
       "Rodiče zvládají péči o domácnost a bydlení",
       "Podpora rodičů v hospodaření a péči o byt.",
       "O1",
       "",
       1,
       {{"Počet klientů s hodnoceným cílem", "klientů", std::nullopt, 15, "clients", "how_much", 12}}},
      {"OSP1",
       "Klienti mají splátkový kalendář nebo oddlužení",
       "Dluhové poradenství, návrhy na oddlužení, jednání s věřiteli.",
       "O3",
       "",
       2,
       {{"Podíl dosažených osobních cílů", "%", 45, 60, "share_attained", "better_off", 6},
        {"Spokojenost klientů s poradenstvím (dotazník)", "%", 80, 85, "manual", "how_well", 12}}},
      {"OSP2",
       "Poradenství online pro mladé dospělé",
       "Chat a videohovory pro mladé dospělé z lokalit.",
       "",
       "Cíl vychází z požadavku donátora na rok 2025; do strategie se promítne při její revizi.",
       2,
       {{"Počet osobních cílů klientů", "cílů", std::nullopt, 20, "count", "how_much", 6, "personal_goals"}}},
  };
  return kGoals;
}

long long make_goal(soci::session& s, const accounts::Caller& caller, const GoalSpec& g, GoalLevel level,
                    std::optional<long long> strategic_plan_id, std::optional<long long> operational_plan_id,
                    std::optional<long long> service_id, std::optional<long long> parent,
                    const std::string& first_due) {
  papp::GoalInput in{
      level,  strategic_plan_id, operational_plan_id, service_id, parent, parent ? std::string() : g.unlinked_reason,
      g.code, g.title,           g.description};
  const auto goal = must(papp::create_goal(s, caller, in), std::string("goal ") + g.code);
  for (const auto& i : g.indicators) {
    papp::IndicatorInput x;
    x.name = i.name;
    x.unit = i.unit;
    x.baseline = i.baseline;
    x.target = i.target;
    x.direction = i.direction;
    x.source = i.source;
    x.count_of = i.count_of;
    x.benchmark_indicator_code = i.benchmark_code;
    x.rba = i.rba;
    x.schedule_months = i.schedule_months;
    x.next_due_on = i.schedule_months == 6 ? first_due : std::string(first_due.substr(0, 4)) + "-12-31";
    must(papp::create_indicator(s, caller, goal.goal.id, x), std::string("indicator ") + i.name);
  }
  return goal.goal.id;
}

std::string clamp_date(const std::string& date, const std::string& lo, const std::string& hi) {
  return std::min(std::max(date, lo), hi);
}

}  // namespace

std::string PlanningDemo::text() const {
  return "Plánování — poskytovatel " + std::to_string(provider_id) + ", strategický plán " +
         std::to_string(strategic_plan_id) + ", operační plán 2025 " + std::to_string(operational_plan_2025_id) +
         ", cíle služeb: " + std::to_string(service_goals_2025.size()) + "\n";
}

PlanningDemo write_planning_demo_plans(soci::session& s, const DemoRegion& region, const DemoContext& ctx) {
  (void)region;
  PlanningDemo d;
  d.provider_id = ctx.providers.at(kProviderKey);
  for (const char* kind : {"32", "28", "1"})
    d.service_ids.push_back(ctx.services.at(std::string(kProviderKey) + "/" + kind + "/hk"));
  for (const char* login : {"iq.pracovnik1", "iq.pracovnik2", "iq.pracovnik3"})
    d.key_worker_user_ids.push_back(ctx.users.at(login));
  d.manager_user_id = ctx.users.at("iq.manazer");
  d.evaluator_user_id = ctx.users.at("hodnotitel");
  const auto caller = manager_caller(d);

  // Written before: find it.
  for (const auto& p : papp::list_strategic_plans(s, caller, d.provider_id))
    if (p.title == kStrategicTitle) d.strategic_plan_id = p.id;
  if (d.strategic_plan_id) {
    planning::store::plans_repo::OperationalPlanFilter f{d.provider_id, d.strategic_plan_id, 2025};
    for (const auto& p : papp::list_operational_plans(s, caller, f))
      if (p.title == kPlan2025) d.operational_plan_2025_id = p.id;
    if (d.operational_plan_2025_id) {
      const auto plan = must(papp::get_operational_plan(s, caller, d.operational_plan_2025_id), "plan 2025");
      for (const auto& g : plan.goals)
        if (g.goal.level == "service") d.service_goals_2025[g.goal.code] = g.goal.id;
    }
    return d;
  }

  papp::StrategicPlanInput sp{
      d.provider_id,
      kStrategicTitle,
      2023,
      2027,
      "Rodiny v sociálně vyloučených lokalitách Hradce Králové a okolí žijí v nejistém bydlení (ubytovny, "
      "přeplněné byty), v dluzích a exekucích; jejich děti častěji opouštějí školu předčasně. Služby na ně "
      "navazují pozdě a každá zvlášť.",
      "Rodiny z vyloučených lokalit žijí v jistém bydlení, děti dokončují školu a rodiče mají stabilní příjem "
      "a zvládají své závazky.",
      "Doprovázíme rodiny na jejich cestě ke změně: terénní prací v lokalitách, podporou rodičů a dětí a odborným "
      "poradenstvím v dluzích a bydlení, ve spolupráci s OSPOD, školami a obcí.",
      std::nullopt};
  d.strategic_plan_id = must(papp::create_strategic_plan(s, caller, sp), "strategic plan").plan.id;
  std::map<std::string, long long> ids;
  for (const auto& g : strategic_goals())
    ids[g.code] = make_goal(s, caller, g, GoalLevel::strategic, d.strategic_plan_id, std::nullopt, std::nullopt,
                            std::nullopt, "2025-06-30");
  papp::OperationalPlanInput op{d.provider_id, std::nullopt, d.strategic_plan_id, 2025, kPlan2025};
  d.operational_plan_2025_id = must(papp::create_operational_plan(s, caller, op), "plan 2025").plan.id;
  for (const auto& g : goals_2025()) {
    const bool service = g.service >= 0;
    std::optional<long long> parent;
    if (*g.parent_code) parent = ids.at(g.parent_code);
    const auto id = make_goal(
        s, caller, g, service ? GoalLevel::service : GoalLevel::objective, std::nullopt, d.operational_plan_2025_id,
        service ? std::optional<long long>(d.service_ids.at(g.service)) : std::nullopt, parent, "2025-06-30");
    ids[g.code] = id;
    if (service) d.service_goals_2025[g.code] = id;
  }
  return d;
}

std::string write_planning_demo_cycle(soci::session& s, const DemoContext& ctx, const PlanningDemo& plans) {
  (void)ctx;
  const auto caller = manager_caller(plans);
  const auto plan2025 = must(papp::get_operational_plan(s, caller, plans.operational_plan_2025_id), "plan 2025");
  if (plan2025.plan.state == "closed") return "Plánování — cyklus: období 2025 už je uzavřené\n";
  const papp::BenchmarkLookup no_benchmark;  // the demo holds a session only: benchmark values stay empty
  const std::vector<planning::store::plans_repo::ParticipantRow> team = {
      {"worker", "Bc. Marek Balog", "klíčový pracovník, terénní programy", "Romano Drom Hradec, z. s."},
      {"worker", "Bc. Lenka Horvátová", "klíčová pracovnice, SAS pro rodiny", "Romano Drom Hradec, z. s."},
      {"partner", "Mgr. Jana Horáková", "sociální pracovnice OSPOD", "Městský úřad Náchod – OSPOD"},
      {"client", "3 klienti služby", "zástupci klientů", ""}};
  int evaluations = 0;
  // Interim evaluations of 2025, with the partner and evidence links.
  for (const auto& g : plan2025.goals) {
    if (g.goal.level != "service") continue;
    papp::EvaluationInput in;
    in.held_on = "2025-07-10";
    in.period_from = "2025-01-01";
    in.period_to = "2025-06-30";
    in.conclusion = "Pololetní hodnocení: " + g.goal.title + ". Postup odpovídá plánu; pokračujeme.";
    in.participants = team;
    for (const auto& i : g.indicators)
      in.values.push_back(
          {i.id, i.source == "manual" ? std::optional<double>(i.target.value_or(10) * 0.5) : std::nullopt, ""});
    const auto e = must(papp::create_evaluation(s, no_benchmark, caller, g.goal.id, in), "evaluation " + g.goal.code);
    must(papp::add_evidence_link(s, caller, e.evaluation.id, "Zápis z pololetního hodnocení " + g.goal.code,
                                 "https://www.romano-drom-hradec.example/hodnoceni/2025-pololeti"),
         "evidence " + g.goal.code);
    ++evaluations;
  }
  // Manual values for the year (the closing evaluation takes the latest of the year).
  for (const auto& g : plan2025.goals) {
    if (g.goal.level == "service") continue;
    papp::EvaluationInput in;
    in.held_on = "2025-12-15";
    in.period_from = "2025-01-01";
    in.period_to = "2025-12-31";
    in.conclusion = "Podklady k ročnímu hodnocení: " + g.goal.title + ".";
    in.participants = {team[0], team[2]};
    for (const auto& i : g.indicators)
      if (i.source == "manual") in.values.push_back({i.id, i.target.value_or(10) * 0.9, "Podle evidence služby."});
    must(papp::create_evaluation(s, no_benchmark, caller, g.goal.id, in), "evaluation " + g.goal.code);
    ++evaluations;
  }
  // Close 2025: every goal evaluated with the school and OSPOD at the table.
  papp::CloseInput close;
  close.held_on = "2026-01-20";
  const std::map<std::string, EvaluationResult> results = {
      {"O1", EvaluationResult::partly_met},   {"O2", EvaluationResult::met},
      {"O3", EvaluationResult::partly_met},   {"O4", EvaluationResult::met},
      {"TP1", EvaluationResult::met},         {"TP2", EvaluationResult::met},
      {"SAS1", EvaluationResult::met},        {"SAS2", EvaluationResult::not_met},
      {"OSP1", EvaluationResult::partly_met}, {"OSP2", EvaluationResult::partly_met}};
  for (const auto& g : plan2025.goals) {
    auto team_close = team;
    team_close.push_back({"partner", "Mgr. Petra Dvořáková", "zástupkyně ředitele", "ZŠ Hradec Králové, Mánesova"});
    close.evaluations.push_back(
        {g.goal.id, results.at(g.goal.code), "Závěrečné hodnocení roku 2025: " + g.goal.title + ".", team_close});
  }
  must(papp::close_operational_plan(s, no_benchmark, caller, plans.operational_plan_2025_id, close), "close 2025");
  evaluations += static_cast<int>(close.evaluations.size());
  // Derive 2026: carry over, revise and drop, each with a reason.
  papp::DeriveInput derive;
  derive.year = 2026;
  derive.title = kPlan2026;
  for (const auto& g : plan2025.goals) {
    const std::string code = g.goal.code;
    papp::DeriveDecision dd{g.goal.id, Carry::carry_over, "Cíl trvá; pokračujeme podle plánu.", std::nullopt,
                            std::nullopt};
    if (code == "O4" || code == "TP2") {
      dd.carry = Carry::drop;
      dd.reason = "Pomoc po povodni skončila; rodiny převzala do péče obec.";
    } else if (code == "SAS2") {
      dd.carry = Carry::revise;
      dd.reason = "Cíl nebyl splněn: rodiče potřebují konkrétnější podporu v hospodaření s nájmem.";
      dd.title = "Rodiče platí nájem a zálohy včas";
    } else if (code == "OSP2") {
      dd.carry = Carry::revise;
      dd.reason = "Online poradenství se osvědčilo; rozšiřujeme je na všechny klienty poradny.";
      dd.title = "Poradenství online pro všechny klienty poradny";
    } else if (code == "O2" || code == "SAS1") {
      dd.reason = "Cíl splněn, ale výsledky je třeba udržet i v dalším školním roce.";
    }
    derive.decisions.push_back(dd);
  }
  const auto plan2026 =
      must(papp::derive_operational_plan(s, caller, plans.operational_plan_2025_id, derive), "derive");
  // Interim evaluations of 2026 (dates follow today, within 2026): their indicators come due again later; the
  // revised online counselling goal has not been evaluated yet, so its evaluation is overdue by the summer.
  const auto today = format_date(kvalis::store::now_epoch());
  const std::string held = clamp_date(add_days(today, -150), "2026-01-25", "2026-12-31");
  for (const auto& g : plan2026.goals) {
    if (g.goal.level != "service" || g.goal.state == "dropped" || g.goal.code == "OSP2") continue;
    papp::EvaluationInput in;
    in.held_on = std::min(held, today);
    in.period_from = "2026-01-01";
    in.period_to = in.held_on;
    in.conclusion = "Průběžné hodnocení 2026: " + g.goal.title + ".";
    in.participants = {team[0], team[1], team[2]};
    for (const auto& i : g.indicators)
      in.values.push_back(
          {i.id, i.source == "manual" ? std::optional<double>(i.target.value_or(10) * 0.6) : std::nullopt, ""});
    must(papp::create_evaluation(s, no_benchmark, caller, g.goal.id, in), "evaluation 2026 " + g.goal.code);
    ++evaluations;
  }
  return "Plánování — cyklus: " + std::to_string(evaluations) + " hodnocení, období 2025 uzavřeno, plán 2026 (" +
         std::to_string(plan2026.plan.id) + ") odvozen s " + std::to_string(plan2026.goals.size()) + " cíli\n";
}

}  // namespace kvalis::demo
