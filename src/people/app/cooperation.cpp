#include "people/app/cooperation.hpp"

#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {

namespace detail {

std::optional<CoopOwner> coop_owner(soci::session& s, const accounts::Principal& p, long long organisation_id) {
  auto org = crepo::get_org(s, organisation_id);
  if (!org) return std::nullopt;
  const auto rights = cooperation_rights(p, {org->id, org->region_code});
  if (!rights.read) return std::nullopt;
  return CoopOwner{*org, rights};
}

Error missing(const char* what) {
  return Error{ErrorCode::not_found, {}, std::string("people.coop.") + what + ".not_found", {}};
}
Error not_allowed() { return forbidden("people.coop.forbidden"); }

}  // namespace detail

using namespace detail;
using kvalis::store::now_epoch;
using kvalis::store::activity_log::append;

namespace {

Result<CoopOwner> managed_owner(soci::session& s, const accounts::Principal& p, long long organisation_id) {
  auto owner = coop_owner(s, p, organisation_id);
  if (!owner)
    return invalid("organisation_id", "people.coop.organisation.invalid", {{"value", std::to_string(organisation_id)}});
  if (!owner->rights.manage) return not_allowed();
  return *owner;
}

// ---- partners ----

Status check_partner(const PartnerInput& in) {
  for (auto st : {check_line("name", in.name, 300, true), check_line("kind", in.kind, 60, true),
                  check_text("contact", in.contact, 2000, false)})
    if (!st) return st;
  return ok_status();
}

// ---- meetings ----

struct Resolved {
  MeetingState state;
  std::vector<crepo::ParticipantRow> participants;
};

Result<Resolved> check_meeting(soci::session& s, long long organisation_id, const MeetingInput& in) {
  for (auto st : {check_line("title", in.title, 300, true), check_date("planned_on", in.planned_on, true),
                  check_date("held_on", in.held_on, false), check_line("place", in.place, 300, false),
                  check_text("minutes", in.minutes, 100000, false)})
    if (!st) return st.error();
  Resolved out{in.state.value_or(in.held_on.empty() ? MeetingState::planned : MeetingState::held), {}};
  if (out.state == MeetingState::held && in.held_on.empty())
    return invalid("held_on", "people.coop.meeting.held_on_required");
  if (in.participants) {
    if (in.participants->size() > 100) return invalid("participants", "field.too_long", {{"max", "100"}});
    for (std::size_t i = 0; i < in.participants->size(); ++i) {
      const auto& p = (*in.participants)[i];
      const std::string base = "participants[" + std::to_string(i) + "]";
      crepo::ParticipantRow row{p.partner_id, "", p.name, p.role};
      if (p.partner_id) {
        auto partner = crepo::get_partner(s, *p.partner_id);
        if (!partner || partner->organisation_id != organisation_id)
          return invalid(base + ".partner_id", "people.coop.partner.invalid",
                         {{"value", std::to_string(*p.partner_id)}});
        if (row.name.empty()) row.name = partner->name;
      }
      for (auto st : {check_line(base + ".name", row.name, 200, true), check_line(base + ".role", p.role, 200, false)})
        if (!st) return st.error();
      out.participants.push_back(std::move(row));
    }
  }
  return out;
}

MeetingDetail detail_of(soci::session& s, const crepo::MeetingRow& m, bool can_manage) {
  const std::string date = m.held_on.empty() ? m.planned_on : m.held_on;
  return {m, crepo::participants_of(s, m.id), crepo::actions_of(s, m.id),
          crepo::follow_ups_for(s, m.organisation_id, date, m.id), can_manage};
}

Result<std::pair<crepo::MeetingRow, CoopOwner>> readable_meeting(soci::session& s, const accounts::Principal& p,
                                                                 long long id) {
  auto m = crepo::get_meeting(s, id);
  if (!m) return missing("meeting");
  auto owner = coop_owner(s, p, m->organisation_id);
  if (!owner) return missing("meeting");
  return std::pair{*m, *owner};
}

Result<std::pair<crepo::MeetingRow, CoopOwner>> writable_meeting(soci::session& s, const accounts::Principal& p,
                                                                 long long id) {
  auto m = readable_meeting(s, p, id);
  if (m && !m->second.rights.manage) return not_allowed();
  return m;
}

Status check_action(const std::string& text, const std::string& owner, const std::string& due_on) {
  for (auto st : {check_text("text", text, 4000, true), check_line("owner", owner, 200, true),
                  check_date("due_on", due_on, false)})
    if (!st) return st;
  return ok_status();
}

}  // namespace

std::vector<PartnerView> list_partners(soci::session& s, const accounts::Caller& caller,
                                       std::optional<long long> organisation_id) {
  std::vector<PartnerView> out;
  for (auto& p : crepo::list_partners(s, organisation_id)) {
    const auto rights = cooperation_rights(caller.principal, {p.organisation_id, p.region_code});
    if (rights.read) out.push_back({std::move(p), rights.manage});
  }
  return out;
}

