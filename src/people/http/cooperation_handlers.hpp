#pragma once
// Small helpers of the cooperation and project handlers (people module): the body and the path id.
#include <variant>

#include "platform/http/handler_util.hpp"
#include "platform/http/json_dto.hpp"

namespace kvalis::http::coop_handlers {

template <class F>
Response with_id(Context& ctx, const char* what, F&& f) {
  auto id = ctx.path_id("id");
  if (!id)
    return error_response(Error{ErrorCode::not_found, {}, std::string("people.coop.") + what + ".not_found", {}},
                          ctx.lang);
  return f(*id);
}

template <class Dto, class F>
Response with_id_body(Context& ctx, const char* what, F&& f) {
  return with_id(ctx, what,
                 [&](long long id) { return with_body<Dto>(ctx, [&](const Dto& in) { return f(id, in); }); });
}

}  // namespace kvalis::http::coop_handlers
