#include "quality/core/care_input.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <regex>
#include <utility>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"

namespace kvalis::quality::care {
namespace {

template <class E, std::size_t N>
std::optional<E> parse_of(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view s) {
  for (const auto& [e, n] : names)
    if (n == s) return e;
  return std::nullopt;
}
template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E e) {
  for (const auto& [x, n] : names)
    if (x == e) return n;
  return {};
}

constexpr std::array<std::pair<SupervisionKind, std::string_view>, 2> kKinds{
    {{SupervisionKind::consultation, "consultation"}, {SupervisionKind::supervision, "supervision"}}};
constexpr std::array<std::pair<SupervisionForm, std::string_view>, 4> kForms{
    {{SupervisionForm::individual, "individual"},
     {SupervisionForm::group, "group"},
     {SupervisionForm::team, "team"},
     {SupervisionForm::case_, "case"}}};
constexpr std::array<std::pair<PlanStatus, std::string_view>, 5> kStatuses{{{PlanStatus::draft, "draft"},
                                                                            {PlanStatus::approved, "approved"},
                                                                            {PlanStatus::in_progress, "in_progress"},
                                                                            {PlanStatus::completed, "completed"},
                                                                            {PlanStatus::suspended, "suspended"}}};
constexpr std::array<std::pair<MilestoneKind, std::string_view>, 4> kMilestoneKinds{
    {{MilestoneKind::capacity_reduction, "capacity_reduction"},
     {MilestoneKind::community_service, "community_service"},
     {MilestoneKind::client_moves, "client_moves"},
     {MilestoneKind::other, "other"}}};
constexpr std::array<std::pair<IndicatorDirection, std::string_view>, 3> kDirections{
    {{IndicatorDirection::higher, "higher"}, {IndicatorDirection::lower, "lower"}, {IndicatorDirection::none, "none"}}};

}  // namespace

Status check_count(const std::string& field, const std::optional<long long>& value, long long max) {
  if (value && (*value < 0 || *value > max))
    return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", std::to_string(max)}});
  return ok_status();
}

std::optional<SupervisionKind> parse_supervision_kind(std::string_view s) { return parse_of(kKinds, s); }
std::optional<SupervisionForm> parse_supervision_form(std::string_view s) { return parse_of(kForms, s); }
std::optional<PlanStatus> parse_plan_status(std::string_view s) { return parse_of(kStatuses, s); }
std::optional<MilestoneKind> parse_milestone_kind(std::string_view s) { return parse_of(kMilestoneKinds, s); }
std::optional<IndicatorDirection> parse_indicator_direction(std::string_view s) { return parse_of(kDirections, s); }
std::string_view to_string(SupervisionKind k) { return name_of(kKinds, k); }
std::string_view to_string(SupervisionForm f) { return name_of(kForms, f); }
std::string_view to_string(PlanStatus s) { return name_of(kStatuses, s); }
std::string_view to_string(MilestoneKind k) { return name_of(kMilestoneKinds, k); }
std::string_view to_string(IndicatorDirection d) { return name_of(kDirections, d); }

Status check_session_hours(double hours) {
  if (!(hours > 0) || hours > 24) return invalid("hours", "field.out_of_range", {{"min", "0,25"}, {"max", "24"}});
  if (std::fabs(hours * 4 - std::round(hours * 4)) > 1e-9)  // quarter hours
    return invalid("hours", "field.invalid_value", {{"value", std::to_string(hours)}});
  return ok_status();
}

Status check_place(const PlaceFields& p) {
  for (auto st : {check_line("name", p.name, 300, true), check_text("address", p.address, 500, false),
                  check_text("equipment_note", p.equipment_note, 2000, false), check_text("note", p.note, 4000, false)})
    if (!st) return st;
  if (p.capacity < 1 || p.capacity > 1000)
    return invalid("capacity", "field.out_of_range", {{"min", "1"}, {"max", "1000"}});
  std::string sizes;
  bool ok = !p.household_sizes.empty() && p.household_sizes.size() <= 100;
  for (int n : p.household_sizes) {
    sizes += (sizes.empty() ? "" : ";") + std::to_string(n);
    if (n < 1 || n > 99) ok = false;
  }
  if (!ok) return invalid("household_sizes", "quality.care.households.invalid", {{"value", sizes}});
  return ok_status();
}

Status check_indicator(const IndicatorFields& i) {
  static const std::regex code_re("^[a-z][a-z0-9_]{0,63}$");
  if (!std::regex_match(i.code, code_re)) return invalid("code", "field.invalid_value", {{"value", i.code}});
  for (auto st : {check_line("name", i.name, 300, true), check_line("unit", i.unit, 50, false),
                  check_text("description", i.description, 4000, false)})
    if (!st) return st;
  return ok_status();
}

Status check_plan(const PlanFields& p) {
  for (auto st : {check_line("title", p.title, 300, true), check_text("description", p.description, 20000, false),
                  check_date("baseline_on", p.baseline_on, true), check_date("target_on", p.target_on, true)})
    if (!st) return st;
  if (p.baseline_capacity < 1 || p.baseline_capacity > 10000)
    return invalid("baseline_capacity", "field.out_of_range", {{"min", "1"}, {"max", "10000"}});
  if (p.target_capacity < 0 || p.target_capacity > p.baseline_capacity)
    return invalid("target_capacity", "field.out_of_range",
                   {{"min", "0"}, {"max", std::to_string(p.baseline_capacity)}});
  if (p.target_on < p.baseline_on) return invalid("target_on", "quality.care.date.before", {{"value", p.baseline_on}});
  return ok_status();
}

Status check_milestone(const MilestoneFields& m, int baseline_capacity) {
  for (auto st :
       {check_line("title", m.title, 300, true), check_date("planned_on", m.planned_on, true),
        check_date("done_on", m.done_on, false), check_text("note", m.note, 4000, false),
        check_count("capacity_after", m.capacity_after, 10000), check_count("clients_moved", m.clients_moved, 10000)})
    if (!st) return st;
  const auto only_for = [](const char* field, MilestoneKind kind) {
    return invalid(field, "quality.care.milestone.field_kind", {{"value", std::string(to_string(kind))}});
  };
  if (m.capacity_after && m.kind != MilestoneKind::capacity_reduction)
    return only_for("capacity_after", MilestoneKind::capacity_reduction);
  if (m.new_service && m.kind != MilestoneKind::community_service)
    return only_for("new_service_id", MilestoneKind::community_service);
  if (m.clients_moved && m.kind != MilestoneKind::client_moves)
    return only_for("clients_moved", MilestoneKind::client_moves);
  if (m.kind == MilestoneKind::capacity_reduction && !m.capacity_after)
    return invalid("capacity_after", "field.required");
  if (m.kind == MilestoneKind::client_moves && !m.clients_moved) return invalid("clients_moved", "field.required");
  if (m.capacity_after && *m.capacity_after > baseline_capacity)
    return invalid("capacity_after", "field.out_of_range", {{"min", "0"}, {"max", std::to_string(baseline_capacity)}});
  return ok_status();
}

Status check_value_target(const std::string& field, bool indicator_archived, long long indicator_id) {
  if (indicator_archived)
    return invalid(field, "quality.care.indicator.archived", {{"value", std::to_string(indicator_id)}});
  return ok_status();
}

}  // namespace kvalis::quality::care
