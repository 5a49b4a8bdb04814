#pragma once
// Rules of staff records (issue 14 item 1, PEOPLE_SPEC "staff"): the worker's legal category and what it
// means for the education requirement, the checks of every input (each error names its field), how the
// hours of training count towards the requirement, when an appraisal is overdue, and the region's aggregates
// with cells of fewer than five workers suppressed. Pure functions: no storage, no HTTP.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "people/core/requirement.hpp"
#include "platform/core/result.hpp"

namespace kvalis::people {

// The category of a worker's position as stored (pe_workers.category): the requirement's categories and the
// manager, who has no requirement of their own (vedoucí; §116 odst. 9 and §111 do not name them).
enum class WorkerCategory { social_worker, social_services_worker, ospod, manager, other };
std::optional<WorkerCategory> parse_worker_category(std::string_view code);
std::string_view worker_category_code(WorkerCategory category);
// The category the requirement rules know (a manager has none: other).
StaffCategory requirement_category(WorkerCategory category);

struct WorkerInput {
  std::string name;
  std::string position;
  std::string team;
  std::string category;  // worker_category_code
  double fte = 1.0;
  std::string employment_start;
  std::string employment_end;
  std::string probation_end;
  std::optional<long long> service_id;
  std::optional<long long> user_id;
};
// Name, category, FTE (0–2], dates and their order.
Status check_worker(const WorkerInput& in);

// Employed on at least one day of the year (start on or before 31 December, no end or an end on or after
// 1 January): the workers a year's requirement list shows.
bool employed_in(const std::string& employment_start, const std::string& employment_end, int year);

struct AbsenceInput {
  std::string date_from;
  std::string date_to;
  std::string reason;
};
// Only absences longer than one calendar month are recorded (the only ones that matter; minimal data).
Status check_absence(const AbsenceInput& in);

// Training outside Kvalis' sessions: an accredited course, an in-house event, other education (conference,
// internship) that counts like a course for §111/§116 but not for OSPOD staff (accredited courses only).
enum class TrainingKind { accredited_course, in_house, other };
std::optional<TrainingKind> parse_training_kind(std::string_view code);
std::string_view training_kind_code(TrainingKind kind);

struct ExternalTrainingInput {
  std::string held_on;
  std::string title;
  std::string organiser;
  double hours = 0;
  std::string kind;
  std::string accreditation_number;
};
Status check_external_training(const ExternalTrainingInput& in);

struct EducationPlanInput {
  int year = 0;
  std::string agreed_on;
  std::string content;
  std::string next_review_on;
};
Status check_education_plan(const EducationPlanInput& in);

struct AppraisalInput {
  std::string held_on;
  std::string appraiser;
  std::string summary;
  std::string next_due_on;
};
Status check_appraisal(const AppraisalInput& in);

// Hours of training of a worker in a year, as they count: Kvalis sessions attended (a module is accredited
// or in-house) and trainings outside Kvalis.
struct TrainingHours {
  double in_house = 0;  // in-house modules and in-house external events
  double courses = 0;   // accredited modules and accredited external courses
  double other = 0;     // other external education
};
// Adds the hours to the requirement's input: in-house as in_house_hours, courses as course_hours, other
// education as course hours except for OSPOD staff (true returned when other hours were left out).
bool apply_training_hours(WorkerYear& worker, const TrainingHours& hours);

// The state of the yearly appraisal on a day: none recorded, due (next_due_on on or after today), overdue.
enum class AppraisalState { none, planned, overdue };
AppraisalState appraisal_state(const std::string& next_due_on, const std::string& today);
std::string_view appraisal_state_code(AppraisalState state);

// The region's view of one provider or office: per category, how many workers, how many short and the total
// shortfall. A cell (and the total) of fewer than kMinCell workers is suppressed.
constexpr int kMinCell = 5;
struct AggregateCell {
  std::string category;  // worker_category_code, "" for the total
  int workers = 0;
  int short_workers = 0;
  double shortfall_hours = 0;
  bool suppressed = false;  // when true, the numbers above are 0 and must not be shown
};
struct WorkerOutcome {
  WorkerCategory category = WorkerCategory::other;
  double shortfall_hours = 0;
};
// One cell per category that has workers (in the enum's order), then the total (category "").
std::vector<AggregateCell> aggregate_cells(const std::vector<WorkerOutcome>& workers);

}  // namespace kvalis::people
