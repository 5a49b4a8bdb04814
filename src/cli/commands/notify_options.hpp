#pragma once
// The e-mail options shared by `kvalis serve` (the background sender) and `kvalis notify` (one pass).
#include <string>
#include <vector>

#include "cli/commands/command.hpp"
#include "notify/app/sender.hpp"

namespace kvalis::cli {

std::vector<OptionSpec> notify_options();
// The options over the environment (KVALIS_SMTP_*, KVALIS_PUBLIC_URL); "" or an error text naming the option.
std::string read_notify_options(const Args& args, notify::app::SenderConfig& config);

}  // namespace kvalis::cli
