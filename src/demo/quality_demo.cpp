// Quality-audit demo data (see quality_demo.hpp). The SQSS criteria are those of the built-in set (only the
// criteria whose official wording is already in catalogues/criteria.csv); the audit body's process-audit
// checklist is its own set, so its wording is the demo's. Assessments, notes, findings and actions are
// invented but follow what audits of residential services in transformation typically find (seed 001):
// fixed daily routines, money kept by the institution, no written rules for restrictive measures,
// personal goals recorded only in general terms.
#include "demo/quality_demo.hpp"

#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "accounts/core/caller.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/database.hpp"
#include "quality/app/actions.hpp"
#include "quality/app/audits.hpp"
#include "quality/app/sets.hpp"
#include "quality/core/scale.hpp"
#include "quality/core/scoring.hpp"

namespace kvalis::demo {
namespace {

namespace qapp = quality::app;

// A use case's result, or the demo stops: demo data must pass the checks user input passes.
template <class T>
T checked(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("quality demo: " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(r.value());
}
void checked(const Status& st, const std::string& what) {
  if (!st) throw std::runtime_error("quality demo: " + what + ": " + st.error().message_key + " " + st.error().field);
}

long long at(const std::string& date, int hour = 9) { return *parse_timestamp(date) + hour * 3600LL; }

// ---- the audit body's own checklist for process audits of residential services --------------------------

constexpr const char* kChecklistCode = "PROCES-POB";

struct ChecklistCriterion {
  int standard;
  const char* letter;
  const char* essential;
  const char* text;
};

const std::vector<qapp::QStandardInput>& checklist_standards() {
  static const std::vector<qapp::QStandardInput> kStandards = {
      {.number = 1, .name_cs = "Individuální plánování a podpora", .part = ""},
      {.number = 2, .name_cs = "Ochrana práv a svoboda rozhodování", .part = ""},
      {.number = 3, .name_cs = "Běžný způsob života", .part = ""},
      {.number = 4, .name_cs = "Personální zajištění a vedení", .part = ""},
  };
  return kStandards;
}

const std::vector<ChecklistCriterion>& checklist_criteria() {
  static const std::vector<ChecklistCriterion> kCriteria = {
      {1, "a", "yes",
       "Každý uživatel má individuální plán, který vychází z jeho osobních cílů, a plán se s ním pravidelně "
       "hodnotí."},
      {1, "b", "no", "Pracovníci znají osobní cíle uživatelů, se kterými pracují, a podporu podle nich poskytují."},
      {1, "c", "no", "Podpora se poskytuje v přirozeném prostředí (nákupy, úřady, lékař, volný čas mimo zařízení)."},
      {2, "a", "yes",
       "Uživatelé mají přístup ke svým penězům a rozhodují o nich sami nebo s podporou; každé omezení je písemně "
       "zdůvodněno."},
      {2, "b", "yes",
       "Opatření omezující pohyb se nepoužívají, nebo jen v souladu s § 89 zákona o sociálních službách a se "
       "záznamem o každém použití."},
      {2, "c", "no", "Uživatelé mohou přijímat návštěvy v soukromí a bez omezení návštěvními hodinami."},
      {3, "a", "no", "Denní režim (vstávání, jídlo, večerka) se řídí přáním uživatelů, ne provozem zařízení."},
      {3, "b", "no", "Uživatelé se podle svých možností podílejí na chodu domácnosti (vaření, úklid, praní)."},
      {3, "c", "no",
       "Uživatelé mají vlastní pokoj nebo si spolubydlícího sami vybrali; pokoj si mohou zařídit a zamykat."},
      {4, "a", "yes", "Počet pracovníků v přímé péči odpovídá potřebám uživatelů ve všech směnách včetně víkendů."},
      {4, "b", "no", "Pracovníci mají pravidelnou supervizi a metodické vedení k práci s individuálními plány."},
  };
  return kCriteria;
}

long long ensure_checklist(soci::session& s, const DemoContext& ctx, const accounts::Caller& auditor) {
  if (auto id = qapp::latest_set_version(s, kChecklistCode)) return *id;
  qapp::QSetInput v;
  v.code = kChecklistCode;
  v.name = "Procesní audit pobytové služby – kontrolní list";
  v.description =
      "Kontrolní list auditního subjektu pro procesní audity pobytových služeb v transformaci: individuální "
      "plánování, práva uživatelů, běžný způsob života a personální zajištění.";
  v.valid_from = "2024-01-01";
  v.owner_org_id = ctx.audit_body_id;
  v.change_note = "První verze kontrolního listu.";
  v.standards = checklist_standards();
  for (const auto& c : checklist_criteria())
    v.criteria.push_back({.standard = c.standard,
                          .letter = c.letter,
                          .essential = c.essential,
                          .text_cs = c.text,
                          .source = "Institut kvality sociálních služeb, metodika procesních auditů",
                          .note = std::nullopt});
  return checked(qapp::create_set(s, auditor, v, at("2024-01-08")), "checklist");
}

// ---- templates ---------------------------------------------------------------------------------------

enum Template { kSqss, kSelf, kOspod, kProcess };

long long latest_set(soci::session& s, const std::string& code) {
  auto id = qapp::latest_set_version(s, code);
  if (!id) throw std::runtime_error("quality demo: the built-in standard set " + code + " is missing");
  return *id;
}

qapp::QTemplateInput template_input(std::optional<long long> owner, const char* name, const char* description,
                                    long long set_id, const quality::Scale& scale, const quality::PassRule& rule,
                                    std::vector<qapp::QWeight> weights = {}) {
  qapp::QTemplateInput t;
  t.owner_org_id = owner;
  t.name = name;
  t.description = description;
  t.set_id = set_id;
  qapp::QScaleInput sc;
  sc.code = scale.code;
  sc.name_cs = scale.name_cs;
  sc.name_en = scale.name_en;
  for (const auto& l : scale.levels) sc.levels.push_back({l.code, l.label_cs, l.label_en, l.points});
  t.scale = sc;
  t.pass_rule =
      qapp::QPassRuleInput{rule.essential_min_points, rule.min_share, rule.min_share_per_standard, std::nullopt};
  t.weights = std::move(weights);
  return t;
}

// The template by its name and owner: changed to the demo's definition when it exists, else created.
long long ensure_template(soci::session& s, const accounts::Caller& caller, qapp::QTemplateInput t) {
  const std::string what = "template " + t.name.value_or("");
  if (auto id = qapp::template_named(s, t.name.value_or(""), t.owner_org_id)) {
    t.owner_org_id.reset();  // the owner never changes
    checked(qapp::update_template(s, caller, *id, t, at("2024-01-10")), what);
    return *id;
  }
  return checked(qapp::create_template(s, caller, t, at("2024-01-10")), what);
}

std::map<Template, long long> ensure_templates(soci::session& s, const DemoContext& ctx, const accounts::Caller& caller,
                                               long long checklist) {
  std::map<Template, long long> out;
  quality::PassRule sqss_rule;
  sqss_rule.essential_min_points = 2;
  sqss_rule.min_share = 0.6;
  out[kSqss] = ensure_template(
      s, caller,
      template_input(ctx.audit_body_id, "Audit kvality podle SQSS (0–3 body)",
                     "Externí audit podle standardů kvality sociálních služeb, bodování 0–3 jako při inspekcích. "
                     "Vyhoví, má-li každé zásadní kritérium alespoň 2 body a celkem alespoň 60 % maxima.",
                     latest_set(s, "SQSS"), quality::points_0_3_scale(), sqss_rule));
  quality::PassRule met_rule;
  met_rule.essential_min_points = 2;  // "splněno"
  out[kSelf] = ensure_template(
      s, caller,
      template_input(ctx.region_id, "Sebehodnocení (splněno/částečně/nesplněno)",
                     "Sebehodnocení poskytovatele podle standardů kvality; každé zásadní kritérium musí být splněno.",
                     latest_set(s, "SQSS"), quality::met_partly_scale(), met_rule));
  quality::PassRule ospod_rule;
  ospod_rule.essential_min_points = 2;
  ospod_rule.min_share = 0.75;
  out[kOspod] = ensure_template(
      s, caller,
      template_input(ctx.region_id, "Sebehodnocení OSPOD podle standardů kvality",
                     "Sebehodnocení orgánu sociálně-právní ochrany dětí podle přílohy č. 1 vyhlášky č. 473/2012 Sb.; "
                     "vyhoví, jsou-li zásadní kritéria splněna a celkem alespoň 75 % maxima.",
                     latest_set(s, "OSPOD"), quality::met_partly_scale(), ospod_rule));
  quality::PassRule process_rule;
  process_rule.essential_min_points = 2;
  process_rule.min_share = 0.7;
  out[kProcess] = ensure_template(
      s, caller,
      template_input(ctx.audit_body_id, "Procesní audit pobytové služby (splněno/částečně/nesplněno)",
                     "Procesní audit pobytové služby v transformaci podle kontrolního listu auditního subjektu; "
                     "kritérium 2b (omezující opatření) má dvojnásobnou váhu.",
                     checklist, quality::met_partly_scale(), process_rule, {{"2b", 2.0}}));
  return out;
}

// ---- audits ------------------------------------------------------------------------------------------

struct ActionSpec {
  std::string text = "";
  std::string owner = "";
  std::string due = "";
  std::string status = "";       // open | in_progress | done | verified
  std::string started = "";      // open → in_progress
  std::string first_done = "";   // done before a rejection
  std::string rejected_on = "";  // done → in_progress by the verifier
  std::string rejection = "";
  std::string done = "";  // done (again)
  std::string verified = "";
  std::string evidence = "";   // of the verification
  std::string indicator = "";  // benchmark indicator of the residential group it should improve
};

struct FindingSpec {
  std::string code = "";
  std::string severity = "";
  std::string text = "";
  std::string recommendation = "";
  std::vector<ActionSpec> actions = {};
};

struct AuditSpec {
  std::string title = "";
  std::string type = "";
  Template tmpl = kSqss;
  std::string service_key = "";        // empty: the OSPOD office
  std::string conductor = "";          // audit_body | provider | ospod
  std::vector<std::string> team = {};  // logins, the leader first
  std::vector<std::string> methods = {};
  std::string place = "";
  std::string starts = "";
  std::string ends = "";
  std::string levels = "";  // "1a=3;1b=2"
  std::map<std::string, std::string> notes = {};
  std::string summary = "";
  std::vector<FindingSpec> findings = {};
  std::string previous = "";  // title of the previous audit of the same service
  bool draft = false;
};

const std::vector<std::string> kAllMethods = {"document_study", "interviews_users", "interviews_staff", "observation",
                                              "records_review"};
const std::vector<std::string> kExternalTeam = {"auditor", "kraj.referent"};
const std::vector<std::string> kResidentialTeam = {"auditor", "kraj.referent", "kraj.admin"};

std::vector<AuditSpec> audit_specs() {
  std::vector<AuditSpec> a;

  // Domov pro seniory Na Stráni: failed in 2024 (two essential criteria), passed the follow-up in 2025.
  a.push_back({
      .title = "Externí audit kvality 2024",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "domov-na-strani/13/jaromer",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = kAllMethods,
      .place = "Domov pro seniory Na Stráni, Jaroměř",
      .starts = "2024-04-16",
      .ends = "2024-04-17",
      .levels = "1a=2;1b=2;1c=1;1d=2;2a=1;3a=2;3b=2;3c=1;4a=2",
      .notes = {{"1a", "Poslání je zveřejněno na webu i na nástěnce; pracovníci ho umějí vlastními slovy popsat."},
                {"1c",
                 "Postupy ranní hygieny a podávání stravy neodpovídají praxi; pracovníci postupují podle ústních "
                 "pokynů vedoucích směn."},
                {"2a",
                 "Pravidla jsou obecná, nepopisují rizikové situace služby (hospodaření s penězi, zamykání "
                 "oddělení)."},
                {"3c", "Odmítnutí zájemci pro nedostatek kapacity se neevidují."}},
      .summary = "Služba má srozumitelně formulované poslání a vstřícný přístup pracovníků. Nevyhověla ve dvou "
                 "zásadních kritériích: pracovní postupy přímé péče neodpovídají praxi a pravidla ochrany práv "
                 "nepopisují rizikové situace služby.",
      .findings =
          {{.code = "1c",
            .severity = "high",
            .text = "Písemné pracovní postupy přímé péče (ranní hygiena, podávání stravy) neodpovídají tomu, jak "
                    "pracovníci skutečně postupují; noví pracovníci se učí podle ústních pokynů.",
            .recommendation = "Aktualizovat postupy s pracovníky přímé péče a zavést kontrolu jejich dodržování.",
            .actions = {{.text = "Aktualizovat pracovní postupy přímé péče a seznámit s nimi všechny pracovníky",
                         .owner = "Mgr. Eva Pospíšilová, vedoucí úseku péče",
                         .due = "2024-09-30",
                         .status = "verified",
                         .started = "2024-05-06",
                         .done = "2024-09-20",
                         .verified = "2024-10-15",
                         .evidence = "Postupy verze 2024/2 a podpisové archy 38 pracovníků; ověřeno při návštěvě "
                                     "15. 10. 2024."},
                        {.text = "Zavést měsíční kontrolu dodržování postupů vedoucími směn",
                         .owner = "Bc. Jitka Marešová, staniční sestra",
                         .due = "2025-03-31",
                         .status = "verified",
                         .started = "2024-11-01",
                         .first_done = "2025-01-20",
                         .rejected_on = "2025-02-05",
                         .rejection = "Záznamy z kontrol chybí za prosinec a leden; doložte kontroly alespoň za tři "
                                      "po sobě jdoucí měsíce.",
                         .done = "2025-05-30",
                         .verified = "2025-10-08",
                         .evidence = "Záznamy z měsíčních kontrol 02–09/2025 doloženy při následném auditu."}}},
           {.code = "2a",
            .severity = "high",
            .text = "Vnitřní pravidla pro předcházení porušování práv nepopisují situace specifické pro službu "
                    "(hospodaření s penězi uživatelů, zamykání oddělení v noci).",
            .recommendation = "Doplnit pravidla o rizikové situace a projednat je s uživateli a jejich blízkými.",
            .actions = {{.text = "Doplnit pravidla ochrany práv o rizikové situace služby a projednat je s uživateli",
                         .owner = "Mgr. Eva Pospíšilová, vedoucí úseku péče",
                         .due = "2024-12-31",
                         .status = "verified",
                         .started = "2024-06-03",
                         .done = "2024-12-10",
                         .verified = "2025-01-14",
                         .evidence = "Pravidla ochrany práv verze 01/2025 a zápis z projednání s radou obyvatel."}}},
           {.code = "3c",
            .severity = "medium",
            .text = "Zájemci odmítnutí pro nedostatek kapacity se neevidují, služba nezná skutečnou poptávku.",
            .recommendation = "Vést evidenci odmítnutých zájemců podle § 88 písm. g) zákona o sociálních službách.",
            .actions = {{.text = "Vést evidenci odmítnutých zájemců včetně důvodu odmítnutí",
                         .owner = "Bc. Lenka Horáková, sociální pracovnice",
                         .due = "2024-07-31",
                         .status = "verified",
                         .started = "2024-05-02",
                         .done = "2024-06-28",
                         .verified = "2024-10-15",
                         .evidence = "Evidence žádostí a odmítnutí za 05–09/2024 předložena při návštěvě.",
                         .indicator = "refused_per_100_beds"}}}},
  });
  a.push_back({
      .title = "Následný audit kvality 2025",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "domov-na-strani/13/jaromer",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = kAllMethods,
      .place = "Domov pro seniory Na Stráni, Jaroměř",
      .starts = "2025-10-07",
      .ends = "2025-10-08",
      .levels = "1a=3;1b=2;1c=2;1d=3;2a=2;3a=3;3b=2;3c=2;4a=3",
      .notes = {{"1c", "Postupy byly přepracovány s pracovníky, vedoucí směn je měsíčně kontrolují."},
                {"2a", "Pravidla doplněna o rizikové situace, uživatelé je znají z rady obyvatel."},
                {"3b", "Osobní cíle zájemců se zapisují, ale často obecně („spokojený život“)."}},
      .summary = "Služba odstranila nedostatky z roku 2024: postupy přímé péče odpovídají praxi a pravidla ochrany "
                 "práv pokrývají rizikové situace. Doporučujeme zpřesnit zjišťování osobních cílů zájemců.",
      .findings = {{.code = "3b",
                    .severity = "low",
                    .text = "Osobní cíle zájemců se zapisují příliš obecně, individuální plán z nich nemůže "
                            "vycházet.",
                    .recommendation = "Proškolit sociální pracovnice v jednání se zájemcem a formulaci cílů.",
                    .actions = {{.text = "Proškolit sociální pracovnice ve zjišťování osobních cílů zájemců",
                                 .owner = "Bc. Lenka Horáková, sociální pracovnice",
                                 .due = "2026-03-31",
                                 .status = "open"}}}},
      .previous = "Externí audit kvality 2024",
  });

  a.push_back({
      .title = "Externí audit kvality 2026",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "domov-pod-zvicinou/12/dvur",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = {"document_study", "interviews_users", "interviews_staff", "observation", "accompanying"},
      .place = "Domov Pod Zvičinou, Dvůr Králové nad Labem",
      .starts = "2026-05-12",
      .ends = "2026-05-13",
      .levels = "1a=3;1b=3;1c=2;1d=2;2a=3;3a=3;3b=2;3c=3;4a=2",
      .notes = {{"1b", "Uživatelé si sami plánují víkendové aktivity, dva se účastní rady obyvatel."},
                {"1d", "Noví pracovníci pravidla pro ochranu před předsudky neznají."}},
      .summary = "Služba plní standardy na vysoké úrovni, zejména v respektování vlastní vůle uživatelů.",
      .findings = {{.code = "1d",
                    .severity = "low",
                    .text = "Pravidla pro ochranu před předsudky a negativním hodnocením nejsou součástí zaškolení "
                            "nových pracovníků.",
                    .recommendation = "Zařadit pravidla do plánu zaškolení.",
                    .actions = {{.text = "Zařadit pravidla ochrany před předsudky do zaškolení nových pracovníků",
                                 .owner = "Mgr. Petra Šolcová, vedoucí přímé péče",
                                 .due = "2026-09-30",
                                 .status = "done",
                                 .started = "2026-06-01",
                                 .done = "2026-09-15"}}}},
  });

  a.push_back({
      .title = "Externí audit kvality 2024",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "domov-lipova-alej/14/broumov",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = kAllMethods,
      .place = "Domov se zvláštním režimem Lipová alej, Broumov",
      .starts = "2024-09-10",
      .ends = "2024-09-11",
      .levels = "1a=2;1b=1;1c=2;1d=1;2a=2;3a=1;3b=1;3c=2;4a=1",
      .notes = {{"1b", "Vstávání, jídlo i večerka jsou pevně stanoveny rozpisem směn."},
                {"3a", "Informace pro zájemce jsou jen v textové podobě, bez verze pro lidi s demencí."},
                {"4a", "Smlouva nemá srozumitelnou verzi pro uživatele s demencí."}},
      .summary = "Služba nevyhověla: uživatelé nemohou ovlivnit denní režim (zásadní kritérium 1b) a celkový "
                 "výsledek je pod 60 % maxima. Pracovníci jsou vstřícní, chybí však metodické vedení.",
      .findings = {{.code = "1b",
                    .severity = "high",
                    .text = "Uživatelé nemají možnost ovlivnit denní režim; vstávání a večerka jsou pevně stanoveny "
                            "podle provozu.",
                    .recommendation = "Pilotně zavést pružný denní režim na jednom oddělení.",
                    .actions = {{.text = "Zavést pružný denní režim na oddělení B a vyhodnotit ho s uživateli",
                                 .owner = "Mgr. Radek Vlček, vedoucí sociálního úseku",
                                 .due = "2025-06-30",
                                 .status = "in_progress",
                                 .started = "2024-10-01"}}},
                   {.code = "4a",
                    .severity = "medium",
                    .text = "Smlouvy nemají srozumitelnou verzi pro uživatele s demencí.",
                    .recommendation = "Připravit zjednodušenou verzi smlouvy s obrázky.",
                    .actions = {{.text = "Připravit zjednodušenou verzi smlouvy pro uživatele s demencí",
                                 .owner = "Bc. Alena Kučerová, sociální pracovnice",
                                 .due = "2025-03-31",
                                 .status = "open"}}},
                   {.code = "3a",
                    .severity = "low",
                    .text = "Informace pro zájemce jsou jen v textové podobě.",
                    .recommendation = "Doplnit informace ve snadno srozumitelné formě."}},
  });

  a.push_back({
      .title = "Externí audit kvality 2025",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "socialni-sluzby-hk/13/hk",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = kAllMethods,
      .place = "Domov pro seniory Pod Zámečkem, Hradec Králové",
      .starts = "2025-02-18",
      .ends = "2025-02-19",
      .levels = "1a=3;1b=2;1c=3;1d=2;2a=2;3a=3;3b=2;3c=2;4a=3",
      .notes = {{"3c", "Postup při odmítnutí zájemce existuje, ale není zveřejněn."}},
      .summary = "Služba standardy plní; doporučení se týká zveřejnění postupu při odmítnutí zájemce.",
      .findings = {{.code = "3c",
                    .severity = "low",
                    .text = "Postup při odmítnutí zájemce není zveřejněn, zájemci ho neznají.",
                    .recommendation = "Zveřejnit postup na webu a v informačním letáku.",
                    .actions = {{.text = "Zveřejnit postup při odmítnutí zájemce na webu a v letáku",
                                 .owner = "Ing. Martina Dostálová, ředitelka",
                                 .due = "2025-04-30",
                                 .status = "verified",
                                 .started = "2025-03-03",
                                 .done = "2025-04-22",
                                 .verified = "2025-05-06",
                                 .evidence = "Leták 2025 a odkaz na webu služby zkontrolovány."}}}},
  });

  a.push_back({
      .title = "Externí audit kvality 2025",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "pecovatelske-centrum-trutnov/4/trutnov",
      .conductor = "audit_body",
      .team = kExternalTeam,
      .methods = {"document_study", "interviews_users", "interviews_staff", "accompanying"},
      .place = "Pečovatelské centrum Trutnov",
      .starts = "2025-03-11",
      .ends = "2025-03-11",
      .levels = "1a=3;1b=3;1c=2;1d=2;2a=2;3a=2;3b=3;3c=na;4a=3",
      .notes = {{"3c", "Služba za sledované období žádného zájemce neodmítla; kritérium nelze hodnotit."},
                {"1b", "Uživatelé si sami volí čas a rozsah úkonů, doprovázení potvrdilo respekt k jejich volbě."}},
      .summary = "Terénní služba vyhověla bez výhrad; auditoři doprovázeli pečovatelky u čtyř uživatelů.",
  });

  a.push_back({
      .title = "Externí audit kvality 2025",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "centrum-slunecnice/15/hk",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = kAllMethods,
      .place = "Chráněné bydlení Slunečnice, Hradec Králové",
      .starts = "2025-05-13",
      .ends = "2025-05-14",
      .levels = "1a=2;1b=1;1c=2;1d=2;2a=2;3a=2;3b=2;3c=2;4a=2",
      .notes = {{"1b", "Uživatelé nemají klíče od svých pokojů; nákupy probíhají jen s doprovodem podle rozpisu."}},
      .summary = "Celkový výsledek je nad hranicí 60 %, služba však nevyhověla v zásadním kritériu 1b: "
                 "uživatelé nemohou uplatňovat vlastní vůli v běžných věcech.",
      .findings = {{.code = "1b",
                    .severity = "high",
                    .text = "Uživatelé nemají klíče od svých pokojů a nakupují jen s doprovodem podle rozpisu "
                            "pracovníků.",
                    .recommendation = "Posoudit individuálně rizika a předat klíče; nákupy plánovat s uživateli.",
                    .actions = {{.text = "Předat uživatelům klíče od pokojů po individuálním posouzení rizik",
                                 .owner = "Mgr. Ondřej Sýkora, vedoucí chráněného bydlení",
                                 .due = "2025-12-31",
                                 .status = "done",
                                 .started = "2025-06-02",
                                 .done = "2025-11-28"},
                                {.text = "Plánovat nákupy s uživateli v individuálních plánech místo rozpisu",
                                 .owner = "Mgr. Ondřej Sýkora, vedoucí chráněného bydlení",
                                 .due = "2026-12-31",
                                 .status = "in_progress",
                                 .started = "2025-09-01"}}}},
  });

  // Charita Kladské pomezí: its staff hold the provider logins, so the provider sees open work here.
  a.push_back({
      .title = "Externí audit kvality 2025",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "charita-kladske-pomezi/13/cerveny-kostelec",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = kAllMethods,
      .place = "Domov U Studánky, Červený Kostelec",
      .starts = "2025-06-03",
      .ends = "2025-06-04",
      .levels = "1a=2;1b=2;1c=2;1d=1;2a=0;3a=2;3b=1;3c=1;4a=2",
      .notes = {{"2a",
                 "Pravidla ochrany práv chybí; při použití opatření omezujících pohyb (postranice) nebyl "
                 "veden záznam."},
                {"3b", "Jednání se zájemcem se soustředí na zdravotní stav, osobní cíle se nezjišťují."},
                {"1d", "Pravidla existují, pracovníci je neznají."}},
      .summary = "Služba nevyhověla: chybějí pravidla ochrany práv (zásadní kritérium 2a) a celkový výsledek je "
                 "pod 60 % maxima. Je třeba neprodleně zavést evidenci opatření omezujících pohyb.",
      .findings = {{.code = "2a",
                    .severity = "high",
                    .text = "Vnitřní pravidla ochrany práv chybí; opatření omezující pohyb (postranice) se používají "
                            "bez záznamu.",
                    .recommendation = "Zpracovat pravidla a vést evidenci každého použití omezujícího opatření "
                                      "podle § 89 zákona o sociálních službách.",
                    .actions = {{.text = "Zpracovat vnitřní pravidla ochrany práv uživatelů",
                                 .owner = "Mgr. Klára Vojtíšková, vedoucí služby",
                                 .due = "2025-10-31",
                                 .status = "in_progress",
                                 .started = "2025-06-20",
                                 .first_done = "2025-09-10",
                                 .rejected_on = "2025-09-25",
                                 .rejection = "Pravidla nepopisují postup při použití opatření omezujících pohyb podle "
                                              "§ 89 zákona o sociálních službách."},
                                {.text = "Zavést evidenci opatření omezujících pohyb",
                                 .owner = "Mgr. Klára Vojtíšková, vedoucí služby",
                                 .due = "2025-08-31",
                                 .status = "done",
                                 .started = "2025-06-10",
                                 .done = "2025-08-29"}}},
                   {.code = "3b",
                    .severity = "medium",
                    .text = "Při jednání se zájemcem se nezjišťují jeho osobní cíle a očekávání.",
                    .recommendation = "Upravit záznam z jednání se zájemcem o osobní cíle.",
                    .actions = {{.text = "Upravit formulář jednání se zájemcem o osobní cíle a očekávání",
                                 .owner = "Bc. Martin Kubíček, sociální pracovník",
                                 .due = "2026-12-15",
                                 .status = "open"}}}},
  });

  a.push_back({
      .title = "Externí audit kvality 2025",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "charita-podkrkonosi/20/trutnov",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = {"document_study", "interviews_users", "interviews_staff", "records_review"},
      .place = "Azylový dům pro muže, Trutnov",
      .starts = "2025-09-16",
      .ends = "2025-09-16",
      .levels = "1a=3;1b=2;1c=2;1d=3;2a=2;3a=3;3b=2;3c=3;4a=2",
      .notes = {{"4a", "Smlouva na dobu určitou je srozumitelná; chybí poučení o možnosti prodloužení."}},
      .summary = "Služba vyhověla; doporučujeme doplnit do smlouvy poučení o prodloužení pobytu.",
      .findings = {{.code = "4a",
                    .severity = "low",
                    .text = "Smlouva neobsahuje poučení o možnosti a podmínkách prodloužení pobytu.",
                    .recommendation = "Doplnit poučení do vzoru smlouvy.",
                    .actions = {{.text = "Doplnit do vzoru smlouvy poučení o prodloužení pobytu",
                                 .owner = "Bc. Jan Štěpán, vedoucí azylového domu",
                                 .due = "2025-12-31",
                                 .status = "verified",
                                 .started = "2025-10-01",
                                 .done = "2025-11-14",
                                 .verified = "2025-12-02",
                                 .evidence = "Nový vzor smlouvy platný od 1. 12. 2025 zaslán auditorce."}}}},
  });

  a.push_back({
      .title = "Externí audit kvality 2026",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "pramen-duse/33/hk",
      .conductor = "audit_body",
      .team = kExternalTeam,
      .methods = {"document_study", "interviews_users", "interviews_staff", "observation"},
      .place = "Pramen duše, Hradec Králové",
      .starts = "2026-01-20",
      .ends = "2026-01-21",
      .levels = "1a=3;1b=3;1c=2;1d=2;2a=3;3a=2;3b=3;3c=2;4a=2",
      .notes = {{"3b", "Osobní cíle se zjišťují už při prvním jednání a zapisují se slovy zájemce."}},
      .summary = "Služba vyhověla; příkladné je zjišťování osobních cílů zájemců.",
  });

  // A process audit of a residential service in transformation (seed 001).
  a.push_back({
      .title = "Procesní audit transformace 2025",
      .type = "process",
      .tmpl = kProcess,
      .service_key = "domov-pod-zebinem/12/kopidlno",
      .conductor = "audit_body",
      .team = kResidentialTeam,
      .methods = {"document_study", "interviews_users", "interviews_staff", "observation", "accompanying"},
      .place = "Domov Kopidlno",
      .starts = "2025-04-08",
      .ends = "2025-04-09",
      .levels = "1a=met;1b=partly;1c=not_met;2a=partly;2b=met;2c=met;3a=not_met;3b=partly;3c=not_met;4a=met;4b=partly",
      .notes = {{"1c", "Podpora probíhá téměř výhradně v areálu; nákupy zajišťuje zásobování."},
                {"2a", "Kapesné spravuje zařízení hromadně, uživatelé o výdajích nerozhodují."},
                {"3a", "Režim dne určuje rozpis směn, snídaně 7:00–7:30 pro všechny."},
                {"3c", "Pokoje jsou třílůžkové, spolubydlící určilo zařízení."}},
      .summary = "Domov je na začátku transformace. Pozitivní je individuální plánování a dodržování pravidel "
                 "pro omezující opatření; zásadní nedostatek je hromadná správa peněz uživatelů. Běžný způsob "
                 "života bude možný až po přestěhování do domácností podle transformačního plánu.",
      .findings = {{.code = "2a",
                    .severity = "high",
                    .text = "Peníze uživatelů spravuje zařízení hromadně; uživatelé o svých výdajích nerozhodují.",
                    .recommendation = "Zavést individuální hospodaření s penězi s podporou podle individuálních "
                                      "plánů.",
                    .actions = {{.text = "Zavést individuální účty a hospodaření s penězi s podporou pracovníků",
                                 .owner = "Ing. Hana Kořínková, ekonomka",
                                 .due = "2026-06-30",
                                 .status = "in_progress",
                                 .started = "2025-05-05"}}},
                   {.code = "1c",
                    .severity = "medium",
                    .text = "Podpora se poskytuje převážně v areálu zařízení.",
                    .recommendation = "Nakupovat, vyřizovat a trávit volný čas s uživateli v obci.",
                    .actions = {{.text = "Nahradit zásobování nákupy s uživateli v obchodech v Kopidlně",
                                 .owner = "Mgr. Zdeněk Pokorný, vedoucí přímé péče",
                                 .due = "2026-10-31",
                                 .status = "done",
                                 .started = "2025-09-01",
                                 .done = "2026-10-12"}}},
                   {.code = "3c",
                    .severity = "medium",
                    .text = "Uživatelé bydlí ve třílůžkových pokojích se spolubydlícími, které si nevybrali.",
                    .recommendation = "Řešit v transformačním plánu přestěhováním do domácností.",
                    .actions = {{.text = "Přestěhovat uživatele do domácností chráněného bydlení v Jičíně podle "
                                         "transformačního plánu",
                                 .owner = "Mgr. Jana Procházková, ředitelka",
                                 .due = "2027-06-30",
                                 .status = "open"}}}},
  });

  // Self-assessments by providers.
  a.push_back({
      .title = "Sebehodnocení 2025",
      .type = "self_assessment",
      .tmpl = kSelf,
      .service_key = "charita-kladske-pomezi/4/nachod",
      .conductor = "provider",
      .team = {"poskytovatel.auditor", "poskytovatel.manazer"},
      .methods = {"document_study", "interviews_staff", "records_review"},
      .place = "Charita Kladské pomezí, Náchod",
      .starts = "2025-01-27",
      .ends = "2025-01-31",
      .levels = "1a=met;1b=met;1c=met;1d=partly;2a=met;3a=met;3b=met;3c=partly;4a=partly",
      .notes = {{"4a", "Smlouva je dlouhá a pro uživatele těžko srozumitelná."},
                {"3c", "Postup při odmítnutí zájemce existuje, odmítnutí se ale nezapisují jednotně."}},
      .summary = "Sebehodnocení týmu pečovatelské služby: standardy plníme, zlepšit je třeba srozumitelnost "
                 "smlouvy a evidenci odmítnutých zájemců.",
      .findings = {{.code = "4a",
                    .severity = "low",
                    .text = "Smlouva je pro uživatele těžko srozumitelná.",
                    .recommendation = "Připravit shrnutí smlouvy na jednu stranu.",
                    .actions = {{.text = "Připravit srozumitelné shrnutí smlouvy na jednu stranu",
                                 .owner = "Mgr. Klára Vojtíšková, vedoucí služby",
                                 .due = "2025-05-31",
                                 .status = "verified",
                                 .started = "2025-02-10",
                                 .done = "2025-04-25",
                                 .verified = "2025-05-12",
                                 .evidence = "Shrnutí smlouvy schváleno poradou, používá se od 5/2025."}}}},
  });
  a.push_back({
      .title = "Sebehodnocení 2025",
      .type = "self_assessment",
      .tmpl = kSelf,
      .service_key = "charita-kladske-pomezi/25/nachod",
      .conductor = "provider",
      .team = {"poskytovatel.auditor", "poskytovatel.pracovnik"},
      .methods = {"document_study", "interviews_users", "interviews_staff"},
      .place = "Nízkoprahový klub Šuplík, Náchod",
      .starts = "2025-11-03",
      .ends = "2025-11-07",
      .levels = "1a=met;1b=met;1c=partly;1d=met;2a=not_met;3a=met;3b=partly;3c=na;4a=na",
      .notes = {{"2a", "Chybí postup pro situace, kdy se dítě svěří s ohrožením; pracovníci jednají intuitivně."},
                {"1c", "Postupy pro kontaktní práci jsou zastaralé (2019)."},
                {"4a", "Klub uzavírá ústní smlouvy; písemná pravidla pro ně nejsou potřeba."}},
      .summary = "Sebehodnocení ukázalo chybějící postup při ohrožení dítěte a zastaralé pracovní postupy.",
      .findings = {{.code = "2a",
                    .severity = "high",
                    .text = "Klub nemá pravidla pro situace, kdy se dítě svěří s ohrožením, ani pro spolupráci "
                            "s OSPOD.",
                    .recommendation = "Zpracovat postup a projednat ho s OSPOD Náchod.",
                    .actions = {{.text = "Zpracovat postup při podezření na ohrožení dítěte a projednat ho s OSPOD",
                                 .owner = "Bc. Martin Kubíček, vedoucí klubu",
                                 .due = "2026-02-28",
                                 .status = "open"},
                                {.text = "Proškolit tým v rozpoznávání známek ohrožení dítěte",
                                 .owner = "Bc. Martin Kubíček, vedoucí klubu",
                                 .due = "2026-12-31",
                                 .status = "in_progress",
                                 .started = "2026-03-02"}}},
                   {.code = "1c",
                    .severity = "medium",
                    .text = "Pracovní postupy kontaktní práce jsou z roku 2019 a neodpovídají praxi.",
                    .recommendation = "Revidovat postupy s týmem.",
                    .actions = {{.text = "Revidovat pracovní postupy kontaktní práce",
                                 .owner = "Mgr. Hana Štěpánková, metodička",
                                 .due = "2026-01-31",
                                 .status = "open"}}}},
  });
  a.push_back({
      .title = "Sebehodnocení 2025",
      .type = "self_assessment",
      .tmpl = kSelf,
      .service_key = "domov-na-strani/14/jaromer",
      .conductor = "provider",
      .team = {"domov.manazer"},
      .methods = {"document_study", "interviews_staff", "observation"},
      .place = "Domov se zvláštním režimem Na Stráni, Jaroměř",
      .starts = "2025-03-03",
      .ends = "2025-03-07",
      .levels = "1a=met;1b=met;1c=met;1d=partly;2a=met;3a=met;3b=partly;3c=met;4a=met",
      .notes = {{"3b", "Po zkušenosti z externího auditu domova pro seniory zapisujeme cíle zájemců podrobněji."}},
      .summary = "Sebehodnocení oddělení se zvláštním režimem; standardy plníme.",
  });

  // OSPOD self-assessment against the OSPOD set.
  a.push_back({
      .title = "Sebehodnocení OSPOD 2025",
      .type = "self_assessment",
      .tmpl = kOspod,
      .service_key = "",
      .conductor = "ospod",
      .team = {"ospod.vedouci", "ospod.nachod"},
      .methods = {"document_study", "interviews_staff", "records_review"},
      .place = "Městský úřad Náchod, odbor sociálních věcí",
      .starts = "2025-06-16",
      .ends = "2025-06-20",
      .levels = "1a=met;1b=partly",
      .notes = {{"1a", "Terénní práce pokrývá všechny obce správního obvodu, výjezdy podle plánu."},
                {"1b",
                 "Mimo pracovní dobu je pohotovost zajištěna telefonicky, chybí písemný postup předání "
                 "případu."}},
      .summary = "Standard místní a časové dostupnosti plníme; doplnit je třeba postup pro pohotovost mimo "
                 "pracovní dobu.",
      .findings = {{.code = "1b",
                    .severity = "medium",
                    .text = "Chybí písemný postup předání případu z pohotovosti mimo pracovní dobu.",
                    .recommendation = "Zpracovat postup s Policií ČR a krizovou pomocí.",
                    .actions = {{.text = "Zpracovat postup pohotovosti mimo pracovní dobu a dohodnout ho s Policií ČR",
                                 .owner = "Mgr. Pavel Šimek, vedoucí OSPOD",
                                 .due = "2026-12-31",
                                 .status = "in_progress",
                                 .started = "2025-09-01"}}}},
  });

  // Work in progress for the login "auditor".
  a.push_back({
      .title = "Externí audit kvality 2026",
      .type = "external",
      .tmpl = kSqss,
      .service_key = "charita-kladske-pomezi/4/hronov",
      .conductor = "audit_body",
      .team = kExternalTeam,
      .methods = {"document_study", "interviews_users", "accompanying"},
      .place = "Charita Kladské pomezí, pečovatelská služba Hronov",
      .starts = "2026-11-18",
      .ends = "2026-11-26",
      .levels = "1a=3;1b=2;1c=2",
      .notes = {{"1a", "Poslání zveřejněno, pracovníci ho znají."},
                {"1c", "Postupy odpovídají praxi, chybí postup pro klíče od bytů uživatelů."}},
      .draft = true,
  });
  return a;
}

std::map<std::string, std::string> parse_levels(const std::string& text) {
  std::map<std::string, std::string> out;
  for (auto& [code, level] : parse_key_values(text)) out[code] = level;
  return out;
}

struct Writer {
  soci::session& s;
  const DemoRegion& region;
  const DemoContext& ctx;
  std::map<Template, long long> templates;
  std::optional<long long> residential_group;
  std::string today;
  QualityDemoSummary summary;
  std::set<long long> services;

  long long user(const std::string& login) const {
    auto it = ctx.users.find(login);
    return it == ctx.users.end() ? 0 : it->second;
  }
  std::string user_name(const std::string& login) const {
    for (const auto& u : region.users)
      if (u.login == login) return u.display_name;
    return login;
  }

  accounts::Caller caller(const std::string& login) const { return accounts::system_caller(user(login), login); }

  // One step of an action's history: the provider moves the action forward, the verifier verifies or rejects.
  qapp::ActionStep step(quality::ActionStatus to, quality::ActorKind actor, const std::string& login,
                        const std::string& fallback_name, const std::string& on, const std::string& note) const {
    const long long id = user(login);
    return {to, actor, id, id ? user_name(login) : fallback_name, on, note, at(on, 14)};
  }

  void write_action(const AuditSpec& spec, long long finding_id, const ActionSpec& x, const std::string& provider_login,
                    const std::string& verifier_login) {
    using quality::ActionStatus;
    using quality::ActorKind;
    qapp::QActionInput in;
    in.text = x.text;
    in.owner = x.owner;
    in.due_date = x.due;
    if (!x.indicator.empty() && residential_group) {
      in.bm_group_id = residential_group;
      in.bm_indicator_code = x.indicator;
    }
    // The history. Verification is recorded under the actor kind "auditor": the audit body's auditor, or
    // the audited organisation's own quality auditor on a self-assessment. Marking done says what was done.
    const std::string& owner = x.owner;
    const std::string report = "Provedeno: " + x.text + ".";
    const std::string verifier = user_name(verifier_login);
    std::vector<qapp::ActionStep> history;
    if (!x.started.empty()) {
      history.push_back(step(ActionStatus::kInProgress, ActorKind::kProvider, provider_login, owner, x.started, ""));
      if (!x.rejected_on.empty()) {
        history.push_back(step(ActionStatus::kDone, ActorKind::kProvider, provider_login, owner, x.first_done, report));
        history.push_back(
            step(ActionStatus::kInProgress, ActorKind::kAuditor, verifier_login, verifier, x.rejected_on, x.rejection));
      }
      if (x.status == "done" || x.status == "verified")
        history.push_back(step(ActionStatus::kDone, ActorKind::kProvider, provider_login, owner, x.done, report));
      if (x.status == "verified")
        history.push_back(
            step(ActionStatus::kVerified, ActorKind::kAuditor, verifier_login, verifier, x.verified, x.evidence));
    }
    checked(qapp::record_action(s, caller(spec.team.front()), finding_id, in, history, at(spec.ends, 16)),
            "action of " + spec.title);
    ++summary.actions;
    if ((x.status == "open" || x.status == "in_progress") && x.due < today) ++summary.actions_overdue;
  }

  void write(const AuditSpec& spec, std::map<std::string, long long>& written) {
    std::optional<long long> service_id;
    long long audited = ctx.ospod_id;
    if (!spec.service_key.empty()) {
      auto it = ctx.services.find(spec.service_key);
      if (it == ctx.services.end()) throw std::runtime_error("quality demo: no demo service " + spec.service_key);
      service_id = it->second;
    }
    const std::string key = spec.service_key + "|" + spec.title;
    ++summary.audits;
    if (service_id) services.insert(*service_id);
    if (spec.draft) ++summary.drafts;
    if (auto existing = qapp::find_audit(s, service_id, audited, spec.title)) {
      written[key] = existing->id;
      if (existing->status == quality::AuditStatus::kClosed) {
        ++summary.closed;
        summary.passed += existing->verdict == "pass";
        summary.failed += existing->verdict == "fail";
      }
      summary.findings += existing->findings;
      for (const auto& x : existing->actions) {
        ++summary.actions;
        const auto st = x.status;
        if ((st == quality::ActionStatus::kOpen || st == quality::ActionStatus::kInProgress) && x.due_date < today)
          ++summary.actions_overdue;
      }
      return;
    }

    // The audit as its leader creates it, through the same use case as the audit pages.
    const auto leader = caller(spec.team.front());
    qapp::QAuditInput in;
    in.type = spec.type;
    in.template_id = templates.at(spec.tmpl);
    if (service_id)
      in.service_id = service_id;
    else
      in.audited_org_id = audited;
    if (spec.conductor == "audit_body")
      in.conducted_by_org_id = ctx.audit_body_id;
    else if (spec.conductor == "ospod")
      in.conducted_by_org_id = ctx.ospod_id;
    in.title = spec.title;
    in.place = spec.place;
    in.starts_on = spec.starts;
    in.ends_on = spec.ends;
    in.methods = spec.methods;
    in.summary_text = spec.summary;
    if (!spec.previous.empty()) {
      auto prev = written.find(spec.service_key + "|" + spec.previous);
      if (prev == written.end()) throw std::runtime_error("quality demo: previous audit missing for " + key);
      in.previous_audit_id = prev->second;
    }
    std::vector<qapp::QTeamInput> team;
    for (std::size_t i = 0; i < spec.team.size(); ++i)
      if (const long long id = user(spec.team[i])) team.push_back({id, i == 0 ? "leader" : "member"});
    in.team = team;
    const long long audit_id = checked(qapp::create_audit(s, leader, in, at(spec.starts, 8)), key);
    written[key] = audit_id;
    ++summary.audits_created;

    // Assessments by criterion code.
    const auto criteria = qapp::criterion_ids(s, audit_id);
    std::vector<qapp::QAssessmentInput> assessments;
    for (const auto& [code, level] : parse_levels(spec.levels)) {
      auto it = criteria.find(code);
      if (it == criteria.end()) throw std::runtime_error("quality demo: no criterion " + code + " for " + key);
      auto note = spec.notes.find(code);
      assessments.push_back({it->second, level, note == spec.notes.end() ? std::string() : note->second});
    }
    checked(qapp::save_assessments(s, leader, audit_id, assessments, at(spec.draft ? spec.starts : spec.ends, 15)),
            "assessments of " + key);

    const std::string provider_login = spec.service_key.rfind("charita-kladske-pomezi/", 0) == 0
                                           ? "poskytovatel.manazer"
                                       : spec.service_key.rfind("domov-na-strani/", 0) == 0 ? "domov.manazer"
                                       : spec.service_key.empty()                           ? "ospod.nachod"
                                                                                            : "";
    const std::string verifier_login = spec.conductor == "audit_body" ? "auditor" : spec.team.front();
    for (const auto& f : spec.findings) {
      qapp::QFindingInput row;
      if (auto it = criteria.find(f.code); it != criteria.end()) row.criterion_id = it->second;
      row.severity = f.severity;
      row.text = f.text;
      row.recommendation = f.recommendation;
      const long long finding_id =
          checked(qapp::create_finding(s, leader, audit_id, row, at(spec.ends, 15)), "finding of " + key);
      ++summary.findings;
      for (const auto& x : f.actions) write_action(spec, finding_id, x, provider_login, verifier_login);
    }
    if (spec.draft) return;
    const auto verdict = checked(qapp::close_audit(s, leader, audit_id, at(spec.ends, 17)), "close " + key);
    ++summary.closed;
    summary.passed += verdict == quality::Verdict::kPass;
    summary.failed += verdict == quality::Verdict::kFail;
  }
};

}  // namespace

std::string QualityDemoSummary::text() const {
  std::ostringstream out;
  out << "  quality       " << templates << " audit templates; " << audits << " audits of " << services
      << " services and the OSPOD office (" << audits_created << " new): " << closed << " closed (" << passed
      << " passed, " << failed << " failed), " << drafts << " draft\n"
      << "                " << findings << " findings, " << actions << " corrective actions (" << actions_overdue
      << " overdue)\n";
  return out.str();
}

QualityDemoSummary write_quality_demo(soci::session& s, const DemoRegion& region, const DemoContext& ctx) {
  Writer w{.s = s,
           .region = region,
           .ctx = ctx,
           .templates = {},
           .residential_group = std::nullopt,
           .today = format_date(store::now_epoch()),
           .summary = {},
           .services = {}};
  const auto auditor = w.caller("auditor");
  const long long checklist = ensure_checklist(s, ctx, auditor);
  w.templates = ensure_templates(s, ctx, auditor, checklist);
  w.summary.templates = static_cast<int>(w.templates.size());
  {
    // The benchmarking demo's group of residential services for older people (when it was written).
    const std::string group = "Pobytové služby pro seniory";
    long long id = 0;
    s << "SELECT id FROM bm_groups WHERE name = :n", soci::use(group), soci::into(id);
    if (s.got_data() && id) w.residential_group = id;
  }
  std::map<std::string, long long> written;
  for (const auto& spec : audit_specs()) w.write(spec, written);
  w.summary.services = static_cast<int>(w.services.size());
  if (w.summary.audits_created) {
    store::activity_log::append(s, {0, store::now_epoch(), 0, "demo", ctx.region_id, "demo.quality", "q_audit", "",
                                    std::to_string(w.summary.audits_created) + " demo audits", ""});
  }
  return w.summary;
}

}  // namespace kvalis::demo
