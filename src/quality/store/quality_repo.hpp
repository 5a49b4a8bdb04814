#pragma once
// Storage of the quality module's audit side: standard set versions, audit templates, audits with their
// team, assessments and evidence, findings, corrective actions and their history.
// Every function runs in the caller's session (inside Database::read / write); access is decided by the
// caller (core/quality/audit_access.hpp).
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "quality/core/audit_access.hpp"
#include "quality/core/scoring.hpp"
#include "quality/core/versioning.hpp"

namespace kvalis::store::quality_repo {

// ---- standard sets ----------------------------------------------------------------------------

struct SetRow {
  long long id = 0;
  std::string code;
  int version = 0;
  std::string name;
  std::string kind;  // builtin | custom
  std::string description;
  std::string source_act;
  std::string valid_from;
  std::string valid_to;
  std::optional<long long> owner_org_id;
  std::string owner_name;
  std::string owner_region_code;
  std::string change_note;
  long long created_at = 0;
  int standards = 0;
  int criteria = 0;
  int criteria_missing_text = 0;
  bool latest = false;
};

struct StandardRow {
  long long id = 0;
  int number = 0;
  std::string name_cs;
  std::string part;
  bool name_verified = false;
};

struct CriterionRow {
  long long id = 0;
  int standard = 0;  // the standard's number
  std::string letter;
  std::string essential;  // yes | no | unknown
  std::string text_cs;
  std::string source;
  std::string note;
  std::string valid_from;
  std::string valid_to;
};

std::vector<SetRow> list_sets(soci::session& s);  // every version, by code then version descending
std::optional<SetRow> get_set(soci::session& s, long long id);
std::vector<SetRow> versions_of(soci::session& s, const std::string& code);  // newest first
std::vector<StandardRow> standards_of(soci::session& s, long long set_id);
std::vector<CriterionRow> criteria_of(soci::session& s, long long set_id);  // by standard, letter
// The criteria of one version as the versioning core sees them.
std::vector<quality::SetCriterion> set_criteria(soci::session& s, long long set_id);
// The whole history of a code as the versioning core sees it.
std::vector<quality::StandardSetVersion> history_of(soci::session& s, const std::string& code);

struct NewSetVersion {
  std::string code;
  std::string name;
  std::string kind;  // builtin | custom
  std::string description;
  std::string source_act;
  std::string valid_from;
  std::optional<long long> owner_org_id;
  std::string change_note;
  long long created_by = 0;
  std::vector<StandardRow> standards;  // ids ignored
  std::vector<quality::SetCriterion> criteria;
};
// Inserts version latest + 1 (1 for a new code); the previous latest version ends the day before valid_from
// (when that is later than its start). Returns the new set id.
long long insert_set_version(soci::session& s, const NewSetVersion& v, long long now);

// ---- templates --------------------------------------------------------------------------------

struct TemplateRow {
  long long id = 0;
  std::optional<long long> owner_org_id;
  std::string owner_name;
  std::string name;
  std::string description;
  long long set_id = 0;
  std::string set_code;
  int set_version = 0;
  std::string set_name;
  std::string scale_code;
  std::string scale_name;
  std::string scale_levels;  // quality::format_scale
  std::string pass_rule;     // quality::format_pass_rule
  std::string weights;       // format_weights
  bool archived = false;
  int audits = 0;
};

std::vector<TemplateRow> list_templates(soci::session& s);
std::optional<TemplateRow> get_template(soci::session& s, long long id);
long long insert_template(soci::session& s, const TemplateRow& t, long long now);
void update_template(soci::session& s, const TemplateRow& t, long long now);

// Weights as stored: "2a=2;3b=1.5" (criteria not named weigh 1).
std::string format_weights(const std::vector<std::pair<std::string, double>>& weights);
std::vector<std::pair<std::string, double>> parse_weights(const std::string& text);

// ---- audits -----------------------------------------------------------------------------------

struct TeamRow {
  long long user_id = 0;
  std::string name;
  std::string role;  // leader | member
};

struct AuditRow {
  long long id = 0;
  std::string type;
  std::optional<long long> template_id;
  std::string template_name;
  long long set_id = 0;
  std::string set_code;
  int set_version = 0;
  std::string set_name;
  std::string scale_code;
  std::string scale_name;
  std::string scale_levels;
  std::string pass_rule;
  std::string weights;
  long long audited_org_id = 0;
  std::string audited_org_name;
  std::string audited_org_region;
  std::string audited_org_legal_form;
  std::string audited_org_founder;
  std::optional<long long> service_id;
  std::string service_name;
  std::string kind_code;
  std::string service_region;
  long long conducted_by_org_id = 0;
  std::string conducted_by_name;
  std::string title;
  std::string place;
  std::string starts_on;
  std::string ends_on;
  std::vector<std::string> methods;
  std::optional<long long> previous_audit_id;
  quality::AuditStatus status = quality::AuditStatus::kDraft;
  std::string summary;
  std::string verdict;
  std::optional<double> total_percent;
  std::string standard_percents;  // "1=83.3;2=100" as of close
  long long closed_at = 0;
  long long closed_by = 0;
  int revision = 1;
  long long created_by = 0;
  long long created_at = 0;
  long long updated_at = 0;
  std::vector<TeamRow> team;  // filled by get_audit
  std::string region_code() const { return service_region.empty() ? audited_org_region : service_region; }
};

quality::AuditFacts facts_of(const AuditRow& a);

struct AuditFilter {
  std::optional<long long> service_id;
  std::optional<long long> org_id;  // audited organisation
  std::string type;
  std::optional<quality::AuditStatus> status;
  std::string verdict;
  std::string text;                           // title, service or organisation name contains
  std::optional<std::vector<long long>> ids;  // only these audits
};

long long insert_audit(soci::session& s, AuditRow& a, long long now);   // also the team
void update_audit(soci::session& s, const AuditRow& a, long long now);  // header and team; bumps revision
std::optional<AuditRow> get_audit(soci::session& s, long long id);
// Every audit matching the filter, newest first, with its team (the caller filters by access).
std::vector<AuditRow> list_audits(soci::session& s, const AuditFilter& f);
void touch_audit(soci::session& s, long long id, long long now);  // revision + 1
// Every audit, newest first as list_audits, with only what access checks, region lists and tallies read:
// id, type, set (id, code, version), audited organisation (id, region, legal form, founder), service (id,
// region), conducting body, status, verdict, dates, revision, updated_at and the team (user ids and roles, no
// names). The other fields are empty; read a page's full rows with list_audits({.ids = …}).
std::vector<AuditRow> list_audit_heads(soci::session& s);

struct AssessmentRow {
  long long criterion_id = 0;
  std::string level_code;
  std::string note;
  long long updated_by = 0;
  long long updated_at = 0;
};
std::vector<AssessmentRow> assessments_of(soci::session& s, long long audit_id);
// The assessments of many audits in one query, by audit.
std::map<long long, std::vector<AssessmentRow>> assessments_of_audits(soci::session& s,
                                                                      const std::vector<long long>& audit_ids);
void upsert_assessment(soci::session& s, long long audit_id, const AssessmentRow& a);

// What an audit is scored with, rebuilt from its stored snapshot.
struct AuditModel {
  quality::Scale scale;
  quality::PassRule rule;
  std::vector<CriterionRow> criteria;
  std::vector<StandardRow> standards;
  std::vector<quality::Criterion> scoring;  // ids are criterion ids as text, weights applied
};
AuditModel model_of(soci::session& s, const AuditRow& a);

// Scoring models of many audits (the region overview): audits of one set version made with the same scale,
// pass rule and weights share one model, loaded once.
class ModelCache {
 public:
  const AuditModel& of(soci::session& s, const AuditRow& a);
  int loads() const { return loads_; }  // models built so far

