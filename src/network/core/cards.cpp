#include "network/core/cards.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

#include "platform/core/csv.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"

namespace kvalis::network {

namespace {

template <class E, std::size_t N>
std::optional<E> parse_from(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text) {
  for (const auto& [v, name] : table)
    if (name == text) return v;
  return std::nullopt;
}
template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E v) {
  for (const auto& [e, name] : table)
    if (e == v) return name;
  return {};
}

constexpr std::array<std::pair<CardStatus, std::string_view>, 5> kStatuses{{{CardStatus::draft, "draft"},
                                                                             {CardStatus::comments, "comments"},
                                                                             {CardStatus::final_, "final"},
                                                                             {CardStatus::published, "published"},
                                                                             {CardStatus::superseded, "superseded"}}};
constexpr std::array<std::pair<CardAction, std::string_view>, 7> kActions{{{CardAction::edit, "edit"},
                                                                            {CardAction::send, "send"},
                                                                            {CardAction::finalise, "finalise"},
                                                                            {CardAction::publish, "publish"},
                                                                            {CardAction::new_version, "new_version"},
                                                                            {CardAction::comment, "comment"},
                                                                            {CardAction::answer, "answer"}}};
constexpr std::array<std::pair<CardActor, std::string_view>, 5> kActors{
    {{CardActor::region_manager, "region_manager"},
     {CardActor::region_reader, "region_reader"},
     {CardActor::recipient_provider, "recipient_provider"},
     {CardActor::recipient_reader, "recipient_reader"},
     {CardActor::other, "other"}}};
constexpr std::array<std::pair<CommentStatus, std::string_view>, 4> kCommentStatuses{
    {{CommentStatus::open, "open"},
     {CommentStatus::accepted, "accepted"},
     {CommentStatus::partly, "partly"},
     {CommentStatus::rejected, "rejected"}}};
constexpr std::array<std::pair<Change, std::string_view>, 4> kChanges{
    {{Change::added, "added"}, {Change::removed, "removed"}, {Change::changed, "changed"}, {Change::same, "same"}}};

constexpr std::size_t kMaxCommentText = 4000;

}  // namespace

std::string_view to_string(CardStatus v) { return name_of(kStatuses, v); }
std::string_view to_string(CardAction v) { return name_of(kActions, v); }
std::string_view to_string(CardActor v) { return name_of(kActors, v); }
std::string_view to_string(CommentStatus v) { return name_of(kCommentStatuses, v); }
std::string_view to_string(Change v) { return name_of(kChanges, v); }
std::optional<CardStatus> parse_card_status(std::string_view text) { return parse_from(kStatuses, text); }
std::optional<CardAction> parse_card_action(std::string_view text) { return parse_from(kActions, text); }
std::optional<CardActor> parse_card_actor(std::string_view text) { return parse_from(kActors, text); }
std::optional<CommentStatus> parse_comment_status(std::string_view text) { return parse_from(kCommentStatuses, text); }

// ---- Basic activities ----

std::string normalise_form_scope(std::string_view text) {
  std::set<std::string> codes;
  std::string cur;
  auto flush = [&] {
    auto t = trim(cur);
    if (!t.empty()) codes.insert(t);
    cur.clear();
  };
  for (char c : text) {
    if (c == ';' || c == ',' || c == ' ')
      flush();
    else
      cur += c;
  }
  flush();
  if (codes.empty()) return {};
  std::string out = ";";
  for (const auto& c : codes) out += c + ";";
  return out;
}

std::vector<Activity> parse_basic_activities(std::string_view csv_text, std::vector<std::string>& problems) {
  std::vector<Activity> out;
  std::string error;
  long long error_line = 0;
  const auto records = csv::parse_all(csv_text, &error, &error_line);
  if (!error.empty()) {
    problems.push_back("line " + std::to_string(error_line) + ": " + error);
    return out;
  }
  if (records.empty()) {
    problems.push_back("line 1: no header");
    return out;
  }
  const csv::Header header(records.front().fields);
  constexpr std::array<std::string_view, 7> kColumns = {"kind_code", "paragraph", "form_scope",    "letter",
                                                        "activity_cs", "kind_of_source", "source_url"};
  std::array<std::size_t, 7> at{};
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    auto pos = header.find(kColumns[i]);
    if (!pos) {
      problems.push_back("line 1: column " + std::string(kColumns[i]) + " is missing");
      return out;
    }
    at[i] = *pos;
  }
  std::map<std::string, int> position_in_kind;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    auto field = [&](std::size_t i) { return at[i] < rec.fields.size() ? trim(rec.fields[at[i]]) : std::string(); };
    Activity a;
    a.kind_code = field(0);
    a.paragraph = field(1);
    a.form_scope = normalise_form_scope(field(2));
    a.letter = field(3);
    a.text_cs = field(4);
    const std::string kind_of_source = field(5);
    const std::string url = field(6);
    if (a.kind_code.empty() && a.text_cs.empty()) continue;  // an empty line
    if (a.kind_code.empty() || a.kind_code.find_first_not_of("0123456789") != std::string::npos) {
      problems.push_back("line " + std::to_string(rec.line) + ": kind_code must be a registry code");
      continue;
    }
    if (a.text_cs.empty()) {
      problems.push_back("line " + std::to_string(rec.line) + ": activity_cs is empty");
      continue;
    }
    a.source = url.empty() ? kind_of_source : kind_of_source + ": " + url;
    a.verified = kind_of_source.rfind("quote", 0) == 0;
    a.position = ++position_in_kind[a.kind_code];
    out.push_back(std::move(a));
  }
  return out;
}

