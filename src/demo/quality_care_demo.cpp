// Quality care demo data (see quality_care_demo.hpp). Names of workers are fictional staff names; clients
// appear only as counts.
#include "demo/quality_care_demo.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "accounts/core/caller.hpp"
#include "quality/app/care_ospod.hpp"
#include "quality/app/care_supervision.hpp"
#include "quality/app/care_transformation.hpp"

namespace kvalis::demo {
namespace {

namespace qapp = quality::app;
namespace qc = quality::care;

// The demo writes through the same use cases as a user, as the platform administrator; a refusal is a
// defect of the demo data and rolls the whole demo back.
const accounts::Caller& demo_caller() {
  static const accounts::Caller caller = accounts::system_caller(0, "demo");
  return caller;
}

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("demo " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}
void must(const Status& st, const std::string& what) {
  if (!st) throw std::runtime_error("demo " + what + ": " + st.error().message_key + " " + st.error().field);
}

struct SupervisionSpec {
  const char* held_on;
  const char* kind;
  const char* form;
  const char* supervisor;
  double hours;
  const char* topics;
  bool by_audit_body;
  bool link_finding;
  std::vector<std::pair<const char*, const char*>> participants;
};

const char* kField = "Terénní tým Náchod";
const char* kHome = "Domov U Studánky";
const char* kPrevention = "Tým prevence";

std::vector<SupervisionSpec> supervisions() {
  return {
      {"2024-02-14",
       "supervision",
       "team",
       "Mgr. Hana Veselá",
       3,
       "Hranice ve vztahu s klientem",
       false,
       false,
       {{"Jana Nováková", kField}, {"Petr Svoboda", kField}, {"Lucie Malá", kField}}},
      {"2024-03-20",
       "supervision",
       "group",
       "Mgr. Hana Veselá",
       2.5,
       "Individuální plánování, zapojení klienta",
       false,
       true,
       {{"Eva Dvořáková", kHome}, {"Marie Černá", kHome}, {"Tomáš Král", kHome}, {"Jana Nováková", kField}}},
      {"2024-04-10",
       "consultation",
       "case",
       "Institut kvality sociálních služeb",
       2,
       "Pravidla pro stížnosti po auditu",
       true,
       true,
       {{"Marie Černá", kHome}, {"Ondřej Beneš", kPrevention}}},
      {"2024-06-05",
       "supervision",
       "individual",
       "PhDr. Karel Horák",
       1.5,
       "Vedení týmu",
       false,
       false,
       {{"Tomáš Král", kHome}}},
      {"2024-09-18",
       "supervision",
       "team",
       "Mgr. Hana Veselá",
       3,
       "Práce s agresivním klientem",
       false,
       false,
       {{"Ondřej Beneš", kPrevention}, {"Klára Benešová", kPrevention}, {"Petr Svoboda", kField}}},
      {"2024-11-27",
       "supervision",
       "case",
       "PhDr. Karel Horák",
       2,
       "Kazuistika – ukončení služby",
       false,
       false,
       {{"Eva Dvořáková", kHome}, {"Marie Černá", kHome}}},
      {"2025-01-22",
       "supervision",
       "group",
       "Mgr. Hana Veselá",
       3,
       "Syndrom vyhoření",
       false,
       false,
       {{"Jana Nováková", kField}, {"Lucie Malá", kField}, {"Klára Benešová", kPrevention}}},
      {"2025-03-12",
       "consultation",
       "team",
       "Institut kvality sociálních služeb",
       2,
       "Ověření opatření k individuálnímu plánování",
       true,
       true,
       {{"Eva Dvořáková", kHome}, {"Tomáš Král", kHome}}},
  };
}

struct ProcedureSpec {
  int standard;
  const char* title;
  const char* approved_on;
  const char* change_note;
  const char* content;
};

std::vector<ProcedureSpec> procedures() {
  return {
      {1, "Místní a časová dostupnost pracoviště OSPOD", "2021-02-15", "",
       "Úřední hodiny, pohotovost mimo pracovní dobu (krizový telefon), bezbariérový přístup."},
      {4, "Personální zabezpečení a pracovní profily", "2021-02-15", "",
       "Počet pracovníků podle počtu případů a dětí v obvodu, pracovní profily, zastupitelnost."},
      {6, "Profesní rozvoj zaměstnanců", "2021-06-01", "",
       "Roční hodnocení, individuální plán vzdělávání, nejméně 6 pracovních dní akreditovaného vzdělávání ročně."},
      {8, "Přijetí oznámení, posouzení naléhavosti a přidělení případu", "2021-02-15", "",
       "Oznámení přijímá službukonající pracovník, naléhavost posoudí do 24 hodin, případ přidělí vedoucí."},
      {8, "Přijetí oznámení, posouzení naléhavosti a přidělení případu", "2023-09-01",
       "Revize po sebehodnocení: lhůty, záznam o posouzení naléhavosti, zastupování při nepřítomnosti",
       "Oznámení přijímá službukonající pracovník, naléhavost posoudí neprodleně, nejpozději do 24 hodin; "
       "záznam o posouzení je součástí spisu; případ přidělí vedoucí do 2 pracovních dnů."},
      {14, "Spolupráce s dalšími subjekty", "2022-03-01", "",
       "Pravidelná setkání s partnery (školy, policie, poskytovatelé) jednou za tři měsíce; zápisy ze setkání."},
  };
}

struct SnapshotSpec {
  const char* as_of;
  long long cases;
  long long children;
  std::vector<std::pair<const char*, double>> workers;
};

std::vector<SnapshotSpec> snapshots() {
  const char* sw = "sociální pracovník/pracovnice OSPOD";
  const char* head = "vedoucí oddělení";
  const char* kur = "kurátor pro mládež";
  return {{"2023-01-01", 412, 11800, {{head, 1}, {sw, 1}, {sw, 1}, {sw, 1}, {sw, 0.5}, {kur, 1}}},
          {"2024-01-01", 438, 11650, {{head, 1}, {sw, 1}, {sw, 1}, {sw, 1}, {sw, 1}, {kur, 1}}},
          {"2025-01-01", 455, 11500, {{head, 1}, {sw, 1}, {sw, 1}, {sw, 1}, {sw, 1}, {sw, 0.5}, {kur, 1}}}};
}

long long service_of(const DemoContext& ctx, const std::string& key) {
  auto it = ctx.services.find(key);
  return it == ctx.services.end() ? 0 : it->second;
}

void write_supervisions(soci::session& s, const DemoContext& ctx, QualityCareDemoSummary& out) {
  const long long provider = ctx.main_provider_id;
  if (!provider) return;
  const auto& caller = demo_caller();
  const auto findings = qapp::provider_findings(s, caller, provider);
  const auto existing = qapp::list_supervisions(s, caller, {provider, 0, std::nullopt});
  for (const auto& spec : supervisions()) {
    qapp::SupervisionInput in;
    in.provider_org_id = provider;
    in.recorded_by_org_id = spec.by_audit_body && ctx.audit_body_id ? ctx.audit_body_id : provider;
    in.kind = *qc::parse_supervision_kind(spec.kind);
    in.form = *qc::parse_supervision_form(spec.form);
    in.supervisor = spec.supervisor;
    in.held_on = spec.held_on;
    in.hours = spec.hours;
    in.topics = spec.topics;
    for (const auto& [name, team] : spec.participants) in.participants.push_back({name, team});
    if (spec.link_finding && !findings.empty()) {
      in.finding_ids = std::vector<long long>{findings.front().id};
      ++out.linked_findings;
    }
    auto same = std::find_if(existing.begin(), existing.end(), [&](const auto& e) {
      return e.row.held_on == in.held_on && e.row.supervisor == in.supervisor;
    });
    if (same != existing.end())
      must(qapp::update_supervision(s, caller, same->row.id, in), "supervision");
    else
      must(qapp::record_supervision(s, caller, in), "supervision");
    ++out.supervisions;
  }
}

void write_ospod(soci::session& s, const DemoContext& ctx, QualityCareDemoSummary& out) {
  const long long office = ctx.ospod_id;
  if (!office) return;
  const auto& caller = demo_caller();
  const auto existing = must(qapp::get_procedures(s, caller, office), "procedures");
  std::map<int, int> seen;  // standard → versions of the spec so far
  for (const auto& spec : procedures()) {
    const int version = ++seen[spec.standard];
    ++out.procedures;
    const bool have = std::any_of(existing.standards.begin(), existing.standards.end(), [&](const auto& st) {
      return st.standard.number == spec.standard &&
             std::any_of(st.versions.begin(), st.versions.end(), [&](const auto& p) { return p.version == version; });
    });
    if (have) continue;
    must(qapp::add_procedure_version(s, caller, office,
                                     {spec.standard, spec.title, spec.content, spec.approved_on,
                                      "vedoucí odboru sociálních věcí", spec.approved_on, spec.change_note}),
         "procedure");
  }
  const auto staffing = must(qapp::get_staffing(s, caller, office), "staffing");
  for (const auto& spec : snapshots()) {
    qapp::SnapshotInput in;
    in.as_of = spec.as_of;
    in.cases = spec.cases;
    in.children = spec.children;
    in.note = "Počet dětí podle ČSÚ k 1. 1., počet případů podle spisové evidence.";
    for (const auto& [job, fte] : spec.workers) in.workers.push_back({"", job, fte});
    const auto& snaps = staffing.snapshots;
    auto same = std::find_if(snaps.begin(), snaps.end(), [&](const auto& x) { return x.snapshot.as_of == in.as_of; });
    if (same != snaps.end())
      must(qapp::correct_staffing(s, caller, office, same->snapshot.id, in), "staffing");
    else
      must(qapp::record_staffing(s, caller, office, in), "staffing");
    ++out.snapshots;
  }
}

// The plan of Domov Pod Zvičinou, created or rewritten, emptied of its milestones and places.
long long write_plan(soci::session& s, long long service) {
  const auto& caller = demo_caller();
  qapp::PlanInput in;
  in.title = "Transformace Domova Pod Zvičinou 2022–2027";
  in.description =
      "Postupné snížení kapacity domova ze 60 na 12 míst a přechod klientů do chráněného bydlení a podpory "
      "samostatného bydlení v běžné zástavbě Dvora Králové nad Labem a Hořic.";
  in.baseline_capacity = 60;
  in.target_capacity = 12;
  in.baseline_on = "2022-01-01";
  in.target_on = "2027-12-31";
  in.status = qc::PlanStatus::in_progress;
  qapp::PlanDetail plan;
  if (auto id = qapp::find_plan(s, service, *in.title)) {
    plan = must(qapp::update_plan(s, caller, *id, in), "plan");
  } else {
    in.service_id = service;
    plan = must(qapp::create_plan(s, caller, in), "plan");
  }
  for (const auto& m : plan.summary.milestones) must(qapp::delete_milestone(s, caller, m.id), "milestone");
  for (const auto& p : plan.places) must(qapp::delete_place(s, caller, p.place.id), "place");
  return plan.summary.plan.id;
}

void write_transformation(soci::session& s, const DemoContext& ctx, QualityCareDemoSummary& out) {
  const long long home = service_of(ctx, "domov-pod-zvicinou/12/dvur");
  const long long sheltered = service_of(ctx, "domov-pod-zvicinou/15/dvur");
  const long long sheltered_horice = service_of(ctx, "domov-pod-zvicinou/15/horice");
  const long long independent = service_of(ctx, "domov-pod-zvicinou/7/dvur");
  if (!home) return;
  const auto& caller = demo_caller();
  const long long plan = write_plan(s, home);
  ++out.plans;

  using K = qc::MilestoneKind;
  const auto milestone = [&](K kind, const char* title, const char* planned, const char* done,
                             std::optional<long long> capacity, long long service, std::optional<long long> moved) {
    qapp::MilestoneInput m{kind, title, planned, done, capacity, {}, moved, ""};
    if (service) m.new_service_id = service;
    must(qapp::add_milestone(s, caller, plan, m), "milestone");
    ++out.milestones;
  };
  milestone(K::community_service, "Otevření chráněného bydlení ve Dvoře Králové", "2022-09-01", "2022-10-01", {},
            sheltered, {});
  milestone(K::client_moves, "Přestěhování prvních klientů do chráněného bydlení", "2022-10-31", "2022-11-15", {}, 0,
            8);
  milestone(K::capacity_reduction, "Snížení kapacity domova na 48 míst", "2022-12-31", "2023-01-31", 48, 0, {});
  milestone(K::community_service, "Otevření chráněného bydlení v Hořicích", "2023-09-01", "2023-09-01", {},
            sheltered_horice, {});
  milestone(K::capacity_reduction, "Snížení kapacity domova na 36 míst", "2024-03-31", "2024-06-30", 36, 0, {});
  milestone(K::client_moves, "Přechod klientů do podpory samostatného bydlení", "2024-12-31", "", {}, 0, 6);
  milestone(K::community_service, "Rozšíření podpory samostatného bydlení", "2025-06-30", "", {}, independent, {});
  milestone(K::capacity_reduction, "Snížení kapacity domova na 24 míst", "2026-06-30", "", 24, 0, {});
  milestone(K::capacity_reduction, "Cílová kapacita 12 míst", "2027-12-31", "", 12, 0, {});
  milestone(K::other, "Závěrečné hodnocení transformace s klienty a opatrovníky", "2027-12-31", "", {}, 0, {});

  const auto place = [&](const char* name, const char* address, long long service, bool ordinary, long long capacity,
                         const char* households, bool equipment, const char* equipment_note, bool separated,
                         const char* note) {
    qapp::PlaceInput p{{name, address, capacity, qc::parse_household_sizes(households).value_or(std::vector<int>{}),
                        equipment_note, note},
                       {},
                       ordinary,
                       equipment,
                       separated};
    if (service) p.service_id = service;
    must(qapp::add_place(s, caller, plan, p), "place");
    ++out.places;
  };
  place("Byty v ulici Legionářská", "Legionářská 12, Dvůr Králové nad Labem", sheltered, true, 6, "3;3", true,
        "Dva byty 3+1, každý s vlastní kuchyní a koupelnou.", true, "");
  place("Rodinný dům Hořice", "Husova 405, Hořice", sheltered_horice, true, 8, "4;4", true,
        "Dvě bytové jednotky v jednom domě.", false,
        "Kancelář personálu je v přízemí domu; přesun kanceláře je v plánu na rok 2026.");
  place("Pavilon C v areálu domova", "Areál Domova Pod Zvičinou", 0, false, 10, "5;5", false,
        "Společná kuchyně pro celé patro.", false, "Dočasné řešení do dokončení dalších bytů.");

  // Community-service limits of the region: example data, marked unverified; never overwrite the region's own.
  if (ctx.region_id) {
    const auto limits = must(qapp::get_limits(s, caller, ctx.region_id), "limits").limits;
    if (!limits.updated_at || limits.source.rfind("Demo:", 0) == 0)
      must(
          qapp::put_limits(s, caller, ctx.region_id,
                           {6, 4, 2, "Demo: příklad hodnot – ověřte podle Kritérií MPSV (verze od 1. 4. 2022)", false}),
          "limits");

    struct IndicatorSpec {
      const char* code;
      const char* name;
      const char* unit;
      qc::IndicatorDirection direction;
      const char* description;
      double values[3];
    };
    using D = qc::IndicatorDirection;
    const IndicatorSpec indicators[] = {
        {"own_key",
         "Klienti s vlastním klíčem od bytu",
         "%",
         D::higher,
         "Podíl klientů transformovaných služeb, kteří mají vlastní klíč od bytu a pokoje.",
         {35, 58, 74}},
        {"paid_work",
         "Klienti v placeném zaměstnání",
         "%",
         D::higher,
         "Podíl klientů s pracovní smlouvou nebo dohodou (i podporované zaměstnání).",
         {4, 9, 13}},
        {"community_activities",
         "Volnočasové aktivity mimo službu",
         "aktivit/měsíc",
         D::higher,
         "Průměrný počet aktivit klienta v běžném prostředí (kultura, sport, spolky) za měsíc.",
         {1.2, 2.6, 3.4}},
        {"restrictive_measures",
         "Použití opatření omezujících pohyb",
         "případů/rok",
         D::lower,
         "Počet použití opatření omezujících pohyb osob (§ 89 zákona o sociálních službách) za rok.",
         {14, 9, 5}},
    };
    const char* periods[] = {"2023", "2024", "2025"};
    std::vector<qapp::ValueInput> values;
    for (const auto& spec : indicators) {
      const qapp::IndicatorInput in{ctx.region_id,          {spec.code, spec.name, {}, {}}, spec.direction,
                                    std::string(spec.unit), std::string(spec.description),  false};
      const auto id = qapp::find_indicator(s, ctx.region_id, spec.code);
      const auto saved = id ? must(qapp::update_indicator(s, caller, *id, in), "indicator")
                            : must(qapp::create_indicator(s, caller, in), "indicator");
      ++out.indicators;
      for (int k = 0; k < 3; ++k) values.push_back({saved.id, periods[k], spec.values[k], ""});
    }
    must(qapp::put_values(s, caller, plan, values), "values");
    out.values = static_cast<int>(values.size());
  }
}

}  // namespace

std::string QualityCareDemoSummary::text() const {
  return "  quality care  " + std::to_string(supervisions) + " consultations and supervisions (" +
         std::to_string(linked_findings) + " linked to findings), " + std::to_string(procedures) +
         " OSPOD procedure versions, " + std::to_string(snapshots) + " staffing snapshots; " + std::to_string(plans) +
         " transformation plan with " + std::to_string(milestones) + " milestones, " + std::to_string(places) +
         " community places, " + std::to_string(indicators) + " inclusion indicators with " + std::to_string(values) +
         " values\n";
}

QualityCareDemoSummary write_quality_care_demo(soci::session& s, const DemoContext& ctx) {
  QualityCareDemoSummary out;
  write_supervisions(s, ctx, out);
  write_ospod(s, ctx, out);
  write_transformation(s, ctx, out);
  return out;
}

}  // namespace kvalis::demo
