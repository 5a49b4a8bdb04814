#include "server/server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "platform/core/metrics.hpp"

namespace kvalis::http {

bool no_body_status(unsigned status) { return status < 200 || status == 204 || status == 304; }

const char* content_security_policy(std::string_view content_type) {
  if (content_type.rfind("text/html", 0) == 0) return kContentSecurityPolicy;
  if (content_type.rfind("application/pdf", 0) == 0) return kPdfContentSecurityPolicy;
  return kResourceContentSecurityPolicy;
}

std::string response_head(const Response& r, unsigned version, bool keep_alive, bool head, bool api, bool https) {
  // Beast's order: fields as set, a repeated name right after the last field of that name.
  std::vector<std::pair<std::string_view, std::string_view>> fields;
  fields.reserve(10 + r.headers.size());
  fields.emplace_back("Server", "kvalis");
  if (!r.content_type.empty()) fields.emplace_back("Content-Type", r.content_type);
  fields.emplace_back("X-Content-Type-Options", "nosniff");
  fields.emplace_back("Referrer-Policy", "same-origin");
  fields.emplace_back("X-Frame-Options", "DENY");
  fields.emplace_back("Content-Security-Policy", content_security_policy(r.content_type));
  if (https) fields.emplace_back("Strict-Transport-Security", kStrictTransportSecurity);
  if (api) fields.emplace_back("Cache-Control", "no-store");
  for (const auto& [k, v] : r.headers) {
    auto same = [&k = k](const auto& f) { return boost::beast::iequals(f.first, k); };
    auto last = std::find_if(fields.rbegin(), fields.rend(), same);
    fields.emplace(last == fields.rend() ? fields.end() : last.base(), k, v);
  }
  if (version >= 11 && !keep_alive) fields.emplace_back("Connection", "close");
  if (version < 11 && keep_alive) fields.emplace_back("Connection", "keep-alive");
  const std::string length = std::to_string(head || !no_body_status(r.status) ? r.body.size() : 0);
  fields.emplace_back("Content-Length", length);

  std::string h;
  h.reserve(512);
  h += "HTTP/";
  h += std::to_string(version / 10);
  h += '.';
  h += std::to_string(version % 10);
  h += ' ';
  h += std::to_string(r.status);
  h += ' ';
  h += boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(r.status));
  h += "\r\n";
  for (const auto& [name, value] : fields) {
    h += name;
    h += ": ";
    // A value never ends the head early, whatever a handler put in it.
    for (char c : value) h += (c == '\r' || c == '\n') ? ' ' : c;
    h += "\r\n";
  }
  h += "\r\n";
  return h;
}

bool parse_target(std::string_view target, Request& req) {
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) return false;
  const auto& u = *parsed;
  req.path = u.path();
  if (req.path.empty()) req.path = "/";
  for (auto param : u.params()) req.query.emplace_back(param.key, param.value);
  return true;
}

bool ambiguous_framing(const boost::beast::http::fields& h) {
  const auto codings = h.count(boost::beast::http::field::transfer_encoding);
  if (codings == 0) return false;
  if (codings > 1 || h.count(boost::beast::http::field::content_length) > 0) return true;
  auto te = h[boost::beast::http::field::transfer_encoding];
  while (!te.empty() && (te.front() == ' ' || te.front() == '\t')) te.remove_prefix(1);
  while (!te.empty() && (te.back() == ' ' || te.back() == '\t')) te.remove_suffix(1);
  return !boost::beast::iequals(te, "chunked");
}

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

struct ServerState {
  App& app;
  asio::thread_pool& db_pool;
  asio::thread_pool* write_pool;  // SQLite: the requests that change data (else db_pool)
  const ServerOptions& options;
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
};

// A response ready for the socket: the head rendered by response_head, the body moved out of the
// Response (empty for HEAD and for statuses without a body). Written with one gather write; Beast's
// serializer walked the same fields at a noticeable cost per request.
struct WireResponse {
  std::string head;
  std::string body;
  std::array<asio::const_buffer, 2> buffers() const { return {asio::buffer(head), asio::buffer(body)}; }
};

WireResponse to_wire(Response&& r, unsigned version, bool keep_alive, bool head, bool api, bool https = false) {
  WireResponse w;
  w.head = response_head(r, version, keep_alive, head, api, https);
  if (!head && !no_body_status(r.status)) w.body = std::move(r.body);
  return w;
}

Response plain_error(unsigned status, std::string_view text) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::string(text);
  return r;
}

