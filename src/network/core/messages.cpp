// The network module's shared message keys in Czech and English (the catalogue: platform/core/messages.hpp).
// Each part of the module adds its own keys in messages_<part>.cpp.
#include "platform/core/messages.hpp"

#include <array>

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"network.region.required", "Tuto akci může provést jen pracovník kraje.",
            "Only a member of a region's staff can do this."},
    Message{"network.region.unknown", "Pole „{field}“: kraj {value} v Kvalisu není.",
            "Field '{field}': there is no region {value} in Kvalis."},
    Message{"network.kind.unknown", "Pole „{field}“: neznámý druh sociální služby „{value}“.",
            "Field '{field}': unknown kind of social service '{value}'."},
    Message{"network.not_found", "Záznam nebyl nalezen nebo k němu nemáte přístup.",
            "The record was not found or you have no access to it."},
};

const bool kRegistered = add_messages("network", kMessages);

}  // namespace
}  // namespace kvalis
