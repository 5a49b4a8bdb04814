#pragma once
// Quality audits as tables for Excel and CSV, with Czech headers, and the Czech names of the quality
// module's codes (audit types, methods, action statuses, …) shared with the printable report.
#include <string>
#include <vector>

#include "platform/export/table.hpp"
#include "quality/app/views.hpp"

namespace kvalis::exports {

// Sheets "Výsledky" (one row per criterion), "Standardy" (one row per standard and the total) and
// "Zjištění a opatření" (one row per corrective action; a finding without actions has one row).
std::vector<Sheet> audit_sheets(const quality::app::QAudit& audit);
// The per-criterion sheet alone (the CSV export of an audit).
Sheet audit_results_sheet(const quality::app::QAudit& audit);
// One row per corrective action (the export of the actions list).
Sheet actions_sheet(const std::vector<quality::app::QAction>& actions);

// Czech names of codes; an unknown code comes back as it is.
std::string audit_type_cs(const std::string& type);        // external → Externí audit
std::string audit_status_cs(const std::string& status);    // draft → rozpracovaný
std::string audit_method_cs(const std::string& method);    // interviews_users → Rozhovory s uživateli
std::string verdict_cs(const std::string& verdict);        // pass → vyhověl
std::string action_status_cs(const std::string& status);   // in_progress → v řešení
std::string due_state_cs(const std::string& due_state);    // overdue → po termínu
std::string severity_cs(const std::string& severity);      // high → vysoká
std::string team_role_cs(const std::string& role);         // leader → vedoucí týmu
std::string change_kind_cs(const std::string& kind);       // improved → zlepšení
std::string criterion_state_cs(const std::string& state);  // not_scored → dosud nehodnoceno
// The Czech name of a kind of service by its registry code with its paragraph ("4" → "Pečovatelská služba
// (§40)"), from the embedded catalogues/service_kinds.csv (column code); "" for an empty code, the code when unknown.
std::string service_kind_cs(const std::string& kind_code);
// The Czech label of a level of the audit's scale ("" when the criterion is not scored yet).
std::string level_label_cs(const quality::app::QAudit& audit, const std::string& level_code);
// The pass rule in Czech words, composed from its numbers (the report is Czech whoever prints it).
std::string pass_rule_cs(const quality::app::QPassRule& rule, const quality::app::QScale& scale);

}  // namespace kvalis::exports
