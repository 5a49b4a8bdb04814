// The caller's dashboard (dashboard/app/dashboard.hpp): one read, mapped to its DTO.
#include "dashboard/app/dashboard.hpp"
#include "dashboard/http/dto_dashboard.hpp"
#include "dashboard/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "quality/app/audit_views.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;

dto::DashForm form_dto(const dashboard::Form& f) {
  return {f.round_id, f.round_name, f.group_name, f.service_id, f.service_name, f.provider_name, f.status, f.deadline};
}

dto::DashAction action_dto(const dashboard::Action& a) {
  return {a.id,        a.text,     a.status,      a.due_date,   a.due_state,    a.days_overdue,
          a.days_left, a.audit_id, a.audit_title, a.service_id, a.service_name, a.organisation_name};
}

dto::DashAudit audit_dto(const dashboard::Audit& a) {
  return {a.id, a.title, a.type, a.service_id, a.service_name, a.organisation_name, a.ends_on, a.assessed, a.criteria};
}

// A limited list as its DTO ({items, total}).
template <class Dto, class T, class F>
Dto list_dto(const dashboard::List<T>& list, F&& item_dto) {
  Dto out;
  for (const auto& item : list.items) out.items.push_back(item_dto(item));
  out.total = list.total;
  return out;
}

dto::Dashboard dashboard_dto(const dashboard::Dashboard& d) {
  dto::Dashboard out;
  out.today = d.today;
  out.benchmark = d.benchmark;
  out.quality = d.quality;
  for (const auto& r : d.open_rounds)
    out.open_rounds.push_back({r.round_id, r.round_name, r.group_id, r.group_name, r.period_year, r.deadline,
                               r.days_left, r.services, r.submitted, r.draft, r.not_started, r.can_manage});
  out.forms_to_fill = list_dto<dto::DashFormList>(d.forms_to_fill, form_dto);
  out.forms_to_review = list_dto<dto::DashFormList>(d.forms_to_review, form_dto);
  for (const auto& w : d.groups_waiting)
    out.groups_waiting.push_back({w.group_id, w.group_name, w.coordinator_name, w.last_round_id, w.last_round_name,
                                  w.last_period_year, w.next_meeting, w.can_manage});
  out.actions_overdue = list_dto<dto::DashActionList>(d.actions_overdue, action_dto);
  out.actions_due_soon = list_dto<dto::DashActionList>(d.actions_due_soon, action_dto);
  out.actions_to_verify = list_dto<dto::DashActionList>(d.actions_to_verify, action_dto);
  out.audits_to_score = list_dto<dto::DashAuditList>(d.audits_to_score, audit_dto);
  out.audits_to_close = list_dto<dto::DashAuditList>(d.audits_to_close, audit_dto);
  if (const auto& o = d.overview)
    out.overview = dto::DashOverview{o->services_active, o->providers,       o->audits_draft, o->audits_closed,
                                     o->actions_open,    o->actions_overdue, o->rounds_open,  o->forms_submitted};
  return out;
}

Response get_dashboard(Context& ctx) {
  return answer_as(ctx,
                   dashboard::app::dashboard(ctx.db(), caller_of(ctx), today(), dashboard::kListLimit,
                                             &quality::app::process_heads_cache()),
                   dashboard_dto);
}

}  // namespace

void register_dashboard_routes(RouteTable& t) {
  t.add<void, dto::Dashboard>(Verb::get, "/api/dashboard", Permission::authenticated, get_dashboard, "dashboard",
                              "What the caller has to do next: open rounds and forms to fill or review, corrective "
                              "actions overdue, due soon or to verify, audits to score or close; an overview for "
                              "region staff");
}

}  // namespace kvalis::http
