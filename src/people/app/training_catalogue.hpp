#pragma once
// Use cases of the training catalogue (issue 14 item 2): modules with topic, accreditation and hours, their
// sessions (date, place, capacity, lecturer, cost, state) and the run plan that creates a module's sessions in
// several places and runs in one step. Modules and sessions are read by everyone with people.read; the
// organiser's administrators and managers write them (people/core/training_access.hpp). A session's detail
// shows the registrations the caller may see by name (the organiser all, a provider its own, a worker his own)
// and counts for everyone.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "people/core/training_rules.hpp"
#include "people/store/training_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

struct ModuleInput {
  long long organiser_org_id = 0;  // create only
  std::string code;
  std::string title;
  std::string topic;
  std::string description;
  double hours = 0;
  std::string accreditation_number;
  std::string accreditation_body;
  std::string accredited_until;
  bool in_house = false;
  bool archived = false;
};

struct ModuleItem {
  store::ModuleRow module;
  bool can_manage = false;
};

struct SessionItem {
  store::SessionRow session;
  bool can_manage = false;
};

struct LecturerFeedback {
  std::string lecturer;
  FeedbackSummary summary;
};

struct ModuleDetail {
  ModuleItem item;
  std::vector<SessionItem> sessions;
  // The feedback results (organiser only; empty for others): the module's and per lecturer.
  std::optional<FeedbackSummary> feedback;
  std::vector<LecturerFeedback> feedback_by_lecturer;
};

Result<std::vector<ModuleItem>> list_modules(soci::session& s, const accounts::Caller& caller,
                                             const store::ModuleFilter& filter);
Result<std::vector<ModuleItem>> list_modules(kvalis::store::Database& db, const accounts::Caller& caller,
                                             const store::ModuleFilter& filter);
Result<ModuleDetail> create_module(soci::session& s, const accounts::Caller& caller, const ModuleInput& in);
Result<ModuleDetail> create_module(kvalis::store::Database& db, const accounts::Caller& caller, const ModuleInput& in);
Result<ModuleDetail> get_module(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<ModuleDetail> update_module(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const ModuleInput& in);

// The run plan: places × runs_per_place sessions of the module (people/core/training_rules.hpp plan_runs), all
// with the same capacity, lecturer, cost and state (planned or open).
struct RunPlanRequest {
  RunPlanInput plan;
  std::string lecturer;
  double cost = 0;
  std::string state = "planned";
};
Result<ModuleDetail> create_run_plan(soci::session& s, const accounts::Caller& caller, long long module_id,
                                     const RunPlanRequest& in);
Result<ModuleDetail> create_run_plan(kvalis::store::Database& db, const accounts::Caller& caller, long long module_id,
                                     const RunPlanRequest& in);

struct SessionInput {
  long long module_id = 0;  // create only
  std::string held_on;
  std::string time_from;  // HH:MM or ""
  std::string time_to;
  std::string place;
  int capacity = 0;
  std::string lecturer;
  double cost = 0;
  std::string state = "planned";  // create only: planned or open
  std::string run_label;
};

struct SessionDetail {
  SessionItem item;
  // The registrations the caller may see by name (registration_sight full), waiting ones last by position.
  std::vector<store::RegistrationRow> registrations;
  bool can_register = false;  // the caller manages an employer's registrations
};

Result<std::vector<SessionItem>> list_sessions(soci::session& s, const accounts::Caller& caller,
                                               const store::SessionFilter& filter);
Result<std::vector<SessionItem>> list_sessions(kvalis::store::Database& db, const accounts::Caller& caller,
                                               const store::SessionFilter& filter);
Result<SessionDetail> create_session(kvalis::store::Database& db, const accounts::Caller& caller,
                                     const SessionInput& in);
Result<SessionDetail> get_session(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<SessionDetail> update_session(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                     const SessionInput& in);
// open (planned → open) or cancel (planned/open → cancelled).
Result<SessionDetail> change_session_state(soci::session& s, const accounts::Caller& caller, long long id,
                                           SessionState to);
Result<SessionDetail> change_session_state(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                           SessionState to);

// The session as the caller sees it (shared with the registration use cases).
SessionDetail session_detail(soci::session& s, const accounts::Principal& p, store::SessionRow session);

}  // namespace kvalis::people::app
