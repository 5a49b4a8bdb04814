#include "platform/http/routing.hpp"

#include <cctype>
#include <charconv>

#include "platform/core/text.hpp"
#include "platform/http/environment.hpp"

namespace kvalis::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 1;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input:
      return "invalid_input";
    case ErrorCode::unauthorized:
      return "unauthorized";
    case ErrorCode::forbidden:
      return "forbidden";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::payload_too_large:
      return "payload_too_large";
    case ErrorCode::unsupported_media_type:
      return "unsupported_media_type";
    case ErrorCode::too_many_requests:
      return "too_many_requests";
    case ErrorCode::unavailable:
      return "unavailable";
  }
  return "error";
}

}  // namespace

std::optional<std::string_view> Request::query_param(std::string_view name) const {
  for (const auto& [k, v] : query)
    if (k == name) return std::string_view(v);
  return std::nullopt;
}

std::optional<std::string_view> Request::cookie_value(std::string_view name) const {
  std::string_view c = cookie;
  while (!c.empty()) {
    auto semi = c.find(';');
    auto part = c.substr(0, semi);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) return part.substr(eq + 1);
    if (semi == std::string_view::npos) break;
    c.remove_prefix(semi + 1);
  }
  return std::nullopt;
}

Result<long long> Context::path_id(std::string_view name) const {
  for (const auto& [k, v] : path_params) {
    if (k != name) continue;
    long long id = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
    if (ec != std::errc() || p != v.data() + v.size() || id <= 0) return not_found();
    return id;
  }
  return not_found();
}

store::Database& Context::db() const { return app.db(); }

namespace {

bool is_param(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Whether the route template matches the path's segments, walked in place (a request is matched against every
// route: nothing is allocated until one matches).
bool template_matches(std::string_view tmpl, const std::vector<std::string_view>& parts) {
  std::size_t i = 0;
  std::size_t start = 1;
  while (start <= tmpl.size()) {
    auto end = tmpl.find('/', start);
    if (end == std::string_view::npos) end = tmpl.size();
    const auto segment = tmpl.substr(start, end - start);
    if (i >= parts.size()) return false;
    if (is_param(segment) ? parts[i].empty() : segment != parts[i]) return false;
    ++i;
    start = end + 1;
  }
  return i == parts.size();
}

std::vector<std::pair<std::string, std::string>> params_of(std::string_view tmpl,
                                                           const std::vector<std::string_view>& parts) {
  std::vector<std::pair<std::string, std::string>> params;
  const auto segments = split_path(tmpl);
  for (std::size_t i = 0; i < segments.size(); ++i)
    if (is_param(segments[i]))
      params.emplace_back(std::string(segments[i].substr(1, segments[i].size() - 2)), std::string(parts[i]));
  return params;
}

}  // namespace

RouteTable::Match RouteTable::match(Verb method, std::string_view path) const {
  Match m;
  const auto parts = split_path(path);
  for (const auto& route : routes_) {
    if (!template_matches(route.path, parts)) continue;
    m.allowed.push_back(route.method);
    if (route.method != method) {
      m.path_exists = true;
      continue;
    }
    if (!m.route) {
      m.route = &route;
      m.params = params_of(route.path, parts);
    }
  }
  return m;
}

unsigned status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input:
      return 400;
    case ErrorCode::unauthorized:
      return 401;
    case ErrorCode::forbidden:
      return 403;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::payload_too_large:
      return 413;
    case ErrorCode::unsupported_media_type:
      return 415;
    case ErrorCode::too_many_requests:
      return 429;
    case ErrorCode::unavailable:
      return 503;
  }
  return 400;
}

Response json_response(const json::value& v, unsigned status) {
  Response r;
  r.status = status;
  r.body = json::serialize(v);
  return r;
}

Response no_content() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

