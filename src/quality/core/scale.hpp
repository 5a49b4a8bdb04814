#pragma once
// A scoring scale (hodnoticí škála) as data: ordered levels, each with a code, Czech and English label
// and points, or no points for "not applicable" (nehodnoceno), which takes the criterion out of the
// maximum. Audit templates choose a scale; two are built in, others are read from a small CSV form:
//
//   code,label_cs,label_en,points
//   met,splněno,met,2
//   partly,částečně splněno,partly met,1
//   not_met,nesplněno,not met,0
//   na,nehodnoceno,not applicable,
//
// The pass rule in force for inspections is not confirmed from a legal text (DOMAIN.md *(check)*), so no
// threshold lives here: scales and pass rules are template data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::quality {

struct ScaleLevel {
  std::string code;  // [a-z0-9_]{1,32}, unique within the scale
  std::string label_cs;
  std::string label_en;
  std::optional<double> points;  // nullopt: not applicable, the criterion leaves the maximum
  bool applicable() const { return points.has_value(); }
};

struct Scale {
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::vector<ScaleLevel> levels;  // in display order, as the template gives them

  const ScaleLevel* find(std::string_view level_code) const;
  // Highest points of an applicable level (the maximum a criterion of weight 1 can reach); 0 when none.
  double max_points() const;
};

inline constexpr std::size_t kMaxLevels = 20;
inline constexpr std::size_t kMaxCodeLength = 32;
inline constexpr std::size_t kMaxLabelLength = 200;

// Built-in scales.
// "met_partly": splněno 2 / částečně splněno 1 / nesplněno 0 / nehodnoceno (n.a.).
Scale met_partly_scale();
// "points_0_3": 0–3 points as historical state inspections scored (48 criteria × 3 = 144 points), plus n.a.
Scale points_0_3_scale();
// The built-in scale with this code, or nullopt.
std::optional<Scale> builtin_scale(std::string_view code);

// Every problem of a scale: field "levels[i].code" / ".label_cs" / ".label_en" / ".points" or "levels";
// message keys from quality/messages.hpp. Empty: the scale is valid.
// Rules: 2..kMaxLevels levels; codes [a-z0-9_], 1..32 characters, unique; label_cs required (label_en
// falls back to it when empty), labels at most 200 characters; points finite and >= 0; at least two
// applicable levels, with different points, the highest above 0.
std::vector<Error> validate_scale(const Scale& scale);

// A problem of a scale read from text, with the 1-based line of the level (or 1 for the header).
struct ScaleProblem {
  long long line = 0;
  Error error;
};

struct ScaleParse {
  std::optional<Scale> scale;          // set only when there are no problems
  std::vector<ScaleProblem> problems;  // every problem, in line order
};

// Reads the CSV form above (header required, columns in any order; label_en optional). Points: empty,
// "na", "n/a" or "-" for not applicable, otherwise a number with a decimal point or comma ("0,5").
ScaleParse parse_scale(std::string_view code, std::string_view name_cs, std::string_view name_en,
                       std::string_view csv_text);
// The CSV form of a scale; parse_scale reads it back to the same levels.
std::string format_scale(const Scale& scale);

// Shortest decimal text of a number of points: 2 → "2", 1.5 → "1.5", 0.1 + 0.2 → "0.3".
std::string format_points(double value);

}  // namespace kvalis::quality
