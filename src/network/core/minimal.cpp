#include "network/core/minimal.hpp"

#include <algorithm>

namespace kvalis::network {

std::string_view to_string(MinimalFormStatus status) {
  switch (status) {
    case MinimalFormStatus::draft:
      return "draft";
    case MinimalFormStatus::set:
      return "set";
    case MinimalFormStatus::superseded:
      return "superseded";
  }
  return "draft";
}

std::optional<MinimalFormStatus> parse_minimal_form_status(std::string_view text) {
  for (auto s : {MinimalFormStatus::draft, MinimalFormStatus::set, MinimalFormStatus::superseded})
    if (to_string(s) == text) return s;
  return std::nullopt;
}

std::string_view to_string(MinimalFormAction action) {
  switch (action) {
    case MinimalFormAction::edit:
      return "edit";
    case MinimalFormAction::set:
      return "set";
    case MinimalFormAction::raise_actions:
      return "raise_actions";
  }
  return "edit";
}

std::optional<MinimalFormAction> parse_minimal_form_action(std::string_view text) {
  for (auto a : {MinimalFormAction::edit, MinimalFormAction::set, MinimalFormAction::raise_actions})
    if (to_string(a) == text) return a;
  return std::nullopt;
}

Status check_minimal_form_action(MinimalFormAction action, MinimalFormStatus status, int needs_required) {
  switch (action) {
    case MinimalFormAction::edit:
      if (status != MinimalFormStatus::draft) return conflict("status", "network.minimal.not_draft");
      return ok_status();
    case MinimalFormAction::set:
      if (status != MinimalFormStatus::draft) return conflict("status", "network.minimal.not_draft");
      if (needs_required <= 0) return invalid("needs", "network.minimal.no_needs");
      return ok_status();
    case MinimalFormAction::raise_actions:
      if (status != MinimalFormStatus::set) return conflict("status", "network.minimal.not_set");
      return ok_status();
  }
  return conflict("status", "network.minimal.not_draft");
}

std::vector<NeedShare> direct_shares(const std::vector<long long>& needs, const std::vector<ServiceCoverage>& services) {
  std::vector<NeedShare> out;
  out.reserve(needs.size());
  for (long long need : needs) {
    NeedShare n{need, 0, 0, 0};
    for (const auto& c : services) {
      if (!c.answered) continue;
      ++n.services;
      if (c.direct.count(need)) ++n.direct;
    }
    n.share = n.services ? static_cast<double>(n.direct) / n.services : 0;
    out.push_back(n);
  }
  return out;
}

MinimalCheck check_service(const std::vector<long long>& required, const ServiceCoverage& coverage) {
  MinimalCheck c;
  c.answered = coverage.answered;
  std::set<long long> seen;
  for (long long need : required) {
    if (!seen.insert(need).second) continue;
    ++c.required;
    if (coverage.answered && coverage.direct.count(need))
      ++c.met;
    else
      c.missing.push_back(need);
  }
  c.share_met = c.required ? static_cast<double>(c.met) / c.required : 1.0;
  c.meets = c.missing.empty() && (coverage.answered || c.required == 0);
  return c;
}

std::string_view to_string(MinimalViewer viewer) {
  switch (viewer) {
    case MinimalViewer::none:
      return "none";
    case MinimalViewer::provider:
      return "provider";
    case MinimalViewer::region_reader:
      return "region_reader";
    case MinimalViewer::region_manager:
      return "region_manager";
  }
  return "none";
}

MinimalViewer minimal_viewer(const MinimalViewerFacts& f) {
  using accounts::Role;
  if (f.platform_admin) return MinimalViewer::region_manager;
  if (f.region_role) {
    if (*f.region_role == Role::admin || *f.region_role == Role::manager) return MinimalViewer::region_manager;
    if (*f.region_role != Role::evaluator) return MinimalViewer::region_reader;
  }
  if (f.provider_role && *f.provider_role != Role::evaluator) return MinimalViewer::provider;
  return MinimalViewer::none;
}

Result<std::vector<long long>> gap_needs(const std::vector<long long>& missing, const std::vector<long long>& asked) {
  if (asked.empty()) return missing;
  for (std::size_t i = 0; i < asked.size(); ++i)
    if (std::find(missing.begin(), missing.end(), asked[i]) == missing.end())
      return invalid("need_area_ids[" + std::to_string(i) + "]", "network.minimal.need_not_missing",
                     {{"value", std::to_string(asked[i])}});
  std::vector<long long> out;
  for (long long need : missing)
    if (std::find(asked.begin(), asked.end(), need) != asked.end()) out.push_back(need);
  return out;
}

}  // namespace kvalis::network
