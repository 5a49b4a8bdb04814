// Benchmarking demo data (see benchmark_demo.hpp). Numbers are invented but of realistic size for Czech
// services in 2021–2024: a home for older people costs roughly 1 700–2 600 CZK per bed-day, has about
// 0.4–0.55 direct-care FTE per bed and an occupancy of 93–99 %; a low-threshold club serves 50–160 young
// people a year at 25–45 thousand CZK each; a home-care service (pečovatelská služba) 40–250 clients at
// 45–80 thousand CZK each.
#include "demo/benchmark_demo.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "accounts/core/caller.hpp"
#include "benchmark/app/dea.hpp"
#include "benchmark/app/forms.hpp"
#include "benchmark/app/groups.hpp"
#include "benchmark/app/methodologies.hpp"
#include "benchmark/app/practices.hpp"
#include "benchmark/app/rounds.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {
namespace {

namespace app = benchmark::app;
namespace bmrepo = app::repo;

long long at(const std::string& date) { return *parse_timestamp(date); }

// A deterministic stream from a key (splitmix64 over the key's FNV hash): the same key gives the same
// numbers on every machine, and a service's numbers do not depend on the other services.
class Stream {
 public:
  explicit Stream(const std::string& key) : state_(stable_hash(key)) {}
  double uniform() {  // [0, 1)
    state_ += 0x9E3779B97F4A7C15ULL;
    unsigned long long z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) / 9007199254740992.0;
  }
  double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  bool chance(double percent) { return uniform() * 100.0 < percent; }

 private:
  unsigned long long state_;
};

double round_to(double v, double step) { return std::round(v / step) * step; }

// ---- methodologies --------------------------------------------------------------------------------

bmrepo::ItemRow item(const char* code, const char* name, const char* unit, std::optional<double> min,
                     std::optional<double> max, const char* help = "", bool required = true) {
  return {code, name, "", unit, required, min, max, help};
}

bmrepo::IndicatorRow indicator(const char* code, const char* name, const char* num, const char* den, double factor,
                               const char* unit, const char* direction, const char* rba) {
  bmrepo::IndicatorRow i;
  i.code = code;
  i.name_cs = name;
  i.numerator = num;
  i.denominator = den;
  i.factor = factor;
  i.unit = unit;
  i.direction = direction;
  i.rba = rba;
  return i;
}

bmrepo::RuleRow rule(const char* code, const char* left, const char* op, const char* right, const char* message) {
  return {code, left, op, right, message, ""};
}

// Shared by both groups: money, staff, individual planning (§88 f), complaints (§88 e), refusals (§88 g, §91).
void common_items(bmrepo::MethodologyContent& m) {
  m.items.push_back(item("costs_total", "Celkové náklady služby", "Kč", 100000, 1e9,
                         "Náklady služby za kalendářní rok podle výkazu (v Kč, ne v tisících)."));
  m.items.push_back(item("costs_personnel", "Osobní náklady", "Kč", 0, 1e9));
  m.items.push_back(item("subsidy_state", "Dotace ze státního rozpočtu (§ 101a)", "Kč", 0, 1e9));
  m.items.push_back(item("fte_total", "Přepočtené úvazky všech zaměstnanců", "úvazky", 0, 1000));
  m.items.push_back(item("fte_direct", "Přepočtené úvazky pracovníků v přímé péči", "úvazky", 0, 1000));
  m.items.push_back(item("hours_direct", "Odpracované hodiny přímé péče / přímé práce", "hodiny", 0, 2e6));
  m.items.push_back(item("staff_avg", "Průměrný evidenční počet zaměstnanců", "osoby", 0, 2000));
  m.items.push_back(item("staff_left", "Zaměstnanci, kteří během roku odešli", "osoby", 0, 2000));
  m.items.push_back(item("ip_total", "Individuální plány k 31. 12.", "počet", 0, 10000));
  m.items.push_back(item("ip_evaluated", "Individuální plány vyhodnocené s klientem během roku", "počet", 0, 10000));
  m.items.push_back(item("complaints", "Přijaté stížnosti", "počet", 0, 1000));
  m.items.push_back(item("training_hours", "Hodiny dalšího vzdělávání pracovníků (§ 111, § 116)", "hodiny", 0, 1e5));
}

void common_rules(bmrepo::MethodologyContent& m) {
  m.rules.push_back(rule("fte_direct_max", "fte_direct", "<=", "fte_total",
                         "Úvazky přímé péče nemohou převýšit úvazky všech zaměstnanců."));
  m.rules.push_back(rule("direct_hours_max", "hours_direct", "<=", "fte_direct * 1750",
                         "Hodiny přímé péče nemohou převýšit úvazky přímé péče × 1 750 hodin."));
  m.rules.push_back(
      rule("ip_evaluated_max", "ip_evaluated", "<=", "ip_total", "Vyhodnocených plánů nemůže být víc než plánů."));
  m.rules.push_back(rule("personnel_max", "costs_personnel", "<=", "costs_total",
                         "Osobní náklady nemohou převýšit celkové náklady."));
}

bmrepo::MethodologyContent residential_methodology() {
  bmrepo::MethodologyContent m;
  m.items.push_back(item("capacity_beds", "Kapacita (počet lůžek) k 31. 12.", "lůžka", 1, 1000));
  m.items.push_back(item("bed_days", "Obsazené lůžkodny za rok", "lůžkodny", 0, 365000,
                         "Součet obsazených lůžek za všechny dny roku, včetně rezervace při hospitalizaci."));
  m.items.push_back(item("clients_total", "Klienti za rok (všichni, kdo službu využili)", "osoby", 0, 5000));
  m.items.push_back(item("clients_high_dependency", "Klienti ve III. a IV. stupni závislosti", "osoby", 0, 5000));
  m.items.push_back(item("revenue_payments", "Úhrady klientů za ubytování a stravu", "Kč", 0, 1e9));
  m.items.push_back(item("applicants_refused", "Žadatelé odmítnutí pro nedostatek kapacity", "osoby", 0, 10000));
  m.items.push_back(item("falls", "Pády klientů", "počet", 0, 10000, "", false));
  common_items(m);
  m.indicators = {
      indicator("cost_per_bed_day", "Náklady na lůžkoden", "costs_total", "bed_days", 1, "Kč", "lower", "how_well"),
      indicator("fte_direct_per_bed", "Úvazky přímé péče na lůžko", "fte_direct", "capacity_beds", 1, "úvazky",
                "higher", "how_well"),
      indicator("occupancy", "Obložnost", "bed_days", "capacity_beds * 365", 100, "%", "higher", "how_much"),
      indicator("ip_evaluated_share", "Podíl vyhodnocených individuálních plánů", "ip_evaluated", "ip_total", 100, "%",
                "higher", "how_well"),
      indicator("staff_turnover", "Fluktuace zaměstnanců", "staff_left", "staff_avg", 100, "%", "lower", "how_well"),
      indicator("complaints_per_100", "Stížnosti na 100 klientů", "complaints", "clients_total", 100, "stížnosti",
                "lower", "better_off"),
      indicator("refused_per_100_beds", "Odmítnutí žadatelé pro nedostatek kapacity na 100 lůžek", "applicants_refused",
                "capacity_beds", 100, "žadatelé", "lower", "how_much"),
      indicator("cost_per_client", "Náklady na klienta", "costs_total", "clients_total", 1, "Kč", "lower", "how_well"),
      indicator("payments_share", "Podíl úhrad klientů na nákladech", "revenue_payments", "costs_total", 100, "%",
                "higher", "how_much"),
      indicator("subsidy_per_bed", "Státní dotace na lůžko", "subsidy_state", "capacity_beds", 1, "Kč", "lower",
                "how_much"),
      indicator("direct_hours_per_bed_day", "Hodiny přímé péče na lůžkoden", "hours_direct", "bed_days", 1, "hodiny",
                "higher", "how_well"),
      indicator("direct_share_fte", "Podíl přímé péče na úvazcích", "fte_direct", "fte_total", 100, "%", "higher",
                "how_well"),
      indicator("training_per_fte", "Hodiny vzdělávání na úvazek přímé péče", "training_hours", "fte_direct", 1,
                "hodiny", "higher", "how_well"),
      indicator("high_dependency_share", "Podíl klientů ve III. a IV. stupni závislosti", "clients_high_dependency",
                "clients_total", 100, "%", "higher", "how_much"),
      indicator("falls_per_1000_bed_days", "Pády na 1 000 lůžkodnů", "falls", "bed_days", 1000, "pády", "lower",
                "better_off"),
  };
  m.rules.push_back(
      rule("occupancy_max", "bed_days", "<=", "capacity_beds * 365", "Obložnost nemůže přesáhnout 100 %."));
  m.rules.push_back(rule("dependency_max", "clients_high_dependency", "<=", "clients_total",
                         "Klientů ve III. a IV. stupni nemůže být víc než klientů."));
  common_rules(m);
  return m;
}