std::vector<PartnerView> list_partners(kvalis::store::Database& db, const accounts::Caller& caller,
                                       std::optional<long long> organisation_id) {
  return db.read([&](soci::session& s) { return list_partners(s, caller, organisation_id); });
}

Result<PartnerView> create_partner(soci::session& s, const accounts::Caller& caller, const PartnerInput& in) {
  auto owner = managed_owner(s, caller.principal, in.organisation_id);
  if (!owner) return owner.error();
  if (auto st = check_partner(in); !st) return st.error();
  crepo::PartnerRow r{0,           in.organisation_id, owner->org.region_code, in.name, in.kind, in.contact,
                      in.archived, now_epoch()};
  r.id = crepo::insert_partner(s, r);
  append(s, caller.activity("people.partner.create", "pe_partners", r.id, r.organisation_id, r.name));
  return PartnerView{r, true};
}

Result<PartnerView> create_partner(kvalis::store::Database& db, const accounts::Caller& caller,
                                   const PartnerInput& in) {
  return db.write([&](soci::session& s) { return create_partner(s, caller, in); });
}

Result<PartnerView> update_partner(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const PartnerInput& in) {
  return db.write([&](soci::session& s) -> Result<PartnerView> {
    auto r = crepo::get_partner(s, id);
    if (!r) return missing("partner");
    auto owner = coop_owner(s, caller.principal, r->organisation_id);
    if (!owner) return missing("partner");
    if (!owner->rights.manage) return not_allowed();
    if (auto st = check_partner(in); !st) return st.error();
    r->name = in.name;
    r->kind = in.kind;
    r->contact = in.contact;
    r->archived = in.archived;
    crepo::update_partner(s, *r);
    append(s, caller.activity("people.partner.update", "pe_partners", r->id, r->organisation_id, r->name));
    return PartnerView{*r, true};
  });
}

// ---- meetings ----

std::vector<crepo::MeetingRow> list_meetings(soci::session& s, const accounts::Caller& caller, const MeetingQuery& q) {
  std::vector<crepo::MeetingRow> out;
  for (auto& m : crepo::list_meetings(s, {q.organisation_id, q.from, q.to}))
    if (cooperation_rights(caller.principal, {m.organisation_id, m.region_code}).read) out.push_back(std::move(m));
  return out;
}

std::vector<crepo::MeetingRow> list_meetings(kvalis::store::Database& db, const accounts::Caller& caller,
                                             const MeetingQuery& q) {
  return db.read([&](soci::session& s) { return list_meetings(s, caller, q); });
}

Result<MeetingDetail> get_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<MeetingDetail> {
    auto m = readable_meeting(s, caller.principal, id);
    if (!m) return m.error();
    return detail_of(s, m->first, m->second.rights.manage);
  });
}

Result<MeetingDetail> create_meeting(soci::session& s, const accounts::Caller& caller, const MeetingInput& in) {
  auto owner = managed_owner(s, caller.principal, in.organisation_id);
  if (!owner) return owner.error();
  auto checked = check_meeting(s, in.organisation_id, in);
  if (!checked) return checked.error();
  crepo::MeetingRow m;
  m.organisation_id = in.organisation_id;
  m.title = in.title;
  m.planned_on = in.planned_on;
  m.held_on = in.held_on;
  m.place = in.place;
  m.minutes = in.minutes;
  m.state = std::string(to_string(checked->state));
  m.created_at = m.updated_at = now_epoch();
  m.id = crepo::insert_meeting(s, m);
  crepo::replace_participants(s, m.id, checked->participants);
  append(s, caller.activity("people.meeting.create", "pe_meetings", m.id, m.organisation_id, m.title));
  return detail_of(s, *crepo::get_meeting(s, m.id), true);
}

Result<MeetingDetail> create_meeting(kvalis::store::Database& db, const accounts::Caller& caller,
                                     const MeetingInput& in) {
  return db.write([&](soci::session& s) { return create_meeting(s, caller, in); });
}

Result<MeetingDetail> update_meeting(soci::session& s, const accounts::Caller& caller, long long id,
                                     const MeetingInput& in) {
  auto found = writable_meeting(s, caller.principal, id);
  if (!found) return found.error();
  auto m = found->first;
  auto checked = check_meeting(s, m.organisation_id, in);
  if (!checked) return checked.error();
  m.title = in.title;
  m.planned_on = in.planned_on;
  m.held_on = in.held_on;
  m.place = in.place;
  m.minutes = in.minutes;
  m.state = std::string(to_string(checked->state));
  m.updated_at = now_epoch();
  crepo::update_meeting(s, m);
  if (in.participants) crepo::replace_participants(s, m.id, checked->participants);
  append(s, caller.activity("people.meeting.update", "pe_meetings", m.id, m.organisation_id, m.state));
  return detail_of(s, *crepo::get_meeting(s, m.id), true);
}

