// Rules of service cards (network/core/cards.hpp), table-driven: the workflow (status × action × actor with the
// facts → allowed or the refusal), comments (parts, texts, the region's answers), and the comparison of two
// versions part by part.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <sstream>

#include "network/core/cards.hpp"
#include "support/data_table.hpp"

namespace kvalis::testing {
namespace {

using namespace kvalis::network;

std::string code_name(ErrorCode c) {
  switch (c) {
    case ErrorCode::forbidden:
      return "forbidden";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::invalid_input:
      return "invalid";
    default:
      return "other";
  }
}

TEST(NetworkCardsRules, WorkflowTable) {
  const auto table = load_data_table("network/cards_workflow.csv");
  for (const auto& row : table.rows) {
    const auto status = parse_card_status(table.get(row, "status"));
    const auto action = parse_card_action(table.get(row, "action"));
    const auto actor = parse_card_actor(table.get(row, "actor"));
    ASSERT_TRUE(status && action && actor) << "line " << row.line;
    CardFacts facts;
    facts.open_comments = std::stoi(table.get(row, "open_comments"));
    facts.before_deadline = table.get(row, "before_deadline") == "1";
    facts.is_latest = table.get(row, "is_latest") == "1";
    facts.open_version = table.get(row, "open_version") == "1";
    const auto st = card_action_allowed(*status, *action, *actor, facts);
    const std::string got = st ? "ok" : code_name(st.error().code) + ":" + st.error().message_key;
    EXPECT_EQ(got, table.get(row, "expected")) << "line " << row.line;
    // The "allowed" list agrees with the single decisions.
    const auto allowed = allowed_card_actions(*status, *actor, facts);
    const bool listed = std::find(allowed.begin(), allowed.end(), *action) != allowed.end();
    EXPECT_EQ(listed, st.ok()) << "line " << row.line;
  }
}

TEST(NetworkCardsRules, StatusNamesRoundTrip) {
  for (auto s : {CardStatus::draft, CardStatus::comments, CardStatus::final_, CardStatus::published,
                 CardStatus::superseded})
    EXPECT_EQ(parse_card_status(to_string(s)), s);
  EXPECT_EQ(to_string(CardStatus::final_), "final");
  EXPECT_FALSE(parse_card_status("Final"));
  EXPECT_FALSE(parse_comment_status("zamitnuto"));
}

TEST(NetworkCardsRules, CommentsTable) {
  const auto table = load_data_table("network/cards_comments.csv");
  for (const auto& row : table.rows) {
    const auto check = table.get(row, "check");
    const auto value = table.get(row, "value");
    Status st = ok_status();
    if (check == "part") {
      std::vector<std::string> needs;
      std::stringstream in(table.get(row, "needs"));
      for (std::string code; std::getline(in, code, ';');)
        if (!code.empty()) needs.push_back(code);
      st = check_comment_part(value, needs);
    } else if (check == "text") {
      st = check_comment_text(value);
    } else {
      st = check_comment_answer(value, table.get(row, "answer"));
    }
    const std::string got = st ? "ok" : st.error().field + ":" + st.error().message_key;
    EXPECT_EQ(got, table.get(row, "expected")) << "line " << row.line;
  }
  EXPECT_EQ(check_comment_text(std::string(4001, 'a')).error().message_key, "network.comments.too_long");
}

TEST(NetworkCardsRules, PartLabelsNameTheNeed) {
  const std::vector<NeedArea> needs = {{1, "bydleni", "Bydlení", "housing", "", 1, true}};
  EXPECT_EQ(card_part_label("user_expect", needs), "Co může očekávat uživatel");
  EXPECT_EQ(card_part_label("user_expect", needs, true), "What a user can expect");
  EXPECT_EQ(card_part_label("need:bydleni", needs), "Potřeba: Bydlení");
  EXPECT_EQ(card_part_label("need:bydleni", needs, true), "Need: housing");
  EXPECT_EQ(card_part_label("need:bydleni:activities", needs), "Základní činnosti: Bydlení");
  EXPECT_EQ(card_part_label("general", needs), "Karta jako celek");
}

// "code=description|answer|ids;…" → needs; activity i is "§40 <letter>) činnost i".
std::vector<CardNeed> needs_of(const std::string& text) {
  std::vector<CardNeed> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ';');) {
    if (item.empty()) continue;
    CardNeed n;
    const auto eq = item.find('=');
    n.code = item.substr(0, eq);
    // The same code is the same need area in both versions.
    n.need_area_id = static_cast<long long>(std::hash<std::string>{}(n.code) % 100000);
    n.name_cs = n.code;
    std::vector<std::string> parts;
    std::stringstream p(item.substr(eq + 1));
    for (std::string x; std::getline(p, x, '|');) parts.push_back(x);
    parts.resize(3);
    n.description = parts[0];
    n.answer = parts[1];
    std::stringstream ids(parts[2]);
    for (long long id; ids >> id;) {
      Activity a;
      a.id = id;
      a.paragraph = "§40";
      a.letter = std::string(1, static_cast<char>('a' + id));
      a.text_cs = "činnost " + std::to_string(id);
      n.activities.push_back(a);
    }
    out.push_back(std::move(n));
  }
  return out;
}

