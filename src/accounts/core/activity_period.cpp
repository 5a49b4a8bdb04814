#include "accounts/core/activity_period.hpp"

#include "platform/core/dates.hpp"

namespace kvalis::accounts {

Result<Period> activity_period(const std::string& from, const std::string& to) {
  Period p;
  if (!from.empty()) {
    auto t = parse_timestamp(from);
    if (!t) return invalid("from", "field.invalid_date");
    p.from = *t;
  }
  if (!to.empty()) {
    auto t = parse_timestamp(to);
    if (!t) return invalid("to", "field.invalid_date");
    p.to = to.size() == 10 ? *t + 86399 : *t;
  }
  return p;
}

}  // namespace kvalis::accounts
