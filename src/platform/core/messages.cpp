#include "platform/core/messages.hpp"

#include "quality/core/messages.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace kvalis {
namespace {

struct Message {
  std::string_view key;
  std::string_view cs;
  std::string_view en;
};

constexpr std::array kMessages = {
    Message{"field.required", "Pole „{field}“ je povinné.", "Field '{field}' is required."},
    Message{"field.type_string", "Pole „{field}“ musí být text.", "Field '{field}' must be a string."},
    Message{"field.type_integer", "Pole „{field}“ musí být celé číslo.", "Field '{field}' must be an integer."},
    Message{"field.type_number", "Pole „{field}“ musí být číslo.", "Field '{field}' must be a number."},
    Message{"field.type_boolean", "Pole „{field}“ musí být ano/ne (true/false).",
            "Field '{field}' must be true or false."},
    Message{"field.type_array", "Pole „{field}“ musí být seznam.", "Field '{field}' must be an array."},
    Message{"field.type_object", "Pole „{field}“ musí být objekt.", "Field '{field}' must be an object."},
    Message{"field.unknown", "Neznámé pole „{field}“.", "Unknown field '{field}'."},
    Message{"field.forbidden_character", "Pole „{field}“ obsahuje nepovolený znak {char} (řídicí znak nebo změnu směru textu).",
            "Field '{field}' contains a character that is not allowed: {char} (a control or text-direction character)."},
    Message{"field.too_long", "Pole „{field}“ smí mít nejvýše {max} znaků.",
            "Field '{field}' may have at most {max} characters."},
    Message{"field.too_short", "Pole „{field}“ musí mít alespoň {min} znaků.",
            "Field '{field}' must have at least {min} characters."},
    Message{"field.out_of_range", "Hodnota pole „{field}“ musí být mezi {min} a {max}.",
            "Field '{field}' must be between {min} and {max}."},
    Message{"field.invalid_value", "Neplatná hodnota pole „{field}“: {value}.",
            "Invalid value of field '{field}': {value}."},
    Message{"field.invalid_date", "Pole „{field}“ musí být datum ve tvaru RRRR-MM-DD.",
            "Field '{field}' must be a date in the form YYYY-MM-DD."},
    Message{"field.invalid_ico", "IČO musí mít 8 číslic a platný kontrolní součet.",
            "IČO must have 8 digits and a valid checksum."},
    Message{"field.unknown_code", "Pole „{field}“: neznámý kód „{value}“ v číselníku.",
            "Field '{field}': unknown code '{value}' in the catalogue."},
    Message{"json.malformed", "Tělo požadavku není platný JSON: {detail}.",
            "The request body is not valid JSON: {detail}."},
    Message{"json.not_object", "Tělo požadavku musí být objekt JSON.", "The request body must be a JSON object."},
    Message{"body.too_large", "Tělo požadavku je příliš velké (nejvýše {max} bajtů).",
            "The request body is too large (at most {max} bytes)."},
    Message{"body.not_json", "Tělo požadavku musí být JSON s hlavičkou Content-Type: application/json.",
            "The request body must be JSON sent with Content-Type: application/json."},
    Message{"route.not_found", "Adresa neexistuje.", "No such address."},
    Message{"method.not_allowed", "Tato metoda není pro adresu povolena.", "Method not allowed for this address."},
    Message{"auth.required", "Přihlaste se prosím.", "Please log in."},
    Message{"auth.forbidden", "K této akci nemáte oprávnění.", "You do not have permission for this action."},
    Message{"auth.invalid_credentials", "Nesprávné přihlašovací jméno nebo heslo.", "Wrong login or password."},
    Message{"auth.throttled", "Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu za {seconds} s.",
            "Too many failed login attempts. Try again in {seconds} s."},
    Message{"auth.inactive", "Účet je zablokován.", "The account is disabled."},
    Message{"csrf.invalid", "Chybí nebo nesouhlasí bezpečnostní token (X-CSRF-Token). Obnovte stránku.",
            "Missing or wrong security token (X-CSRF-Token). Reload the page."},
    Message{"password.too_short", "Heslo musí mít alespoň {min} znaků.", "The password must have at least {min} characters."},
    Message{"password.wrong_current", "Současné heslo nesouhlasí.", "The current password is wrong."},
    Message{"login.invalid", "Přihlašovací jméno smí obsahovat jen malá písmena bez diakritiky, číslice, tečku, pomlčku a podtržítko (3–64 znaků).",
            "A login may contain only lowercase letters a–z, digits, dot, dash and underscore (3–64 characters)."},
    Message{"login.exists", "Uživatel s tímto přihlašovacím jménem už existuje.", "A user with this login already exists."},
    Message{"role.unknown", "Neznámá role „{value}“.", "Unknown role '{value}'."},
    Message{"organisation_type.unknown", "Neznámý typ organizace „{value}“.", "Unknown organisation type '{value}'."},
    Message{"not_found", "Záznam nebyl nalezen.", "Record not found."},
    Message{"organisation.not_found", "Organizace nebyla nalezena.", "Organisation not found."},
    Message{"service.not_found", "Služba nebyla nalezena.", "Service not found."},
    Message{"user.not_found", "Uživatel nebyl nalezen.", "User not found."},
    Message{"user.deactivate_self", "Svůj vlastní účet deaktivovat nelze; požádejte jiného správce.",
            "You cannot deactivate your own account; ask another administrator."},
    Message{"forbidden", "K tomuto záznamu nemáte přístup.", "You have no access to this record."},
    Message{"membership.foreign_organisation", "Roli můžete přidělit jen ve své organizaci.",
            "You can assign roles only in your own organisation."},
    Message{"internal", "Došlo k vnitřní chybě serveru. Zkuste to prosím znovu.",
            "Internal server error. Please try again."},
    Message{"unavailable", "Databáze je právě nedostupná. Zkuste to prosím za chvíli.",
            "The database is unavailable right now. Please try again shortly."},
    Message{"query.invalid", "Neplatný parametr „{field}“: {value}.", "Invalid parameter '{field}': {value}."},
    Message{"bm.group.not_found", "Pracovní skupina nebyla nalezena.", "Working group not found."},
    Message{"bm.meeting.not_found", "Setkání nebylo nalezeno.", "Meeting not found."},
    Message{"bm.methodology.not_found", "Metodika nebyla nalezena.", "Methodology not found."},
    Message{"bm.round.not_found", "Kolo sběru dat nebylo nalezeno.", "Data round not found."},
    Message{"bm.form.not_found", "Služba se tohoto kola sběru dat neúčastní.", "The service does not take part in this data round."},
    Message{"bm.region.required", "Zvolte kraj (organizaci), který pracovní skupinu vede.",
            "Choose the region organisation that runs the working group."},
    Message{"bm.region.invalid", "Organizace {value} není kraj, ve kterém můžete řídit benchmarking.",
            "Organisation {value} is not a region in which you may run benchmarking."},
    Message{"bm.member.not_provider", "Pole „{field}“: organizace {value} není poskytovatel.",
            "Field '{field}': organisation {value} is not a provider."},
    Message{"bm.duplicate", "Pole „{field}“: hodnota „{value}“ je uvedena dvakrát.",
            "Field '{field}': value '{value}' is listed twice."},
    Message{"bm.attendance.not_member", "Pole „{field}“: organizace {value} není kraj ani člen pracovní skupiny.",
            "Field '{field}': organisation {value} is neither the region nor a member of the working group."},
    Message{"bm.code.invalid",
            "Pole „{field}“: kód „{value}“ smí obsahovat jen malá písmena a–z, číslice a podtržítko, začíná písmenem (nejvýše 64 znaků).",
            "Field '{field}': code '{value}' may contain only lowercase letters a–z, digits and underscore, starting with a letter (at most 64 characters)."},
    Message{"bm.range.invalid", "Pole „{field}“: minimum {min} je větší než maximum {max}.",
            "Field '{field}': the minimum {min} is greater than the maximum {max}."},
    Message{"bm.kind.not_in_group", "Pole „{field}“: druh služby {value} pracovní skupina neporovnává.",
            "Field '{field}': the working group does not compare kind of service {value}."},
    Message{"bm.formula.empty", "Pole „{field}“: vzorec je prázdný.", "Field '{field}': the formula is empty."},
    Message{"bm.formula.unknown_item", "Pole „{field}“, znak {column}: neznámá položka „{found}“.{hint}",
            "Field '{field}', column {column}: unknown data item '{found}'.{hint}"},
    Message{"bm.formula.syntax", "Pole „{field}“, znak {column}: očekáváno {expected_cs}, nalezeno {found}.",
            "Field '{field}', column {column}: expected {expected}, found {found}."},
    Message{"bm.formula.factor", "Pole „{field}“: násobitel musí být kladné číslo (1, 100, 1000 …).",
            "Field '{field}': the factor must be a positive number (1, 100, 1000, ...)."},
    Message{"bm.methodology.published", "Metodika je zveřejněná a nelze ji měnit; založte novou verzi.",
            "The methodology is published and can no longer change; create a new version."},
    Message{"bm.methodology.empty", "Metodika musí mít před zveřejněním alespoň jednu položku dat.",
            "A methodology needs at least one data item before it is published."},
    Message{"bm.methodology.not_published", "Kolo může použít jen zveřejněnou metodiku této pracovní skupiny.",
            "A round can use only a published methodology of this working group."},
    Message{"bm.round.locked", "Kolo je uzamčené: data už nelze měnit. Opravu s odůvodněním zapíše kraj.",
            "The round is locked: its data can no longer change. The region records corrections with a reason."},
    Message{"bm.round.not_locked", "Opravy se zapisují až po uzamčení kola; do té doby upravte formulář.",
            "Corrections are recorded only after the round is locked; until then edit the form."},
    Message{"bm.submission.submitted", "Formulář je odevzdaný; ke změně hodnot jej musí kraj znovu otevřít.",
            "The form has been submitted; the region must reopen it before values can change."},
    Message{"bm.submission.not_submitted", "Znovu otevřít lze jen odevzdaný formulář.",
            "Only a submitted form can be reopened."},
    Message{"bm.submit.problems", "Formulář nelze odevzdat: opravte nejprve {count} problém(ů).",
            "The form cannot be submitted: fix {count} problem(s) first."},
    Message{"bm.values.unknown_item", "Pole „{field}“: „{value}“ není položka dat této metodiky.",
            "Field '{field}': '{value}' is not a data item of this methodology."},
    Message{"bm.upload.rows", "Soubor nebyl načten: {count} řádek(ů) obsahuje chyby.",
            "The file was not imported: {count} row(s) have errors."},
    Message{"bm.upload.empty", "Soubor neobsahuje žádné hodnoty.", "The file contains no values."},
    Message{"bm.upload.xlsx_invalid", "Soubor Excel nelze přečíst: {detail}.", "The Excel file cannot be read: {detail}."},
    Message{"bm.upload.unknown_item", "Řádek {line}: „{code}“ není položka dat této metodiky.",
            "Line {line}: '{code}' is not a data item of this methodology."},
    Message{"bm.upload.not_a_number", "Řádek {line}: hodnota „{text}“ položky „{code}“ není číslo.",
            "Line {line}: value '{text}' of item '{code}' is not a number."},
    Message{"bm.upload.duplicate", "Řádek {line}: položka „{code}“ už je na řádku {text}.",
            "Line {line}: item '{code}' is already on line {text}."},
    Message{"bm.upload.missing_code", "Řádek {line}: chybí kód položky.", "Line {line}: the item code is missing."},
    Message{"bm.upload.too_many_columns", "Řádek {line}: čekají se dva sloupce (kód a hodnota), navíc je „{text}“.",
            "Line {line}: two columns (code and value) are expected, found also '{text}'."},
    Message{"bm.upload.malformed", "Řádek {line}: neuzavřené uvozovky.", "Line {line}: a quote is not closed."},
    Message{"bm.problem.missing", "Položka „{item}“ je povinná.", "Item '{item}' is required."},
    Message{"bm.problem.not_a_number", "Hodnota položky „{item}“ není číslo.", "The value of item '{item}' is not a number."},
    Message{"bm.problem.below_min", "Hodnota {value} položky „{item}“ je menší než nejnižší dovolená {min}.",
            "Value {value} of item '{item}' is below the minimum {min}."},
    Message{"bm.problem.above_max", "Hodnota {value} položky „{item}“ je větší než nejvyšší dovolená {max}.",
            "Value {value} of item '{item}' is above the maximum {max}."},
    Message{"bm.problem.rule_failed", "{text} (neplatí {left} {op} {right})", "{text} ({left} {op} {right} does not hold)"},
    Message{"bm.problem.rule_not_checked", "Pravidlo „{rule}“ nelze ověřit: chybí {missing}.",
            "Rule '{rule}' cannot be checked: {missing} missing."},
    Message{"bm.problem.rule_not_computable", "Pravidlo „{rule}“ nelze ověřit: dělení nulou.",
            "Rule '{rule}' cannot be checked: division by zero."},
    Message{"bm.problem.rule_invalid", "Pravidlo „{rule}“ nelze vyhodnotit: {detail}",
            "Rule '{rule}' cannot be evaluated: {detail}"},
};

}  // namespace

