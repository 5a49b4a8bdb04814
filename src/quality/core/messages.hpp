#pragma once
// Czech and English texts of the quality module's message keys (quality.*), in the form of the message
// catalogue (core/common/messages.cpp), which is to take them over. Generic keys (field.required,
// field.out_of_range, …) are the catalogue's own.
#include <span>
#include <string_view>

namespace kvalis::quality {

struct QualityMessage {
  std::string_view key;
  std::string_view cs;
  std::string_view en;
};

std::span<const QualityMessage> quality_messages();
// The message for a key, or nullptr.
const QualityMessage* find_quality_message(std::string_view key);

}  // namespace kvalis::quality
