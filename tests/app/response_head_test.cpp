// The server renders response heads itself (one gather write instead of Beast's serializer): the bytes
// must be exactly what Beast wrote for the same response, for every combination the server produces.
#include <gtest/gtest.h>

#include <boost/beast/http.hpp>

#include <sstream>

#include "http/server.hpp"

namespace kvalis::testing {
namespace {

namespace bhttp = boost::beast::http;

// The previous implementation (Beast message + prepare_payload), serialised.
std::string beast_bytes(http::Response r, unsigned version, bool keep_alive, bool head, bool api) {
  bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(r.status), version};
  res.set(bhttp::field::server, "kvalis");
  if (!r.content_type.empty()) res.set(bhttp::field::content_type, r.content_type);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "same-origin");
  res.set("X-Frame-Options", "DENY");
  if (api) res.set(bhttp::field::cache_control, "no-store");
  for (const auto& [k, v] : r.headers) res.insert(k, v);
  res.keep_alive(keep_alive);
  if (head) {
    res.content_length(r.body.size());
    std::ostringstream out;
    out << res.base();
    return out.str();
  }
  res.body() = r.body;
  res.prepare_payload();
  std::ostringstream out;
  out << res;
  return out.str();
}

std::string our_bytes(const http::Response& r, unsigned version, bool keep_alive, bool head, bool api) {
  std::string bytes = http::response_head(r, version, keep_alive, head, api);
  if (!head && !http::no_body_status(r.status)) bytes += r.body;
  return bytes;
}

TEST(ResponseHead, SameBytesAsBeast) {
  std::vector<http::Response> responses;
  {
    http::Response r;
    r.body = R"({"items":[]})";
    responses.push_back(r);
  }
  {
    http::Response r;
    r.status = 204;
    r.body.clear();
    r.headers.emplace_back("Set-Cookie", "kvalis_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    responses.push_back(r);
  }
  {
    http::Response r;
    r.status = 405;
    r.body = R"({"error":{"code":"not_found"}})";
    r.headers.emplace_back("Allow", "GET, POST");
    responses.push_back(r);
  }
  for (unsigned status : {201u, 304u, 400u, 401u, 413u, 422u, 429u, 500u, 503u}) {
    http::Response r;
    r.status = status;
    r.body = status == 304 ? "" : "x";
    responses.push_back(r);
  }
  {
    http::Response r;
    r.content_type = "text/csv; charset=utf-8";
    r.body = "a,b\r\n1,2\r\n";
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"sluzby.csv\"");
    r.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
    responses.push_back(r);
  }
  {
    http::Response r;
    r.content_type.clear();
    r.body = std::string(20000, 'a');
    responses.push_back(r);
  }
  for (const auto& r : responses)
    for (unsigned version : {10u, 11u})
      for (bool keep_alive : {false, true})
        for (bool head : {false, true})
          for (bool api : {false, true})
            EXPECT_EQ(our_bytes(r, version, keep_alive, head, api), beast_bytes(r, version, keep_alive, head, api))
                << "status " << r.status << " version " << version << " keep-alive " << keep_alive << " head "
                << head << " api " << api;
}

TEST(ResponseHead, AHeaderValueCannotEndTheHead) {
  http::Response r;
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"a\r\nSet-Cookie: x=1\"");
  const std::string h = http::response_head(r, 11, true, false, true);
  EXPECT_EQ(h.find("\r\nSet-Cookie"), std::string::npos) << h;
  EXPECT_NE(h.find("filename=\"a  Set-Cookie: x=1\""), std::string::npos) << h;
}

}  // namespace
}  // namespace kvalis::testing
