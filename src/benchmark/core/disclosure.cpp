#include "benchmark/core/disclosure.hpp"

#include <sodium.h>

#include <algorithm>
#include <vector>

#include "benchmark/core/statistics.hpp"

namespace kvalis::benchmark {
namespace {

// BLAKE2b of the text, the first 8 bytes as a number.
unsigned long long order_key(const std::string& text) {
  unsigned char digest[16];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr,
                     0);
  unsigned long long v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | digest[i];
  return v;
}

// A … Z, AA … AZ, BA …
std::string letters(std::size_t index) {
  std::string out;
  ++index;
  while (index > 0) {
    --index;
    out.insert(out.begin(), static_cast<char>('A' + index % 26));
    index /= 26;
  }
  return out;
}

constexpr std::string_view kLabelCs = "Služba ";

}  // namespace

std::optional<Viewer> viewer_for(const accounts::Principal& principal, long long region_org_id,
                                 const std::map<long long, std::string>& members) {
  if (principal.platform_admin) return full_viewer();
  for (const auto& m : principal.memberships)
    if (m.organisation_id == region_org_id) return full_viewer();
  Viewer v;
  bool full = false, data_only = false;
  for (const auto& m : principal.memberships) {
    auto it = members.find(m.organisation_id);
    if (it == members.end()) continue;
    v.own_provider_ids.insert(m.organisation_id);
    full = full || it->second == "full";
    data_only = data_only || it->second == "data_only";
  }
  if (!full && !data_only) return std::nullopt;
  // A reader with a full membership anywhere in the group reads as a full member.
  v.audience = full ? Audience::full_member : Audience::data_only;
  return v;
}

std::string_view audience_name(Audience audience) {
  switch (audience) {
    case Audience::region:
      return "region";
    case Audience::full_member:
      return "full_member";
    case Audience::data_only:
      return "data_only";
  }
  return "region";
}

std::optional<Audience> parse_audience(std::string_view name) {
  for (auto a : {Audience::region, Audience::full_member, Audience::data_only})
    if (audience_name(a) == name) return a;
  return std::nullopt;
}

bool suppressed_for(const Viewer& viewer, std::size_t group_n) {
  return viewer.suppresses_small_groups() && is_suppressed(group_n);
}

Disclosure disclose(const Viewer& viewer, bool own, std::size_t group_n) {
  Disclosure d;
  const bool suppressed = suppressed_for(viewer, group_n);
  d.group_statistics = !suppressed;
  // A provider still sees its own number in a suppressed group, but not where it stands.
  d.row = !suppressed || own;
  d.value = d.row;
  d.position = !suppressed;
  d.name = shows_name(viewer, own);
  return d;
}

bool may_narrow_peers(const Viewer& viewer) { return !viewer.anonymises_peers(); }

bool shows_name(const Viewer& viewer, bool own) { return own || !viewer.anonymises_peers(); }

std::map<long long, std::string> anonymous_labels(const std::string& salt, const std::set<long long>& service_ids) {
  std::vector<std::pair<unsigned long long, long long>> order;
  order.reserve(service_ids.size());
  for (long long id : service_ids)
    order.emplace_back(order_key("kvalis-benchmark|" + salt + "|" + std::to_string(id)), id);
  std::sort(order.begin(), order.end());
  std::map<long long, std::string> out;
  for (std::size_t i = 0; i < order.size(); ++i) out[order[i].second] = std::string(kLabelCs) + letters(i);
  return out;
}

std::string anonymous_label_en(const std::string& label) {
  if (label.rfind(kLabelCs, 0) == 0) return "Service " + label.substr(kLabelCs.size());
  return label == "Služba" ? "Service" : label;
}

}  // namespace kvalis::benchmark
