#pragma once
// What the cards part's use cases share (internal to network/app): the caller's standing towards a card
// version (region manager or reader, a provider the version was sent to) and what follows from it.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/cards.hpp"
#include "network/store/cards_repo.hpp"

namespace kvalis::network::app {

struct CardAccess {
  RegionRef region;
  bool manager = false;         // manages the region's cards
  bool staff = false;           // a member of the region organisation (or platform admin)
  bool recipient = false;       // a member of an organisation the version was sent to
  long long responding_org = 0; // that organisation, when the caller may comment for it (admin/manager/worker)
};

CardAccess card_access(soci::session& s, const accounts::Caller& caller, const kvalis::network::store::cards_repo::CardRow& card,
                       const kvalis::network::store::cards_repo::VersionRow* version);
CardActor actor_of(const CardAccess& a);
// Region staff see every version; recipients the versions sent to them; everyone published ones.
bool version_visible(const CardAccess& a, const kvalis::network::store::cards_repo::VersionRow& v);
std::vector<long long> caller_org_ids(const accounts::Caller& caller);
std::string today_text();

}  // namespace kvalis::network::app
