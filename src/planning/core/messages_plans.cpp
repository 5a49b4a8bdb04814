// Messages of the planning chain above the clients: plans, goals, indicators, evaluations, the plan cycle,
// the impact report (catalogue "planning.plans"; keys start with planning.plans.).
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"planning.plans.organisation.not_found", "Organizace nenalezena.", "Organisation not found."},
    Message{"planning.plans.strategic_plan.not_found", "Strategický plán nenalezen.", "Strategic plan not found."},
    Message{"planning.plans.operational_plan.not_found", "Operační plán nenalezen.", "Operational plan not found."},
    Message{"planning.plans.goal.not_found", "Cíl nenalezen.", "Goal not found."},
    Message{"planning.plans.indicator.not_found", "Ukazatel nenalezen.", "Indicator not found."},
    Message{"planning.plans.evaluation.not_found", "Hodnocení nenalezeno.", "Evaluation not found."},
    Message{"planning.plans.evidence.not_found", "Doklad nenalezen.", "Evidence not found."},
    Message{"planning.plans.forbidden",
            "Plány této organizace smí měnit jen její správce, vedoucí nebo správce platformy.",
            "Only the organisation's administrators, managers or the platform administrator may change its plans."},
    Message{"planning.plans.organisation.invalid", "Organizace {value} neexistuje nebo k ní nemáte přístup.",
            "Organisation {value} does not exist or you have no access to it."},
    Message{"planning.plans.years_invalid", "Rok „do“ ({year_to}) nesmí být dříve než rok „od“ ({year_from}).",
            "The year 'to' ({year_to}) must not be before the year 'from' ({year_from})."},
    Message{"planning.plans.rho_invalid", "Korelace ρ musí být alespoň 0 a menší než 1 (je {value}).",
            "The correlation ρ must be at least 0 and below 1 (got {value})."},
    Message{"planning.plans.service.invalid", "Služba {value} nepatří této organizaci.",
            "Service {value} does not belong to this organisation."},
    Message{"planning.plans.strategic_plan.invalid", "Strategický plán {value} nepatří této organizaci.",
            "Strategic plan {value} does not belong to this organisation."},
    Message{"planning.plans.operational_plan.invalid", "Operační plán {value} nepatří této organizaci.",
            "Operational plan {value} does not belong to this organisation."},
    Message{"planning.plans.plan_closed", "Plán je uzavřený; jeho cíle ani ukazatele už nelze měnit.",
            "The plan is closed; its goals and indicators can no longer change."},
    Message{"planning.plans.goal.plan_required",
            "Strategický cíl patří ke strategickému plánu (strategic_plan_id), dílčí a služební cíle k operačnímu "
            "plánu (operational_plan_id).",
            "A strategic goal belongs to a strategic plan (strategic_plan_id), objectives and service goals to an "
            "operational plan (operational_plan_id)."},
    Message{"planning.plans.goal.service_required", "Cíl služby musí uvést službu (service_id).",
            "A service goal must name its service (service_id)."},
    Message{"planning.plans.goal.parent_invalid", "Nadřazený cíl {value} neexistuje nebo patří jiné organizaci.",
            "Parent goal {value} does not exist or belongs to another organisation."},
    Message{"planning.plans.goal.in_use",
            "Cíl nelze smazat: má podřízené cíle, hodnocení, navázané osobní cíle klientů nebo pokračování v dalším "
            "plánu.",
            "The goal cannot be deleted: it has child goals, evaluations, linked personal goals of clients or a "
            "continuation in a later plan."},
    Message{"planning.plans.goal.parent_dropped", "Nadřazený cíl {code} byl při odvození plánu zrušen.",
            "Parent goal {code} was dropped when the plan was derived."},
    Message{"planning.plans.indicator.benchmark_code_required",
            "Ukazatel ze srovnávání musí uvést kód ukazatele (benchmark_indicator_code).",
            "A benchmark indicator must give the indicator code (benchmark_indicator_code)."},
    Message{"planning.plans.indicator.count_of_invalid",
            "Počet musí říct čeho: reviews, clients, evaluations nebo personal_goals (je „{value}“).",
            "A count must say of what: reviews, clients, evaluations or personal_goals (got '{value}')."},
    Message{"planning.plans.indicator.schedule_invalid", "Interval hodnocení musí být 1 až 60 měsíců (je {value}).",
            "The evaluation interval must be 1 to 60 months (got {value})."},
    Message{"planning.plans.value.required", "Ukazatel „{name}“ se zadává ručně: uveďte hodnotu.",
            "Indicator '{name}' is entered by hand: give a value."},
    Message{"planning.plans.value.indicator_invalid", "Ukazatel {value} nepatří k hodnocenému cíli.",
            "Indicator {value} does not belong to the evaluated goal."},
    Message{"planning.plans.value.duplicate", "Ukazatel {value} je v hodnocení dvakrát.",
            "Indicator {value} appears twice in the evaluation."},
    Message{"planning.plans.period_invalid", "Začátek období ({from}) musí být nejpozději jeho konec ({to}).",
            "The period's start ({from}) must not be after its end ({to})."},
    Message{"planning.plans.evaluation.result_interim",
            "Průběžné hodnocení nemá výsledek; výsledek (splněno, částečně, nesplněno) má závěrečné hodnocení.",
            "An interim evaluation has no result; a closing evaluation has one (met, partly met, not met)."},
    Message{"planning.plans.evaluation.result_required",
            "Závěrečné hodnocení musí mít výsledek: met, partly_met nebo not_met.",
            "A closing evaluation needs a result: met, partly_met or not_met."},
    Message{"planning.plans.close.missing_results", "Bez výsledku hodnocení zůstaly cíle: {goals}.",
            "These goals have no evaluation result: {goals}."},
    Message{"planning.plans.close.goal_unknown", "Cíl {value} nepatří k uzavíranému plánu.",
            "Goal {value} is not a goal of the plan being closed."},
    Message{"planning.plans.close.not_open", "Plán už je uzavřený.", "The plan is already closed."},
    Message{"planning.plans.derive.not_closed", "Nový plán lze odvodit jen z uzavřeného plánu.",
            "A new plan can only be derived from a closed plan."},
    Message{"planning.plans.derive.already", "Z tohoto plánu už byl odvozen plán {value}.",
            "Plan {value} has already been derived from this plan."},
    Message{"planning.plans.derive.year_invalid", "Odvozený plán musí být na pozdější rok než {value}.",
            "The derived plan must be for a year after {value}."},
    Message{"planning.plans.evidence.url_invalid", "Odkaz musí začínat http:// nebo https://.",
            "A link must start with http:// or https://."},
    Message{"planning.plans.evidence.kind_invalid", "Doklad je odkaz (kind „link“); soubor se nahrává zvlášť.",
            "Evidence of kind 'link' goes here; a file is uploaded separately."},
};

const bool kRegistered = add_messages("planning.plans", kMessages);

}  // namespace
}  // namespace kvalis
