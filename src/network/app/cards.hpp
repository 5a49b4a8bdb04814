#pragma once
// Use cases of service cards (network module, cards part; issue 12 item 1 and 2): the region, its need areas
// and basic activities, cards with versions and their workflow (draft → comments → final → published →
// superseded), providers' comments with the region's answers, version comparison, meetings per kind, the
// printable card. Each writing use case is one transaction that loads, asks network/core (cards.hpp) and
// writes with its activity entry and a bump of data version "network".
//
// Cross-part functions (NETWORK_SPEC "Cross-part functions"): region_of, need_areas, published_cards.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/cards.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

using kvalis::network::Activity;
using kvalis::network::CardNeed;
using kvalis::network::NeedArea;
using kvalis::network::PublishedCard;
using kvalis::network::RegionRef;

// ---- Cross-part functions ----

// The region organisation a caller acts for (first region membership; platform admin: the region with
// region_code, or the only region). Error network.region.required otherwise.
Result<RegionRef> region_of(soci::session& s, const accounts::Caller& caller, const std::string& region_code = "");
// The region's need areas (ensures the default list exists), in position order. The first call for a region
// writes its list: call it inside Database::write unless the region already has cards (create_card writes it).
std::vector<NeedArea> need_areas(soci::session& s, long long region_org_id, bool active_only = true);
// The latest published version of each card of the region (kind_code, form_code) with its needs in order.
std::vector<PublishedCard> published_cards(soci::session& s, long long region_org_id);

// The region a caller reads: the given code (any reader), the caller's region membership, the region of
// a municipality's membership, or the region of the caller's organisations' services.
// (anyone else: the only region in the database).
Result<RegionRef> reading_region(soci::session& s, const accounts::Caller& caller, const std::string& region_code = "");
// Whether the caller manages the region's network (admin/manager of the region organisation, platform admin).
bool manages_region(const accounts::Caller& caller, const RegionRef& region);
// Whether the caller reads everything of the region (any member of the region organisation, platform admin).
bool region_staff(const accounts::Caller& caller, const RegionRef& region);

// Loads the national basic activities from catalogues/basic_activities.csv into nw_activities (rows with
// region_org_id NULL), keyed by (kind, paragraph, form scope, letter): a corrected row is updated, a new one
// added, nothing deleted. Run at migration (server::migrate). Returns how many rows were added or updated.
int sync_basic_activities(soci::session& s);

// ---- Regions ----
struct RegionView {
  RegionRef region;
  bool can_manage = false;
};
std::vector<RegionView> list_regions(kvalis::store::Database& db, const accounts::Caller& caller);

// ---- Need areas ----
struct NeedAreaInput {
  std::string code, name_cs, name_en, description_cs;
  std::optional<int> position;
  bool active = true;
};
Result<std::vector<NeedArea>> list_need_areas(kvalis::store::Database& db, const accounts::Caller& caller,
                                              const std::string& region_code, bool include_inactive);
Result<NeedArea> create_need_area(kvalis::store::Database& db, const accounts::Caller& caller, const std::string& region_code,
                                  const NeedAreaInput& in);
Result<NeedArea> update_need_area(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                  const NeedAreaInput& in);

// ---- Basic activities ----
struct ActivityInput {
  std::string kind_code, paragraph, form_scope, letter, text_cs, text_en, source;
  bool verified = false;
  int position = 0;
  bool active = true;
};
Result<std::vector<Activity>> list_activities(kvalis::store::Database& db, const accounts::Caller& caller,
                                              const std::string& region_code, const std::string& kind_code);
Result<Activity> create_activity(kvalis::store::Database& db, const accounts::Caller& caller, const std::string& region_code,
                                 const ActivityInput& in);
// Region rows only (national rows are corrected by adding a region row).
Result<Activity> update_activity(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                 const ActivityInput& in);

// ---- Cards and versions ----
struct VersionBrief {
  long long version_id = 0;
  int version_no = 0;
  std::string status, title, comments_until, change_note;
  long long sent_at = 0, published_at = 0;
  int comments_total = 0, comments_open = 0;
};
struct CardSummary {
  long long id = 0, region_org_id = 0;
  std::string kind_code, kind_name, form_code;
  VersionBrief latest;
  std::optional<VersionBrief> published;
  bool can_manage = false, can_comment = false;
};
struct CardDetail {
  CardSummary card;
  std::vector<VersionBrief> versions;  // the versions the caller sees, by number
};
struct VersionDetail {
  long long version_id = 0, card_id = 0, region_org_id = 0;
  int version_no = 0;
  std::string kind_code, kind_name, kind_name_en, form_code, status;
  CardTexts texts;
  std::string comments_until, change_note;
  long long sent_at = 0, finalised_at = 0, published_at = 0;
  std::vector<CardNeed> needs;
  std::vector<std::string> allowed;  // actions the caller may do now
  int recipients = 0;
  int comments_total = 0, comments_open = 0;
  std::string region_name;
};
struct NeedInput {
  long long need_area_id = 0;
  std::string description, answer;
  std::vector<long long> activity_ids;
};
struct VersionInput {
  CardTexts texts;
  std::string change_note;
  std::vector<NeedInput> needs;
};

Result<std::vector<CardSummary>> list_cards(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const std::string& region_code);
Result<CardDetail> create_card(kvalis::store::Database& db, const accounts::Caller& caller, const std::string& region_code,
                               const std::string& kind_code, const std::string& form_code);
