#include "notify/core/notify.hpp"

#include <algorithm>

#include "platform/core/dates.hpp"

namespace kvalis::notify {
namespace {

std::optional<int> days_from(std::string_view from, std::string_view to) {
  const auto a = parse_timestamp(from);
  const auto b = parse_timestamp(to);
  if (!a || !b || !is_valid_date(from) || !is_valid_date(to)) return std::nullopt;
  return static_cast<int>((*b - *a) / 86400);
}

bool czech(std::string_view language) { return language != "en"; }

// Czech plural of "comment" for a count (1 připomínka, 2–4 připomínky, 5+ připomínek).
std::string comments_cs(int n) {
  const char* word = n == 1 ? "připomínka" : (n >= 2 && n <= 4 ? "připomínky" : "připomínek");
  return std::to_string(n) + " " + word;
}

// Length of the UTF-8 sequence starting with this byte (1 for a stray continuation byte).
std::size_t utf8_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::string_view to_string(Kind kind) {
  switch (kind) {
    case Kind::form_due:
      return "benchmark.form_due";
    case Kind::action_due:
      return "quality.action_due";
    case Kind::action_overdue:
      return "quality.action_overdue";
    case Kind::comment_to_answer:
      return "comment.to_answer";
    case Kind::audit_to_close:
      return "quality.audit_to_close";
  }
  return "";
}

std::optional<Kind> parse_kind(std::string_view text) {
  for (auto k : kKinds)
    if (to_string(k) == text) return k;
  return std::nullopt;
}

std::string_view to_string(Frequency f) { return f == Frequency::immediate ? "immediate" : "daily"; }

std::optional<Frequency> parse_frequency(std::string_view text) {
  if (text == "immediate") return Frequency::immediate;
  if (text == "daily") return Frequency::daily;
  return std::nullopt;
}

bool form_due(std::string_view deadline, std::string_view today, int within) {
  const auto days = days_from(today, deadline);
  return days && *days <= within;
}

std::optional<Kind> action_kind(int days_left, int within) {
  if (days_left < 0) return Kind::action_overdue;
  if (days_left <= within) return Kind::action_due;
  return std::nullopt;
}

RoleFacts role_facts(const accounts::Principal& p) {
  using accounts::OrganisationType;
  using accounts::Role;
  RoleFacts f;
  f.reads_quality = accounts::has_permission(p, accounts::Permission::quality_read);
  for (const auto& m : p.memberships) {
    if (m.organisation_type == OrganisationType::provider &&
        (m.role == Role::admin || m.role == Role::manager || m.role == Role::worker))
      f.fills_forms = f.fills_forms || accounts::has_permission(p, accounts::Permission::benchmark_submit);
    if (m.organisation_type == OrganisationType::region && (m.role == Role::admin || m.role == Role::manager))
      f.answers_comments = f.answers_comments || accounts::has_permission(p, accounts::Permission::network_manage);
  }
  return f;
}

bool gets_kind(const RoleFacts& facts, Kind kind) {
  switch (kind) {
    case Kind::form_due:
      return facts.fills_forms;
    case Kind::action_due:
    case Kind::action_overdue:
    case Kind::audit_to_close:
      return facts.reads_quality;
    case Kind::comment_to_answer:
      return facts.answers_comments;
  }
  return false;
}

std::string item_key(Kind kind, std::string_view id) { return std::string(to_string(kind)) + ":" + std::string(id); }

std::string title_of(const Item& item, std::string_view language) {
  const bool cs = czech(language);
  // The date as the application shows it in both languages ("31. 3. 2026"), as the page does beneath the title.
  const std::string due = czech_date(item.due_date);
  switch (item.kind) {
    case Kind::form_due:
      if (item.days < 0)
        return cs ? "Formulář „" + item.subject + "“ (" + item.context + ") nebyl odevzdán, termín " + due + " uplynul"
                  : "Form '" + item.subject + "' (" + item.context + ") not submitted, the deadline " + due +
                        " has passed";
      return cs ? "Odevzdejte formulář „" + item.subject + "“ (" + item.context + ") do " + due
                : "Submit the form '" + item.subject + "' (" + item.context + ") by " + due;
    case Kind::action_due:
      return cs ? "Nápravné opatření „" + item.subject + "“ má termín " + due
                : "Corrective action '" + item.subject + "' is due on " + due;
    case Kind::action_overdue:
      return cs ? "Nápravné opatření „" + item.subject + "“ je po termínu (" + due + ")"
                : "Corrective action '" + item.subject + "' is overdue (due " + due + ")";
    case Kind::comment_to_answer:
      return cs ? "Karta „" + item.subject + "“: " + comments_cs(item.count) + " k vypořádání"
                : "Card '" + item.subject + "': " + std::to_string(item.count) +
                      (item.count == 1 ? " comment" : " comments") + " to answer";
    case Kind::audit_to_close:
      return cs ? "Audit „" + item.subject + "“ je celý ohodnocen a čeká na uzavření"
                : "Audit '" + item.subject + "' is fully scored and waits to be closed";
  }
  return item.subject;
}

std::string kind_label(Kind kind, std::string_view language) {
  const bool cs = czech(language);
  switch (kind) {
    case Kind::form_due:
      return cs ? "Formuláře před termínem kola" : "Forms before a round's deadline";
    case Kind::action_due:
      return cs ? "Nápravná opatření s blížícím se termínem" : "Corrective actions due soon";
    case Kind::action_overdue:
      return cs ? "Nápravná opatření po termínu" : "Overdue corrective actions";
    case Kind::comment_to_answer:
      return cs ? "Připomínky k vypořádání" : "Comments to answer";
    case Kind::audit_to_close:
      return cs ? "Audity k uzavření" : "Audits to close";
  }
  return std::string(to_string(kind));
}

void sort_items(std::vector<Item>& items) {
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.due_date.empty() != b.due_date.empty()) return b.due_date.empty();
    if (a.due_date != b.due_date) return a.due_date < b.due_date;
    return a.key < b.key;
  });
}

