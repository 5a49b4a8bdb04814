// Benchmarking, the providers' forms of a round: read, save, upload, submit; reopen and corrections after
// lock by the region. Handlers parse, call one use case (benchmark/app/forms.hpp) and map the result.
#include <algorithm>
#include <cmath>

#include "benchmark/app/forms.hpp"
#include "benchmark/http/benchmark_dto_mapping.hpp"
#include "benchmark/http/routes.hpp"
#include "platform/core/text.hpp"
#include "platform/http/handler_util.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace app = benchmark::app;
namespace bm = benchmark;

constexpr std::size_t kUploadLimit = 2 * 1024 * 1024;

// The form's ids from the path: /rounds/{id}/services/{service_id}.
struct FormIds {
  long long round_id = 0;
  long long service_id = 0;
};
Result<FormIds> form_ids(const Context& ctx) {
  auto round = ctx.path_id("id");
  if (!round) return app::round_missing();
  auto service = ctx.path_id("service_id");
  if (!service) return app::form_missing();
  return FormIds{*round, *service};
}

// Runs call(ids) → Result<FormView> and answers the form in the caller's language.
template <class Call>
Response answer_form(Context& ctx, Call&& call, unsigned status = 200) {
  auto ids = form_ids(ctx);
  if (!ids) return error_response(ids.error(), ctx.lang);
  return answer_as(
      ctx, call(*ids), [&](const app::FormView& v) { return form_dto(v, ctx.lang); }, status);
}

// A 422 with a list beside the error (the first problems) and `<list>_total`, how many there are in all.
Response unprocessable(const Error& error, Lang lang, std::string_view list_name, json::array list,
                       std::optional<std::size_t> total = std::nullopt) {
  Response r = error_response(error, lang);
  json::value v = json::parse(r.body);
  v.as_object()[std::string(list_name) + "_total"] = total.value_or(list.size());
  v.as_object()[list_name] = std::move(list);
  // Cells of an uploaded file are quoted in the messages: never answer with invalid UTF-8.
  r.body = to_valid_utf8(json::serialize(v));
  r.status = 422;
  return r;
}

// {code: number|null}; errors name values.<code>. Which codes exist is the use case's rule.
Result<bm::FormValues> parse_values(const json::value& v) {
  if (!v.is_object()) return invalid("values", "field.type_object");
  if (v.get_object().size() > 2000) return invalid("values", "field.too_long", {{"max", "2000"}});
  bm::FormValues out;
  for (const auto& kv : v.get_object()) {
    const std::string code(kv.key());
    if (kv.value().is_null()) {
      out[code] = std::nullopt;
      continue;
    }
    const double x = kv.value().is_number() ? kv.value().to_number<double>() : NAN;
    if (!std::isfinite(x)) return invalid("values." + code, "field.type_number");
    out[code] = x;
  }
  return out;
}

Response get_form(Context& ctx) {
  return answer_form(ctx, [&](FormIds f) { return app::get_form(ctx.db(), caller_of(ctx), f.round_id, f.service_id); });
}

Response put_form(Context& ctx) {
  auto body = body_as<dto::BmValuesInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto values = parse_values(std::get<0>(body).values.value);
  if (!values) return error_response(values.error(), ctx.lang);
  return answer_form(
      ctx, [&](FormIds f) { return app::save_values(ctx.db(), caller_of(ctx), f.round_id, f.service_id, *values); });
}

Response submit_form(Context& ctx) {
  std::optional<app::SubmitRefusal> refused;
  auto response = answer_form(
      ctx, [&](FormIds f) { return app::submit_form(ctx.db(), caller_of(ctx), f.round_id, f.service_id, refused); });
  if (!refused) return response;
  const auto blocking = std::count_if(refused->problems.begin(), refused->problems.end(),
                                      [](const bm::Problem& p) { return p.blocking(); });
  const Error error = invalid("", "bm.submit.problems", {{"count", std::to_string(blocking)}});
  return unprocessable(error, ctx.lang, "problems", problems_json(refused->problems, refused->content, ctx.lang));
}

Response upload_form(Context& ctx) {
  ProblemCollector<bm::UploadRowError> row_errors;
  auto response = answer_form(ctx, [&](FormIds f) {
    return app::upload_values(ctx.db(), caller_of(ctx), f.round_id, f.service_id, ctx.req.body, row_errors);
  });
  if (row_errors.empty()) return response;
  json::array rows;
  for (const auto& e : row_errors.items())
    rows.push_back(
        json::object{{"line", e.line},
                     {"code", e.code},
                     {"kind", e.kind},
                     {"message", translate("bm.upload." + e.kind, ctx.lang,
                                           {{"line", std::to_string(e.line)}, {"code", e.code}, {"text", e.text}})}});
  const Error error = invalid("", "bm.upload.rows", {{"count", std::to_string(row_errors.total())}});
  return unprocessable(error, ctx.lang, "rows", std::move(rows), row_errors.total());
}

Response reopen_form(Context& ctx) {
  return answer_form(ctx,
                     [&](FormIds f) { return app::reopen_form(ctx.db(), caller_of(ctx), f.round_id, f.service_id); });
}

Response correct_form(Context& ctx) {
  auto body = body_as<dto::BmCorrectionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::BmCorrectionInput>(body);
  if (auto st = check_text("reason", in.reason, 2000, true); !st) return error_response(st.error(), ctx.lang);
  const app::CorrectionInput correction{in.item_code, in.value, in.reason};
  return answer_form(
      ctx,
      [&](FormIds f) { return app::correct_value(ctx.db(), caller_of(ctx), f.round_id, f.service_id, correction); },
      201);
}

}  // namespace

void register_benchmark_form_routes(RouteTable& t) {
  const std::string tag = "benchmark";
  t.add<void, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/reopen",
                           Permission::benchmark_manage, reopen_form, tag, "Reopen a submitted form");
  t.add<void, dto::BmForm>(Verb::get, "/api/benchmark/rounds/{id}/services/{service_id}/form",
                           Permission::benchmark_read, get_form, tag,
                           "A service's form: items, values, validation and indicator preview");
  t.add<dto::BmValuesInput, dto::BmForm>(Verb::put, "/api/benchmark/rounds/{id}/services/{service_id}/form",
                                         Permission::benchmark_submit, put_form, tag,
                                         "Save values ({values: {code: number|null}}); validation comes back at once");
  t.add<void, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/submit",
                           Permission::benchmark_submit, submit_form, tag,
                           "Submit a form; 422 with the problems while required items miss or rules fail");
  t.add<void, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/upload",
                           Permission::benchmark_submit, upload_form, tag,
                           "Upload values as CSV text (item_code,value or code;value with a decimal comma) or an "
                           ".xlsx file (first sheet, columns A and B); all or nothing, 422 with each bad row")
      .body_limit = kUploadLimit;
  t.add<dto::BmCorrectionInput, dto::BmForm>(Verb::post, "/api/benchmark/rounds/{id}/services/{service_id}/corrections",
                                             Permission::benchmark_manage, correct_form, tag,
                                             "Correct a value after lock, with a reason (who and when are recorded)")
      .success_status = 201;
}

}  // namespace kvalis::http