TEST(NetworkCardsRules, ComparisonTable) {
  const auto table = load_data_table("network/cards_compare.csv");
  for (const auto& row : table.rows) {
    CardContent before, after;
    before.texts.title = table.get(row, "before_title");
    after.texts.title = table.get(row, "after_title");
    before.texts.summary = table.get(row, "before_summary");
    after.texts.summary = table.get(row, "after_summary");
    before.needs = needs_of(table.get(row, "before_needs"));
    after.needs = needs_of(table.get(row, "after_needs"));
    const auto diff = compare_cards(before, after);
    std::map<std::string, std::string> got;
    for (const auto& d : diff) got[d.part] = std::string(to_string(d.change));
    std::stringstream expected(table.get(row, "expected"));
    for (std::string pair; expected >> pair;) {
      const auto eq = pair.find('=');
      const auto part = pair.substr(0, eq), change = pair.substr(eq + 1);
      if (part == "count")
        EXPECT_EQ(std::to_string(diff.size()), change) << table.get(row, "case");
      else
        EXPECT_EQ(got[part], change) << table.get(row, "case") << ": " << part;
    }
  }
}

TEST(NetworkCardsRules, ComparisonCarriesTextsAndLabels) {
  CardContent before, after;
  before.texts.user_expect = "Pomoc s nákupem.";
  after.texts.user_expect = "Pomoc s nákupem a úklidem.";
  after.needs = needs_of("strava=Jídlo|Dovoz obědů|3");
  const auto diff = compare_cards(before, after);
  const auto user = std::find_if(diff.begin(), diff.end(), [](const PartDiff& d) { return d.part == "user_expect"; });
  ASSERT_NE(user, diff.end());
  EXPECT_EQ(user->label, "Co může očekávat uživatel");
  EXPECT_EQ(user->label_en, "What a user can expect");
  EXPECT_EQ(user->before, "Pomoc s nákupem.");
  EXPECT_EQ(user->after, "Pomoc s nákupem a úklidem.");
  EXPECT_EQ(user->change, Change::changed);
  const auto acts =
      std::find_if(diff.begin(), diff.end(), [](const PartDiff& d) { return d.part == "need:strava:activities"; });
  ASSERT_NE(acts, diff.end());
  EXPECT_EQ(acts->after, "§40 d) činnost 3");
  EXPECT_EQ(acts->label, "Základní činnosti: strava");
}

TEST(NetworkCardsRules, FormScopeIsNormalised) {
  EXPECT_EQ(normalise_form_scope(""), "");
  EXPECT_EQ(normalise_form_scope("pob"), ";pob;");
  EXPECT_EQ(normalise_form_scope("ter;amb"), ";amb;ter;");
  EXPECT_EQ(normalise_form_scope(";amb, ter;"), ";amb;ter;");
}

}  // namespace
}  // namespace kvalis::testing
