// Training stage of the people demo (see people_demo.hpp): the seed 004 programme — 8 modules organised by the
// region (Královéhradecký kraj, kraj.referent), each run 4 times in 4 places through the run plan — with the
// sessions already past held (registrations by the providers' and the OSPOD office's managers, attendance with
// one absence here and there, certificates numbered, anonymous feedback), the next ones open with registrations
// and the first of them full with a waiting list, the later ones planned.
//
// Session dates are relative to today (every run is 30 days after the previous one), so there are held and
// open sessions whenever the demo is built. The staff stage set this year's requirement states with external
// trainings; to keep them, sessions held this year are attended only by workers who already meet the
// requirement or have no duty this year (vavrova, kubicek, benesova, vojtiskova), while sessions held in earlier
// years are attended by the long-standing staff. Everything goes through people/app with the users' rights.
// Running it again finds the modules by code and adds nothing.
#include <algorithm>
#include <ctime>
#include <map>
#include <sstream>
#include <stdexcept>

#include "accounts/core/caller.hpp"
#include "demo/demo_region.hpp"
#include "demo/people_demo.hpp"
#include "people/app/feedback_app.hpp"
#include "people/app/registrations_app.hpp"
#include "people/app/training_catalogue.hpp"
#include "platform/core/dates.hpp"

