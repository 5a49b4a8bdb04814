#pragma once
// Storage of service cards (network module, cards part): regions, need areas, basic activities, cards and
// their versions with needs and activities, recipients, comments and meetings per kind. Every value bound.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "network/core/cards.hpp"

namespace kvalis::network::store::cards_repo {

// ---- providers (regions, organisation and kind names: common_repo.hpp) ----
struct OrgName {
  long long id = 0;
  std::string name;
};
// Organisations owning an active service of the kind in the region (the providers of the kind), by name.
// With a form code, only services offered in that form.
std::vector<OrgName> providers_of_kind(soci::session& s, const std::string& region_code, const std::string& kind_code,
                                       const std::string& form_code = "");
std::string user_name(soci::session& s, long long user_id);

// ---- need areas ----
std::vector<NeedArea> need_areas(soci::session& s, long long region_org_id, bool active_only);
std::optional<NeedArea> need_area(soci::session& s, long long region_org_id, long long id);
long long insert_need_area(soci::session& s, long long region_org_id, const NeedArea& n, long long now);
void update_need_area(soci::session& s, const NeedArea& n);
bool need_area_used(soci::session& s, long long id);
bool need_code_taken(soci::session& s, long long region_org_id, const std::string& code, long long except_id);

// ---- activities ----
// National rows and the region's rows of a kind ("" every kind), active and inactive, by kind/paragraph/letter.
std::vector<Activity> activities(soci::session& s, long long region_org_id, const std::string& kind_code);
std::optional<Activity> activity(soci::session& s, long long id);
long long insert_activity(soci::session& s, const Activity& a, long long now);
void update_activity(soci::session& s, const Activity& a);
// The national row with the same key (kind, paragraph, form scope, letter), if any.
std::optional<long long> national_activity_id(soci::session& s, const Activity& a);

// ---- cards and versions ----
struct CardRow {
  long long id = 0, region_org_id = 0;
  std::string kind_code, form_code;
  long long created_by = 0, created_at = 0;
};
struct VersionRow {
  long long id = 0, card_id = 0;
  int version_no = 0;
  std::string status;
  CardTexts texts;
  std::string comments_until;
  long long sent_at = 0, finalised_at = 0, published_at = 0, published_by = 0;
  std::string change_note;
  long long created_by = 0, created_at = 0, updated_at = 0;
};
std::vector<CardRow> cards(soci::session& s, long long region_org_id);
std::optional<CardRow> card(soci::session& s, long long id);
std::optional<CardRow> card_by_kind(soci::session& s, long long region_org_id, const std::string& kind_code,
                                    const std::string& form_code);
long long insert_card(soci::session& s, const CardRow& c);
std::vector<VersionRow> versions(soci::session& s, long long card_id);  // by version_no
std::optional<VersionRow> version(soci::session& s, long long id);
long long insert_version(soci::session& s, const VersionRow& v);
void update_version_content(soci::session& s, const VersionRow& v);
void set_version_status(soci::session& s, long long id, const std::string& status, long long now, long long user_id);
void set_version_sent(soci::session& s, long long id, const std::string& comments_until, long long now,
                      long long user_id);
// Needs of a version in position order, with the need area's code and names and the activities.
std::vector<CardNeed> version_needs(soci::session& s, long long version_id);
void replace_version_needs(soci::session& s, long long version_id, const std::vector<CardNeed>& needs);
// Published versions of the region's cards (every card's latest published).
struct PublishedRow {
  CardRow card;
  VersionRow version;
};
std::vector<PublishedRow> latest_published(soci::session& s, long long region_org_id);

// ---- recipients ----
void add_recipients(soci::session& s, long long version_id, const std::vector<long long>& org_ids);
std::vector<long long> recipients(soci::session& s, long long version_id);

// ---- comments ----
struct CommentRow {
  long long id = 0, version_id = 0;
  std::string part;
  long long author_user_id = 0, author_org_id = 0;
  std::string text, status, answer;
  long long answered_by = 0, answered_at = 0, created_at = 0;
  std::string author_org_name, author_name;
};
struct CommentCount {
  int total = 0, open = 0;
};
// Comments of a version; only the organisation's when author_org_id is given.
std::vector<CommentRow> comments(soci::session& s, long long version_id, std::optional<long long> author_org_id);
// Comments of these organisations across the region's cards (every card when region is 0).
std::vector<CommentRow> comments_of_orgs(soci::session& s, const std::vector<long long>& org_ids);
std::optional<CommentRow> comment(soci::session& s, long long id);
// The comments of a version; with author_orgs, only those written for one of these organisations (what a
// provider sees of them).
CommentCount count_comments(soci::session& s, long long version_id,
                            const std::optional<std::vector<long long>>& author_orgs = std::nullopt);
long long insert_comment(soci::session& s, const CommentRow& c);
void update_comment_text(soci::session& s, long long id, const std::string& part, const std::string& text);
void answer_comment(soci::session& s, long long id, const std::string& status, const std::string& answer,
                    long long user_id, long long now);

// ---- meetings ----
struct MeetingRow {
  long long id = 0, region_org_id = 0;
  std::string kind_code;
  long long card_version_id = 0;  // 0: none
  std::string title, held_on, starts_at, place, status, minutes;
  long long created_by = 0, created_at = 0, updated_at = 0;
  int invited = 0, attended = 0;
};
struct InvitationRow {
  long long org_id = 0;
  std::string org_name;
  bool attended = false;
  std::string attendees;
};
std::vector<MeetingRow> meetings(soci::session& s, long long region_org_id, const std::string& kind_code,
                                 std::optional<long long> invited_org = std::nullopt,
                                 const std::vector<long long>& invited_any = {});
std::optional<MeetingRow> meeting(soci::session& s, long long id);
long long insert_meeting(soci::session& s, const MeetingRow& m);
void update_meeting(soci::session& s, const MeetingRow& m);
std::vector<InvitationRow> invitations(soci::session& s, long long meeting_id);
void invite(soci::session& s, long long meeting_id, long long org_id, long long now);
void set_attendance(soci::session& s, long long meeting_id, long long org_id, bool attended,
                    const std::string& attendees);

}  // namespace kvalis::network::store::cards_repo
