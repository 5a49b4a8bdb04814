// User-facing messages in Czech and English (src/platform/core/messages.hpp).
#include "platform/core/messages.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kvalis::Lang;
using kvalis::translate;

struct LangCase {
  const char* header;
  Lang lang;
};

TEST(Messages, ParseLang) {
  const LangCase cases[] = {
      {"en", Lang::en},
      {"EN", Lang::en},
      {"en-GB,en;q=0.9", Lang::en},
      {"en_US", Lang::en},
      {"  en-US", Lang::en},
      {"en;q=0.8", Lang::en},
      {"cs", Lang::cs},
      {"cs-CZ", Lang::cs},
      {"cs-CZ,cs;q=0.9,en;q=0.8", Lang::cs},
      {"", Lang::cs},
      {"   ", Lang::cs},
      {"de", Lang::cs},
      {"de-DE,en;q=0.8", Lang::cs},  // the first listed language wins; unknown → Czech
      {"sk", Lang::cs},
      {"eng", Lang::cs},  // not the code "en"
      {"e", Lang::cs},
  };
  for (const auto& c : cases) EXPECT_EQ(kvalis::parse_lang(c.header), c.lang) << "'" << c.header << "'";
}

TEST(Messages, LangCode) {
  EXPECT_EQ(kvalis::lang_code(Lang::cs), "cs");
  EXPECT_EQ(kvalis::lang_code(Lang::en), "en");
  EXPECT_EQ(kvalis::parse_lang(kvalis::lang_code(Lang::en)), Lang::en);
}

TEST(Messages, TranslateWithPlaceholders) {
  EXPECT_EQ(translate("field.required", Lang::cs, {{"field", "login"}}), "Pole „login“ je povinné.");
  EXPECT_EQ(translate("field.required", Lang::en, {{"field", "login"}}), "Field 'login' is required.");
  EXPECT_EQ(translate("field.out_of_range", Lang::cs, {{"field", "score"}, {"min", "-2"}, {"max", "2"}}),
            "Hodnota pole „score“ musí být mezi -2 a 2.");
  EXPECT_EQ(translate("field.out_of_range", Lang::en, {{"max", "2"}, {"field", "score"}, {"min", "-2"}}),
            "Field 'score' must be between -2 and 2.");
  EXPECT_EQ(translate("auth.throttled", Lang::en, {{"seconds", "30"}}),
            "Too many failed login attempts. Try again in 30 s.");
  EXPECT_EQ(translate("password.too_short", Lang::cs, {{"min", "10"}}), "Heslo musí mít alespoň 10 znaků.");
}

TEST(Messages, TranslateWithoutParamsLeavesPlaceholdersAndIgnoresUnusedParams) {
  EXPECT_EQ(translate("field.required", Lang::en), "Field '{field}' is required.");
  EXPECT_EQ(translate("not_found", Lang::en, {{"unused", "x"}}), "Record not found.");
  EXPECT_EQ(translate("not_found", Lang::cs), "Záznam nebyl nalezen.");
}

TEST(Messages, ValueContainingItsOwnPlaceholderIsInsertedOnce) {
  EXPECT_EQ(translate("field.required", Lang::en, {{"field", "{field}"}}), "Field '{field}' is required.");
  EXPECT_EQ(translate("field.invalid_value", Lang::en, {{"field", "a"}, {"value", "{field}"}}),
            "Invalid value of field 'a': {field}.");
}

TEST(Messages, UnknownKeyFallsBackToTheKey) {
  EXPECT_EQ(translate("no.such.key", Lang::cs), "no.such.key");
  EXPECT_EQ(translate("no.such.key", Lang::en), "no.such.key");
}

TEST(Messages, TranslateErrorAddsTheField) {
  auto e = kvalis::invalid("email", "field.required");
  EXPECT_EQ(translate(e, Lang::en), "Field 'email' is required.");
  EXPECT_EQ(translate(e, Lang::cs), "Pole „email“ je povinné.");

  auto range = kvalis::invalid("weight", "field.out_of_range", {{"min", "0"}, {"max", "10"}});
  EXPECT_EQ(translate(range, Lang::en), "Field 'weight' must be between 0 and 10.");

  // An explicit "field" parameter wins over the error's field (e.g. a human label).
  kvalis::Error labelled = kvalis::invalid("valid_from", "field.invalid_date", {{"field", "platnost od"}});
  EXPECT_EQ(translate(labelled, Lang::cs), "Pole „platnost od“ musí být datum ve tvaru RRRR-MM-DD.");

  EXPECT_EQ(translate(kvalis::forbidden(), Lang::en), "You have no access to this record.");
  EXPECT_EQ(translate(kvalis::not_found("service.not_found"), Lang::cs), "Služba nebyla nalezena.");
}

}  // namespace

// One catalogue, one table per module: every key once, in both languages with the same placeholders.
TEST(MessageCatalogue, EveryModuleRegistersItsTableWithBothLanguagesAndTheSamePlaceholders) {
  auto placeholders = [](std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
      std::string name(text.substr(open, text.find('}', open) - open + 1));
      // A value given in each language ({expected_cs} / {expected}) counts as one placeholder.
      if (auto cs = name.find("_cs}"); cs != std::string::npos) name.erase(cs, 3);
      out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  std::set<std::string_view> modules, keys;
  for (const auto& table : kvalis::message_tables()) {
    EXPECT_TRUE(modules.insert(table.module).second) << table.module << " registered twice";
    EXPECT_FALSE(table.messages.empty()) << table.module;
    for (const auto& m : table.messages) {
      EXPECT_TRUE(keys.insert(m.key).second) << m.key << " is in two tables";
      EXPECT_FALSE(m.cs.empty()) << m.key;
      EXPECT_FALSE(m.en.empty()) << m.key;
      EXPECT_EQ(placeholders(m.cs), placeholders(m.en)) << m.key;
      if (table.module == "quality") {
        EXPECT_EQ(m.key.rfind("quality.", 0), 0u) << m.key;
      }
      if (table.module == "benchmark") {
        EXPECT_EQ(m.key.rfind("bm.", 0), 0u) << m.key;
      }
      if (table.module.rfind("planning", 0) == 0) {
        EXPECT_EQ(m.key.rfind("planning.", 0), 0u) << m.key;
      }
      if (table.module == "people") {
        EXPECT_EQ(m.key.rfind("people.", 0), 0u) << m.key;
      }
    }
    EXPECT_EQ(kvalis::find_message(table.messages.front().key), &table.messages.front());
  }
  for (const auto* module : {"platform", "accounts", "registry", "benchmark", "quality", "planning", "people"})
    EXPECT_TRUE(modules.count(module)) << module << " has no message table";
  EXPECT_EQ(kvalis::find_message("no.such.key"), nullptr);
}
