#pragma once
// User-facing messages in Czech and English, looked up by key. Error messages name the field.
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis {

enum class Lang { cs, en };

// One message: its key (module.area.what) and its texts with {name} placeholders.
struct Message {
  std::string_view key;
  std::string_view cs;
  std::string_view en;
};

// The one message catalogue: every module registers its table at start (a namespace-scope
// `const bool kRegistered = add_messages("quality", kMessages);` in <module>/core/messages.cpp).
bool add_messages(std::string_view module, std::span<const Message> messages);
struct MessageTable {
  std::string_view module;
  std::span<const Message> messages;
};
const std::vector<MessageTable>& message_tables();
// The message of a key, or nullptr.
const Message* find_message(std::string_view key);

Lang parse_lang(std::string_view accept_language_or_code);
std::string_view lang_code(Lang lang);

// Translate a message key, substituting {name} placeholders. Unknown keys fall back to the key itself.
std::string translate(std::string_view key, Lang lang,
                      const std::vector<std::pair<std::string, std::string>>& params = {});
std::string translate(const Error& error, Lang lang);

}  // namespace kvalis
