#pragma once
// What the quality use cases answer and take: audits with their results, findings, actions and evidence,
// the follow-up comparison, the region overview, standard sets and templates. Plain structs described
// with Boost.Describe: the HTTP layer writes them as its DTOs (quality/http/dto_quality.hpp) and the
// exports (quality/export) print the same views, so neither depends on the other.
#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::quality::app {

// ---- standards library ------------------------------------------------------------------------

struct QCriterion {
  static constexpr const char* kSchemaName = "QCriterion";
  long long id = 0;
  int standard = 0;
  std::string letter;
  std::string code;       // "2a"
  std::string essential;  // yes | no | unknown
  std::string text_cs;
  std::string source;
  std::string note;
  std::string valid_from;
  std::string valid_to;
};
BOOST_DESCRIBE_STRUCT(QCriterion, (),
                      (id, standard, letter, code, essential, text_cs, source, note, valid_from, valid_to))

struct QStandard {
  static constexpr const char* kSchemaName = "QStandard";
  long long id = 0;
  int number = 0;
  std::string name_cs;
  std::string part;  // procedural | staffing | operational | '' (OSPOD and own sets)
  bool name_verified = false;
  std::vector<QCriterion> criteria;
};
BOOST_DESCRIBE_STRUCT(QStandard, (), (id, number, name_cs, part, name_verified, criteria))

struct QSetSummary {
  static constexpr const char* kSchemaName = "QSetSummary";
  long long id = 0;  // the id of this version
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
  int standards = 0;
  int criteria = 0;
  int criteria_missing_text = 0;  // criteria without their official wording yet
  bool latest = false;
  bool can_edit = false;
  std::string change_note;
  std::string created_at;
};
BOOST_DESCRIBE_STRUCT(QSetSummary, (),
                      (id, code, version, name, kind, description, source_act, valid_from, valid_to, owner_org_id,
                       owner_name, standards, criteria, criteria_missing_text, latest, can_edit, change_note,
                       created_at))

struct QSetList {
  static constexpr const char* kSchemaName = "QSetList";
  std::vector<QSetSummary> items;  // every version; newest version of each code first within the code
};
BOOST_DESCRIBE_STRUCT(QSetList, (), (items))

struct QSet {
  static constexpr const char* kSchemaName = "QSet";
  QSetSummary set;
  std::vector<QStandard> standards;
  std::vector<QSetSummary> versions;  // all versions of the same code, newest first
};
BOOST_DESCRIBE_STRUCT(QSet, (), (set, standards, versions))

