#include "benchmark/core/round_comparison.hpp"

#include <cmath>
#include <limits>

#include "benchmark/core/statistics.hpp"
#include "platform/core/text.hpp"

namespace kvalis::benchmark {
namespace {

bool list_has(const std::string& list, const std::string& code) {
  return list.find(";" + code + ";") != std::string::npos;
}

// One service's value of one indicator, or why there is none.
struct Evaluated {
  double value = std::numeric_limits<double>::quiet_NaN();
  std::string reason;
};

Evaluated evaluate_for(const IndicatorFormula& formula, const ItemLookup& lookup, const UsableValues& values) {
  const auto e = evaluate_indicator(formula, lookup);
  if (e.ok()) return {e.value, ""};
  if (e.status == EvaluationStatus::kMissingItem)
    for (const auto& item : e.missing_items)
      if (auto it = values.rejected.find(item); it != values.rejected.end())
        return {std::numeric_limits<double>::quiet_NaN(), it->second};
  return {std::numeric_limits<double>::quiet_NaN(), e.reason()};
}

}  // namespace

std::string primary_form(const std::string& forms) {
  for (const char* f : {"pob", "amb", "ter"})
    if (list_has(forms, f)) return f;
  auto all = split_codes(forms);
  return all.empty() ? std::string() : all.front();
}

std::string peer_key(const std::string& kind_code, const std::string& form_code) {
  return "kind=" + kind_code + ";form=" + form_code;
}

std::string kind_peer_key(const std::string& kind_code) { return "kind=" + kind_code; }

UsableValues usable_values(const std::vector<ItemSpec>& items, const std::vector<RuleSpec>& rules,
                           const FormValues& values) {
  return usable_values(FormValidator(items, rules), values);
}

UsableValues usable_values(const FormValidator& validator, const FormValues& values) {
  UsableValues out;
  for (const auto& [code, v] : values)
    if (v && std::isfinite(*v)) out.items[code] = *v;
  const auto check = validator.validate(values);
  for (const auto& p : check.problems) {
    if (p.kind == ProblemKind::kBelowMin || p.kind == ProblemKind::kAboveMax || p.kind == ProblemKind::kNotANumber) {
      out.rejected.emplace(p.code, "implausible: " + p.code);
    } else if (p.kind == ProblemKind::kRuleFailed) {
      for (const auto& c : validator.items_of_rule(p.code)) out.rejected.emplace(c, "implausible: rule " + p.code);
    }
  }
  for (const auto& [code, reason] : out.rejected) out.items.erase(code);
  return out;
}

RoundComparison compare_round(const std::vector<ComparedIndicator>& indicators,
                              const std::vector<ComparedService>& services,
                              const std::function<void(std::size_t, std::size_t)>& progress, std::size_t extra_steps) {
  RoundComparison out;
  // Peer groups as dense indices for the batch computation.
  std::vector<std::uint32_t> group_of;
  std::vector<std::string> keys;
  std::map<std::string, std::uint32_t> key_index;
  for (const auto& svc : services) {
    const std::string key = peer_key(svc.kind_code, primary_form(svc.forms));
    auto [k, inserted] = key_index.emplace(key, static_cast<std::uint32_t>(keys.size()));
    if (inserted) keys.push_back(key);
    group_of.push_back(k->second);
  }
  out.summary.services = services.size();
  out.summary.peer_groups = keys.size();
  out.summary.indicators = indicators.size();
  const std::size_t steps = indicators.size() + extra_steps;

  // Every service's item values in an array by item (NaN: absent), so a formula reads an array element for
  // each item it names instead of searching a map of codes: at national scale (7,000 services × 40
  // indicators) the searches took most of the comparison.
  std::map<std::string, std::size_t, std::less<>> item_index;
  for (const auto& svc : services)
    for (const auto& [code, v] : svc.values.items) item_index.emplace(code, item_index.size());
  std::vector<double> dense(services.size() * item_index.size(), std::numeric_limits<double>::quiet_NaN());
  for (std::size_t i = 0; i < services.size(); ++i)
    for (const auto& [code, v] : services[i].values.items) dense[i * item_index.size() + item_index.at(code)] = v;

  struct Work {
    const ComparedIndicator* indicator;
    std::vector<Observation> observations;
    std::vector<std::string> reasons;  // parallel to observations
    BatchResult result;
  };
  std::vector<Work> work;
  work.reserve(indicators.size());
  std::size_t done = 0;
  for (const auto& ind : indicators) {
    Work w{&ind, {}, {}, {}};
    auto parsed = parse_indicator(ind.numerator, ind.denominator, ind.factor);
    const auto* formula = std::get_if<IndicatorFormula>(&parsed);
    // The formula's items with their array index (npos: no service has a value of it).
    std::vector<std::pair<std::string, std::size_t>> refs;
    if (formula)
      for (auto& code : referenced_items(*formula)) {
        auto it = item_index.find(code);
        refs.emplace_back(std::move(code), it == item_index.end() ? std::string::npos : it->second);
      }
    const double* row = nullptr;
    const ItemLookup lookup = [&refs, &row](std::string_view code) -> std::optional<double> {
      for (const auto& [c, index] : refs)
        if (c == code) {
          if (index == std::string::npos || std::isnan(row[index])) return std::nullopt;
          return row[index];
        }
      return std::nullopt;
    };
    for (std::size_t i = 0; i < services.size(); ++i) {
      const auto& svc = services[i];
      if (!ind.kinds.empty() && !list_has(ind.kinds, svc.kind_code)) continue;  // not applicable to this kind
      Evaluated e;
      row = dense.data() + i * item_index.size();
      if (!formula)
        e.reason = "invalid formula";
      else
        e = evaluate_for(*formula, lookup, svc.values);
      w.observations.push_back(Observation{group_of[i], static_cast<std::uint32_t>(i), e.value});
      w.reasons.push_back(std::move(e.reason));
    }
    work.push_back(std::move(w));
    if (progress) progress(++done, steps);
  }

  std::vector<BatchTask> tasks;
  tasks.reserve(work.size());
  for (auto& w : work)
    tasks.push_back(BatchTask{
        w.observations, w.indicator->direction == "lower" ? Direction::kLowerIsBetter : Direction::kHigherIsBetter,
        &w.result});
  compute_batches(tasks, 1);

  for (const auto& w : work) {
    const long long ind_id = w.indicator->id;
    for (const auto& g : w.result.groups)
      out.stats.push_back(PeerStatistics{ind_id, keys[g.group], static_cast<long long>(g.summary.n), g.summary.min,
                                         g.summary.q1, g.summary.median, g.summary.q3, g.summary.max, g.summary.mean,
                                         g.summary.sd});
    for (std::size_t i = 0; i < w.observations.size(); ++i) {
      const auto& o = w.observations[i];
      const auto& r = w.result.services[i];
      ServiceResult sc;
      sc.indicator_id = ind_id;
      sc.service_id = services[o.service].id;
      sc.peer_key = keys[o.group];
      if (r.missing) {
        sc.missing_reason = w.reasons[i].empty() ? "missing" : w.reasons[i];
        ++out.summary.missing;
      } else {
        sc.value = o.value;
        sc.percent_rank = r.percent_rank;
        sc.z_score = r.z;
        sc.reserve_median = r.reserve.to_median;
        sc.reserve_best = r.reserve.to_best_quartile;
      }
      out.scores.push_back(std::move(sc));
    }
  }
  out.summary.scores = out.scores.size();
  return out;
}

}  // namespace kvalis::benchmark
