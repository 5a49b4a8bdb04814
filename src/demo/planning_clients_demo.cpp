// Stage B of the planning demo: the staff of the demo provider's three services, 60 clients with pseudonymous
// codes (a few with names) and individual plans: 1–3 personal goals each, linked to the 2025 service goals of
// stage A where they fit (some not, with a reason), every GAS level described; reviews about every three months
// from the goal's setting up to today with ratings that mostly improve; one ladder instrument ("Cesta ke změně",
// 8 areas, 1–10, stages) with 2–4 assessments for a third of the clients. Some reviews fall due soon and some are
// overdue today. Everything goes through the planning module's use cases, as the provider's own users (the key
// workers and the manager), so the demo passes the same checks and access rules as their input. The data is
// deterministic for a given today; names and stories are fictional.
#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "demo/planning_demo.hpp"
#include "planning/app/clients_records.hpp"
#include "planning/app/ladders_instruments.hpp"
#include "planning/app/staff_services.hpp"
#include "planning/core/due.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {
namespace {

namespace papp = planning::app;

constexpr int kClients = 60;
constexpr const char* kLadderName = "Cesta ke změně";

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r)
    throw std::runtime_error("demo planning clients " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

// A user of the demo provider acting in their role there (the access rules of client records need the
// membership, which the platform administrator's demo caller does not have).
accounts::Caller provider_user(long long user_id, const std::string& login, long long provider, accounts::Role role) {
  accounts::Caller c;
  c.principal.user_id = user_id;
  c.principal.login = login;
  c.principal.display_name = login;
  c.principal.memberships.push_back({provider, accounts::OrganisationType::provider, role, "", "", ""});
  return c;
}

// A small deterministic generator (the demo is the same on every run).
struct Dice {
  unsigned long long state;
  explicit Dice(unsigned long long seed) : state(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
  int roll(int n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state >> 33) % static_cast<unsigned long long>(n));
  }
};

struct GoalTheme {
  const char* wording;
  const char* steps;
  const char* responsibilities;
  std::array<const char*, 5> levels;  // −2 … +2
};

