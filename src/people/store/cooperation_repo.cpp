#include "people/store/cooperation_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::people::store::cooperation_repo {

using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;

namespace {
constexpr const char* kMeetingDate = "COALESCE(NULLIF(m.held_on, ''), m.planned_on)";
}

std::optional<OrgRow> get_org(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<OrgRow> out;
  for_each_row(s, "SELECT id, name, type, region_code FROM organisations" + f.where(), f, [&](const soci::row& r) {
    out = OrgRow{as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
  });
  return out;
}

// ---- partners ----

namespace {

constexpr const char* kPartnerColumns =
    "SELECT p.id, p.organisation_id, o.region_code, p.name, p.kind, p.contact, p.archived, p.created_at "
    "FROM pe_partners p JOIN organisations o ON o.id = p.organisation_id";

PartnerRow read_partner(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),  as_str(r, 2),     as_str(r, 3),
          as_str(r, 4), as_str(r, 5), as_ll(r, 6) != 0, as_ll(r, 7)};
}

}  // namespace

std::vector<PartnerRow> list_partners(soci::session& s, std::optional<long long> organisation_id) {
  Filter f;
  if (organisation_id) f.add("p.organisation_id = ?", {*organisation_id});
  std::vector<PartnerRow> out;
  for_each_row(s, std::string(kPartnerColumns) + f.where() + " ORDER BY p.archived, p.name, p.id", f,
               [&](const soci::row& r) { out.push_back(read_partner(r)); });
  return out;
}

std::optional<PartnerRow> get_partner(soci::session& s, long long id) {
  Filter f;
  f.add("p.id = ?", {id});
  std::optional<PartnerRow> out;
  for_each_row(s, std::string(kPartnerColumns) + f.where(), f, [&](const soci::row& r) { out = read_partner(r); });
  return out;
}

long long insert_partner(soci::session& s, const PartnerRow& r) {
  long long id = 0;
  int archived = r.archived ? 1 : 0;
  s << "INSERT INTO pe_partners (organisation_id, name, kind, contact, archived, created_at) "
       "VALUES (:o, :n, :k, :c, :a, :t) RETURNING id",
      soci::use(r.organisation_id), soci::use(r.name), soci::use(r.kind), soci::use(r.contact), soci::use(archived),
      soci::use(r.created_at), soci::into(id);
  return id;
}

void update_partner(soci::session& s, const PartnerRow& r) {
  int archived = r.archived ? 1 : 0;
  s << "UPDATE pe_partners SET name = :n, kind = :k, contact = :c, archived = :a WHERE id = :id", soci::use(r.name),
      soci::use(r.kind), soci::use(r.contact), soci::use(archived), soci::use(r.id);
}

// ---- meetings ----

namespace {

std::string meeting_columns() {
  return std::string(
      "SELECT m.id, m.organisation_id, o.name, o.region_code, m.title, m.planned_on, m.held_on, m.place, "
      "m.minutes, m.state, m.created_at, m.updated_at, "
      "(SELECT COUNT(*) FROM pe_meeting_participants x WHERE x.meeting_id = m.id), "
      "(SELECT COUNT(*) FROM pe_agreed_actions a WHERE a.meeting_id = m.id), "
      "(SELECT COUNT(*) FROM pe_agreed_actions a WHERE a.meeting_id = m.id AND a.state = 'open') "
      "FROM pe_meetings m JOIN organisations o ON o.id = m.organisation_id");
}

MeetingRow read_meeting(const soci::row& r) {
  MeetingRow m;
  m.id = as_ll(r, 0);
  m.organisation_id = as_ll(r, 1);
  m.organisation_name = as_str(r, 2);
  m.region_code = as_str(r, 3);
  m.title = as_str(r, 4);
  m.planned_on = as_str(r, 5);
  m.held_on = as_str(r, 6);
  m.place = as_str(r, 7);
  m.minutes = as_str(r, 8);
  m.state = as_str(r, 9);
  m.created_at = as_ll(r, 10);
  m.updated_at = as_ll(r, 11);
  m.participants = as_int(r, 12);
  m.actions = as_int(r, 13);
  m.open_actions = as_int(r, 14);
  return m;
}

}  // namespace

std::vector<MeetingRow> list_meetings(soci::session& s, const MeetingFilter& q) {
  Filter f;
  if (q.organisation_id) f.add("m.organisation_id = ?", {*q.organisation_id});
  if (!q.from.empty()) f.add(std::string(kMeetingDate) + " >= ?", {q.from});
  if (!q.to.empty()) f.add(std::string(kMeetingDate) + " <= ?", {q.to});
  std::vector<MeetingRow> out;
  for_each_row(s, meeting_columns() + f.where() + " ORDER BY " + kMeetingDate + ", m.id", f,
               [&](const soci::row& r) { out.push_back(read_meeting(r)); });
  return out;
}

std::optional<MeetingRow> get_meeting(soci::session& s, long long id) {
  Filter f;
  f.add("m.id = ?", {id});
  std::optional<MeetingRow> out;
  for_each_row(s, meeting_columns() + f.where(), f, [&](const soci::row& r) { out = read_meeting(r); });
  return out;
}

long long insert_meeting(soci::session& s, const MeetingRow& r) {
  long long id = 0;
  s << "INSERT INTO pe_meetings (organisation_id, title, planned_on, held_on, place, minutes, state, created_at, "
       "updated_at) VALUES (:o, :t, :p, :h, :pl, :mi, :s, :c, :u) RETURNING id",
      soci::use(r.organisation_id), soci::use(r.title), soci::use(r.planned_on), soci::use(r.held_on),
      soci::use(r.place), soci::use(r.minutes), soci::use(r.state), soci::use(r.created_at), soci::use(r.updated_at),
      soci::into(id);
  return id;
}

