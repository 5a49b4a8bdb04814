#pragma once
// Reading the scalar shapes of the registry export: members that may be null, numbers given as strings
// (or strings as numbers), code-list references and dates. See rpss_item.hpp for the shapes accepted.
#include <boost/json/value.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace kvalis::importers {

// A member that is present and not null, or nullptr.
const boost::json::value* member(const boost::json::object& o, std::string_view key);
// The first of several keys that is present and not null.
const boost::json::value* first_member(const boost::json::object& o, std::initializer_list<std::string_view> keys);
std::string_view trim(std::string_view s);
// A scalar as text: strings trimmed, integers (also integral doubles) in decimal; otherwise nullopt.
std::optional<std::string> scalar_text(const boost::json::value& v);
// scalar_text of the first present key, or "".
std::string text_of(const boost::json::object& o, std::initializer_list<std::string_view> keys);
// true, 1, "true" or "1".
bool truthy(const boost::json::value* v);
// The code of a code-list reference: {"kod": …}, {"id": "Kind/code"}, "Kind/code", "code" or a number.
std::optional<std::string> reference_code(const boost::json::value& v);
// A date (YYYY-MM-DD) from "YYYY-MM-DD", an ISO timestamp or epoch milliseconds; nullopt when unreadable.
std::optional<std::string> date_from_value(const boost::json::value& v);

}  // namespace kvalis::importers
