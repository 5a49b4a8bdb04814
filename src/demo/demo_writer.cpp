// Writing the demo region: organisations, providers and services through the registry's use cases
// (registry/app/registry_set.hpp), users through the accounts use cases (accounts/app/users.hpp): the same
// checks as an administrator's.
#include "demo/demo_writer.hpp"

#include <optional>
#include <stdexcept>

#include "accounts/app/users.hpp"
#include "accounts/core/credentials.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "registry/app/queries.hpp"
#include "registry/app/registry_set.hpp"

namespace kvalis::demo {
namespace {

registry::Organisation organisation_of(const DemoOrganisation& o) {
  registry::Organisation row;
  row.type = std::string(accounts::to_string(o.type));
  row.name = o.name;
  row.ico = o.ico;
  row.legal_form_code = o.legal_form_code;
  row.region_code = o.region_code;
  row.territory_code = o.territory_code;
  row.address = o.address;
  return row;
}

long long upsert_public_body(registry::app::SourceWriter& writer, const DemoOrganisation& o, DemoContext& ctx) {
  bool created = false;
  const long long id = writer.public_body(organisation_of(o), &created);
  if (created) ++ctx.organisations_created;
  return id;
}

long long upsert_provider(registry::app::SourceWriter& writer, const DemoProvider& p, DemoContext& ctx) {
  bool created = false;
  auto id = writer.provider(p.provider, &created);
  if (!id)
    throw std::runtime_error("demo provider '" + p.provider.name + "': " + translate(id.error(), Lang::en) +
                             " The demo region was not written.");
  if (created) ++ctx.organisations_created;
  return *id;
}

void write_users(soci::session& s, const DemoRegion& region, DemoContext& ctx) {
  const auto caller = accounts::system_caller(0, "demo");
  std::map<std::string, std::string> hashes;  // argon2id is slow on purpose: one hash per distinct password
  for (const auto& u : region.users) {
    auto& hash = hashes[u.password];
    if (hash.empty()) hash = accounts::hash_password(u.password);
    accounts::NewUser in;
    in.login = u.login;
    in.display_name = u.display_name;
    in.email = u.email;
    in.password = u.password;
    in.platform_admin = u.platform_admin;
    if (!u.platform_admin)
      in.memberships.push_back({ctx.organisations.at(u.organisation_key), std::string(accounts::to_string(u.role))});
    auto put = accounts::app::put_user(s, caller, in, hash);
    if (!put) {
      const auto& e = put.error();
      throw std::runtime_error("demo user " + u.login + ": " + e.field + " " + e.message_key +
                               "; the demo region was not written");
    }
    if (put->created) ++ctx.users_created;
    ctx.users[u.login] = put->user.id;
  }
}

}  // namespace

DemoContext write_demo_region(soci::session& s, const DemoRegion& region, long long now) {
  DemoContext ctx;
  registry::app::SourceWriter writer(s, now, kDemoSource);
  for (const auto& o : region.organisations) ctx.organisations[o.key] = upsert_public_body(writer, o, ctx);
  ctx.region_id = ctx.organisations.at(kRegionKey);
  ctx.ospod_id = ctx.organisations.at(kOspodKey);
  ctx.municipality_id = ctx.organisations.at(kMunicipalityKey);
  ctx.audit_body_id = ctx.organisations.at(kAuditBodyKey);

  for (const auto& p : region.providers) {
    const long long id = upsert_provider(writer, p, ctx);
    ctx.providers[p.key] = id;
    ctx.organisations[p.key] = id;
  }
  ctx.main_provider_id = ctx.providers.at(kMainProviderKey);
  for (const auto& svc : region.services) {
    bool created = false;
    ctx.services[svc.key] = writer.service(ctx.providers.at(svc.provider_key), svc.service, &created);
    ctx.service_kinds[svc.key] = svc.service.kind_code;
    if (created) ++ctx.services_created;
  }
  ctx.services_ended = writer.end_services_not_seen(format_date(now));

  write_users(s, region, ctx);

  store::data_versions::bump(s, "registry");
  store::data_versions::bump(s, "accounts");  // users, memberships and organisations changed
  store::activity_log::append(
      s, {0, now, 0, "demo", ctx.region_id, "demo.refresh", "organisation", std::to_string(ctx.region_id),
          std::to_string(ctx.organisations.size()) + " organisations, " + std::to_string(ctx.services.size()) +
              " services (" + std::to_string(ctx.services_created) + " new), " + std::to_string(ctx.users.size()) +
              " users",
          ""});
  return ctx;
}

}  // namespace kvalis::demo
