#pragma once
// The server-rendered public portal under /portal (issue 12 item 6): the server dispatches GET/HEAD of
// /portal paths here (server/app.cpp App::handle_portal caches the answers per data version and answers
// them on the network thread).
#include "platform/http/environment.hpp"
#include "platform/http/routing.hpp"

namespace kvalis::http {

// The page for the request's path: 200 with the HTML, or 404 with the portal's "not found" page. Reads the
// database through env.db().
Response render_portal_page(Environment& env, const Request& req);

}  // namespace kvalis::http
