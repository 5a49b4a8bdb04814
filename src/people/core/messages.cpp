// The people module's message keys in Czech and English (the catalogue: platform/core/messages.hpp).
#include "platform/core/messages.hpp"

#include <array>

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    // Input errors: each names its field.
    Message{"people.category.unknown",
            "Pole „{field}“: neznámá kategorie „{value}“ (povolené: social_worker, social_services_worker, ospod, "
            "other).",
            "Field '{field}': unknown category '{value}' (allowed: social_worker, social_services_worker, ospod, "
            "other)."},
    Message{"people.absence.format",
            "Pole „{field}“: „{value}“ není úsek nepřítomnosti ve tvaru RRRR-MM-DD..RRRR-MM-DD (více úseků "
            "oddělte středníkem).",
            "Field '{field}': '{value}' is not an absence range YYYY-MM-DD..YYYY-MM-DD (separate several ranges by "
            "semicolons)."},
    Message{"people.absence.order", "Pole „{field}“: úsek nepřítomnosti „{value}“ končí dříve, než začíná.",
            "Field '{field}': the absence range '{value}' ends before it starts."},
    Message{"people.date.before_start", "Pole „{field}“: datum {value} je dříve než začátek pracovního poměru.",
            "Field '{field}': the date {value} is before the start of the employment."},
    Message{"people.csv.empty", "Soubor je prázdný: chybí řádek záhlaví.",
            "The file is empty: a header line is needed."},
    Message{"people.csv.missing_column", "Záhlaví nemá sloupec „{field}“.", "The header has no column '{field}'."},
    Message{"people.csv.unclosed_quote", "Uvozovky otevřené na řádku {line} nejsou uzavřeny.",
            "The quote opened on line {line} is not closed."},
    Message{"people.csv.line", "Řádek {line}: {message}", "Line {line}: {message}"},
    Message{"people.year.invalid", "Pole „{field}“ musí být rok RRRR (1900–9999).",
            "Field '{field}' must be a year YYYY (1900–9999)."},
    Message{"people.absence_reading.unknown",
            "Pole „{field}“: neznámé čtení pravidla o nepřítomnosti „{value}“ (povolené: one_twelfth_once, "
            "whole_months, started_months).",
            "Field '{field}': unknown reading of the absence rule '{value}' (allowed: one_twelfth_once, whole_months, "
            "started_months)."},

    // The readings of "v případě nepřítomnosti v práci v rozsahu delším než jeden kalendářní měsíc se rozsah
    // … krátí o jednu dvanáctinu": the UI shows which one the result uses.
    Message{"people.absence_reading.one_twelfth_once",
            "Nepřítomnost delší než jeden kalendářní měsíc krátí rozsah o jednu dvanáctinu, v roce jednou "
            "(doslovné znění zákona: „krátí o jednu dvanáctinu“).",
            "An absence longer than one calendar month reduces the scope by one twelfth, once in the year (the "
            "literal text of the act: \"reduced by one twelfth\")."},
    Message{"people.absence_reading.whole_months",
            "Nepřítomnost delší než jeden kalendářní měsíc krátí rozsah o jednu dvanáctinu za každý celý "
            "kalendářní měsíc nepřítomnosti.",
            "An absence longer than one calendar month reduces the scope by one twelfth for every whole calendar "
            "month of the absence."},
    Message{"people.absence_reading.started_months",
            "Nepřítomnost delší než jeden kalendářní měsíc krátí rozsah o jednu dvanáctinu za každý započatý "
            "kalendářní měsíc nepřítomnosti.",
            "An absence longer than one calendar month reduces the scope by one twelfth for every calendar month "
            "in which it falls, even in part."},

    // The explanation of one worker's requirement, line by line.
    Message{"people.requirement.rule", "Povinnost {hours} h dalšího vzdělávání za kalendářní rok ({source}).",
            "A duty of {hours} h of further education per calendar year ({source})."},
    Message{"people.requirement.rule_days",
            "Povinnost {days} pracovních dnů akreditovaného vzdělávání za rok, {hours_per_day} h za den, tj. "
            "{hours} h ({source}).",
            "A duty of {days} working days of accredited courses a year, {hours_per_day} h a day, that is {hours} h "
            "({source})."},
    Message{"people.requirement.months_employed", "Celých měsíců pracovního poměru v roce {year}: {months} ({list}).",
            "Whole months of employment in {year}: {months} ({list})."},
    Message{"people.requirement.probation", "Ve zkušební době (bez povinnosti): {months} měs. ({list}).",
            "In probation (no duty): {months} months ({list})."},
    Message{"people.requirement.absence", "Krácení za nepřítomnost: {twelfths}/12.",
            "Reduction for absence: {twelfths}/12."},
    Message{"people.requirement.required", "Požadovaný rozsah: {twelfths}/12 roční povinnosti = {hours} h.",
            "Required: {twelfths}/12 of the yearly duty = {hours} h."},
    Message{"people.requirement.in_house_capped",
            "Vnitřní školicí akce: započteno {counted} h z {hours} h (nejvýše {cap} h za rok).",
            "In-house training: {counted} h of {hours} h counted (at most {cap} h a year)."},
    Message{"people.requirement.in_house_not_counted",
            "Vnitřní školicí akce se do této povinnosti nezapočítávají (v roce {hours} h).",
            "In-house training events do not count towards this duty ({hours} h in the year)."},
    Message{"people.requirement.counted", "Započteno: {hours} h.", "Counted: {hours} h."},
    Message{"people.requirement.shortfall", "Chybí: {hours} h.", "Short by: {hours} h."},
    Message{"people.requirement.none", "Pro tuto pozici zákon povinnost dalšího vzdělávání nestanoví.",
            "The law sets no further-education duty for this position."},
    Message{"people.requirement.no_rule",
            "Pro kategorii {category} v roce {year} neplatí žádné pravidlo dalšího vzdělávání.",
            "No further-education rule applies to category {category} in {year}."},
};

const bool kRegistered = add_messages("people", kMessages);

}  // namespace
}  // namespace kvalis
