#pragma once
#include <boost/beast/http/fields.hpp>

#include <string>
#include <string_view>

#include "platform/http/client_address.hpp"
#include "server/app.hpp"

namespace kvalis::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 2;
  std::size_t db_threads = 0;  // 0: the database pool size
  int read_timeout_seconds = 30;
  int shutdown_grace_seconds = 30;
  TrustedProxies trusted_proxies;  // peers whose X-Forwarded-For gives the client address; none by default
  bool hsts = false;               // Kvalis is reached over HTTPS only: Strict-Transport-Security on every response
};

// Sent with every HTML page (the web front end, printable reports). Only the application's own scripts
// run (none inline); styles may be inline (Ant Design and ECharts set style attributes, the printable
// reports carry their <style>); no page may be framed.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";
// Sent with every other response (JSON, CSV, Excel, static files): opened on its own, nothing in it may load,
// run or be framed. A PDF gets frame-ancestors only: the browser's PDF viewer is a plugin that default-src
// 'none' would block.
inline constexpr const char* kResourceContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
inline constexpr const char* kPdfContentSecurityPolicy = "frame-ancestors 'none'";
// Sent when the request came over HTTPS (kvalis serve --hsts, or X-Forwarded-Proto: https from a trusted
// proxy): browsers use HTTPS only for a year.
inline constexpr const char* kStrictTransportSecurity = "max-age=31536000; includeSubDomains";
// The Content-Security-Policy of a response of this content type.
const char* content_security_policy(std::string_view content_type);

// The status line and header fields written before a response body (HTTP/1.x, CRLF line ends, an
// empty line at the end): the security headers (the Content-Security-Policy of the content type, HSTS when
// https), no-store for /api, the
// response's own headers, the Connection field for keep-alive, Content-Length (the body's size, also for HEAD; 0 for
// 1xx, 204 and 304, which carry no body).
std::string response_head(const Response& r, unsigned version, bool keep_alive, bool head, bool api,
                          bool https = false);
bool no_body_status(unsigned status);

// The request target in origin form (RFC 9112 §3.2.1) into req.path ("/" when empty) and req.query
// (percent-decoded); false when the target is not in origin form (the server answers 400).
bool parse_target(std::string_view target, Request& req);
// A body is framed by Content-Length or by "Transfer-Encoding: chunked" alone: any other coding, or a
// Transfer-Encoding beside a Content-Length (request smuggling through a proxy that reads the other
// one, RFC 9112 §6.3), is refused (400).
bool ambiguous_framing(const boost::beast::http::fields& header);

// Serves until SIGTERM or SIGINT; then stops accepting, lets in-flight requests finish and returns.
// Calls on_ready(port) once listening (the port is the real one when 0 was asked for).
int run_server(App& app, const ServerOptions& options, const std::function<void(unsigned short)>& on_ready = {});

}  // namespace kvalis::http
