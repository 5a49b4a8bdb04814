#include "people/core/staff_rules.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "platform/core/field_checks.hpp"

namespace kvalis::people {
namespace {

constexpr std::array kWorkerCategories = {
    std::pair{WorkerCategory::social_worker, std::string_view("social_worker")},
    std::pair{WorkerCategory::social_services_worker, std::string_view("social_services_worker")},
    std::pair{WorkerCategory::ospod, std::string_view("ospod")},
    std::pair{WorkerCategory::manager, std::string_view("manager")},
    std::pair{WorkerCategory::other, std::string_view("other")},
};

constexpr std::array kTrainingKinds = {
    std::pair{TrainingKind::accredited_course, std::string_view("accredited_course")},
    std::pair{TrainingKind::in_house, std::string_view("in_house")},
    std::pair{TrainingKind::other, std::string_view("other")},
};

Status first_error(std::initializer_list<Status> checks) {
  for (const auto& st : checks)
    if (!st) return st;
  return ok_status();
}

Status not_before(const std::string& field, const std::string& value, const std::string& earlier) {
  if (!value.empty() && !earlier.empty() && value < earlier)
    return invalid(field, "people.staff.date_before", {{"value", value}, {"other", earlier}});
  return ok_status();
}

Status check_hours(const std::string& field, double hours) {
  if (!std::isfinite(hours) || hours <= 0 || hours > 1000)
    return invalid(field, "people.staff.hours_range", {{"min", "0"}, {"max", "1000"}});
  return ok_status();
}

}  // namespace

std::optional<WorkerCategory> parse_worker_category(std::string_view code) {
  for (const auto& [c, name] : kWorkerCategories)
    if (name == code) return c;
  return std::nullopt;
}

std::string_view worker_category_code(WorkerCategory category) {
  for (const auto& [c, name] : kWorkerCategories)
    if (c == category) return name;
  return "other";
}

StaffCategory requirement_category(WorkerCategory category) {
  switch (category) {
    case WorkerCategory::social_worker:
      return StaffCategory::social_worker;
    case WorkerCategory::social_services_worker:
      return StaffCategory::social_services_worker;
    case WorkerCategory::ospod:
      return StaffCategory::ospod;
    case WorkerCategory::manager:
    case WorkerCategory::other:
      break;
  }
  return StaffCategory::other;
}

Status check_worker(const WorkerInput& in) {
  if (auto st = first_error({check_line("name", in.name, 200, true), check_line("position", in.position, 200, false),
                             check_line("team", in.team, 200, false)});
      !st)
    return st;
  if (!parse_worker_category(in.category))
    return invalid("category", "people.staff.category_unknown", {{"value", in.category}});
  if (!std::isfinite(in.fte) || in.fte <= 0 || in.fte > 2)
    return invalid("fte", "people.staff.fte_range", {{"min", "0"}, {"max", "2"}});
  if (auto st = first_error({check_date("employment_start", in.employment_start, true),
                             check_date("employment_end", in.employment_end, false),
                             check_date("probation_end", in.probation_end, false)});
      !st)
    return st;
  if (auto st = not_before("employment_end", in.employment_end, in.employment_start); !st) return st;
  if (auto st = not_before("probation_end", in.probation_end, in.employment_start); !st) return st;
  if (in.service_id && *in.service_id <= 0)
    return invalid("service_id", "field.invalid_value", {{"value", std::to_string(*in.service_id)}});
  if (in.user_id && *in.user_id <= 0)
    return invalid("user_id", "field.invalid_value", {{"value", std::to_string(*in.user_id)}});
  return ok_status();
}

bool employed_in(const std::string& employment_start, const std::string& employment_end, int year) {
  const auto y = std::to_string(year);
  return employment_start <= y + "-12-31" && (employment_end.empty() || employment_end >= y + "-01-01");
}

Status check_absence(const AbsenceInput& in) {
  if (auto st = first_error({check_date("date_from", in.date_from, true), check_date("date_to", in.date_to, true),
                             check_line("reason", in.reason, 200, false)});
      !st)
    return st;
  if (auto st = not_before("date_to", in.date_to, in.date_from); !st) return st;
  if (!absence_longer_than_a_month({in.date_from, in.date_to}))
    return invalid("date_to", "people.staff.absence_too_short", {{"from", in.date_from}, {"to", in.date_to}});
  return ok_status();
}

std::optional<TrainingKind> parse_training_kind(std::string_view code) {
  for (const auto& [k, name] : kTrainingKinds)
    if (name == code) return k;
  return std::nullopt;
}

std::string_view training_kind_code(TrainingKind kind) {
  for (const auto& [k, name] : kTrainingKinds)
    if (k == kind) return name;
  return "other";
}

Status check_external_training(const ExternalTrainingInput& in) {
  if (auto st = first_error({check_date("held_on", in.held_on, true), check_line("title", in.title, 300, true),
                             check_line("organiser", in.organiser, 200, false), check_hours("hours", in.hours),
                             check_line("accreditation_number", in.accreditation_number, 100, false)});
      !st)
    return st;
  if (!parse_training_kind(in.kind)) return invalid("kind", "people.staff.training_kind_unknown", {{"value", in.kind}});
  return ok_status();
}

Status check_education_plan(const EducationPlanInput& in) {
  if (in.year < 1900 || in.year > 9999) return invalid("year", "people.year.invalid");
  if (auto st =
          first_error({check_date("agreed_on", in.agreed_on, true), check_text("content", in.content, 8000, false),
                       check_date("next_review_on", in.next_review_on, false)});
      !st)
    return st;
  return not_before("next_review_on", in.next_review_on, in.agreed_on);
}

Status check_appraisal(const AppraisalInput& in) {
  if (auto st = first_error({check_date("held_on", in.held_on, true), check_line("appraiser", in.appraiser, 200, false),
                             check_text("summary", in.summary, 8000, false),
                             check_date("next_due_on", in.next_due_on, false)});
      !st)
    return st;
  return not_before("next_due_on", in.next_due_on, in.held_on);
}

bool apply_training_hours(WorkerYear& worker, const TrainingHours& hours) {
  worker.in_house_hours += hours.in_house;
  worker.course_hours += hours.courses;
  if (hours.other <= 0) return false;
  if (worker.category == StaffCategory::ospod) return true;
  worker.course_hours += hours.other;
  return false;
}

AppraisalState appraisal_state(const std::string& next_due_on, const std::string& today) {
  if (next_due_on.empty()) return AppraisalState::none;
  return next_due_on < today ? AppraisalState::overdue : AppraisalState::planned;
}

std::string_view appraisal_state_code(AppraisalState state) {
  switch (state) {
    case AppraisalState::planned:
      return "planned";
    case AppraisalState::overdue:
      return "overdue";
    case AppraisalState::none:
      break;
  }
  return "none";
}

std::vector<AggregateCell> aggregate_cells(const std::vector<WorkerOutcome>& workers) {
  std::vector<AggregateCell> cells;
  AggregateCell total;
  for (const auto& [category, code] : kWorkerCategories) {
    AggregateCell c;
    c.category = std::string(code);
    for (const auto& w : workers) {
      if (w.category != category) continue;
      ++c.workers;
      if (w.shortfall_hours > 0) {
        ++c.short_workers;
        c.shortfall_hours += w.shortfall_hours;
      }
    }
    if (c.workers == 0) continue;
    total.workers += c.workers;
    total.short_workers += c.short_workers;
    total.shortfall_hours += c.shortfall_hours;
    c.suppressed = c.workers < kMinCell;
    cells.push_back(c);
  }
  total.suppressed = total.workers < kMinCell;
  // A single suppressed cell could be read back from the total: suppress the smallest other cell as well.
  const auto suppressed = std::count_if(cells.begin(), cells.end(), [](const auto& c) { return c.suppressed; });
  if (suppressed == 1 && !total.suppressed) {
    AggregateCell* smallest = nullptr;
    for (auto& c : cells)
      if (!c.suppressed && (!smallest || c.workers < smallest->workers)) smallest = &c;
    if (smallest)
      smallest->suppressed = true;
    else
      total.suppressed = true;
  }
  cells.push_back(total);
  for (auto& c : cells)
    if (c.suppressed) {
      c.workers = 0;
      c.short_workers = 0;
      c.shortfall_hours = 0;
    }
  return cells;
}

}  // namespace kvalis::people
