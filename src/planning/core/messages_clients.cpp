// Messages of the planning module's client part (client records, individual plans, reviews, ladders).
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"planning.clients.client_not_found", "Klient nebyl nalezen.", "Client not found."},
    Message{"planning.clients.service_not_found", "Služba nebyla nalezena.", "Service not found."},
    Message{"planning.clients.goal_not_found", "Osobní cíl nebyl nalezen.", "Personal goal not found."},
    Message{"planning.clients.ladder_not_found", "Nástroj (žebřík změny) nebyl nalezen.",
            "Ladder instrument not found."},
    Message{"planning.clients.organisation_not_found", "Organizace nebyla nalezena.", "Organisation not found."},
    Message{"planning.clients.code_invalid",
            "Kód klienta „{value}“ smí obsahovat jen písmena, číslice a znaky - _ . / (bez mezer).",
            "Client code '{value}' may contain only letters, digits and - _ . / (no spaces)."},
    Message{"planning.clients.code_taken", "Kód klienta „{value}“ už ve službě má jiný klient.",
            "Client code '{value}' is already used by another client of the service."},
    Message{"planning.clients.goal_unlinked_reason",
            "Osobní cíl bez vazby na cíl služby musí uvést důvod (pole „{field}“).",
            "A personal goal not linked to a service goal needs a reason (field '{field}')."},
    Message{"planning.clients.service_goal_invalid", "Pole „{field}“: cíl {value} není cílem služby klienta.",
            "Field '{field}': goal {value} is not a goal of the client's service."},
    Message{"planning.clients.gas_level",
            "Pole „{field}“: úroveň GAS musí být −3, −2, −1, −0,5, 0, +1 nebo +2 (je {value}).",
            "Field '{field}': a GAS level must be −3, −2, −1, −0.5, 0, +1 or +2 (got {value})."},
    Message{"planning.clients.rating_goal_unknown", "Pole „{field}“: cíl {value} není cílem tohoto klienta.",
            "Field '{field}': goal {value} is not a goal of this client."},
    Message{"planning.clients.rating_duplicate", "Pole „{field}“: cíl {value} je v revizi hodnocen dvakrát.",
            "Field '{field}': goal {value} is rated twice in the review."},
    Message{"planning.clients.date_before", "Pole „{field}“ nesmí být dříve než {value}.",
            "Field '{field}' must not be before {value}."},
    Message{"planning.clients.date_future", "Pole „{field}“ nesmí být v budoucnosti (je {value}).",
            "Field '{field}' must not be in the future (got {value})."},
    Message{"planning.clients.key_worker_not_staff",
            "Pole „{field}“: klíčový pracovník musí patřit k pracovníkům služby.",
            "Field '{field}': the key worker must be on the staff of the service."},
    Message{"planning.clients.staff_not_member",
            "Pole „{field}“: uživatel {value} nepracuje s klienty v této organizaci (správce, vedoucí nebo "
            "pracovník).",
            "Field '{field}': user {value} does not work with clients in this organisation (admin, manager or "
            "worker)."},
    Message{"planning.clients.staff_duplicate", "Pole „{field}“: uživatel {value} je v seznamu dvakrát.",
            "Field '{field}': user {value} is listed twice."},
    Message{"planning.clients.staff_is_key_worker",
            "Pole „{field}“: uživatel {value} je klíčovým pracovníkem klientů služby; nejprve jim určete jiného.",
            "Field '{field}': user {value} is the key worker of clients of the service; assign them another one "
            "first."},
    Message{"planning.clients.erased", "Údaje klienta byly na žádost vymazány; záznam už nelze měnit.",
            "The client's data were erased on request; the record can no longer be changed."},
    Message{"planning.clients.erase_confirm", "Pole „{field}“: pro potvrzení výmazu zadejte kód klienta.",
            "Field '{field}': enter the client's code to confirm the erasure."},
    Message{"planning.clients.stage_invalid",
            "Fáze „{value}“ nelze přečíst: pište „od-do:Název“ oddělené středníkem, vzestupně a uvnitř škály.",
            "Stage '{value}' cannot be read: write 'from-to:Name' separated by semicolons, ascending and inside "
            "the scale."},
    Message{"planning.clients.ladder_area_unknown", "Pole „{field}“: oblast {value} nepatří k tomuto nástroji.",
            "Field '{field}': area {value} does not belong to this instrument."},
    Message{"planning.clients.ladder_area_duplicate", "Pole „{field}“: oblast {value} je uvedena dvakrát.",
            "Field '{field}': area {value} is listed twice."},
    Message{"planning.clients.ladder_areas", "Pole „{field}“: nástroj potřebuje 1 až 30 oblastí.",
            "Field '{field}': an instrument needs 1 to 30 areas."},
    Message{"planning.clients.ladder_areas_fixed",
            "Pole „{field}“: nástroj už má hodnocení, oblasti lze jen přejmenovat, ne přidat či odebrat.",
            "Field '{field}': the instrument has assessments; areas can only be renamed, not added or removed."},
};

const bool kRegistered = add_messages("planning.clients", kMessages);

}  // namespace
}  // namespace kvalis
