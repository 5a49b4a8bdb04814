#pragma once
// Routes of things that belong to a parent: /api/<parents>/{id}/<children> (members, meetings,
// methodologies, rounds of a working group; findings of an audit …). Every such handler reads the parent's
// id from the path, often a typed body, calls one use case with the caller and answers with its DTO; these
// helpers hold that shape once:
//
//   Response list_meetings(Context& ctx) {
//     return for_parent(ctx, app::group_missing(), [&](long long group_id) {
//       return answer_as(ctx, app::list_meetings(ctx.db(), caller_of(ctx), group_id), meeting_list_dto);
//     });
//   }
//   Response create_meeting(Context& ctx) {
//     return for_parent_with<dto::BmMeetingInput>(ctx, app::group_missing(), [&](long long group_id, const auto& in) {
//       return answer_as(ctx, app::create_meeting(ctx.db(), caller_of(ctx), group_id, input_of(in)), meeting_dto, 201);
//     });
//   }
#include <variant>

#include "platform/http/routing.hpp"

namespace kvalis::http {

// Reads the path parameter `name` (default "id"): a malformed id answers `missing` (404), else f(id).
template <class F>
Response for_parent(Context& ctx, const Error& missing, F&& f, std::string_view name = "id") {
  auto id = ctx.path_id(name);
  if (!id) return error_response(missing, ctx.lang);
  return f(*id);
}

// The same with the body parsed as Body first (its 4xx when it is not one): f(id, body).
template <class Body, class F>
Response for_parent_with(Context& ctx, const Error& missing, F&& f, std::string_view name = "id") {
  auto id = ctx.path_id(name);
  if (!id) return error_response(missing, ctx.lang);
  auto body = body_as<Body>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return f(*id, std::get<Body>(body));
}

}  // namespace kvalis::http