Result<Preferences> preferences_from(std::string_view frequency, const std::vector<KindChoice>& kinds) {
  Preferences p;
  const auto f = parse_frequency(frequency);
  if (!f) return invalid("frequency", "notify.frequency.invalid", {{"value", std::string(frequency)}});
  p.frequency = *f;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    const auto k = parse_kind(kinds[i].kind);
    if (!k) return invalid("kinds[" + std::to_string(i) + "].kind", "notify.kind.invalid", {{"value", kinds[i].kind}});
    if (kinds[i].email)
      p.email_off.erase(*k);
    else
      p.email_off.insert(*k);
  }
  return p;
}

std::vector<Item> immediate_items(const std::vector<Item>& items, const Preferences& prefs,
                                  const std::set<std::string>& sent) {
  std::vector<Item> out;
  if (prefs.frequency != Frequency::immediate) return out;
  for (const auto& item : items)
    if (prefs.email_on(item.kind) && !sent.count(item.key)) out.push_back(item);
  return out;
}

std::vector<Item> digest_items(const std::vector<Item>& items, const Preferences& prefs) {
  std::vector<Item> out;
  if (prefs.frequency != Frequency::daily) return out;
  for (const auto& item : items)
    if (prefs.email_on(item.kind)) out.push_back(item);
  return out;
}

bool digest_due(int hour, int digest_hour) { return hour >= digest_hour; }

std::vector<Group> group_by_kind(std::vector<Item> items) {
  std::vector<Group> groups;
  for (auto k : kKinds) {
    Group g{k, {}};
    for (const auto& item : items)
      if (item.kind == k) g.items.push_back(item);
    if (!g.items.empty()) groups.push_back(std::move(g));
  }
  return groups;
}

