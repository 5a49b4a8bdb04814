// Staff stage of the people demo (see people_demo.hpp): workers of the OSPOD office in Náchod, of the main
// provider (Oblastní charita Kladské pomezí, whose supervision records in the quality demo name the same
// workers and teams) and of Domov Na Stráni, with the requirement states PEOPLE_SPEC "Demo" asks for in the
// current year: some short, one on probation, part-years, one long absence, education plans and appraisals
// with one overdue. Each organisation's manager writes its staff through people/app, as a user would.
// Dates are relative to the current year, so the states hold whenever the demo is built. Names are fictional.
#include "demo/people_demo.hpp"

#include <sstream>
#include <stdexcept>

#include "accounts/core/caller.hpp"
#include "demo/demo_region.hpp"
#include "people/app/workers_records.hpp"
#include "platform/core/dates.hpp"

namespace kvalis::demo {

namespace papp = people::app;

namespace {

constexpr const char* kSecondProviderKey = "domov-na-strani";
constexpr const char* kField = "Terénní tým Náchod";
constexpr const char* kHome = "Domov U Studánky";
constexpr const char* kPrevention = "Tým prevence";

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("people demo " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

// A date of the current year (offset 0), the last (-1) or the next (+1): "MM-DD" → "YYYY-MM-DD".
struct Dates {
  int year = 0;
  std::string today;
  std::string operator()(int offset, const char* month_day) const {
    return std::to_string(year + offset) + "-" + month_day;
  }
};

struct TrainingSpec {
  int year_offset;
  const char* month_day;
  const char* title;
  const char* organiser;
  double hours;
  const char* kind;
  const char* accreditation;
};

struct WorkerSpec {
  const char* key;
  const char* name;
  const char* position;
  const char* team;
  const char* category;
  double fte;
  std::string start, end, probation;
  const char* login;  // "" when the worker has no Kvalis login
  std::vector<std::pair<std::string, std::string>> absences;
  std::vector<TrainingSpec> trainings;
  bool plan;
  std::string appraisal_held, appraisal_next;  // "" = no appraisal
};

// The organisation's manager as the demo's caller.
accounts::Caller manager_caller(const DemoContext& ctx, const char* login, long long organisation_id,
                                accounts::OrganisationType type) {
  accounts::Caller c;
  c.principal.user_id = ctx.users.count(login) ? ctx.users.at(login) : 0;
  c.principal.login = login;
  accounts::Membership m;
  m.organisation_id = organisation_id;
  m.organisation_type = type;
  m.role = accounts::Role::manager;
  m.region_code = kDemoRegionCode;
  c.principal.memberships.push_back(m);
  return c;
}

std::vector<WorkerSpec> ospod_staff(const Dates& d) {
  return {
      {"simek",
       "Mgr. Pavel Šimek",
       "vedoucí oddělení sociálně-právní ochrany dětí",
       "OSPOD Náchod",
       "manager",
       1,
       "2014-03-01",
       "",
       "",
       "ospod.vedouci",
       {},
       {},
       false,
       d(0, "01-20"),
       d(1, "01-20")},
      {"machova",
       "Bc. Tereza Machová",
       "sociální pracovnice OSPOD",
       "OSPOD Náchod",
       "ospod",
       1,
       "2019-09-01",
       "",
       "",
       "ospod.nachod",
       {},
       {{0, "03-12", "Rozhovor s dítětem v sociálně-právní ochraně", "Institut sociální práce", 16, "accredited_course",
         "A2023/0456-SP/PC"},
        {0, "06-04", "Případové konference v praxi OSPOD", "Institut sociální práce", 8, "accredited_course",
         "A2022/0871-SP/PC"}},
       true,
       add_days(d.today, -386),
       add_days(d.today, -21)},  // short by 24 h; the appraisal is 3 weeks overdue
      {"vavrova",
       "Mgr. Lenka Vávrová",
       "sociální pracovnice OSPOD, kurátorka pro mládež",
       "OSPOD Náchod",
       "ospod",
       1,
       "2011-02-01",
       "",
       "",
       "",
       {},
       {{0, "02-08", "Práce s rodinou v krizi", "Institut sociální práce", 16, "accredited_course", "A2023/0112-SP/PC"},
        {0, "04-18", "Mladiství pachatelé: výchovná opatření", "Vzdělávací centrum Hradec", 16, "accredited_course",
         "A2021/0533-SP/PC"},
        {0, "09-23", "Náhradní rodinná péče: příprava a doprovázení", "Vzdělávací centrum Hradec", 16,
         "accredited_course", "A2022/0290-SP/PC"}},
       true,
       d(0, "02-10"),
       d(1, "02-10")},  // 48 h: met
      {"kolar",
       "Bc. Jan Kolář",
       "sociální pracovník OSPOD",
       "OSPOD Náchod",
       "ospod",
       1,
       d(0, "04-01"),
       "",
       d(0, "06-30"),
       "",
       {},
       {{0, "10-14", "Základy sociálně-právní ochrany dětí", "Institut sociální práce", 8, "accredited_course",
         "A2024/0077-SP/PC"}},
       true,
       "",
       ""},  // part-year with probation: 6/12 of 48 h, short by 16 h
      {"holubova",
       "Mgr. Irena Holubová",
       "sociální pracovnice OSPOD",
       "OSPOD Náchod",
       "ospod",
       0.8,
       "2008-09-01",
       "",
       "",
       "",
       {{d(0, "01-15"), d(0, "05-31")}},
       {{0, "09-09", "Domácí násilí a ochrana dítěte", "Vzdělávací centrum Hradec", 16, "accredited_course",
         "A2023/0640-SP/PC"},
        {0, "11-03", "Komunikace s rodiči v konfliktu", "Institut sociální práce", 16, "accredited_course",
         "A2022/0415-SP/PC"}},
       true,
       d(0, "06-15"),
       d(1, "06-15")},  // long absence: 11/12 of 48 h = 44 h, short by 12 h
      {"stastna",
       "Bc. Petra Šťastná",
       "sociální pracovnice OSPOD",
       "OSPOD Náchod",
       "ospod",
       1,
       "2022-01-03",
       "",
       "",
       "",
       {},
       {},
       false,
       d(0, "03-01"),
       d(1, "03-01")},  // nothing yet: short by 48 h
  };
}

std::vector<WorkerSpec> main_staff(const Dates& d) {
  const char* ksp = "Krajský vzdělávací institut";
  return {
      {"vojtiskova",
       "Mgr. Klára Vojtíšková",
       "vedoucí sociálních služeb",
       "",
       "manager",
       1,
       "2016-01-01",
       "",
       "",
       "poskytovatel.manazer",
       {},
       {},
       false,
       "",
       ""},
      {"kubicek",
       "Bc. Martin Kubíček",
       "sociální pracovník",
       kField,
       "social_worker",
       1,
       "2020-05-01",
       "",
       "",
       "poskytovatel.pracovnik",
       {},
       {{0, "03-05", "Motivační rozhovory", ksp, 16, "accredited_course", "A2023/0334-SP"},
        {0, "05-20", "Porada týmu s kazuistikou", "Oblastní charita Kladské pomezí", 12, "in_house", ""}},
       true,
       d(0, "04-10"),
       d(1, "04-10")},  // 16 + 8 of 12 in-house = 24: met
      {"novakova",
       "Jana Nováková",
       "sociální pracovnice",
       kField,
       "social_worker",
       1,
       "2017-03-01",
       "",
       "",
       "",
       {},
       {{0, "02-17", "Dluhové poradenství", ksp, 8, "accredited_course", "A2022/0950-SP"}},
       true,
       d(0, "03-15"),
       d(1, "03-15")},  // short by 16 h
      {"svoboda",
       "Petr Svoboda",
       "sociální pracovník",
       kField,
       "social_worker",
       1,
       d(0, "05-01"),
       "",
       "",
       "",
       {},
       {{0, "09-16", "Terénní sociální práce: bezpečí a hranice", ksp, 16, "accredited_course", "A2024/0188-SP"}},
       true,
       "",
       ""},  // part-year: 8/12 of 24 h = 16 h, met
      {"benes",
       "Ondřej Beneš",
       "sociální pracovník",
       kPrevention,
       "social_worker",
       1,
       "2018-09-01",
       "",
       "",
       "",
       {},
       {{0, "04-22", "Práce se skupinou dospívajících", ksp, 24, "accredited_course", "A2023/0711-SP"}},
       true,
       d(0, "05-05"),
       d(1, "05-05")},
      {"benesova",
       "Klára Benešová",
       "sociální pracovnice",
       kPrevention,
       "social_worker",
       1,
       d(0, "10-01"),
       "",
       d(0, "12-31"),
       "",
       {},
       {},
       false,
       "",
       ""},  // on probation for the rest of the year: no duty
      {"mala",
       "Lucie Malá",
       "pracovnice v sociálních službách",
       kField,
       "social_services_worker",
       1,
       "2019-02-01",
       "",
       "",
       "",
       {},
       {{0, "03-26", "Supervizní setkání týmu: krizové situace", "Oblastní charita Kladské pomezí", 6, "in_house", ""},
        {0, "06-11", "První pomoc v terénu", "Český červený kříž", 8, "accredited_course", "A2021/1203-PC"}},
       true,
       d(0, "02-20"),
       d(1, "02-20")},  // short by 10 h
      {"dvorakova",
       "Eva Dvořáková",
       "pracovnice v sociálních službách",
       kHome,
       "social_services_worker",
       1,
       "2015-06-01",
       "",
       "",
       "",
       {{d(0, "03-01"), d(0, "06-15")}},
       {{0, "09-30", "Bazální stimulace – základní kurz", "Institut Bazální stimulace", 24, "accredited_course",
         "A2022/0112-PC"}},
       true,
       d(0, "07-01"),
       d(1, "07-01")},  // long absence: 22 h required, met
      {"cerna",
       "Marie Černá",
       "pracovnice v sociálních službách",
       kHome,
       "social_services_worker",
       1,
       "2013-04-01",
       "",
       "",
       "",
       {},
       {{0, "05-13", "Validace podle Naomi Feil – úvod", "Institut Validace", 16, "accredited_course",
         "A2023/0502-PC"}},
       true,
       d(0, "01-25"),
       d(1, "01-25")},  // short by 8 h
      {"kral",
       "Tomáš Král",
       "pracovník v sociálních službách",
       kHome,
       "social_services_worker",
       1,
       "2021-01-04",
       "",
       "",
       "",
       {},
       {{0, "03-19", "Aktivizace seniorů", ksp, 16, "accredited_course", "A2023/0219-PC"},
        {0, "10-08", "Péče o klienta s demencí", ksp, 8, "accredited_course", "A2022/0877-PC"}},
       true,
       d(0, "02-02"),
       d(1, "02-02")},
  };
}

std::vector<WorkerSpec> second_staff(const Dates& d) {
  const char* ksp = "Krajský vzdělávací institut";
  return {
      {"pospisilova",
       "Mgr. Eva Pospíšilová",
       "ředitelka",
       "",
       "manager",
       1,
       "2012-01-01",
       "",
       "",
       "domov.manazer",
       {},
       {},
       false,
       "",
       ""},
      {"zeman",
       "Pavel Zeman",
       "sociální pracovník",
       "Domov Na Stráni",
       "social_worker",
       1,
       "2018-02-01",
       "",
       "",
       "",
       {},
       {{0, "04-09", "Sociální šetření a individuální plánování", ksp, 24, "accredited_course", "A2023/0390-SP"}},
       true,
       d(0, "03-03"),
       d(1, "03-03")},
      {"ruzickova",
       "Alena Růžičková",
       "pracovnice v sociálních službách",
       "Domov Na Stráni",
       "social_services_worker",
       1,
       "2016-05-01",
       "",
       "",
       "",
       {},
       {{0, "02-24", "Komunikace s klienty se smyslovým postižením", ksp, 24, "accredited_course", "A2022/0666-PC"}},
       true,
       d(0, "03-03"),
       d(1, "03-03")},
      {"horak",
       "Josef Horák",
       "pracovník v sociálních službách",
       "Domov Na Stráni",
       "social_services_worker",
       1,
       "2019-10-01",
       "",
       "",
       "",
       {},
       {{0, "06-02", "Prevence pádů", ksp, 8, "accredited_course", "A2021/0931-PC"}},
       true,
       d(0, "03-04"),
       d(1, "03-04")},  // short by 16 h
      {"kratochvilova",
       "Jitka Kratochvílová",
       "pracovnice v sociálních službách",
       "Domov Na Stráni",
       "social_services_worker",
       0.5,
       "2020-09-01",
       "",
       "",
       "",
       {},
       {{0, "04-15", "Interní školení: hygienický standard", "Domov Na Stráni", 16, "in_house", ""}},
       true,
       d(0, "03-04"),
       d(1, "03-04")},  // 8 of 16 in-house hours count: short by 16 h
      {"fiala",
       "Martin Fiala",
       "pracovník v sociálních službách",
       "Domov Na Stráni",
       "social_services_worker",
       1,
       "2022-03-01",
       "",
       "",
       "",
       {},
       {{0, "05-27", "Psychohygiena pečujících", ksp, 24, "accredited_course", "A2023/0810-PC"}},
       true,
       d(0, "03-05"),
       d(1, "03-05")},
      {"urbanova",
       "Hana Urbanová",
       "pracovnice v sociálních službách",
       "Domov Na Stráni",
       "social_services_worker",
       1,
       d(0, "02-01"),
       "",
       d(0, "04-30"),
       "",
       {},
       {},
       true,
       "",
       ""},  // part-year after probation: 8/12 of 24 h short
  };
}

void write_staff(soci::session& s, const DemoContext& ctx, PeopleDemo& out, const std::string& org_key,
                 long long organisation_id, const accounts::Caller& caller, const std::vector<WorkerSpec>& specs,
                 const Dates& d) {
  papp::WorkerFilter filter;
  filter.organisation_id = organisation_id;
  const auto existing = must(papp::list_workers(s, caller, filter), "list " + org_key);
  for (const auto& spec : specs) {
    const std::string key = org_key + "/" + spec.key;
    bool found = false;
    for (const auto& w : existing)
      if (w.worker.name == spec.name) {
        out.workers[key] = w.worker.id;
        found = true;
      }
    if (found) continue;
    people::WorkerInput in;
    in.name = spec.name;
    in.position = spec.position;
    in.team = spec.team;
    in.category = spec.category;
    in.fte = spec.fte;
    in.employment_start = spec.start;
    in.employment_end = spec.end;
    in.probation_end = spec.probation;
    if (*spec.login && ctx.users.count(spec.login)) in.user_id = ctx.users.at(spec.login);
    const auto created = must(papp::create_worker(s, caller, organisation_id, in), "worker " + key);
    const long long id = created.data.worker.id;
    out.workers[key] = id;
    ++out.workers_created;
    for (const auto& [from, to] : spec.absences) {
      must(papp::add_absence(s, caller, id, {from, to, "dlouhodobá pracovní neschopnost"}), "absence " + key);
      ++out.absences;
    }
    for (const auto& t : spec.trainings) {
      people::ExternalTrainingInput ti{
          d(t.year_offset, t.month_day), t.title, t.organiser, t.hours, t.kind, t.accreditation};
      must(papp::add_external_training(s, caller, id, ti), "training " + key);
      ++out.trainings;
    }
    if (spec.plan) {
      const std::string agreed = spec.start > d(0, "01-15") ? spec.start : d(0, "01-15");
      people::EducationPlanInput plan{d.year, agreed,
                                      std::string("Rozvoj v oblasti: ") + spec.position +
                                          ". Akreditované kurzy podle nabídky kraje, supervize, stáž na jiném "
                                          "pracovišti.",
                                      d(1, "01-15")};
      must(papp::add_education_plan(s, caller, id, plan), "education plan " + key);
      ++out.education_plans;
    }
    if (!spec.appraisal_held.empty()) {
      people::AppraisalInput a{spec.appraisal_held,
                               caller.principal.login == "domov.manazer"
                                   ? "Mgr. Eva Pospíšilová"
                                   : (org_key == "ospod" ? "Mgr. Pavel Šimek" : "Mgr. Klára Vojtíšková"),
                               "Roční hodnocení: plnění pracovních úkolů, potřeby vzdělávání, cíle na další rok.",
                               spec.appraisal_next};
      must(papp::add_appraisal(s, caller, id, a), "appraisal " + key);
      ++out.appraisals;
    }
  }
}

}  // namespace

std::string PeopleDemo::text() const {
  std::ostringstream os;
  os << "Lidé — pracovníci (" << year << "): " << workers.size() << " (nových: " << workers_created
     << "), organizace: " << organisations.size() << ", nepřítomnosti: " << absences
     << ", externí vzdělávání: " << trainings << ", plány vzdělávání: " << education_plans
     << ", hodnocení: " << appraisals << "\n";
  return os.str();
}

std::string PeopleStageSummary::text() const {
  std::ostringstream os;
  // "Lidé — vzdělávání: moduly: 8, termíny: 128, …" like the planning stages' lines.
  os << stage;
  if (counts.empty()) os << ": nic nezapsáno";
  for (std::size_t i = 0; i < counts.size(); ++i)
    os << (i ? ", " : ": ") << counts[i].first << ": " << counts[i].second;
  os << "\n";
  return os.str();
}

PeopleDemo write_people_demo_staff(soci::session& s, const DemoContext& ctx) {
  PeopleDemo out;
  out.region_code = kDemoRegionCode;
  out.region_id = ctx.region_id;
  out.ospod_id = ctx.ospod_id;
  out.main_provider_id = ctx.main_provider_id;
  out.second_provider_id = ctx.providers.at(kSecondProviderKey);
  out.organisations = {{"ospod", out.ospod_id}, {"main", out.main_provider_id}, {"second", out.second_provider_id}};
  for (const char* login : {"kraj.admin", "kraj.referent", "ospod.vedouci", "ospod.nachod", "poskytovatel.manazer",
                            "poskytovatel.pracovnik", "domov.manazer"})
    if (ctx.users.count(login)) out.users[login] = ctx.users.at(login);
  out.year = papp::current_year();
  const Dates d{out.year, papp::today_text()};
  using accounts::OrganisationType;
  write_staff(s, ctx, out, "ospod", out.ospod_id,
              manager_caller(ctx, "ospod.vedouci", out.ospod_id, OrganisationType::municipality), ospod_staff(d), d);
  write_staff(s, ctx, out, "main", out.main_provider_id,
              manager_caller(ctx, "poskytovatel.manazer", out.main_provider_id, OrganisationType::provider),
              main_staff(d), d);
  write_staff(s, ctx, out, "second", out.second_provider_id,
              manager_caller(ctx, "domov.manazer", out.second_provider_id, OrganisationType::provider), second_staff(d),
              d);
  return out;
}

}  // namespace kvalis::demo
