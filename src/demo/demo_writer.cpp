// Writing the demo region through the store's repositories (RegistryWriter for providers and services)
// and the accounts use cases for users (accounts/app/users.hpp: the same checks as an administrator's).
// The few statements the repositories do not offer are named constants here.
#include "demo/demo_writer.hpp"

#include <optional>
#include <stdexcept>

#include "accounts/app/users.hpp"
#include "accounts/core/credentials.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/activity_log.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::demo {
namespace {

namespace registry_repo = store::registry_repo;

constexpr const char* kFindByIco = "SELECT id, source FROM organisations WHERE ico = :ico";
// Municipal offices have no IČO of their own: the demo finds them by type and name among its own rows.
constexpr const char* kFindDemoOffice =
    "SELECT id FROM organisations WHERE ico = '' AND type = :type AND name = :name AND source = :source";

struct Found {
  long long id = 0;
  std::string source;
};

std::optional<Found> find_by_ico(soci::session& s, const std::string& ico) {
  Found f;
  s << kFindByIco, soci::use(ico), soci::into(f.id), soci::into(f.source);
  if (!s.got_data()) return std::nullopt;
  return f;
}

registry_repo::OrganisationRow row_of(const DemoOrganisation& o) {
  registry_repo::OrganisationRow row;
  row.type = std::string(accounts::to_string(o.type));
  row.name = o.name;
  row.ico = o.ico;
  row.legal_form_code = o.legal_form_code;
  row.region_code = o.region_code;
  row.territory_code = o.territory_code;
  row.address = o.address;
  return row;
}

long long upsert_public_body(soci::session& s, const DemoOrganisation& o, DemoContext& ctx) {
  auto row = row_of(o);
  std::optional<long long> id;
  if (!o.ico.empty()) {
    if (auto f = find_by_ico(s, o.ico)) id = f->id;
  } else {
    long long found = 0;
    const std::string source = kDemoSource;
    s << kFindDemoOffice, soci::use(row.type), soci::use(row.name), soci::use(source), soci::into(found);
    if (s.got_data()) id = found;
  }
  if (id) {
    row.id = *id;
    registry_repo::update_organisation(s, row);
    return *id;
  }
  ++ctx.organisations_created;
  return registry_repo::insert_organisation(s, row, kDemoSource);
}

long long upsert_provider(soci::session& s, registry_repo::RegistryWriter& writer, const DemoProvider& p,
                          DemoContext& ctx) {
  if (auto f = find_by_ico(s, p.provider.ico); f && f->source != kDemoSource)
    throw std::runtime_error("IČO " + p.provider.ico + " of demo provider '" + p.provider.name +
                             "' belongs to organisation " + std::to_string(f->id) + " (source " + f->source +
                             "); the demo region was not written");
  bool created = false;
  const long long id = writer.provider(p.provider, &created);
  if (created) {
    ++ctx.organisations_created;
  } else {
    // The writer refreshes what a registry import carries; the demo also owns founder and territory.
    registry_repo::OrganisationRow row{id,
                                       "provider",
                                       p.provider.name,
                                       p.provider.ico,
                                       p.provider.legal_form_code,
                                       p.provider.founder,
                                       p.provider.region_code,
                                       p.provider.territory_code,
                                       p.provider.address,
                                       0};
    registry_repo::update_organisation(s, row);
  }
  return id;
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
  for (const auto& o : region.organisations) ctx.organisations[o.key] = upsert_public_body(s, o, ctx);
  ctx.region_id = ctx.organisations.at(kRegionKey);
  ctx.ospod_id = ctx.organisations.at(kOspodKey);
  ctx.municipality_id = ctx.organisations.at(kMunicipalityKey);
  ctx.audit_body_id = ctx.organisations.at(kAuditBodyKey);

  registry_repo::RegistryWriter writer(s, now, kDemoSource);
  for (const auto& p : region.providers) {
    const long long id = upsert_provider(s, writer, p, ctx);
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

  registry_repo::bump_data_version(s, "registry");
  registry_repo::bump_data_version(s, "accounts");  // users, memberships and organisations changed
  store::activity_log::append(s, {0, now, 0, "demo", ctx.region_id, "demo.refresh", "organisation",
                                std::to_string(ctx.region_id),
                                std::to_string(ctx.organisations.size()) + " organisations, " +
                                    std::to_string(ctx.services.size()) + " services (" +
                                    std::to_string(ctx.services_created) + " new), " +
                                    std::to_string(ctx.users.size()) + " users",
                                ""});
  return ctx;
}

}  // namespace kvalis::demo
