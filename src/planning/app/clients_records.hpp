#pragma once
// Use cases of client records and individual plans (planning module, client part; §88 písm. f) zákona
// č. 108/2006 Sb., standard kvality 5): list, create, read and change a client; personal goals with the GAS
// levels described and weights; reviews with ratings and the T-score per review (the provider's ρ); ladder
// assessments with the distance travelled; due reviews; export (JSON, printable page) and erasure on request.
// Each is one transaction that loads, asks planning/core (client_access, clients_rules, gas, ladder, due) and
// writes with its activity entry; every read, export, list and erasure is logged too. HTTP and the demo call
// these (the demo through the session overloads, inside its own transaction).
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "planning/core/client_access.hpp"
#include "planning/core/clients_rules.hpp"
#include "planning/core/due.hpp"
#include "planning/core/ladder.hpp"
#include "planning/store/clients_repo.hpp"
#include "planning/store/ladders_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::planning::app {

struct ClientSummary {
  store::ClientRow client;
  int goals_active = 0;
  std::string next_review_on;  // earliest review date of the active goals, "" none
  DueState review_state = DueState::later;
  std::optional<double> last_t;  // T of the latest review with ratings
};

struct GoalRating {
  long long review_id = 0;
  std::string held_on;
  double level = 0;
};

struct ClientGoalView {
  store::ClientGoalRow goal;
  DueState review_state = DueState::later;
  std::optional<GoalRating> latest;
  std::vector<GoalRating> ratings;  // by held_on
};

struct ReviewView {
  store::ReviewRow review;
  std::vector<store::RatingRow> ratings;
  std::optional<double> t;  // GAS T over this review's ratings with the goals' weights and the provider's ρ
};

struct LadderView {
  store::LadderRow ladder;
  std::vector<store::AssessmentRow> assessments;  // by assessed_on
  LadderDistance distance;                        // first → last assessment
};

struct ClientDetail {
  ClientSummary summary;
  std::string provider_name;
  double rho = 0.3;
  std::vector<ClientGoalView> goals;
  std::vector<ReviewView> reviews;
  std::vector<LadderView> ladders;
  bool can_erase = false;
  std::string today;
};

struct ClientFilter {
  std::optional<long long> service_id;
  std::string q;
  std::string state;  // "" | active | ended | erased
  bool mine = false;  // only the caller's clients as key worker
};

struct ClientInput {
  long long service_id = 0;  // create only
  std::string code;          // "" on create: generated K-0001 style
  std::string name;
  std::string contract_from;
  std::string contract_to;
  std::optional<long long> key_worker_user_id;
  std::string state = "active";  // update: active | ended
};

struct ClientGoalInput {
  std::optional<long long> service_goal_id;
  std::string unlinked_reason;
  std::string wording;
  std::string steps;
  std::string responsibilities;
  std::string level_minus2, level_minus1, level_0, level_plus1, level_plus2;
  double weight = 1;
  std::string set_on;
  std::string next_review_on;
  std::string state = "active";
  std::string ended_on;
};

struct RatingInput {
  long long client_goal_id = 0;
  double level = 0;
  std::string note;
};

struct ReviewInput {
  std::string held_on;
  std::string what_changed;
  std::string client_view;
  std::string next_steps;
  std::string participants;
  std::string next_review_on;  // moves the rated goals' next review
  std::vector<RatingInput> ratings;
};

struct AssessmentInput {
  long long ladder_id = 0;
  std::string assessed_on;
  std::string note;
  std::vector<std::pair<long long, int>> values;  // area id, value
};

struct DueReview {
  long long client_id = 0;
  std::string client_code;
  std::string client_name;
  long long service_id = 0;
  std::string service_name;
  std::optional<long long> key_worker_user_id;
  std::string key_worker_name;
  std::string next_review_on;
  DueState state = DueState::due_soon;
};

struct ClientExport {
  ClientDetail detail;
  std::string exported_at;  // ISO timestamp
};

Result<std::vector<ClientSummary>> list_clients(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const ClientFilter& filter);
Result<ClientDetail> create_client(soci::session& s, const accounts::Caller& caller, const ClientInput& in);
Result<ClientDetail> create_client(kvalis::store::Database& db, const accounts::Caller& caller, const ClientInput& in);
Result<ClientDetail> get_client(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<ClientDetail> update_client(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const ClientInput& in);
Result<ClientDetail> add_client_goal(soci::session& s, const accounts::Caller& caller, long long client_id,
                                     const ClientGoalInput& in);
Result<ClientDetail> add_client_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long client_id,
                                     const ClientGoalInput& in);
Result<ClientDetail> update_client_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long goal_id,
                                        const ClientGoalInput& in);
Result<ClientDetail> add_review(soci::session& s, const accounts::Caller& caller, long long client_id,
                                const ReviewInput& in);
Result<ClientDetail> add_review(kvalis::store::Database& db, const accounts::Caller& caller, long long client_id,
                                const ReviewInput& in);
Result<ClientDetail> add_assessment(soci::session& s, const accounts::Caller& caller, long long client_id,
                                    const AssessmentInput& in);
Result<ClientDetail> add_assessment(kvalis::store::Database& db, const accounts::Caller& caller, long long client_id,
                                    const AssessmentInput& in);
// The service goals a personal goal of the client may link to (those of the client's service, not dropped).
Result<std::vector<store::GoalRef>> linkable_goals(soci::session& s, const accounts::Caller& caller,
                                                   long long client_id);
Result<std::vector<store::GoalRef>> linkable_goals(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   long long client_id);
// mine: the caller's clients as key worker; otherwise the clients of the services the caller is staff of
// (service_id: only that one). Only reviews due within 30 days or overdue, earliest first.
Result<std::vector<DueReview>> due_reviews(kvalis::store::Database& db, const accounts::Caller& caller, bool mine,
                                           std::optional<long long> service_id);
// format: "json" or "html", for the activity entry.
Result<ClientExport> export_client(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const std::string& format);
// confirm_code must equal the client's code.
Result<ClientDetail> erase_client(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                  const std::string& confirm_code);

}  // namespace kvalis::planning::app
