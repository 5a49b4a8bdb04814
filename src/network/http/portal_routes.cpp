// The public portal's routes (NETWORK_SPEC [portal]): the region's settings and published indicators
// (network.manage), the public JSON under /api/public/… (no login) and the HTML pages under /portal
// (render_portal_page, dispatched by the server).
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "network/app/portal.hpp"
#include "network/export/opendata_export.hpp"
#include "network/export/portal_html.hpp"
#include "network/http/portal_pages.hpp"
#include "network/http/routes.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/json_dto.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace dto {

struct NwPortalSettings {
  static constexpr const char* kSchemaName = "NwPortalSettings";
  std::string region_code;
  std::string region_name;
  bool published = false;
  std::string title_cs, title_en, intro_cs, intro_en;
  bool show_services = true;
  bool show_coverage = true;
  std::optional<long long> coverage_round_id;
  std::string contact;
  std::string portal_url;
};
BOOST_DESCRIBE_STRUCT(NwPortalSettings, (),
                      (region_code, region_name, published, title_cs, title_en, intro_cs, intro_en, show_services,
                       show_coverage, coverage_round_id, contact, portal_url))

struct NwPortalSettingsInput {
  static constexpr const char* kSchemaName = "NwPortalSettingsInput";
  bool published = false;
  std::optional<std::string> title_cs, title_en, intro_cs, intro_en;
  std::optional<bool> show_services;
  std::optional<bool> show_coverage;
  std::optional<long long> coverage_round_id;
  std::optional<std::string> contact;
};
BOOST_DESCRIBE_STRUCT(NwPortalSettingsInput, (),
                      (published, title_cs, title_en, intro_cs, intro_en, show_services, show_coverage,
                       coverage_round_id, contact))

struct NwPortalIndicator {
  static constexpr const char* kSchemaName = "NwPortalIndicator";
  long long id = 0;
  long long bm_round_id = 0;
  std::string round_name;
  int period_year = 0;
  std::string indicator_code;
  std::string name;
  std::string unit;
  int position = 0;
};
BOOST_DESCRIBE_STRUCT(NwPortalIndicator, (),
                      (id, bm_round_id, round_name, period_year, indicator_code, name, unit, position))

struct NwPortalIndicatorList {
  static constexpr const char* kSchemaName = "NwPortalIndicatorList";
  std::vector<NwPortalIndicator> items;
};
BOOST_DESCRIBE_STRUCT(NwPortalIndicatorList, (), (items))

struct NwPortalIndicatorInput {
  static constexpr const char* kSchemaName = "NwPortalIndicatorInput";
  long long bm_round_id = 0;
  std::string indicator_code;
};
BOOST_DESCRIBE_STRUCT(NwPortalIndicatorInput, (), (bm_round_id, indicator_code))

}  // namespace dto

namespace {

using accounts::Permission;
namespace app = network::app;
namespace nx = network::exports;

const QueryParam kRegion = QueryParam::text("region", "Region code (kraj); default: the caller's region", 10);

dto::NwPortalSettings settings_dto(const app::PortalSettingsView& v) {
  const auto& s = v.settings;
  return {v.region_code, v.region_name, s.published, s.title_cs, s.title_en, s.intro_cs, s.intro_en, s.show_services,
          s.show_coverage, s.coverage_round_id, s.contact, "/portal/" + v.region_code + "/"};
}

dto::NwPortalIndicator indicator_dto(const network::PortalIndicatorRef& r, Lang lang) {
  return {r.id, r.bm_round_id, r.round_name, r.period_year, r.indicator_code,
          lang == Lang::en && !r.name_en.empty() ? r.name_en : r.name_cs, r.unit, r.position};
}

Response get_settings(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, app::portal_settings(ctx.db(), caller_of(ctx), *region), settings_dto);
}

Response put_settings(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto body = body_as<dto::NwPortalSettingsInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& b = std::get<dto::NwPortalSettingsInput>(body);
  app::PortalSettingsInput in;
  in.published = b.published;
  in.title_cs = b.title_cs.value_or("");
  in.title_en = b.title_en.value_or("");
  in.intro_cs = b.intro_cs.value_or("");
  in.intro_en = b.intro_en.value_or("");
  in.show_services = b.show_services.value_or(true);
  in.show_coverage = b.show_coverage.value_or(true);
  in.coverage_round_id = b.coverage_round_id;
  in.contact = b.contact.value_or("");
  return answer_as(ctx, app::save_portal_settings(ctx.db(), caller_of(ctx), *region, in), settings_dto);
}

Response list_indicators(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, app::portal_indicators(ctx.db(), caller_of(ctx), *region),
                   [&](const std::vector<network::PortalIndicatorRef>& refs) {
                     dto::NwPortalIndicatorList list;
                     for (const auto& r : refs) list.items.push_back(indicator_dto(r, ctx.lang));
                     return list;
                   });
}

