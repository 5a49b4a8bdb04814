// The portal part's message keys in Czech and English.
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"network.portal.title_required", "Pole „{field}“: zveřejněný portál musí mít název.",
            "Field '{field}': a published portal needs a title."},
    Message{"network.portal.round_not_locked",
            "Pole „{field}“: na portálu lze ukázat jen uzamčené kolo sběru pokrytí tohoto kraje.",
            "Field '{field}': the portal can show only a locked coverage round of this region."},
    Message{"network.portal.bm_round_not_locked",
            "Pole „{field}“: ukazatele lze zveřejnit jen z uzamčeného kola benchmarkingu skupiny tohoto kraje.",
            "Field '{field}': indicators can be published only from a locked benchmarking round of this "
            "region's group."},
    Message{"network.portal.indicator_unknown", "Pole „{field}“: kolo nemá ukazatel „{value}“.",
            "Field '{field}': the round has no indicator '{value}'."},
    Message{"network.portal.indicator_exists", "Tento ukazatel tohoto kola už je na portálu zveřejněn.",
            "This indicator of this round is already published on the portal."},
    Message{"network.portal.not_published", "Portál tohoto kraje není zveřejněn.",
            "This region's portal is not published."},
    Message{"network.portal.dataset_unknown", "Datová sada „{value}“ na portálu není.",
            "There is no dataset '{value}' on the portal."},
};

const bool kRegistered = add_messages("network.portal", kMessages);

}  // namespace
}  // namespace kvalis
