#pragma once
// Service cards of a region (issue 12 item 1): the structs every part of the network module shares (the
// region, its need areas, the basic activities of a kind, a published card with its needs), and the pure
// rules of the card workflow: draft → comments (sent to the providers of the kind) → final → published
// (→ superseded by the next published version), who may comment, how the region answers a comment, and the
// comparison of two versions. No storage, no HTTP.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::network {

// The region organisation (kraj) that owns everything in nw_*.
struct RegionRef {
  long long org_id = 0;
  std::string region_code;
  std::string name;
};

// A need area of everyday life (oblast potřeb) of a region.
struct NeedArea {
  long long id = 0;
  std::string code, name_cs, name_en, description_cs;
  int position = 0;
  bool active = true;
};

// A basic activity (základní činnost) of a kind of service: national (from catalogues/basic_activities.csv,
// region_org_id NULL) or a region's own row completing or correcting the catalogue.
struct Activity {
  long long id = 0;
  long long region_org_id = 0;  // 0: national
  std::string kind_code, paragraph, form_scope, letter, text_cs, text_en, source;
  bool verified = false;
  int position = 0;
  bool active = true;
  bool national() const { return region_org_id == 0; }
};

// A need on a card version: the need area, what it means for the users of the kind (description), how the
// service helps (answer) and the basic activities that answer it.
struct CardNeed {
  long long need_area_id = 0;
  std::string code, name_cs, name_en, description, answer;
  int position = 0;
  std::vector<Activity> activities;
};

// The texts of a card version (what the service is for; what a user, the public and partner bodies can
// expect and cannot expect).
struct CardTexts {
  std::string title, summary;
  std::string user_expect, user_not_expect;
  std::string public_expect, public_not_expect;
  std::string partners_expect, partners_not_expect;
};

// The latest published version of a card of a region, with its needs in order.
struct PublishedCard {
  long long card_id = 0, version_id = 0;
  int version_no = 0;
  std::string kind_code, form_code, title, summary;
  long long published_at = 0;
  std::vector<CardNeed> needs;
  std::string user_expect, user_not_expect;
  std::string public_expect, public_not_expect;
  std::string partners_expect, partners_not_expect;
  std::string change_note;
};

// Parses catalogues/basic_activities.csv (columns kind_code, paragraph, form_scope, letter, activity_cs,
// kind_of_source, source_url) into national activities: source = "kind_of_source: source_url", verified when
// the source quotes the law's text ("quote of …"), position = the row's order within its kind. Problems name
// the line.
std::vector<Activity> parse_basic_activities(std::string_view csv_text, std::vector<std::string>& problems);
// A form scope as stored (";pob;amb;") from codes separated by ';' or ',' in any order ("" = every form).
std::string normalise_form_scope(std::string_view text);

// ---- Workflow ----------------------------------------------------------------------------------------

enum class CardStatus { draft, comments, final_, published, superseded };
enum class CardAction { edit, send, finalise, publish, new_version, comment, answer };
// Who acts on a card version: the region's managing staff (admin/manager of the region, platform admin), the
// region's other members (read only), a provider the version was sent to (member with network.respond), a
// provider member without the right to respond, any other organisation.
enum class CardActor { region_manager, region_reader, recipient_provider, recipient_reader, other };

std::string_view to_string(CardStatus v);
std::string_view to_string(CardAction v);
std::string_view to_string(CardActor v);
std::optional<CardStatus> parse_card_status(std::string_view text);
std::optional<CardAction> parse_card_action(std::string_view text);
std::optional<CardActor> parse_card_actor(std::string_view text);

// The facts a decision on a version needs besides the status and the actor.
struct CardFacts {
  bool is_latest = true;         // the latest version of its card
  bool open_version = false;     // the card has a draft/comments/final version (for new_version)
  int open_comments = 0;         // comments without an answer (for finalise)
  bool before_deadline = true;   // today <= comments_until (for comment)
};

// Whether the actor may do the action on a version in this status: ok, or the error (message key, with
// code forbidden/conflict) as table-driven tests list them.
Status card_action_allowed(CardStatus status, CardAction action, CardActor actor, const CardFacts& facts = {});
// Every action the actor may do now (for the UI's "allowed" list).
std::vector<CardAction> allowed_card_actions(CardStatus status, CardActor actor, const CardFacts& facts);

// ---- Comments ------------------------------------------------------------------------------------------

enum class CommentStatus { open, accepted, partly, rejected };
std::string_view to_string(CommentStatus v);
std::optional<CommentStatus> parse_comment_status(std::string_view text);

// The parts of a card a comment may be about: the fixed text parts and "need:<code>" of a need on the version.
const std::vector<std::string>& card_text_parts();
// Checks the part of a comment against the need codes of the version; error names field "part".
Status check_comment_part(std::string_view part, const std::vector<std::string>& need_codes);
// The region's answer: status accepted/partly/rejected (open is not an answer), the answer text required for
// partly and rejected (the reason); at most 4000 characters.
Status check_comment_answer(std::string_view status_text, std::string_view answer);
// A comment text: required, at most 4000 characters.
Status check_comment_text(std::string_view text);
// The label of a part for the UI ("Co může očekávat uživatel", "Potřeba: Bydlení").
std::string card_part_label(std::string_view part, const std::vector<NeedArea>& needs, bool english = false);

// ---- Comparison --------------------------------------------------------------------------------------

enum class Change { added, removed, changed, same };
std::string_view to_string(Change v);

// The comparable content of a version.
struct CardContent {
  CardTexts texts;
  std::vector<CardNeed> needs;  // in order
};

struct PartDiff {
  std::string part;   // "title", …, "need:<code>", "need:<code>:activities"
  std::string label;     // Czech label
  std::string label_en;  // English label
  std::string before, after;
  Change change = Change::same;
};

// Part by part: the eight texts, then every need of either version (in the after version's order, removed
// ones after): its description/answer and its activities (listed as "§40 a) text").
std::vector<PartDiff> compare_cards(const CardContent& before, const CardContent& after);

}  // namespace kvalis::network
