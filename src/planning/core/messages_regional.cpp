// Messages of the national roll-up of client outcomes (planning/app/regional_outcomes.hpp).
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"planning.regional.forbidden", "Výsledky klientů po krajích vidí jen pracovníci kraje a správce platformy.",
            "Client outcomes by region are shown only to region staff and the platform administrator."},
    Message{"planning.regional.other_region", "Pole „{field}“: výsledky kraje {value} vám nejsou přístupné.",
            "Field '{field}': the outcomes of region {value} are not open to you."},
    Message{"planning.regional.period", "Pole „{field}“: konec období {to} je před jeho začátkem {from}.",
            "Field '{field}': the period's end {to} is before its start {from}."},
};

const bool kRegistered = add_messages("planning.regional", kMessages);

}  // namespace
}  // namespace kvalis