Result<CardDetail> get_card(kvalis::store::Database& db, const accounts::Caller& caller, long long card_id);
Result<VersionDetail> get_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id);
Result<VersionDetail> update_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                     const VersionInput& in);
Result<VersionDetail> send_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                   const std::string& comments_until);
Result<VersionDetail> finalise_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id);
Result<VersionDetail> publish_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id);
Result<VersionDetail> new_version(kvalis::store::Database& db, const accounts::Caller& caller, long long card_id);

// Comparison of a version with another (default: the previous version of the card).
struct Comparison {
  long long version_id = 0, with_id = 0;
  int version_no = 0, with_no = 0;
  std::vector<PartDiff> parts;
};
Result<Comparison> compare_versions(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                    std::optional<long long> with_id);

// ---- Comments ----
struct CommentView {
  long long id = 0, version_id = 0, card_id = 0;
  int version_no = 0;
  std::string kind_code, kind_name;
  std::string part, part_label, part_label_en, text, author_org_name, author_name, status, answer;
  long long answered_at = 0, created_at = 0;
  bool mine = false;       // of the caller's organisation
  bool can_edit = false;   // the author while open
  bool can_answer = false; // region manager
};
struct CommentInput {
  std::string part, text;
};
struct AnswerInput {
  std::string status, answer;
};
Result<std::vector<CommentView>> list_comments(kvalis::store::Database& db, const accounts::Caller& caller,
                                               long long version_id);
Result<CommentView> add_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                const CommentInput& in);
Result<CommentView> edit_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long comment_id,
                                 const CommentInput& in);
Result<CommentView> answer_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long comment_id,
                                   const AnswerInput& in);
std::vector<CommentView> my_comments(kvalis::store::Database& db, const accounts::Caller& caller);

// ---- Meetings per kind ----
struct Invitation {
  long long org_id = 0;
  std::string org_name;
  bool attended = false;
  std::string attendees;
};
struct MeetingView {
  long long id = 0, region_org_id = 0;
  std::string kind_code, kind_name, title, held_on, starts_at, place, status, minutes;
  long long card_version_id = 0;
  int card_version_no = 0;
  int invited = 0, attended = 0;
  std::vector<Invitation> invitations;  // detail only
  bool can_manage = false;
};
struct MeetingInput {
  std::string kind_code, title, held_on, starts_at, place, status, minutes;
  long long card_version_id = 0;
};
struct AttendanceInput {
  long long org_id = 0;
  bool attended = false;
  std::string attendees;
};
Result<std::vector<MeetingView>> list_meetings(kvalis::store::Database& db, const accounts::Caller& caller,
                                               const std::string& region_code, const std::string& kind_code);
Result<MeetingView> create_meeting(kvalis::store::Database& db, const accounts::Caller& caller, const std::string& region_code,
                                   const MeetingInput& in);
Result<MeetingView> get_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<MeetingView> update_meeting(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const MeetingInput& in);
Result<MeetingView> set_attendance(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                   const std::vector<AttendanceInput>& items);

// ---- Session overloads for the demo (inside its own transaction) ----
namespace in_session {
// The national and the region's basic activities of a kind.
std::vector<Activity> activities(soci::session& s, const RegionRef& region, const std::string& kind_code);
// The version ids (by number) of the region's card of a kind and form, nullopt when there is no such card.
std::optional<std::vector<long long>> card_versions(soci::session& s, const RegionRef& region,
                                                    const std::string& kind_code, const std::string& form_code = "");
// How many meetings per kind the region has.
int meeting_count(soci::session& s, const RegionRef& region);
Result<CardDetail> create_card(soci::session& s, const accounts::Caller& caller, const RegionRef& region,
                               const std::string& kind_code, const std::string& form_code);
Result<VersionDetail> update_version(soci::session& s, const accounts::Caller& caller, long long version_id,
                                     const VersionInput& in);
Result<VersionDetail> send_version(soci::session& s, const accounts::Caller& caller, long long version_id,
                                   const std::string& comments_until, const std::string& today);
Result<VersionDetail> finalise_version(soci::session& s, const accounts::Caller& caller, long long version_id);
Result<VersionDetail> publish_version(soci::session& s, const accounts::Caller& caller, long long version_id);
Result<VersionDetail> new_version(soci::session& s, const accounts::Caller& caller, long long card_id);
Result<CommentView> add_comment(soci::session& s, const accounts::Caller& caller, long long version_id,
                                const CommentInput& in, const std::string& today);
Result<CommentView> answer_comment(soci::session& s, const accounts::Caller& caller, long long comment_id,
                                   const AnswerInput& in);
Result<Activity> create_activity(soci::session& s, const accounts::Caller& caller, const RegionRef& region,
                                 const ActivityInput& in);
Result<MeetingView> create_meeting(soci::session& s, const accounts::Caller& caller, const RegionRef& region,
                                   const MeetingInput& in);
Result<MeetingView> update_meeting(soci::session& s, const accounts::Caller& caller, long long id,
                                   const MeetingInput& in);
Result<MeetingView> set_attendance(soci::session& s, const accounts::Caller& caller, long long id,
                                   const std::vector<AttendanceInput>& items);
}  // namespace in_session

}  // namespace kvalis::network::app
