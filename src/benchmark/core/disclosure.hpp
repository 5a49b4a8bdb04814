#pragma once
// Who sees what of a benchmarking comparison (DOMAIN: disclosure and anonymisation). Region staff (and the
// platform administrator) see everything; providers taking part fully ("outside the region") see peers by
// name but not groups of fewer than 3 services (small-cell suppression); data-only members also see their
// peers anonymised, as "Služba A", "Služba B", … in an order drawn from the round's random salt, so the
// same service has the same label everywhere in the round and the label tells nothing about ids or names.
// Every view of the comparison (JSON, exports, reports, trends, DEA) applies these rules.
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "accounts/core/access.hpp"

namespace kvalis::benchmark {

enum class Audience { region, full_member, data_only };

struct Viewer {
  Audience audience = Audience::region;
  std::set<long long> own_provider_ids;  // the reader's provider organisations that take part
  bool suppresses_small_groups() const { return audience != Audience::region; }
  bool anonymises_peers() const { return audience == Audience::data_only; }
  bool owns(long long provider_id) const { return own_provider_ids.count(provider_id) > 0; }
};

// Everything, with names (command line, region staff).
inline Viewer full_viewer() { return {}; }
// The reader's view of a group run by region organisation region_org_id whose members are
// provider id → participation ("full" or "data_only"); nullopt: the reader has nothing to do with it.
std::optional<Viewer> viewer_for(const accounts::Principal& principal, long long region_org_id,
                                 const std::map<long long, std::string>& members);
std::string_view audience_name(Audience audience);  // region, full_member, data_only
std::optional<Audience> parse_audience(std::string_view name);

// What a reader sees of one service's score in a peer group of n services with a value.
struct Disclosure {
  bool group_statistics = true;  // n, quartiles, mean, sd of the group
  bool row = true;               // the service's row appears at all
  bool value = true;             // its value
  bool position = true;          // percent rank, z-score, reserves to the median and the best quartile
  bool name = true;              // its id and name (otherwise its anonymous label)
};
Disclosure disclose(const Viewer& viewer, bool own, std::size_t group_n);
// Whether the reader may narrow the peers by territory, founder or size: a data-only member may not, as
// a narrower group would let it tell the anonymised services apart (only the default grouping is offered).
bool may_narrow_peers(const Viewer& viewer);
// Whether the reader sees the service's name (Disclosure::name, which does not depend on the group).
bool shows_name(const Viewer& viewer, bool own);
// Whether the group's statistics are hidden from this reader (fewer than 3 services outside the region).
bool suppressed_for(const Viewer& viewer, std::size_t group_n);

// Anonymous labels of the round's services: service id → "Služba A" … "Služba Z", "Služba AA" …, ordered
// by a hash of the round's salt and the id. The salt is random per round and never shown.
std::map<long long, std::string> anonymous_labels(const std::string& salt, const std::set<long long>& service_ids);
// The label's English form: "Služba C" → "Service C".
std::string anonymous_label_en(const std::string& label);

}  // namespace kvalis::benchmark
