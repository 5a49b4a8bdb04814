#include "demo/network_demo.hpp"

#include <sstream>

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

}  // namespace kvalis::demo
