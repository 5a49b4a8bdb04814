#pragma once
// The caller's dashboard: what each role has to do next, and the rules that sort items into its lists.
// Pure: the use case (dashboard/app/dashboard.hpp) reads the rows through the other modules' app layer
// and its own store, and asks these rules. Table tests: tests/data/dashboard/*.csv.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"

namespace kvalis::dashboard {

constexpr std::size_t kListLimit = 8;  // items of each list; the total says how many there are
constexpr int kDueSoonDays = 30;

// An open benchmarking round of a group the caller runs or takes part in; the counts are of the forms the
// caller may read (a provider: its own services; region staff: every service of the round).
struct Round {
  long long round_id = 0;
  std::string round_name;
  long long group_id = 0;
  std::string group_name;
  int period_year = 0;
  std::string deadline;
  std::optional<int> days_left;
  int services = 0;
  int submitted = 0;
  int draft = 0;
  int not_started = 0;
  bool can_manage = false;
};

struct Form {
  long long round_id = 0;
  std::string round_name;
  std::string group_name;
  long long service_id = 0;
  std::string service_name;
  std::string provider_name;
  std::string status;  // "" (not started) | draft | reopened | submitted
  std::string deadline;
};

// A group with no open round: its last round and the next meeting.
struct GroupWaiting {
  long long group_id = 0;
  std::string group_name;
  std::string coordinator_name;
  std::optional<long long> last_round_id;
  std::string last_round_name;
  std::optional<int> last_period_year;
  std::string next_meeting;
  bool can_manage = false;
};

struct Action {
  long long id = 0;
  std::string text;
  std::string status;
  std::string due_date;
  std::string due_state;
  int days_overdue = 0;
  int days_left = 0;
  long long audit_id = 0;
  std::string audit_title;
  std::optional<long long> service_id;
  std::string service_name;
  std::string organisation_name;
};

struct Audit {
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

// At most kListLimit items and how many there are.
template <class T>
struct List {
  std::vector<T> items;
  long long total = 0;
  std::size_t limit = kListLimit;
  void add(T item) {
    ++total;
    if (items.size() < limit) items.push_back(std::move(item));
  }
};

struct Overview {
  long long services_active = 0;
  long long providers = 0;
  long long audits_draft = 0;
  long long audits_closed = 0;
  long long actions_open = 0;
  long long actions_overdue = 0;
  long long rounds_open = 0;
  long long forms_submitted = 0;
};

struct Dashboard {
  std::string today;
  bool benchmark = false;
  bool quality = false;
  std::vector<Round> open_rounds;
  List<Form> forms_to_fill;
  List<Form> forms_to_review;
  std::vector<GroupWaiting> groups_waiting;
  List<Action> actions_overdue;
  List<Action> actions_due_soon;
  List<Action> actions_to_verify;
  List<Audit> audits_to_score;
  List<Audit> audits_to_close;
  std::optional<Overview> overview;
};

// ---- rules ---------------------------------------------------------------------------------------

// What the caller does in a working group: runs it (region staff; admins and managers manage), or takes
// part through the member providers they belong to.
struct GroupRole {
  bool region_staff = false;
  bool manage = false;
  std::set<long long> providers;  // member providers the caller belongs to
};
GroupRole role_in_group(const accounts::Principal& p, long long region_org_id,
                        const std::vector<long long>& member_provider_ids);

// Where a form of an open round goes: a submitted form to the review list of those who manage the group,
// a form not yet submitted to the fill list of the provider's admins, managers and workers.
enum class FormPlace { none, review, fill };
FormPlace place_of_form(const accounts::Principal& p, const GroupRole& role, long long provider_id,
                        const std::string& status);
// Whether the caller reads the form at all (region staff, or a member provider's own services).
bool reads_form(const GroupRole& role, long long provider_id);

// A draft audit is the caller's to close when every criterion is assessed and they manage it, to score
// while criteria are left and they score it.
enum class AuditTask { none, score, close };
AuditTask task_of_audit(bool closed, bool may_score, bool may_manage, int assessed, int criteria);

// Region staff and the platform administrator see the overview; the Kraj codes of its regions.
bool sees_overview(const accounts::Principal& p);
std::vector<std::string> overview_regions(const accounts::Principal& p);

}  // namespace kvalis::dashboard
