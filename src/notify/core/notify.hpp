#pragma once
// Notifications: what needs a user, computed from the modules' data (forms before a round's deadline,
// corrective actions due or overdue, comments to answer, audits to close), and the rules around it: which
// item is due, which kinds a role gets, what is e-mailed at once and what waits for the daily digest, and
// the texts in the user's language. Pure: the use cases (notify/app/notifications.hpp) read the items
// through the other modules' app layer. Table tests: tests/data/notify/*.csv.
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"
#include "platform/core/result.hpp"

namespace kvalis::notify {

enum class Kind { form_due, action_due, action_overdue, comment_to_answer, audit_to_close };
inline constexpr std::array kKinds = {Kind::form_due, Kind::action_due, Kind::action_overdue, Kind::comment_to_answer,
                                      Kind::audit_to_close};
// "benchmark.form_due", "quality.action_due", "quality.action_overdue", "comment.to_answer",
// "quality.audit_to_close".
std::string_view to_string(Kind kind);
std::optional<Kind> parse_kind(std::string_view text);

enum class Frequency { immediate, daily };
std::string_view to_string(Frequency f);
std::optional<Frequency> parse_frequency(std::string_view text);

// A form is due this many days before its round's deadline; an open action this many days before its
// due date (from then on it is overdue).
inline constexpr int kFormDueDays = 14;
inline constexpr int kActionDueDays = 7;

// ---- rules -------------------------------------------------------------------------------------------

// A form not yet submitted is due when its round has a deadline at most `within` days ahead or passed.
// deadline, today: YYYY-MM-DD; an empty or invalid deadline is never due.
bool form_due(std::string_view deadline, std::string_view today, int within = kFormDueDays);

// An open corrective action: overdue after its due date, due when at most `within` days are left.
// days_left: due date − today (negative when overdue).
std::optional<Kind> action_kind(int days_left, int within = kActionDueDays);

// What a user does decides what they are told of: forms (a provider's admins, managers and workers who
// fill them), actions and audits (whoever reads quality), comments (region staff who manage cards).
struct RoleFacts {
  bool fills_forms = false;
  bool reads_quality = false;
  bool answers_comments = false;
};
RoleFacts role_facts(const accounts::Principal& p);
bool gets_kind(const RoleFacts& facts, Kind kind);

// ---- items -------------------------------------------------------------------------------------------

struct Item {
  Kind kind = Kind::form_due;
  std::string key;       // "quality.action_overdue:12": a new state of the same thing is a new item
  std::string subject;   // the action's text, the service of a form, the audit's title, the card's kind
  std::string context;   // the round, the audit of an action, the organisation
  std::string due_date;  // YYYY-MM-DD or ""
  std::string link;      // path of the page in the web front end ("/quality/actions/12")
  int count = 0;         // comments to answer on the card version
  int days = 0;          // days left (negative: overdue)
  bool read = false;
};
std::string item_key(Kind kind, std::string_view id);

// The title of the item in the language ("cs" or "en"; anything else reads Czech).
std::string title_of(const Item& item, std::string_view language);
// The name of a kind, as the preferences and a digest's headings show it.
std::string kind_label(Kind kind, std::string_view language);

// Items sorted for a list: the earliest due date first (items without one last), then by key.
void sort_items(std::vector<Item>& items);

// ---- preferences and sending -------------------------------------------------------------------------

struct Preferences {
  std::set<Kind> email_off;  // kinds the user does not want by e-mail; every kind is on by default
  Frequency frequency = Frequency::daily;
  bool email_on(Kind k) const { return !email_off.count(k); }
};

// Preferences from their text form (the API's): an unknown frequency or kind is an error naming the field
// ("frequency", "kinds[2].kind"); kinds not listed keep e-mail on.
struct KindChoice {
  std::string kind;
  bool email = true;
};
Result<Preferences> preferences_from(std::string_view frequency, const std::vector<KindChoice>& kinds);

// The items to e-mail at once: of the kinds the user wants, not yet sent (sent: their keys).
std::vector<Item> immediate_items(const std::vector<Item>& items, const Preferences& prefs,
                                  const std::set<std::string>& sent);
// The items of a daily digest: every current item of the kinds the user wants.
std::vector<Item> digest_items(const std::vector<Item>& items, const Preferences& prefs);

// Whether the daily digest is due: the hour has come (hour: 0–23 now, digest_hour the configured hour).
bool digest_due(int hour, int digest_hour);

// Items of a message grouped by kind in the order of kKinds, each group in list order.
struct Group {
  Kind kind;
  std::vector<Item> items;
};
std::vector<Group> group_by_kind(std::vector<Item> items);

// The subject and plain-text body of a message with these items (one item: its title is the subject;
// several: a count, the body grouped by kind), links made absolute with public_url.
struct MailText {
  std::string subject;
  std::string body;
};
MailText mail_text(const std::vector<Item>& items, std::string_view language, std::string_view public_url, bool digest);

// ---- MIME (RFC 5322, 2045, 2047) ---------------------------------------------------------------------

// An RFC 2047 encoded word (UTF-8, base64) when the text is not plain ASCII, else the text itself; long
// texts are split into several words at character boundaries, folded with CRLF and a space.
std::string encode_header(std::string_view text);
// Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF line ends, lines at most 76 characters.
std::string quoted_printable(std::string_view text);
std::string base64(std::string_view bytes);

struct Mail {
  std::string from;  // address
  std::string to;    // address
  std::string subject;
  std::string body;        // UTF-8 text
  std::string date;        // RFC 5322 date-time
  std::string message_id;  // without the angle brackets
};
// The whole message: headers and a text/plain; charset=UTF-8 body in quoted-printable.
std::string compose(const Mail& mail);

// A plausible e-mail address (something@domain.tld, no spaces or angle brackets): what is worth sending to.
bool valid_address(std::string_view address);

}  // namespace kvalis::notify
