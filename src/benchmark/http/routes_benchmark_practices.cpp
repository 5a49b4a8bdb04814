// Good practice: list, read, write, edit and delete records (benchmark/app/practices.hpp). Handlers parse,
// call one use case and map the result.
#include "benchmark/app/practices.hpp"
#include "benchmark/http/dto_benchmark_results.hpp"
#include "benchmark/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/http/child_routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace app = benchmark::app;

const QueryParam kKind = QueryParam::text("kind", "Kind of service (catalogue code)", 10);
const QueryParam kIndicator = QueryParam::text("indicator", "Indicator code linked to the practice", 100);
const QueryParam kWords = QueryParam::text("q", "Words in the title, summary and text (ignores case and diacritics)");

dto::GoodPractice practice_dto(const app::PracticeView& v) {
  const auto& p = v.practice;
  dto::GoodPractice out;
  out.id = p.id;
  out.author_org_id = p.author_org_id;
  out.author_org_name = p.author_org_name;
  out.title = p.title;
  out.summary = p.summary;
  out.body = p.body;
  out.kinds = split_codes(p.kinds);
  out.created_at = format_timestamp(p.created_at);
  out.updated_at = format_timestamp(p.updated_at);
  out.can_edit = v.can_edit;
  for (const auto& l : v.links)
    out.links.push_back({l.link.service_id, l.service_name, l.link.indicator_id, l.indicator_code, l.indicator_name,
                         l.link.round_id, l.round_name, l.value, l.link.note, l.round_readable});
  return out;
}

// The texts' form (length, characters); the rules (title required, kinds, links) are the use case's.
Result<app::PracticeInput> practice_input(const dto::GoodPracticeInput& in) {
  auto text = [](const std::optional<std::string>& v, const char* field, std::size_t max) -> Status {
    if (!v) return ok_status();
    if (v->size() > max) return invalid(field, "field.too_long", {{"max", std::to_string(max)}});
    return check_characters(field, *v, max > 300);
  };
  for (auto st : {text(in.title, "title", 300), text(in.summary, "summary", 2000), text(in.body, "body", 50000)})
    if (!st) return st.error();
  app::PracticeInput out{in.author_org_id, in.title, in.summary, in.body, in.kinds, std::nullopt};
  if (in.links) {
    out.links.emplace();
    for (const auto& l : *in.links)
      out.links->push_back({l.service_id, l.indicator_id, l.round_id, l.note.value_or("")});
  }
  return out;
}

Response list_practices(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto kind = kKind.read_text(ctx.req);
  if (!kind) return error_response(kind.error(), ctx.lang);
  auto indicator = kIndicator.read_text(ctx.req);
  if (!indicator) return error_response(indicator.error(), ctx.lang);
  auto words = kWords.read_text(ctx.req);
  if (!words) return error_response(words.error(), ctx.lang);
  const app::results::PracticeQuery query{*kind, *indicator, *words, page->page_size, page->offset()};
  return answer_as(ctx, app::list_practices(ctx.db(), caller_of(ctx), ctx.app.catalogues(), query),
                   [&](const app::PracticePage& p) {
                     dto::GoodPracticeList list;
                     list.page = page->page;
                     list.page_size = page->page_size;
                     list.total = p.total;
                     for (const auto& v : p.items) list.items.push_back(practice_dto(v));
                     return list;
                   });
}

Response get_practice(Context& ctx) {
  return for_parent(ctx, not_found(), [&](long long id) {
    return answer_as(ctx, app::get_practice(ctx.db(), caller_of(ctx), id), practice_dto);
  });
}

Response create_practice(Context& ctx) {
  auto body = body_as<dto::GoodPracticeInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto in = practice_input(std::get<0>(body));
  if (!in) return error_response(in.error(), ctx.lang);
  return answer_as(ctx, app::create_practice(ctx.db(), caller_of(ctx), ctx.app.catalogues(), *in), practice_dto, 201);
}

Response update_practice(Context& ctx) {
  return for_parent_with<dto::GoodPracticeInput>(ctx, not_found(), [&](long long id, const auto& body) {
    auto in = practice_input(body);
    if (!in) return error_response(in.error(), ctx.lang);
    return answer_as(ctx, app::update_practice(ctx.db(), caller_of(ctx), ctx.app.catalogues(), id, *in), practice_dto);
  });
}

Response delete_practice(Context& ctx) {
  return for_parent(ctx, not_found(),
                    [&](long long id) { return answer(ctx, app::delete_practice(ctx.db(), caller_of(ctx), id)); });
}

}  // namespace

void register_benchmark_practice_routes(RouteTable& t) {
  const std::string tag = "benchmark";
  const auto read = Permission::benchmark_read;
  auto query = paging_docs();
  for (const auto* p : {&kKind, &kIndicator, &kWords}) query.push_back(p->doc());
  t.add<void, dto::GoodPracticeList>(Verb::get, "/api/benchmark/good-practices", read, list_practices, tag,
                                     "Good-practice records, searched by kind of service, indicator and text")
      .query = std::move(query);
  t.add<dto::GoodPracticeInput, dto::GoodPractice>(Verb::post, "/api/benchmark/good-practices",
                                                   Permission::benchmark_submit, create_practice, tag,
                                                   "Write up a good practice linked to services and indicator values")
      .success_status = 201;
  t.add<void, dto::GoodPractice>(Verb::get, "/api/benchmark/good-practices/{id}", read, get_practice, tag,
                                 "One good-practice record");
  t.add<dto::GoodPracticeInput, dto::GoodPractice>(Verb::patch, "/api/benchmark/good-practices/{id}",
                                                   Permission::benchmark_submit, update_practice, tag,
                                                   "Edit a good practice (author organisation or region staff)");
  t.add<void, void>(Verb::delete_, "/api/benchmark/good-practices/{id}", Permission::benchmark_submit, delete_practice,
                    tag, "Delete a good practice (author organisation or region staff)");
}

}  // namespace kvalis::http
