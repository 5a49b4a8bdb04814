#include "demo/network_demo.hpp"

#include <sstream>

#include "demo/demo_region.hpp"

namespace kvalis::demo {

std::string NetworkStageSummary::text() const {
  std::ostringstream os;
  os << stage;
  if (counts.empty()) os << ": nic nezapsáno";
  for (std::size_t i = 0; i < counts.size(); ++i)
    os << (i ? ", " : ": ") << counts[i].first << ": " << counts[i].second;
  os << "\n";
  return os.str();
}

accounts::Caller member_caller(const DemoContext& ctx, const std::string& login, long long org,
                               accounts::OrganisationType type, accounts::Role role) {
  accounts::Caller c;
  const auto user = ctx.users.find(login);
  c.principal.user_id = user == ctx.users.end() ? 0 : user->second;
  c.principal.login = user == ctx.users.end() ? "demo" : login;
  accounts::Membership m;
  m.organisation_id = org;
  m.organisation_type = type;
  m.role = role;
  m.region_code = kDemoRegionCode;
  c.principal.memberships.push_back(m);
  return c;
}

}  // namespace kvalis::demo
