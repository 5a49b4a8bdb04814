// People module in the demo region, stage cooperation and projects (issue 14 item 7, PEOPLE_SPEC "Demo"),
// written through people/app (cooperation.hpp, projects.hpp) as the OSPOD office's manager, so the demo's data
// passes the checks user input passes:
// - the partner bodies of the OSPOD office in Náchod (court, police, school, pediatrician, NGO);
// - its quarterly cooperation meetings over two years (last year and this one): those already past held, with
//   participants, minutes and agreed actions followed up at the next meeting; the rest planned;
// - one funded project after seed 003 (standardisation of the OSPOD office, OP Zaměstnanost plus) with its six
//   key activities linked to what they produced in Kvalis (the office's self-assessment audit, the meetings,
//   training sessions of the region's programme when the training stage has written them), budget lines with
//   expenses, indicators (counted from the links, and entered), publicity duties; the summary quotes the
//   monitoring report of this year's first half.
// Running the demo again finds the partners, the meetings and the project by name and adds nothing.
#include <algorithm>
#include <stdexcept>

#include "accounts/core/caller.hpp"
#include "demo/people_demo.hpp"
#include "people/app/cooperation.hpp"
#include "people/app/projects.hpp"
#include "platform/core/dates.hpp"

namespace kvalis::demo {

namespace {

namespace papp = people::app;

constexpr const char* kSeriesTitle = "Setkání s partnery OSPOD Náchod";
constexpr const char* kProjectName = "Podpora standardizace OSPOD Náchod";

struct PartnerSpec {
  const char *name, *kind, *contact, *person, *role;
};
const PartnerSpec kPartners[] = {
    {"Okresní soud v Náchodě, opatrovnické oddělení", "court", "podatelna@osoud.nac.justice.cz", "Mgr. Ivana Horáková",
     "soudkyně opatrovnického oddělení"},
    {"Policie ČR, Obvodní oddělení Náchod", "police", "nachod.oop@pcr.cz", "npor. Tomáš Beneš",
     "vedoucí obvodního oddělení"},
    {"ZŠ Náchod, Komenského", "school", "reditel@zskomenskeho-nachod.cz", "Mgr. Jana Vlčková", "výchovná poradkyně"},
    {"MUDr. Petra Kubíčková, praktická lékařka pro děti a dorost", "health", "ordinace@pediatrie-nachod.cz",
     "MUDr. Petra Kubíčková", "pediatrička"},
    {"Rodinné centrum Náchod, z. s.", "ngo", "info@rcnachod.cz", "Bc. Lenka Pokorná", "sociální pracovnice SAS"},
};

struct ActionSpec {
  const char *text, *owner;
};
// Two actions agreed at each held meeting (by its number in the series, cycling).
const ActionSpec kActions[][2] = {
    {{"Sestavit společný seznam kontaktních osob a rozeslat jej partnerům", "Mgr. Pavel Šimek"},
     {"Dohodnout postup při oznámení ohroženého dítěte ze školy", "Mgr. Jana Vlčková"}},
    {{"Připravit společnou případovou konferenci k rodině se zanedbávanými dětmi", "Bc. Lenka Pokorná"},
     {"Ověřit možnost výjezdů policie s OSPOD mimo pracovní dobu", "npor. Tomáš Beneš"}},
    {{"Připravit leták o službách rodinného centra pro čekárnu pediatrie", "MUDr. Petra Kubíčková"},
     {"Projednat s vedením školy seminář pro třídní učitele", "Mgr. Jana Vlčková"}},
    {{"Vyhodnotit spolupráci za pololetí a navrhnout témata dalších setkání", "Mgr. Pavel Šimek"},
     {"Sdílet zkušenosti s rozhodováním o výchovných opatřeních", "Mgr. Ivana Horáková"}},
};
const char* kMinutes[] = {
    "Partneři se seznámili s projektem standardizace OSPOD a dohodli se na pravidelných setkáních jednou za tři "
    "měsíce. Projednána výměna kontaktů a postup při oznámení ohrožení dítěte.",
    "Kontrola úkolů z minulého setkání. Škola představila nový postup oznámení; policie popsala zkušenosti "
    "s výjezdy k domácímu násilí v rodinách s dětmi.",
    "Projednány případy rodin v evidenci OSPOD (bez identifikace osob). Rodinné centrum nabídlo volná místa "
    "v programu sanace rodiny.",
    "Pololetní vyhodnocení spolupráce. Soud informoval o změnách v řízení ve věcech péče soudu o nezletilé.",
};

accounts::Caller ospod_manager(const DemoContext& ctx, long long ospod_id) {
  accounts::Caller c;
  c.principal.user_id = ctx.users.count("ospod.vedouci") ? ctx.users.at("ospod.vedouci") : 0;
  c.principal.login = "ospod.vedouci";
  accounts::Membership m;
  m.organisation_id = ospod_id;
  m.organisation_type = accounts::OrganisationType::municipality;
  m.role = accounts::Role::manager;
  m.region_code = "86";
  c.principal.memberships.push_back(m);
  return c;
}

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r)
    throw std::runtime_error("people projects demo: " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

// Partners of the office: found by name, else created.
std::vector<long long> write_partners(soci::session& s, const accounts::Caller& c, long long org, int& created) {
  const auto existing = papp::list_partners(s, c, org);
  std::vector<long long> ids;
  for (const auto& spec : kPartners) {
    auto found = std::find_if(existing.begin(), existing.end(),
                              [&](const papp::PartnerView& v) { return v.partner.name == spec.name; });
    if (found != existing.end()) {
      ids.push_back(found->partner.id);
      continue;
    }
    ids.push_back(
        must(papp::create_partner(s, c, {org, spec.name, spec.kind, spec.contact, false}), spec.name).partner.id);
    ++created;
  }
  return ids;
}

struct MeetingsWritten {
  std::vector<long long> ids;
  int held = 0, actions = 0, followed_up = 0;
};

// The quarterly series of two years: past ones held with participants, minutes and actions, each meeting
// following up the actions of the one before.
MeetingsWritten write_meetings(soci::session& s, const accounts::Caller& c, long long org,
                               const std::vector<long long>& partners, const std::string& today) {
  MeetingsWritten out;
  const auto existing = papp::list_meetings(s, c, {org, "", ""});
  for (const auto& m : existing)
    if (m.title.rfind(kSeriesTitle, 0) == 0) out.ids.push_back(m.id);
  if (!out.ids.empty()) return out;  // written by an earlier run
  // Eight quarters: six already held, the last two planned (relative to today, on the 22nd).
  const std::string first_on = people::add_months(today.substr(0, 8) + "22", -16);
  auto series = must(
      papp::plan_meetings(
          s, c, {org, kSeriesTitle, first_on, "Městský úřad Náchod, zasedací místnost odboru sociálních věcí", 3, 8}),
      "meeting series");
  std::vector<long long> previous_actions;
  for (std::size_t i = 0; i < series.size(); ++i) {
    const auto& m = series[i];
    out.ids.push_back(m.id);
    if (m.planned_on >= today) continue;
    papp::MeetingInput in;
    in.title = m.title;
    in.planned_on = m.planned_on;
    in.held_on = m.planned_on;
    in.place = m.place;
    in.minutes = kMinutes[i % 4];
    std::vector<papp::ParticipantInput> participants;
    for (std::size_t k = 0; k < partners.size(); ++k)
      if (k != (i % partners.size()) || i == 0)  // one partner excused at most meetings
        participants.push_back({partners[k], kPartners[k].person, kPartners[k].role});
    participants.push_back({{}, "Mgr. Pavel Šimek", "vedoucí OSPOD Náchod"});
    participants.push_back({{}, "Bc. Hana Machová", "sociální pracovnice OSPOD"});
    in.participants = participants;
    must(papp::update_meeting(s, c, m.id, in), "held meeting");
    ++out.held;
    // Follow-up of the previous meeting's actions: the first done, the second done or (every third time) left open.
    for (std::size_t k = 0; k < previous_actions.size(); ++k) {
      papp::ActionUpdate u;
      u.follow_up_meeting_id = m.id;
      if (k == 0 || i % 3 != 0) {
        u.state = people::ActionState::done;
        u.follow_up_note = k == 0 ? "Splněno, informace předány všem partnerům." : "Splněno a projednáno na setkání.";
      } else {
        u.follow_up_note = "Trvá; odpovědná osoba doplní na příštím setkání.";
      }
      must(papp::update_action(s, c, previous_actions[k], u), "follow-up");
      ++out.followed_up;
    }
    previous_actions.clear();
    for (const auto& a : kActions[i % 4]) {
      auto action = must(papp::add_action(s, c, m.id, {a.text, a.owner, add_days(m.planned_on, 60)}), "action");
      previous_actions.push_back(action.id);
      ++out.actions;
    }
  }
  return out;
}

struct ActivitySpec {
  const char *code, *title, *starts, *ends, *output;
  double target;
  const char* unit;
};

}  // namespace

PeopleStageSummary write_people_projects_demo(soci::session& s, const DemoContext& ctx, const PeopleDemo& people,
                                              const PeopleStageSummary& training) {
  PeopleStageSummary out{"Lidé — spolupráce a projekty", {}, {}};
  const long long org = people.ospod_id ? people.ospod_id : ctx.ospod_id;
  const int year = people.year ? people.year : std::stoi(format_date(kvalis::store::now_epoch()).substr(0, 4));
  const auto c = ospod_manager(ctx, org);
  const std::string today = format_date(kvalis::store::now_epoch());

  int partners_created = 0;
  const auto partners = write_partners(s, c, org, partners_created);
  const auto meetings = write_meetings(s, c, org, partners, today);
  out.counts = {{"partnerské subjekty", static_cast<long long>(partners.size())},
                {"setkání", static_cast<long long>(meetings.ids.size())},
                {"konaná setkání (nově)", meetings.held},
                {"dohodnuté úkoly (nově)", meetings.actions},
                {"úkoly s kontrolou plnění (nově)", meetings.followed_up}};
  out.ids["meetings"] = meetings.ids;

  for (const auto& p : papp::list_projects(s, c, org))
    if (p.name == kProjectName) {
      out.ids["project"] = {p.id};
      out.counts.push_back({"projekty (již existující)", 1});
      return out;
    }

  const std::string y0 = std::to_string(year - 1), y1 = std::to_string(year), y2 = std::to_string(year + 1);
  auto project = must(
      papp::create_project(s, c,
                           {org, kProjectName, "CZ.03.02.02/00/22_021/0004586", "Operační program Zaměstnanost plus",
                            y0 + "-01-01", y2 + "-06-30", "Ing. Martina Dušková",
                            "Zavedení standardů kvality sociálně-právní ochrany (§ 9a zákona č. 359/1999 Sb.) do praxe "
                            "OSPOD Náchod: metodika, spolupráce s partnery, vzdělávání pracovníků, nové pracovní místo "
                            "podle personálního standardu a podmínky pro práci s klienty."}),
      "project");
  const long long pid = project.id;
  out.ids["project"] = {pid};

  const ActivitySpec specs[] = {
      {"01", "Vytvoření metodiky a naplňování standardů kvality SPO", "-01-01", "-12-31",
       "soubor standardů kvality OSPOD a jejich sebehodnocení", 1, "soubor"},
      {"02", "Odborná spolupráce s dalšími subjekty", "-01-01", "-06-30", "setkání s partnery jednou za tři měsíce", 8,
       "setkání"},
      {"03", "Další profesní rozvoj zaměstnanců", "-03-01", "-11-30", "akreditované kurzy pro všechny pracovníky OSPOD",
       8, "kurzů"},
      {"04", "Úprava personálního standardu", "-01-01", "-12-31", "nové pracovní místo sociálního pracovníka", 1,
       "úvazek"},
      {"05", "Řízení projektu", "-01-01", "-06-30", "monitorovací zprávy a pravidelné porady", 5, "zpráv"},
      {"06", "Tvorba podmínek pro práci s klienty", "-01-01", "-06-30",
       "vybavení pracoviště a digitální spisová služba", 1, "soubor"},
  };
  std::map<std::string, long long> activity;
  for (const auto& a : specs) {
    const std::string starts = y0 + a.starts;
    const std::string code = a.code;
    const std::string ends = (code == "06" ? y0 : code == "02" || code == "05" ? y2 : y1) + a.ends;
    activity[a.code] =
        must(papp::create_activity(s, c, pid, {a.code, a.title, starts, ends, a.output, a.target, a.unit}), a.title).id;
  }

  // Links to what the activities produced in Kvalis, found as the office's manager sees them.
  int links = 0;
  auto link = [&](const char* code, const papp::LinkedObject& o) {
    must(papp::add_link(s, c, activity.at(code), std::string(people::to_string(o.kind)), o.id), "link");
    ++links;
  };
  for (const auto& o : must(papp::link_candidates(s, c, pid, "audit", "OSPOD"), "audits")) link("01", o);
  for (const auto& id : meetings.ids) link("02", papp::LinkedObject{people::LinkKind::meeting, id, "", "", "", true});
  std::vector<long long> sessions;
  if (auto it = training.ids.find("sessions_held"); it != training.ids.end()) sessions = it->second;
  if (sessions.empty())
    for (const auto& o : must(papp::link_candidates(s, c, pid, "training_session", ""), "sessions"))
      if (o.state == "held" && o.date >= project.starts_on && o.date <= project.ends_on) sessions.push_back(o.id);
  if (sessions.size() > 6) sessions.resize(6);
  for (const auto id : sessions)
    link("03", papp::LinkedObject{people::LinkKind::training_session, id, "", "", "", true});
  for (const auto& o : must(papp::link_candidates(s, c, pid, "supervision", ""), "supervisions")) {
    link("03", o);
    break;
  }

  // Budget by category with expenses up to today.
  struct LineSpec {
    const char *category, *title;
    double planned;
  };
  const LineSpec lines[] = {{"personnel", "Mzda nového sociálního pracovníka (1,0 úvazku)", 1'080'000},
                            {"personnel", "Manažer a koordinátor projektu (0,3 úvazku)", 360'000},
                            {"training", "Akreditované kurzy a supervize", 180'000},
                            {"equipment", "Vybavení pracoviště a elektronika pro digitální spisy", 240'000},
                            {"publicity", "Plakáty, web, tiskové zprávy", 25'000},
                            {"indirect", "Nepřímé náklady (paušál)", 150'000}};
  std::vector<long long> line_ids;
  for (const auto& l : lines)
    line_ids.push_back(must(papp::create_budget_line(s, c, pid, {l.category, l.title, l.planned}), l.title).id);
  int expenses = 0;
  auto expense = [&](std::size_t line, const std::string& date, double amount, const char* note) {
    if (date > today) return;
    must(papp::create_expense(s, c, pid, {line_ids[line], date, amount, note}), note);
    ++expenses;
  };
  for (int q = 0; q < 8; ++q) {
    const int y = year - 1 + q / 4;
    const std::string end = std::to_string(y) + (q % 4 == 0   ? "-03-31"
                                                 : q % 4 == 1 ? "-06-30"
                                                 : q % 4 == 2 ? "-09-30"
                                                              : "-12-31");
    expense(0, end, 135'000, "Mzda za čtvrtletí");
    expense(1, end, 45'000, "Řízení projektu za čtvrtletí");
    expense(5, end, 18'750, "Nepřímé náklady za čtvrtletí");
  }
  expense(2, y0 + "-04-15", 24'000, "Kurz Práce s rodinou (akreditace MPSV)");
  expense(2, y0 + "-10-08", 31'500, "Kurz Rozhovor s dítětem");
  expense(2, y1 + "-03-12", 28'000, "Týmová supervize");
  expense(3, y0 + "-02-20", 96'400, "Notebooky a skener pro digitální spisy");
  expense(3, y0 + "-05-14", 41'800, "Nábytek do konzultační místnosti");
  expense(4, y0 + "-02-05", 6'200, "Plakáty A3 a samolepky s logem");
  expense(4, y1 + "-01-20", 3'900, "Tisková zpráva a aktualizace webu");

  // Indicators: counted from the links, and entered.
  must(papp::create_indicator(s, c, pid, {"6 70 01", "Setkání s partnery", "setkání", 8.0, "linked:meeting"}),
       "indicator meetings");
  must(papp::create_indicator(s, c, pid,
                              {"6 00 00", "Absolvované akreditované kurzy", "kurzů", 8.0, "linked:training_session"}),
       "indicator courses");
  auto staff = must(papp::create_indicator(s, c, pid, {"6 00 01", "Podpoření pracovníci OSPOD", "osob", 7.0, "manual"}),
                    "indicator staff");
  auto posts =
      must(papp::create_indicator(s, c, pid, {"6 20 00", "Nově vytvořená pracovní místa", "úvazek", 1.0, "manual"}),
           "indicator posts");
  int values = 0;
  for (auto [date, v] :
       std::vector<std::pair<std::string, double>>{{y0 + "-06-30", 3}, {y0 + "-12-31", 6}, {y1 + "-06-30", 7}})
    if (date <= today) {
      must(papp::add_indicator_value(s, c, staff.id, {date, v, "Podle prezenčních listin kurzů"}), "value");
      ++values;
    }
  if (y0 + "-03-01" <= today) {
    must(papp::add_indicator_value(s, c, posts.id, {y0 + "-03-01", 1, "Pracovní smlouva od 1. 3."}), "value");
    ++values;
  }

  // Publicity duties.
  const papp::PublicityInput duties[] = {
      {"Plakát A3 o projektu v sídle OSPOD", y0 + "-02-28", y0 + "-02-10", "Fotografie plakátu u vstupu na odbor"},
      {"Popis projektu na webu města", y0 + "-03-31", y0 + "-03-05", "https://www.mestonachod.cz/projekty"},
      {"Logo OP Zaměstnanost plus na výstupech projektu", y1 + "-12-31", "", ""},
      {"Tisková zpráva o výsledcích projektu", y1 + "-12-31", "", ""},
  };
  for (const auto& d : duties) must(papp::create_publicity(s, c, pid, d), d.duty);

  // The monitoring report of this year's first half, as the summary quotes it.
  auto report = must(papp::monitoring_report(s, c, pid, y1 + "-01-01", y1 + "-06-30"), "monitoring report");
  int outputs_period = 0;
  for (const auto& a : report.activities) outputs_period += a.total_period;
  out.counts.push_back({"projekty", 1});
  out.counts.push_back({"klíčové aktivity", static_cast<long long>(activity.size())});
  out.counts.push_back({"vazby na záznamy v Kvalis", links});
  out.counts.push_back({"výdaje", expenses});
  out.counts.push_back({"hodnoty indikátorů", values});
  out.counts.push_back({"povinnosti publicity", 4});
  out.counts.push_back({"výstupy ve sledovaném období " + y1 + "-01..06", outputs_period});
  return out;
}

}  // namespace kvalis::demo