void update_meeting(soci::session& s, const MeetingRow& r) {
  s << "UPDATE pe_meetings SET title = :t, planned_on = :p, held_on = :h, place = :pl, minutes = :mi, state = :s, "
       "updated_at = :u WHERE id = :id",
      soci::use(r.title), soci::use(r.planned_on), soci::use(r.held_on), soci::use(r.place), soci::use(r.minutes),
      soci::use(r.state), soci::use(r.updated_at), soci::use(r.id);
}

std::vector<ParticipantRow> participants_of(soci::session& s, long long meeting_id) {
  Filter f;
  f.add("x.meeting_id = ?", {meeting_id});
  std::vector<ParticipantRow> out;
  for_each_row(s,
               "SELECT x.partner_id, COALESCE(p.name, ''), x.name, x.role FROM pe_meeting_participants x "
               "LEFT JOIN pe_partners p ON p.id = x.partner_id" +
                   f.where() + " ORDER BY x.position",
               f, [&](const soci::row& r) {
                 out.push_back({as_opt_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)});
               });
  return out;
}

void replace_participants(soci::session& s, long long meeting_id, const std::vector<ParticipantRow>& rows) {
  s << "DELETE FROM pe_meeting_participants WHERE meeting_id = :m", soci::use(meeting_id);
  int position = 0;
  for (const auto& p : rows) {
    ++position;
    Nullable<long long> partner(p.partner_id);
    s << "INSERT INTO pe_meeting_participants (meeting_id, position, partner_id, name, role) "
         "VALUES (:m, :p, :pa, :n, :r)",
        soci::use(meeting_id), soci::use(position), soci::use(partner.value, partner.ind), soci::use(p.name),
        soci::use(p.role);
  }
}

// ---- agreed actions ----

namespace {

std::string action_columns() {
  return std::string("SELECT a.id, a.meeting_id, m.title, ") + kMeetingDate +
         ", a.text, a.owner, a.due_on, a.state, a.follow_up_meeting_id, a.follow_up_note, a.created_at, "
         "a.updated_at FROM pe_agreed_actions a JOIN pe_meetings m ON m.id = a.meeting_id";
}

ActionRow read_action(const soci::row& r) {
  ActionRow a;
  a.id = as_ll(r, 0);
  a.meeting_id = as_ll(r, 1);
  a.meeting_title = as_str(r, 2);
  a.meeting_date = as_str(r, 3);
  a.text = as_str(r, 4);
  a.owner = as_str(r, 5);
  a.due_on = as_str(r, 6);
  a.state = as_str(r, 7);
  a.follow_up_meeting_id = as_opt_ll(r, 8);
  a.follow_up_note = as_str(r, 9);
  a.created_at = as_ll(r, 10);
  a.updated_at = as_ll(r, 11);
  return a;
}

}  // namespace

std::vector<ActionRow> actions_of(soci::session& s, long long meeting_id) {
  Filter f;
  f.add("a.meeting_id = ?", {meeting_id});
  std::vector<ActionRow> out;
  for_each_row(s, action_columns() + f.where() + " ORDER BY a.id", f,
               [&](const soci::row& r) { out.push_back(read_action(r)); });
  return out;
}

std::vector<ActionRow> follow_ups_for(soci::session& s, long long organisation_id, const std::string& before,
                                      long long follow_up_meeting_id) {
  Filter f;
  f.add("m.organisation_id = ?", {organisation_id})
      .add("m.id <> ?", {follow_up_meeting_id})
      .add(std::string("((a.state = 'open' AND ") + kMeetingDate + " < ?) OR a.follow_up_meeting_id = ?)",
           {before, follow_up_meeting_id});
  std::vector<ActionRow> out;
  for_each_row(s, action_columns() + f.where() + " ORDER BY " + kMeetingDate + ", a.id", f,
               [&](const soci::row& r) { out.push_back(read_action(r)); });
  return out;
}

std::optional<ActionRow> get_action(soci::session& s, long long id) {
  Filter f;
  f.add("a.id = ?", {id});
  std::optional<ActionRow> out;
  for_each_row(s, action_columns() + f.where(), f, [&](const soci::row& r) { out = read_action(r); });
  return out;
}

long long insert_action(soci::session& s, const ActionRow& r) {
  long long id = 0;
  Nullable<long long> follow(r.follow_up_meeting_id);
  s << "INSERT INTO pe_agreed_actions (meeting_id, text, owner, due_on, state, follow_up_meeting_id, "
       "follow_up_note, created_at, updated_at) VALUES (:m, :t, :o, :d, :s, :f, :n, :c, :u) RETURNING id",
      soci::use(r.meeting_id), soci::use(r.text), soci::use(r.owner), soci::use(r.due_on), soci::use(r.state),
      soci::use(follow.value, follow.ind), soci::use(r.follow_up_note), soci::use(r.created_at),
      soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_action(soci::session& s, const ActionRow& r) {
  Nullable<long long> follow(r.follow_up_meeting_id);
  s << "UPDATE pe_agreed_actions SET text = :t, owner = :o, due_on = :d, state = :s, follow_up_meeting_id = :f, "
       "follow_up_note = :n, updated_at = :u WHERE id = :id",
      soci::use(r.text), soci::use(r.owner), soci::use(r.due_on), soci::use(r.state),
      soci::use(follow.value, follow.ind), soci::use(r.follow_up_note), soci::use(r.updated_at), soci::use(r.id);
}

}  // namespace kvalis::people::store::cooperation_repo
