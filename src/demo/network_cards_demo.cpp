// Demo stage "cards" of the network module (NETWORK_SPEC "Demo"): the region's need areas (the default list),
// basic activities completed by the region for the kinds the national catalogue lacks (§49, §65, §69, §37; region
// rows marked unverified, source "doplněno krajem"), service cards of 6 kinds with versions in every state — 4
// published (pečovatelská služba with 2 published versions), 1 in comments with open comments, 1 draft —,
// providers' comments in every state (open, accepted, partly, rejected) and meetings per kind (held with
// attendance and minutes, and planned). Written through network/app/cards.hpp as the region's officer
// (kraj.referent) and the providers' managers; a card that exists is left as it is.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "demo/network_demo.hpp"
#include "network/app/cards.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {
namespace {

namespace napp = network::app;

template <class T>
T must(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("demo (network cards): " + what + ": " + r.error().message_key);
  return std::move(r.value());
}

struct ActivitySpec {
  const char* letter;
  const char* text;
};

// Basic activities of the kinds the national catalogue lacks, as the act lists them (zákon č. 108/2006 Sb.),
// entered by the region and not yet checked against the act's text.
struct KindActivities {
  const char* kind;
  const char* paragraph;
  const char* form_scope;
  std::vector<ActivitySpec> rows;
};

const std::vector<KindActivities>& region_activities() {
  static const std::vector<KindActivities> kRows = {
      {"13",
       "§49",
       "",
       {{"a", "poskytnutí ubytování"},
        {"b", "poskytnutí stravy"},
        {"c", "pomoc při zvládání běžných úkonů péče o vlastní osobu"},
        {"d", "pomoc při osobní hygieně nebo poskytnutí podmínek pro osobní hygienu"},
        {"e", "zprostředkování kontaktu se společenským prostředím"},
        {"f", "sociálně terapeutické činnosti"},
        {"g", "aktivizační činnosti"},
        {"h", "pomoc při uplatňování práv, oprávněných zájmů a při obstarávání osobních záležitostí"}}},
      {"28",
       "§65",
       "",
       {{"a", "výchovné, vzdělávací a aktivizační činnosti"},
        {"b", "zprostředkování kontaktu se společenským prostředím"},
        {"c", "sociálně terapeutické činnosti"},
        {"d", "pomoc při uplatňování práv, oprávněných zájmů a při obstarávání osobních záležitostí"}}},
      {"32",
       "§69",
       "",
       {{"a", "zprostředkování kontaktu se společenským prostředím"},
        {"b", "sociálně terapeutické činnosti"},
        {"c", "pomoc při uplatňování práv, oprávněných zájmů a při obstarávání osobních záležitostí"}}},
      {"1",
       "§37",
       "",
       {{"a", "zprostředkování kontaktu se společenským prostředím"},
        {"b", "sociálně terapeutické činnosti"},
        {"c", "pomoc při uplatňování práv, oprávněných zájmů a při obstarávání osobních záležitostí"}}},
  };
  return kRows;
}

struct NeedSpec {
  const char* code;
  const char* description;
  const char* answer;
  std::vector<const char*> letters;
};

struct CardSpec {
  const char* kind;
  const char* summary;
  const char* user_expect;
  const char* user_not_expect;
  const char* public_expect;
  const char* public_not_expect;
  const char* partners_expect;
  const char* partners_not_expect;
  std::vector<NeedSpec> needs;
};

const std::vector<CardSpec>& card_specs() {
  static const std::vector<CardSpec> kCards = {
      {"4",
       "Pečovatelská služba pomáhá seniorům a lidem se zdravotním postižením zůstat co nejdéle doma.",
       "Pomoc s hygienou, jídlem a domácností v domluvený čas, i o víkendu, podle individuálního plánu.",
       "Nepřetržitou přítomnost pracovníka ani zdravotní péči (tu poskytuje domácí zdravotní péče).",
       "Že lidé, kteří potřebují pomoc, ji dostanou doma a nemusí do pobytové služby dříve, než je nutné.",
       "Že služba nahradí péči rodiny nebo dohled nad člověkem 24 hodin denně.",
       "Spolupráci při přechodu z nemocnice domů a sdílení informací se souhlasem uživatele.",
       "Převzetí odpovědnosti za zdravotní péči nebo za rozhodnutí opatrovníka.",
       {{"hygiena",
         "Udržet se čistý a upravený i při omezené pohyblivosti.",
         "Pomoc při koupání, sprchování a péči o vlasy, doma nebo ve středisku.",
         {"b"}},
        {"strava",
         "Mít teplé jídlo každý den a umět se najíst.",
         "Dovoz obědů, nákup potravin, pomoc při podání jídla.",
         {"c"}},
        {"domacnost",
         "Bydlet v uklizené domácnosti, mít vyprané prádlo.",
         "Běžný úklid, praní a žehlení, nákupy.",
         {"d"}},
        {"vztahy", "Neztratit kontakt s rodinou a okolím.", "Doprovod k lékaři, na úřad, do klubu seniorů.", {"e"}}}},
      {"3",
       "Osobní asistence je pomoc v přirozeném prostředí člověka v čase, kdy ji potřebuje.",
       "Asistenta, který pomáhá s tím, co člověk sám nezvládne, a respektuje, jak chce žít.",
       "Zdravotnické úkony ani pomoc mimo sjednaný rozsah.",
       "Že lidé s postižením mohou žít, pracovat a studovat mezi ostatními.",
       "Dohled nad bezpečností okolí.",
       "Spolupráci se školou a zaměstnavatelem uživatele.",
       "Náhradu školního asistenta pedagoga.",
       {{"sobestacnost", "Zvládat oblékání, přesuny a péči o sebe.", "Pomoc při běžných úkonech péče o sebe.", {"a"}},
        {"hygiena", "Mít zajištěnou osobní hygienu.", "Pomoc při osobní hygieně.", {"b"}},
        {"vzdelavani",
         "Chodit do školy a na kroužky.",
         "Doprovod a pomoc ve škole a při volnočasových aktivitách.",
         {"e", "f"}}}},
      {"13",
       "Domov pro seniory poskytuje pobyt a péči seniorům, jejichž potřeby nelze zajistit doma.",
       "Ubytování, stravu, pomoc s péčí o sebe a aktivity podle vlastních přání.",
       "Zdravotní péči nad rámec ošetřovatelské péče v zařízení.",
       "Bezpečné místo pro seniory, kteří už doma nezvládají žít ani s pomocí terénních služeb.",
       "Umístění seniora bez jeho souhlasu.",
       "Spolupráci s praktickým lékařem a nemocnicí.",
       "Převzetí seniora, kterému stačí terénní služba.",
       {{"bydleni",
         "Mít bezpečné bydlení, když už domov nestačí.",
         "Ubytování v jednolůžkových a dvoulůžkových pokojích.",
         {"a"}},
        {"strava", "Jíst pravidelně a podle diety.", "Celodenní strava včetně diet.", {"b"}},
        {"hygiena", "Mít zajištěnou hygienu i při úplné závislosti na pomoci.", "Pomoc při hygieně.", {"d"}},
        {"volny_cas",
         "Mít smysluplnou činnost a kontakt s lidmi.",
         "Aktivizační a společenské činnosti.",
         {"e", "g"}}}},
      {"1",
       "Odborné sociální poradenství pomáhá lidem zorientovat se v jejich situaci a najít řešení.",
       "Bezplatnou a diskrétní radu, informace o právech a doprovod při jednání.",
       "Právní zastoupení u soudu.",
       "Že lidé v tíživé situaci se včas dozvědí, na co mají nárok.",
       "Řešení situace za člověka.",
       "Předání kontaktu na navazující služby se souhlasem klienta.",
       "Zastupování klienta vůči jiným institucím bez plné moci.",
       {{"finance",
         "Zvládat dluhy a hospodařit s penězi.",
         "Dluhové poradenství, pomoc s rozpočtem domácnosti.",
         {"c"}},
        {"prava",
         "Znát svá práva a povinnosti a umět je uplatnit.",
         "Informace, pomoc s podáním, doprovod na úřad.",
         {"c"}},
        {"vztahy", "Řešit rodinné a vztahové problémy.", "Poradenství a zprostředkování navazující pomoci.", {"a"}}}},
      {"28",
       "Sociálně aktivizační služby pomáhají rodinám s dětmi zvládnout péči o děti a domácnost.",
       "Pravidelné návštěvy pracovníka, pomoc s výchovou, školou a hospodařením.",
       "Kontrolu rodiny pro úřady.",
       "Že děti mohou zůstat ve své rodině.",
       "Odebrání dětí nebo jiné úřední rozhodnutí.",
       "Spolupráci s OSPOD a školou podle individuálního plánu rodiny.",
       "Předávání informací o rodině bez jejího souhlasu.",
       {{"rodicovstvi", "Pečovat o děti a vychovávat je.", "Nácvik rodičovských dovedností.", {"a"}},
        {"vzdelavani", "Děti chodí do školy a připravují se.", "Doučování a spolupráce se školou.", {"a"}},
        {"finance", "Hospodařit s příjmem rodiny.", "Pomoc s rozpočtem a jednáním s věřiteli.", {"d"}}}},
      {"32",
       "Terénní programy vyhledávají lidi ohrožené rizikovým způsobem života tam, kde žijí.",
       "Kontakt s pracovníkem na ulici, informace a pomoc při jednání s úřady.",
       "Ubytování ani stravu.",
       "Že se snižují rizika pro lidi v obtížné situaci i pro jejich okolí.",
       "Vykázání lidí z veřejného prostoru.",
       "Spolupráci s obcí a policií při řešení situací v lokalitě.",
       "Předávání údajů o klientech.",
       {{"zavislosti", "Snížit rizika užívání návykových látek.", "Výměna injekčního materiálu, informace.", {"b"}},
        {"prava", "Mít doklady a vyřídit dávky.", "Doprovod na úřad, pomoc s formuláři.", {"c"}}}},
  };
  return kCards;
}

std::vector<napp::NeedInput> needs_for(soci::session& s, const network::RegionRef& region, const CardSpec& spec,
                                       const std::vector<network::NeedArea>& areas) {
  const auto acts = napp::in_session::activities(s, region, spec.kind);
  std::vector<napp::NeedInput> out;
  for (const auto& n : spec.needs) {
    napp::NeedInput in;
    for (const auto& a : areas)
      if (a.code == n.code) in.need_area_id = a.id;
    if (!in.need_area_id) throw std::runtime_error(std::string("demo (network cards): no need area ") + n.code);
    in.description = n.description;
    in.answer = n.answer;
    for (const char* letter : n.letters)
      for (const auto& a : acts)
        if (a.letter == letter && a.active) in.activity_ids.push_back(a.id);
    out.push_back(std::move(in));
  }
  return out;
}

napp::VersionInput content_of(const CardSpec& spec, std::vector<napp::NeedInput> needs) {
  napp::VersionInput in;
  in.texts.title = "";
  in.texts.summary = spec.summary;
  in.texts.user_expect = spec.user_expect;
  in.texts.user_not_expect = spec.user_not_expect;
  in.texts.public_expect = spec.public_expect;
  in.texts.public_not_expect = spec.public_not_expect;
  in.texts.partners_expect = spec.partners_expect;
  in.texts.partners_not_expect = spec.partners_not_expect;
  in.needs = std::move(needs);
  return in;
}

}  // namespace