bool is_json_content_type(std::string_view content_type) {
  auto lower_trim = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    std::string out(v);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  auto semicolon = content_type.find(';');
  if (lower_trim(content_type.substr(0, semicolon)) != "application/json") return false;
  while (semicolon != std::string_view::npos) {
    content_type.remove_prefix(semicolon + 1);
    semicolon = content_type.find(';');
    const std::string param = lower_trim(content_type.substr(0, semicolon));
    if (param.empty()) continue;
    const auto eq = param.find('=');
    if (eq == std::string::npos) return false;
    if (lower_trim(std::string_view(param).substr(0, eq)) != "charset") continue;
    std::string value = lower_trim(std::string_view(param).substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (value != "utf-8" && value != "utf8") return false;
  }
  return true;
}

Response error_response(const Error& error, Lang lang) {
  // Messages quote what was sent (a cell of an uploaded file, a code): never answer with invalid UTF-8.
  json::object e{{"code", error_code_name(error.code)},
                 {"message", to_valid_utf8(translate(error, lang))},
                 {"field", error.field.empty() ? json::value(nullptr) : json::value(to_valid_utf8(error.field))}};
  // A few error keys are worth a more specific machine-readable code for the front end.
  if (error.message_key == "auth.invalid_credentials") e["code"] = "invalid_credentials";
  if (error.message_key == "csrf.invalid") e["code"] = "csrf_invalid";
  if (error.message_key == "method.not_allowed") e["code"] = "method_not_allowed";
  return json_response(json::object{{"error", e}}, status_for(error.code));
}

json::value openapi_document(const RouteTable& table, std::string_view version) {
  SchemaRegistry schemas = table.schemas();
  json::object paths;
  for (const auto& r : table.routes()) {
    json::object op;
    op["summary"] = r.summary;
    op["tags"] = json::array{json::string(r.tag)};
    op["operationId"] = std::string(boost::beast::http::to_string(r.method)) + r.path;
    op["x-permission"] = std::string(accounts::to_string(r.permission));
    if (r.permission != accounts::Permission::public_access)
      op["security"] = json::array{json::object{{"session", json::array{}}}};
    json::array params;
    for (std::size_t pos = r.path.find('{'); pos != std::string::npos; pos = r.path.find('{', pos + 1)) {
      const auto end = r.path.find('}', pos);
      params.push_back(json::object{{"name", r.path.substr(pos + 1, end - pos - 1)},
                                    {"in", "path"},
                                    {"required", true},
                                    {"schema", {{"type", "integer"}}}});
    }
    for (const auto& q : r.query) {
      json::object schema{{"type", q.type}};
      if (!q.values.empty()) {
        json::array vals;
        for (const auto& v : q.values) vals.push_back(json::string(v));
        schema["enum"] = vals;
      }
      params.push_back(json::object{
          {"name", q.name}, {"in", "query"}, {"required", false}, {"description", q.description}, {"schema", schema}});
    }
    if (!params.empty()) op["parameters"] = params;
    if (!r.request_schema.is_null())
      op["requestBody"] =
          json::object{{"required", true}, {"content", {{"application/json", {{"schema", r.request_schema}}}}}};
    json::object responses;
    if (r.success_status == 204) {
      responses["204"] = json::object{{"description", "No content"}};
    } else {
      responses[std::to_string(r.success_status)] =
          json::object{{"description", "OK"}, {"content", {{"application/json", {{"schema", r.response_schema}}}}}};
    }
    const json::object error_body{{"$ref", "#/components/schemas/ErrorBody"}};
    responses["default"] =
        json::object{{"description", "Error"}, {"content", {{"application/json", {{"schema", error_body}}}}}};
    op["responses"] = responses;
    std::string method(boost::beast::http::to_string(r.method));
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto& path_item = paths[r.path];
    if (!path_item.is_object()) path_item = json::object{};
    path_item.as_object()[method] = op;
  }
  json::object components_schemas;
  for (const auto& [name, schema] : schemas) components_schemas[name] = schema;
  components_schemas["ErrorBody"] = json::object{{"type", "object"},
                                                 {"required", json::array{"error"}},
                                                 {"properties",
                                                  {{"error",
                                                    {{"type", "object"},
                                                     {"required", json::array{"code", "message", "field"}},
                                                     {"properties",
                                                      {{"code", {{"type", "string"}}},
                                                       {"message", {{"type", "string"}}},
                                                       {"field", {{"type", json::array{"string", "null"}}}}}}}}}}};
  return json::object{
      {"openapi", "3.1.0"},
      {"info", {{"title", "Kvalis API"}, {"version", version}}},
      {"paths", paths},
      {"components",
       {{"schemas", components_schemas},
        {"securitySchemes", {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "kvalis_session"}}}}}}}};
}

}  // namespace kvalis::http
