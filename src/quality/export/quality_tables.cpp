#include "quality/export/quality_tables.hpp"

#include <cmath>
#include <cstdio>
#include <map>

#include "platform/core/csv.hpp"
#include "platform/core/resources.hpp"

namespace kvalis::exports {
namespace dto = quality::app;  // the use cases' views
namespace {

std::string lookup(const std::map<std::string, std::string>& names, const std::string& code) {
  auto it = names.find(code);
  return it == names.end() ? code : it->second;
}

// "2 body", "1 bod", "5 bodů", "1,5 bodu".
std::string points_cs(double points) {
  const std::string n = format_number(points, true);
  if (std::fabs(points - std::round(points)) > 1e-9) return n + " bodu";
  const long long whole = std::llround(points);
  if (whole == 1) return n + " bod";
  if (whole >= 2 && whole <= 4) return n + " body";
  return n + " bodů";
}

std::string share_cs(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", std::round(share * 1000.0) / 10.0);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  return s + " %";
}

std::string yes_no(bool value) { return value ? "ano" : "ne"; }

std::vector<std::string> audit_notes(const dto::QAudit& a) {
  const auto& s = a.summary;
  std::string what = s.audited_org_name;
  if (!s.service_name.empty())
    what = s.service_name + (s.kind_code.empty() ? "" : " – " + service_kind_cs(s.kind_code)) + " (" +
           s.audited_org_name + ")";
  std::vector<std::string> notes = {
      "Kvalis – " + audit_type_cs(s.type) + ": " + s.title,
      "Hodnocená služba: " + what + "; provedl: " + s.conducted_by_name + "; termín: " + s.starts_on +
          (s.ends_on.empty() || s.ends_on == s.starts_on ? "" : " – " + s.ends_on),
      "Sada standardů: " + a.set_name + " (" + s.set_code + ", verze " + std::to_string(s.set_version) +
          "); škála: " + a.scale.name_cs + "; pravidlo: " + pass_rule_cs(a.pass_rule, a.scale),
  };
  std::string verdict = "Výsledek: " + verdict_cs(a.results.verdict);
  if (a.summary.status != "closed") verdict += " (audit není uzavřen, průběžný stav)";
  for (const auto& r : a.results.reasons) verdict += "; " + r.message;
  notes.push_back(verdict);
  return notes;
}

std::map<int, std::string> standard_names(const dto::QAudit& a) {
  std::map<int, std::string> names;
  for (const auto& st : a.standards) names[st.number] = st.name_cs;
  for (const auto& r : a.results.standards)
    if (!r.name_cs.empty()) names.emplace(r.standard, r.name_cs);
  return names;
}

std::vector<Cell> action_cells(const dto::QAction& x) {
  return {x.text,
          x.owner,
          x.due_date,
          action_status_cs(x.status),
          due_state_cs(x.due_state),
          x.due_state == "overdue" ? Cell(static_cast<long long>(x.days_overdue)) : Cell(),
          x.done_date,
          x.verified_date,
          x.verification_evidence,
          x.rejection_reason};
}

const std::vector<std::string> kActionHeader = {"Opatření",       "Odpovědná osoba", "Termín",      "Stav",
                                                "Plnění termínu", "Dní po termínu",  "Splněno dne", "Ověřeno dne",
                                                "Doklad ověření", "Důvod vrácení"};

}  // namespace

std::string audit_type_cs(const std::string& type) {
  static const std::map<std::string, std::string> names = {
      {"self_assessment", "Sebehodnocení"},
      {"internal", "Interní audit"},
      {"external", "Externí audit"},
      {"process", "Procesní audit"},
      {"inspection_basic", "Inspekce poskytování sociálních služeb – základní"},
      {"inspection_followup", "Inspekce poskytování sociálních služeb – následná"},
      {"inspection_notice", "Inspekce poskytování sociálních služeb – na podnět"},
  };
  return lookup(names, type);
}

std::string audit_status_cs(const std::string& status) {
  static const std::map<std::string, std::string> names = {{"draft", "rozpracovaný"}, {"closed", "uzavřený"}};
  return lookup(names, status);
}

std::string audit_method_cs(const std::string& method) {
  static const std::map<std::string, std::string> names = {
      {"document_study", "Studium dokumentace"},
      {"interviews_users", "Rozhovory s uživateli"},
      {"interviews_staff", "Rozhovory s pracovníky"},
      {"observation", "Pozorování"},
      {"records_review", "Kontrola záznamů a spisové dokumentace"},
      {"accompanying", "Doprovázení (účast na poskytování služby)"},
  };
  return lookup(names, method);
}

std::string verdict_cs(const std::string& verdict) {
  static const std::map<std::string, std::string> names = {
      {"pass", "vyhověl"}, {"fail", "nevyhověl"}, {"incomplete", "neúplné hodnocení"}, {"", "dosud neuzavřeno"}};
  return lookup(names, verdict);
}

std::string action_status_cs(const std::string& status) {
  static const std::map<std::string, std::string> names = {
      {"open", "otevřené"}, {"in_progress", "v řešení"}, {"done", "splněno"}, {"verified", "ověřeno"}};
  return lookup(names, status);
}

std::string due_state_cs(const std::string& due_state) {
  static const std::map<std::string, std::string> names = {{"on_track", "v termínu"},
                                                           {"overdue", "po termínu"},
                                                           {"awaiting_verification", "čeká na ověření"},
                                                           {"closed", "uzavřeno"}};
  return lookup(names, due_state);
}

std::string severity_cs(const std::string& severity) {
  static const std::map<std::string, std::string> names = {{"low", "nízká"}, {"medium", "střední"}, {"high", "vysoká"}};
  return lookup(names, severity);
}

std::string team_role_cs(const std::string& role) {
  static const std::map<std::string, std::string> names = {{"leader", "vedoucí týmu"}, {"member", "člen týmu"}};
  return lookup(names, role);
}

std::string change_kind_cs(const std::string& kind) {
  static const std::map<std::string, std::string> names = {
      {"improved", "zlepšení"},  {"worsened", "zhoršení"},           {"same", "beze změny"},
      {"new", "nové kritérium"}, {"removed", "vypuštěné kritérium"}, {"not_comparable", "nelze porovnat"}};
  return lookup(names, kind);
}

std::string criterion_state_cs(const std::string& state) {
  static const std::map<std::string, std::string> names = {
      {"scored", "hodnoceno"}, {"not_applicable", "nevztahuje se"}, {"not_scored", "dosud nehodnoceno"}};
  return lookup(names, state);
}

std::string service_kind_cs(const std::string& kind_code) {
  if (kind_code.empty()) return "";
  static const std::map<std::string, std::string> names = [] {
    std::map<std::string, std::string> out;
    const auto text = store::find_resource("catalogues/service_kinds.csv");
    if (!text) return out;
    const auto records = csv::parse_all(*text);
    if (records.empty()) return out;
    const csv::Header header(records.front().fields);
    for (std::size_t i = 1; i < records.size(); ++i) {
      const auto& r = records[i];
      const std::string code(header.get(r, "code")), name(header.get(r, "name_cs")),
          paragraph(header.get(r, "paragraph"));
      if (!code.empty() && !name.empty()) out[code] = paragraph.empty() ? name : name + " (" + paragraph + ")";
    }
    return out;
  }();
  return lookup(names, kind_code);
}

std::string level_label_cs(const dto::QAudit& audit, const std::string& level_code) {
  if (level_code.empty()) return "";
  for (const auto& l : audit.scale.levels)
    if (l.code == level_code) return l.label_cs.empty() ? l.code : l.label_cs;
  return level_code;
}

std::string pass_rule_cs(const dto::QPassRule& rule, const dto::QScale& scale) {
  std::vector<std::string> parts;
  if (rule.essential_min_points) {
    std::string p = "každé zásadní kritérium alespoň " + points_cs(*rule.essential_min_points);
    for (const auto& l : scale.levels)
      if (l.points && std::fabs(*l.points - *rule.essential_min_points) < 1e-9) {
        p += " (úroveň „" + l.label_cs + "“)";
        break;
      }
    parts.push_back(p);
  }
  if (rule.min_share) parts.push_back("celkem alespoň " + share_cs(*rule.min_share) + " maxima bodů");
  if (rule.min_share_per_standard)
    parts.push_back("v každém standardu alespoň " + share_cs(*rule.min_share_per_standard) + " maxima bodů");
  if (parts.empty()) return "bez dalších podmínek: vyhoví každý úplně ohodnocený audit";
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : i + 1 == parts.size() ? " a " : ", ") + parts[i];
  return out;
}