bmrepo::MethodologyContent prevention_methodology() {
  bmrepo::MethodologyContent m;
  m.items.push_back(item("clients_total", "Uživatelé za rok", "osoby", 0, 10000));
  m.items.push_back(item("contacts", "Kontakty s uživateli", "počet", 0, 1e6));
  m.items.push_back(item("interventions", "Intervence (rozhovory, poradenství, krizová pomoc)", "počet", 0, 1e6));
  m.items.push_back(item("opening_hours", "Provozní hodiny za rok", "hodiny", 0, 8784));
  m.items.push_back(item("clients_refused", "Zájemci odmítnutí pro nedostatek kapacity", "osoby", 0, 10000));
  m.items.push_back(item("clients_goal_met", "Uživatelé s naplněným osobním cílem", "osoby", 0, 10000));
  m.items.push_back(item("referrals", "Zprostředkování jiné služby nebo sociálního pracovníka obce", "počet", 0, 1e5));
  common_items(m);
  m.indicators = {
      indicator("cost_per_client", "Náklady na uživatele", "costs_total", "clients_total", 1, "Kč", "lower",
                "how_well"),
      indicator("cost_per_contact", "Náklady na kontakt", "costs_total", "contacts", 1, "Kč", "lower", "how_well"),
      indicator("cost_per_direct_hour", "Náklady na hodinu přímé práce", "costs_total", "hours_direct", 1, "Kč",
                "lower", "how_well"),
      indicator("contacts_per_client", "Kontakty na uživatele", "contacts", "clients_total", 1, "kontakty", "higher",
                "how_much"),
      indicator("clients_per_fte_direct", "Uživatelé na úvazek přímé práce", "clients_total", "fte_direct", 1, "osoby",
                "higher", "how_much"),
      indicator("direct_share_fte", "Podíl přímé práce na úvazcích", "fte_direct", "fte_total", 100, "%", "higher",
                "how_well"),
      indicator("ip_evaluated_share", "Podíl vyhodnocených individuálních plánů", "ip_evaluated", "ip_total", 100, "%",
                "higher", "how_well"),
      indicator("staff_turnover", "Fluktuace zaměstnanců", "staff_left", "staff_avg", 100, "%", "lower", "how_well"),
      indicator("complaints_per_100", "Stížnosti na 100 uživatelů", "complaints", "clients_total", 100, "stížnosti",
                "lower", "better_off"),
      indicator("refused_per_100", "Odmítnutí zájemci na 100 uživatelů", "clients_refused", "clients_total", 100,
                "osoby", "lower", "how_much"),
      indicator("goal_met_share", "Podíl uživatelů s naplněným osobním cílem", "clients_goal_met", "ip_total", 100, "%",
                "higher", "better_off"),
      indicator("referrals_per_100", "Zprostředkování na 100 uživatelů", "referrals", "clients_total", 100, "počet",
                "higher", "better_off"),
      indicator("interventions_per_client", "Intervence na uživatele", "interventions", "clients_total", 1, "počet",
                "higher", "how_much"),
  };
  m.rules.push_back(rule("goal_met_max", "clients_goal_met", "<=", "clients_total",
                         "Uživatelů s naplněným cílem nemůže být víc než uživatelů."));
  common_rules(m);
  return m;
}

// Pečovatelská služba (§ 40): care at home measured per client and per hour of care; the need of care
// from the příspěvek na péči (§ 8) degree of the clients.
bmrepo::MethodologyContent home_care_methodology() {
  bmrepo::MethodologyContent m;
  m.items.push_back(item("clients_total", "Klienti za rok (všichni, kdo službu využili)", "osoby", 0, 5000));
  m.items.push_back(item("clients_high_need", "Klienti s příspěvkem na péči ve III. a IV. stupni", "osoby", 0, 5000));
  m.items.push_back(item("visits", "Návštěvy u klientů (výjezdy pracovníků)", "počet", 0, 1e6));
  m.items.push_back(item("meals_delivered", "Dovezené obědy", "počet", 0, 1e6));
  m.items.push_back(item("km_driven", "Ujeté kilometry služebních vozidel", "km", 0, 2e6, "", false));
  m.items.push_back(item("revenue_payments", "Úhrady klientů za úkony péče (§ 75)", "Kč", 0, 1e9));
  m.items.push_back(item("clients_refused", "Zájemci odmítnutí pro nedostatek kapacity", "osoby", 0, 10000));
  m.items.push_back(item("clients_to_residential", "Klienti, kteří odešli do pobytové služby", "osoby", 0, 5000));
  common_items(m);
  m.indicators = {
      indicator("cost_per_client", "Náklady na klienta", "costs_total", "clients_total", 1, "Kč", "lower", "how_well"),
      indicator("cost_per_care_hour", "Náklady na hodinu přímé péče", "costs_total", "hours_direct", 1, "Kč", "lower",
                "how_well"),
      indicator("clients_per_fte_direct", "Klienti na úvazek přímé péče", "clients_total", "fte_direct", 1, "osoby",
                "higher", "how_much"),
      indicator("high_need_share", "Podíl klientů ve III. a IV. stupni závislosti", "clients_high_need",
                "clients_total", 100, "%", "higher", "how_much"),
      indicator("care_hours_per_client", "Hodiny přímé péče na klienta", "hours_direct", "clients_total", 1, "hodiny",
                "higher", "how_much"),
      indicator("visits_per_client", "Návštěvy na klienta", "visits", "clients_total", 1, "návštěvy", "higher",
                "how_much"),
      indicator("km_per_visit", "Kilometry na návštěvu", "km_driven", "visits", 1, "km", "lower", "how_well"),
      indicator("payments_share", "Podíl úhrad klientů na nákladech", "revenue_payments", "costs_total", 100, "%",
                "higher", "how_much"),
      indicator("subsidy_per_client", "Státní dotace na klienta", "subsidy_state", "clients_total", 1, "Kč", "lower",
                "how_much"),
      indicator("direct_share_fte", "Podíl přímé péče na úvazcích", "fte_direct", "fte_total", 100, "%", "higher",
                "how_well"),
      indicator("ip_evaluated_share", "Podíl vyhodnocených individuálních plánů", "ip_evaluated", "ip_total", 100, "%",
                "higher", "how_well"),
      indicator("staff_turnover", "Fluktuace zaměstnanců", "staff_left", "staff_avg", 100, "%", "lower", "how_well"),
      indicator("training_per_fte", "Hodiny vzdělávání na úvazek přímé péče", "training_hours", "fte_direct", 1,
                "hodiny", "higher", "how_well"),
      indicator("complaints_per_100", "Stížnosti na 100 klientů", "complaints", "clients_total", 100, "stížnosti",
                "lower", "better_off"),
      indicator("refused_per_100", "Odmítnutí zájemci na 100 klientů", "clients_refused", "clients_total", 100, "osoby",
                "lower", "how_much"),
      indicator("to_residential_per_100", "Odchody do pobytové služby na 100 klientů", "clients_to_residential",
                "clients_total", 100, "osoby", "lower", "better_off"),
  };
  m.rules.push_back(rule("high_need_max", "clients_high_need", "<=", "clients_total",
                         "Klientů ve III. a IV. stupni nemůže být víc než klientů."));
  m.rules.push_back(rule("to_residential_max", "clients_to_residential", "<=", "clients_total",
                         "Odchodů do pobytové služby nemůže být víc než klientů."));
  common_rules(m);
  return m;
}

