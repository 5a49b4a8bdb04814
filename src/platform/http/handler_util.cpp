#include "platform/http/handler_util.hpp"

#include <cstdio>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/export/html.hpp"
#include "platform/export/pdf.hpp"
#include "platform/export/table.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

accounts::Caller caller_of(const Context& ctx) {
  accounts::Caller c;
  c.principal = ctx.principal;
  c.ip = ctx.req.client_ip;
  return c;
}

// The field checks live in platform/core/field_checks.hpp, where the use cases reach them too.
Status check_characters(const std::string& field, std::string_view value, bool multi_line) {
  return kvalis::check_characters(field, value, multi_line);
}

Status check_text(const std::string& field, const std::string& value, std::size_t max, bool required) {
  return kvalis::check_text(field, value, max, required);
}

Status check_line(const std::string& field, const std::string& value, std::size_t max, bool required) {
  return kvalis::check_line(field, value, max, required);
}

Status check_date(const std::string& field, const std::string& value, bool required) {
  return kvalis::check_date(field, value, required);
}

std::string today() { return format_date(store::now_epoch()); }

Response file_response(std::string body, const std::string& content_type, const std::string& filename) {
  Response r;
  r.body = std::move(body);
  r.content_type = content_type;
  r.headers.emplace_back("Content-Disposition", exports::attachment(filename));
  return r;
}

Route& file_route(Route& r, std::vector<QueryParamDoc> query) {
  r.success_status = 200;
  r.response_schema = json::object{{"type", "string"}, {"format", "binary"}};
  r.query = std::move(query);
  return r;
}

Response report_response(const Context& ctx, const Result<std::string>& html, const std::string& pdf_name) {
  auto format = enum_param(ctx.req, "format", {"html", "pdf"}, "html");
  if (!format) return error_response(format.error(), ctx.lang);
  if (!html) return error_response(html.error(), ctx.lang);
  if (*format == "html") {
    Response r;
    r.content_type = "text/html; charset=utf-8";
    r.body = *html;
    return r;
  }
  auto pdf = exports::render_pdf(exports::paged_media_html(*html, today()));
  if (!pdf) return error_response(pdf.error(), ctx.lang);
  return file_response(std::move(*pdf), exports::kPdfContentType, pdf_name);
}

QueryParamDoc report_format_doc() {
  return {
      "format", "string", "html (default): the printable page; pdf: the same report as a PDF file", {"html", "pdf"}};
}

Result<char> csv_delimiter(const Request& req) {
  auto d = enum_param(req, "delimiter", {"comma", "semicolon"}, "comma");
  if (!d) return d.error();
  return *d == "semicolon" ? ';' : ',';
}

QueryParamDoc csv_delimiter_doc() {
  return {"delimiter", "string", "CSV separator (semicolon writes decimal commas)", {"comma", "semicolon"}};
}

}  // namespace kvalis::http