Response add_indicator(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto body = body_as<dto::NwPortalIndicatorInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& b = std::get<dto::NwPortalIndicatorInput>(body);
  return answer_as(
      ctx, app::add_portal_indicator(ctx.db(), caller_of(ctx), *region, b.bm_round_id, b.indicator_code),
      [&](const network::PortalIndicatorRef& r) { return indicator_dto(r, ctx.lang); }, 201);
}

Response delete_indicator(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto id = ctx.path_id("id");
  if (!id) return error_response(Error{ErrorCode::not_found, {}, "network.not_found", {}}, ctx.lang);
  return answer(ctx, app::remove_portal_indicator(ctx.db(), caller_of(ctx), *region, *id));
}

// ---- public JSON ------------------------------------------------------------------------------------

std::string path_param(const Context& ctx, const char* name) {
  for (const auto& [k, v] : ctx.path_params)
    if (k == name) return v;
  return {};
}

// A public answer, cached per data version ("network" × "registry"): f(session, portal) gives the body and
// content type, or nullopt (404).
struct PublicBody {
  std::string body;
  std::string content_type = "application/json; charset=utf-8";
  std::string filename;
};

template <class F>
Response public_answer(Context& ctx, F&& f) {
  const std::string code = path_param(ctx, "code");
  auto versions = ctx.db().read([](soci::session& s) { return app::portal_versions(s); });
  const std::string key = "public|" + ctx.req.path + "|" + std::to_string(versions.registry);
  auto& cache = ctx.app.response_cache();
  std::optional<std::string> cached = cache.get(key, versions.network);
  std::optional<PublicBody> out;
  if (cached) {
    // Stored as content type, NUL, file name, NUL, body.
    const auto a = cached->find('\0'), b = cached->find('\0', a + 1);
    out = PublicBody{cached->substr(b + 1), cached->substr(0, a), cached->substr(a + 1, b - a - 1)};
  } else {
    out = ctx.db().read([&](soci::session& s) -> std::optional<PublicBody> {
      if (code.empty()) return f(s, nullptr);
      auto portal = app::public_portal(s, ctx.app.catalogues(), code);
      if (!portal) return std::nullopt;
      return f(s, &*portal);
    });
    if (out) cache.put(key, versions.network, out->content_type + '\0' + out->filename + '\0' + out->body);
  }
  if (!out) return error_response(Error{ErrorCode::not_found, {}, "network.portal.not_published", {}}, ctx.lang);
  Response r;
  r.body = std::move(out->body);
  r.content_type = out->content_type;
  if (!out->filename.empty()) r.headers.emplace_back("Content-Disposition", kvalis::exports::attachment(out->filename));
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return r;
}

using JsonOf = boost::json::value (*)(const network::PublicPortal&);

Handler json_of(JsonOf fn) {
  return [fn](Context& ctx) {
    return public_answer(ctx, [&](soci::session&, const network::PublicPortal* p) -> std::optional<PublicBody> {
      if (!p) return std::nullopt;
      return PublicBody{boost::json::serialize(fn(*p)), "application/json; charset=utf-8", ""};
    });
  };
}

Response public_regions(Context& ctx) {
  return public_answer(ctx, [&](soci::session& s, const network::PublicPortal*) -> std::optional<PublicBody> {
    return PublicBody{boost::json::serialize(nx::regions_json(app::public_regions(s))), "application/json; charset=utf-8", ""};
  });
}

Response public_card(Context& ctx) {
  const std::string kind = path_param(ctx, "kind");
  return public_answer(ctx, [&](soci::session&, const network::PublicPortal* p) -> std::optional<PublicBody> {
    if (!p) return std::nullopt;
    for (const auto& c : p->cards)
      if (c.slug() == kind) return PublicBody{boost::json::serialize(nx::card_json(c)), "application/json; charset=utf-8", ""};
    return std::nullopt;
  });
}

Handler dataset(std::string name, bool csv) {
  return [name, csv](Context& ctx) {
    return public_answer(ctx, [&](soci::session&, const network::PublicPortal* p) -> std::optional<PublicBody> {
      if (!p) return std::nullopt;
      auto sheet = nx::dataset_sheet(*p, name);
      if (!sheet) return std::nullopt;
      const std::string file = "kvalis-" + p->region.region_code + "-" + name + (csv ? ".csv" : ".json");
      if (csv) return PublicBody{kvalis::exports::to_csv(*sheet), kvalis::exports::kCsvContentType, file};
      return PublicBody{boost::json::serialize(nx::dataset_json(*p, name, *sheet)), "application/json; charset=utf-8",
                        file};
    });
  };
}

