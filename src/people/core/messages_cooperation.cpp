// Message keys of cooperation with partner bodies and funded projects (people module) in Czech and English.
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"people.coop.organisation.not_found", "Organizace nebyla nalezena.", "Organisation not found."},
    Message{"people.coop.organisation.invalid",
            "Pole „{field}“: organizace {value} neexistuje nebo k ní nemáte přístup.",
            "Field '{field}': organisation {value} does not exist or you have no access to it."},
    Message{"people.coop.forbidden",
            "Spolupráci a projekty organizace mění jen její administrátor nebo vedoucí; hodnotitel je jen čte.",
            "Only the organisation's administrators and managers change its cooperation and projects; an "
            "evaluator only reads them."},
    Message{"people.coop.partner.not_found", "Partner nebyl nalezen.", "Partner not found."},
    Message{"people.coop.partner.invalid", "Pole „{field}“: partner {value} nepatří k organizaci schůzky.",
            "Field '{field}': partner {value} does not belong to the meeting's organisation."},
    Message{"people.coop.meeting.not_found", "Schůzka nebyla nalezena.", "Meeting not found."},
    Message{"people.coop.meeting.held_on_required", "Pole „{field}“: konaná schůzka potřebuje datum konání.",
            "Field '{field}': a held meeting needs the date it was held."},
    Message{"people.coop.meeting.follow_up_invalid",
            "Pole „{field}“: navazující schůzka {value} musí být schůzkou téže organizace, pozdější než schůzka "
            "úkolu.",
            "Field '{field}': the follow-up meeting {value} must be a later meeting of the same organisation."},
    Message{"people.coop.action.not_found", "Dohodnutý úkol nebyl nalezen.", "Agreed action not found."},
    Message{"people.coop.period_invalid", "Pole „{field}“: období od {from} do {to} končí dříve, než začíná.",
            "Field '{field}': the period from {from} to {to} ends before it starts."},
    Message{"people.coop.project.not_found", "Projekt nebyl nalezen.", "Project not found."},
    Message{"people.coop.activity.not_found", "Klíčová aktivita nebyla nalezena.", "Key activity not found."},
    Message{"people.coop.activity.outside_project",
            "Pole „{field}“: aktivita musí ležet v době projektu ({from} – {to}).",
            "Field '{field}': the activity must lie within the project's dates ({from} – {to})."},
    Message{"people.coop.link.kind_unknown",
            "Pole „{field}“: neznámý druh odkazu „{value}“ (povolené: audit, training_session, strategic_plan, "
            "operational_plan, meeting, benchmark_round, supervision).",
            "Field '{field}': unknown link kind '{value}' (allowed: audit, training_session, strategic_plan, "
            "operational_plan, meeting, benchmark_round, supervision)."},
    Message{"people.coop.link.object_not_found",
            "Pole „{field}“: záznam {value} tohoto druhu neexistuje nebo k němu nemáte přístup.",
            "Field '{field}': record {value} of this kind does not exist or you have no access to it."},
    Message{"people.coop.link.not_found", "Odkaz aktivity nebyl nalezen.", "Link of the activity not found."},
    Message{"people.coop.link.exists", "Aktivita už na tento záznam odkazuje.",
            "The activity already links to this record."},
    Message{"people.coop.budget_line.not_found", "Rozpočtová položka nebyla nalezena.", "Budget line not found."},
    Message{"people.coop.budget_line.invalid", "Pole „{field}“: rozpočtová položka {value} nepatří k projektu.",
            "Field '{field}': budget line {value} does not belong to the project."},
    Message{"people.coop.category.unknown",
            "Pole „{field}“: neznámá kategorie rozpočtu „{value}“ (povolené: personnel, travel, services, "
            "equipment, training, publicity, indirect, other).",
            "Field '{field}': unknown budget category '{value}' (allowed: personnel, travel, services, equipment, "
            "training, publicity, indirect, other)."},
    Message{"people.coop.expense.not_found", "Výdaj nebyl nalezen.", "Expense not found."},
    Message{"people.coop.indicator.not_found", "Ukazatel projektu nebyl nalezen.", "Project indicator not found."},
    Message{"people.coop.indicator.source_unknown",
            "Pole „{field}“: neznámý zdroj ukazatele „{value}“ (povolené: manual, linked:<druh odkazu>).",
            "Field '{field}': unknown indicator source '{value}' (allowed: manual, linked:<link kind>)."},
    Message{"people.coop.indicator.linked_value",
            "Hodnota ukazatele se zdrojem „{value}“ se počítá z odkazů aktivit, nezadává se.",
            "The value of an indicator with source '{value}' is counted from the activities' links, not entered."},
    Message{"people.coop.indicator_value.not_found", "Hodnota ukazatele nebyla nalezena.",
            "Indicator value not found."},
    Message{"people.coop.publicity.not_found", "Povinnost publicity nebyla nalezena.", "Publicity duty not found."},
};

const bool kRegistered = add_messages("people.coop", kMessages);

}  // namespace
}  // namespace kvalis
