#pragma once
// The route table as the server builds it (register_all_routes), for the targets that go through it.
// Building it needs no database: handlers reach the database only when they run.
#include "platform/http/routing.hpp"
#include "server/app.hpp"

namespace kvalis::fuzz {

inline const http::RouteTable& route_table() {
  static const http::RouteTable table = [] {
    http::RouteTable t;
    http::register_all_routes(t);
    return t;
  }();
  return table;
}

}  // namespace kvalis::fuzz