struct QCriterionInput {
  static constexpr const char* kSchemaName = "QCriterionInput";
  int standard = 0;
  std::string letter;
  std::string essential;  // yes | no | unknown
  std::string text_cs;
  std::optional<std::string> source;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(QCriterionInput, (), (standard, letter, essential, text_cs, source, note))

struct QStandardInput {
  static constexpr const char* kSchemaName = "QStandardInput";
  int number = 0;
  std::string name_cs;
  std::optional<std::string> part;
};
BOOST_DESCRIBE_STRUCT(QStandardInput, (), (number, name_cs, part))

// A new set (POST /api/quality/sets) or a new version of one (POST /api/quality/sets/{id}/versions).
struct QSetInput {
  static constexpr const char* kSchemaName = "QSetInput";
  std::optional<std::string> code;  // new set only: [A-Z0-9_-]{2,32}
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<long long> owner_org_id;  // new set only; defaults to the caller's only organisation
  std::optional<std::string> valid_from;  // default today
  std::optional<std::string> change_note;
  std::vector<QStandardInput> standards;
  std::vector<QCriterionInput> criteria;
};
BOOST_DESCRIBE_STRUCT(QSetInput, (),
                      (code, name, description, owner_org_id, valid_from, change_note, standards, criteria))

struct QImportProblem {
  static constexpr const char* kSchemaName = "QImportProblem";
  long long line = 0;
  std::string field;
  std::string message;
};
BOOST_DESCRIBE_STRUCT(QImportProblem, (), (line, field, message))

struct QCriterionChange {
  static constexpr const char* kSchemaName = "QCriterionChange";
  std::string kind;  // added | changed | removed
  std::string code;
  std::vector<std::string> changed_fields;
  std::string before_text;
  std::string after_text;
  std::string before_essential;
  std::string after_essential;
};
BOOST_DESCRIBE_STRUCT(QCriterionChange, (),
                      (kind, code, changed_fields, before_text, after_text, before_essential, after_essential))

// POST /api/quality/sets/{id}/import?valid_from=&dry_run=1 with the CSV text (criteria.csv format).
struct QImportResult {
  static constexpr const char* kSchemaName = "QImportResult";
  bool dry_run = false;
  std::optional<QSetSummary> created;  // the new version (not on a dry run or when nothing changed)
  std::vector<QCriterionChange> changes;
  int unchanged = 0;
  int other_set_rows = 0;
  std::vector<QImportProblem> problems;  // non-empty: nothing was imported (422); the first 100
  long long problems_total = 0;          // how many problems there are in all
};
BOOST_DESCRIBE_STRUCT(QImportResult, (),
                      (dry_run, created, changes, unchanged, other_set_rows, problems, problems_total))

// ---- templates ----------------------------------------------------------------------------------

struct QScaleLevel {
  static constexpr const char* kSchemaName = "QScaleLevel";
  std::string code;
  std::string label_cs;
  std::string label_en;
  std::optional<double> points;  // null: not applicable
};
BOOST_DESCRIBE_STRUCT(QScaleLevel, (), (code, label_cs, label_en, points))

struct QScale {
  static constexpr const char* kSchemaName = "QScale";
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::vector<QScaleLevel> levels;
  double max_points = 0;
};
BOOST_DESCRIBE_STRUCT(QScale, (), (code, name_cs, name_en, levels, max_points))

struct QPassRule {
  static constexpr const char* kSchemaName = "QPassRule";
  std::optional<double> essential_min_points;
  std::optional<double> min_share;               // 0..1
  std::optional<double> min_share_per_standard;  // 0..1
  std::string text;                              // the rule in words, in the caller's language
};
BOOST_DESCRIBE_STRUCT(QPassRule, (), (essential_min_points, min_share, min_share_per_standard, text))

struct QScaleInput {
  static constexpr const char* kSchemaName = "QScaleInput";
  std::string code;
  std::string name_cs;
  std::optional<std::string> name_en;
  std::vector<QScaleLevel> levels;
  std::optional<double> max_points;  // ignored: follows from the levels
};
BOOST_DESCRIBE_STRUCT(QScaleInput, (), (code, name_cs, name_en, levels, max_points))

struct QPassRuleInput {
  static constexpr const char* kSchemaName = "QPassRuleInput";
  std::optional<double> essential_min_points;
  std::optional<double> min_share;
  std::optional<double> min_share_per_standard;
  std::optional<std::string> text;  // ignored
};
BOOST_DESCRIBE_STRUCT(QPassRuleInput, (), (essential_min_points, min_share, min_share_per_standard, text))

struct QWeight {
  static constexpr const char* kSchemaName = "QWeight";
  std::string code;  // criterion code, "2a"
  double weight = 1;
};
BOOST_DESCRIBE_STRUCT(QWeight, (), (code, weight))

struct QTemplate {
  static constexpr const char* kSchemaName = "QTemplate";
  long long id = 0;
  std::optional<long long> owner_org_id;
  std::string owner_name;
  std::string name;
  std::string description;
  long long set_id = 0;
  std::string set_code;
  int set_version = 0;
  std::string set_name;
  QScale scale;
  QPassRule pass_rule;
  std::vector<QWeight> weights;  // only those other than 1
  bool archived = false;
  bool can_edit = false;
  int audits = 0;
};
BOOST_DESCRIBE_STRUCT(QTemplate, (),
                      (id, owner_org_id, owner_name, name, description, set_id, set_code, set_version, set_name, scale,
                       pass_rule, weights, archived, can_edit, audits))

struct QTemplateList {
  static constexpr const char* kSchemaName = "QTemplateList";
  std::vector<QTemplate> items;
  std::vector<QScale> builtin_scales;
};
BOOST_DESCRIBE_STRUCT(QTemplateList, (), (items, builtin_scales))

struct QTemplateInput {
  static constexpr const char* kSchemaName = "QTemplateInput";
  std::optional<long long> owner_org_id;
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<long long> set_id;
  std::optional<QScaleInput> scale;  // levels given in full (code, labels, points)
  std::optional<QPassRuleInput> pass_rule;
  std::optional<std::vector<QWeight>> weights;
  std::optional<bool> archived;
};
BOOST_DESCRIBE_STRUCT(QTemplateInput, (),
                      (owner_org_id, name, description, set_id, scale, pass_rule, weights, archived))

// ---- audits ---------------------------------------------------------------------------------------

struct QTeamMember {
  static constexpr const char* kSchemaName = "QTeamMember";
  long long user_id = 0;
  std::string name;
  std::string role;  // leader | member
};
BOOST_DESCRIBE_STRUCT(QTeamMember, (), (user_id, name, role))

struct QWarning {
  static constexpr const char* kSchemaName = "QWarning";
  std::string code;     // e.g. quality.team.too_small
  std::string message;  // in the caller's language
};
BOOST_DESCRIBE_STRUCT(QWarning, (), (code, message))

struct QSubtotal {
  static constexpr const char* kSchemaName = "QSubtotal";
  double points = 0;
  double max = 0;
  std::optional<double> percent;
};
BOOST_DESCRIBE_STRUCT(QSubtotal, (), (points, max, percent))

struct QStandardResult {
  static constexpr const char* kSchemaName = "QStandardResult";
  int standard = 0;
  std::string name_cs;
  QSubtotal score;
  int criteria = 0;
  int scored = 0;
  int not_applicable = 0;
  int not_scored = 0;
};
BOOST_DESCRIBE_STRUCT(QStandardResult, (), (standard, name_cs, score, criteria, scored, not_applicable, not_scored))

struct QReason {
  static constexpr const char* kSchemaName = "QReason";
  std::string kind;  // essential_failed | total_below_min | standard_below_min | not_scored | nothing_applicable
  std::string criterion_code;
  int standard = 0;
  std::string message;  // in the caller's language
};
BOOST_DESCRIBE_STRUCT(QReason, (), (kind, criterion_code, standard, message))

struct QResults {
  static constexpr const char* kSchemaName = "QResults";
  std::vector<QStandardResult> standards;
  QSubtotal total;
  std::string verdict;  // pass | fail | incomplete
  std::vector<QReason> reasons;
};
BOOST_DESCRIBE_STRUCT(QResults, (), (standards, total, verdict, reasons))

struct QEvidence {
  static constexpr const char* kSchemaName = "QEvidence";
  long long id = 0;
  std::optional<long long> criterion_id;
  std::optional<long long> action_id;
  std::string file_name;
  std::string content_type;
  long long size_bytes = 0;
  std::string sha256;
  std::string uploaded_by;
  std::string uploaded_at;
};
BOOST_DESCRIBE_STRUCT(QEvidence, (),
                      (id, criterion_id, action_id, file_name, content_type, size_bytes, sha256, uploaded_by,
                       uploaded_at))

// One criterion of an audit with its assessment.
struct QAuditCriterion {
  static constexpr const char* kSchemaName = "QAuditCriterion";
  long long criterion_id = 0;
  int standard = 0;
  std::string letter;
  std::string code;
  bool essential = false;
  double weight = 1;
  std::string text_cs;
  std::string level_code;  // '' when not scored
  std::string note;
  std::string state;  // scored | not_applicable | not_scored
  double points = 0;
  double max = 0;
  int evidence = 0;  // number of files
  std::string updated_at;
};
BOOST_DESCRIBE_STRUCT(QAuditCriterion, (),
                      (criterion_id, standard, letter, code, essential, weight, text_cs, level_code, note, state,
                       points, max, evidence, updated_at))

struct QAuditSummary {
  static constexpr const char* kSchemaName = "QAuditSummary";
  long long id = 0;
  std::string type;
  std::string title;
  std::string status;  // draft | closed
  long long audited_org_id = 0;
  std::string audited_org_name;
  std::optional<long long> service_id;
  std::string service_name;
  std::string kind_code;
  long long conducted_by_org_id = 0;
  std::string conducted_by_name;
  std::string set_code;
  int set_version = 0;
  std::string starts_on;
  std::string ends_on;
  std::string verdict;  // as of close; '' while a draft
  std::optional<double> total_percent;
  std::optional<long long> previous_audit_id;
  int open_actions = 0;
  int overdue_actions = 0;
};
BOOST_DESCRIBE_STRUCT(QAuditSummary, (),
                      (id, type, title, status, audited_org_id, audited_org_name, service_id, service_name, kind_code,
                       conducted_by_org_id, conducted_by_name, set_code, set_version, starts_on, ends_on, verdict,
                       total_percent, previous_audit_id, open_actions, overdue_actions))

struct QAuditList {
  static constexpr const char* kSchemaName = "QAuditList";
  std::vector<QAuditSummary> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
};
BOOST_DESCRIBE_STRUCT(QAuditList, (), (items, total, page, page_size))

struct QActionEvent {
  static constexpr const char* kSchemaName = "QActionEvent";
  std::string from_status;
  std::string to_status;
  std::string actor_kind;
  std::string user_name;
  std::string on_date;
  std::string note;
  std::string at;
};
BOOST_DESCRIBE_STRUCT(QActionEvent, (), (from_status, to_status, actor_kind, user_name, on_date, note, at))

struct QIndicatorPoint {
  static constexpr const char* kSchemaName = "QIndicatorPoint";
  long long round_id = 0;
  std::string round_name;
  std::string period;  // the round's reference period end (YYYY-MM-DD) or name
  std::optional<double> value;
  std::string when;  // before | after
};
BOOST_DESCRIBE_STRUCT(QIndicatorPoint, (), (round_id, round_name, period, value, when))

struct QActionIndicator {
  static constexpr const char* kSchemaName = "QActionIndicator";
  long long group_id = 0;
  std::string group_name;
  std::string code;
  std::string name;
  std::string unit;
  std::string direction;  // higher_better | lower_better | neutral
  std::vector<QIndicatorPoint> points;
  std::optional<double> before;  // the last value before the action was created
  std::optional<double> after;   // the first value after it was done (or the latest)
  std::optional<double> change;
};
BOOST_DESCRIBE_STRUCT(QActionIndicator, (),
                      (group_id, group_name, code, name, unit, direction, points, before, after, change))

// A benchmark indicator an action may be linked to: of the working groups the audited organisation takes
// part in (the newest methodology of each), for the audited service's kind.
struct QIndicatorChoice {
  static constexpr const char* kSchemaName = "QIndicatorChoice";
  long long group_id = 0;
  std::string group_name;
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string unit;
};
BOOST_DESCRIBE_STRUCT(QIndicatorChoice, (), (group_id, group_name, code, name_cs, name_en, unit))

struct QIndicatorChoiceList {
  static constexpr const char* kSchemaName = "QIndicatorChoiceList";
  std::vector<QIndicatorChoice> items;
};
BOOST_DESCRIBE_STRUCT(QIndicatorChoiceList, (), (items))

struct QAction {
  static constexpr const char* kSchemaName = "QAction";
  long long id = 0;
  long long finding_id = 0;
  long long audit_id = 0;
  std::string audit_title;
  long long provider_org_id = 0;
  std::string provider_name;
  std::optional<long long> service_id;
  std::string service_name;
  std::string criterion_code;
  std::string finding_text;
  std::string severity;
  std::string text;
  std::string owner;
  std::string due_date;
  std::string status;     // open | in_progress | done | verified
  std::string due_state;  // on_track | overdue | awaiting_verification | closed
  int days_overdue = 0;
  int days_left = 0;
  std::string done_date;
  std::string verified_date;
  std::string verification_evidence;
  std::string rejection_reason;
  std::vector<std::string> allowed_transitions;  // for the caller
  std::optional<long long> bm_group_id;
  std::string bm_indicator_code;
  std::string bm_indicator_name;              // the indicator's name in the group's newest methodology that has it
  std::optional<QActionIndicator> indicator;  // detail only
  std::vector<QActionEvent> history;          // detail only
  std::vector<QEvidence> evidence;            // detail only
  std::string created_at;
};
BOOST_DESCRIBE_STRUCT(QAction, (),
                      (id, finding_id, audit_id, audit_title, provider_org_id, provider_name, service_id, service_name,
                       criterion_code, finding_text, severity, text, owner, due_date, status, due_state, days_overdue,
                       days_left, done_date, verified_date, verification_evidence, rejection_reason,
                       allowed_transitions, bm_group_id, bm_indicator_code, bm_indicator_name, indicator, history,
                       evidence, created_at))

struct QActionList {
  static constexpr const char* kSchemaName = "QActionList";
  std::vector<QAction> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
  int overdue = 0;  // of all matching, not only this page
};
BOOST_DESCRIBE_STRUCT(QActionList, (), (items, total, page, page_size, overdue))

struct QFinding {
  static constexpr const char* kSchemaName = "QFinding";
  long long id = 0;
  long long audit_id = 0;
  std::optional<long long> criterion_id;
  std::string criterion_code;
  std::string severity;  // low | medium | high
  std::string text;
  std::string recommendation;
  std::vector<QAction> actions;
  std::string created_at;
};
BOOST_DESCRIBE_STRUCT(QFinding, (),
                      (id, audit_id, criterion_id, criterion_code, severity, text, recommendation, actions, created_at))

struct QAudit {
  static constexpr const char* kSchemaName = "QAudit";
  QAuditSummary summary;
  std::string place;
  std::vector<std::string> methods;  // document_study | interviews_users | interviews_staff | observation |
                                     // records_review | accompanying
  std::vector<QTeamMember> team;
  std::vector<QWarning> warnings;
  std::optional<long long> template_id;
  std::string template_name;
  std::string set_name;
  QScale scale;
  QPassRule pass_rule;
  std::string summary_text;
  std::vector<QStandard> standards;  // names only (criteria empty); criteria are below
  std::vector<QAuditCriterion> criteria;
  QResults results;  // live, from the assessments as they are now
  std::vector<QFinding> findings;
  std::vector<QEvidence> evidence;
  int revision = 0;         // increases with every saved change
  bool can_edit = false;    // may score and edit (team, or the provider on a self-assessment)
  bool can_manage = false;  // may change the header, the team and close/reopen
  std::string closed_at;
};
BOOST_DESCRIBE_STRUCT(QAudit, (),
                      (summary, place, methods, team, warnings, template_id, template_name, set_name, scale, pass_rule,
                       summary_text, standards, criteria, results, findings, evidence, revision, can_edit, can_manage,
                       closed_at))

struct QTeamInput {
  static constexpr const char* kSchemaName = "QTeamInput";
  long long user_id = 0;
  std::string role;
};
BOOST_DESCRIBE_STRUCT(QTeamInput, (), (user_id, role))

struct QAuditInput {
  static constexpr const char* kSchemaName = "QAuditInput";
  std::optional<std::string> type;
  std::optional<long long> template_id;  // on create
  std::optional<long long> service_id;   // on create (or audited_org_id for an OSPOD office)
  std::optional<long long> audited_org_id;
  std::optional<long long> conducted_by_org_id;  // default: the caller's organisation
  std::optional<long long> previous_audit_id;    // a follow-up
  std::optional<std::string> title;
  std::optional<std::string> place;
  std::optional<std::string> starts_on;
  std::optional<std::string> ends_on;
  std::optional<std::vector<std::string>> methods;
  std::optional<std::vector<QTeamInput>> team;
  std::optional<std::string> summary_text;
};
BOOST_DESCRIBE_STRUCT(QAuditInput, (),
                      (type, template_id, service_id, audited_org_id, conducted_by_org_id, previous_audit_id, title,
                       place, starts_on, ends_on, methods, team, summary_text))

struct QAssessmentInput {
  static constexpr const char* kSchemaName = "QAssessmentInput";
  long long criterion_id = 0;
  std::string level_code;  // '' clears the score
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(QAssessmentInput, (), (criterion_id, level_code, note))

// PUT /api/quality/audits/{id}/assessments: idempotent, so a client may resend a queued batch after a
// network error; the answer is the whole audit again.
struct QAssessmentsInput {
  static constexpr const char* kSchemaName = "QAssessmentsInput";
  std::vector<QAssessmentInput> assessments;
};
BOOST_DESCRIBE_STRUCT(QAssessmentsInput, (), (assessments))

struct QFindingInput {
  static constexpr const char* kSchemaName = "QFindingInput";
  std::optional<long long> criterion_id;
  std::optional<std::string> severity;
  std::optional<std::string> text;
  std::optional<std::string> recommendation;
};
BOOST_DESCRIBE_STRUCT(QFindingInput, (), (criterion_id, severity, text, recommendation))

struct QActionInput {
  static constexpr const char* kSchemaName = "QActionInput";
  std::optional<std::string> text;
  std::optional<std::string> owner;
  std::optional<std::string> due_date;
  std::optional<long long> bm_group_id;
  std::optional<std::string> bm_indicator_code;  // '' removes the link
};
BOOST_DESCRIBE_STRUCT(QActionInput, (), (text, owner, due_date, bm_group_id, bm_indicator_code))

struct QTransitionInput {
  static constexpr const char* kSchemaName = "QTransitionInput";
  std::string to;                   // in_progress | done | verified (done → in_progress: a rejection)
  std::optional<std::string> date;  // default today
  std::optional<std::string> note;  // rejection reason or verification evidence
};
BOOST_DESCRIBE_STRUCT(QTransitionInput, (), (to, date, note))

// A service to audit (GET /api/quality/services): the registry's public facts only.
struct QServiceRef {
  static constexpr const char* kSchemaName = "QServiceRef";
  long long id = 0;
  std::string name;
  long long provider_id = 0;
  std::string provider_name;
  std::string kind_code;
  std::vector<std::string> forms;
  std::string region_code;
};
BOOST_DESCRIBE_STRUCT(QServiceRef, (), (id, name, provider_id, provider_name, kind_code, forms, region_code))

struct QServiceRefList {
  static constexpr const char* kSchemaName = "QServiceRefList";
  std::vector<QServiceRef> items;
};
BOOST_DESCRIBE_STRUCT(QServiceRefList, (), (items))

// ---- follow-up and overview ----------------------------------------------------------------------

struct QCriterionComparison {
  static constexpr const char* kSchemaName = "QCriterionComparison";
  std::string code;
  int standard = 0;
  std::string letter;
  std::string previous_level;
  std::string current_level;
  std::string kind;  // improved | worsened | same | new | removed | not_comparable
  std::optional<double> change_points;
};
BOOST_DESCRIBE_STRUCT(QCriterionComparison, (),
                      (code, standard, letter, previous_level, current_level, kind, change_points))

struct QScoreComparison {
  static constexpr const char* kSchemaName = "QScoreComparison";
  int standard = 0;  // 0: the total
  std::string name_cs;
  std::optional<double> previous_percent;
  std::optional<double> current_percent;
  std::optional<double> change_points;
  std::string kind;
};
BOOST_DESCRIBE_STRUCT(QScoreComparison, (), (standard, name_cs, previous_percent, current_percent, change_points, kind))

struct QComparison {
  static constexpr const char* kSchemaName = "QComparison";
  long long previous_audit_id = 0;
  std::string previous_title;
  std::string previous_ends_on;
  long long current_audit_id = 0;
  std::vector<QCriterionComparison> criteria;
  std::vector<QScoreComparison> standards;
  QScoreComparison total;
  int improved = 0;
  int worsened = 0;
  int same = 0;
};
BOOST_DESCRIBE_STRUCT(QComparison, (),
                      (previous_audit_id, previous_title, previous_ends_on, current_audit_id, criteria, standards,
                       total, improved, worsened, same))

struct QOverviewRow {
  static constexpr const char* kSchemaName = "QOverviewRow";
  QAuditSummary audit;
  std::vector<std::optional<double>> standard_percents;  // in the order of QOverview.standards
};
BOOST_DESCRIBE_STRUCT(QOverviewRow, (), (audit, standard_percents))

struct QFailedCriterion {
  static constexpr const char* kSchemaName = "QFailedCriterion";
  std::string set_code;
  std::string code;
  std::string text_cs;
  bool essential = false;
  int failed = 0;    // audits where it scored below the scale maximum's half (or failed as essential)
  int assessed = 0;  // audits where it was scored
};
BOOST_DESCRIBE_STRUCT(QFailedCriterion, (), (set_code, code, text_cs, essential, failed, assessed))

struct QOverview {
  static constexpr const char* kSchemaName = "QOverview";
  std::string set_code;              // the set whose standards form the columns
  std::vector<QStandard> standards;  // names only
  std::vector<QOverviewRow> rows;    // a page of the closed audits of visible services, latest first
  long long rows_total = 0;          // closed audits in all (= audits)
  int page = 1;
  int page_size = 25;
  int audits = 0;
  int passed = 0;
  int failed = 0;
  int open_actions = 0;
  int overdue_actions = 0;
  std::vector<QFailedCriterion> most_failed;
  std::vector<QAction> overdue;  // the most overdue actions (overdue_actions counts all), most overdue first
};
BOOST_DESCRIBE_STRUCT(QOverview, (),
                      (set_code, standards, rows, rows_total, page, page_size, audits, passed, failed, open_actions,
                       overdue_actions, most_failed, overdue))

}  // namespace kvalis::quality::app
