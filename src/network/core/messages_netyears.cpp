// Messages of the regional network year by year, entrustment acts, the medium-term plan (SPRSS) and its
// action plans (issue 13, netyears part), in Czech and English.
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"network.region.choose", "Pole „{field}“: zvolte kraj (kód kraje, např. 86).",
            "Field '{field}': choose a region (the region's code, e.g. 86)."},
    // the network of a year and its decisions
    Message{"network.year.exists", "Pole „{field}“: síť kraje na rok {value} už existuje.",
            "Field '{field}': the region's network for {value} already exists."},
    Message{"network.year.approved", "Síť tohoto roku je už schválená; rozhodnutí lze zapsat jen do návrhu sítě.",
            "This year's network is already approved; decisions go only into a draft network."},
    Message{"network.decision.already_in", "Pole „{field}“: služba už v síti je (použijte změnu, ne zařazení).",
            "Field '{field}': the service is already in the network (use a change, not an inclusion)."},
    Message{"network.decision.not_in", "Pole „{field}“: služba v síti tohoto roku není.",
            "Field '{field}': the service is not in this year's network."},
    Message{"network.decision.capacity_positive", "Pole „{field}“: kapacita v síti musí být větší než 0.",
            "Field '{field}': the capacity in the network must be greater than 0."},
    Message{"network.decision.same_capacity",
            "Pole „{field}“: změna musí změnit kapacitu nebo území (obojí je stejné jako dosud).",
            "Field '{field}': a change must change the capacity or the territories (both are as before)."},
    Message{"network.decision.territories_empty", "Pole „{field}“: služba v síti musí pokrývat aspoň jedno území.",
            "Field '{field}': a service in the network covers at least one territory."},
    Message{"network.decision.service_region", "Pole „{field}“: služba není registrovaná v tomto kraji.",
            "Field '{field}': the service is not registered in this region."},
    Message{"network.decision.service_ended", "Pole „{field}“: registrace služby skončila; do sítě ji nelze zařadit.",
            "Field '{field}': the service's registration ended; it cannot be included in the network."},
    Message{"network.capacity_unit.unknown",
            "Pole „{field}“: neznámá jednotka kapacity „{value}“ (klient, luzka, hodiny, kontakt, interv, hovor).",
            "Field '{field}': unknown capacity unit '{value}' (klient, luzka, hodiny, kontakt, interv, hovor)."},
    // entrustment acts
    Message{"network.entrustment.period", "Pole „{field}“: konec platnosti pověření je před jeho začátkem.",
            "Field '{field}': the entrustment act ends before it starts."},
    // the medium-term plan
    Message{"network.plan.years_order", "Pole „{field}“: poslední rok plánu je před prvním.",
            "Field '{field}': the plan's last year is before its first."},
    Message{"network.plan.years_span", "Pole „{field}“: střednědobý plán může mít nejvýše 10 let.",
            "Field '{field}': a medium-term plan spans at most 10 years."},
    Message{"network.plan.approved", "Plán je už schválený a nelze ho měnit.",
            "The plan is already approved and cannot change."},
    Message{"network.plan.comments_until_past", "Pole „{field}“: lhůta pro připomínky nesmí být v minulosti.",
            "Field '{field}': the comment period cannot end in the past."},
    Message{"network.plan.not_in_comments", "Plán není v připomínkovém řízení; připomínky teď nelze podávat.",
            "The plan is not open for comments; comments cannot be made now."},
    Message{"network.plan.comments_closed", "Lhůta pro připomínky k plánu skončila {value}.",
            "The plan's comment period ended on {value}."},
    Message{"network.plan.link_kind",
            "Pole „{field}“: neznámý druh odkazu „{value}“ (coverage_map, benchmark_round, audit_overview, other).",
            "Field '{field}': unknown kind of link '{value}' (coverage_map, benchmark_round, audit_overview, other)."},
    Message{"network.comment.not_allowed",
            "Připomínky k plánu podávají obce a poskytovatelé kraje (správce, vedoucí nebo pracovník).",
            "Comments on the plan come from the region's municipalities and providers (admin, manager or worker)."},
    Message{"network.comment.answer_status", "Pole „{field}“: vypořádání je accepted, partly nebo rejected.",
            "Field '{field}': an answer is accepted, partly or rejected."},
    Message{"network.comment.reason_required",
            "Pole „{field}“: u částečně přijaté nebo nepřijaté připomínky uveďte zdůvodnění.",
            "Field '{field}': give a reason when a comment is accepted partly or rejected."},
    // the tree
    Message{"network.node.priority_root", "Pole „{field}“: priorita je nejvyšší úroveň a nemá nadřazený uzel.",
            "Field '{field}': a priority is the top level and has no parent."},
    Message{"network.node.parent_required", "Pole „{field}“: cíl, opatření i aktivita patří pod nadřazený uzel.",
            "Field '{field}': a goal, a measure and an activity belong under a parent."},
    Message{"network.node.parent_level",
            "Pole „{field}“: úroveň {level} nepatří pod úroveň {parent} (priorita → cíl → opatření → aktivita).",
            "Field '{field}': level {level} does not go under level {parent} (priority → goal → measure → activity)."},
    Message{"network.node.code_chars", "Pole „{field}“: kód „{value}“ smí mít jen písmena, číslice a tečky.",
            "Field '{field}': code '{value}' may hold only letters, digits and dots."},
    Message{"network.node.in_action_plan",
            "Uzel je použit v akčním plánu; odeberte ho nejdřív z položek akčních plánů.",
            "The node is used in an action plan; remove it from the action plans' items first."},
    // indicators
    Message{"network.indicator.year_outside", "Pole „{field}“: rok {value} není v období plánu {from}–{to}.",
            "Field '{field}': year {value} is outside the plan's period {from}–{to}."},
    Message{"network.indicator.year_twice", "Pole „{field}“: rok {value} je uveden dvakrát.",
            "Field '{field}': year {value} is given twice."},
    Message{"network.indicator.source_unknown", "Pole „{field}“: zdroj ukazatele {value} v Kvalisu není.",
            "Field '{field}': the indicator's source {value} is not in Kvalis."},
    // action plans
    Message{"network.action_plan.year_outside", "Pole „{field}“: rok {value} není v období plánu {from}–{to}.",
            "Field '{field}': year {value} is outside the plan's period {from}–{to}."},
    Message{"network.action_plan.exists", "Pole „{field}“: akční plán na tento rok už existuje.",
            "Field '{field}': an action plan for this year already exists."},
    Message{"network.action_plan.not_draft", "Akční plán už není v návrhu; jeho položky nelze měnit.",
            "The action plan is no longer a draft; its items cannot change."},
    Message{"network.action_plan.not_approved", "Vyhodnotit lze jen schválený akční plán.",
            "Only an approved action plan can be evaluated."},
    Message{"network.action_plan.empty", "Pole „{field}“: akční plán nemá žádnou položku.",
            "Field '{field}': the action plan has no item."},
    Message{"network.action_plan.item_unknown", "Pole „{field}“: položka {value} do tohoto akčního plánu nepatří.",
            "Field '{field}': item {value} does not belong to this action plan."},
    Message{"network.action_plan.items_missing", "Pole „{field}“: {count} položek zůstalo bez vyhodnocení.",
            "Field '{field}': {count} items are left without an evaluation."},
    Message{"network.action_plan.result_text_required",
            "Pole „{field}“: u částečně splněné nebo nesplněné položky popište, co zbývá.",
            "Field '{field}': say what is left for an item done partly or not done."},
    Message{"network.action_plan.item_node",
            "Pole „{field}“: položka akčního plánu patří k opatření nebo aktivitě tohoto plánu.",
            "Field '{field}': an action plan item belongs to a measure or an activity of this plan."},
    Message{"network.action_plan.previous_missing",
            "Akční plán předchozího roku ({value}) neexistuje nebo ještě není vyhodnocen.",
            "The previous year's action plan ({value}) does not exist or is not evaluated yet."},
};

const bool kRegistered = add_messages("network.netyears", kMessages);

}  // namespace
}  // namespace kvalis
