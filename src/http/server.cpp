#include "http/server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>

#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

namespace kvalis::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

struct ServerState {
  App& app;
  asio::thread_pool& db_pool;
  const ServerOptions& options;
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
};

bool parse_target(std::string_view target, Request& req) {
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) return false;
  const auto& u = *parsed;
  req.path = u.path();
  if (req.path.empty()) req.path = "/";
  for (auto param : u.params()) req.query.emplace_back(param.key, param.value);
  return true;
}

bhttp::response<bhttp::string_body> to_beast(const Response& r, unsigned version, bool keep_alive, bool head,
                                             bool api) {
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
  } else {
    res.body() = r.body;
    res.prepare_payload();
  }
  return res;
}

Response plain_error(unsigned status, std::string_view text) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::string(text);
  return r;
}

asio::awaitable<void> serve_connection(beast::tcp_stream stream, ServerState& st) {
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
        auto res = to_beast(plain_error(400, "Bad request"), 11, false, false, false);
        co_await bhttp::async_write(stream, res, kTuple);
      }
      break;
    }
    // From here on the request counts as in flight: a graceful shutdown waits for it.
    ++st.in_flight;
    struct InFlight {
      std::atomic<int>& n;
      ~InFlight() { --n; }
    } in_flight_guard{st.in_flight};
    const auto& h = header_parser.get();
    Request req;
    req.method = h.method();
    req.client_ip = client_ip;
    req.cookie = std::string(h[bhttp::field::cookie]);
    req.csrf_header = std::string(h["X-CSRF-Token"]);
    req.accept_language = std::string(h[bhttp::field::accept_language]);
    req.user_agent = std::string(h[bhttp::field::user_agent]).substr(0, 300);
    req.content_type = std::string(h[bhttp::field::content_type]);
    req.tls = h["X-Forwarded-Proto"] == "https";
    const unsigned version = h.version();
    const bool keep_alive_asked = h.keep_alive();
    if (!parse_target(h.target(), req)) {
      auto res = to_beast(plain_error(400, "Bad request target"), version, false, false, false);
      co_await bhttp::async_write(stream, res, kTuple);
      break;
    }
    const bool api = req.path == "/api" || req.path.rfind("/api/", 0) == 0;
    std::size_t limit = 0;
    if (api) {
      auto m = st.app.routes().match(req.method, req.path);
      // Unknown routes and wrong methods still read a small body, so they answer 404/405, not 413.
      limit = m.route ? m.route->body_limit : 64 * 1024;
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
      Response r = error_response(Error{ErrorCode::payload_too_large, {}, "body.too_large",
                                        {{"max", std::to_string(limit)}}},
                                  parse_lang(req.accept_language));
      auto res = to_beast(r, version, false, false, true);
      co_await bhttp::async_write(stream, res, kTuple);
      break;
    }
    if (ec2) break;
    req.body = std::move(parser.get().body());
    stream.expires_never();

    // All application work (database, files) runs on the database pool, off the network threads.
    Response response = co_await asio::co_spawn(
        st.db_pool,
        [&]() -> asio::awaitable<Response> {
          if (api) co_return st.app.handle_api(req);
          if (req.method != Verb::get && req.method != Verb::head) co_return plain_error(405, "Method not allowed");
          co_return st.app.handle_static(req);
        },
        asio::use_awaitable);
    const bool keep_alive = keep_alive_asked && !st.stopping;
    auto res = to_beast(response, version, keep_alive, req.method == Verb::head, api);
    stream.expires_after(std::chrono::seconds(st.options.read_timeout_seconds));
    auto [ec3, n3] = co_await bhttp::async_write(stream, res, kTuple);
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
  asio::io_context ioc(options.io_threads);
  asio::thread_pool db_pool(options.db_threads ? options.db_threads : app.db().pool_size());
  ServerState st{app, db_pool, options};

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
  return 0;
}

}  // namespace kvalis::http
