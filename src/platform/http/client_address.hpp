#pragma once
// The client's address of a request: the socket's peer, or, when the peer is a configured trusted proxy,
// the address the proxies recorded in X-Forwarded-For (the nearest one that is not itself a trusted proxy).
// Without trusted proxies X-Forwarded-For is ignored, so a client cannot choose the address that login
// throttling and the audit log see.
#include <boost/asio/ip/address.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::http {

class TrustedProxies {
 public:
  // Adds an address ("10.0.0.5", "::1") or a network in CIDR form ("10.0.0.0/8", "fd00::/8");
  // false when the text is neither.
  bool add(std::string_view address_or_cidr);
  bool empty() const { return networks_.empty(); }
  bool contains(const boost::asio::ip::address& address) const;

 private:
  struct Network {
    boost::asio::ip::address base;
    unsigned prefix = 0;
  };
  std::vector<Network> networks_;
};

// An IP address in a header or socket text; IPv4-mapped IPv6 addresses become IPv4. Nullopt otherwise.
std::optional<boost::asio::ip::address> parse_ip(std::string_view text);

// peer: the socket's remote address; forwarded_for: the X-Forwarded-For values in the order the fields
// came, joined with commas (empty when none).
std::string client_address(const std::string& peer, std::string_view forwarded_for, const TrustedProxies& trusted);

}  // namespace kvalis::http
