#pragma once
// The route table: one list of (method, path template, handler, body limit, permission) from which the
// router, the authorization check and the OpenAPI document are all derived.
#include <boost/beast/http/verb.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accounts/core/access.hpp"
#include "platform/core/messages.hpp"
#include "platform/http/json_dto.hpp"

namespace kvalis::store {
class Database;
}

namespace kvalis::http {

using Verb = boost::beast::http::verb;

struct Request {
  Verb method = Verb::get;
  std::string path;
  std::vector<std::pair<std::string, std::string>> query;  // percent-decoded
  std::string body;
  std::string cookie;
  std::string csrf_header;
  std::string accept_language;
  std::string user_agent;
  std::string content_type;
  std::string client_ip;
  std::string if_none_match;  // conditional GET of the public portal's pages
  std::string authorization;  // the Authorization header (a bearer token for GET /api/metrics)
  bool tls = false;

  std::optional<std::string_view> query_param(std::string_view name) const;
  std::optional<std::string_view> cookie_value(std::string_view name) const;
};

struct Response {
  unsigned status = 200;
  std::string body;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
};

class Environment;

// What a handler gets: the request, the path parameters, who is asking, in which language.
struct Context {
  const Request& req;
  Environment& app;
  std::vector<std::pair<std::string, std::string>> path_params;
  accounts::Principal principal;  // user_id == 0 when anonymous
  std::string session_digest;
  std::string csrf_token;
  Lang lang = Lang::cs;
  long long registry_version = 0;  // data version of registry data when the request started

  Result<long long> path_id(std::string_view name) const;
  store::Database& db() const;
};

using Handler = std::function<Response(Context&)>;

struct QueryParamDoc {
  std::string name;
  std::string type;  // "string" | "integer"
  std::string description;
  std::vector<std::string> values;  // allowed values, when an enumeration
};

struct Route {
  Verb method = Verb::get;
  std::string path;  // e.g. "/api/services/{id}"
  accounts::Permission permission = accounts::Permission::authenticated;
  Handler handler;
  std::size_t body_limit = 64 * 1024;
  std::string tag;
  std::string summary;
  unsigned success_status = 200;
  json::value request_schema;  // null when the route takes no body
  // Reads a body as the route's request DTO (parse_body) and writes the DTO back as JSON; empty when the
  // route takes no body. The fuzz target of DTO decoding (tests/fuzz/dto_body_fuzz.cpp) reaches every DTO through it.
  std::function<Result<json::value>(std::string_view)> decode_request;
  json::value response_schema;  // null for 204
  std::vector<QueryParamDoc> query;
  bool audit_reads = false;  // reads of personal data are logged
};

class RouteTable {
 public:
  // Adds a route; Req/Resp types give the schemas. Use void for "no body" / "no content".
  template <class Req, class Resp>
  Route& add(Verb method, std::string path, accounts::Permission permission, Handler handler, std::string tag,
             std::string summary) {
    Route r;
    r.method = method;
    r.path = std::move(path);
    r.permission = permission;
    r.handler = std::move(handler);
    r.tag = std::move(tag);
    r.summary = std::move(summary);
    if constexpr (!std::is_void_v<Req>) {
      r.request_schema = schema_of<Req>(schemas_);
      r.decode_request = [](std::string_view body) -> Result<json::value> {
        auto dto = parse_body<Req>(body);
        if (!dto) return dto.error();
        return to_json(dto.value());
      };
    }
    if constexpr (!std::is_void_v<Resp>)
      r.response_schema = schema_of<Resp>(schemas_);
    else
      r.success_status = 204;
    routes_.push_back(std::move(r));
    return routes_.back();
  }

  struct Match {
    const Route* route = nullptr;
    std::vector<std::pair<std::string, std::string>> params;
    bool path_exists = false;   // some route has this path with another method (405)
    std::vector<Verb> allowed;  // the methods that path has, for the Allow header
  };
  Match match(Verb method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }
  const SchemaRegistry& schemas() const { return schemas_; }
  SchemaRegistry& schemas() { return schemas_; }

 private:
  std::vector<Route> routes_;
  SchemaRegistry schemas_;
};

// JSON helpers for handlers.
Response json_response(const json::value& v, unsigned status = 200);
template <class T>
Response dto_response(const T& dto, unsigned status = 200) {
  return json_response(to_json(dto), status);
}
Response no_content();
Response error_response(const Error& error, Lang lang);
unsigned status_for(ErrorCode code);

// True when a Content-Type header names JSON: application/json, case-insensitive, with an optional charset
// parameter that must then be UTF-8 (RFC 8259). A JSON route refuses any other type with 415, so that a
// plain HTML form (text/plain, form-urlencoded) cannot post to it from another site.
bool is_json_content_type(std::string_view content_type);

// Parses the body into T or returns the 4xx response to send.
template <class T>
std::variant<T, Response> body_as(const Context& ctx) {
  auto r = parse_body<T>(ctx.req.body);
  if (!r) return error_response(r.error(), ctx.lang);
  return std::move(r.value());
}

// Builds the OpenAPI 3.1 document from the route table.
json::value openapi_document(const RouteTable& table, std::string_view version);

}  // namespace kvalis::http
