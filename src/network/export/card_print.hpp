#pragma once
// The printable service card (network module, cards part): a self-contained HTML page of a card version in
// Czech or English — the region, the kind, what the service is for, what a user, the public and partner
// bodies can and cannot expect, and every need with its description, the answer and the basic activities.
#include <string>

#include "network/app/cards.hpp"
#include "platform/core/messages.hpp"

namespace kvalis::network::exports {

std::string card_print_html(const app::VersionDetail& version, Lang lang);

}  // namespace kvalis::network::exports