// Per service, in stage A's order: terénní programy, SAS pro rodiny s dětmi, odborné sociální poradenství.
const std::array<std::array<GoalTheme, 3>, 3> kThemes{{
    {{{"Chci mít platný občanský průkaz a vyřízené doklady.",
       "Objednat se na úřad, zaplatit poplatek, vyzvednout průkaz.",
       "Klient: objedná se a dojde na úřad. Pracovník: doprovod, pomoc s formulářem.",
       {"Doklady nemá a na úřad nejde.", "Objednal se, ale na úřad nedošel.", "Požádal o průkaz.", "Má nový průkaz.",
        "Má průkaz i kartičku pojišťovny a rodný list dětí."}},
      {"Chci bydlet s rodinou v bytě, ne na ubytovně.",
       "Sepsat žádost o obecní byt, hledat nabídky, připravit kauci.",
       "Klientka: sleduje nabídky a šetří na kauci. Pracovnice: žádost, jednání s pronajímatelem.",
       {"Rodina ztratila i ubytovnu.", "Bydlí na ubytovně bez žádosti o byt.", "Podala žádost o obecní byt.",
        "Má domluvenou prohlídku bytu a našetřenou kauci.", "Podepsala nájemní smlouvu na byt."}},
      {"Chci splácet dluhy a nemít nové.",
       "Sepsat přehled dluhů, domluvit splátkové kalendáře, platit včas.",
       "Klient: nosí dopisy, platí splátky. Pracovník: přehled dluhů, jednání s věřiteli.",
       {"Přibyly nové dluhy.", "Dluhy nezná a dopisy neotvírá.", "Má přehled dluhů a jeden splátkový kalendář.",
        "Splácí všechny dohodnuté splátky.", "Splácí a podal návrh na oddlužení."}}}},
    {{{"Chci, aby děti chodily pravidelně do školy.",
       "Ranní budík, připravená taška, domluva s třídní učitelkou jednou za měsíc.",
       "Matka: ráno děti vypraví. Pracovnice: schůzky ve škole, podpora s úkoly.",
       {"Děti do školy nechodí a hrozí oznámení OSPOD.", "Děti mají hodně neomluvených hodin.",
        "Děti chodí do školy, absence jsou omluvené.", "Děti chodí každý den a nosí úkoly.",
        "Děti chodí každý den a zlepšily si známky."}},
      {"Chci vyjít s penězi do konce měsíce.",
       "Vést sešit příjmů a výdajů, platit nájem jako první, nakupovat podle seznamu.",
       "Rodiče: vedou sešit. Pracovnice: společný rozpočet jednou za dva týdny.",
       {"Nezaplatili nájem a půjčují si.", "Peníze dojdou v polovině měsíce.", "Nájem a energie platí včas.",
        "Vyjdou do konce měsíce bez půjčky.", "Odkládají si každý měsíc malou částku."}},
      {"Chceme zůstat spolu a mít děti doma.",
       "Plnit dohody s OSPOD, chodit na konzultace, upravit domácnost.",
       "Rodiče: dodržují dohody. Pracovnice: doprovod na OSPOD, nácvik péče o domácnost.",
       {"Děti byly odebrány do péče.", "OSPOD zvažuje odebrání dětí.", "Rodina plní dohody s OSPOD.",
        "OSPOD snížil četnost kontrol.", "OSPOD ukončil dohled nad rodinou."}}}},
    {{{"Chci mít vyřízené dávky, na které mám nárok.",
       "Zjistit nárok, vyplnit žádosti, hlídat termíny úřadu práce.",
       "Klient: donese doklady. Pracovník: posouzení nároku, vyplnění žádostí.",
       {"Dávky mu byly zastaveny.", "O dávky nežádá.", "Podal žádost o dávky.", "Dávky pobírá a hlásí změny včas.",
        "Dávky pobírá a zvládá hlášení sám."}},
      {"Chci se zbavit exekucí.",
       "Zjistit exekuce v centrální evidenci, podat návrh na oddlužení.",
       "Klientka: sežene podklady. Pracovník: návrh na oddlužení, komunikace s insolvenčním soudem.",
       {"Přibyla nová exekuce.", "Neví, kolik má exekucí.", "Má přehled exekucí a podklady k oddlužení.",
        "Podala návrh na oddlužení.", "Soud schválil oddlužení."}},
      {"Chci si najít stálou práci.",
       "Napsat životopis, registrace na úřadu práce, dvě odpovědi na inzerát týdně.",
       "Klient: hledá nabídky a chodí na pohovory. Pracovník: životopis, nácvik pohovoru.",
       {"Ztratil i brigádu.", "Práci nehledá.", "Hledá práci a byl na pohovoru.", "Pracuje na zkrácený úvazek.",
        "Má pracovní smlouvu na plný úvazek."}}}},
}};

const std::array<const char*, 8> kAreas{"Bydlení",       "Finance a dluhy",  "Práce a vzdělávání", "Zdraví",
                                        "Rodina a děti", "Vztahy a podpora", "Úřady a doklady",    "Každodenní život"};

const std::array<const char*, 8> kNames{"Jana Dvořáková", "Marek Horváth", "Lucie Gáborová", "Pavel Kalej",
                                        "Monika Bílá",    "Tomáš Lakatoš", "Eva Danielová",  "Roman Sivák"};

const std::array<const char*, 5> kChanges{"Klient zvládl domluvený krok sám, s podporou jen při jednání na úřadě.",
                                          "Situace se zlepšila, ale objevila se nová překážka (nemoc v rodině).",
                                          "Změna je pomalejší, než jsme čekali; domluvili jsme menší kroky.",
                                          "Klientka popsala, co se jí daří, a sama navrhla další krok.",
                                          "Bez velké změny; klient potřeboval řešit akutní věci."};
const std::array<const char*, 4> kViews{"Jsem rád, že to jde.", "Je to těžké, ale chci pokračovat.",
                                        "Potřebuju víc času.", "Konečně vidím, že to má smysl."};
const std::array<const char*, 3> kNextSteps{"Pokračovat v domluvených krocích, příští schůzka za tři měsíce.",
                                            "Doprovod na úřad, pak revize plánu.",
                                            "Upravit kroky podle nové situace, zapojit rodinu."};