namespace kvalis::demo {
namespace papp = people::app;
namespace {

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r)
    throw std::runtime_error("people training demo " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

struct ModuleSpec {
  const char* code;
  const char* title;
  const char* topic;
  double hours;
  const char* accreditation;
  const char* lecturer;
};

// The eight topics of seed 004's key activity (fictional accreditation numbers and lecturers).
const std::vector<ModuleSpec>& modules() {
  static const std::vector<ModuleSpec> specs = {
      {"ESF-01", "Prevence syndromu vyhoření", "Psychohygiena", 8, "A2024/0311-SP/PC/PSS", "Mgr. Hana Benešová"},
      {"ESF-02", "Práce s rizikem a zvládání agrese", "Bezpečnost", 8, "A2024/0312-SP/PC/PSS", "Bc. Ondřej Kalina"},
      {"ESF-03", "Alternativní a augmentativní komunikace", "Komunikace", 8, "A2024/0313-SP/PC/PSS",
       "Mgr. Radka Čermáková"},
      {"ESF-04", "Práce s rodinou", "Sociální práce", 8, "A2024/0314-SP/PC", "PhDr. Jiří Hruška"},
      {"ESF-05", "Personální standardy kvality v praxi poskytovatelů", "Standardy kvality", 8, "A2024/0315-SP/PC/PSS",
       "Ing. Martina Koubová"},
      {"ESF-06", "Rozvoj kompetencí v praxi sociální práce", "Sociální práce", 16, "A2024/0316-SP/PC",
       "PhDr. Jiří Hruška"},
      {"ESF-07", "Základní otázky sociální patologie", "Sociální patologie", 8, "A2024/0317-SP/PC/PSS",
       "Mgr. Hana Benešová"},
      {"ESF-08", "Prevence závislosti na sociální službě a vytváření sociálních kontaktů", "Sociální začleňování", 8,
       "A2024/0318-SP/PC/PSS", "Mgr. Radka Čermáková"},
  };
  return specs;
}

const std::vector<std::string> kPlaces = {"Hradec Králové", "Náchod", "Trutnov", "Jičín"};
constexpr int kInterval = 30;  // days between two sessions of a module
constexpr int kCapacity = 15;

// Workers who attend sessions held this year without changing this year's requirement states of the staff stage.
const std::vector<std::string> kThisYear = {"ospod/vavrova", "main/kubicek", "main/benesova", "main/vojtiskova"};
// Long-standing staff who attended sessions of earlier years.
const std::vector<std::string> kEarlier = {
    "ospod/machova", "ospod/vavrova", "ospod/holubova", "ospod/stastna",  "main/vojtiskova", "main/kubicek",
    "main/novakova", "main/mala",     "main/cerna",     "main/dvorakova", "second/horak",    "second/kratochvilova"};

accounts::Caller member(const DemoContext& ctx, const char* login, long long organisation_id,
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

std::string today_text() { return format_date(static_cast<long long>(std::time(nullptr))); }

}  // namespace

PeopleStageSummary write_people_training_demo(soci::session& s, const DemoContext& ctx, const PeopleDemo& people) {
  PeopleStageSummary out;
  out.stage = "Lidé — vzdělávání";
  const long long region = people.region_id ? people.region_id : ctx.region_id;
  const auto organiser = member(ctx, "kraj.referent", region, accounts::OrganisationType::region);
  // The employers' managers, who register their workers; an organisation key → its caller.
  std::map<std::string, accounts::Caller> employers;
  const std::map<std::string, std::pair<const char*, accounts::OrganisationType>> logins = {
      {"ospod", {"ospod.vedouci", accounts::OrganisationType::municipality}},
      {"main", {"poskytovatel.manazer", accounts::OrganisationType::provider}},
      {"second", {"domov.manazer", accounts::OrganisationType::provider}}};
  for (const auto& [key, id] : people.organisations)
    if (logins.count(key)) employers.emplace(key, member(ctx, logins.at(key).first, id, logins.at(key).second));
  auto employer_of = [&](const std::string& worker_key) -> const accounts::Caller* {
    const auto slash = worker_key.find('/');
    const auto it = employers.find(worker_key.substr(0, slash));
    return it == employers.end() ? nullptr : &it->second;
  };
  auto worker_id = [&](const std::string& key) -> long long {
    const auto it = people.workers.find(key);
    return it == people.workers.end() ? 0 : it->second;
  };

  long long modules_created = 0, sessions = 0, held = 0, open = 0, registrations = 0, attended = 0, waiting = 0,
            feedback = 0;
  const std::string today = today_text();
  const int this_year = std::stoi(today.substr(0, 4));

  for (std::size_t i = 0; i < modules().size(); ++i) {
    const auto& spec = modules()[i];
    const auto found = must(papp::list_modules(s, organiser, {region, spec.code}), "list modules");
    if (!found.empty()) {
      // Written by an earlier run: report what is there.
      people::store::SessionFilter f;
      f.module_id = found.front().module.id;
      for (const auto& x : must(papp::list_sessions(s, organiser, f), "list sessions")) {
        ++sessions;
        out.ids["sessions"].push_back(x.session.id);
        if (x.session.state == "held") {
          ++held;
          out.ids["sessions_held"].push_back(x.session.id);
        }
      }
      out.ids["modules"].push_back(found.front().module.id);
      continue;
    }
    papp::ModuleInput in;
    in.organiser_org_id = region;
    in.code = spec.code;
    in.title = spec.title;
    in.topic = spec.topic;
    in.description = std::string(
                         "Vzdělávací modul klíčové aktivity projektu podpory kvality sociálních služeb "
                         "v kraji (") +
                     spec.topic + ").";
    in.hours = spec.hours;
    in.accreditation_number = spec.accreditation;
    in.accreditation_body = "MPSV";
    in.accredited_until = std::to_string(this_year + 2) + "-06-30";
    const auto module = must(papp::create_module(s, organiser, in), std::string("module ") + spec.code);
    const long long module_id = module.item.module.id;
    out.ids["modules"].push_back(module_id);
    ++modules_created;

    // 4 places × 4 runs: sessions 0–11 are past, 12–15 ahead (the first of them within a few days).
    papp::RunPlanRequest plan;
    plan.plan.places = kPlaces;
    plan.plan.runs_per_place = 4;
    plan.plan.interval_days = kInterval;
    plan.plan.first_date = add_days(today, -12 * kInterval + 3 + static_cast<int>(i) * 2);
    plan.plan.capacity = kCapacity;
    plan.lecturer = spec.lecturer;
    plan.cost = 14500;
    plan.state = "planned";
    const auto planned = must(papp::create_run_plan(s, organiser, module_id, plan), "run plan");

    for (std::size_t k = 0; k < planned.sessions.size(); ++k) {
      const auto& session = planned.sessions[k].session;
      ++sessions;
      out.ids["sessions"].push_back(session.id);
      const bool past = session.held_on < today;
      if (!past && k >= 14) continue;  // the last two stay planned
      must(papp::change_session_state(s, organiser, session.id, people::SessionState::open), "open");
      if (!past) {
        ++open;
        // The first open session of the first module fills up: everyone is registered, the rest wait.
        std::vector<std::string> keys;
        if (i == 0 && k == 12) {
          for (const auto& [key, id] : people.workers) keys.push_back(key);
        } else {
          for (std::size_t j = 0; j < 3; ++j) keys.push_back(kEarlier[(i * 3 + k + j * 5) % kEarlier.size()]);
        }
        std::map<std::string, std::vector<long long>> by_employer;
        for (const auto& key : keys)
          if (worker_id(key) && employer_of(key)) by_employer[key.substr(0, key.find('/'))].push_back(worker_id(key));
        for (const auto& [employer, ids] : by_employer) {
          const auto r = must(papp::register_workers(s, employers.at(employer), session.id, ids), "register");
          for (const auto& o : r.items) {
            ++registrations;
            if (o.state == people::RegistrationState::waiting) ++waiting;
          }
        }
        continue;
      }
      // A past session: registrations, attendance (one absent in every third session) and feedback.
      const bool this_years = std::stoi(session.held_on.substr(0, 4)) == this_year;
      const auto& pool = this_years ? kThisYear : kEarlier;
      std::vector<std::string> keys;
      const std::size_t n = this_years ? 2 : 4;
      for (std::size_t j = 0; j < n; ++j) {
        const auto& key = pool[(i * 5 + k * 3 + j) % pool.size()];
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      }
      std::vector<std::pair<long long, std::string>> regs;  // registration id, worker key
      for (const auto& key : keys) {
        const auto* employer = employer_of(key);
        if (!worker_id(key) || !employer) continue;
        const auto r = must(papp::register_workers(s, *employer, session.id, {worker_id(key)}), "register past");
        regs.emplace_back(r.items.front().registration_id, key);
        ++registrations;
      }
      if (regs.empty()) continue;
      std::vector<papp::AttendanceItem> items;
      for (std::size_t j = 0; j < regs.size(); ++j) {
        const bool absent = !this_years && j == regs.size() - 1 && k % 3 == 0;
        items.push_back({regs[j].first, !absent, std::nullopt});
      }
      must(papp::record_attendance(s, organiser, session.id, items, today), "attendance");
      ++held;
      out.ids["sessions_held"].push_back(session.id);
      for (std::size_t j = 0; j < items.size(); ++j) {
        if (!items[j].attended) continue;
        ++attended;
        if ((k + j) % 4 == 3) continue;  // not everyone answers the questionnaire
        papp::FeedbackInput f;
        f.registration_id = items[j].registration_id;
        const int v = static_cast<int>((i + k + j) % 5);
        f.ratings = {v == 0 ? 4 : 5, v == 1 ? 3 : (v == 2 ? 4 : 5), v == 3 ? 3 : 4, v == 4 ? 3 : 5,
                     v == 0   ? "Hodně praktických příkladů z práce s klienty."
                     : v == 2 ? "Málo času na diskusi, jinak přínosné."
                              : ""};
        must(papp::give_feedback(s, *employer_of(regs[j].second), session.id, f), "feedback");
        ++feedback;
      }
    }
  }
  out.counts = {{"nové moduly", modules_created}, {"termíny", sessions},
                {"konané termíny", held},         {"otevřené termíny", open},
                {"přihlášky", registrations},     {"účasti", attended},
                {"čekací listina", waiting},      {"odpovědi na dotazník", feedback}};
  return out;
}

}  // namespace kvalis::demo