// ---- the groups -------------------------------------------------------------------------------------

enum class Methodology { residential, prevention, home_care };

struct MeetingSpec {
  const char* held_on;
  const char* place;
  const char* agenda;
  const char* minutes;
  std::vector<const char*> attending;  // provider keys; the region always attends
};

struct GroupSpec {
  const char* name;
  const char* description;
  std::vector<std::string> kinds;
  std::vector<std::pair<const char*, const char*>> members;  // provider key, participation
  std::vector<MeetingSpec> meetings;
  const char* methodology_name;
  Methodology methodology;
  const char* created;  // the group's founding date (members joined then)
};

const std::vector<GroupSpec>& groups() {
  static const std::vector<GroupSpec> kGroups = {
      {"Pobytové služby pro seniory",
       "Domovy pro seniory a domovy se zvláštním režimem kraje: srovnání nákladů, personálního zajištění, obložnosti "
       "a kvality péče, dobrá praxe a rezervy.",
       {"13", "14"},
       {{"domov-na-strani", "full"},
        {"domov-lipova-alej", "full"},
        {"domov-bela", "full"},
        {"domov-na-kopecku", "full"},
        {"domov-pod-zebinem", "full"},
        {"domov-cidlina", "full"},
        {"socialni-sluzby-hk", "full"},
        {"pecovatelske-centrum-trutnov", "full"},
        {"mestske-centrum-pece-nachod", "full"},
        {"socialni-sluzby-horice", "full"},
        {"css-kostelec", "full"},
        {"socialni-sluzby-dobruska", "full"},
        {"domov-u-kostela", "full"},
        {"senior-centrum-nmnm", "data_only"},
        {"charita-kladske-pomezi", "data_only"},
        {"rezidence-pod-lesem", "data_only"}},
       {{"2021-02-18",
         "Krajský úřad Královéhradeckého kraje, Hradec Králové",
         "Zahájení pracovní skupiny; cíle benchmarkingu; návrh datových položek a ukazatelů.",
         "Skupina se shodla na 15 ukazatelích, z toho 4 na kvalitu péče. Definici lůžkodne připraví Domov Na Stráni. "
         "Pilotní kolo za rok 2021, sběr do 31. 3. 2022.",
         {"domov-na-strani", "domov-pod-zebinem", "domov-lipova-alej", "socialni-sluzby-hk"}},
        {"2021-09-23",
         "Domov Na Stráni, Jaroměř",
         "Metodika: definice lůžkodne, úvazků přímé péče a pádů.",
         "Lůžkoden zahrnuje rezervaci při hospitalizaci. Úvazky přímé péče: pracovníci v sociálních službách a "
         "zdravotní sestry. Pády se evidují dobrovolně.",
         {"domov-na-strani", "domov-bela", "domov-cidlina", "css-kostelec"}},
        {"2022-05-12",
         "Domov Pod Zebínem, Jičín",
         "Vyhodnocení pilotního kola; úpravy metodiky; kolo 2022.",
         "Pilot: 11 služeb, 9 % chybějících hodnot. Doplněna pravidla konzistence (obložnost do 100 %, hodiny přímé "
         "péče nejvýše úvazky × 1 750). Kolo 2022 se sbírá do 31. 3. 2023.",
         {"domov-pod-zebinem", "domov-na-kopecku", "socialni-sluzby-horice", "domov-u-kostela"}},
        {"2023-05-16",
         "Krajský úřad Královéhradeckého kraje, Hradec Králové",
         "Výsledky kola 2022; opravy nevěrohodných hodnot; první příklady dobré praxe.",
         "Dvě služby opravily obsazené lůžkodny. Domov Pod Zebínem představil sdílenou noční službu. Rezervy v "
         "nákladech na lůžkoden se týkají hlavně menších domovů.",
         {"domov-pod-zebinem", "domov-na-strani", "pecovatelske-centrum-trutnov", "socialni-sluzby-dobruska"}},
        {"2024-05-21",
         "Domov Lipová alej, Broumov",
         "Výsledky kola 2023; analýza efektivity (DEA); plány rozvoje.",
         "DEA (BCC, orientace na vstupy) potvrdila rezervy u tří domovů. Členové zapracují ukazatele do tříletých "
         "plánů rozvoje. Kolo 2024 se sbírá do 31. 3. 2025.",
         {"domov-lipova-alej", "domov-bela", "mestske-centrum-pece-nachod", "domov-cidlina"}}},
       "Metodika pobytových služeb pro seniory",
       Methodology::residential,
       "2021-01-15"},
      {"Sociální prevence – nízkoprahové a terénní služby",
       "Nízkoprahová denní centra, nízkoprahová zařízení pro děti a mládež, noclehárny a terénní programy: dostupnost, "
       "náklady na kontakt a výsledky práce s uživateli.",
       {"24", "25", "26", "32"},
       {{"charita-kladske-pomezi", "full"},
        {"charita-podkrkonosi", "full"},
        {"socialni-sluzby-hk", "full"},
        {"charita-cesky-raj", "full"},
        {"prostor-nadeje", "full"},
        {"horizont", "data_only"},
        {"kotva", "data_only"}},
       {{"2021-03-04",
         "Charita Kladské pomezí, Náchod",
         "Zahájení skupiny; co lze měřit v nízkoprahových službách.",
         "Kontakt a intervence se počítají podle metodiky České asociace streetwork. Osobní cíle jen u uživatelů "
         "s individuálním plánem.",
         {"charita-kladske-pomezi", "charita-podkrkonosi", "horizont"}},
        {"2022-06-09",
         "Krajský úřad Královéhradeckého kraje, Hradec Králové",
         "Vyhodnocení pilotu; kolo 2022.",
         "Noclehárny vykazují kontakty jako přenocování. Doplněno pravidlo: vyhodnocených plánů nejvýše tolik jako "
         "plánů.",
         {"charita-kladske-pomezi", "socialni-sluzby-hk", "prostor-nadeje", "kotva"}},
        {"2024-06-13",
         "Prostor naděje, Hradec Králové",
         "Výsledky kol 2022 a 2023; vrstevnické skupiny v NZDM.",
         "Klub Šuplík představil vrstevnické skupiny; podíl naplněných cílů je nejvyšší ve skupině.",
         {"charita-kladske-pomezi", "charita-cesky-raj", "horizont", "prostor-nadeje"}}},
       "Metodika sociální prevence",
       Methodology::prevention,
       "2021-01-15"},
      {"Pečovatelská služba",
       "Pečovatelské služby měst, obcí, charit a soukromých poskytovatelů (§ 40): náklady na klienta a na hodinu "
       "péče, počet klientů na úvazek, podíl klientů s vysokou potřebou péče a dostupnost péče doma.",
       {"4"},
       {{"socialni-sluzby-hk", "full"},
        {"pecovatelske-centrum-trutnov", "full"},
        {"mestske-centrum-pece-nachod", "full"},
        {"pecovatelska-sluzba-dvur", "full"},
        {"socialni-sluzby-broumovska", "full"},
        {"socialni-sluzby-horice", "full"},
        {"css-kostelec", "full"},
        {"socialni-sluzby-dobruska", "full"},
        {"domov-u-kostela", "full"},
        {"charita-kladske-pomezi", "full"},
        {"charita-podkrkonosi", "full"},
        {"charita-cesky-raj", "full"},
        {"mesto-sobotka", "full"},
        {"mesto-trebechovice", "full"},
        {"senior-centrum-nmnm", "data_only"},
        {"mesto-zacler", "data_only"},
        {"asistence-domov", "data_only"}},
       {{"2023-02-16",
         "Krajský úřad Královéhradeckého kraje, Hradec Králové",
         "Zahájení skupiny pečovatelských služeb; co srovnávat; definice hodiny přímé péče.",
         "Hodina přímé péče je čas u klienta bez cesty. Náklady na klienta a na hodinu péče jsou hlavní ukazatele; "
         "potřebu péče ukáže podíl klientů s příspěvkem na péči ve III. a IV. stupni. Kolo 2023 se sbírá do 31. 3. "
         "2024.",
         {"socialni-sluzby-hk", "pecovatelske-centrum-trutnov", "charita-kladske-pomezi", "mesto-sobotka"}},
        {"2024-06-04",
         "Pečovatelské centrum Trutnov",
         "Výsledky kola 2023; rozvoz obědů a ujeté kilometry.",
         "Malé obecní služby mají vyšší náklady na hodinu péče kvůli dojezdům. Skupina doplnila ujeté kilometry "
         "jako nepovinnou položku a pravidlo pro odchody do pobytové služby.",
         {"pecovatelske-centrum-trutnov", "mestske-centrum-pece-nachod", "charita-podkrkonosi", "mesto-trebechovice"}},
        {"2025-05-22",
         "Charita Kladské pomezí, Náchod",
         "Výsledky kola 2024; víkendová péče; kolo 2025.",
         "Charita Kladské pomezí představila víkendové směny sdílené mezi středisky. Kolo 2025 se sbírá do 31. 3. "
         "2026.",
         {"charita-kladske-pomezi", "socialni-sluzby-dobruska", "css-kostelec", "pecovatelska-sluzba-dvur"}}},
       "Metodika pečovatelské služby",
       Methodology::home_care,
       "2023-01-10"},
  };
  return kGroups;
}

