#include "platform/core/field_checks.hpp"

#include <cstdio>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"

namespace kvalis {
namespace {

Status check_text_of(const std::string& field, const std::string& value, std::size_t max, bool required,
                     bool multi_line) {
  if (required && value.find_first_not_of(" \t\r\n") == std::string::npos) return invalid(field, "field.required");
  if (value.size() > max) return invalid(field, "field.too_long", {{"max", std::to_string(max)}});
  return check_characters(field, value, multi_line);
}

}  // namespace

Status check_characters(const std::string& field, std::string_view value, bool multi_line) {
  const auto bad = forbidden_character(value, multi_line);
  if (!bad) return ok_status();
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(*bad));
  return invalid(field, "field.forbidden_character", {{"char", code}});
}

Status check_text(const std::string& field, const std::string& value, std::size_t max, bool required) {
  return check_text_of(field, value, max, required, true);
}

Status check_line(const std::string& field, const std::string& value, std::size_t max, bool required) {
  return check_text_of(field, value, max, required, false);
}

Status check_date(const std::string& field, const std::string& value, bool required) {
  if (value.empty()) return required ? Status(invalid(field, "field.required")) : ok_status();
  if (!is_valid_date(value)) return invalid(field, "field.invalid_date");
  return ok_status();
}

}  // namespace kvalis
