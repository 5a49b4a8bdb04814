// Message keys of the people module's staff part (workers, absences, external trainings, education plans,
// appraisals, the requirement list and the region's aggregates) in Czech and English.
#include <array>

#include "platform/core/messages.hpp"

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"people.staff.worker_not_found", "Pracovník nenalezen.", "Worker not found."},
    Message{"people.staff.absence_not_found", "Nepřítomnost nenalezena.", "Absence not found."},
    Message{"people.staff.training_not_found", "Vzdělávací akce nenalezena.", "Training not found."},
    Message{"people.staff.education_plan_not_found", "Individuální plán vzdělávání nenalezen.",
            "Individual education plan not found."},
    Message{"people.staff.organisation_not_found", "Organizace nenalezena.", "Organisation not found."},
    Message{"people.staff.date_before", "Pole „{field}“: datum {value} je dříve než {other}.",
            "Field '{field}': the date {value} is before {other}."},
    Message{"people.staff.hours_range", "Pole „{field}“: počet hodin musí být větší než {min} a nejvýše {max}.",
            "Field '{field}': the hours must be more than {min} and at most {max}."},
    Message{"people.staff.fte_range", "Pole „{field}“: úvazek musí být větší než {min} a nejvýše {max}.",
            "Field '{field}': the FTE must be more than {min} and at most {max}."},
    Message{"people.staff.category_unknown",
            "Pole „{field}“: neznámá kategorie „{value}“ (povolené: social_worker, social_services_worker, ospod, "
            "manager, other).",
            "Field '{field}': unknown category '{value}' (allowed: social_worker, social_services_worker, ospod, "
            "manager, other)."},
    Message{"people.staff.training_kind_unknown",
            "Pole „{field}“: neznámý druh vzdělávání „{value}“ (povolené: accredited_course, in_house, other).",
            "Field '{field}': unknown kind of training '{value}' (allowed: accredited_course, in_house, other)."},
    Message{"people.staff.absence_too_short",
            "Pole „{field}“: eviduje se jen nepřítomnost delší než jeden kalendářní měsíc ({from} – {to} není).",
            "Field '{field}': only absences longer than one calendar month are recorded ({from} – {to} is not)."},
    Message{"people.staff.service_invalid", "Pole „{field}“: služba {value} nepatří této organizaci.",
            "Field '{field}': the service {value} does not belong to this organisation."},
    Message{"people.staff.user_invalid", "Pole „{field}“: uživatel {value} není členem této organizace.",
            "Field '{field}': the user {value} is not a member of this organisation."},
    Message{"people.staff.user_linked", "Pole „{field}“: uživatel {value} je již propojen s jiným pracovníkem.",
            "Field '{field}': the user {value} is already linked to another worker."},
    Message{"people.staff.organisation_type",
            "Pole „{field}“: pracovníky lze evidovat jen u poskytovatele nebo úřadu (OSPOD).",
            "Field '{field}': workers are recorded only for a provider or an office (OSPOD)."},
    Message{"people.staff.education_plan_exists", "Pole „{field}“: plán vzdělávání na rok {value} již existuje.",
            "Field '{field}': an education plan for {value} already exists."},
    Message{"people.staff.worker_has_registrations",
            "Pracovník má přihlášky na školení; místo smazání vyplňte konec pracovního poměru.",
            "The worker has training registrations; fill in the end of employment instead of deleting."},
    Message{"people.staff.region_required", "Pole „{field}“: zadejte kód kraje.",
            "Field '{field}': give the region code."},
    Message{"people.staff.other_not_counted",
            "Jiné vzdělávání ({hours} h) se pracovníkům OSPOD nezapočítává (jen akreditované kurzy).",
            "Other education ({hours} h) does not count for OSPOD staff (accredited courses only)."},
    Message{"people.staff.planned", "Naplánováno (přihlášky na budoucí termíny): {hours} h.",
            "Planned (registrations for future sessions): {hours} h."},

    // The requirement list's export.
    Message{"people.staff.export.title", "Povinné další vzdělávání pracovníků – {organisation}, rok {year}",
            "Further education requirement of the staff – {organisation}, {year}"},
    Message{"people.staff.export.rule", "Čtení pravidla o nepřítomnosti: {text}",
            "Reading of the absence rule: {text}"},
    Message{"people.staff.export.worker", "Pracovník", "Worker"},
    Message{"people.staff.export.category", "Kategorie", "Category"},
    Message{"people.staff.export.required", "Požadováno (h)", "Required (h)"},
    Message{"people.staff.export.counted", "Započteno (h)", "Counted (h)"},
    Message{"people.staff.export.shortfall", "Chybí (h)", "Short (h)"},
    Message{"people.staff.export.planned", "Naplánováno (h)", "Planned (h)"},
    Message{"people.staff.export.appraisal", "Další hodnocení", "Next appraisal"},
    Message{"people.staff.export.plan", "Plán vzdělávání", "Education plan"},
    Message{"people.staff.export.notes", "Vysvětlení", "Explanation"},
    Message{"people.staff.export.yes", "ano", "yes"},
    Message{"people.staff.export.no", "ne", "no"},
    Message{"people.staff.category.social_worker", "sociální pracovník (§ 109)", "social worker (§109)"},
    Message{"people.staff.category.social_services_worker", "pracovník v sociálních službách (§ 116)",
            "social-services worker (§116)"},
    Message{"people.staff.category.ospod", "zaměstnanec OSPOD", "OSPOD staff"},
    Message{"people.staff.category.manager", "vedoucí", "manager"},
    Message{"people.staff.category.other", "jiný", "other"},
};

const bool kRegistered = add_messages("people.staff", kMessages);

}  // namespace
}  // namespace kvalis
