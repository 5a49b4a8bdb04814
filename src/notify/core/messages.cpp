#include "platform/core/messages.hpp"

#include <array>

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"notify.frequency.invalid",
            "Četnost „{value}“ neznáme: zvolte immediate (hned) nebo daily (denní přehled).",
            "Unknown frequency '{value}': choose immediate or daily."},
    Message{"notify.kind.invalid", "Druh upozornění „{value}“ neznáme.", "Unknown notification kind '{value}'."},
    Message{"notify.keys.invalid", "„{value}“ není klíč upozornění.", "'{value}' is not a notification key."},
    Message{"notify.keys.too_many", "Najednou lze označit nejvýše {max} upozornění.",
            "At most {max} notifications can be marked at once."},
    Message{"notify.user.not_found", "Uživatel neexistuje nebo není aktivní.",
            "The user does not exist or is not active."},
    Message{"notify.smtp.failed", "Odeslání e-mailu selhalo: {detail}", "Sending the e-mail failed: {detail}"},
    Message{"notify.smtp.tls_invalid", "KVALIS_SMTP_TLS musí být none nebo starttls (je „{value}“).",
            "KVALIS_SMTP_TLS must be none or starttls (it is '{value}')."},
    Message{"notify.smtp.url_invalid", "Adresa SMTP serveru musí začínat smtp:// nebo smtps:// (je „{value}“).",
            "The SMTP server's URL must start with smtp:// or smtps:// (it is '{value}')."},
};

const bool kRegistered = add_messages("notify", kMessages);

}  // namespace
}  // namespace kvalis
