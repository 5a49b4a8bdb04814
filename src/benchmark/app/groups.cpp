#include "benchmark/app/groups.hpp"

#include <algorithm>
#include <set>

#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "registry/app/benchmark_queries.hpp"

namespace kvalis::benchmark::app {
namespace {

using accounts::member_of;
using accounts::Role;

Status apply_group(const Catalogues& catalogues, const GroupInput& in, repo::GroupRow& g) {
  if (in.name) g.name = *in.name;
  if (g.name.find_first_not_of(" \t\r\n") == std::string::npos) return invalid("name", "field.required");
  if (in.description) g.description = *in.description;
  if (in.kinds) {
    g.kinds.clear();
    for (std::size_t i = 0; i < in.kinds->size(); ++i) {
      const auto& k = (*in.kinds)[i];
      const std::string field = "kinds[" + std::to_string(i) + "]";
      if (!catalogues.has("service_kinds", k)) return invalid(field, "field.unknown_code", {{"value", k}});
      if (std::find(g.kinds.begin(), g.kinds.end(), k) != g.kinds.end())
        return invalid(field, "bm.duplicate", {{"value", k}});
      g.kinds.push_back(k);
    }
  }
  return ok_status();
}

// The region organisation a new group belongs to: given, or the caller's only region where they manage.
Result<long long> region_for_new_group(soci::session& s, const accounts::Principal& p,
                                       const std::optional<long long>& given) {
  if (given) {
    auto org = registry::app::organisation(s, *given);
    const bool allowed = p.platform_admin || member_of(p, *given, {Role::admin, Role::manager});
    if (!org || org->type != "region" || !allowed)
      return invalid("region_org_id", "bm.region.invalid", {{"value", std::to_string(*given)}});
    return *given;
  }
  std::vector<long long> regions;
  for (const auto& m : p.memberships)
    if (m.organisation_type == accounts::OrganisationType::region && (m.role == Role::admin || m.role == Role::manager))
      regions.push_back(m.organisation_id);
  if (regions.size() != 1) return invalid("region_org_id", "bm.region.required");
  return regions.front();
}

void changed(soci::session& s) { store::data_versions::bump(s, "benchmark"); }

Status apply_meeting(const MeetingInput& in, const GroupView& v, repo::MeetingRow& m) {
  if (in.held_on) m.held_on = *in.held_on;
  if (m.held_on.empty()) return invalid("held_on", "field.required");
  if (in.place) m.place = *in.place;
  if (in.agenda) m.agenda = *in.agenda;
  if (in.minutes) m.minutes = *in.minutes;
  if (in.attendance) {
    m.attendance.clear();
    std::set<long long> seen;
    for (std::size_t i = 0; i < in.attendance->size(); ++i) {
      const auto& a = (*in.attendance)[i];
      const std::string field = "attendance[" + std::to_string(i) + "]";
      const bool known = a.organisation_id == v.group.region_org_id ||
                         std::any_of(v.members.begin(), v.members.end(),
                                     [&](const auto& x) { return x.provider_org_id == a.organisation_id; });
      if (!known)
        return invalid(field + ".organisation_id", "bm.attendance.not_member",
                       {{"value", std::to_string(a.organisation_id)}});
      if (!seen.insert(a.organisation_id).second)
        return invalid(field + ".organisation_id", "bm.duplicate", {{"value", std::to_string(a.organisation_id)}});
      if (a.attendees < 0 || a.attendees > 1000)
        return invalid(field + ".attendees", "field.out_of_range", {{"min", "0"}, {"max", "1000"}});
      m.attendance.push_back({a.organisation_id, "", a.attendees});
    }
  }
  return ok_status();
}

}  // namespace

Result<GroupPage> list_groups(soci::session& s, const accounts::Caller& caller, int limit, int offset) {
  repo::GroupScope scope;
  scope.all = caller.principal.platform_admin;
  for (const auto& m : caller.principal.memberships) scope.organisation_ids.push_back(m.organisation_id);
  GroupPage out;
  for (const auto& g : repo::list_groups(s, scope, limit, offset, out.total)) {
    GroupView v{g, repo::members(s, g.id), {}};
    v.access = access_to(caller.principal, g, v.members);
    out.items.push_back(std::move(v));
  }
  return out;
}

Result<GroupPage> list_groups(store::Database& db, const accounts::Caller& caller, int limit, int offset) {
  return db.read([&](soci::session& s) { return list_groups(s, caller, limit, offset); });
}

Result<GroupView> get_group(soci::session& s, const accounts::Caller& caller, long long group_id) {
  auto view = visible_group(s, caller.principal, group_id);
  if (!view) return group_missing();
  return std::move(*view);
}

Result<GroupView> get_group(store::Database& db, const accounts::Caller& caller, long long group_id) {
  return db.read([&](soci::session& s) { return get_group(s, caller, group_id); });
}

Result<GroupView> create_group(soci::session& s, const accounts::Caller& caller, const Catalogues& catalogues,
                               const GroupInput& in, long long now) {
  repo::GroupRow g;
  if (auto st = apply_group(catalogues, in, g); !st) return st.error();
  auto region = region_for_new_group(s, caller.principal, in.region_org_id);
  if (!region) return region.error();
  g.region_org_id = *region;
  g.created_at = now;
  g.id = repo::insert_group(s, g);
  changed(s);
  store::activity_log::append(s, caller.activity("benchmark.group.create", "bm_group", g.id, g.region_org_id, g.name));
  return *visible_group(s, caller.principal, g.id);
}

Result<GroupView> create_group(store::Database& db, const accounts::Caller& caller, const Catalogues& catalogues,
                               const GroupInput& in) {
  return db.write([&](soci::session& s) { return create_group(s, caller, catalogues, in, store::now_epoch()); });
}

Result<GroupView> update_group(soci::session& s, const accounts::Caller& caller, const Catalogues& catalogues,
                               long long group_id, const GroupInput& in) {
  auto v = managed_group(s, caller.principal, group_id);
  if (!v) return v.error();
  if (in.region_org_id && *in.region_org_id != v->group.region_org_id)
    return invalid("region_org_id", "field.invalid_value", {{"value", std::to_string(*in.region_org_id)}});
  if (auto st = apply_group(catalogues, in, v->group); !st) return st.error();
  repo::update_group(s, v->group);
  changed(s);
  store::activity_log::append(
      s, caller.activity("benchmark.group.update", "bm_group", v->group.id, v->group.region_org_id));
  return *visible_group(s, caller.principal, v->group.id);
}

Result<GroupView> update_group(store::Database& db, const accounts::Caller& caller, const Catalogues& catalogues,
                               long long group_id, const GroupInput& in) {
  return db.write([&](soci::session& s) { return update_group(s, caller, catalogues, group_id, in); });
}

Result<GroupView> replace_members(soci::session& s, const accounts::Caller& caller, long long group_id,
                                  const std::vector<MemberInput>& members) {
  auto v = managed_group(s, caller.principal, group_id);
  if (!v) return v.error();
  std::vector<repo::MemberRow> list;
  std::set<long long> seen;
  const auto scope = accounts::visibility(caller.principal);
  for (std::size_t i = 0; i < members.size(); ++i) {
    const auto& m = members[i];
    const std::string field = "members[" + std::to_string(i) + "]";
    auto org = registry::app::visible_organisation(s, scope, m.provider_org_id);
    if (!org) return invalid(field + ".provider_org_id", "organisation.not_found");
    if (org->type != "provider")
      return invalid(field + ".provider_org_id", "bm.member.not_provider", {{"value", std::to_string(org->id)}});
    if (!seen.insert(m.provider_org_id).second)
      return invalid(field + ".provider_org_id", "bm.duplicate", {{"value", std::to_string(org->id)}});
    if (!parse_participation(m.participation))
      return invalid(field + ".participation", "field.invalid_value", {{"value", m.participation}});
    list.push_back({m.provider_org_id, org->name, m.participation, m.joined_on});
  }
  repo::replace_members(s, v->group.id, list);
  changed(s);
  std::string detail;
  for (const auto& m : list)
    detail += (detail.empty() ? "" : ", ") + std::to_string(m.provider_org_id) + ":" + m.participation;
  store::activity_log::append(
      s, caller.activity("benchmark.group.members", "bm_group", v->group.id, v->group.region_org_id, detail));
  return *visible_group(s, caller.principal, v->group.id);
}

Result<GroupView> replace_members(store::Database& db, const accounts::Caller& caller, long long group_id,
                                  const std::vector<MemberInput>& members) {
  return db.write([&](soci::session& s) { return replace_members(s, caller, group_id, members); });
}

Result<std::vector<repo::MeetingRow>> list_meetings(soci::session& s, const accounts::Caller& caller,
                                                    long long group_id) {
  auto view = visible_group(s, caller.principal, group_id);
  if (!view) return group_missing();
  if (!view->access.reads_meetings()) return not_allowed();
  return repo::list_meetings(s, group_id);
}

Result<std::vector<repo::MeetingRow>> list_meetings(store::Database& db, const accounts::Caller& caller,
                                                    long long group_id) {
  return db.read([&](soci::session& s) { return list_meetings(s, caller, group_id); });
}

Result<repo::MeetingRow> create_meeting(soci::session& s, const accounts::Caller& caller, long long group_id,
                                        const MeetingInput& in) {
  auto v = managed_group(s, caller.principal, group_id);
  if (!v) return v.error();
  repo::MeetingRow m;
  m.group_id = v->group.id;
  if (auto st = apply_meeting(in, *v, m); !st) return st.error();
  m.id = repo::insert_meeting(s, m);
  changed(s);
  store::activity_log::append(
      s, caller.activity("benchmark.meeting.create", "bm_meeting", m.id, v->group.region_org_id, m.held_on));
  return *repo::get_meeting(s, m.id);
}

Result<repo::MeetingRow> create_meeting(store::Database& db, const accounts::Caller& caller, long long group_id,
                                        const MeetingInput& in) {
  return db.write([&](soci::session& s) { return create_meeting(s, caller, group_id, in); });
}

Result<repo::MeetingRow> update_meeting(soci::session& s, const accounts::Caller& caller, long long meeting_id,
                                        const MeetingInput& in) {
  auto m = repo::get_meeting(s, meeting_id);
  if (!m) return meeting_missing();
  auto view = visible_group(s, caller.principal, m->group_id);
  if (!view) return meeting_missing();
  if (!view->access.manage) return not_allowed();
  if (auto st = apply_meeting(in, *view, *m); !st) return st.error();
  repo::update_meeting(s, *m);
  changed(s);
  store::activity_log::append(
      s, caller.activity("benchmark.meeting.update", "bm_meeting", m->id, view->group.region_org_id, m->held_on));
  return *repo::get_meeting(s, m->id);
}

Result<repo::MeetingRow> update_meeting(store::Database& db, const accounts::Caller& caller, long long meeting_id,
                                        const MeetingInput& in) {
  return db.write([&](soci::session& s) { return update_meeting(s, caller, meeting_id, in); });
}

}  // namespace kvalis::benchmark::app
