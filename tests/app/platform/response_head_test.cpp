// The server renders response heads itself (one gather write instead of Beast's serializer): the bytes
// must be exactly what Beast wrote for the same response, for every combination the server produces.
#include <gtest/gtest.h>

#include <boost/beast/http.hpp>

#include <sstream>

#include "server/server.hpp"

namespace kvalis::testing {
namespace {

namespace bhttp = boost::beast::http;

// The previous implementation (Beast message + prepare_payload), serialised.
std::string beast_bytes(http::Response r, unsigned version, bool keep_alive, bool head, bool api, bool https) {
  bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(r.status), version};
  res.set(bhttp::field::server, "kvalis");
  if (!r.content_type.empty()) res.set(bhttp::field::content_type, r.content_type);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "same-origin");
  res.set("X-Frame-Options", "DENY");
  const bool html = r.content_type.rfind("text/html", 0) == 0;
  const bool pdf = r.content_type.rfind("application/pdf", 0) == 0;
  res.set("Content-Security-Policy", html  ? http::kContentSecurityPolicy
                                     : pdf ? http::kPdfContentSecurityPolicy
                                           : http::kResourceContentSecurityPolicy);
  if (https) res.set("Strict-Transport-Security", http::kStrictTransportSecurity);
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

std::string our_bytes(const http::Response& r, unsigned version, bool keep_alive, bool head, bool api, bool https) {
  std::string bytes = http::response_head(r, version, keep_alive, head, api, https);
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
    r.content_type = "text/html; charset=utf-8";
    r.body = "<!doctype html><title>Kvalis</title>";
    r.headers.emplace_back("Cache-Control", "no-cache");
    responses.push_back(r);
  }
  {
    http::Response r;
    r.content_type.clear();
    r.body = std::string(20000, 'a');
    responses.push_back(r);
  }
  {
    http::Response r;
    r.content_type = "application/pdf";
    r.body = "%PDF-1.7";
    responses.push_back(r);
  }
  for (const auto& r : responses)
    for (unsigned version : {10u, 11u})
      for (bool keep_alive : {false, true})
        for (bool head : {false, true})
          for (bool api : {false, true})
            for (bool https : {false, true})
              EXPECT_EQ(our_bytes(r, version, keep_alive, head, api, https),
                        beast_bytes(r, version, keep_alive, head, api, https))
                  << "status " << r.status << " version " << version << " keep-alive " << keep_alive << " head " << head
                  << " api " << api << " https " << https;
}

TEST(ResponseHead, AHeaderValueCannotEndTheHead) {
  http::Response r;
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"a\r\nSet-Cookie: x=1\"");
  const std::string h = http::response_head(r, 11, true, false, true);
  EXPECT_EQ(h.find("\r\nSet-Cookie"), std::string::npos) << h;
  EXPECT_NE(h.find("filename=\"a  Set-Cookie: x=1\""), std::string::npos) << h;
}

// Issue 9, item 10a: every HTML page (the front end's index.html, a printable report) carries a strict
// Content-Security-Policy: no inline or foreign scripts, no framing. Issue 15, item 7: every other response
// carries one too (nothing loads or runs from JSON or a download opened on its own), and HSTS over HTTPS.
TEST(ResponseHead, HtmlPagesCarryAStrictContentSecurityPolicy) {
  http::Response page;
  page.content_type = "text/html; charset=utf-8";
  page.body = "<!DOCTYPE html><title>Zpráva</title>";
  const std::string h = http::response_head(page, 11, true, false, false);
  const auto at = h.find("\r\nContent-Security-Policy: ");
  ASSERT_NE(at, std::string::npos) << h;
  const std::string csp = h.substr(at + 27, h.find("\r\n", at + 2) - at - 27);
  EXPECT_NE(csp.find("script-src 'self';"), std::string::npos) << csp;
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("object-src 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << csp;
  // 'unsafe-inline' only for styles.
  const auto script =
      csp.substr(csp.find("script-src"), csp.find(';', csp.find("script-src")) - csp.find("script-src"));
  EXPECT_EQ(script.find("unsafe-inline"), std::string::npos) << script;
  // An API report page has it too.
  EXPECT_NE(http::response_head(page, 11, true, false, true).find("Content-Security-Policy"), std::string::npos);
  http::Response json;
  EXPECT_NE(http::response_head(json, 11, true, false, true)
                .find("\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n"),
            std::string::npos);
  http::Response pdf;
  pdf.content_type = "application/pdf";
  EXPECT_NE(
      http::response_head(pdf, 11, true, false, true).find("\r\nContent-Security-Policy: frame-ancestors 'none'\r\n"),
      std::string::npos);
}

TEST(ResponseHead, StrictTransportSecurityOnlyOverHttps) {
  http::Response r;
  EXPECT_EQ(http::response_head(r, 11, true, false, true, false).find("Strict-Transport-Security"), std::string::npos);
  EXPECT_NE(http::response_head(r, 11, true, false, true, true)
                .find("\r\nStrict-Transport-Security: max-age=31536000; includeSubDomains\r\n"),
            std::string::npos);
}

}  // namespace
}  // namespace kvalis::testing
