// Use cases of meetings per kind (issue 12 item 2): the region plans a meeting with the providers of a kind
// (all of them invited), records who came, the minutes and the card version discussed.
#include <algorithm>

#include "network/app/cards.hpp"
#include "network/app/cards_access.hpp"
#include "network/store/cards_repo.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {

namespace repo = kvalis::network::store::cards_repo;
using kvalis::store::now_epoch;

namespace {

void record(soci::session& s, const accounts::Caller& caller, const std::string& action, long long id,
            long long org_id, const std::string& detail = {}) {
  kvalis::store::activity_log::append(s, caller.activity(action, "nw_kind_meeting", id, org_id, detail));
  kvalis::store::data_versions::bump(s, "network");
}

bool is_time(const std::string& t) {
  if (t.empty()) return true;
  if (t.size() != 5 || t[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (t[i] < '0' || t[i] > '9') return false;
  return std::stoi(t.substr(0, 2)) < 24 && std::stoi(t.substr(3, 2)) < 60;
}

MeetingView view_of(soci::session& s, const accounts::Caller& caller, const repo::MeetingRow& m, bool with_detail) {
  MeetingView v;
  v.id = m.id;
  v.region_org_id = m.region_org_id;
  v.kind_code = m.kind_code;
  v.kind_name = repo::kind_name(s, m.kind_code);
  v.title = m.title;
  v.held_on = m.held_on;
  v.starts_at = m.starts_at;
  v.place = m.place;
  v.status = m.status;
  v.minutes = m.minutes;
  v.card_version_id = m.card_version_id;
  if (m.card_version_id)
    if (auto cv = repo::version(s, m.card_version_id)) v.card_version_no = cv->version_no;
  v.invited = m.invited;
  v.attended = m.attended;
  const auto region = repo::region_by_id(s, m.region_org_id).value_or(RegionRef{m.region_org_id, "", ""});
  v.can_manage = manages_region(caller, region);
  if (with_detail)
    for (const auto& i : repo::invitations(s, m.id)) v.invitations.push_back({i.org_id, i.org_name, i.attended, i.attendees});
  return v;
}

// The meeting when the caller may see it: region staff, or a member of an invited organisation.
std::optional<repo::MeetingRow> visible_meeting(soci::session& s, const accounts::Caller& caller, long long id) {
  auto m = repo::meeting(s, id);
  if (!m) return std::nullopt;
  const auto region = repo::region_by_id(s, m->region_org_id).value_or(RegionRef{m->region_org_id, "", ""});
  if (region_staff(caller, region)) return m;
  const auto orgs = caller_org_ids(caller);
  for (const auto& i : repo::invitations(s, id))
    if (std::find(orgs.begin(), orgs.end(), i.org_id) != orgs.end()) return m;
  return std::nullopt;
}

Status check_input(soci::session& s, const RegionRef& region, const MeetingInput& in, const std::string& kind_code) {
  if (trim(in.title).empty()) return invalid("title", "network.meetings.title_required");
  if (in.title.size() > 300) return invalid("title", "network.cards.text_too_long", {{"max", "300"}});
  if (!is_valid_date(in.held_on)) return invalid("held_on", "network.meetings.date_required");
  if (!is_time(in.starts_at)) return invalid("starts_at", "network.meetings.time_invalid");
  if (in.place.size() > 300) return invalid("place", "network.cards.text_too_long", {{"max", "300"}});
  if (in.minutes.size() > 50000) return invalid("minutes", "network.cards.text_too_long", {{"max", "50000"}});
  for (const auto& [field, value] : {std::pair<const char*, const std::string*>{"title", &in.title},
                                     {"place", &in.place}, {"minutes", &in.minutes}})
    if (auto st = check_characters(field, *value, true); !st) return st;
  if (!in.status.empty() && in.status != "planned" && in.status != "held" && in.status != "cancelled")
    return invalid("status", "network.meetings.status_unknown");
  if (in.card_version_id) {
    auto v = repo::version(s, in.card_version_id);
    auto c = v ? repo::card(s, v->card_id) : std::nullopt;
    if (!c || c->region_org_id != region.org_id)
      return invalid("card_version_id", "network.meetings.version_unknown",
                     {{"value", std::to_string(in.card_version_id)}});
    if (c->kind_code != kind_code) return invalid("card_version_id", "network.meetings.version_other_kind");
  }
  return ok_status();
}

}  // namespace

int in_session::meeting_count(soci::session& s, const RegionRef& region) {
  return static_cast<int>(repo::meetings(s, region.org_id, "").size());
}

Result<std::vector<MeetingView>> list_meetings(kvalis::store::Database& db, const accounts::Caller& caller,
                                               const std::string& region_code, const std::string& kind_code) {
  return db.read([&](soci::session& s) -> Result<std::vector<MeetingView>> {
    auto region = reading_region(s, caller, region_code);
    if (!region) return region.error();
    std::vector<repo::MeetingRow> rows;
    if (region_staff(caller, *region)) {
      rows = repo::meetings(s, region->org_id, kind_code);
    } else {
      const auto orgs = caller_org_ids(caller);
      if (!orgs.empty()) rows = repo::meetings(s, region->org_id, kind_code, std::nullopt, orgs);
    }
    std::vector<MeetingView> out;
    for (const auto& m : rows) out.push_back(view_of(s, caller, m, false));
    return out;
  });
}

Result<MeetingView> in_session::create_meeting(soci::session& s, const accounts::Caller& caller,
                                               const RegionRef& region, const MeetingInput& in) {
  if (!manages_region(caller, region)) return forbidden("network.cards.manage_forbidden");
  if (repo::kind_name(s, in.kind_code).empty())
    return invalid("kind_code", "network.kind.unknown", {{"value", in.kind_code}});
  if (auto st = check_input(s, region, in, in.kind_code); !st) return st.error();
  const long long now = now_epoch();
  repo::MeetingRow m;
  m.region_org_id = region.org_id;
  m.kind_code = in.kind_code;
  m.card_version_id = in.card_version_id;
  m.title = trim(in.title);
  m.held_on = in.held_on;
  m.starts_at = in.starts_at;
  m.place = trim(in.place);
  m.status = in.status.empty() ? "planned" : in.status;
  m.minutes = in.minutes;
  m.created_by = caller.principal.user_id;
  m.created_at = now;
  m.updated_at = now;
  m.id = repo::insert_meeting(s, m);
  for (const auto& p : repo::providers_of_kind(s, region.region_code, in.kind_code)) repo::invite(s, m.id, p.id, now);
  record(s, caller, "network.meeting.create", m.id, region.org_id, in.kind_code);
  return view_of(s, caller, *repo::meeting(s, m.id), true);
}

Result<MeetingView> create_meeting(kvalis::store::Database& db, const accounts::Caller& caller,
                                   const std::string& region_code, const MeetingInput& in) {
  return db.write([&](soci::session& s) -> Result<MeetingView> {
    auto region = region_of(s, caller, region_code);
    if (!region) return region.error();
    return in_session::create_meeting(s, caller, *region, in);
  });
}

Result<MeetingView> get_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<MeetingView> {
    auto m = visible_meeting(s, caller, id);
    if (!m) return not_found("network.not_found");
    return view_of(s, caller, *m, true);
  });
}

