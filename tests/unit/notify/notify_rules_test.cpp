// The notification rules (src/notify/core/notify.hpp), driven by the tables in tests/data/notify/ and the
// principals of tests/data/accounts/principals.csv.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "notify/core/notify.hpp"
#include "support/data_table.hpp"
#include "support/principals.hpp"

namespace {

using namespace kvalis::notify;
using kvalis::accounts::Principal;
using kvalis::testing::load_data_table;

bool yes(const std::string& s) {
  EXPECT_TRUE(s == "yes" || s == "no") << "expected yes/no, got '" << s << "'";
  return s == "yes";
}

std::vector<std::string> split(const std::string& text, char sep = ';') {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(sep, start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// "\r" and "\n" in a table cell stand for CR and LF.
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == 'r' || s[i + 1] == 'n')) {
      out += s[i + 1] == 'r' ? '\r' : '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::map<std::string, Principal> principals() { return kvalis::testing::table_principals(); }

TEST(NotifyRules, AFormIsDueBeforeItsRoundsDeadline) {
  const auto t = load_data_table("notify/forms_due.csv");
  ASSERT_GE(t.rows.size(), 10u);
  for (const auto& row : t.rows)
    EXPECT_EQ(form_due(t.get(row, "deadline"), t.get(row, "today"), std::stoi(t.get(row, "within"))),
              yes(t.get(row, "due")))
        << t.get(row, "deadline") << " on " << t.get(row, "today");
}

TEST(NotifyRules, AnActionIsDueOrOverdue) {
  const auto t = load_data_table("notify/actions_due.csv");
  for (const auto& row : t.rows) {
    const auto kind = action_kind(std::stoi(t.get(row, "days_left")), std::stoi(t.get(row, "within")));
    EXPECT_EQ(kind ? std::string(to_string(*kind)) : "none", t.get(row, "kind")) << t.get(row, "days_left");
  }
}

TEST(NotifyRules, WhichKindsARoleGets) {
  const auto people = principals();
  const auto t = load_data_table("notify/kinds.csv");
  for (const auto& row : t.rows) {
    const auto& name = t.get(row, "principal");
    ASSERT_TRUE(people.count(name)) << name;
    const auto facts = role_facts(people.at(name));
    for (auto k : kKinds)
      EXPECT_EQ(gets_kind(facts, k), yes(t.get(row, std::string(to_string(k))))) << name << " " << to_string(k);
  }
}

Item item_of(Kind kind, std::string key) {
  Item i;
  i.kind = kind;
  i.key = std::move(key);
  return i;
}

TEST(NotifyRules, WhatAPassSends) {
  const std::map<std::string, Item> items = {{"F", item_of(Kind::form_due, "benchmark.form_due:1:2")},
                                             {"O", item_of(Kind::action_overdue, "quality.action_overdue:5")},
                                             {"C", item_of(Kind::comment_to_answer, "comment.to_answer:9")}};
  std::vector<Item> current;
  for (const auto* name : {"F", "O", "C"}) current.push_back(items.at(name));
  const auto names = [&](const std::vector<Item>& chosen) {
    std::vector<std::string> out;
    for (const auto& i : chosen)
      for (const auto& [n, item] : items)
        if (item.key == i.key) out.push_back(n);
    return out;
  };
  const auto t = load_data_table("notify/sending.csv");
  for (const auto& row : t.rows) {
    Preferences p;
    p.frequency = *parse_frequency(t.get(row, "frequency"));
    for (const auto& k : split(t.get(row, "email_off"))) p.email_off.insert(*parse_kind(k));
    std::set<std::string> sent;
    for (const auto& n : split(t.get(row, "sent"))) sent.insert(items.at(n).key);
    const auto where = t.get(row, "frequency") + " off=" + t.get(row, "email_off") + " sent=" + t.get(row, "sent");
    EXPECT_EQ(names(immediate_items(current, p, sent)), split(t.get(row, "immediate"))) << where;
    EXPECT_EQ(names(digest_items(current, p)), split(t.get(row, "digest"))) << where;
  }
}

TEST(NotifyRules, PreferencesFromTheirTextForm) {
  const auto t = load_data_table("notify/preferences.csv");
  for (const auto& row : t.rows) {
    std::vector<KindChoice> kinds;
    for (const auto& c : split(t.get(row, "kinds"))) {
      const auto eq = c.find('=');
      kinds.push_back({c.substr(0, eq), c.substr(eq + 1) == "on"});
    }
    const auto p = preferences_from(t.get(row, "frequency"), kinds);
    const auto& expected = t.get(row, "result");
    if (expected.rfind("error:", 0) == 0) {
      ASSERT_FALSE(p.ok()) << expected;
      EXPECT_EQ(p.error().field, expected.substr(6));
      continue;
    }
    ASSERT_TRUE(p.ok()) << expected;
    std::string on;
    for (auto k : kKinds)
      if (p->email_on(k)) on += (on.empty() ? "" : ";") + std::string(to_string(k));
    EXPECT_EQ(std::string(to_string(p->frequency)) + ":" + on, expected);
  }
}

TEST(NotifyRules, TitlesInTheUsersLanguage) {
  const auto t = load_data_table("notify/titles.csv");
  for (const auto& row : t.rows) {
    Item item;
    item.kind = *parse_kind(t.get(row, "kind"));
    item.subject = t.get(row, "subject");
    item.context = t.get(row, "context");
    item.due_date = t.get(row, "due_date");
    item.count = std::stoi(t.get(row, "count"));
    item.days = std::stoi(t.get(row, "days"));
    EXPECT_EQ(title_of(item, t.get(row, "language")), t.get(row, "title"));
  }
}

TEST(NotifyRules, MimeEncodings) {
  const auto t = load_data_table("notify/mime.csv");
  for (const auto& row : t.rows) {
    const auto& f = t.get(row, "function");
    const auto in = unescape(t.get(row, "input"));
    const auto expected = unescape(t.get(row, "expected"));
    if (f == "base64")
      EXPECT_EQ(base64(in), expected) << in;
    else if (f == "header")
      EXPECT_EQ(encode_header(in), expected) << in;
    else if (f == "qp")
      EXPECT_EQ(quoted_printable(in), expected) << in;
    else if (f == "address")
      EXPECT_EQ(valid_address(in), yes(expected)) << in;
    else
      ADD_FAILURE() << "unknown function " << f;
  }
}

TEST(NotifyRules, ADigestGroupsItsItemsByKind) {
  std::vector<Item> items = {
      Item{Kind::comment_to_answer, "comment.to_answer:9", "Azylové domy", "", "2027-01-10", "/network/versions/9", 2},
      Item{Kind::action_overdue, "quality.action_overdue:5", "Proškolit", "", "2026-03-31", "/quality/actions/5"},
      Item{Kind::action_overdue, "quality.action_overdue:4", "Revidovat", "", "2026-01-31", "/quality/actions/4"}};
  sort_items(items);
  EXPECT_EQ(items[0].key, "quality.action_overdue:4");  // the earliest due date first
  const auto groups = group_by_kind(items);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].kind, Kind::action_overdue);
  EXPECT_EQ(groups[0].items.size(), 2u);
  EXPECT_EQ(groups[1].kind, Kind::comment_to_answer);
  const auto m = mail_text(items, "cs", "https://kvalis.example.cz/", true);
  EXPECT_EQ(m.subject, "Kvalis: denní přehled (3)");
  EXPECT_EQ(
      m.body,
      "Dobrý den,\n\nv Kvalisu na vás čeká:\n\nNápravná opatření po termínu\n"
      "- Nápravné opatření „Revidovat“ je po termínu (31. 1. 2026)\n  https://kvalis.example.cz/quality/actions/4\n"
      "- Nápravné opatření „Proškolit“ je po termínu (31. 3. 2026)\n  https://kvalis.example.cz/quality/actions/5\n"
      "\nPřipomínky k vypořádání\n"
      "- Karta „Azylové domy“: 2 připomínky k vypořádání\n  https://kvalis.example.cz/network/versions/9\n"
      "\nUpozornění si nastavíte v profilu: https://kvalis.example.cz/profile\n");
  const auto one = mail_text({items[2]}, "en", "https://k.example", false);
  EXPECT_EQ(one.subject, "Kvalis: Card 'Azylové domy': 2 comments to answer");
  EXPECT_EQ(mail_text(items, "en", "", false).subject, "Kvalis: 3 new notifications");
}

TEST(NotifyRules, AComposedMessageIsMime) {
  const auto text = compose({"kvalis@kraj.example", "klara@charita.example", "Kvalis: denní přehled (3)", "Dobrý den",
                             "Sun, 06 Dec 2026 07:00:00 +0000", "kvalis.1.2.3@kraj.example"});
  EXPECT_EQ(text,
            "From: kvalis@kraj.example\r\nTo: klara@charita.example\r\n"
            "Subject: =?UTF-8?B?S3ZhbGlzOiBkZW5uw60gcMWZZWhsZWQgKDMp?=\r\n"
            "Date: Sun, 06 Dec 2026 07:00:00 +0000\r\nMessage-ID: <kvalis.1.2.3@kraj.example>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nAuto-Submitted: auto-generated\r\n\r\n"
            "Dobr=C3=BD den\r\n");
}

}  // namespace
