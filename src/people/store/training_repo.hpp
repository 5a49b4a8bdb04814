#pragma once
// Storage of the training part of the people module: modules (pe_modules), sessions (pe_sessions),
// registrations (pe_registrations) and anonymous feedback (pe_feedback). Rows in, rows out.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::people::store {

struct ModuleRow {
  long long id = 0;
  long long organiser_org_id = 0;
  std::string organiser_name;
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

struct ModuleFilter {
  std::optional<long long> organiser_org_id;
  std::string q;  // code, title or topic contains
};

std::vector<ModuleRow> list_modules(soci::session& s, const ModuleFilter& f);
std::optional<ModuleRow> get_module(soci::session& s, long long id);
long long insert_module(soci::session& s, const ModuleRow& r, long long now);
void update_module(soci::session& s, const ModuleRow& r, long long now);

struct SessionRow {
  long long id = 0;
  long long module_id = 0;
  std::string held_on;
  std::string time_from;
  std::string time_to;
  std::string place;
  int capacity = 0;
  std::string lecturer;
  double cost = 0;
  std::string state = "planned";
  std::string run_label;
  int registered = 0;  // registrations holding a place (registered, attended, absent)
  int waiting = 0;
  ModuleRow module;  // the session's module (list and detail)
};

struct SessionFilter {
  std::string from;  // held_on >= from
  std::string to;    // held_on <= to
  std::string state;
  std::optional<long long> module_id;
  std::optional<long long> organiser_org_id;
};

std::vector<SessionRow> list_sessions(soci::session& s, const SessionFilter& f);
std::optional<SessionRow> get_session(soci::session& s, long long id);
long long insert_session(soci::session& s, const SessionRow& r, long long now);
void update_session(soci::session& s, const SessionRow& r, long long now);
void set_session_state(soci::session& s, long long id, const std::string& state, long long now);

struct RegistrationRow {
  long long id = 0;
  long long session_id = 0;
  long long worker_id = 0;
  std::string worker_name;
  std::optional<long long> worker_user_id;
  long long organisation_id = 0;
  std::string organisation_name;
  std::string state;
  std::optional<int> waiting_position;
  std::optional<double> hours_attended;
  std::string certificate_number;
  bool feedback_given = false;
};

// The session's registrations: those holding a place (by id), then the waiting ones by position, then the
// cancelled ones.
std::vector<RegistrationRow> registrations_of(soci::session& s, long long session_id);
std::optional<RegistrationRow> get_registration(soci::session& s, long long id);
long long insert_registration(soci::session& s, const RegistrationRow& r, long long registered_by, long long now);
void set_registration_state(soci::session& s, long long id, const std::string& state,
                            std::optional<int> waiting_position, long long now);
void set_attendance(soci::session& s, long long id, const std::string& state, std::optional<double> hours,
                    const std::string& certificate_number, long long now);
void mark_feedback_given(soci::session& s, long long registration_id);
// Registrations of workers, with their session and module (for the worker's detail and the requirement).
std::vector<std::pair<RegistrationRow, SessionRow>> registrations_of_workers(soci::session& s,
                                                                             const std::vector<long long>& worker_ids);

struct WorkerRef {
  long long id = 0;
  long long organisation_id = 0;
  std::string name;
  std::optional<long long> user_id;
};
std::optional<WorkerRef> worker_ref(soci::session& s, long long id);
std::optional<std::string> organisation_name(soci::session& s, long long id);

struct FeedbackRow {
  long long session_id = 0;
  int content = 0, lecturer = 0, usefulness = 0, organisation = 0;
  std::string comment;
};
void insert_feedback(soci::session& s, const FeedbackRow& r, long long now);
struct FeedbackOfSession {
  FeedbackRow feedback;
  long long module_id = 0;
  long long organiser_org_id = 0;
  std::string lecturer;
};
// Feedback of a module's sessions (module_id) or of a lecturer's (lecturer, exact text), in session order.
std::vector<FeedbackOfSession> feedback_of(soci::session& s, std::optional<long long> module_id,
                                           const std::optional<std::string>& lecturer);

// Attended hours per worker in a year, split into accredited courses and in-house training (for the
// requirement): hours_attended of attended registrations of sessions held that year.
struct AttendedHours {
  long long worker_id = 0;
  double course_hours = 0;
  double in_house_hours = 0;
};
std::vector<AttendedHours> attended_hours(soci::session& s, const std::vector<long long>& worker_ids, int year);

}  // namespace kvalis::people::store
