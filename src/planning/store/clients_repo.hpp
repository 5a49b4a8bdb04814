#pragma once
// Storage of the planning module's client part: service staff and grants (pl_service_staff), client records
// (pl_clients), personal goals (pl_client_goals), reviews and GAS ratings (pl_reviews, pl_goal_ratings),
// ladder instruments and assessments (pl_ladders, pl_ladder_areas, pl_ladder_assessments, pl_ladder_values).
// Rows in, rows out; the rules are in planning/core, the access decisions in planning/core/client_access.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kvalis::planning::store {

// ---- services and their staff ----------------------------------------------------------------------

struct ServiceRow {
  long long id = 0;
  long long provider_id = 0;
  std::string provider_name;
  std::string name;
  std::string kind_code;
  std::string kind_name;
  std::string region_code;
};

struct StaffRow {
  long long service_id = 0;
  long long user_id = 0;
  std::string login;
  std::string display_name;
  std::string kind;  // staff | granted
};

struct UserRef {
  long long id = 0;
  std::string login;
  std::string display_name;
};

std::optional<ServiceRow> get_service(soci::session& s, long long id);
// Active services of the providers, or those with the user in their staff; by provider and name.
std::vector<ServiceRow> list_services(soci::session& s, const std::vector<long long>& provider_ids,
                                      long long staff_user_id);
std::vector<StaffRow> staff_of(soci::session& s, const std::vector<long long>& service_ids);
// The services the user is staff of (either kind) with their provider: (service id, provider id).
std::vector<std::pair<long long, long long>> staffed_services(soci::session& s, long long user_id);
std::optional<std::string> staff_kind(soci::session& s, long long service_id, long long user_id);
void replace_staff(soci::session& s, long long service_id, const std::vector<std::pair<long long, std::string>>& staff,
                   long long granted_by, long long now);
// The roles a user holds in an organisation.
std::vector<std::string> member_roles(soci::session& s, long long user_id, long long organisation_id);
// Active users with a role that works with clients (admin, manager, worker) in the organisation.
std::vector<UserRef> client_workers_of(soci::session& s, long long organisation_id);
// Key workers of the service's clients that are not erased.
std::vector<long long> key_workers_of(soci::session& s, long long service_id);
bool organisation_exists(soci::session& s, long long id);
std::optional<UserRef> get_user(soci::session& s, long long id);
// The provider's GAS ρ (pl_settings), nullopt when not set.
std::optional<double> gas_rho(soci::session& s, long long organisation_id);

// ---- clients ------------------------------------------------------------------------------------------

struct ClientRow {
  long long id = 0;
  long long organisation_id = 0;
  long long service_id = 0;
  std::string service_name;
  std::string code;
  std::string name;
  std::string contract_from;
  std::string contract_to;
  std::optional<long long> key_worker_user_id;
  std::string key_worker_name;
  std::string state;  // active | ended | erased
  std::optional<long long> erased_at;
  long long created_by = 0;
  long long created_at = 0;
  long long updated_at = 0;
};

struct ClientQuery {
  std::vector<long long> service_ids;  // only these services (the caller's); empty: nothing
  std::string q;                       // code or name contains
  std::string state;                   // "" any
  std::optional<long long> key_worker_user_id;
};

std::vector<ClientRow> list_clients(soci::session& s, const ClientQuery& q);
std::optional<ClientRow> get_client(soci::session& s, long long id);
bool code_taken(soci::session& s, long long service_id, const std::string& code, long long except_id);
long long count_clients(soci::session& s, long long service_id);
long long insert_client(soci::session& s, const ClientRow& r);
void update_client(soci::session& s, const ClientRow& r);

// ---- personal goals, reviews, ratings -------------------------------------------------------------------

struct ClientGoalRow {
  long long id = 0;
  long long client_id = 0;
  std::optional<long long> service_goal_id;
  std::string service_goal_code;
  std::string service_goal_title;
  std::string unlinked_reason;
  std::string wording;
  std::string steps;
  std::string responsibilities;
  std::string level_minus2, level_minus1, level_0, level_plus1, level_plus2;
  double weight = 1;
  std::string set_on;
  std::string next_review_on;
  std::string state;  // active | attained | ended | dropped
  std::string ended_on;
  int position = 0;
  long long created_by = 0;
  long long created_at = 0;
  long long updated_at = 0;
};

// A goal of the organisation's plans as a personal goal's link needs it.
struct GoalRef {
  long long id = 0;
  std::string level;
  long long organisation_id = 0;
  std::optional<long long> service_id;
  std::string code;
  std::string title;
};

struct ReviewRow {
  long long id = 0;
  long long client_id = 0;
  std::string held_on;
  std::string what_changed;
  std::string client_view;
  std::string next_steps;
  std::string participants;
  std::string next_review_on;
  long long created_by = 0;
  long long created_at = 0;
};

struct RatingRow {
  long long review_id = 0;
  long long client_goal_id = 0;
  double level = 0;
  std::string note;
};

std::vector<ClientGoalRow> goals_of(soci::session& s, const std::vector<long long>& client_ids);
std::optional<ClientGoalRow> get_client_goal(soci::session& s, long long id);
long long insert_client_goal(soci::session& s, const ClientGoalRow& r);
void update_client_goal(soci::session& s, const ClientGoalRow& r);
void set_goal_next_review(soci::session& s, long long goal_id, const std::string& date);
std::optional<GoalRef> get_goal(soci::session& s, long long id);
// Service goals (not dropped) of the organisation for the service (or for any of its services when the goal
// names none), by code.
std::vector<GoalRef> service_goals_for(soci::session& s, long long organisation_id, long long service_id);

// Reviews of the clients by held_on, id; ratings of those reviews.
std::vector<ReviewRow> reviews_of(soci::session& s, const std::vector<long long>& client_ids);
std::vector<RatingRow> ratings_of(soci::session& s, const std::vector<long long>& client_ids);
long long insert_review(soci::session& s, const ReviewRow& r);
void insert_rating(soci::session& s, const RatingRow& r);

// ---- erasure ------------------------------------------------------------------------------------------

// Blanks the client's identity (code replaced by `code`, name) and every text of the record (goals,
// reviews, ratings' notes, assessments' notes); keeps ratings, weights, links and dates. State erased.
void erase_client(soci::session& s, long long client_id, const std::string& code, long long now);

}  // namespace kvalis::planning::store