struct RoundSpec {
  const char* name;
  int year;
  const char* kind;
  const char* deadline;
  const char* created;  // fixed dates: the same demo on every run
  bool locked;
};

const std::vector<RoundSpec>& rounds() {
  static const std::vector<RoundSpec> kRounds = {
      {"Pilotní kolo 2021", 2021, "pilot", "2022-03-31", "2022-01-10", true},
      {"Kolo 2022", 2022, "full", "2023-03-31", "2023-01-09", true},
      {"Kolo 2023", 2023, "full", "2024-03-31", "2024-01-08", true},
      {"Kolo 2024", 2024, "full", "2025-03-31", "2025-01-13", true},
  };
  return kRounds;
}

// Home care joined later: two closed rounds and the current one, open for the providers' forms.
const std::vector<RoundSpec>& home_care_rounds() {
  static const std::vector<RoundSpec> kRounds = {
      {"Kolo 2023", 2023, "full", "2024-03-31", "2024-01-08", true},
      {"Kolo 2024", 2024, "full", "2025-03-31", "2025-01-13", true},
      {"Kolo 2025", 2025, "full", "2026-03-31", "2026-01-12", false},
  };
  return kRounds;
}

const std::vector<RoundSpec>& rounds_of(const GroupSpec& spec) {
  return spec.methodology == Methodology::home_care ? home_care_rounds() : rounds();
}

// Price level of care against 2021 (wages in social services rose sharply in 2022–2023).
double price_index(int year) {
  return year <= 2021 ? 1.0 : year == 2022 ? 1.09 : year == 2023 ? 1.21 : year == 2024 ? 1.28 : 1.34;
}

// ---- values -----------------------------------------------------------------------------------------

using Values = std::map<std::string, double>;

// A service's lasting traits (the same every year), then the year's variation.
Values residential_values(const std::string& key, const std::string& kind, long long capacity, int year) {
  Stream trait("bm-trait:" + key);
  Stream y("bm-year:" + key + ":" + std::to_string(year));
  double cost_level = trait.between(0.9, 1.12);
  double care_level = trait.between(0.88, 1.12);
  double quality = trait.between(0.55, 0.98);
  if (key == "domov-pod-zebinem/13/jicin") cost_level = 0.84;  // the good practice of shared night shifts
  const bool special = kind == "14";
  Values v;
  const double beds = static_cast<double>(std::max<long long>(capacity, 10));
  v["capacity_beds"] = beds;
  v["bed_days"] = std::floor(beds * 365 * std::min(0.995, trait.between(0.93, 0.985) + y.between(-0.015, 0.012)));
  v["clients_total"] = std::round(beds * y.between(1.12, 1.45));
  v["clients_high_dependency"] =
      std::round(v["clients_total"] * (special ? y.between(0.7, 0.9) : y.between(0.5, 0.78)));
  const double per_day = (special ? 1950.0 : 1780.0) * price_index(year) * cost_level * y.between(0.96, 1.04);
  v["costs_total"] = round_to(v["bed_days"] * per_day, 1000);
  v["costs_personnel"] = round_to(v["costs_total"] * y.between(0.62, 0.72), 1000);
  v["revenue_payments"] = round_to(v["costs_total"] * y.between(0.27, 0.36), 1000);
  v["subsidy_state"] = round_to(v["costs_total"] * y.between(0.18, 0.27), 1000);
  v["fte_direct"] = round_to(beds * (special ? 0.5 : 0.44) * care_level * y.between(0.96, 1.04), 0.1);
  v["fte_total"] = round_to(v["fte_direct"] / y.between(0.64, 0.72), 0.1);
  v["hours_direct"] = std::round(v["fte_direct"] * y.between(1480, 1650));
  v["staff_avg"] = std::round(v["fte_total"] * 1.06);
  v["staff_left"] = std::round(v["staff_avg"] * y.between(0.05, 0.2) * (1.3 - quality * 0.4));
  v["ip_total"] = std::round(v["clients_total"] * y.between(0.92, 1.0));
  v["ip_evaluated"] = std::round(v["ip_total"] * std::min(1.0, quality + y.between(-0.05, 0.05)));
  v["complaints"] = std::floor(y.between(0, special ? 5 : 4.5) * (1.2 - quality * 0.5));
  v["applicants_refused"] = std::round(beds * (special ? y.between(0.8, 2.2) : y.between(0.3, 1.4)));
  v["training_hours"] = std::round(v["fte_direct"] * y.between(19, 30));
  v["falls"] = std::round(v["bed_days"] / 1000.0 * y.between(1.4, 5.5));
  return v;
}

