// kvalis serve: the HTTP server with the web front end.
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands/command.hpp"
#include "cli/commands/notify_options.hpp"
#include "server/app.hpp"
#include "server/server.hpp"

namespace kvalis::cli {
namespace {

std::string default_web_root() {
  if (const char* env = std::getenv("KVALIS_WEB")) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::vector<std::filesystem::path> candidates = {"web/dist"};
  if (!ec) {
    candidates.insert(candidates.begin(), exe.parent_path() / "../web/dist");
    candidates.insert(candidates.begin(), exe.parent_path() / "../../web/dist");
  }
  for (const auto& c : candidates)
    if (std::filesystem::exists(c / "index.html", ec)) return std::filesystem::weakly_canonical(c, ec).string();
  return "web/dist";
}

std::vector<OptionSpec> serve_options(std::vector<OptionSpec> options) {
  for (auto& o : notify_options()) options.push_back(std::move(o));
  return options;
}

int serve(const Args& args) {
  http::ServerOptions options;
  const std::string listen = args.get("listen", "127.0.0.1:8080");
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) {
    std::cerr << "kvalis serve: --listen must be HOST:PORT, e.g. 127.0.0.1:8080\n";
    return 2;
  }
  options.address = listen.substr(0, colon);
  try {
    const int port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535) throw std::out_of_range("port");
    options.port = static_cast<unsigned short>(port);
    if (args.has("threads")) options.io_threads = std::max(1, std::stoi(args.get("threads")));
  } catch (const std::exception&) {
    std::cerr << "kvalis serve: invalid port or thread count\n";
    return 2;
  }
  for (const auto& proxy : args.get_all("trusted-proxy"))
    if (!options.trusted_proxies.add(proxy)) {
      std::cerr << "kvalis serve: --trusted-proxy must be an IP address or a CIDR network, not '" << proxy << "'\n";
      return 2;
    }
  options.hsts = args.has("hsts");
  auto db = open_migrated(args, std::cout);
  http::AppConfig config;
  config.web_root = args.get("web", default_web_root());
  config.secure_cookies = args.has("secure-cookies");
  if (args.has("session-idle")) {
    try {
      config.session_idle_seconds = std::max(0LL, std::stoll(args.get("session-idle")));
    } catch (const std::exception&) {
      std::cerr << "kvalis serve: --session-idle must be a number of seconds\n";
      return 2;
    }
  }
  if (args.has("dea-inline-max")) {
    try {
      config.dea_inline_max_services = std::max(0LL, std::stoll(args.get("dea-inline-max")));
    } catch (const std::exception&) {
      std::cerr << "kvalis serve: --dea-inline-max must be a number\n";
      return 2;
    }
  }
  // The token is read from a file (or the environment), never from the command line that ps shows.
  if (args.has("metrics-token-file")) {
    std::ifstream f(args.get("metrics-token-file"));
    std::getline(f, config.metrics_token);
    if (!f && config.metrics_token.empty()) {
      std::cerr << "kvalis serve: cannot read --metrics-token-file " << args.get("metrics-token-file") << "\n";
      return 2;
    }
  } else if (const char* env = std::getenv("KVALIS_METRICS_TOKEN")) {
    config.metrics_token = env;
  }
  while (!config.metrics_token.empty() && std::isspace(static_cast<unsigned char>(config.metrics_token.back())))
    config.metrics_token.pop_back();
  if (!config.metrics_token.empty() && config.metrics_token.size() < 16) {
    std::cerr << "kvalis serve: the metrics token must have at least 16 characters\n";
    return 2;
  }
  notify::app::SenderConfig notify_config;
  if (auto error = read_notify_options(args, notify_config); !error.empty()) {
    std::cerr << "kvalis serve: " << error << "\n";
    return 2;
  }
  http::App app(*db, config);
  // E-mail notifications only with an SMTP server; the sender stops before the database closes.
  std::unique_ptr<notify::app::Sender> sender;
  if (!notify_config.smtp.url.empty()) sender = std::make_unique<notify::app::Sender>(*db, notify_config, std::cerr);
  return http::run_server(app, options, [&](unsigned short port) {
    std::cout << "Kvalis " KVALIS_VERSION " listening on http://" << options.address << ":" << port << " ("
              << db->dialect_name() << ", web " << config.web_root << ")" << std::endl;
  });
}

const bool registered =
    register_command({"serve", "Run the web server (API and front end) until SIGTERM", "",
                      serve_options({db_option(),
                                     {"listen", "HOST:PORT", "Address to listen on (default 127.0.0.1:8080)"},
                                     {"web", "DIR", "Built front end to serve (default web/dist)"},
                                     {"threads", "N", "Network threads (default 2)"},
                                     {"secure-cookies", "", "Mark cookies Secure (when behind TLS)"},
                                     {"session-idle", "SECONDS",
                                      "A session without a request for this long ends (default 1800; 0: "
                                      "only the 12 h after login)"},
                                     {"hsts", "",
                                      "Send Strict-Transport-Security on every response (Kvalis is reached "
                                      "over HTTPS only; without it, only when a --trusted-proxy sends "
                                      "X-Forwarded-Proto: https)"},
                                     {"dea-inline-max", "N",
                                      "DEA over at most N services answers within the request; larger "
                                      "rounds run as a job with progress (default 200)"},
                                     {"metrics-token-file", "FILE",
                                      "A bearer token (first line, 16+ characters) that may read "
                                      "/api/metrics; default $KVALIS_METRICS_TOKEN, else only the platform "
                                      "administrator's session"},
                                     {"trusted-proxy", "ADDRESS|CIDR",
                                      "A reverse proxy whose X-Forwarded-For names the client (repeatable; "
                                      "default none: the connection's address is the client's)"}}),
                      serve});

}  // namespace
}  // namespace kvalis::cli
