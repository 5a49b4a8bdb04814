#pragma once
// The period of an activity-log listing, from the query's from and to.
#include <string>

#include "platform/core/result.hpp"

namespace kvalis::accounts {

struct Period {
  long long from = 0;  // epoch seconds; 0: open
  long long to = 0;
};

// from and to as YYYY-MM-DD (to takes the whole day) or a timestamp YYYY-MM-DDTHH:MM:SSZ; empty leaves
// that end open; anything else is field.invalid_date naming the parameter.
Result<Period> activity_period(const std::string& from, const std::string& to);

}  // namespace kvalis::accounts