Route& public_route(RouteTable& t, const std::string& path, Handler h, const std::string& summary) {
  auto& r = t.add<void, void>(Verb::get, path, Permission::public_access, std::move(h), "public", summary);
  r.success_status = 200;
  r.response_schema = json::object{{"type", "object"}};
  return r;
}

}  // namespace

Response render_portal_page(Environment& env, const Request& req) {
  const nx::PortalPath path = nx::parse_portal_path(req.path);
  Response r;
  r.content_type = "text/html; charset=utf-8";
  std::optional<std::string> html;
  if (path.kind == nx::PortalPageKind::regions) {
    auto regions = env.db().read([](soci::session& s) { return app::public_regions(s); });
    if (regions.size() == 1) {
      // The only published region: its portal is the start page.
      nx::PortalPath home = path;
      home.kind = nx::PortalPageKind::home;
      home.region = regions.front().region_code;
      auto portal = env.db().read(
          [&](soci::session& s) { return app::public_portal(s, env.catalogues(), home.region); });
      if (portal) html = nx::render_portal_page(home, *portal);
    }
    if (!html) html = nx::render_regions_page(path.lang, regions);
  } else if (path.kind != nx::PortalPageKind::not_found) {
    auto portal =
        env.db().read([&](soci::session& s) { return app::public_portal(s, env.catalogues(), path.region); });
    if (portal) html = nx::render_portal_page(path, *portal);
  }
  if (!html) {
    r.status = 404;
    r.body = nx::render_not_found_page(path.lang);
    return r;
  }
  r.body = std::move(*html);
  return r;
}

void register_network_portal_routes(RouteTable& t) {
  t.add<void, dto::NwPortalSettings>(Verb::get, "/api/network/portal/settings", Permission::network_manage,
                                     get_settings, "network",
                                     "The region's public portal settings (region staff)")
      .query = {kRegion.doc()};
  auto& put = t.add<dto::NwPortalSettingsInput, dto::NwPortalSettings>(
      Verb::put, "/api/network/portal/settings", Permission::network_manage, put_settings, "network",
      "Publish or withdraw the region's portal and set its texts (cs/en), sections, coverage round (locked) and "
      "contact");
  put.query = {kRegion.doc()};
  t.add<void, dto::NwPortalIndicatorList>(Verb::get, "/api/network/portal/indicators", Permission::network_manage,
                                          list_indicators, "network",
                                          "Benchmark indicators the region publishes on its portal")
      .query = {kRegion.doc()};
  auto& add = t.add<dto::NwPortalIndicatorInput, dto::NwPortalIndicator>(
      Verb::post, "/api/network/portal/indicators", Permission::network_manage, add_indicator, "network",
      "Publish an indicator of a locked benchmarking round of the region's group (aggregates; groups of fewer "
      "than 5 services suppressed)");
  add.success_status = 201;
  add.query = {kRegion.doc()};
  t.add<void, void>(Verb::delete_, "/api/network/portal/indicators/{id}", Permission::network_manage,
                    delete_indicator, "network", "Withdraw an indicator from the portal")
      .query = {kRegion.doc()};

  public_route(t, "/api/public/regions", public_regions, "Regions with a published portal (no login)");
  public_route(t, "/api/public/regions/{code}", json_of(nx::portal_json),
               "A region's published portal: texts, sections, cards and datasets (no login)");
  public_route(t, "/api/public/regions/{code}/cards", json_of(nx::cards_json),
               "Published service cards of the region, latest published version each (no login)");
  public_route(t, "/api/public/regions/{code}/cards/{kind}", public_card,
               "A published service card ({kind} or {kind}-{form}) with its needs and earlier published versions "
               "(no login)");
  public_route(t, "/api/public/regions/{code}/services", json_of(nx::services_json),
               "Active services of the region from the registry, no persons (no login)");
  public_route(t, "/api/public/regions/{code}/coverage", json_of(nx::coverage_json),
               "Need coverage by ORP × need of the portal's locked round: counts of services (no login)");
  public_route(t, "/api/public/regions/{code}/indicators", json_of(nx::indicators_json),
               "Published benchmark indicators: median and quartiles by group, fewer than 5 services suppressed "
               "(no login)");
  for (const char* name : {"cards", "services", "coverage", "indicators"}) {
    auto& csv = public_route(t, std::string("/api/public/regions/{code}/") + name + ".csv", dataset(name, true),
                             std::string("Open data: the portal's ") + name + " dataset as CSV (no login)");
    csv.response_schema = json::object{{"type", "string"}, {"format", "binary"}};
    public_route(t, std::string("/api/public/regions/{code}/") + name + ".json", dataset(name, false),
                 std::string("Open data: the portal's ") + name + " dataset as JSON (no login)");
  }
}

}  // namespace kvalis::http