Lang parse_lang(std::string_view s) {
  // Accept "en", "en-GB,en;q=0.9", "cs-CZ"; the first listed language wins, Czech is the default.
  auto pos = s.find_first_not_of(" \t");
  if (pos == std::string_view::npos) return Lang::cs;
  s.remove_prefix(pos);
  if (s.size() >= 2 && std::tolower(static_cast<unsigned char>(s[0])) == 'e' &&
      std::tolower(static_cast<unsigned char>(s[1])) == 'n' && (s.size() == 2 || !std::isalpha(static_cast<unsigned char>(s[2]))))
    return Lang::en;
  return Lang::cs;
}

std::string_view lang_code(Lang lang) { return lang == Lang::en ? "en" : "cs"; }

std::string translate(std::string_view key, Lang lang,
                      const std::vector<std::pair<std::string, std::string>>& params) {
  auto it = std::find_if(kMessages.begin(), kMessages.end(), [&](const Message& m) { return m.key == key; });
  std::string_view text = it == kMessages.end() ? key : (lang == Lang::en ? it->en : it->cs);
  // Modules keep their own message tables beside their code.
  if (it == kMessages.end())
    if (const auto* q = quality::find_quality_message(key)) text = lang == Lang::en ? q->en : q->cs;
  // One pass over the template, so that a value containing "{…}" is never substituted again.
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto close = text[i] == '{' ? text.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out.push_back(text[i]);
      continue;
    }
    const auto name = text.substr(i + 1, close - i - 1);
    auto p = std::find_if(params.begin(), params.end(), [&](const auto& kv) { return kv.first == name; });
    out += p == params.end() ? std::string(text.substr(i, close - i + 1)) : p->second;
    i = close;
  }
  return out;
}

std::string translate(const Error& error, Lang lang) {
  auto params = error.params;
  if (!error.field.empty() &&
      std::none_of(params.begin(), params.end(), [](const auto& p) { return p.first == "field"; }))
    params.emplace_back("field", error.field);
  return translate(error.message_key, lang, params);
}

}  // namespace kvalis
