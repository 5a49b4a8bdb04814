#pragma once
// Checks of one input field that every module's rules use (core and app alike; platform/http's handler
// helpers forward to them): required, length, characters no text should hold, calendar dates. Each error
// names the field.
#include <cstddef>
#include <string>
#include <string_view>

#include "platform/core/result.hpp"

namespace kvalis {

// Required (not blank), at most max bytes, and free of characters no text should hold: NUL and other
// control characters (tab and line breaks excepted) and bidirectional overrides.
Status check_text(const std::string& field, const std::string& value, std::size_t max, bool required);
// The same for one line of text (a name, a title, a file name): no tab or line break either.
Status check_line(const std::string& field, const std::string& value, std::size_t max, bool required);
// Only the characters (multi_line: tab and line breaks allowed), naming the field and the character.
Status check_characters(const std::string& field, std::string_view value, bool multi_line);
// A calendar date YYYY-MM-DD (or empty when not required).
Status check_date(const std::string& field, const std::string& value, bool required);

}  // namespace kvalis