MailText mail_text(const std::vector<Item>& items, std::string_view language, std::string_view public_url,
                   bool digest) {
  const bool cs = czech(language);
  std::string base(public_url);
  while (!base.empty() && base.back() == '/') base.pop_back();
  MailText m;
  const auto n = std::to_string(items.size());
  if (digest)
    m.subject = cs ? "Kvalis: denní přehled (" + n + ")" : "Kvalis: daily digest (" + n + ")";
  else if (items.size() == 1)
    m.subject = "Kvalis: " + title_of(items.front(), language);
  else
    m.subject = cs ? "Kvalis: " + n + " nových upozornění" : "Kvalis: " + n + " new notifications";
  std::string body = cs ? "Dobrý den,\n\nv Kvalisu na vás čeká:\n" : "Hello,\n\nthis needs you in Kvalis:\n";
  for (const auto& g : group_by_kind(items)) {
    body += "\n" + kind_label(g.kind, language) + "\n";
    for (const auto& item : g.items) body += "- " + title_of(item, language) + "\n  " + base + item.link + "\n";
  }
  body += cs ? "\nUpozornění si nastavíte v profilu: " + base + "/profile\n"
             : "\nChoose your notifications in your profile: " + base + "/profile\n";
  m.body = std::move(body);
  return m;
}

std::string base64(std::string_view bytes) {
  static constexpr char kTable[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kTable[v >> 18 & 63];
    out += kTable[v >> 12 & 63];
    out += kTable[v >> 6 & 63];
    out += kTable[v & 63];
  }
  if (const auto rest = bytes.size() - i; rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kTable[v >> 18 & 63];
    out += kTable[v >> 12 & 63];
    out += rest == 2 ? kTable[v >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

std::string encode_header(std::string_view text) {
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F;
  });
  if (ascii && text.size() <= 60) return std::string(text);
  // At most 39 bytes per word: its base64 (52), the frame (12) and "Subject: " stay within 76 characters.
  constexpr std::size_t kChunk = 39;
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = at;
    while (end < text.size()) {
      const auto len = utf8_length(static_cast<unsigned char>(text[end]));
      if (end + len - at > kChunk) break;
      end += len;
    }
    if (end == at) end = std::min(text.size(), at + kChunk);
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(at, end - at)) + "?=";
    at = end;
  }
  return out;
}

std::string quoted_printable(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  std::size_t column = 0;
  auto put = [&](const std::string& piece) {
    if (column + piece.size() > 75) {  // a soft line break keeps lines within 76 characters
      out += "=\r\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      // A space or tab before a line end is encoded (RFC 2045: trailing white space is dropped in transit).
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        const char last = out.back();
        out.pop_back();
        --column;
        put(std::string("=") + kHex[static_cast<unsigned char>(last) >> 4] +
            kHex[static_cast<unsigned char>(last) & 15]);
      }
      out += "\r\n";
      column = 0;
    } else if (c == '\r') {
      continue;
    } else if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t') {
      put(std::string(1, static_cast<char>(c)));
    } else {
      // Keep a UTF-8 character's bytes on one line.
      const auto len = std::min(utf8_length(c), text.size() - i);
      std::string piece;
      for (std::size_t k = 0; k < len; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        piece += '=';
        piece += kHex[b >> 4];
        piece += kHex[b & 15];
      }
      put(piece);
      i += len - 1;
    }
  }
  return out;
}

std::string compose(const Mail& mail) {
  std::string body = mail.body;
  if (body.empty() || body.back() != '\n') body += '\n';
  std::string out;
  out += "From: " + mail.from + "\r\n";
  out += "To: " + mail.to + "\r\n";
  out += "Subject: " + encode_header(mail.subject) + "\r\n";
  out += "Date: " + mail.date + "\r\n";
  out += "Message-ID: <" + mail.message_id + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "\r\n";
  out += quoted_printable(body);
  return out;
}

bool valid_address(std::string_view a) {
  if (a.size() < 5 || a.size() > 254) return false;
  for (char c : a)
    if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' ||
        static_cast<unsigned char>(c) == 0x7F)
      return false;
  const auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || a.find('@', at + 1) != std::string_view::npos) return false;
  const auto domain = a.substr(at + 1);
  const auto dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

}  // namespace kvalis::notify