asio::awaitable<void> serve_connection(beast::tcp_stream stream, ServerState& st) {
  metrics::registry().connection_opened();
  struct OpenConnection {
    ~OpenConnection() { metrics::registry().connection_closed(); }
  } open_connection;
  beast::flat_buffer buffer;
  std::string client_ip;
  {
    boost::system::error_code ec;
    auto ep = stream.socket().remote_endpoint(ec);
    if (!ec) client_ip = ep.address().to_string();
  }
  for (;;) {
    stream.expires_after(std::chrono::seconds(st.options.read_timeout_seconds));
    bhttp::request_parser<bhttp::empty_body> header_parser;
    header_parser.header_limit(16 * 1024);
    header_parser.body_limit(boost::none);  // the route's own limit is applied below
    auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, header_parser, kTuple);
    (void)n;
    if (ec) {
      // Timeouts, closed connections and shutdown end quietly; a malformed request gets a 400.
      if (ec != bhttp::error::end_of_stream && ec != beast::error::timeout && ec != asio::error::eof &&
          ec != asio::error::operation_aborted && ec != asio::error::connection_reset) {
        auto res = to_wire(plain_error(400, "Bad request"), 11, false, false, false);
        co_await asio::async_write(stream, res.buffers(), kTuple);
      }
      break;
    }
    // From here on the request counts as in flight: a graceful shutdown waits for it.
    ++st.in_flight;
    struct InFlight {
      std::atomic<int>& n;
      ~InFlight() { --n; }
    } in_flight_guard{st.in_flight};
    const auto started = std::chrono::steady_clock::now();
    const auto& h = header_parser.get();
    Request req;
    req.method = h.method();
    std::string forwarded_for;
    for (auto [f, end] = h.equal_range("X-Forwarded-For"); f != end; ++f)
      forwarded_for += (forwarded_for.empty() ? "" : ",") + std::string(f->value());
    req.client_ip = client_address(client_ip, forwarded_for, st.options.trusted_proxies);
    req.cookie = std::string(h[bhttp::field::cookie]);
    req.csrf_header = std::string(h["X-CSRF-Token"]);
    req.accept_language = std::string(h[bhttp::field::accept_language]);
    // Only the built front end's files look at it (App::handle_static).
    const std::string accept_encoding(h[bhttp::field::accept_encoding].substr(0, 500));
    req.user_agent = std::string(h[bhttp::field::user_agent]).substr(0, 300);
    req.content_type = std::string(h[bhttp::field::content_type]);
    req.tls = h["X-Forwarded-Proto"] == "https";
    // HSTS only when the operator says Kvalis is reached over HTTPS, or a trusted proxy says this request was.
    const auto peer = parse_ip(client_ip);
    const bool https = st.options.hsts || (req.tls && peer && !st.options.trusted_proxies.empty() &&
                                           st.options.trusted_proxies.contains(*peer));
    req.if_none_match = std::string(h[bhttp::field::if_none_match]).substr(0, 200);
    req.authorization = std::string(h[bhttp::field::authorization]).substr(0, 1000);
    const unsigned version = h.version();
    const bool keep_alive_asked = h.keep_alive();
    if (ambiguous_framing(header_parser.get())) {
      auto res = to_wire(plain_error(400, "Bad request framing"), version, false, false, false);
      co_await asio::async_write(stream, res.buffers(), kTuple);
      break;
    }
    if (!parse_target(h.target(), req)) {
      auto res = to_wire(plain_error(400, "Bad request target"), version, false, false, false);
      co_await asio::async_write(stream, res.buffers(), kTuple);
      break;
    }
    const bool api = req.path == "/api" || req.path.rfind("/api/", 0) == 0;
    // The public portal's pages (server-rendered, cached per data version): see App::handle_portal.
    const bool portal = req.path == "/portal" || req.path.rfind("/portal/", 0) == 0;
    std::size_t limit = 0;
    RouteTable::Match match;
    // The series a request counts in: its route pattern, never its path (ids would multiply series).
    std::string route_pattern = api ? "unmatched" : portal ? "/portal" : "static";
    if (api) {
      match = st.app.match(req.method, req.path);
      if (match.route) route_pattern = match.route->path;
      // Unknown routes and wrong methods still read a small body, so they answer 404/405, not 413.
      limit = match.route ? match.route->body_limit : 64 * 1024;
    }
    const auto declared = header_parser.content_length();
    bool too_large = declared && *declared > limit;
    bhttp::request_parser<bhttp::string_body> parser(std::move(header_parser));
    parser.body_limit(limit);
    boost::system::error_code ec2;
    if (!too_large) {
      auto [e, n2] = co_await bhttp::async_read(stream, buffer, parser, kTuple);
      (void)n2;
      ec2 = e;
      too_large = ec2 == bhttp::error::body_limit;
    }
    if (too_large) {
      Response r =
          error_response(Error{ErrorCode::payload_too_large, {}, "body.too_large", {{"max", std::to_string(limit)}}},
                         parse_lang(req.accept_language));
      auto res = to_wire(std::move(r), version, false, false, true);
      co_await asio::async_write(stream, res.buffers(), kTuple);
      break;
    }
    if (ec2) break;
    req.body = std::move(parser.get().body());
    stream.expires_never();

    // A few read-only routes answer here when all they need is in memory (session, roles, data versions
    // and the cached answer); all other application work (database, files) runs on the database pool,
    // off the network threads.
    std::optional<Response> fast;
    if (api) fast = st.app.handle_in_memory(req, match);
    if (portal && (req.method == Verb::get || req.method == Verb::head)) fast = st.app.handle_portal(req, true);
    Response response;
    if (fast) {
      response = std::move(*fast);
    } else {
      const bool reads = req.method == Verb::get || req.method == Verb::head;
      response = co_await asio::co_spawn(
          reads || !st.write_pool ? st.db_pool : *st.write_pool,
          [&]() -> asio::awaitable<Response> {
            if (api) co_return st.app.handle_api(req, std::move(match));
            if (req.method != Verb::get && req.method != Verb::head) co_return plain_error(405, "Method not allowed");
            if (portal) co_return *st.app.handle_portal(req, false);
            co_return st.app.handle_static(req, accept_encoding);
          },
          asio::use_awaitable);
    }
    metrics::registry().record_request(
        bhttp::to_string(h.method()), route_pattern, response.status,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    const bool keep_alive = keep_alive_asked && !st.stopping;
    auto res = to_wire(std::move(response), version, keep_alive, req.method == Verb::head, api, https);
    stream.expires_after(std::chrono::seconds(st.options.read_timeout_seconds));
    auto [ec3, n3] = co_await asio::async_write(stream, res.buffers(), kTuple);
    (void)n3;
    if (ec3 || !keep_alive) break;
  }
  boost::system::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> listen(tcp::acceptor& acceptor, asio::io_context& ioc, ServerState& st) {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ioc), kTuple);
    if (ec) {
      if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
      continue;  // e.g. too many open files: keep serving the connections we have
    }
    socket.set_option(tcp::no_delay(true), ec);
    auto executor = socket.get_executor();
    asio::co_spawn(executor, serve_connection(beast::tcp_stream(std::move(socket)), st), asio::detached);
  }
}