// ---- Workflow ----

Status card_action_allowed(CardStatus status, CardAction action, CardActor actor, const CardFacts& facts) {
  const bool manager = actor == CardActor::region_manager;
  switch (action) {
    case CardAction::edit:
      if (!manager) return forbidden("network.cards.manage_forbidden");
      if (status != CardStatus::draft) return conflict("status", "network.cards.not_draft");
      return ok_status();
    case CardAction::send:
      if (!manager) return forbidden("network.cards.manage_forbidden");
      if (status != CardStatus::draft) return conflict("status", "network.cards.send_not_draft");
      return ok_status();
    case CardAction::finalise:
      if (!manager) return forbidden("network.cards.manage_forbidden");
      if (status != CardStatus::comments) return conflict("status", "network.cards.finalise_not_comments");
      if (facts.open_comments > 0) return conflict("status", "network.cards.comments_open");
      return ok_status();
    case CardAction::publish:
      if (!manager) return forbidden("network.cards.manage_forbidden");
      if (status != CardStatus::final_) return conflict("status", "network.cards.publish_not_final");
      return ok_status();
    case CardAction::new_version:
      if (!manager) return forbidden("network.cards.manage_forbidden");
      if (facts.open_version || !facts.is_latest || status != CardStatus::published)
        return conflict("status", "network.cards.version_open");
      return ok_status();
    case CardAction::comment:
      if (actor == CardActor::recipient_reader) return forbidden("network.comments.no_right");
      if (actor != CardActor::recipient_provider) return forbidden("network.comments.not_recipient");
      if (status != CardStatus::comments) return conflict("status", "network.comments.closed");
      if (!facts.before_deadline) return conflict("comments_until", "network.comments.deadline_passed");
      return ok_status();
    case CardAction::answer:
      if (!manager) return forbidden("network.cards.manage_forbidden");
      if (status != CardStatus::comments) return conflict("status", "network.comments.answer_closed");
      return ok_status();
  }
  return forbidden("network.cards.manage_forbidden");
}

std::vector<CardAction> allowed_card_actions(CardStatus status, CardActor actor, const CardFacts& facts) {
  std::vector<CardAction> out;
  for (const auto& [action, name] : kActions) {
    (void)name;
    if (card_action_allowed(status, action, actor, facts).ok()) out.push_back(action);
  }
  return out;
}

// ---- Comments ----

const std::vector<std::string>& card_text_parts() {
  static const std::vector<std::string> parts = {"general",         "summary",       "user_expect",
                                                 "user_not_expect", "public_expect", "public_not_expect",
                                                 "partners_expect", "partners_not_expect"};
  return parts;
}

Status check_comment_part(std::string_view part, const std::vector<std::string>& need_codes) {
  const auto& parts = card_text_parts();
  if (std::find(parts.begin(), parts.end(), part) != parts.end()) return ok_status();
  constexpr std::string_view kNeed = "need:";
  if (part.substr(0, kNeed.size()) == kNeed) {
    const auto code = part.substr(kNeed.size());
    if (std::find(need_codes.begin(), need_codes.end(), code) != need_codes.end()) return ok_status();
  }
  if (part.empty()) return invalid("part", "network.comments.part_required");
  return invalid("part", "network.comments.part_unknown", {{"value", std::string(part)}});
}

Status check_comment_text(std::string_view text) {
  if (trim(text).empty()) return invalid("text", "network.comments.text_required");
  if (text.size() > kMaxCommentText) return invalid("text", "network.comments.too_long");
  return check_characters("text", text, true);
}

Status check_comment_answer(std::string_view status_text, std::string_view answer) {
  const auto status = parse_comment_status(status_text);
  if (!status || *status == CommentStatus::open)
    return invalid("status", "network.comments.answer_status", {{"value", std::string(status_text)}});
  if ((*status == CommentStatus::rejected || *status == CommentStatus::partly) && trim(answer).empty())
    return invalid("answer", "network.comments.reason_required");
  if (answer.size() > kMaxCommentText) return invalid("answer", "network.comments.too_long");
  return check_characters("answer", answer, true);
}

