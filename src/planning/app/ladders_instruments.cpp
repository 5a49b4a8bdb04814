#include "planning/app/ladders_instruments.hpp"

#include <algorithm>
#include <set>

#include "accounts/core/access.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::planning::app {
namespace {

using accounts::Role;

Error ladder_missing() { return not_found("planning.clients.ladder_not_found"); }

bool reads_ladders(const accounts::Principal& p, long long org) {
  return p.platform_admin || accounts::member_of(p, org);
}
bool manages_ladders(const accounts::Principal& p, long long org) {
  return p.platform_admin || accounts::member_of(p, org, {Role::admin, Role::manager});
}

LadderItem item_of(const accounts::Principal& p, store::LadderRow ladder) {
  LadderItem out;
  if (auto stages = parse_ladder_stages(ladder.stages, ladder.scale_min, ladder.scale_max)) out.stages = *stages;
  out.can_manage = manages_ladders(p, ladder.organisation_id);
  out.ladder = std::move(ladder);
  return out;
}

Status check_ladder(const LadderInput& in) {
  for (auto st : {check_line("name", in.name, 200, true), check_text("description", in.description, 4000, false),
                  check_text("stages", in.stages, 4000, false)})
    if (!st) return st;
  if (auto st = check_ladder_scale(in.scale_min, in.scale_max); !st) return st;
  if (auto st = parse_ladder_stages(in.stages, in.scale_min, in.scale_max); !st) return st.error();
  if (in.areas.empty() || in.areas.size() > 30) return invalid("areas", "planning.clients.ladder_areas");
  for (std::size_t i = 0; i < in.areas.size(); ++i) {
    const std::string base = "areas[" + std::to_string(i) + "]";
    if (auto st = check_line(base + ".name", in.areas[i].name, 200, true); !st) return st;
    if (auto st = check_text(base + ".description", in.areas[i].description, 2000, false); !st) return st;
  }
  return ok_status();
}

store::LadderRow row_of(const LadderInput& in) {
  store::LadderRow r;
  r.organisation_id = in.organisation_id;
  r.name = in.name;
  r.description = in.description;
  r.scale_min = in.scale_min;
  r.scale_max = in.scale_max;
  r.stages = in.stages;
  r.archived = in.archived;
  for (const auto& a : in.areas) r.areas.push_back({a.id.value_or(0), 0, 0, a.name, a.description});
  return r;
}

}  // namespace

Result<std::vector<LadderItem>> list_ladders(soci::session& s, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id) {
  const auto& p = caller.principal;
  std::vector<long long> orgs;
  if (organisation_id) {
    if (reads_ladders(p, *organisation_id)) orgs.push_back(*organisation_id);
  } else {
    for (const auto& m : p.memberships)
      if (std::find(orgs.begin(), orgs.end(), m.organisation_id) == orgs.end()) orgs.push_back(m.organisation_id);
  }
  std::vector<LadderItem> out;
  for (auto& l : store::list_ladders(s, orgs)) out.push_back(item_of(p, std::move(l)));
  return out;
}

Result<std::vector<LadderItem>> list_ladders(kvalis::store::Database& db, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id) {
  return db.read([&](soci::session& s) { return list_ladders(s, caller, organisation_id); });
}

Result<LadderItem> create_ladder(soci::session& s, const accounts::Caller& caller, const LadderInput& in) {
  if (auto st = check_ladder(in); !st) return st.error();
  for (const auto& a : in.areas)
    if (a.id) return invalid("areas", "planning.clients.ladder_areas");
  if (!reads_ladders(caller.principal, in.organisation_id))
    return invalid("organisation_id", "planning.clients.organisation_not_found");
  if (!manages_ladders(caller.principal, in.organisation_id))
    return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}};
  if (!store::organisation_exists(s, in.organisation_id))
    return invalid("organisation_id", "planning.clients.organisation_not_found");
  auto row = row_of(in);
  row.id = store::insert_ladder(s, row, kvalis::store::now_epoch());
  kvalis::store::activity_log::append(
      s, caller.activity("planning.ladder.create", "pl_ladders", row.id, row.organisation_id, row.name));
  return item_of(caller.principal, *store::get_ladder(s, row.id));
}

Result<LadderItem> create_ladder(kvalis::store::Database& db, const accounts::Caller& caller, const LadderInput& in) {
  return db.write([&](soci::session& s) { return create_ladder(s, caller, in); });
}

Result<LadderItem> get_ladder(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<LadderItem> {
    auto l = store::get_ladder(s, id);
    if (!l || !reads_ladders(caller.principal, l->organisation_id)) return ladder_missing();
    return item_of(caller.principal, std::move(*l));
  });
}

Result<LadderItem> update_ladder(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                 const LadderInput& in) {
  return db.write([&](soci::session& s) -> Result<LadderItem> {
    auto old = store::get_ladder(s, id);
    if (!old || !reads_ladders(caller.principal, old->organisation_id)) return ladder_missing();
    if (!manages_ladders(caller.principal, old->organisation_id))
      return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}};
    if (auto st = check_ladder(in); !st) return st.error();
    std::set<long long> existing;
    for (const auto& a : old->areas) existing.insert(a.id);
    std::set<long long> given;
    bool added = false;
    for (std::size_t i = 0; i < in.areas.size(); ++i) {
      const auto& a = in.areas[i];
      if (!a.id) {
        added = true;
        continue;
      }
      if (!existing.count(*a.id) || !given.insert(*a.id).second)
        return invalid("areas[" + std::to_string(i) + "].id", "planning.clients.ladder_area_unknown",
                       {{"value", std::to_string(*a.id)}});
    }
    // Once clients were assessed, the areas stay: their values and distances refer to them.
    if ((added || given.size() != existing.size()) && store::ladder_has_assessments(s, id))
      return invalid("areas", "planning.clients.ladder_areas_fixed");
    auto row = row_of(in);
    row.id = id;
    row.organisation_id = old->organisation_id;
    store::update_ladder(s, row, kvalis::store::now_epoch());
    kvalis::store::activity_log::append(
        s, caller.activity("planning.ladder.update", "pl_ladders", id, row.organisation_id, row.name));
    return item_of(caller.principal, *store::get_ladder(s, id));
  });
}

}  // namespace kvalis::planning::app