Values prevention_values(const std::string& key, const std::string& kind, int year) {
  Stream trait("bm-trait:" + key);
  Stream y("bm-year:" + key + ":" + std::to_string(year));
  struct Profile {
    double clients_lo, clients_hi, contacts_lo, contacts_hi, cost_lo, cost_hi, per_fte_lo, per_fte_hi, open_lo, open_hi,
        refused_hi;
  };
  const Profile p = kind == "25"   ? Profile{50, 160, 18, 40, 25000, 45000, 35, 55, 1200, 1800, 10}
                    : kind == "24" ? Profile{180, 420, 25, 45, 12000, 20000, 60, 100, 2000, 3000, 30}
                    : kind == "26" ? Profile{90, 260, 20, 50, 10000, 18000, 70, 120, 3000, 3650, 120}
                                   : Profile{120, 450, 8, 20, 7000, 14000, 80, 140, 1500, 2500, 15};
  const double size = trait.uniform();
  double goals = trait.between(0.3, 0.7);
  if (key == "charita-kladske-pomezi/25/nachod") goals = 0.86;  // peer groups of the good practice
  Values v;
  v["clients_total"] = std::round((p.clients_lo + (p.clients_hi - p.clients_lo) * size) * y.between(0.9, 1.1));
  v["contacts"] = std::round(v["clients_total"] * trait.between(p.contacts_lo, p.contacts_hi) * y.between(0.92, 1.08));
  v["interventions"] = std::round(v["contacts"] * y.between(0.3, 0.6));
  v["opening_hours"] = std::round(y.between(p.open_lo, p.open_hi));
  v["clients_refused"] = std::floor(y.between(0, p.refused_hi));
  v["costs_total"] = round_to(
      v["clients_total"] * trait.between(p.cost_lo, p.cost_hi) * price_index(year) * y.between(0.95, 1.05), 1000);
  v["costs_personnel"] = round_to(v["costs_total"] * y.between(0.65, 0.8), 1000);
  v["subsidy_state"] = round_to(v["costs_total"] * y.between(0.55, 0.8), 1000);
  v["fte_direct"] = round_to(v["clients_total"] / trait.between(p.per_fte_lo, p.per_fte_hi), 0.1);
  v["fte_total"] = round_to(v["fte_direct"] / y.between(0.72, 0.86), 0.1);
  v["hours_direct"] = std::round(v["fte_direct"] * y.between(1250, 1500));
  v["staff_avg"] = std::round(v["fte_total"] * 1.1 + 0.4);
  v["staff_left"] = std::floor(v["staff_avg"] * y.between(0.0, 0.3));
  v["ip_total"] = std::round(v["clients_total"] * y.between(0.3, 0.65));
  v["ip_evaluated"] = std::round(v["ip_total"] * y.between(0.55, 1.0));
  v["clients_goal_met"] = std::round(v["ip_total"] * std::min(0.95, goals + y.between(-0.06, 0.06)));
  v["referrals"] = std::round(v["clients_total"] * y.between(0.05, 0.35));
  v["complaints"] = std::floor(y.between(0, 3.2));
  v["training_hours"] = std::round(v["fte_direct"] * y.between(20, 34));
  return v;
}

// Pečovatelská služba: capacity is the number of clients served at one time; a year's clients are about ten
// times that. Costs of 45–80 thousand CZK per client and 600–950 CZK per hour of direct care (2023), 8–14
// clients per direct-care FTE; small municipal services drive further and cost more per hour.
Values home_care_values(const std::string& key, long long capacity, int year) {
  Stream trait("bm-trait:" + key);
  Stream y("bm-year:" + key + ":" + std::to_string(year));
  const double cost_level = trait.between(0.85, 1.2);
  const double need = trait.between(0.22, 0.5);
  const double quality = trait.between(0.55, 0.98);
  const double rural = trait.uniform();
  Values v;
  v["clients_total"] =
      std::round(static_cast<double>(std::max<long long>(capacity, 4)) * trait.between(9, 16) * y.between(0.92, 1.08));
  v["clients_high_need"] = std::round(v["clients_total"] * std::min(0.9, need + y.between(-0.04, 0.04)));
  v["fte_direct"] = round_to(v["clients_total"] / trait.between(8, 14) * y.between(0.96, 1.04), 0.1);
  v["fte_total"] = round_to(v["fte_direct"] / y.between(0.72, 0.84), 0.1);
  v["hours_direct"] = std::round(v["fte_direct"] * y.between(1150, 1400) * (1.05 - rural * 0.15));
  const double per_hour = 640.0 / 1.21 * price_index(year) * cost_level * (0.92 + rural * 0.2) * y.between(0.96, 1.04);
  v["costs_total"] = round_to(v["hours_direct"] * per_hour, 1000);
  v["costs_personnel"] = round_to(v["costs_total"] * y.between(0.7, 0.8), 1000);
  v["revenue_payments"] = round_to(v["costs_total"] * y.between(0.14, 0.24), 1000);
  v["subsidy_state"] = round_to(v["costs_total"] * y.between(0.38, 0.52), 1000);
  v["visits"] = std::round(v["hours_direct"] * y.between(1.3, 1.9));
  v["meals_delivered"] = std::round(v["clients_total"] * y.between(90, 160));
  v["km_driven"] = std::round(v["visits"] * (2.5 + rural * 6.0) * y.between(0.9, 1.1));
  v["clients_refused"] = std::floor(y.between(0, 0.12) * v["clients_total"]);
  v["clients_to_residential"] = std::round(v["clients_total"] * y.between(0.02, 0.07));
  v["staff_avg"] = std::round(v["fte_total"] * 1.08 + 0.3);
  v["staff_left"] = std::round(v["staff_avg"] * y.between(0.04, 0.2) * (1.3 - quality * 0.4));
  v["ip_total"] = std::round(v["clients_total"] * y.between(0.85, 0.98));
  v["ip_evaluated"] = std::round(v["ip_total"] * std::min(1.0, quality + y.between(-0.05, 0.05)));
  v["complaints"] = std::floor(y.between(0, 3.5) * (1.2 - quality * 0.5));
  v["training_hours"] = std::round(v["fte_direct"] * y.between(18, 28));
  return v;
}

// Mistakes the validation must catch (one a year), kept so the demo shows what happens to them.
bool make_implausible(const std::string& key, int year, Values& v) {
  if (year == 2022 && key == "domov-na-kopecku/13/vrchlabi") {
    v["bed_days"] = std::floor(v["capacity_beds"] * 365 * 1.12);  // occupancy 112 %: rule occupancy_max
    return true;
  }
  if (year == 2023 && key == "rezidence-pod-lesem/14/hostinne") {
    v["costs_total"] = std::round(v["costs_total"] / 1000);  // in thousands of CZK: below the item's minimum
    return true;
  }
  if (year == 2024 && key == "domov-cidlina/14/novy-bydzov") {
    v["hours_direct"] = std::round(v["fte_direct"] * 2400);  // rule direct_hours_max
    return true;
  }
  if (year == 2023 && key == "kotva/25/hk") {
    v["ip_evaluated"] = v["ip_total"] + 12;  // rule ip_evaluated_max
    return true;
  }
  return false;
}

// ---- writing: through the benchmark module's use cases (benchmark/app), so the demo passes their checks ----

// The demo's transaction, who acts in it and the catalogues its codes are checked against.
struct Writer {
  soci::session& s;
  accounts::Caller caller;  // the region's officer (the platform's system user when the demo has none)
  store::catalogue_repo::Catalogues catalogues;
};

// A use case the demo's data must pass: its error stops the demo (a defect in the demo data).
template <class T>
T must(Result<T> result, const std::string& what) {
  if (!result)
    throw std::runtime_error("benchmark demo: " + what + ": " + result.error().message_key + " " +
                             result.error().field);
  return std::move(result.value());
}

long long find_or_insert_group(Writer& w, const GroupSpec& spec, long long region_id, BenchmarkDemoSummary& sum) {
  long long id = 0;
  for (const auto& existing : must(app::list_groups(w.s, w.caller, 1000, 0), "groups").items)
    if (existing.group.region_org_id == region_id && existing.group.name == spec.name) id = existing.group.id;
  const app::GroupInput in{region_id, std::string(spec.name), std::string(spec.description), spec.kinds};
  ++sum.groups;
  if (id) return must(app::update_group(w.s, w.caller, w.catalogues, id, in), spec.name).group.id;
  return must(app::create_group(w.s, w.caller, w.catalogues, in, at(spec.created)), spec.name).group.id;
}

void write_meetings(Writer& w, long long group_id, const GroupSpec& spec, const DemoContext& ctx,
                    BenchmarkDemoSummary& sum) {
  const auto existing = must(app::list_meetings(w.s, w.caller, group_id), "meetings");
  for (const auto& m : spec.meetings) {
    app::MeetingInput in{std::string(m.held_on), std::string(m.place), std::string(m.agenda), std::string(m.minutes),
                         std::vector<app::AttendanceInput>{{ctx.region_id, 2}}};
    for (const char* p : m.attending) in.attendance->push_back({ctx.providers.at(p), 1});
    long long id = 0;
    for (const auto& e : existing)
      if (e.held_on == m.held_on) id = e.id;
    if (id)
      must(app::update_meeting(w.s, w.caller, id, in), m.held_on);
    else
      must(app::create_meeting(w.s, w.caller, group_id, in), m.held_on);
    ++sum.meetings;
  }
}

