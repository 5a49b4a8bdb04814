// The client address of a request (src/platform/http/client_address.cpp): X-Forwarded-For counts only when the peer
// is a configured trusted proxy, and then its nearest hop that is not itself a trusted proxy.
#include "platform/http/client_address.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using kvalis::http::client_address;
using kvalis::http::TrustedProxies;

TrustedProxies proxies(std::initializer_list<const char*> list) {
  TrustedProxies t;
  for (const char* p : list) EXPECT_TRUE(t.add(p)) << p;
  return t;
}

TEST(ClientAddress, WithoutTrustedProxiesTheHeaderIsIgnored) {
  const TrustedProxies none;
  EXPECT_EQ(client_address("127.0.0.1", "203.0.113.5", none), "127.0.0.1");
  EXPECT_EQ(client_address("198.51.100.1", "", none), "198.51.100.1");
}

TEST(ClientAddress, OnlyATrustedPeerMayNameTheClient) {
  const auto t = proxies({"10.0.0.0/8", "127.0.0.1", "fd00::/8"});
  struct Case {
    const char* peer;
    const char* forwarded_for;
    const char* client;
  } cases[] = {
      {"127.0.0.1", "203.0.113.5", "203.0.113.5"},
      {"198.51.100.9", "203.0.113.5", "198.51.100.9"},        // not a trusted peer: header ignored
      {"127.0.0.1", "1.2.3.4, 203.0.113.5", "203.0.113.5"},   // what the client prepended does not count
      {"127.0.0.1", "203.0.113.5, 10.1.2.3", "203.0.113.5"},  // a chain of trusted proxies is skipped
      {"10.9.9.9", "203.0.113.5,10.0.0.1,10.0.0.2", "203.0.113.5"},
      {"127.0.0.1", "10.0.0.1, 10.0.0.2", "10.0.0.1"},     // every hop trusted: the farthest
      {"127.0.0.1", "203.0.113.5, garbage", "127.0.0.1"},  // a malformed hop ends the walk
      {"127.0.0.1", "garbage, 203.0.113.5", "203.0.113.5"},
      {"127.0.0.1", "203.0.113.5:4711", "203.0.113.5"},  // a port some proxies add
      {"127.0.0.1", "[2001:db8::1]:443", "2001:db8::1"},
      {"127.0.0.1", "2001:db8::2", "2001:db8::2"},
      {"fd12::1", "203.0.113.7", "203.0.113.7"},
      {"::ffff:127.0.0.1", "203.0.113.8", "203.0.113.8"},  // IPv4-mapped peer
      {"127.0.0.1", " , ", "127.0.0.1"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(client_address(c.peer, c.forwarded_for, t), c.client) << c.peer << " / " << c.forwarded_for;
}

TEST(ClientAddress, TrustedProxiesAreAddressesOrNetworks) {
  TrustedProxies t;
  EXPECT_TRUE(t.add("192.168.1.0/24"));
  EXPECT_TRUE(t.add("::1"));
  EXPECT_FALSE(t.add("10.0.0.0/33"));
  EXPECT_FALSE(t.add("10.0.0.0/"));
  EXPECT_FALSE(t.add("proxy.example"));
  EXPECT_FALSE(t.add("::/129"));
  EXPECT_TRUE(t.contains(*kvalis::http::parse_ip("192.168.1.200")));
  EXPECT_FALSE(t.contains(*kvalis::http::parse_ip("192.168.2.1")));
  EXPECT_TRUE(t.contains(*kvalis::http::parse_ip("::1")));
  EXPECT_TRUE(proxies({"0.0.0.0/0"}).contains(*kvalis::http::parse_ip("8.8.8.8")));
  EXPECT_TRUE(proxies({"10.1.2.3/13"}).contains(*kvalis::http::parse_ip("10.7.255.255")));
  EXPECT_FALSE(proxies({"10.1.2.3/13"}).contains(*kvalis::http::parse_ip("10.8.0.0")));
}

}  // namespace
