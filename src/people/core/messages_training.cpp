// Messages of the people module's training part: modules, sessions, the run plan, registrations with the
// waiting list, attendance, certificates and feedback (catalogue "people.training").
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"people.training.module_not_found", "Vzdělávací modul nebyl nalezen.", "Training module not found."},
    Message{"people.training.session_not_found", "Termín školení nebyl nalezen.", "Training session not found."},
    Message{"people.training.registration_not_found", "Přihláška nebyla nalezena.", "Registration not found."},
    Message{"people.training.organisation_not_found", "Pole „{field}“: organizace nebyla nalezena.",
            "Field '{field}': organisation not found."},
    Message{"people.training.worker_not_found", "Pole „{field}“: pracovník {value} nebyl nalezen.",
            "Field '{field}': worker {value} not found."},
    Message{"people.training.worker_not_yours",
            "Pole „{field}“: pracovníka {value} může přihlásit jen jeho zaměstnavatel.",
            "Field '{field}': worker {value} can be registered only by his employer."},
    Message{"people.training.already_registered", "Pole „{field}“: pracovník {value} už je na termín přihlášen.",
            "Field '{field}': worker {value} is already registered for the session."},
    Message{"people.training.workers_count", "Pole „{field}“: uveďte 1 až {max} pracovníků.",
            "Field '{field}': give 1 to {max} workers."},
    Message{"people.training.hours", "Pole „{field}“: počet hodin musí být větší než 0 a nejvýše {max}.",
            "Field '{field}': the hours must be more than 0 and at most {max}."},
    Message{"people.training.hours_range", "Pole „{field}“: odučené hodiny musí být větší než 0 a nejvýše {max}.",
            "Field '{field}': the hours attended must be more than 0 and at most {max}."},
    Message{"people.training.range", "Pole „{field}“ musí být číslo od {min} do {max}.",
            "Field '{field}' must be a number from {min} to {max}."},
    Message{"people.training.time", "Pole „{field}“: „{value}“ není čas ve tvaru HH:MM.",
            "Field '{field}': '{value}' is not a time HH:MM."},
    Message{"people.training.cost", "Pole „{field}“: cena nesmí být záporná.",
            "Field '{field}': the cost cannot be negative."},
    Message{"people.training.places_count", "Pole „{field}“: uveďte 1 až {max} míst konání.",
            "Field '{field}': give 1 to {max} places."},
    Message{"people.training.place_twice", "Pole „{field}“: místo „{value}“ je v plánu dvakrát.",
            "Field '{field}': the place '{value}' is in the plan twice."},
    Message{"people.training.run_plan_too_big", "Pole „{field}“: plán by vytvořil {value} termínů (nejvýše {max}).",
            "Field '{field}': the plan would create {value} sessions (at most {max})."},
    Message{"people.training.state_unknown", "Pole „{field}“: neznámý stav „{value}“.",
            "Field '{field}': unknown state '{value}'."},
    Message{"people.training.transition", "Pole „{field}“: termín ve stavu „{from}“ nelze převést do stavu „{to}“.",
            "Field '{field}': a session in state '{from}' cannot move to '{to}'."},
    Message{"people.training.session_not_open",
            "Pole „{field}“: na termín se nyní nelze přihlásit (stav „{state}“, přihlášky jen u otevřených termínů).",
            "Field '{field}': the session does not take registrations now (state '{state}'; only open sessions do)."},
    Message{"people.training.session_closed", "Termín je zrušený nebo proběhl; změnit ho nelze.",
            "The session is cancelled or held; it cannot be changed."},
    Message{"people.training.session_in_future",
            "Pole „{field}“: docházku lze zapsat až v den konání ({value}) nebo později.",
            "Field '{field}': attendance can be recorded on the day of the session ({value}) or later."},
    Message{"people.training.session_cancelled", "Pole „{field}“: termín je zrušený; docházku nelze zapsat.",
            "Field '{field}': the session is cancelled; attendance cannot be recorded."},
    Message{"people.training.registration_not_cancellable",
            "Pole „{field}“: přihlášku ve stavu „{state}“ nelze zrušit.",
            "Field '{field}': a registration in state '{state}' cannot be cancelled."},
    Message{"people.training.registration_of_other_session",
            "Pole „{field}“: přihláška {value} nepatří k tomuto termínu.",
            "Field '{field}': registration {value} is not one of this session."},
    Message{"people.training.registration_not_present",
            "Pole „{field}“: přihláška {value} je zrušená nebo čeká na místo; docházku u ní zapsat nelze.",
            "Field '{field}': registration {value} is cancelled or waiting; no attendance can be recorded for it."},
    Message{"people.training.not_attended", "Osvědčení se vydává jen účastníkům, kteří se školení zúčastnili.",
            "A certificate is issued only to those who attended."},
    Message{"people.training.rating", "Pole „{field}“: hodnocení musí být 1 až 5 (je {value}).",
            "Field '{field}': a rating must be 1 to 5 (got {value})."},
    Message{"people.training.feedback_given", "Zpětnou vazbu k tomuto termínu už tento účastník vyplnil.",
            "Feedback for this session was already given for this participant."},
    Message{"people.training.feedback_not_attended",
            "Pole „{field}“: zpětnou vazbu vyplňuje jen účastník, který se školení zúčastnil.",
            "Field '{field}': feedback is given only by a participant who attended."},
    Message{"people.training.feedback_no_registration",
            "Pole „{field}“: na tomto termínu nemáte žádnou účast, ke které by šlo vyplnit zpětnou vazbu.",
            "Field '{field}': you have no attendance at this session to give feedback for."},
    Message{"people.training.feedback_filter", "Zadejte právě jeden z parametrů module_id a lecturer.",
            "Give exactly one of the parameters module_id and lecturer."},
    Message{"people.training.pdf_unavailable",
            "Tvorba PDF není na serveru k dispozici (chybí program WeasyPrint); osvědčení je k dispozici jako HTML.",
            "PDF rendering is not available on the server (WeasyPrint is missing); the certificate is available as "
            "HTML."},
    Message{"people.training.pdf_failed", "PDF osvědčení se nepodařilo vytvořit: {reason}.",
            "The certificate PDF could not be made: {reason}."},
};

const bool kRegistered = add_messages("people.training", kMessages);

}  // namespace
}  // namespace kvalis