// English names of the demo methodologies' items and indicators, by their Czech names (a code such as
// clients_total is named differently in two methodologies). A region's own methodology may leave them empty; the
// pages then show the Czech name in English too.
const char* english_name(std::string_view name_cs) {
  static const std::map<std::string_view, const char*> kEnglish = {
      {"Žadatelé odmítnutí pro nedostatek kapacity", "Applicants refused for lack of capacity"},
      {"Obsazené lůžkodny za rok", "Occupied bed-days in the year"},
      {"Kapacita (počet lůžek) k 31. 12.", "Capacity (beds) at 31 December"},
      {"Uživatelé s naplněným osobním cílem", "Users who met a personal goal"},
      {"Klienti ve III. a IV. stupni závislosti", "Clients in dependency levels III and IV"},
      {"Klienti s příspěvkem na péči ve III. a IV. stupni", "Clients with care allowance at levels III and IV"},
      {"Zájemci odmítnutí pro nedostatek kapacity", "Applicants refused for lack of capacity"},
      {"Klienti, kteří odešli do pobytové služby", "Clients who moved to a residential service"},
      {"Klienti za rok (všichni, kdo službu využili)", "Clients in the year (everyone who used the service)"},
      {"Uživatelé za rok", "Users in the year"},
      {"Přijaté stížnosti", "Complaints received"},
      {"Kontakty s uživateli", "Contacts with users"},
      {"Osobní náklady", "Personnel costs"},
      {"Celkové náklady služby", "Total costs of the service"},
      {"Pády klientů", "Falls of clients"},
      {"Přepočtené úvazky pracovníků v přímé péči", "Full-time equivalents of direct-care staff"},
      {"Přepočtené úvazky všech zaměstnanců", "Full-time equivalents of all employees"},
      {"Odpracované hodiny přímé péče / přímé práce", "Hours of direct care / direct work"},
      {"Intervence (rozhovory, poradenství, krizová pomoc)", "Interventions (interviews, counselling, crisis help)"},
      {"Individuální plány vyhodnocené s klientem během roku",
       "Individual plans reviewed with the client during the year"},
      {"Individuální plány k 31. 12.", "Individual plans at 31 December"},
      {"Ujeté kilometry služebních vozidel", "Kilometres driven by service vehicles"},
      {"Dovezené obědy", "Meals delivered"},
      {"Provozní hodiny za rok", "Opening hours in the year"},
      {"Zprostředkování jiné služby nebo sociálního pracovníka obce",
       "Referrals to another service or to the municipality's social worker"},
      {"Úhrady klientů za ubytování a stravu", "Clients' payments for accommodation and meals"},
      {"Úhrady klientů za úkony péče (§ 75)", "Clients' payments for care (§ 75)"},
      {"Průměrný evidenční počet zaměstnanců", "Average number of employees"},
      {"Zaměstnanci, kteří během roku odešli", "Employees who left during the year"},
      {"Dotace ze státního rozpočtu (§ 101a)", "State budget subsidy (§ 101a)"},
      {"Hodiny dalšího vzdělávání pracovníků (§ 111, § 116)", "Hours of further training of staff (§ 111, § 116)"},
      {"Návštěvy u klientů (výjezdy pracovníků)", "Visits to clients (workers' trips)"},
      {"Hodiny přímé péče na klienta", "Hours of direct care per client"},
      {"Uživatelé na úvazek přímé práce", "Users per direct-work FTE"},
      {"Klienti na úvazek přímé péče", "Clients per direct-care FTE"},
      {"Stížnosti na 100 klientů", "Complaints per 100 clients"},
      {"Stížnosti na 100 uživatelů", "Complaints per 100 users"},
      {"Kontakty na uživatele", "Contacts per user"},
      {"Náklady na lůžkoden", "Cost per bed-day"},
      {"Náklady na hodinu přímé péče", "Cost per hour of direct care"},
      {"Náklady na klienta", "Cost per client"},
      {"Náklady na uživatele", "Cost per user"},
      {"Náklady na kontakt", "Cost per contact"},
      {"Náklady na hodinu přímé práce", "Cost per hour of direct work"},
      {"Hodiny přímé péče na lůžkoden", "Hours of direct care per bed-day"},
      {"Podíl přímé péče na úvazcích", "Share of direct care in FTEs"},
      {"Podíl přímé práce na úvazcích", "Share of direct work in FTEs"},
      {"Pády na 1 000 lůžkodnů", "Falls per 1,000 bed-days"},
      {"Úvazky přímé péče na lůžko", "Direct-care FTEs per bed"},
      {"Podíl uživatelů s naplněným osobním cílem", "Share of users who met a personal goal"},
      {"Podíl klientů ve III. a IV. stupni závislosti", "Share of clients in dependency levels III and IV"},
      {"Intervence na uživatele", "Interventions per user"},
      {"Podíl vyhodnocených individuálních plánů", "Share of individual plans reviewed"},
      {"Kilometry na návštěvu", "Kilometres per visit"},
      {"Obložnost", "Occupancy"},
      {"Podíl úhrad klientů na nákladech", "Clients' payments as a share of costs"},
      {"Zprostředkování na 100 uživatelů", "Referrals per 100 users"},
      {"Odmítnutí zájemci na 100 uživatelů", "Applicants refused per 100 users"},
      {"Odmítnutí zájemci na 100 klientů", "Applicants refused per 100 clients"},
      {"Odmítnutí žadatelé pro nedostatek kapacity na 100 lůžek",
       "Applicants refused for lack of capacity per 100 beds"},
      {"Fluktuace zaměstnanců", "Staff turnover"},
      {"Státní dotace na lůžko", "State subsidy per bed"},
      {"Státní dotace na klienta", "State subsidy per client"},
      {"Odchody do pobytové služby na 100 klientů", "Moves to a residential service per 100 clients"},
      {"Hodiny vzdělávání na úvazek přímé péče", "Training hours per direct-care FTE"},
      {"Návštěvy na klienta", "Visits per client"},
  };
  const auto it = kEnglish.find(name_cs);
  return it == kEnglish.end() ? "" : it->second;
}

void add_english_names(bmrepo::MethodologyContent& m) {
  for (auto& i : m.items) i.name_en = english_name(i.name_cs);
  for (auto& i : m.indicators) i.name_en = english_name(i.name_cs);
}

long long find_or_insert_methodology(Writer& w, long long group_id, const GroupSpec& spec, BenchmarkDemoSummary& sum) {
  auto content = spec.methodology == Methodology::residential  ? residential_methodology()
                 : spec.methodology == Methodology::prevention ? prevention_methodology()
                                                               : home_care_methodology();
  add_english_names(content);
  sum.items += static_cast<int>(content.items.size());
  sum.indicators += static_cast<int>(content.indicators.size());
  sum.rules += static_cast<int>(content.rules.size());
  for (const auto& m : must(app::list_methodologies(w.s, w.caller, group_id), "methodologies"))
    if (m.version == 1) return m.id;  // published and used by rounds: never rewritten
  const long long when = at(spec.created) + 86400 * 36;
  const std::string name = spec.methodology_name;
  const long long id = must(app::create_methodology(w.s, w.caller, group_id, {name, false}, when), name).methodology.id;
  must(app::update_methodology(w.s, w.caller, w.catalogues, id, {name, content}), name);
  must(app::publish_methodology(w.s, w.caller, id), name);
  return id;
}

