#pragma once
#include <string>

#include "http/app.hpp"

namespace kvalis::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 2;
  std::size_t db_threads = 0;  // 0: the database pool size
  int read_timeout_seconds = 30;
  int shutdown_grace_seconds = 30;
};

// Serves until SIGTERM or SIGINT; then stops accepting, lets in-flight requests finish and returns.
// Calls on_ready(port) once listening (the port is the real one when 0 was asked for).
int run_server(App& app, const ServerOptions& options, const std::function<void(unsigned short)>& on_ready = {});

}  // namespace kvalis::http
