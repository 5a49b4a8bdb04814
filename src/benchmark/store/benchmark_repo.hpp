#pragma once
#include "platform/core/text.hpp"
// Benchmarking data side: working groups and their members and meetings, methodologies (data items,
// indicators, consistency rules), data rounds, submissions, values and corrections after lock.
// Tables bm_* of migration 0002. Comparison results (bm_stats, bm_scores) are benchmark_results_repo's.
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "benchmark/core/form_state.hpp"
#include "benchmark/core/validation.hpp"

namespace kvalis::store::benchmark_repo {

// ';13;14;' ⇄ {"13", "14"}
using kvalis::join_codes;   // core/common/text.hpp
using kvalis::split_codes;  // core/common/text.hpp

// ---- working groups --------------------------------------------------------------------------

struct GroupRow {
  long long id = 0;
  long long region_org_id = 0;
  std::string region_name;
  std::string name;
  std::string description;
  std::vector<std::string> kinds;  // kinds of service compared (catalogue codes); empty = any
  long long created_at = 0;
};

struct MemberRow {
  long long provider_org_id = 0;
  std::string provider_name;
  std::string participation;  // full | data_only
  std::string joined_on;      // YYYY-MM-DD or ""
};

// Groups a caller may read: all, or those run by one of organisation_ids or having one of them as member.
struct GroupScope {
  bool all = false;
  std::vector<long long> organisation_ids;
};

long long insert_group(soci::session& s, const GroupRow& g);
void update_group(soci::session& s, const GroupRow& g);
std::optional<GroupRow> get_group(soci::session& s, long long id);
std::vector<GroupRow> list_groups(soci::session& s, const GroupScope& scope, int limit, int offset, long long& total);

std::vector<MemberRow> members(soci::session& s, long long group_id);
// The members as an access check needs them: provider and participation, no names, in no set order (one table,
// no join or sort; read on every save of a form).
std::vector<MemberRow> member_access(soci::session& s, long long group_id);
void replace_members(soci::session& s, long long group_id, const std::vector<MemberRow>& members);

// ---- meetings ---------------------------------------------------------------------------------

struct AttendanceRow {
  long long organisation_id = 0;
  std::string organisation_name;
  int attendees = 1;
};

struct MeetingRow {
  long long id = 0;
  long long group_id = 0;
  std::string held_on;
  std::string place;
  std::string agenda;
  std::string minutes;
  std::vector<AttendanceRow> attendance;
};

std::vector<MeetingRow> list_meetings(soci::session& s, long long group_id);
std::optional<MeetingRow> get_meeting(soci::session& s, long long id);
long long insert_meeting(soci::session& s, const MeetingRow& m);
// Updates the fields and replaces the attendance.
void update_meeting(soci::session& s, const MeetingRow& m);

// ---- methodologies ----------------------------------------------------------------------------

struct MethodologyRow {
  long long id = 0;
  long long group_id = 0;
  int version = 0;
  std::string name;
  std::string status;  // draft | published
  long long created_at = 0;
  int item_count = 0;
  int indicator_count = 0;
  int rule_count = 0;
};

struct ItemRow {
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string unit;
  bool required = true;
  std::optional<double> min_value;
  std::optional<double> max_value;
  std::string help_cs;
};

struct IndicatorRow {
  long long id = 0;  // set when read
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string numerator;
  std::string denominator = "1";
  double factor = 1.0;
  std::string unit;
  std::string direction;           // higher | lower
  std::string rba;                 // how_much | how_well | better_off
  std::vector<std::string> kinds;  // applicable kinds, empty = all of the group
};

struct RuleRow {
  std::string code;
  std::string left;
  std::string op;
  std::string right;
  std::string message_cs;
  std::string message_en;
};

struct MethodologyContent {
  std::vector<ItemRow> items;  // in form order
  std::vector<IndicatorRow> indicators;
  std::vector<RuleRow> rules;
  bool empty() const { return items.empty() && indicators.empty() && rules.empty(); }
};

std::vector<MethodologyRow> list_methodologies(soci::session& s, long long group_id);
std::optional<MethodologyRow> get_methodology(soci::session& s, long long id);
std::optional<MethodologyRow> latest_methodology(soci::session& s, long long group_id);
MethodologyContent load_content(soci::session& s, long long methodology_id);
// The content of a round's methodology: published, and a published methodology never changes (only a draft is
// edited), so it is read once per Database (store/memo.hpp). Never for a draft.
MethodologyContent round_content(soci::session& s, long long methodology_id);
// A new draft with the next version number; copies items, indicators and rules of copy_from when given.
long long insert_methodology(soci::session& s, long long group_id, const std::string& name, long long now,
                             std::optional<long long> copy_from);
void replace_content(soci::session& s, long long methodology_id, const std::string& name,
                     const MethodologyContent& content);
void publish_methodology(soci::session& s, long long methodology_id);

// The pure validation's view of a methodology.
std::vector<benchmark::ItemSpec> item_specs(const MethodologyContent& content);
std::vector<benchmark::RuleSpec> rule_specs(const MethodologyContent& content);

// ---- rounds -----------------------------------------------------------------------------------

struct RoundRow {
  long long id = 0;
  long long group_id = 0;
  long long methodology_id = 0;
  int methodology_version = 0;
  std::string name;
  int period_year = 0;
  std::string kind;  // pilot | full
  std::string deadline;
  benchmark::RoundStatus status = benchmark::RoundStatus::open;
  long long locked_at = 0;
  long long created_at = 0;
};

long long insert_round(soci::session& s, const RoundRow& r);
std::optional<RoundRow> get_round(soci::session& s, long long id);
std::vector<RoundRow> list_rounds(soci::session& s, long long group_id);
void lock_round(soci::session& s, long long round_id, long long now);

// A service that takes part in a group's rounds: active, of a member provider, of one of the group's kinds.
struct RoundServiceRow {
  long long service_id = 0;
  std::string name;
  std::string kind_code;
  long long provider_id = 0;
  std::string provider_name;
};
std::vector<RoundServiceRow> group_services(soci::session& s, const GroupRow& group);
std::optional<RoundServiceRow> group_service(soci::session& s, const GroupRow& group, long long service_id);

// ---- submissions and values -------------------------------------------------------------------

struct SubmissionRow {
  benchmark::SubmissionStatus status = benchmark::SubmissionStatus::not_started;  // no row yet: not_started
  long long submitted_at = 0;
  long long submitted_by = 0;
  long long reminded_at = 0;
};

SubmissionRow get_submission(soci::session& s, long long round_id, long long service_id);
std::map<long long, SubmissionRow> round_submissions(soci::session& s, long long round_id);
// Creates the draft row when there is none.
void ensure_submission(soci::session& s, long long round_id, long long service_id);
void set_submission_status(soci::session& s, long long round_id, long long service_id,
                           benchmark::SubmissionStatus status, long long submitted_at, long long submitted_by);
void set_reminded(soci::session& s, long long round_id, long long service_id, long long now);

benchmark::FormValues load_values(soci::session& s, long long round_id, long long service_id);
std::map<long long, benchmark::FormValues> round_values(soci::session& s, long long round_id);
// Inserts or replaces each given value (nullopt stores NULL: entered as empty).
void save_values(soci::session& s, long long round_id, long long service_id, const benchmark::FormValues& values,
                 long long user_id, long long now);

struct CorrectionRow {
  long long id = 0;
  long long round_id = 0;
  long long service_id = 0;
  std::string item_code;
  std::optional<double> old_value;
  std::optional<double> new_value;
  long long at = 0;
  long long user_id = 0;
  std::string user_login;  // when read
  std::string reason;
};
long long insert_correction(soci::session& s, const CorrectionRow& c);
std::vector<CorrectionRow> list_corrections(soci::session& s, long long round_id, long long service_id);

}  // namespace kvalis::store::benchmark_repo
