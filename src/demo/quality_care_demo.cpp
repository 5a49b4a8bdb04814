// Quality care demo data (see quality_care_demo.hpp). Names of workers are fictional staff names; clients
// appear only as counts.
#include "demo/quality_care_demo.hpp"

#include <algorithm>

#include "platform/store/database.hpp"
#include "quality/store/quality_care_repo.hpp"

namespace kvalis::demo {
namespace {

namespace repo = store::quality_care_repo;

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
      {"2024-02-14", "supervision", "team", "Mgr. Hana Veselá", 3, "Hranice ve vztahu s klientem", false, false,
       {{"Jana Nováková", kField}, {"Petr Svoboda", kField}, {"Lucie Malá", kField}}},
      {"2024-03-20", "supervision", "group", "Mgr. Hana Veselá", 2.5, "Individuální plánování, zapojení klienta",
       false, true, {{"Eva Dvořáková", kHome}, {"Marie Černá", kHome}, {"Tomáš Král", kHome}, {"Jana Nováková", kField}}},
      {"2024-04-10", "consultation", "case", "Institut kvality sociálních služeb", 2,
       "Pravidla pro stížnosti po auditu", true, true, {{"Marie Černá", kHome}, {"Ondřej Beneš", kPrevention}}},
      {"2024-06-05", "supervision", "individual", "PhDr. Karel Horák", 1.5, "Vedení týmu", false, false,
       {{"Tomáš Král", kHome}}},
      {"2024-09-18", "supervision", "team", "Mgr. Hana Veselá", 3, "Práce s agresivním klientem", false, false,
       {{"Ondřej Beneš", kPrevention}, {"Klára Benešová", kPrevention}, {"Petr Svoboda", kField}}},
      {"2024-11-27", "supervision", "case", "PhDr. Karel Horák", 2, "Kazuistika – ukončení služby", false, false,
       {{"Eva Dvořáková", kHome}, {"Marie Černá", kHome}}},
      {"2025-01-22", "supervision", "group", "Mgr. Hana Veselá", 3, "Syndrom vyhoření", false, false,
       {{"Jana Nováková", kField}, {"Lucie Malá", kField}, {"Klára Benešová", kPrevention}}},
      {"2025-03-12", "consultation", "team", "Institut kvality sociálních služeb", 2,
       "Ověření opatření k individuálnímu plánování", true, true, {{"Eva Dvořáková", kHome}, {"Tomáš Král", kHome}}},
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
  const auto findings = repo::provider_findings(s, provider);
  repo::SupervisionQuery q;
  q.scope.all = true;
  q.provider_org_id = provider;
  const auto existing = repo::list_supervisions(s, q);
  const long long now = store::now_epoch();
  for (const auto& spec : supervisions()) {
    repo::SupervisionRow r;
    r.provider_org_id = provider;
    r.recorded_by_org_id = spec.by_audit_body && ctx.audit_body_id ? ctx.audit_body_id : provider;
    r.kind = spec.kind;
    r.form = spec.form;
    r.supervisor = spec.supervisor;
    r.held_on = spec.held_on;
    r.hours = spec.hours;
    r.topics = spec.topics;
    for (const auto& [name, team] : spec.participants) r.participants.push_back({name, team});
    if (spec.link_finding && !findings.empty()) {
      r.findings.push_back(findings.front());
      ++out.linked_findings;
    }
    auto same = std::find_if(existing.begin(), existing.end(), [&](const auto& e) {
      return e.held_on == r.held_on && e.supervisor == r.supervisor;
    });
    if (same != existing.end()) {
      r.id = same->id;
      r.updated_at = now;
      repo::update_supervision(s, r);
    } else {
      r.created_at = r.updated_at = now;
      repo::insert_supervision(s, r);
    }
    ++out.supervisions;
  }
}

void write_ospod(soci::session& s, const DemoContext& ctx, QualityCareDemoSummary& out) {
  const long long office = ctx.ospod_id;
  if (!office) return;
  const auto existing = repo::list_procedures(s, office);
  std::map<int, int> seen;  // standard → versions of the spec so far
  for (const auto& spec : procedures()) {
    const int version = ++seen[spec.standard];
    ++out.procedures;
    const bool have = std::any_of(existing.begin(), existing.end(), [&](const auto& p) {
      return p.standard_number == spec.standard && p.version == version;
    });
    if (have) continue;
    repo::ProcedureRow p;
    p.office_org_id = office;
    p.standard_number = spec.standard;
    p.title = spec.title;
    p.content = spec.content;
    p.approved_on = p.effective_from = spec.approved_on;
    p.approved_by = "vedoucí odboru sociálních věcí";
    p.change_note = spec.change_note;
    p.created_at = store::now_epoch();
    repo::insert_procedure(s, p);
  }
  const auto snaps = repo::list_snapshots(s, office);
  for (const auto& spec : snapshots()) {
    repo::SnapshotRow r;
    r.office_org_id = office;
    r.as_of = spec.as_of;
    r.cases = spec.cases;
    r.children = spec.children;
    r.note = "Počet dětí podle ČSÚ k 1. 1., počet případů podle spisové evidence.";
    for (const auto& [job, fte] : spec.workers) r.workers.push_back({"", job, fte});
    auto same = std::find_if(snaps.begin(), snaps.end(), [&](const auto& x) { return x.as_of == r.as_of; });
    if (same != snaps.end()) {
      r.id = same->id;
      repo::update_snapshot(s, r);
    } else {
      repo::insert_snapshot(s, r, 0);
    }
    ++out.snapshots;
  }
}

void write_transformation(soci::session& s, const DemoContext& ctx, QualityCareDemoSummary& out) {
  const long long home = service_of(ctx, "domov-pod-zvicinou/12/dvur");
  const long long sheltered = service_of(ctx, "domov-pod-zvicinou/15/dvur");
  const long long sheltered_horice = service_of(ctx, "domov-pod-zvicinou/15/horice");
  const long long independent = service_of(ctx, "domov-pod-zvicinou/7/dvur");
  auto svc = home ? repo::get_service(s, home) : std::nullopt;
  if (!svc) return;
  repo::PlanRow plan;
  plan.service_id = svc->id;
  plan.provider_org_id = svc->provider_org_id;
  plan.title = "Transformace Domova Pod Zvičinou 2022–2027";
  plan.description =
      "Postupné snížení kapacity domova ze 60 na 12 míst a přechod klientů do chráněného bydlení a podpory "
      "samostatného bydlení v běžné zástavbě Dvora Králové nad Labem a Hořic.";
  plan.baseline_capacity = 60;
  plan.target_capacity = 12;
  plan.baseline_on = "2022-01-01";
  plan.target_on = "2027-12-31";
  plan.status = "in_progress";
  if (auto id = repo::find_plan(s, svc->id, plan.title)) {
    plan.id = *id;
    repo::update_plan(s, plan);
  } else {
    plan.id = repo::insert_plan(s, plan, 0);
  }
  ++out.plans;
  for (const auto& m : repo::list_milestones(s, plan.id)) repo::delete_milestone(s, m.id);
  for (const auto& p : repo::list_places(s, plan.id)) repo::delete_place(s, p.id);

  const auto milestone = [&](const char* kind, const char* title, const char* planned, const char* done,
                             std::optional<long long> capacity, long long service, std::optional<long long> moved) {
    repo::MilestoneRow m;
    m.plan_id = plan.id;
    m.kind = kind;
    m.title = title;
    m.planned_on = planned;
    m.done_on = done;
    m.capacity_after = capacity;
    if (service) m.new_service_id = service;
    m.clients_moved = moved;
    repo::insert_milestone(s, m);
    ++out.milestones;
  };
  milestone("community_service", "Otevření chráněného bydlení ve Dvoře Králové", "2022-09-01", "2022-10-01", {},
            sheltered, {});
  milestone("client_moves", "Přestěhování prvních klientů do chráněného bydlení", "2022-10-31", "2022-11-15", {}, 0, 8);
  milestone("capacity_reduction", "Snížení kapacity domova na 48 míst", "2022-12-31", "2023-01-31", 48, 0, {});
  milestone("community_service", "Otevření chráněného bydlení v Hořicích", "2023-09-01", "2023-09-01", {},
            sheltered_horice, {});
  milestone("capacity_reduction", "Snížení kapacity domova na 36 míst", "2024-03-31", "2024-06-30", 36, 0, {});
  milestone("client_moves", "Přechod klientů do podpory samostatného bydlení", "2024-12-31", "", {}, 0, 6);
  milestone("community_service", "Rozšíření podpory samostatného bydlení", "2025-06-30", "", {}, independent, {});
  milestone("capacity_reduction", "Snížení kapacity domova na 24 míst", "2026-06-30", "", 24, 0, {});
  milestone("capacity_reduction", "Cílová kapacita 12 míst", "2027-12-31", "", 12, 0, {});
  milestone("other", "Závěrečné hodnocení transformace s klienty a opatrovníky", "2027-12-31", "", {}, 0, {});

  const auto place = [&](const char* name, const char* address, long long service, bool ordinary, long long capacity,
                         const char* households, bool equipment, const char* equipment_note, bool separated,
                         const char* note) {
    repo::PlaceRow p;
    p.plan_id = plan.id;
    p.name = name;
    p.address = address;
    if (service) p.service_id = service;
    p.ordinary_housing = ordinary;
    p.capacity = capacity;
    p.household_sizes = households;
    p.equipment_complete = equipment;
    p.equipment_note = equipment_note;
    p.support_separated = separated;
    p.note = note;
    repo::insert_place(s, p);
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
    const auto limits = repo::get_limits(s, ctx.region_id);
    if (!limits.updated_at || limits.source.rfind("Demo:", 0) == 0)
      repo::put_limits(s, ctx.region_id,
                       {6, 4, 2, "Demo: příklad hodnot – ověřte podle Kritérií MPSV (verze od 1. 4. 2022)", false, 0}, 0);

    struct IndicatorSpec {
      const char* code;
      const char* name;
      const char* unit;
      const char* direction;
      const char* description;
      double values[3];
    };
    const IndicatorSpec indicators[] = {
        {"own_key", "Klienti s vlastním klíčem od bytu", "%", "higher",
         "Podíl klientů transformovaných služeb, kteří mají vlastní klíč od bytu a pokoje.", {35, 58, 74}},
        {"paid_work", "Klienti v placeném zaměstnání", "%", "higher",
         "Podíl klientů s pracovní smlouvou nebo dohodou (i podporované zaměstnání).", {4, 9, 13}},
        {"community_activities", "Volnočasové aktivity mimo službu", "aktivit/měsíc", "higher",
         "Průměrný počet aktivit klienta v běžném prostředí (kultura, sport, spolky) za měsíc.", {1.2, 2.6, 3.4}},
        {"restrictive_measures", "Použití opatření omezujících pohyb", "případů/rok", "lower",
         "Počet použití opatření omezujících pohyb osob (§ 89 zákona o sociálních službách) za rok.", {14, 9, 5}},
    };
    const char* periods[] = {"2023", "2024", "2025"};
    std::vector<repo::ValueRow> values;
    for (const auto& spec : indicators) {
      repo::IndicatorRow i{0, ctx.region_id, spec.code, spec.name, spec.unit, spec.direction, spec.description, false};
      if (auto id = repo::find_indicator(s, ctx.region_id, spec.code)) {
        i.id = *id;
        repo::update_indicator(s, i);
      } else {
        i.id = repo::insert_indicator(s, i);
      }
      ++out.indicators;
      for (int k = 0; k < 3; ++k) values.push_back({i.id, periods[k], spec.values[k], ""});
    }
    repo::put_values(s, plan.id, values, 0);
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
