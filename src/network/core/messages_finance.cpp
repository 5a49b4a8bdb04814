// Messages of the financing part of the network module (models, budgets, subsidy lines, outlook, what-if) in
// Czech and English.
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"network.fin.forbidden", "Financování vidí jen pracovníci kraje a poskytovatelé svých služeb.",
            "Financing is shown only to the region's staff and to providers for their own services."},
    Message{"network.fin.model.not_found", "Model financování nebyl nalezen nebo k němu nemáte přístup.",
            "The financing model was not found or you have no access to it."},
    Message{"network.fin.model.exists", "Pole „{field}“: kraj už má model financování na rok {value}.",
            "Field '{field}': the region already has a financing model for {value}."},
    Message{"network.fin.model_row_duplicate", "Pole „{field}“: druh {kind} s formou {form} je v modelu dvakrát.",
            "Field '{field}': kind {kind} with form {form} is in the model twice."},
    Message{"network.fin.service.not_found", "Služba nebyla nalezena nebo k jejímu financování nemáte přístup.",
            "The service was not found or you have no access to its financing."},
    Message{"network.fin.scenario.not_found", "Scénář nebyl nalezen nebo k němu nemáte přístup.",
            "The scenario was not found or you have no access to it."},
    Message{"network.fin.change.not_found", "Změna scénáře nebyla nalezena nebo k ní nemáte přístup.",
            "The scenario change was not found or you have no access to it."},
    Message{"network.fin.change_target",
            "Pole „{field}“: změna platí buď pro jednu službu (service_id), nebo pro všechny služby jednoho druhu "
            "(kind_code).",
            "Field '{field}': a change applies either to one service (service_id) or to every service of a kind "
            "(kind_code)."},
    Message{"network.fin.granted_by_region", "Pole „{field}“: přiznanou částku a její zdůvodnění zapisuje kraj.",
            "Field '{field}': the granted amount and its reason are set by the region."},
    Message{"network.fin.clear_conflict", "Pole „{field}“: částku nelze zároveň zadat a vymazat.",
            "Field '{field}': an amount cannot be set and cleared at once."},
    Message{"network.fin.region_missing", "Služba patří do kraje {value}, který v Kvalisu nemá organizaci kraje.",
            "The service belongs to region {value}, which has no region organisation in Kvalis."},
    Message{"network.fin.budget_side",
            "Pole „{field}“: „{value}“ není kategorie nákladů (personnel, operating, investment) ani zdroj "
            "výnosů.",
            "Field '{field}': '{value}' is neither a cost category (personnel, operating, investment) nor a "
            "revenue source."},
    Message{"network.fin.budget_duplicate", "Pole „{field}“: položka „{value}“ je v rozpočtu dvakrát.",
            "Field '{field}': item '{value}' is in the budget twice."},
    Message{"network.fin.year_range", "Pole „{field}“: výhled může mít 1 až 10 let.",
            "Field '{field}': an outlook has 1 to 10 years."},
};

const bool kRegistered = add_messages("network_finance", kMessages);

}  // namespace
}  // namespace kvalis
