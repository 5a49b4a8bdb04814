// Messages of the minimal form of a service (network module, issue 12 item 5) in Czech and English.
#include "platform/core/messages.hpp"

#include <array>

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"network.minimal.not_draft", "Minimální podobu lze měnit a stanovit jen jako návrh.",
            "A minimal form can be changed and set only while it is a draft."},
    Message{"network.minimal.no_needs", "Pole „{field}“: vyberte alespoň jednu potřebu, kterou musí služba naplňovat přímo.",
            "Field '{field}': choose at least one need every service must meet directly."},
    Message{"network.minimal.not_set", "Nápravná opatření lze zadat jen ze stanovené (platné) minimální podoby.",
            "Corrective actions can be raised only from a minimal form that is set (in force)."},
    Message{"network.minimal.need_not_missing",
            "Pole „{field}“: potřebu {value} služba naplňuje, nebo ji minimální podoba nevyžaduje.",
            "Field '{field}': the service meets need {value}, or the minimal form does not require it."},
    Message{"network.minimal.nothing_missing", "Služba naplňuje všechny potřeby minimální podoby; není co napravovat.",
            "The service meets every need of the minimal form; there is nothing to correct."},
    Message{"network.minimal.round_not_locked",
            "Pole „{field}“: minimální podobu lze odvodit jen z uzamčeného kola sběru pokrytí.",
            "Field '{field}': a minimal form can be derived only from a locked coverage round."},
    Message{"network.minimal.round_without_kind", "Pole „{field}“: kolo sběru pokrytí tento druh služby nezahrnuje.",
            "Field '{field}': the coverage round does not include this kind of service."},
    Message{"network.minimal.kind_without_card",
            "Pole „{field}“: druh služby nemá zveřejněnou kartu, minimální podobu nelze sestavit.",
            "Field '{field}': the kind of service has no published card, so no minimal form can be drawn up."},
    Message{"network.minimal.need_unknown", "Pole „{field}“: potřeba {value} na kartě tohoto druhu služby není.",
            "Field '{field}': need {value} is not on the card of this kind of service."},
    Message{"network.minimal.draft_exists",
            "Pro tento druh služby už rozpracovaný návrh minimální podoby existuje; upravte ten.",
            "A draft minimal form of this kind of service already exists; edit that one."},
    Message{"network.minimal.service_not_checked",
            "Pole „{field}“: služba pod tuto minimální podobu nepatří (jiný druh, kraj nebo neaktivní).",
            "Field '{field}': the service does not fall under this minimal form (other kind, region or inactive)."},
    Message{"network.minimal.source", "z modulu Síť: podíl naplněné minimální podoby služby",
            "from the Network module: share of the minimal form of the service met"},
};

const bool kRegistered = add_messages("network_minimal", kMessages);

}  // namespace
}  // namespace kvalis
