#include "quality/core/scale.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include "platform/core/csv.hpp"
#include "platform/core/text.hpp"

namespace kvalis::quality {
namespace {

bool valid_code(std::string_view code) {
  if (code.empty() || code.size() > kMaxCodeLength) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::string field_of(std::size_t index, std::string_view column) {
  return "levels[" + std::to_string(index) + "]." + std::string(column);
}

// A number of points as typed; nullopt value for "not applicable"; ok = false when unreadable.
struct PointsText {
  bool ok = false;
  std::optional<double> value;
};

PointsText read_points(std::string_view raw) {
  std::string text = trim(raw);
  if (text.empty() || text == "na" || text == "n/a" || text == "NA" || text == "N/A" || text == "-") return {true, {}};
  std::replace(text.begin(), text.end(), ',', '.');
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return {false, {}};
  return {true, v};
}

ScaleLevel level(std::string code, std::string cs, std::string en, std::optional<double> points) {
  return ScaleLevel{std::move(code), std::move(cs), std::move(en), points};
}

}  // namespace

const ScaleLevel* Scale::find(std::string_view level_code) const {
  for (const auto& l : levels)
    if (l.code == level_code) return &l;
  return nullptr;
}

double Scale::max_points() const {
  double best = 0;
  for (const auto& l : levels)
    if (l.points && *l.points > best) best = *l.points;
  return best;
}

Scale met_partly_scale() {
  return Scale{"met_partly",
               "Splněno / částečně / nesplněno",
               "Met / partly met / not met",
               {level("met", "splněno", "met", 2.0), level("partly", "částečně splněno", "partly met", 1.0),
                level("not_met", "nesplněno", "not met", 0.0), level("na", "nevztahuje se", "not applicable", {})}};
}

Scale points_0_3_scale() {
  return Scale{"points_0_3",
               "0–3 body",
               "0–3 points",
               {level("0", "0 bodů", "0 points", 0.0), level("1", "1 bod", "1 point", 1.0),
                level("2", "2 body", "2 points", 2.0), level("3", "3 body", "3 points", 3.0),
                level("na", "nevztahuje se", "not applicable", {})}};
}

std::optional<Scale> builtin_scale(std::string_view code) {
  if (code == "met_partly") return met_partly_scale();
  if (code == "points_0_3") return points_0_3_scale();
  return std::nullopt;
}

std::vector<Error> validate_scale(const Scale& scale) {
  std::vector<Error> errors;
  if (scale.levels.size() < 2 || scale.levels.size() > kMaxLevels)
    errors.push_back(invalid("levels", "quality.scale.level_count",
                             {{"count", std::to_string(scale.levels.size())}, {"max", std::to_string(kMaxLevels)}}));
  std::map<std::string, std::size_t> codes;
  std::map<double, std::size_t> points_seen;
  int applicable = 0;
  for (std::size_t i = 0; i < scale.levels.size(); ++i) {
    const auto& l = scale.levels[i];
    if (!valid_code(l.code))
      errors.push_back(invalid(field_of(i, "code"), "quality.scale.code_invalid", {{"value", l.code}}));
    else if (auto [it, inserted] = codes.emplace(l.code, i); !inserted)
      errors.push_back(invalid(field_of(i, "code"), "quality.scale.code_duplicate", {{"value", l.code}}));
    if (trim(l.label_cs).empty())
      errors.push_back(invalid(field_of(i, "label_cs"), "field.required", {{"field", field_of(i, "label_cs")}}));
    for (auto [column, text] : {std::pair{"label_cs", &l.label_cs}, std::pair{"label_en", &l.label_en}})
      if (text->size() > kMaxLabelLength)
        errors.push_back(invalid(field_of(i, column), "field.too_long",
                                 {{"field", field_of(i, column)}, {"max", std::to_string(kMaxLabelLength)}}));
    if (!l.points) continue;
    if (!std::isfinite(*l.points) || *l.points < 0) {
      errors.push_back(
          invalid(field_of(i, "points"), "quality.scale.points_invalid", {{"value", format_points(*l.points)}}));
      continue;
    }
    ++applicable;
    if (auto [it, inserted] = points_seen.emplace(*l.points, i); !inserted)
      errors.push_back(invalid(field_of(i, "points"), "quality.scale.points_duplicate",
                               {{"value", format_points(*l.points)}, {"other", scale.levels[it->second].code}}));
  }
  if (applicable < 2)
    errors.push_back(invalid("levels", "quality.scale.too_few_applicable", {{"count", std::to_string(applicable)}}));
  else if (scale.max_points() <= 0)
    errors.push_back(invalid("levels", "quality.scale.zero_maximum"));
  return errors;
}

ScaleParse parse_scale(std::string_view code, std::string_view name_cs, std::string_view name_en,
                       std::string_view csv_text) {
  ScaleParse out;
  std::string error;
  long long error_line = 0;
  const auto records = csv::parse_all(csv_text, &error, &error_line);
  if (!error.empty()) {
    // The CSV reader's only syntax error: a quote left open (its English text is not shown).
    out.problems.push_back(
        {error_line, invalid("scale", "quality.scale.malformed", {{"line", std::to_string(error_line)}})});
    return out;
  }
  if (records.empty()) {
    out.problems.push_back({1, invalid("scale", "quality.scale.empty")});
    return out;
  }
  std::vector<std::string> names;
  for (const auto& f : records[0].fields) names.push_back(trim(f));
  const csv::Header header(names);
  for (const char* column : {"code", "label_cs", "points"})
    if (!header.find(column))
      out.problems.push_back({records[0].line, invalid(column, "quality.scale.missing_column", {{"column", column}})});
  if (!out.problems.empty()) return out;

  Scale scale{std::string(code), std::string(name_cs), std::string(name_en), {}};
  std::vector<long long> lines;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    const bool blank = std::all_of(rec.fields.begin(), rec.fields.end(), [](const auto& f) { return trim(f).empty(); });
    if (blank) continue;
    const PointsText points = read_points(header.get(rec, "points"));
    if (!points.ok) {
      out.problems.push_back({rec.line, invalid("points", "quality.scale.points_invalid",
                                                {{"value", std::string(header.get(rec, "points"))}})});
      continue;
    }
    ScaleLevel l{trim(header.get(rec, "code")), trim(header.get(rec, "label_cs")), trim(header.get(rec, "label_en")),
                 points.value};
    if (l.label_en.empty()) l.label_en = l.label_cs;
    scale.levels.push_back(std::move(l));
    lines.push_back(rec.line);
  }
  if (!out.problems.empty()) return out;
  for (auto& e : validate_scale(scale)) {
    long long line = records[0].line;
    // "levels[i].column": report the level's own line and the bare column name.
    if (e.field.rfind("levels[", 0) == 0) {
      const auto close = e.field.find(']');
      const auto index = static_cast<std::size_t>(std::stoul(e.field.substr(7, close - 7)));
      if (index < lines.size()) line = lines[index];
      e.field = close + 2 <= e.field.size() ? e.field.substr(close + 2) : "levels";
    }
    out.problems.push_back({line, std::move(e)});
  }
  std::stable_sort(out.problems.begin(), out.problems.end(),
                   [](const ScaleProblem& a, const ScaleProblem& b) { return a.line < b.line; });
  if (out.problems.empty()) out.scale = std::move(scale);
  return out;
}

std::string format_scale(const Scale& scale) {
  std::ostringstream out;
  csv::write_row(out, {"code", "label_cs", "label_en", "points"});
  for (const auto& l : scale.levels)
    csv::write_row(out, {l.code, l.label_cs, l.label_en, l.points ? format_points(*l.points) : std::string()});
  return out.str();
}

std::string format_points(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : (value > 0 ? "inf" : "-inf");
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.10g", value);
  std::string s = buf;
  if (s == "-0") s = "0";
  return s;
}

}  // namespace kvalis::quality