// The round's id, and whether this run opened it (an existing round keeps its data: a closed round's
// values no longer change, and the demo's are the same on every run).
std::pair<long long, bool> find_or_insert_round(Writer& w, long long group_id, long long methodology_id,
                                                const RoundSpec& spec) {
  for (const auto& r : must(app::list_rounds(w.s, w.caller, group_id), "rounds"))
    if (r.name == spec.name) return {r.id, false};
  app::RoundInput in{spec.name, spec.year, spec.kind, spec.deadline, methodology_id};
  // The open round's forms are due in the future whenever the demo is made, so providers meet a round still
  // to fill rather than one long past its deadline; closed rounds keep their fixed dates.
  if (!spec.locked) {
    const std::string soon = add_days(format_date(store::now_epoch()), 45);
    if (soon > in.deadline) in.deadline = soon;
  }
  return {must(app::create_round(w.s, w.caller, group_id, in, at(spec.created)), spec.name).id, true};
}

struct Participant {
  std::string key;
  std::string kind;
  long long service_id = 0;
  long long provider_id = 0;
  long long capacity = 0;
};

std::vector<Participant> participants(const GroupSpec& spec, const DemoRegion& region, const DemoContext& ctx) {
  std::set<std::string> members;
  for (const auto& [key, participation] : spec.members) members.insert(key);
  std::vector<Participant> out;
  for (const auto& svc : region.services) {
    if (svc.service.status != "active" || !members.count(svc.provider_key)) continue;
    if (std::find(spec.kinds.begin(), spec.kinds.end(), svc.service.kind_code) == spec.kinds.end()) continue;
    long long capacity = 0;
    for (const auto& f : svc.service.forms)
      for (const auto& c : f.capacities) capacity += c.count;
    out.push_back(
        {svc.key, svc.service.kind_code, ctx.services.at(svc.key), ctx.providers.at(svc.provider_key), capacity});
  }
  return out;
}

// The state of a service's form in a round that is still open: the main provider's four home-care services
// show each state (one submitted, one being filled in, two not started); of the others about half have
// submitted and a quarter have started.
enum class OpenForm { submitted, draft, not_started };

OpenForm open_form_state(const std::string& key, Stream& take) {
  if (key.rfind(std::string(kMainProviderKey) + "/", 0) == 0) {
    if (key.find("/hronov") != std::string::npos) return OpenForm::submitted;
    if (key.find("/nachod") != std::string::npos) return OpenForm::draft;
    return OpenForm::not_started;
  }
  const double u = take.uniform();
  return u < 0.5 ? OpenForm::submitted : u < 0.75 ? OpenForm::draft : OpenForm::not_started;
}

// Who saves a provider's form: its demo manager when there is one, else the system user.
accounts::Caller submitter_of(const DemoContext& ctx, long long user_id) {
  for (const auto& [login, id] : ctx.users)
    if (id == user_id && user_id) return accounts::system_caller(id, login);
  return accounts::system_caller(0, "demo");
}

void write_round_values(Writer& w, long long round_id, bool write, const RoundSpec& round, const GroupSpec& spec,
                        const std::vector<Participant>& services, const DemoContext& ctx, BenchmarkDemoSummary& sum) {
  // Who submits for the providers that have demo logins.
  std::map<long long, long long> submitter;
  if (ctx.users.count("domov.manazer")) submitter[ctx.providers.at("domov-na-strani")] = ctx.users.at("domov.manazer");
  if (ctx.users.count("poskytovatel.manazer")) submitter[ctx.main_provider_id] = ctx.users.at("poskytovatel.manazer");
  const bool pilot = std::string(round.kind) == "pilot";
  for (const auto& p : services) {
    Stream take("bm-take:" + p.key + ":" + std::to_string(round.year));
    if (pilot && take.chance(30)) continue;  // about 70 % of services took part in the pilot
    const OpenForm open = round.locked ? OpenForm::submitted : open_form_state(p.key, take);
    if (open == OpenForm::not_started) continue;
    Values v = spec.methodology == Methodology::residential  ? residential_values(p.key, p.kind, p.capacity, round.year)
               : spec.methodology == Methodology::prevention ? prevention_values(p.key, p.kind, round.year)
                                                             : home_care_values(p.key, p.capacity, round.year);
    const bool implausible = make_implausible(p.key, round.year, v);
    // A few values are not entered (more in the pilot, when the definitions were new).
    benchmark::FormValues form;
    int missing = 0;
    for (const auto& [code, value] : v) {
      if (code != "capacity_beds" && code != "clients_total" && take.chance(pilot ? 7.0 : 2.5)) {
        ++missing;
        continue;
      }
      form[code] = value;
    }
    // One form of the latest round is unfinished: costs and staff not yet entered.
    if (round.year == 2024 && (p.key == "mestske-centrum-pece-nachod/13/nachod" || p.key == "horizont/25/vrchlabi")) {
      for (const char* code : {"costs_total", "costs_personnel", "fte_total", "fte_direct"})
        if (form.erase(code)) ++missing;
    }
    // A form of the open round being filled in: the clients and money entered, the staff not yet.
    if (open == OpenForm::draft)
      for (const char* code : {"fte_total", "fte_direct", "hours_direct", "staff_avg", "staff_left", "ip_total",
                               "ip_evaluated", "training_hours"})
        if (form.erase(code)) ++missing;
    const long long by = submitter.count(p.provider_id) ? submitter.at(p.provider_id) : 0;
    const long long entered =
        at(std::to_string(round.year + 1) + "-02-" + std::to_string(10 + static_cast<int>(take.between(0, 18))));
    // Forms with implausible values and those still being filled in stay drafts; the rest are submitted
    // through the same use case as a provider's, so a form the validation refuses stays a draft too.
    const bool complete = missing == 0 || !pilot;
    const bool draft = implausible || (round.year == 2024 && missing >= 4) || open == OpenForm::draft;
    if (write) {
      const auto as = submitter_of(ctx, by);
      must(app::save_values(w.s, as, round_id, p.service_id, form, entered), p.key);
      std::optional<app::SubmitRefusal> refused;
      if (!draft && complete) (void)app::submit_form(w.s, as, round_id, p.service_id, refused, entered + 3600);
    }
    ++sum.submissions;
    sum.values += static_cast<int>(form.size());
    sum.missing_values += missing;
    sum.implausible_forms += implausible ? 1 : 0;
  }
}

void find_or_insert_practice(Writer& w, const app::PracticeInput& in) {
  const long long when = at("2024-06-20");
  app::results::PracticeQuery query{"", "", *in.title, 100, 0};
  for (const auto& existing : must(app::list_practices(w.s, w.caller, w.catalogues, query), "practices").items)
    if (existing.practice.author_org_id == *in.author_org_id && existing.practice.title == *in.title) {
      must(app::update_practice(w.s, w.caller, w.catalogues, existing.practice.id, in, when), *in.title);
      return;
    }
  must(app::create_practice(w.s, w.caller, w.catalogues, in, when), *in.title);
}

// The service of a group's round with the best value of an indicator, among the given services.
std::optional<long long> best_service(Writer& w, long long round_id, const std::string& code,
                                      const std::vector<Participant>& among) {
  std::set<long long> ids;
  for (const auto& p : among) ids.insert(p.service_id);
  std::optional<std::pair<double, long long>> best;
  for (const auto& sc : must(app::round_scores(w.s, w.caller, round_id), "scores")) {
    if (sc.indicator.code != code || !sc.value || !ids.count(sc.service_id)) continue;
    const double v = sc.indicator.direction == "lower" ? -*sc.value : *sc.value;
    if (!best || v > best->first) best = {{v, sc.service_id}};
  }
  if (best) return best->second;
  return std::nullopt;
}

std::optional<long long> indicator_id(Writer& w, long long round_id, const std::string& code) {
  for (const auto& ind : must(app::round_indicators(w.s, w.caller, round_id), "indicators"))
    if (ind.code == code) return ind.id;
  return std::nullopt;
}

app::PracticeInput practice(long long author, const char* title, const char* summary, const char* body,
                            std::vector<std::string> kinds) {
  return {author,
          std::string(title),
          std::string(summary),
          std::string(body),
          std::move(kinds),
          std::vector<app::PracticeLinkInput>{}};
}

