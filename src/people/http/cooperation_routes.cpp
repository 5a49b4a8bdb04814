// People module — cooperation with partner bodies (issue 14 item 5): partners, planned and held meetings with
// participants, minutes and agreed actions, the follow-up of earlier meetings' open actions, and a series of
// meetings planned in one step. Handlers parse, call one use case of people/app/cooperation.hpp and map the
// result. Members of the organisation (evaluators included) and its region read; its admins and managers
// write (people/core/cooperation_rules.hpp); anyone else gets 404.
#include "people/http/cooperation_routes.hpp"

#include "people/app/cooperation.hpp"
#include "people/http/cooperation_dto.hpp"
#include "people/http/cooperation_handlers.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

namespace capp = people::app;
namespace crepo = people::store::cooperation_repo;
using namespace coop_handlers;

namespace {

using accounts::Permission;

const QueryParam kOrganisation = QueryParam::integer("organisation_id", "Only of this organisation", 1, kMaxId);
const QueryParam kFrom = QueryParam::text("from", "Meetings on or after this date, YYYY-MM-DD", 10);
const QueryParam kTo = QueryParam::text("to", "Meetings on or before this date, YYYY-MM-DD", 10);

dto::PcPartner partner_dto(const capp::PartnerView& v) {
  const auto& p = v.partner;
  return {p.id, p.organisation_id, p.name, p.kind, p.contact, p.archived, v.can_manage};
}

dto::PcMeeting meeting_dto(const crepo::MeetingRow& m) {
  return {m.id,    m.organisation_id, m.organisation_name, m.title,   m.planned_on,  m.held_on,
          m.place, m.state,           m.participants,      m.actions, m.open_actions};
}

dto::PcAction action_dto(const crepo::ActionRow& a) {
  return {a.id,    a.meeting_id, a.meeting_title, a.meeting_date,         a.text,
          a.owner, a.due_on,     a.state,         a.follow_up_meeting_id, a.follow_up_note};
}

dto::PcMeetingDetail meeting_detail_dto(const capp::MeetingDetail& d) {
  dto::PcMeetingDetail out{meeting_dto(d.meeting), d.meeting.minutes, {}, {}, {}, d.can_manage};
  for (const auto& p : d.participants) out.participants.push_back({p.partner_id, p.partner_name, p.name, p.role});
  for (const auto& a : d.actions) out.actions.push_back(action_dto(a));
  for (const auto& a : d.follow_ups) out.follow_ups.push_back(action_dto(a));
  return out;
}

capp::PartnerInput partner_input(const dto::PcPartnerInput& in) {
  return {in.organisation_id.value_or(0), in.name, in.kind.value_or("other"), in.contact.value_or(""),
          in.archived.value_or(false)};
}

Result<capp::MeetingInput> meeting_input(const dto::PcMeetingInput& in) {
  capp::MeetingInput out;
  out.organisation_id = in.organisation_id.value_or(0);
  out.title = in.title;
  out.planned_on = in.planned_on;
  out.held_on = in.held_on.value_or("");
  out.place = in.place.value_or("");
  out.minutes = in.minutes.value_or("");
  if (in.state) {
    auto st = people::parse_meeting_state(*in.state);
    if (!st) return invalid("state", "field.invalid_value", {{"value", *in.state}});
    out.state = *st;
  }
  if (in.participants) {
    out.participants.emplace();
    for (const auto& p : *in.participants)
      out.participants->push_back({p.partner_id, p.name.value_or(""), p.role.value_or("")});
  }
  return out;
}

// ---- handlers ----

Response list_partners(Context& ctx) {
  auto org = kOrganisation.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  dto::PcPartnerList out;
  for (const auto& p : capp::list_partners(ctx.db(), caller_of(ctx), *org)) out.items.push_back(partner_dto(p));
  return dto_response(out);
}

Response create_partner(Context& ctx) {
  return with_body<dto::PcPartnerInput>(ctx, [&](const dto::PcPartnerInput& in) {
    if (!in.organisation_id) return error_response(invalid("organisation_id", "field.required"), ctx.lang);
    return answer_as(ctx, capp::create_partner(ctx.db(), caller_of(ctx), partner_input(in)), partner_dto, 201);
  });
}

Response update_partner(Context& ctx) {
  return with_id_body<dto::PcPartnerInput>(ctx, "partner", [&](long long id, const dto::PcPartnerInput& in) {
    return answer_as(ctx, capp::update_partner(ctx.db(), caller_of(ctx), id, partner_input(in)), partner_dto);
  });
}

Response list_meetings(Context& ctx) {
  auto org = kOrganisation.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  auto from = kFrom.read_text(ctx.req);
  if (!from) return error_response(from.error(), ctx.lang);
  auto to = kTo.read_text(ctx.req);
  if (!to) return error_response(to.error(), ctx.lang);
  for (auto st : {check_date("from", *from, false), check_date("to", *to, false)})
    if (!st) return error_response(st.error(), ctx.lang);
  dto::PcMeetingList out;
  for (const auto& m : capp::list_meetings(ctx.db(), caller_of(ctx), {*org, *from, *to}))
    out.items.push_back(meeting_dto(m));
  return dto_response(out);
}

Response create_meeting(Context& ctx) {
  return with_body<dto::PcMeetingInput>(ctx, [&](const dto::PcMeetingInput& in) {
    if (!in.organisation_id) return error_response(invalid("organisation_id", "field.required"), ctx.lang);
    auto input = meeting_input(in);
    if (!input) return error_response(input.error(), ctx.lang);
    return answer_as(ctx, capp::create_meeting(ctx.db(), caller_of(ctx), *input), meeting_detail_dto, 201);
  });
}

Response get_meeting(Context& ctx) {
  return with_id(ctx, "meeting", [&](long long id) {
    return answer_as(ctx, capp::get_meeting(ctx.db(), caller_of(ctx), id), meeting_detail_dto);
  });
}

Response update_meeting(Context& ctx) {
  return with_id_body<dto::PcMeetingInput>(ctx, "meeting", [&](long long id, const dto::PcMeetingInput& in) {
    auto input = meeting_input(in);
    if (!input) return error_response(input.error(), ctx.lang);
    return answer_as(ctx, capp::update_meeting(ctx.db(), caller_of(ctx), id, *input), meeting_detail_dto);
  });
}

Response plan_meetings(Context& ctx) {
  return with_body<dto::PcSeriesInput>(ctx, [&](const dto::PcSeriesInput& in) {
    capp::SeriesInput s{in.organisation_id, in.title, in.first_on, in.place.value_or(""), in.every_months, in.count};
    return answer_as(
        ctx, capp::plan_meetings(ctx.db(), caller_of(ctx), s),
        [](const std::vector<crepo::MeetingRow>& rows) {
          dto::PcMeetingList out;
          for (const auto& m : rows) out.items.push_back(meeting_dto(m));
          return out;
        },
        201);
  });
}

Response add_action(Context& ctx) {
  return with_id_body<dto::PcActionInput>(ctx, "meeting", [&](long long id, const dto::PcActionInput& in) {
    return answer_as(ctx, capp::add_action(ctx.db(), caller_of(ctx), id, {in.text, in.owner, in.due_on.value_or("")}),
                     action_dto, 201);
  });
}

Response update_action(Context& ctx) {
  return with_id_body<dto::PcActionUpdate>(ctx, "action", [&](long long id, const dto::PcActionUpdate& in) {
    capp::ActionUpdate u{in.text, in.owner, in.due_on, std::nullopt, in.follow_up_meeting_id, in.follow_up_note};
    if (in.state) {
      auto st = people::parse_action_state(*in.state);
      if (!st) return error_response(invalid("state", "field.invalid_value", {{"value", *in.state}}), ctx.lang);
      u.state = *st;
    }
    return answer_as(ctx, capp::update_action(ctx.db(), caller_of(ctx), id, u), action_dto);
  });
}

}  // namespace

