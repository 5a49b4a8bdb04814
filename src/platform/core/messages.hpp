#pragma once
// User-facing messages in Czech and English, looked up by key. Error messages name the field.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis {

enum class Lang { cs, en };

Lang parse_lang(std::string_view accept_language_or_code);
std::string_view lang_code(Lang lang);

// Translate a message key, substituting {name} placeholders. Unknown keys fall back to the key itself.
std::string translate(std::string_view key, Lang lang,
                      const std::vector<std::pair<std::string, std::string>>& params = {});
std::string translate(const Error& error, Lang lang);

}  // namespace kvalis
