#include "quality/app/external_findings.hpp"

#include "quality/app/actions.hpp"
#include "quality/app/audits.hpp"
#include "quality/app/sets.hpp"
#include "quality/core/scale.hpp"

namespace kvalis::quality::app {
namespace {

// The conducting organisation's template of this title over the built-in SQSS set (the audit needs one; its
// criteria are not assessed: the findings stand on their own).
Result<long long> template_for(soci::session& s, const accounts::Caller& caller, const ExternalFindingsInput& in,
                               long long now) {
  if (auto id = template_named(s, in.title, in.conductor_org_id)) return *id;
  auto set_id = latest_set_version(s, "SQSS");
  if (!set_id) return invalid("service_id", "quality.template.not_found");
  QTemplateInput t;
  t.owner_org_id = in.conductor_org_id;
  t.name = in.title;
  t.description = in.summary;
  t.set_id = *set_id;
  const auto scale = met_partly_scale();
  QScaleInput sc;
  sc.code = scale.code;
  sc.name_cs = scale.name_cs;
  sc.name_en = scale.name_en;
  for (const auto& l : scale.levels) sc.levels.push_back({l.code, l.label_cs, l.label_en, l.points});
  t.scale = sc;
  t.pass_rule = QPassRuleInput{};
  return create_template(s, caller, t, now);
}

Result<long long> audit_for(soci::session& s, const accounts::Caller& caller, const ExternalFindingsInput& in,
                            long long now) {
  if (auto found = find_audit(s, in.service_id, 0, in.title);
      found && found->status == AuditStatus::kDraft)
    return found->id;
  auto tmpl = template_for(s, caller, in, now);
  if (!tmpl) return tmpl.error();
  QAuditInput a;
  a.type = "process";
  a.template_id = *tmpl;
  a.service_id = in.service_id;
  a.conducted_by_org_id = in.conductor_org_id;
  a.title = in.title;
  a.summary_text = in.summary;
  if (!in.on_date.empty()) a.starts_on = in.on_date;
  a.methods = std::vector<std::string>{"records_review"};
  return create_audit(s, caller, a, now);
}

}  // namespace

Result<ExternalFindingsResult> record_external_findings(soci::session& s, const accounts::Caller& caller,
                                                        const ExternalFindingsInput& in, long long now) {
  ExternalFindingsResult out;
  auto audit = audit_for(s, caller, in, now);
  if (!audit) return audit.error();
  out.audit_id = *audit;
  for (const auto& item : in.items) {
    QFindingInput f;
    f.severity = item.severity;
    f.text = item.text;
    if (!item.recommendation.empty()) f.recommendation = item.recommendation;
    auto finding = create_finding(s, caller, out.audit_id, f, now);
    if (!finding) return finding.error();
    out.finding_ids.push_back(*finding);
    QActionInput a;
    a.text = item.action_text;
    a.owner = item.owner;
    a.due_date = item.due_date;
    auto action = create_action(s, caller, *finding, a, now);
    if (!action) return action.error();
    out.action_ids.push_back(*action);
  }
  return out;
}

}  // namespace kvalis::quality::app