Result<MeetingView> in_session::update_meeting(soci::session& s, const accounts::Caller& caller, long long id,
                                               const MeetingInput& in) {
  auto m = visible_meeting(s, caller, id);
  if (!m) return not_found("network.not_found");
  const auto region = repo::region_by_id(s, m->region_org_id).value_or(RegionRef{m->region_org_id, "", ""});
  if (!manages_region(caller, region)) return forbidden("network.cards.manage_forbidden");
  if (auto st = check_input(s, region, in, m->kind_code); !st) return st.error();
  m->card_version_id = in.card_version_id;
  m->title = trim(in.title);
  m->held_on = in.held_on;
  m->starts_at = in.starts_at;
  m->place = trim(in.place);
  if (!in.status.empty()) m->status = in.status;
  m->minutes = in.minutes;
  m->updated_at = now_epoch();
  repo::update_meeting(s, *m);
  record(s, caller, "network.meeting.update", id, region.org_id, m->status);
  return view_of(s, caller, *repo::meeting(s, id), true);
}

Result<MeetingView> update_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const MeetingInput& in) {
  return db.write([&](soci::session& s) { return in_session::update_meeting(s, caller, id, in); });
}

Result<MeetingView> in_session::set_attendance(soci::session& s, const accounts::Caller& caller, long long id,
                                               const std::vector<AttendanceInput>& items) {
  auto m = visible_meeting(s, caller, id);
  if (!m) return not_found("network.not_found");
  const auto region = repo::region_by_id(s, m->region_org_id).value_or(RegionRef{m->region_org_id, "", ""});
  if (!manages_region(caller, region)) return forbidden("network.cards.manage_forbidden");
  const auto invited = repo::invitations(s, id);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    const bool known = std::any_of(invited.begin(), invited.end(), [&](const auto& r) { return r.org_id == it.org_id; });
    if (!known)
      return invalid("items[" + std::to_string(i) + "].org_id", "network.meetings.not_invited",
                     {{"value", std::to_string(it.org_id)}});
    if (it.attendees.size() > 2000)
      return invalid("items[" + std::to_string(i) + "].attendees", "network.cards.text_too_long", {{"max", "2000"}});
    if (auto st = check_characters("items[" + std::to_string(i) + "].attendees", it.attendees, true); !st)
      return st.error();
  }
  for (const auto& it : items) repo::set_attendance(s, id, it.org_id, it.attended, trim(it.attendees));
  record(s, caller, "network.meeting.attendance", id, region.org_id, std::to_string(items.size()));
  return view_of(s, caller, *repo::meeting(s, id), true);
}

Result<MeetingView> set_attendance(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const std::vector<AttendanceInput>& items) {
  return db.write([&](soci::session& s) { return in_session::set_attendance(s, caller, id, items); });
}

}  // namespace kvalis::network::app