void register_people_cooperation_routes(RouteTable& t) {
  const std::string tag = "people";
  const Permission read = Permission::people_read, manage = Permission::people_manage;
  t.add<void, dto::PcPartnerList>(Verb::get, "/api/people/partners", read, list_partners, tag,
                                  "Partner bodies of the organisations the caller reads")
      .query = {kOrganisation.doc()};
  t.add<dto::PcPartnerInput, dto::PcPartner>(Verb::post, "/api/people/partners", manage, create_partner, tag,
                                             "Add a partner body (court, police, school, health care, NGO…)")
      .success_status = 201;
  t.add<dto::PcPartnerInput, dto::PcPartner>(Verb::put, "/api/people/partners/{id}", manage, update_partner, tag,
                                             "Change or archive a partner body");
  t.add<void, dto::PcMeetingList>(Verb::get, "/api/people/meetings", read, list_meetings, tag,
                                  "Cooperation meetings (planned, held, cancelled) the caller reads, by date")
      .query = {kOrganisation.doc(), kFrom.doc(), kTo.doc()};
  t.add<dto::PcMeetingInput, dto::PcMeetingDetail>(Verb::post, "/api/people/meetings", manage, create_meeting, tag,
                                                   "Create a meeting with its participants (partners by name and role)")
      .success_status = 201;
  t.add<dto::PcSeriesInput, dto::PcMeetingList>(Verb::post, "/api/people/meetings/plan", manage, plan_meetings, tag,
                                                "Plan a series of meetings in one step (every_months from first_on)")
      .success_status = 201;
  t.add<void, dto::PcMeetingDetail>(Verb::get, "/api/people/meetings/{id}", read, get_meeting, tag,
                                    "A meeting with participants, minutes, agreed actions and the open actions of "
                                    "earlier meetings to follow up");
  t.add<dto::PcMeetingInput, dto::PcMeetingDetail>(Verb::put, "/api/people/meetings/{id}", manage, update_meeting, tag,
                                                   "Change a meeting: held date, minutes, state, participants");
  t.add<dto::PcActionInput, dto::PcAction>(Verb::post, "/api/people/meetings/{id}/actions", manage, add_action, tag,
                                           "Record an agreed action with its owner and due date")
      .success_status = 201;
  t.add<dto::PcActionUpdate, dto::PcAction>(Verb::put, "/api/people/actions/{id}", manage, update_action, tag,
                                            "Change an agreed action: state, follow-up meeting and note");
  register_people_project_routes(t);
}

}  // namespace kvalis::http
