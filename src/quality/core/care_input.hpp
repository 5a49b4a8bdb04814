#pragma once
// The care part's input rules (consultations and supervisions, transformation plans, places, inclusion
// indicators), pure so that the HTTP handlers, the demo and the tests check the same things. Each check
// names the field it refuses; the states are enums parsed once where a request or a row comes in.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/field_checks.hpp"
#include "platform/core/result.hpp"

namespace kvalis::quality::care {

// Text, line and date checks are the platform's (platform/core/field_checks.hpp), here under care:: too.
using kvalis::check_date;
using kvalis::check_line;
using kvalis::check_text;
// A count from 0 to max (absent is allowed).
Status check_count(const std::string& field, const std::optional<long long>& value, long long max);

enum class SupervisionKind { consultation, supervision };
enum class SupervisionForm { individual, group, team, case_ };
enum class PlanStatus { draft, approved, in_progress, completed, suspended };
enum class MilestoneKind { capacity_reduction, community_service, client_moves, other };
enum class IndicatorDirection { higher, lower, none };

std::optional<SupervisionKind> parse_supervision_kind(std::string_view s);
std::optional<SupervisionForm> parse_supervision_form(std::string_view s);
std::optional<PlanStatus> parse_plan_status(std::string_view s);
std::optional<MilestoneKind> parse_milestone_kind(std::string_view s);
std::optional<IndicatorDirection> parse_indicator_direction(std::string_view s);
std::string_view to_string(SupervisionKind k);
std::string_view to_string(SupervisionForm f);
std::string_view to_string(PlanStatus s);
std::string_view to_string(MilestoneKind k);
std::string_view to_string(IndicatorDirection d);

// The length of a session: more than 0 and at most 24 hours, in quarter hours.
Status check_session_hours(double hours);

// A place of the new community services: its name, capacity (1–1000) and the persons in each household
// (1–99 each, at most 100 households).
struct PlaceFields {
  std::string name;
  std::string address;
  long long capacity = 0;
  std::vector<int> household_sizes;
  std::string equipment_note;
  std::string note;
};
Status check_place(const PlaceFields& place);

// An inclusion indicator's definition: code a-z0-9_ starting with a letter (at most 64), name, unit, description.
struct IndicatorFields {
  std::string code;
  std::string name;
  std::string unit;
  std::string description;
};
Status check_indicator(const IndicatorFields& indicator);
// A transformation plan's header: title, description, dates (target not before baseline), baseline
// capacity 1–10000 and target capacity 0–baseline.
struct PlanFields {
  std::string title;
  std::string description;
  int baseline_capacity = 0;
  int target_capacity = 0;
  std::string baseline_on;
  std::string target_on;
};
Status check_plan(const PlanFields& plan);

// A milestone: its kind decides which numbers it carries (capacity_after only for a capacity reduction and
// required there, at most the baseline; clients_moved only for moves of clients and required there;
// new_service_id only for a new community service).
struct MilestoneFields {
  MilestoneKind kind = MilestoneKind::other;
  std::string title;
  std::string planned_on;
  std::string done_on;
  std::optional<long long> capacity_after;
  bool new_service = false;
  std::optional<long long> clients_moved;
  std::string note;
};
Status check_milestone(const MilestoneFields& milestone, int baseline_capacity);

// A retired (archived) indicator keeps its values but takes no new ones.
Status check_value_target(const std::string& field, bool indicator_archived, long long indicator_id);

}  // namespace kvalis::quality::care