asio::awaitable<void> drain_and_stop(asio::io_context& ioc, ServerState& st) {
  asio::steady_timer timer(ioc);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(st.options.shutdown_grace_seconds);
  while (st.in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
    timer.expires_after(std::chrono::milliseconds(20));
    co_await timer.async_wait(kTuple);
  }
  ioc.stop();
}

}  // namespace

int run_server(App& app, const ServerOptions& options, const std::function<void(unsigned short)>& on_ready) {
  std::mutex m;  // the start of the read threads below (declared first: they outlive the pools' threads)
  std::condition_variable all_started;
  std::size_t started = 0;
  asio::io_context ioc(options.io_threads);
  asio::thread_pool db_pool(options.db_threads ? options.db_threads : app.db().pool_size());
  // SQLite has one writer: a request waiting for the write lock (Database::write) holds its thread while it
  // waits. With every request on one pool, a burst of writes occupied every thread and the reads queued behind
  // them (each route of the mixed load answered in 120 ms at the median). There the requests that change data
  // (not GET or HEAD) run on a pool of their own, eight threads that take the write lock in order of arrival
  // (Database::FifoMutex; eight, so that saves of one benchmarking round can wait together for write_grouped), and
  // reads keep theirs; PostgreSQL writes in parallel and keeps one pool. The read threads run at nice 10 there, so that
  // the one transaction holding the write lock, on which every other write waits, gets the larger share of the CPU
  // under load.
  std::optional<asio::thread_pool> write_pool;
  if (app.db().dialect() == store::Dialect::sqlite) {
    write_pool.emplace(8);
    const std::size_t n = options.db_threads ? options.db_threads : app.db().pool_size();
    // One task per thread: each waits until every task has started, so no thread takes two. A mutex and a
    // condition variable, not std::latch: libstdc++ 12's latch lost wake-ups here (two of four threads slept
    // in arrive_and_wait for ever, and the server's shutdown waited for them).
    for (std::size_t i = 0; i < n; ++i)
      asio::post(db_pool, [&, n] {
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
        std::unique_lock lock(m);
        if (++started == n) all_started.notify_all();
        all_started.wait(lock, [&] { return started >= n + 1; });
      });
    std::unique_lock lock(m);
    all_started.wait(lock, [&] { return started == n; });
    ++started;  // released: the tasks return
    lock.unlock();
    all_started.notify_all();
  }
  ServerState st{app, db_pool, write_pool ? &*write_pool : nullptr, options};

  tcp::endpoint endpoint{asio::ip::make_address(options.address), options.port};
  tcp::acceptor acceptor(ioc);
  acceptor.open(endpoint.protocol());
  acceptor.set_option(asio::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(asio::socket_base::max_listen_connections);
  if (on_ready) on_ready(acceptor.local_endpoint().port());

  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code& ec, int) {
    if (ec) return;
    st.stopping = true;
    boost::system::error_code ignored;
    acceptor.close(ignored);
    asio::co_spawn(ioc, drain_and_stop(ioc, st), asio::detached);
  });

  asio::co_spawn(ioc, listen(acceptor, ioc, st), asio::detached);
  std::vector<std::thread> threads;
  for (int i = 1; i < options.io_threads; ++i) threads.emplace_back([&] { ioc.run(); });
  ioc.run();
  for (auto& t : threads) t.join();
  db_pool.join();
  if (write_pool) write_pool->join();
  return 0;
}

}  // namespace kvalis::http
