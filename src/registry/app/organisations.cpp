#include "registry/app/organisations.hpp"

#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/database.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::registry::app {
namespace {

namespace repo = store::registry_repo;

const Error kMissing{ErrorCode::not_found, {}, "organisation.not_found", {}};
const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};

// Who may see or act on an organisation changes with the organisations: the caches keyed by these
// versions (lists, sessions' principals) refresh.
void changed(soci::session& s, const accounts::Caller& caller, const char* action, long long id) {
  store::data_versions::bump(s, "registry");
  store::data_versions::bump(s, "accounts");
  store::activity_log::append(s, caller.activity(action, "organisation", id, id));
}

}  // namespace

OrganisationPage list_organisations(store::Database& db, const accounts::Caller& caller, OrganisationQuery query) {
  query.scope = accounts::visibility(caller.principal);
  OrganisationPage page;
  page.items = db.read([&](soci::session& s) { return repo::list_organisations(s, query, page.total); });
  return page;
}

Result<Organisation> get_organisation(store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<Organisation> {
    if (!repo::organisation_visible(s, accounts::visibility(caller.principal), id)) return kMissing;
    return visible_or(repo::get_organisation(s, id), kMissing);
  });
}

Result<Organisation> create_organisation(store::Database& db, const accounts::Caller& caller, const KnownCode& known,
                                         const OrganisationChange& change) {
  // Creating tenants is for the platform administrator; organisation admins edit their own.
  if (!caller.principal.platform_admin) return kForbidden;
  Organisation o;
  if (auto st = apply_change(o, change, true, known); !st) return st.error();
  return db.write([&](soci::session& s) -> Result<Organisation> {
    if (!o.ico.empty() && repo::find_organisation_by_ico(s, o.ico)) return conflict("ico", "field.invalid_value");
    o.id = repo::insert_organisation(s, o, "manual");
    changed(s, caller, "organisation.create", o.id);
    return *repo::get_organisation(s, o.id);
  });
}

Result<Organisation> update_organisation(store::Database& db, const accounts::Caller& caller, const KnownCode& known,
                                         long long id, const OrganisationChange& change) {
  return db.write([&](soci::session& s) -> Result<Organisation> {
    auto o = repo::get_organisation(s, id);
    if (!o || !repo::organisation_visible(s, accounts::visibility(caller.principal), id)) return kMissing;
    if (!accounts::can_manage_organisation(caller.principal, id)) return kForbidden;
    const Organisation before = *o;
    if (auto st = apply_change(*o, change, false, known); !st) return st.error();
    if (const auto field = placing_field_changed(before, *o); !field.empty() && !caller.principal.platform_admin)
      return Error{ErrorCode::forbidden, field, "auth.forbidden", {}};
    if (!o->ico.empty()) {
      auto other = repo::find_organisation_by_ico(s, o->ico);
      if (other && *other != o->id) return conflict("ico", "field.invalid_value");
    }
    repo::update_organisation(s, *o);
    changed(s, caller, "organisation.update", o->id);
    return *repo::get_organisation(s, o->id);
  });
}

}  // namespace kvalis::registry::app