 private:
  std::map<std::string, AuditModel> models_;
  int loads_ = 0;
};
quality::AuditScore score_of(const AuditModel& m, const std::vector<AssessmentRow>& assessments);

// Computes the score and stores the snapshot (verdict, total, per standard) with status closed.
quality::AuditScore close_audit(soci::session& s, long long audit_id, long long user_id, long long now);
void reopen_audit(soci::session& s, long long audit_id, long long now);
std::string format_standard_percents(const quality::AuditScore& score);
std::vector<std::pair<int, double>> parse_standard_percents(const std::string& text);

// ---- evidence ---------------------------------------------------------------------------------

struct EvidenceRow {
  long long id = 0;
  long long audit_id = 0;
  std::optional<long long> criterion_id;
  std::optional<long long> action_id;
  std::string file_name;
  std::string content_type;
  long long size_bytes = 0;
  std::string sha256;
  long long uploaded_by = 0;
  std::string uploaded_by_name;
  long long uploaded_at = 0;
};
long long insert_evidence(soci::session& s, const EvidenceRow& e, const std::string& data_base64);
std::vector<EvidenceRow> evidence_of_audit(soci::session& s, long long audit_id);  // incl. actions' evidence
std::optional<EvidenceRow> get_evidence(soci::session& s, long long id);
std::string evidence_content(soci::session& s, long long id);  // base64
void delete_evidence(soci::session& s, long long id);

// ---- findings and actions -----------------------------------------------------------------------

struct FindingRow {
  long long id = 0;
  long long audit_id = 0;
  std::optional<long long> criterion_id;
  std::string criterion_code;
  std::string severity;
  std::string text;
  std::string recommendation;
  long long created_by = 0;
  long long created_at = 0;
};
long long insert_finding(soci::session& s, const FindingRow& f);
void update_finding(soci::session& s, const FindingRow& f);
void delete_finding(soci::session& s, long long id);
std::optional<FindingRow> get_finding(soci::session& s, long long id);
std::vector<FindingRow> findings_of(soci::session& s, long long audit_id);

struct ActionRow {
  quality::CorrectiveAction action;  // id and finding_id as text
  long long id = 0;
  long long finding_id = 0;
  long long audit_id = 0;
  std::optional<long long> bm_group_id;
  std::string bm_indicator_code;
  long long created_by = 0;
  long long created_at = 0;
  long long updated_at = 0;
  // context, read only
  std::string audit_title;
  std::string audit_type;
  std::string audit_ends_on;
  long long audited_org_id = 0;
  std::string audited_org_name;
  std::optional<long long> service_id;
  std::string service_name;
  std::string criterion_code;
  std::string finding_text;
  std::string severity;
};
long long insert_action(soci::session& s, ActionRow& a, long long now);
void update_action(soci::session& s, const ActionRow& a, long long now);  // text, owner, due, status fields, link
std::optional<ActionRow> get_action(soci::session& s, long long id);
std::vector<ActionRow> actions_of_audit(soci::session& s, long long audit_id);

struct ActionFilter {
  std::string status;
  std::optional<long long> org_id;
  std::optional<long long> audit_id;
  std::optional<long long> service_id;        // audited service
  std::vector<long long> audit_ids;           // restrict to these (the audits the caller may read); empty = none
  std::optional<std::vector<long long>> ids;  // only these actions
};
std::vector<ActionRow> list_actions(soci::session& s, const ActionFilter& f);
// Every action in list order (due date, id) with only id, finding_id, audit_id, the audit's organisation and
// service, and the action's status, due and done dates filled: what filters, due states, counts and paging
// need.
std::vector<ActionRow> list_action_heads(soci::session& s);

struct ActionEventRow {
  long long action_id = 0;
  std::string from_status;
  std::string to_status;
  std::string actor_kind;
  long long user_id = 0;
  std::string user_name;
  std::string on_date;
  std::string note;
  long long at = 0;
};
void insert_action_event(soci::session& s, const ActionEventRow& e);
std::vector<ActionEventRow> action_events(soci::session& s, long long action_id);

// Open / overdue action counts of audits as of today, in one query (audits without open actions are absent).
struct ActionCounts {
  int open = 0;
  int overdue = 0;
};
std::map<long long, ActionCounts> action_counts(soci::session& s, const std::vector<long long>& audit_ids,
                                                const std::string& today);

// ---- what the audit pages read from the registry and the benchmark ---------------------------------

// The forms of a service (";pob;amb;" split), empty when it has none.
std::vector<std::string> service_forms(soci::session& s, long long service_id);
// The audited service of a new audit: its provider, name and region.
struct ServiceTarget {
  long long provider_id = 0;
  std::string name;
  std::string region_code;
};
std::optional<ServiceTarget> service_target(soci::session& s, long long service_id);
// An organisation's type (as stored) and region.
struct OrganisationFacts {
  std::string type;
  std::string region_code;
};
std::optional<OrganisationFacts> organisation_facts(soci::session& s, long long org_id);
// An active user's display name; nullopt when the user is unknown or inactive.
std::optional<std::string> active_user_name(soci::session& s, long long user_id);

// Active services to choose for an audit, searched by service or provider name (search_key form).
struct ServiceChoice {
  long long id = 0;
  std::string name;
  long long provider_id = 0;
  std::string provider_name;
  std::string kind_code;
  std::vector<std::string> forms;
  std::string region_code;
};
std::vector<ServiceChoice> auditable_services(soci::session& s, const std::string& key, int limit);

// The name of an indicator code of a working group, from the newest methodology that has it ("" if none).
std::string indicator_name(soci::session& s, long long group_id, const std::string& code);
// A working group's indicator over its rounds, with one service's values.
struct IndicatorRound {
  long long round_id = 0;
  std::string round_name;
  int period_year = 0;
  std::optional<double> value;
};
struct IndicatorSeries {
  std::string group_name;
  std::string name;
  std::string unit;
  std::string direction;               // higher | lower
  std::vector<IndicatorRound> rounds;  // oldest first; empty when the group has no such indicator
};
IndicatorSeries indicator_series(soci::session& s, long long group_id, const std::string& code, long long service_id);
// Whether a working group's methodologies define the indicator code.
bool group_has_indicator(soci::session& s, long long group_id, const std::string& code);
// The indicators of the newest methodology of every working group the organisation is a member of.
struct IndicatorChoiceRow {
  long long group_id = 0;
  std::string group_name;
  std::string group_kinds;  // ";13;14;" or "" for every kind
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string unit;
  std::string kinds;  // of the indicator, the same form
};
std::vector<IndicatorChoiceRow> indicator_choices(soci::session& s, long long organisation_id);

}  // namespace kvalis::store::quality_repo