void write_practices(Writer& w, const DemoContext& ctx, const std::vector<long long>& residential_rounds,
                     const std::vector<long long>& prevention_rounds, const std::vector<Participant>& residential,
                     BenchmarkDemoSummary& sum) {
  const long long latest = residential_rounds.back(), previous = residential_rounds[residential_rounds.size() - 2];
  const long long zebin = ctx.services.at("domov-pod-zebinem/13/jicin");
  auto night = practice(
      ctx.providers.at("domov-pod-zebinem"), "Sdílená noční služba a společný nákup snižují náklady na lůžkoden",
      "Dva domovy v Jičíně sdílejí noční zdravotní sestru a nakupují společně zdravotnický materiál; "
      "náklady na lůžkoden jsou trvale v nejlepším kvartilu bez snížení přímé péče.",
      "Od roku 2022 má Domov Pod Zebínem s Domovem Kopidlno jednu noční sestru na telefonu a výjezdu "
      "(dojezd do 15 minut) a společný rámcový nákup inkontinenčních pomůcek. Úspora činí asi 6 % osobních "
      "nákladů. Úvazky pracovníků v sociálních službách v přímé péči se nesnížily; fluktuace klesla. "
      "Předpoklady: dohoda o spolupráci, sdílený záznam péče a jasná pravidla pro přivolání lékaře.",
      {"13"});
  for (long long r : {previous, latest})
    if (auto ind = indicator_id(w, r, "cost_per_bed_day"))
      night.links->push_back({zebin, *ind, r, "náklady na lůžkoden v nejlepším kvartilu skupiny"});
  find_or_insert_practice(w, night);

  auto plans =
      practice(ctx.region_id, "Pravidelné vyhodnocování individuálních plánů s klientem a rodinou",
               "Plán se vyhodnocuje s klientem nejméně jednou za čtvrt roku a vždy po změně zdravotního stavu; "
               "klíčový pracovník má na to vyhrazený čas v rozpisu služeb.",
               "Postup podle § 88 písm. f) zákona o sociálních službách: osobní cíle klienta, jeho potřeby a "
               "schopnosti, písemný záznam průběhu, hodnocení s klientem. Služba s nejvyšším podílem vyhodnocených "
               "plánů ve skupině vyhradila klíčovým pracovníkům dvě hodiny týdně, hodnocení probíhá u klienta, "
               "s rodinou podle jeho přání, a výsledky se projednávají na poradě týmu.",
               {"13", "14"});
  if (auto best = best_service(w, latest, "ip_evaluated_share", residential))
    if (auto ind = indicator_id(w, latest, "ip_evaluated_share"))
      plans.links->push_back({*best, *ind, latest, "nejvyšší podíl vyhodnocených plánů ve skupině"});
  find_or_insert_practice(w, plans);

  auto peers =
      practice(ctx.providers.at("charita-kladske-pomezi"),
               "Vrstevnické skupiny v nízkoprahovém klubu zvyšují naplnění osobních cílů",
               "Starší uživatelé klubu vedou s pracovníkem skupiny mladších; cíle si děti stanovují společně "
               "a vyhodnocují je každé dva měsíce.",
               "Klub Šuplík v Náchodě od roku 2022 zapojuje vrstevníky do práce s mladšími uživateli. Podíl "
               "uživatelů s naplněným osobním cílem je nejvyšší ve skupině a počet odchodů bez ukončení klesl. "
               "Vrstevníci mají supervizi jednou měsíčně a dohodu o mlčenlivosti.",
               {"25"});
  const long long suplik = ctx.services.at("charita-kladske-pomezi/25/nachod");
  if (auto ind = indicator_id(w, prevention_rounds.back(), "goal_met_share"))
    peers.links->push_back({suplik, *ind, prevention_rounds.back(), "nejvyšší podíl naplněných cílů"});
  find_or_insert_practice(w, peers);
  sum.good_practices = 3;
}

}  // namespace

std::string BenchmarkDemoSummary::text() const {
  return "  benchmarking  " + std::to_string(groups) + " working groups, " + std::to_string(members) + " members, " +
         std::to_string(meetings) + " meetings; methodologies with " + std::to_string(items) + " data items, " +
         std::to_string(indicators) + " indicators, " + std::to_string(rules) + " rules\n" + "                " +
         std::to_string(rounds) + " rounds (pilot 2021, 2022–2024; home care 2023–2024 and 2025 open), " +
         std::to_string(submissions) + " forms, " + std::to_string(values) + " values (" +
         std::to_string(missing_values) + " not entered, " + std::to_string(implausible_forms) +
         " forms with implausible values), " + std::to_string(scores) + " scores computed, " +
         std::to_string(good_practices) + " good practices, " + std::to_string(dea_runs) + " DEA run\n";
}

BenchmarkDemoSummary write_benchmark_demo(soci::session& s, const DemoRegion& region, const DemoContext& ctx) {
  BenchmarkDemoSummary sum;
  const long long officer = ctx.users.count("kraj.referent") ? ctx.users.at("kraj.referent") : 0;
  Writer w{s, officer ? accounts::system_caller(officer, "kraj.referent") : accounts::system_caller(0, "demo"),
           store::catalogue_repo::Catalogues(store::catalogue_repo::load_all(s), format_date(store::now_epoch()))};
  std::vector<long long> round_ids[3];
  std::vector<Participant> people[3];
  for (std::size_t g = 0; g < groups().size(); ++g) {
    const GroupSpec& spec = groups()[g];
    const long long group_id = find_or_insert_group(w, spec, ctx.region_id, sum);
    std::vector<app::MemberInput> members;
    for (const auto& [key, participation] : spec.members)
      members.push_back({ctx.providers.at(key), participation, spec.created});
    must(app::replace_members(s, w.caller, group_id, members), spec.name);
    sum.members += static_cast<int>(members.size());
    write_meetings(w, group_id, spec, ctx, sum);
    const long long methodology = find_or_insert_methodology(w, group_id, spec, sum);
    people[g] = participants(spec, region, ctx);
    for (const auto& r : rounds_of(spec)) {
      const auto [round_id, opened] = find_or_insert_round(w, group_id, methodology, r);
      write_round_values(w, round_id, opened, r, spec, people[g], ctx, sum);
      if (r.locked && opened) must(app::lock_round(s, w.caller, round_id, at(r.deadline) + 86400 * 14), r.name);
      sum.scores += static_cast<int>(must(app::recompute_round(s, w.caller, round_id), r.name).scores);
      round_ids[g].push_back(round_id);
      ++sum.rounds;
    }
  }
  write_practices(w, ctx, round_ids[0], round_ids[1], people[0], sum);
  sum.dea_round_id = round_ids[0].back();
  store::activity_log::append(s,
                              {0, store::now_epoch(), 0, "demo", ctx.region_id, "demo.benchmark", "bm_group", "",
                               std::to_string(sum.groups) + " groups, " + std::to_string(sum.rounds) + " rounds", ""});
  return sum;
}

int write_benchmark_dea(store::Database& db, const DemoContext& ctx, const BenchmarkDemoSummary& sum) {
  if (!sum.dea_round_id) return 0;
  // The region's officer runs DEA through the same use case as the web page; the run is dated after the
  // round closed and replaces the one of an earlier build of the demo.
  accounts::Caller officer = accounts::system_caller(0, "demo");
  if (auto it = ctx.users.find("kraj.referent"); it != ctx.users.end()) {
    officer.principal.user_id = it->second;
    officer.principal.login = it->first;
  }
  benchmark::app::DeaRunOptions options;
  options.at = at("2025-05-06");
  options.replace_same = true;
  const auto run = benchmark::app::run_dea(
      db, officer,
      {sum.dea_round_id, "bcc", "input", {"costs_total", "fte_total"}, {"bed_days", "clients_high_dependency"}},
      options);
  return run ? 1 : 0;
}

}  // namespace kvalis::demo