Result<MeetingDetail> update_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                     const MeetingInput& in) {
  return db.write([&](soci::session& s) { return update_meeting(s, caller, id, in); });
}

Result<std::vector<crepo::MeetingRow>> plan_meetings(soci::session& s, const accounts::Caller& caller,
                                                     const SeriesInput& in) {
  auto owner = managed_owner(s, caller.principal, in.organisation_id);
  if (!owner) return owner.error();
  for (auto st : {check_line("title", in.title, 280, true), check_date("first_on", in.first_on, true),
                  check_line("place", in.place, 300, false)})
    if (!st) return st.error();
  if (in.every_months < 1 || in.every_months > 24)
    return invalid("every_months", "field.out_of_range", {{"min", "1"}, {"max", "24"}});
  if (in.count < 1 || in.count > 48) return invalid("count", "field.out_of_range", {{"min", "1"}, {"max", "48"}});
  std::vector<crepo::MeetingRow> out;
  const auto dates = series_dates(in.first_on, in.every_months, in.count);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    crepo::MeetingRow m;
    m.organisation_id = in.organisation_id;
    m.title = in.title + " " + std::to_string(i + 1) + "/" + std::to_string(in.count);
    m.planned_on = dates[i];
    m.place = in.place;
    m.state = "planned";
    m.created_at = m.updated_at = now_epoch();
    m.id = crepo::insert_meeting(s, m);
    out.push_back(*crepo::get_meeting(s, m.id));
  }
  append(s, caller.activity("people.meeting.plan", "pe_meetings", out.front().id, in.organisation_id,
                            std::to_string(in.count) + " × " + std::to_string(in.every_months) + " m"));
  return out;
}

Result<std::vector<crepo::MeetingRow>> plan_meetings(kvalis::store::Database& db, const accounts::Caller& caller,
                                                     const SeriesInput& in) {
  return db.write([&](soci::session& s) { return plan_meetings(s, caller, in); });
}

// ---- agreed actions ----

Result<crepo::ActionRow> add_action(soci::session& s, const accounts::Caller& caller, long long meeting_id,
                                    const ActionInput& in) {
  auto found = writable_meeting(s, caller.principal, meeting_id);
  if (!found) return found.error();
  if (auto st = check_action(in.text, in.owner, in.due_on); !st) return st.error();
  crepo::ActionRow a;
  a.meeting_id = meeting_id;
  a.text = in.text;
  a.owner = in.owner;
  a.due_on = in.due_on;
  a.created_at = a.updated_at = now_epoch();
  a.id = crepo::insert_action(s, a);
  append(s, caller.activity("people.action.create", "pe_agreed_actions", a.id, found->first.organisation_id, a.owner));
  return *crepo::get_action(s, a.id);
}

Result<crepo::ActionRow> add_action(kvalis::store::Database& db, const accounts::Caller& caller, long long meeting_id,
                                    const ActionInput& in) {
  return db.write([&](soci::session& s) { return add_action(s, caller, meeting_id, in); });
}

Result<crepo::ActionRow> update_action(soci::session& s, const accounts::Caller& caller, long long id,
                                       const ActionUpdate& in) {
  auto a = crepo::get_action(s, id);
  if (!a) return missing("action");
  auto found = readable_meeting(s, caller.principal, a->meeting_id);
  if (!found) return missing("action");
  if (!found->second.rights.manage) return not_allowed();
  if (in.text) a->text = *in.text;
  if (in.owner) a->owner = *in.owner;
  if (in.due_on) a->due_on = *in.due_on;
  if (in.state) a->state = std::string(to_string(*in.state));
  if (in.follow_up_note) a->follow_up_note = *in.follow_up_note;
  if (auto st = check_action(a->text, a->owner, a->due_on); !st) return st.error();
  if (auto st = check_text("follow_up_note", a->follow_up_note, 4000, false); !st) return st.error();
  if (in.follow_up_meeting_id) {
    if (*in.follow_up_meeting_id == 0) {
      a->follow_up_meeting_id.reset();
    } else {
      auto next = crepo::get_meeting(s, *in.follow_up_meeting_id);
      const std::string next_date = next ? (next->held_on.empty() ? next->planned_on : next->held_on) : "";
      if (!next || next->organisation_id != found->first.organisation_id || next->id == a->meeting_id ||
          next_date < a->meeting_date)
        return invalid("follow_up_meeting_id", "people.coop.meeting.follow_up_invalid",
                       {{"value", std::to_string(*in.follow_up_meeting_id)}});
      a->follow_up_meeting_id = next->id;
    }
  }
  a->updated_at = now_epoch();
  crepo::update_action(s, *a);
  append(s,
         caller.activity("people.action.update", "pe_agreed_actions", a->id, found->first.organisation_id, a->state));
  return *crepo::get_action(s, a->id);
}

Result<crepo::ActionRow> update_action(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                       const ActionUpdate& in) {
  return db.write([&](soci::session& s) { return update_action(s, caller, id, in); });
}

}  // namespace kvalis::people::app
