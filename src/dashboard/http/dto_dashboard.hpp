#pragma once
// The caller's dashboard: what each role has to do next, with ids to link to. Only what the caller may
// read is in it; lists carry at most a few items and the total.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

// An open benchmarking round of a group the caller runs or takes part in; the counts are of the forms the
// caller may read (a provider: its own services; region staff: every service of the round).
struct DashRound {
  static constexpr const char* kSchemaName = "DashRound";
  long long round_id = 0;
  std::string round_name;
  long long group_id = 0;
  std::string group_name;
  int period_year = 0;
  std::string deadline;          // YYYY-MM-DD or ""
  std::optional<int> days_left;  // to the deadline; negative when it has passed
  int services = 0;
  int submitted = 0;
  int draft = 0;  // saved or reopened, not submitted
  int not_started = 0;
  bool can_manage = false;  // the caller runs the group (lock, remind, reopen)
};
BOOST_DESCRIBE_STRUCT(DashRound, (),
                      (round_id, round_name, group_id, group_name, period_year, deadline, days_left, services,
                       submitted, draft, not_started, can_manage))

struct DashForm {
  static constexpr const char* kSchemaName = "DashForm";
  long long round_id = 0;
  std::string round_name;
  std::string group_name;
  long long service_id = 0;
  std::string service_name;
  std::string provider_name;
  std::string status;  // "" (not started) | draft | reopened | submitted
  std::string deadline;
};
BOOST_DESCRIBE_STRUCT(DashForm, (),
                      (round_id, round_name, group_name, service_id, service_name, provider_name, status, deadline))

struct DashFormList {
  static constexpr const char* kSchemaName = "DashFormList";
  std::vector<DashForm> items;
  long long total = 0;
};
BOOST_DESCRIBE_STRUCT(DashFormList, (), (items, total))

// A group the caller takes part in with no open round: its last round and when the members meet next, so
// the caller knows whom to ask about the next one (the region that coordinates the group).
struct DashGroupWaiting {
  static constexpr const char* kSchemaName = "DashGroupWaiting";
  long long group_id = 0;
  std::string group_name;
  std::string coordinator_name;
  std::optional<long long> last_round_id;
  std::string last_round_name;
  std::optional<int> last_period_year;
  std::string next_meeting;  // YYYY-MM-DD of the next recorded meeting, or ""
  bool can_manage = false;   // the caller runs the group: it is the one to open the next round
};
BOOST_DESCRIBE_STRUCT(DashGroupWaiting, (),
                      (group_id, group_name, coordinator_name, last_round_id, last_round_name, last_period_year,
                       next_meeting, can_manage))

struct DashAction {
  static constexpr const char* kSchemaName = "DashAction";
  long long id = 0;
  std::string text;
  std::string status;  // open | in_progress | done
  std::string due_date;
  std::string due_state;  // on_track | overdue | awaiting_verification
  int days_overdue = 0;
  int days_left = 0;
  long long audit_id = 0;
  std::string audit_title;
  std::optional<long long> service_id;
  std::string service_name;
  std::string organisation_name;
};
BOOST_DESCRIBE_STRUCT(DashAction, (),
                      (id, text, status, due_date, due_state, days_overdue, days_left, audit_id, audit_title,
                       service_id, service_name, organisation_name))

struct DashActionList {
  static constexpr const char* kSchemaName = "DashActionList";
  std::vector<DashAction> items;
  long long total = 0;
};
BOOST_DESCRIBE_STRUCT(DashActionList, (), (items, total))

// A draft audit the caller scores or closes, with how many criteria are assessed.
struct DashAudit {
  static constexpr const char* kSchemaName = "DashAudit";
  long long id = 0;
  std::string title;
  std::string type;
  std::optional<long long> service_id;
  std::string service_name;
  std::string organisation_name;
  std::string ends_on;
  int assessed = 0;
  int criteria = 0;
};
BOOST_DESCRIBE_STRUCT(DashAudit, (),
                      (id, title, type, service_id, service_name, organisation_name, ends_on, assessed, criteria))

struct DashAuditList {
  static constexpr const char* kSchemaName = "DashAuditList";
  std::vector<DashAudit> items;
  long long total = 0;
};
BOOST_DESCRIBE_STRUCT(DashAuditList, (), (items, total))

// Counts for region staff and the platform administrator.
struct DashOverview {
  static constexpr const char* kSchemaName = "DashOverview";
  long long services_active = 0;
  long long providers = 0;
  long long audits_draft = 0;
  long long audits_closed = 0;
  long long actions_open = 0;
  long long actions_overdue = 0;
  long long rounds_open = 0;
  long long forms_submitted = 0;  // in open rounds, awaiting the coordinator's review
};
BOOST_DESCRIBE_STRUCT(DashOverview, (),
                      (services_active, providers, audits_draft, audits_closed, actions_open, actions_overdue,
                       rounds_open, forms_submitted))

struct Dashboard {
  static constexpr const char* kSchemaName = "Dashboard";
  std::string today;
  bool benchmark = false;  // the caller reads benchmarking (the lists below are empty otherwise)
  bool quality = false;    // the caller reads audits and actions
  std::vector<DashRound> open_rounds;
  DashFormList forms_to_fill;    // own services' forms not yet submitted in open rounds
  DashFormList forms_to_review;  // submitted forms of open rounds of groups the caller runs
  std::vector<DashGroupWaiting> groups_waiting;
  DashActionList actions_overdue;
  DashActionList actions_due_soon;   // due within 30 days
  DashActionList actions_to_verify;  // done, awaiting the caller's verification
  DashAuditList audits_to_score;     // drafts with criteria left to assess
  DashAuditList audits_to_close;     // drafts with every criterion assessed that the caller may close
  std::optional<DashOverview> overview;
};
BOOST_DESCRIBE_STRUCT(Dashboard, (),
                      (today, benchmark, quality, open_rounds, forms_to_fill, forms_to_review, groups_waiting,
                       actions_overdue, actions_due_soon, actions_to_verify, audits_to_score, audits_to_close,
                       overview))

}  // namespace kvalis::http::dto
