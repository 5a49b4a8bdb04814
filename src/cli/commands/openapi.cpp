// kvalis openapi: prints the OpenAPI document of every route (the front end's types come from it).
#include <iostream>

#include "cli/commands/command.hpp"
#include "server/app.hpp"

namespace kvalis::cli {
namespace {

int openapi(const Args&) {
  http::RouteTable table;
  http::register_all_routes(table);
  std::cout << http::json::serialize(http::openapi_document(table, KVALIS_VERSION)) << "\n";
  return 0;
}

const bool registered = register_command(
    {"openapi", "Print the OpenAPI 3.1 document of the HTTP API (no database needed)", "", {}, openapi});

}  // namespace
}  // namespace kvalis::cli