Sheet audit_results_sheet(const dto::QAudit& a) {
  Sheet out;
  out.name = "Výsledky";
  out.notes = audit_notes(a);
  out.header = {"Standard",  "Název standardu", "Kritérium",   "Zásadní", "Text kritéria",
                "Hodnocení", "Kód úrovně",      "Stav",        "Body",    "Maximum",
                "Váha",      "Poznámka",        "Počet příloh"};
  const auto names = standard_names(a);
  for (const auto& c : a.criteria) {
    auto it = names.find(c.standard);
    const bool scored = c.state == "scored";
    out.rows.push_back({static_cast<long long>(c.standard), it == names.end() ? std::string() : it->second, c.code,
                        yes_no(c.essential), c.text_cs, level_label_cs(a, c.level_code), c.level_code,
                        criterion_state_cs(c.state), scored ? Cell(c.points) : Cell(),
                        c.state == "not_applicable" ? Cell() : Cell(c.max), c.weight, c.note,
                        static_cast<long long>(c.evidence)});
  }
  out.widths = {9, 30, 10, 8, 60, 18, 12, 16, 8, 9, 7, 50, 9};
  return out;
}

std::vector<Sheet> audit_sheets(const dto::QAudit& a) {
  Sheet standards;
  standards.name = "Standardy";
  standards.notes = audit_notes(a);
  standards.header = {"Standard", "Název standardu", "Body",          "Maximum",          "% maxima",
                      "Kritérií", "Hodnoceno",       "Nevztahuje se", "Dosud nehodnoceno"};
  int criteria = 0, scored = 0, na = 0, not_scored = 0;
  for (const auto& r : a.results.standards) {
    standards.rows.push_back({static_cast<long long>(r.standard), r.name_cs, r.score.points, r.score.max,
                              cell(r.score.percent), static_cast<long long>(r.criteria),
                              static_cast<long long>(r.scored), static_cast<long long>(r.not_applicable),
                              static_cast<long long>(r.not_scored)});
    criteria += r.criteria;
    scored += r.scored;
    na += r.not_applicable;
    not_scored += r.not_scored;
  }
  standards.rows.push_back({Cell(), std::string("Celkem – ") + verdict_cs(a.results.verdict), a.results.total.points,
                            a.results.total.max, cell(a.results.total.percent), static_cast<long long>(criteria),
                            static_cast<long long>(scored), static_cast<long long>(na),
                            static_cast<long long>(not_scored)});
  standards.widths = {9, 50, 9, 9, 10, 9, 11, 13, 17};

  Sheet findings;
  findings.name = "Zjištění a opatření";
  findings.notes = {audit_notes(a).front()};
  findings.header = {"Kritérium", "Závažnost", "Zjištění", "Doporučení"};
  findings.header.insert(findings.header.end(), kActionHeader.begin(), kActionHeader.end());
  for (const auto& f : a.findings) {
    const std::vector<Cell> head = {f.criterion_code.empty() ? std::string("(obecné)") : f.criterion_code,
                                    severity_cs(f.severity), f.text, f.recommendation};
    if (f.actions.empty()) {
      auto row = head;
      row.push_back(std::string("(bez opatření)"));
      while (row.size() < findings.header.size()) row.push_back(std::string());
      findings.rows.push_back(std::move(row));
    }
    for (const auto& x : f.actions) {
      auto row = head;
      for (auto& c : action_cells(x)) row.push_back(std::move(c));
      findings.rows.push_back(std::move(row));
    }
  }
  findings.widths = {10, 10, 50, 40, 50, 22, 11, 12, 15, 10, 11, 11, 40, 40};
  return {audit_results_sheet(a), standards, findings};
}

Sheet actions_sheet(const std::vector<dto::QAction>& actions) {
  Sheet out;
  out.name = "Nápravná opatření";
  out.header = {"ID", "Audit", "Poskytovatel", "Služba", "Kritérium", "Závažnost", "Zjištění"};
  out.header.insert(out.header.end(), kActionHeader.begin(), kActionHeader.end());
  out.header.push_back("Ukazatel benchmarkingu");
  out.header.push_back("Založeno");
  for (const auto& x : actions) {
    std::vector<Cell> row = {x.id,           x.audit_title,    x.provider_name,
                             x.service_name, x.criterion_code, severity_cs(x.severity),
                             x.finding_text};
    for (auto& c : action_cells(x)) row.push_back(std::move(c));
    row.push_back(x.bm_indicator_name.empty() ? x.bm_indicator_code : x.bm_indicator_name);
    row.push_back(x.created_at);
    out.rows.push_back(std::move(row));
  }
  out.widths = {7, 35, 30, 30, 10, 10, 45, 45, 22, 11, 12, 15, 10, 11, 11, 35, 35, 14, 12};
  return out;
}

}  // namespace kvalis::exports
