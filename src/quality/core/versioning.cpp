#include "quality/core/versioning.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"

namespace kvalis::quality {
namespace {

using Key = std::pair<int, std::string>;  // (standard, lower-case letter): "10a" after "9b"

Key key_of(const SetCriterion& c) {
  const std::string code = c.code();
  return {c.standard, code.substr(std::to_string(c.standard).size())};
}

std::vector<std::string> changed_fields(const SetCriterion& a, const SetCriterion& b) {
  std::vector<std::string> out;
  if (trim(a.essential) != trim(b.essential)) out.emplace_back("essential");
  if (trim(a.text_cs) != trim(b.text_cs)) out.emplace_back("text_cs");
  if (trim(a.source) != trim(b.source)) out.emplace_back("source");
  if (trim(a.note) != trim(b.note)) out.emplace_back("note");
  return out;
}

std::string day_before(std::string_view date) {
  const auto t = parse_timestamp(date);
  return t ? format_date(*t - 86400) : std::string();
}

}  // namespace

std::string_view to_string(CriterionChangeKind kind) {
  switch (kind) {
    case CriterionChangeKind::kAdded:
      return "added";
    case CriterionChangeKind::kChanged:
      return "changed";
    case CriterionChangeKind::kRemoved:
      return "removed";
  }
  return "changed";
}

bool CriterionDiff::substantive() const {
  if (kind != CriterionChangeKind::kChanged) return true;
  return std::any_of(changed_fields.begin(), changed_fields.end(),
                     [](const std::string& f) { return f == "essential" || f == "text_cs"; });
}

int VersionDiff::count(CriterionChangeKind kind) const {
  return static_cast<int>(
      std::count_if(changes.begin(), changes.end(), [&](const CriterionDiff& d) { return d.kind == kind; }));
}

VersionDiff diff_criteria(const std::vector<SetCriterion>& before, const std::vector<SetCriterion>& after) {
  std::map<Key, std::pair<const SetCriterion*, const SetCriterion*>> pairs;
  for (const auto& c : before) pairs[key_of(c)].first = &c;
  for (const auto& c : after) pairs[key_of(c)].second = &c;
  VersionDiff diff;
  for (const auto& [key, pair] : pairs) {
    const auto [old_c, new_c] = pair;
    CriterionDiff d;
    d.code = std::to_string(key.first) + key.second;
    if (old_c) d.before = *old_c;
    if (new_c) d.after = *new_c;
    if (!old_c) {
      d.kind = CriterionChangeKind::kAdded;
    } else if (!new_c) {
      d.kind = CriterionChangeKind::kRemoved;
    } else {
      d.changed_fields = changed_fields(*old_c, *new_c);
      if (d.changed_fields.empty()) {
        ++diff.unchanged;
        continue;
      }
      d.kind = CriterionChangeKind::kChanged;
    }
    diff.changes.push_back(std::move(d));
  }
  return diff;
}

const StandardSetVersion* latest_version(const std::vector<StandardSetVersion>& history) {
  const StandardSetVersion* latest = nullptr;
  for (const auto& v : history)
    if (!latest || v.version > latest->version) latest = &v;
  return latest;
}

const StandardSetVersion* version_in_force(const std::vector<StandardSetVersion>& history, std::string_view date) {
  const StandardSetVersion* found = nullptr;
  for (const auto& v : history) {
    if (v.valid_from > date) continue;
    if (!v.valid_to.empty() && date > v.valid_to) continue;
    if (!found || v.version > found->version) found = &v;
  }
  return found;
}

void keep_unchanged_starts(const std::vector<SetCriterion>& before, std::vector<SetCriterion>& after) {
  std::map<Key, const SetCriterion*> old_by_key;
  for (const auto& c : before) old_by_key[key_of(c)] = &c;
  for (auto& c : after) {
    const auto old = old_by_key.find(key_of(c));
    if (old == old_by_key.end() || old->second->valid_from.empty()) continue;
    if (trim(old->second->essential) == trim(c.essential) && trim(old->second->text_cs) == trim(c.text_cs))
      c.valid_from = old->second->valid_from;
  }
}

VersionImport import_version(const std::vector<StandardSetVersion>& history, std::string_view set_code,
                             std::string_view criteria_csv, std::string_view valid_from,
                             const std::vector<int>& standard_numbers) {
  constexpr const char* kFile = "criteria.csv";
  VersionImport out;
  const StandardSetVersion* latest = latest_version(history);
  if (!is_valid_date(valid_from))
    out.problems.add({kFile, 0, "valid_from must be a date YYYY-MM-DD"});
  else if (latest && std::string_view(latest->valid_from) >= valid_from)
    out.problems.add({kFile, 0,
                      "valid_from must be after " + latest->valid_from + ", the start of version " +
                          std::to_string(latest->version)});

  const auto rows = catalogue::parse_criteria(criteria_csv, out.problems, /*text_required=*/false);
  const std::set<int> standards(standard_numbers.begin(), standard_numbers.end());
  std::vector<SetCriterion> criteria;
  for (const auto& row : rows) {
    if (row.set_code != set_code) {
      ++out.other_set_rows;
      continue;
    }
    if (!standards.empty() && !standards.count(row.standard)) {
      out.problems.add(
          {kFile, row.line, "standard " + std::to_string(row.standard) + " is not in set " + std::string(set_code)});
      continue;
    }
    const std::string code = criterion_code(row.standard, row.letter);
    criteria.push_back(SetCriterion{row.standard,
                                    code.substr(std::to_string(row.standard).size()),
                                    row.essential,
                                    trim(row.text_cs),
                                    trim(row.source),
                                    trim(row.note),
                                    std::string(valid_from),
                                    {}});
  }
  // parse_criteria rejects "1a" twice but not "1a" and "1A", which are one code here.
  std::set<Key> seen;
  for (const auto& row : rows)
    if (row.set_code == set_code &&
        !seen.insert(key_of(SetCriterion{row.standard, row.letter, {}, {}, {}, {}, {}, {}})).second)
      out.problems.add({kFile, row.line, "duplicate criterion " + criterion_code(row.standard, row.letter)});
  if (criteria.empty() && out.problems.empty())
    out.problems.add({kFile, 1, "no criteria of set " + std::string(set_code)});
  std::stable_sort(out.problems.items().begin(), out.problems.items().end(),
                   [](const catalogue::Problem& a, const catalogue::Problem& b) { return a.line < b.line; });
  if (!out.problems.empty()) return out;

  static const std::vector<SetCriterion> kNone;
  if (latest) {
    keep_unchanged_starts(latest->criteria, criteria);
    out.previous_valid_to = day_before(valid_from);
  }
  out.diff = diff_criteria(latest ? latest->criteria : kNone, criteria);
  out.version = StandardSetVersion{
      std::string(set_code), latest ? latest->version + 1 : 1, std::string(valid_from), {}, std::move(criteria)};
  return out;
}

std::vector<Criterion> scoring_criteria(const StandardSetVersion& version) {
  std::vector<Criterion> out;
  out.reserve(version.criteria.size());
  for (const auto& c : version.criteria)
    out.push_back(Criterion{c.code(), c.standard, c.letter, c.essential == "yes", 1.0});
  return out;
}

}  // namespace kvalis::quality