NetworkStageSummary write_network_cards_demo(soci::session& s, const DemoContext& ctx) {
  NetworkStageSummary out{"Síť — karty služeb", {}, {}};
  using accounts::OrganisationType;
  using accounts::Role;
  const auto region_caller =
      member_caller(ctx, "kraj.referent", ctx.region_id, OrganisationType::region, Role::manager);
  const auto region = must(napp::region_of(s, region_caller), "region");
  auto provider_caller = [&](const char* login, const char* provider_key) -> std::optional<accounts::Caller> {
    auto p = ctx.providers.find(provider_key);
    if (p == ctx.providers.end() || !ctx.users.count(login)) return std::nullopt;
    return member_caller(ctx, login, p->second, OrganisationType::provider, Role::manager);
  };
  const auto charita = provider_caller("poskytovatel.manazer", "charita-kladske-pomezi");
  const auto domov = provider_caller("domov.manazer", "domov-na-strani");
  const auto romano = provider_caller("iq.manazer", "romano-drom-hradec");

  const auto areas = napp::need_areas(s, region.org_id);
  out.counts.push_back({"oblasti potřeb", static_cast<long long>(areas.size())});

  int activities_added = 0;
  for (const auto& k : region_activities()) {
    const auto existing = napp::in_session::activities(s, region, k.kind);
    bool has_region_rows = false;
    for (const auto& a : existing) has_region_rows = has_region_rows || !a.national();
    if (has_region_rows) continue;
    int position = 0;
    for (const auto& row : k.rows) {
      napp::ActivityInput in;
      in.kind_code = k.kind;
      in.paragraph = k.paragraph;
      in.form_scope = k.form_scope;
      in.letter = row.letter;
      in.text_cs = row.text;
      in.source = "doplněno krajem (znění podle zákona č. 108/2006 Sb., neověřeno)";
      in.verified = false;
      in.position = ++position;
      must(napp::in_session::create_activity(s, region_caller, region, in), "activity");
      ++activities_added;
    }
  }
  out.counts.push_back({"základní činnosti doplněné krajem", activities_added});

  const std::string today = format_date(kvalis::store::now_epoch());
  const std::string until = add_days(today, 30);
  int cards_created = 0, comments = 0, meetings = 0;
  std::map<std::string, std::vector<long long>> versions_by_kind;

  auto comment = [&](const std::optional<accounts::Caller>& who, long long version, const char* part,
                     const char* text) -> std::optional<long long> {
    if (!who) return std::nullopt;
    auto r = napp::in_session::add_comment(s, *who, version, {part, text}, today);
    if (!r) return std::nullopt;  // the provider is not among the recipients of this kind
    ++comments;
    return r->id;
  };
  auto answer = [&](std::optional<long long> id, const char* status, const char* text) {
    if (id) must(napp::in_session::answer_comment(s, region_caller, *id, {status, text}), "answer");
  };

  for (const auto& spec : card_specs()) {
    const std::string kind = spec.kind;
    const auto existing = napp::in_session::card_versions(s, region, kind);
    if (existing) {
      versions_by_kind[kind] = *existing;
      continue;
    }
    auto card = must(napp::in_session::create_card(s, region_caller, region, kind, ""), "card " + kind);
    ++cards_created;
    const long long v1 = card.card.latest.version_id;
    must(napp::in_session::update_version(s, region_caller, v1, content_of(spec, needs_for(s, region, spec, areas))),
         "card content " + kind);
    if (kind == "32") {  // stays a draft
      versions_by_kind[kind] = {v1};
      continue;
    }
    must(napp::in_session::send_version(s, region_caller, v1, until, today), "send " + kind);
    if (kind == "4") {
      answer(comment(charita, v1, "need:strava", "Doplňte pomoc při podání jídla, nejen dovoz obědů."), "accepted",
             "Doplněno do odpovědi služby u potřeby Strava.");
      answer(comment(charita, v1, "user_not_expect", "Uveďte, že služba neposkytuje zdravotní péči."), "partly",
             "Uvedeno obecně; výčet zdravotních úkonů do karty nepatří.");
      answer(comment(charita, v1, "general", "Karta by měla jmenovat konkrétní časy poskytování."), "rejected",
             "Časy poskytování určuje každý poskytovatel; karta popisuje druh služby v celém kraji.");
    } else if (kind == "3") {
      answer(comment(charita, v1, "need:vzdelavani", "Asistence ve škole se týká i doprovodu na praxi."), "accepted",
             "Doplněno.");
    } else if (kind == "13") {
      answer(comment(domov, v1, "need:volny_cas", "Aktivizace patří i ležícím uživatelům."), "accepted",
             "Doplněno do popisu potřeby.");
      answer(comment(charita, v1, "public_not_expect", "Doplnit, že domov nepřijímá osoby s akutní psychózou."),
             "rejected", "Okruh osob vymezuje registrace každé služby, ne karta druhu.");
    } else if (kind == "1") {
      answer(comment(romano, v1, "need:finance", "Dluhové poradenství vyžaduje akreditaci, uveďte to."), "partly",
             "Uvedeno u odpovědi služby; podrobnosti akreditace do karty nepatří.");
    } else if (kind == "28") {
      answer(comment(romano, v1, "need:rodicovstvi", "Doplňte práci s oběma rodiči, nejen s matkou."), "accepted",
             "Doplníme ve finální verzi.");
      comment(romano, v1, "partners_expect", "Spolupráce s OSPOD by měla mít dohodnutá pravidla předávání informací.");
      comment(romano, v1, "need:vzdelavani", "Přidat spolupráci s pedagogicko-psychologickou poradnou.");
      versions_by_kind[kind] = {v1};
      continue;  // stays in comments with open comments
    }
    must(napp::in_session::finalise_version(s, region_caller, v1), "finalise " + kind);
    must(napp::in_session::publish_version(s, region_caller, v1), "publish " + kind);
    versions_by_kind[kind] = {v1};
    if (kind == "4") {
      // A second published version after the comments: compare shows the changes.
      auto v2 = must(napp::in_session::new_version(s, region_caller, card.card.id), "new version");
      auto content = content_of(spec, needs_for(s, region, spec, areas));
      content.texts.user_not_expect =
          "Nepřetržitou přítomnost pracovníka ani zdravotní péči (tu poskytuje domácí zdravotní péče na "
          "doporučení lékaře).";
      content.needs[1].answer = "Dovoz obědů, nákup potravin, pomoc při přípravě a podání jídla.";
      napp::NeedInput safety;
      for (const auto& a : areas)
        if (a.code == "bezpeci") safety.need_area_id = a.id;
      safety.description = "Cítit se doma bezpečně.";
      safety.answer = "Pravidelné návštěvy a předání kontaktu na tísňovou péči.";
      content.needs.push_back(safety);
      content.change_note = "Podle připomínek poskytovatelů: podání jídla, zdravotní péče, nová potřeba Bezpečí.";
      must(napp::in_session::update_version(s, region_caller, v2.version_id, content), "v2 content");
      must(napp::in_session::send_version(s, region_caller, v2.version_id, until, today), "v2 send");
      answer(comment(charita, v2.version_id, "need:bezpeci", "Vítáme doplnění potřeby Bezpečí."), "accepted",
             "Děkujeme.");
      must(napp::in_session::finalise_version(s, region_caller, v2.version_id), "v2 finalise");
      must(napp::in_session::publish_version(s, region_caller, v2.version_id), "v2 publish");
      versions_by_kind[kind].push_back(v2.version_id);
    }
  }

  // Meetings per kind: held ones with attendance and minutes, and planned ones.
  if (napp::in_session::meeting_count(s, region) == 0) {
    struct MeetingSpec {
      const char* kind;
      const char* title;
      std::string held_on;
      const char* starts_at;
      const char* status;
      const char* minutes;
    };
    const std::vector<MeetingSpec> specs = {
        {"4", "Setkání poskytovatelů pečovatelské služby ke kartě služby", "2026-02-12", "09:30", "held",
         "Projednán návrh karty pečovatelské služby. Poskytovatelé požádali o doplnění pomoci při podání jídla; kraj "
         "připomínku přijal. Další setkání po sběru dat o pokrytí potřeb."},
        {"13", "Setkání domovů pro seniory ke kartě služby", "2026-02-19", "10:00", "held",
         "Projednány potřeby Volný čas a Bydlení; domovy se shodly na popisu aktivizace i pro ležící uživatele."},
        {"4", "Setkání poskytovatelů pečovatelské služby: minimální podoba služby", add_days(today, 21), "09:30",
         "planned", ""},
        {"28", "Setkání poskytovatelů SAS pro rodiny s dětmi k připomínkám", add_days(today, 14), "13:00", "planned",
         ""},
    };
    for (const auto& m : specs) {
      napp::MeetingInput in;
      in.kind_code = m.kind;
      in.title = m.title;
      in.held_on = m.held_on;
      in.starts_at = m.starts_at;
      in.place = "Krajský úřad Královéhradeckého kraje, Pivovarské náměstí 1245, Hradec Králové";
      auto v = versions_by_kind.find(m.kind);
      if (v != versions_by_kind.end() && !v->second.empty()) in.card_version_id = v->second.front();
      auto created = must(napp::in_session::create_meeting(s, region_caller, region, in), "meeting");
      ++meetings;
      if (std::string(m.status) == "held") {
        in.status = "held";
        in.minutes = m.minutes;
        must(napp::in_session::update_meeting(s, region_caller, created.id, in), "meeting held");
        std::vector<napp::AttendanceInput> attendance;
        int i = 0;
        for (const auto& inv : created.invitations) {
          const bool came = (i++ % 3) != 2;  // most providers came, some did not
          attendance.push_back({inv.org_id, came, came ? "vedoucí služby a sociální pracovník" : ""});
        }
        must(napp::in_session::set_attendance(s, region_caller, created.id, attendance), "attendance");
      }
    }
  }

  out.counts.push_back({"karty", static_cast<long long>(versions_by_kind.size())});
  out.counts.push_back({"nové karty", cards_created});
  out.counts.push_back({"připomínky", comments});
  out.counts.push_back({"setkání", meetings});
  for (const auto& card : napp::published_cards(s, region.org_id))
    out.ids["published_versions"].push_back(card.version_id);
  for (const auto& [kind, versions] : versions_by_kind) out.ids["card_versions_" + kind] = versions;
  return out;
}

}  // namespace kvalis::demo
