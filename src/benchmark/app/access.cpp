#include "benchmark/app/access.hpp"

namespace kvalis::benchmark::app {

Error group_missing() { return {ErrorCode::not_found, {}, "bm.group.not_found", {}}; }
Error meeting_missing() { return {ErrorCode::not_found, {}, "bm.meeting.not_found", {}}; }
Error methodology_missing() { return {ErrorCode::not_found, {}, "bm.methodology.not_found", {}}; }
Error round_missing() { return {ErrorCode::not_found, {}, "bm.round.not_found", {}}; }
Error form_missing() { return {ErrorCode::not_found, {}, "bm.form.not_found", {}}; }
Error not_allowed() { return forbidden("auth.forbidden"); }

GroupAccess access_to(const accounts::Principal& principal, const repo::GroupRow& group,
                      const std::vector<repo::MemberRow>& members) {
  std::vector<GroupMember> list;
  for (const auto& m : members)
    list.push_back({m.provider_org_id, parse_participation(m.participation).value_or(Participation::data_only)});
  return group_access(principal, group.region_org_id, list);
}

std::optional<GroupView> visible_group(soci::session& s, const accounts::Principal& principal, long long group_id,
                                       bool member_names) {
  auto g = repo::get_group(s, group_id);
  if (!g) return std::nullopt;
  GroupView v{*g, member_names ? repo::members(s, group_id) : repo::member_access(s, group_id), {}};
  v.access = access_to(principal, v.group, v.members);
  if (!v.access.read) return std::nullopt;
  return v;
}

Result<GroupView> managed_group(soci::session& s, const accounts::Principal& principal, long long group_id) {
  auto view = visible_group(s, principal, group_id);
  if (!view) return group_missing();
  if (!view->access.manage) return not_allowed();
  return std::move(*view);
}

Result<RoundView> visible_round(soci::session& s, const accounts::Principal& principal, long long round_id) {
  auto round = repo::get_round(s, round_id);
  if (!round) return round_missing();
  // a round's and a form's pages show no member of the group
  auto view = visible_group(s, principal, round->group_id, /*member_names=*/false);
  if (!view) return round_missing();
  return RoundView{std::move(*view), *round};
}

Result<FormContext> visible_form(soci::session& s, const accounts::Principal& principal, long long round_id,
                                 long long service_id) {
  auto rv = visible_round(s, principal, round_id);
  if (!rv) return rv.error();
  auto service = repo::group_service(s, rv->view.group, service_id);
  if (!service || !reads_service(principal, rv->view.access, service->provider_id)) return form_missing();
  FormContext f{std::move(rv->view), rv->round, *service, repo::round_content(s, rv->round.methodology_id), {}};
  f.rights.edits = edits_service(principal, f.view.access, f.service.provider_id);
  f.rights.manages = f.view.access.manage;
  return f;
}

bool reads_group(soci::session& s, const accounts::Principal& principal, long long group_id) {
  return visible_group(s, principal, group_id).has_value();
}

}  // namespace kvalis::benchmark::app
