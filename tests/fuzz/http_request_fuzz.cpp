// HTTP request parsing with the route table, as server/server.cpp runs it on every connection: raw bytes
// through Beast's request parser (header limit 16 KiB, then the body within the matched route's limit),
// the framing check (request smuggling), the target split into path and percent-decoded query, route
// matching, the path ids a handler reads, the session cookie, Accept-Language, the bearer token, the
// Content-Type check and, when the route takes a body, its DTO. No handler runs and no database is needed.
// Properties: a matched route's path has as many segments as its template and every path id read is
// positive; the response head the server would write ends exactly once, whatever the request carried.
#include <boost/beast/core/buffers_prefix.hpp>
#include <boost/beast/http.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "platform/core/messages.hpp"
#include "platform/http/client_address.hpp"
#include "platform/http/params.hpp"
#include "route_table.hpp"
#include "server/server.hpp"

using namespace kvalis;
namespace bhttp = boost::beast::http;

namespace {

// What a handler sees as ctx.app; matching and reading the request must never reach for it.
class NoEnvironment final : public http::Environment {
 public:
  store::Database& db() override { return fail<store::Database>(); }
  const http::AppConfig& config() const override { return config_; }
  const http::RouteTable& routes() const override { return fuzz::route_table(); }
  const store::catalogue_repo::Catalogues& catalogues() const override {
    return fail<const store::catalogue_repo::Catalogues>();
  }
  http::VersionedCache<std::string, std::string>& response_cache() override {
    return fail<http::VersionedCache<std::string, std::string>>();
  }
  Worker& worker() override { return fail<Worker>(); }

 private:
  template <class T>
  static T& fail() {
    fuzz::check(false, "parsing a request reached for the application");
    std::abort();
  }
  http::AppConfig config_;
};

std::size_t segments(std::string_view path) {
  std::size_t n = 0;
  for (char c : path) n += c == '/';
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  boost::beast::error_code ec;

  bhttp::request_parser<bhttp::empty_body> header_parser;
  header_parser.header_limit(16 * 1024);
  header_parser.body_limit(boost::none);
  std::size_t used = 0;
  while (!header_parser.is_header_done()) {
    used += header_parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
    if (ec) return 0;  // incomplete (need_more) or malformed: the server answers 400 or waits
  }
  const auto& h = header_parser.get();
  http::Request req;
  req.method = h.method();
  req.cookie = std::string(h[bhttp::field::cookie]);
  req.csrf_header = std::string(h["X-CSRF-Token"]);
  req.accept_language = std::string(h[bhttp::field::accept_language]);
  req.user_agent = std::string(h[bhttp::field::user_agent]).substr(0, 300);
  req.content_type = std::string(h[bhttp::field::content_type]);
  req.tls = h["X-Forwarded-Proto"] == "https";
  req.if_none_match = std::string(h[bhttp::field::if_none_match]).substr(0, 200);
  req.authorization = std::string(h[bhttp::field::authorization]).substr(0, 1000);
  std::string forwarded_for;
  for (auto [f, end] = h.equal_range("X-Forwarded-For"); f != end; ++f)
    forwarded_for += (forwarded_for.empty() ? "" : ",") + std::string(f->value());
  static const http::TrustedProxies trusted = [] {
    http::TrustedProxies t;
    t.add("127.0.0.0/8");
    t.add("fd00::/8");
    return t;
  }();
  req.client_ip = http::client_address("127.0.0.1", forwarded_for, trusted);
  const unsigned version = h.version();
  const bool keep_alive = h.keep_alive();
  if (http::ambiguous_framing(h)) return 0;
  if (!http::parse_target(h.target(), req)) return 0;
  fuzz::check(!req.path.empty() && req.path[0] == '/', "a parsed path starts with /");

  const bool api = req.path == "/api" || req.path.rfind("/api/", 0) == 0;
  http::RouteTable::Match match;
  std::size_t limit = 64 * 1024;
  if (api) {
    match = fuzz::route_table().match(req.method, req.path);
    if (match.route) {
      limit = match.route->body_limit;
      fuzz::check(segments(match.route->path) == segments(req.path), "a match has the template's segments");
      fuzz::check(match.route->method == req.method, "a match has the request's method");
    } else if (match.path_exists) {
      fuzz::check(!match.allowed.empty(), "a 405 names the allowed methods");
    }
  }

  // The body, within the route's limit (413 beyond it). As the server does (server.cpp), a declared length
  // over the limit is answered 413 before any of the body is read: the body's parser would reserve that
  // length at once. The header parser moves into the body's parser: h is not used after this.
  if (const auto declared = header_parser.content_length(); declared && *declared > limit) return 0;
  bhttp::request_parser<bhttp::string_body> parser(std::move(header_parser));
  parser.body_limit(limit);
  while (!parser.is_done() && used < bytes.size()) {
    const std::size_t n = parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
    used += n;
    if (ec || n == 0) break;
  }
  if (!ec && !parser.is_done()) parser.put_eof(ec);
  if (ec) return 0;
  req.body = std::move(parser.get().body());
  fuzz::check(req.body.size() <= limit, "a body stays within the route's limit");

  NoEnvironment environment;
  http::Context ctx{req, environment, match.params, {}, {}, {}, parse_lang(req.accept_language)};
  if (match.route) {
    for (const auto& [name, value] : match.params) {
      auto id = ctx.path_id(name);
      if (id) fuzz::check(*id > 0, "a path id is positive");
    }
    for (const auto& doc : match.route->query) {
      if (doc.type == "integer")
        (void)http::int_param(req, doc.name, 1, http::kMaxId);
      else if (!doc.values.empty())
        (void)http::enum_param(req, doc.name, doc.values, doc.values.front());
      else
        (void)http::text_param(req, doc.name);
    }
    (void)http::is_json_content_type(req.content_type);
    if (match.route->decode_request) (void)match.route->decode_request(req.body);
  }
  (void)req.cookie_value(http::kSessionCookie);
  (void)http::bearer_matches(req.authorization, "fuzz-metrics-token");

  // The head of an error answer carrying what the request sent: one blank line, at its end.
  http::Response response = http::error_response(Error{ErrorCode::not_found, {}, "not_found", {}}, ctx.lang);
  response.headers.emplace_back("X-Echo", req.user_agent);
  response.headers.emplace_back("ETag", req.if_none_match);
  const std::string head =
      http::response_head(response, version, keep_alive, req.method == http::Verb::head, api, req.tls);
  fuzz::check(head.find("\r\n\r\n") == head.size() - 4, "the response head ends once, at its end");
  return 0;
}
