#pragma once
// Small pieces every module's handlers share: the caller of a use case and its answer, text and date checks
// that name the field, and file downloads with their OpenAPI description.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "accounts/core/caller.hpp"
#include "platform/http/routing.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/database.hpp"

namespace kvalis::http {

// ---- the shape of a handler: parse, call one use case (<module>/app), answer ----------------------
//   Response create_audit(Context& ctx) {
//     auto in = body_as<dto::QAuditInput>(ctx);
//     if (auto* r = std::get_if<Response>(&in)) return *r;
//     return answer(ctx, quality::app::create_audit(ctx.db(), caller_of(ctx), std::get<0>(in)), 201);
//   }

// Who asks: the session's principal and the client's address, for the use case's rules and its log.
accounts::Caller caller_of(const Context& ctx);

// A use case's answer: an error its status and message in the caller's language, a value its DTO
// with `status`.
template <class T>
Response answer(const Context& ctx, const Result<T>& result, unsigned status = 200) {
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(result.value(), status);
}
// A use case that answers nothing: 204, or the error.
inline Response answer(const Context& ctx, const Status& status) {
  return status ? no_content() : error_response(status.error(), ctx.lang);
}
// The same after mapping the value into its DTO: answer_as(ctx, r, [](const Audit& a) { return dto_of(a); }).
template <class T, class ToDto>
Response answer_as(const Context& ctx, const Result<T>& result, ToDto&& to_dto, unsigned status = 200) {
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(to_dto(result.value()), status);
}

// Required (not blank), at most max bytes, and free of characters no text should hold: NUL and other
// control characters (tab and line breaks excepted) and bidirectional overrides; errors name the field.
Status check_text(const std::string& field, const std::string& value, std::size_t max, bool required);
// The same for one line of text (a name, a title, a file name): no tab or line break either.
Status check_line(const std::string& field, const std::string& value, std::size_t max, bool required);
// Only the characters: NUL, control characters (but tab and line breaks when multi_line) and
// bidirectional overrides are refused, naming the field and the character.
Status check_characters(const std::string& field, std::string_view value, bool multi_line);
// A calendar date YYYY-MM-DD (or empty when not required).
Status check_date(const std::string& field, const std::string& value, bool required);

// Today's date (UTC), YYYY-MM-DD.
std::string today();

// GET of one thing by its path id: f(session, id) → Result<T> runs in a read transaction; a malformed id
// answers `missing` (404), an error its status, a value 200 with the DTO.
template <class T, class F>
Response read_by_id(Context& ctx, const Error& missing, F&& f) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(missing, ctx.lang);
  auto result = ctx.db().read([&](soci::session& s) -> Result<T> { return f(s, *id); });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// f(the body parsed as Body); a malformed body answers as body_as does.
template <class Body, class F>
Response with_body(Context& ctx, F&& f) {
  auto body = body_as<Body>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  return f(std::get<Body>(body));
}

// f(the path's id); a malformed id answers `missing` (404).
template <class F>
Response with_path_id(Context& ctx, const Error& missing, F&& f) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(missing, ctx.lang);
  return f(*id);
}

// A PUT or POST on one thing by its path id: the body of type Body (a malformed body answers as body_as does),
// a malformed id answers `missing` (404), then f(id, body).
template <class Body, class F>
Response with_id_body(Context& ctx, const Error& missing, F&& f) {
  auto body = body_as<Body>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto id = ctx.path_id("id");
  if (!id) return error_response(missing, ctx.lang);
  return f(*id, std::get<Body>(body));
}

// A download (export, report, evidence) and its route's description as binary content.
Response file_response(std::string body, const std::string& content_type, const std::string& filename);
Route& file_route(Route& r, std::vector<QueryParamDoc> query = {});

// A printable report: ?format=html (default: the page as the browser shows and prints it) or ?format=pdf (the same
// page with the paged-media frame of exports::paged_media_html, rendered by WeasyPrint in a separate process and
// sent as the attachment `pdf_name`; 503 when the program is missing or the rendering fails). Errors of the report
// (access, input) answer as they are, the same for both formats.
Response report_response(const Context& ctx, const Result<std::string>& html, const std::string& pdf_name);
QueryParamDoc report_format_doc();

// The separator of a CSV export, ?delimiter=comma|semicolon (default comma). Semicolon also writes decimal
// commas: what Excel in Czech opens as columns.
Result<char> csv_delimiter(const Request& req);
QueryParamDoc csv_delimiter_doc();

}  // namespace kvalis::http
