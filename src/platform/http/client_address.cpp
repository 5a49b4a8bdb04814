#include "platform/http/client_address.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace kvalis::http {
namespace {

std::string_view trim(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return v;
}

boost::asio::ip::address normalised(const boost::asio::ip::address& a) {
  if (a.is_v6() && a.to_v6().is_v4_mapped())
    return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, a.to_v6());
  return a;
}

}  // namespace

std::optional<boost::asio::ip::address> parse_ip(std::string_view text) {
  text = trim(text);
  // "[v6]:port" and "v4:port" as some proxies write them.
  if (!text.empty() && text.front() == '[') {
    const auto close = text.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    text = text.substr(1, close - 1);
  } else if (const auto colon = text.find(':');
             colon != std::string_view::npos && text.find(':', colon + 1) == std::string_view::npos) {
    text = text.substr(0, colon);
  }
  boost::system::error_code ec;
  auto a = boost::asio::ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  return normalised(a);
}

bool TrustedProxies::add(std::string_view address_or_cidr) {
  const auto slash = address_or_cidr.find('/');
  boost::system::error_code ec;
  auto base = boost::asio::ip::make_address(std::string(trim(address_or_cidr.substr(0, slash))), ec);
  if (ec) return false;
  base = normalised(base);
  const unsigned bits = base.is_v4() ? 32 : 128;
  unsigned prefix = bits;
  if (slash != std::string_view::npos) {
    const auto text = trim(address_or_cidr.substr(slash + 1));
    auto [end, err] = std::from_chars(text.data(), text.data() + text.size(), prefix);
    if (err != std::errc() || end != text.data() + text.size() || text.empty() || prefix > bits) return false;
  }
  networks_.push_back({base, prefix});
  return true;
}

bool TrustedProxies::contains(const boost::asio::ip::address& raw) const {
  const auto address = normalised(raw);
  for (const auto& n : networks_) {
    if (n.base.is_v4() != address.is_v4()) continue;
    std::array<unsigned char, 16> a{}, b{};
    std::size_t size = 4;
    if (address.is_v4()) {
      const auto x = address.to_v4().to_bytes(), y = n.base.to_v4().to_bytes();
      std::copy(x.begin(), x.end(), a.begin());
      std::copy(y.begin(), y.end(), b.begin());
    } else {
      size = 16;
      a = address.to_v6().to_bytes();
      b = n.base.to_v6().to_bytes();
    }
    bool same = true;
    for (std::size_t i = 0; i < size && same; ++i) {
      const unsigned bits_here = n.prefix > i * 8 ? std::min(8u, n.prefix - static_cast<unsigned>(i * 8)) : 0u;
      const unsigned char mask = static_cast<unsigned char>(bits_here == 0 ? 0 : (0xFF << (8 - bits_here)) & 0xFF);
      same = (a[i] & mask) == (b[i] & mask);
    }
    if (same) return true;
  }
  return false;
}

std::string client_address(const std::string& peer, std::string_view forwarded_for, const TrustedProxies& trusted) {
  if (trusted.empty() || forwarded_for.empty()) return peer;
  auto peer_ip = parse_ip(peer);
  if (!peer_ip || !trusted.contains(*peer_ip)) return peer;
  // Right to left: each hop was added by the proxy before it; the first hop that is not a trusted proxy is
  // the client. A malformed hop ends the walk at the last address known to be good.
  std::string client = peer_ip->to_string();
  while (!forwarded_for.empty()) {
    const auto comma = forwarded_for.rfind(',');
    const auto hop = comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1);
    forwarded_for = comma == std::string_view::npos ? std::string_view{} : forwarded_for.substr(0, comma);
    if (trim(hop).empty()) continue;
    auto ip = parse_ip(hop);
    if (!ip) break;
    client = ip->to_string();
    if (!trusted.contains(*ip)) break;
  }
  return client;
}

}  // namespace kvalis::http
