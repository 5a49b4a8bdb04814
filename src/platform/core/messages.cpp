#include "platform/core/messages.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace kvalis {
namespace {

// The platform's own keys: fields, bodies, queries, routes. Modules register theirs (<module>/core/messages.cpp).
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
    Message{
        "field.forbidden_character",
        "Pole „{field}“ obsahuje nepovolený znak {char} (řídicí znak nebo změnu směru textu).",
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
    Message{"csrf.invalid", "Chybí nebo nesouhlasí bezpečnostní token (X-CSRF-Token). Obnovte stránku.",
            "Missing or wrong security token (X-CSRF-Token). Reload the page."},
    Message{"not_found", "Záznam nebyl nalezen.", "Record not found."},
    Message{"forbidden", "K tomuto záznamu nemáte přístup.", "You have no access to this record."},
    Message{"internal", "Došlo k vnitřní chybě serveru. Zkuste to prosím znovu.",
            "Internal server error. Please try again."},
    Message{"unavailable", "Databáze je právě nedostupná. Zkuste to prosím za chvíli.",
            "The database is unavailable right now. Please try again shortly."},
    Message{"unavailable.storage_full",
            "Databáze teď nemůže ukládat změny (došlo místo na disku serveru). Prohlížení funguje dál; změnu "
            "zkuste uložit později.",
            "The database cannot store changes right now (the server's disk is full). Viewing still works; try "
            "saving the change later."},
    Message{"conflict.concurrent",
            "Stejná data právě změnil někdo jiný, změna se neuložila. Načtěte je znovu a zkuste to ještě jednou.",
            "Someone else changed the same data at the same moment; nothing was saved. Reload and try again."},
    Message{"query.invalid", "Neplatný parametr „{field}“: {value}.", "Invalid parameter '{field}': {value}."},
    // kvalis restore (platform/app/backup.cpp)
    Message{"backup.not_empty",
            "Databáze není prázdná (obsahuje tabulku „{table}“). Obnovujte jen do nové, prázdné databáze.",
            "The database is not empty (it has the table '{table}'). Restore only into a new, empty database."},
    Message{"backup.not_a_backup", "Soubor není záloha Kvalis (řádek {line}).",
            "The file is not a Kvalis backup (line {line})."},
    Message{"backup.format_version", "Zálohu ve formátu {version} tato verze Kvalis neumí přečíst.",
            "This version of Kvalis cannot read backup format {version}."},
    Message{
        "backup.newer_schema",
        "Záloha je ze schématu {version}, tento program zná jen schéma do {newest}. Nejprve nainstalujte novější "
        "Kvalis.",
        "The backup has schema {version}; this program knows schemas up to {newest}. Install a newer Kvalis first."},
    Message{"backup.bad_line", "Záloha je poškozená na řádku {line}: {reason}.",
            "The backup is damaged at line {line}: {reason}."},
    Message{"export.pdf_unavailable",
            "Tvorba PDF není na serveru k dispozici (chybí program WeasyPrint); sestava je k dispozici jako HTML.",
            "PDF rendering is not available on the server (WeasyPrint is missing); the report is available as HTML."},
    Message{"export.pdf_failed", "PDF se nepodařilo vytvořit: {reason}.", "The PDF could not be made: {reason}."},
    Message{"backup.unknown_table", "Záloha obsahuje tabulku „{table}“, kterou schéma {version} nemá (řádek {line}).",
            "The backup has a table '{table}' that schema {version} does not have (line {line})."},
    Message{"backup.unknown_column",
            "Záloha obsahuje sloupec „{column}“ tabulky „{table}“, který schéma nemá (řádek {line}).",
            "The backup has a column '{column}' of table '{table}' that the schema does not have (line {line})."},
    Message{"backup.truncated", "Záloha je neúplná: chybí její konec (přečteno {lines} řádků).",
            "The backup is incomplete: its end is missing ({lines} lines read)."},
    Message{"backup.checksum",
            "Tabulka „{table}“ se po obnovení liší od zálohy ({rows} řádků, kontrolní součet nesouhlasí).",
            "Table '{table}' differs from the backup after the restore ({rows} rows, the checksum does not match)."},
    Message{"backup.insert_failed", "Řádek {line} zálohy (tabulka „{table}“) nelze uložit: {reason}.",
            "Line {line} of the backup (table '{table}') cannot be stored: {reason}."},
};

std::vector<MessageTable>& tables() {
  static std::vector<MessageTable> all;
  return all;
}

const bool kRegistered = add_messages("platform", kMessages);

}  // namespace

bool add_messages(std::string_view module, std::span<const Message> messages) {
  tables().push_back({module, messages});
  return true;
}

const std::vector<MessageTable>& message_tables() { return tables(); }

const Message* find_message(std::string_view key) {
  for (const auto& table : tables())
    for (const auto& m : table.messages)
      if (m.key == key) return &m;
  return nullptr;
}

Lang parse_lang(std::string_view s) {
  // Accept "en", "en-GB,en;q=0.9", "cs-CZ"; the first listed language wins, Czech is the default.
  auto pos = s.find_first_not_of(" \t");
  if (pos == std::string_view::npos) return Lang::cs;
  s.remove_prefix(pos);
  if (s.size() >= 2 && std::tolower(static_cast<unsigned char>(s[0])) == 'e' &&
      std::tolower(static_cast<unsigned char>(s[1])) == 'n' &&
      (s.size() == 2 || !std::isalpha(static_cast<unsigned char>(s[2]))))
    return Lang::en;
  return Lang::cs;
}

std::string_view lang_code(Lang lang) { return lang == Lang::en ? "en" : "cs"; }

std::string translate(std::string_view key, Lang lang, const std::vector<std::pair<std::string, std::string>>& params) {
  const Message* m = find_message(key);
  const std::string_view text = m == nullptr ? key : (lang == Lang::en ? m->en : m->cs);
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