// The GAS level reported at a review from an internal step −3 … +2: −1 is sometimes the −0.5 variant.
double reported(int state, Dice& dice) {
  if (state == -1 && dice.roll(7) == 0) return -0.5;
  return state;
}

}  // namespace

std::string PlanningClientsDemoSummary::text() const {
  return "Plánování — klienti: " + std::to_string(clients) + ", osobní cíle: " + std::to_string(goals) +
         ", revize: " + std::to_string(reviews) + ", hodnocení GAS: " + std::to_string(ratings) +
         ", hodnocení na žebříku: " + std::to_string(ladder_assessments) + "\n";
}

PlanningClientsDemoSummary write_planning_demo_clients(soci::session& s, const DemoContext&,
                                                       const PlanningDemo& plans) {
  PlanningClientsDemoSummary summary;
  if (plans.provider_id == 0 || plans.service_ids.empty() || plans.key_worker_user_ids.empty() ||
      plans.manager_user_id == 0)
    return summary;
  const auto manager = provider_user(plans.manager_user_id, "iq.manazer", plans.provider_id, accounts::Role::manager);
  std::vector<accounts::Caller> workers;
  for (std::size_t i = 0; i < plans.key_worker_user_ids.size(); ++i)
    workers.push_back(provider_user(plans.key_worker_user_ids[i], "iq.pracovnik" + std::to_string(i + 1),
                                    plans.provider_id, accounts::Role::worker));

  // Written once: a second run finds the instrument and leaves the clients as they are.
  for (const auto& l : must(papp::list_ladders(s, manager, plans.provider_id), "ladders"))
    if (l.ladder.name == kLadderName) return summary;

  // Staff: each service's key worker; the manager is granted access to every service (to erase on request),
  // the first key worker also to the second service (standing in for a colleague).
  for (std::size_t j = 0; j < plans.service_ids.size(); ++j) {
    std::vector<papp::StaffInput> staff{{plans.key_worker_user_ids[j % workers.size()], "staff"},
                                        {plans.manager_user_id, "granted"}};
    if (j == 1 && workers.size() > 1) staff.push_back({plans.key_worker_user_ids[0], "granted"});
    must(papp::put_staff(s, manager, plans.service_ids[j], staff), "staff");
  }

  papp::LadderInput ladder_in;
  ladder_in.organisation_id = plans.provider_id;
  ladder_in.name = kLadderName;
  ladder_in.description =
      "Nástroj organizace pro rozhovor s klientem o tom, kde je na cestě ke změně v osmi oblastech života.";
  ladder_in.scale_min = 1;
  ladder_in.scale_max = 10;
  ladder_in.stages = "1-2:Uvíznutí;3-4:Přijetí pomoci;5-6:Zkoušení;7-8:Nacházení cesty;9-10:Samostatnost";
  for (const char* a : kAreas) ladder_in.areas.push_back({std::nullopt, a, ""});
  const auto ladder = must(papp::create_ladder(s, manager, ladder_in), "ladder");

  std::vector<long long> goals_2025;
  for (const auto& [code, id] : plans.service_goals_2025) goals_2025.push_back(id);
  const std::string today = format_date(kvalis::store::now_epoch());

  for (int i = 0; i < kClients; ++i) {
    const std::size_t j = static_cast<std::size_t>(i) % plans.service_ids.size();
    const auto& worker = workers[j % workers.size()];
    Dice dice(static_cast<unsigned long long>(i) + 11);
    const std::string set_on = add_days("2025-01-08", (i * 7) % 180);

    papp::ClientInput client;
    client.service_id = plans.service_ids[j];
    client.name = i % 8 == 3 ? kNames[static_cast<std::size_t>(i / 8) % kNames.size()] : "";
    client.contract_from = add_days(set_on, -21);
    client.key_worker_user_id = worker.principal.user_id;
    const auto created = must(papp::create_client(s, worker, client), "client");
    const long long client_id = created.summary.client.id;
    ++summary.clients;

    std::vector<long long> linkable;
    for (const auto& g : must(papp::linkable_goals(s, worker, client_id), "goals"))
      if (std::find(goals_2025.begin(), goals_2025.end(), g.id) != goals_2025.end()) linkable.push_back(g.id);

    const int goal_count = 1 + i % 3;
    std::vector<long long> goal_ids;
    std::vector<int> states;
    for (int k = 0; k < goal_count; ++k) {
      const auto& theme = kThemes[j % kThemes.size()][static_cast<std::size_t>(i + k) % 3];
      papp::ClientGoalInput g;
      if (!linkable.empty() && (i + k) % 7 != 3)
        g.service_goal_id = linkable[static_cast<std::size_t>(i + k) % linkable.size()];
      else
        g.unlinked_reason = "Cíl klienta mimo cíle služby na rok 2025; přesto je pro něj teď nejdůležitější.";
      g.wording = theme.wording;
      g.steps = theme.steps;
      g.responsibilities = theme.responsibilities;
      g.level_minus2 = theme.levels[0];
      g.level_minus1 = theme.levels[1];
      g.level_0 = theme.levels[2];
      g.level_plus1 = theme.levels[3];
      g.level_plus2 = theme.levels[4];
      g.weight = k == 0 ? 2 : 1;
      g.set_on = set_on;
      g.next_review_on = planning::add_months(set_on, 3);
      const auto detail = must(papp::add_client_goal(s, worker, client_id, g), "goal");
      goal_ids.push_back(detail.goals.back().goal.id);
      states.push_back(dice.roll(10) < 3 ? -2 : -1);  // where the client stands when the goal is set
      ++summary.goals;
    }

    // Reviews every three months up to today; for every seventh client the last one is missing (overdue).
    std::vector<std::string> dates;
    for (int k = 1;; ++k) {
      const auto d = planning::add_months(set_on, 3 * k);
      if (d > today) break;
      dates.push_back(d);
    }
    if (i % 7 == 4 && dates.size() > 1) dates.pop_back();
    const bool improver = i % 6 != 5;  // most improve, some stagnate or slip back
    for (std::size_t r = 0; r < dates.size(); ++r) {
      papp::ReviewInput review;
      review.held_on = dates[r];
      review.what_changed = kChanges[static_cast<std::size_t>(dice.roll(static_cast<int>(kChanges.size())))];
      review.client_view = kViews[static_cast<std::size_t>(dice.roll(static_cast<int>(kViews.size())))];
      review.next_steps = kNextSteps[static_cast<std::size_t>(dice.roll(static_cast<int>(kNextSteps.size())))];
      review.participants =
          client.name.empty() ? "klient/ka, klíčový pracovník" : "klient/ka, klíčový pracovník, rodina";
      review.next_review_on = planning::add_months(dates[r], 3);
      for (std::size_t k = 0; k < goal_ids.size(); ++k) {
        const int roll = dice.roll(20);
        int& st = states[k];
        if (improver ? roll < 9 : roll < 3)
          st = std::min(2, st + 1);
        else if (roll >= 18)
          st = st <= -2 ? -3 : std::max(-2, st - 1);
        else if (st == -3)
          st = -2;
        review.ratings.push_back({goal_ids[k], reported(st, dice), ""});
        ++summary.ratings;
      }
      must(papp::add_review(s, worker, client_id, review), "review");
      ++summary.reviews;
    }

    // Ladder assessments for a third of the clients: every six months, 2–4 of them.
    if (i % 3 == 0) {
      const int wanted = 2 + (i / 3) % 3;
      std::array<int, kAreas.size()> values{};
      for (auto& v : values) v = 2 + dice.roll(4);
      for (int k = 0; k < wanted; ++k) {
        const auto on = planning::add_months(set_on, 6 * k);
        if (on > today) break;
        papp::AssessmentInput a;
        a.ladder_id = ladder.ladder.id;
        a.assessed_on = on;
        a.note = k == 0 ? "Vstupní hodnocení s klientem." : "";
        for (std::size_t area = 0; area < values.size(); ++area) {
          if (k > 0) values[area] = std::min(10, values[area] + dice.roll(3));
          a.values.emplace_back(ladder.ladder.areas[area].id, values[area]);
        }
        must(papp::add_assessment(s, worker, client_id, a), "ladder assessment");
        ++summary.ladder_assessments;
      }
    }
  }
  return summary;
}

}  // namespace kvalis::demo