namespace {
struct PartName {
  std::string_view part, cs, en;
};
constexpr std::array<PartName, 9> kPartNames{{
    {"general", "Karta jako celek", "The card as a whole"},
    {"title", "Název", "Title"},
    {"summary", "K čemu služba je", "What the service is for"},
    {"user_expect", "Co může očekávat uživatel", "What a user can expect"},
    {"user_not_expect", "Co uživatel očekávat nemůže", "What a user cannot expect"},
    {"public_expect", "Co může očekávat veřejnost", "What the public can expect"},
    {"public_not_expect", "Co veřejnost očekávat nemůže", "What the public cannot expect"},
    {"partners_expect", "Co mohou očekávat spolupracující subjekty", "What partner bodies can expect"},
    {"partners_not_expect", "Co spolupracující subjekty očekávat nemohou", "What partner bodies cannot expect"},
}};
}  // namespace

std::string card_part_label(std::string_view part, const std::vector<NeedArea>& needs, bool english) {
  for (const auto& p : kPartNames)
    if (p.part == part) return std::string(english ? p.en : p.cs);
  constexpr std::string_view kNeed = "need:";
  if (part.substr(0, kNeed.size()) == kNeed) {
    std::string_view code = part.substr(kNeed.size());
    bool activities = false;
    constexpr std::string_view kAct = ":activities";
    if (code.size() > kAct.size() && code.substr(code.size() - kAct.size()) == kAct) {
      code = code.substr(0, code.size() - kAct.size());
      activities = true;
    }
    std::string name(code);
    for (const auto& n : needs)
      if (n.code == code) name = english && !n.name_en.empty() ? n.name_en : n.name_cs;
    if (activities) return (english ? "Basic activities: " : "Základní činnosti: ") + name;
    return (english ? "Need: " : "Potřeba: ") + name;
  }
  return std::string(part);
}

// ---- Comparison ----

namespace {

std::string need_text(const CardNeed& n) {
  std::string out = n.description;
  if (!n.answer.empty()) {
    if (!out.empty()) out += "\n";
    out += n.answer;
  }
  return out;
}

std::string activity_line(const Activity& a) {
  std::string out = a.paragraph;
  if (!a.letter.empty()) out += (out.empty() ? "" : " ") + a.letter + ")";
  if (!out.empty()) out += " ";
  return out + a.text_cs;
}

std::string activities_text(const CardNeed& n) {
  std::vector<std::string> lines;
  for (const auto& a : n.activities) lines.push_back(activity_line(a));
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

Change change_of(const std::string& before, const std::string& after) {
  if (before == after) return Change::same;
  if (before.empty()) return Change::added;
  if (after.empty()) return Change::removed;
  return Change::changed;
}

std::vector<NeedArea> areas_of(const CardContent& a, const CardContent& b) {
  std::vector<NeedArea> out;
  for (const auto* c : {&a, &b})
    for (const auto& n : c->needs) out.push_back({n.need_area_id, n.code, n.name_cs, n.name_en, "", 0, true});
  return out;
}

}  // namespace

std::vector<PartDiff> compare_cards(const CardContent& before, const CardContent& after) {
  std::vector<PartDiff> out;
  const auto areas = areas_of(before, after);
  const std::array<std::pair<std::string_view, std::string CardTexts::*>, 8> texts{{
      {"title", &CardTexts::title},
      {"summary", &CardTexts::summary},
      {"user_expect", &CardTexts::user_expect},
      {"user_not_expect", &CardTexts::user_not_expect},
      {"public_expect", &CardTexts::public_expect},
      {"public_not_expect", &CardTexts::public_not_expect},
      {"partners_expect", &CardTexts::partners_expect},
      {"partners_not_expect", &CardTexts::partners_not_expect},
  }};
  for (const auto& [part, member] : texts) {
    PartDiff d;
    d.part = std::string(part);
    d.label = card_part_label(part, areas);
    d.label_en = card_part_label(part, areas, true);
    d.before = before.texts.*member;
    d.after = after.texts.*member;
    d.change = change_of(d.before, d.after);
    out.push_back(std::move(d));
  }
  auto find = [](const CardContent& c, long long id) -> const CardNeed* {
    for (const auto& n : c.needs)
      if (n.need_area_id == id) return &n;
    return nullptr;
  };
  auto add_need = [&](const CardNeed* b, const CardNeed* a) {
    const CardNeed& any = a ? *a : *b;
    PartDiff d;
    d.part = "need:" + any.code;
    d.label = card_part_label(d.part, areas);
    d.label_en = card_part_label(d.part, areas, true);
    d.before = b ? need_text(*b) : "";
    d.after = a ? need_text(*a) : "";
    d.change = !b ? Change::added : !a ? Change::removed : (d.before == d.after ? Change::same : Change::changed);
    out.push_back(std::move(d));
    PartDiff act;
    act.part = "need:" + any.code + ":activities";
    act.label = card_part_label(act.part, areas);
    act.label_en = card_part_label(act.part, areas, true);
    act.before = b ? activities_text(*b) : "";
    act.after = a ? activities_text(*a) : "";
    act.change = !b ? Change::added : !a ? Change::removed : change_of(act.before, act.after);
    out.push_back(std::move(act));
  };
  for (const auto& n : after.needs) add_need(find(before, n.need_area_id), &n);
  for (const auto& n : before.needs)
    if (!find(after, n.need_area_id)) add_need(&n, nullptr);
  return out;
}

}  // namespace kvalis::network
