// The registry module's message keys in Czech and English (the catalogue: platform/core/messages.hpp).
#include "platform/core/messages.hpp"

#include <array>

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"organisation.not_found", "Organizace nebyla nalezena.", "Organisation not found."},
    Message{"organisation.ico_of_other_source", "IČO {ico} patří organizaci {id} ze zdroje {source}.",
            "IČO {ico} belongs to organisation {id} (source {source})."},
    Message{"service.not_found", "Služba nebyla nalezena.", "Service not found."},
};

const bool kRegistered = add_messages("registry", kMessages);

}  // namespace
}  // namespace kvalis
