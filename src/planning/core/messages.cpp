// Messages of the planning core (catalogue "planning"): GAS levels, weights and ρ, the `kvalis gas` input
// file, goal links and the plan cycle. The plans and clients parts register their own tables.
#include "platform/core/messages.hpp"

#include <array>

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"planning.gas.level_invalid",
            "Úroveň GAS „{value}“ v poli „{field}“ není povolená (povolené jsou −3, −2, −1, −0,5, 0, +1 a +2).",
            "GAS level '{value}' in field '{field}' is not allowed (allowed are -3, -2, -1, -0.5, 0, +1 and +2)."},
    Message{"planning.gas.weight_invalid",
            "Váha „{value}“ v poli „{field}“ musí být číslo alespoň 0 (prázdná znamená 1).",
            "Weight '{value}' in field '{field}' must be a number of at least 0 (empty means 1)."},
    Message{"planning.gas.rho_invalid", "Korelace ρ v poli „{field}“ musí být číslo od 0 do 1 (1 už ne), je „{value}“.",
            "ρ in field '{field}' must be a number from 0 up to but not including 1; got '{value}'."},
    Message{"planning.gas_csv.missing_column",
            "Chybí sloupec „{column}“ (hlavička souboru má sloupce client, goal, level a případně weight).",
            "Column '{column}' is missing (the header has the columns client, goal, level and optionally weight)."},
    Message{"planning.gas_csv.not_utf8", "Pole „{field}“ není platný text v kódování UTF-8.",
            "Field '{field}' is not valid UTF-8 text."},
    Message{"planning.gas_csv.duplicate_goal", "Cíl „{goal}“ klienta „{client}“ je v souboru podruhé.",
            "Goal '{goal}' of client '{client}' appears a second time in the file."},
    Message{"planning.gas_csv.unclosed_quote", "Text v uvozovkách nemá uzavírací uvozovku.",
            "A quoted field has no closing quote."},
    Message{"planning.gas_csv.empty", "Soubor je prázdný: chybí hlavička client,goal,level,weight.",
            "The file is empty: the header client,goal,level,weight is missing."},
    Message{"planning.gas_csv.at_line", "Řádek {line}: {problem}", "Line {line}: {problem}"},
    Message{"planning.goal.strategic_parent", "Strategický cíl nemá nadřazený cíl (pole „{field}“ nechte prázdné).",
            "A strategic goal has no parent goal (leave field '{field}' empty)."},
    Message{"planning.goal.parent_level", "{level_cs} se napojuje na {expected_cs}, ne na {value_cs} (pole „{field}“).",
            "A goal of level '{level}' links to a goal of level '{expected}', not '{value}' (field '{field}')."},
    Message{"planning.goal.linked_with_reason",
            "Napojený cíl neuvádí důvod, proč napojený není (pole „{field}“ nechte prázdné).",
            "A linked goal gives no reason for not being linked (leave field '{field}' empty)."},
    Message{"planning.goal.link_required",
            "Napojte cíl na nadřazený cíl, nebo v poli „{field}“ uveďte, proč napojený není.",
            "Link the goal to a parent goal, or say in field '{field}' why it is not linked."},
    Message{"planning.carry.unknown_goal", "Cíl {goal} do uzavřeného plánu nepatří (pole „{field}“).",
            "Goal {goal} is not part of the closed plan (field '{field}')."},
    Message{"planning.carry.duplicate", "O cíli {goal} je rozhodnuto podruhé (pole „{field}“).",
            "Goal {goal} has a second decision (field '{field}')."},
    Message{"planning.carry.reason_required", "U cíle {goal} uveďte důvod rozhodnutí (pole „{field}“).",
            "Give the reason for the decision on goal {goal} (field '{field}')."},
    Message{"planning.carry.missing",
            "O cíli {goal} chybí rozhodnutí: převzít, upravit, nebo vypustit (pole „{field}“).",
            "Goal {goal} has no decision: carry over, revise or drop (field '{field}')."},
};

const bool kRegistered = add_messages("planning", kMessages);

}  // namespace
}  // namespace kvalis
