#include "registry/core/registry_codes.hpp"

#include "platform/core/text.hpp"

namespace kvalis::importers {
namespace {

// Used only when the legal_forms catalogue is empty: the FormaPravniSubjektivity codes of natural
// persons in the registry's list (100–108, 424, 425, 998; see catalogues/legal_forms.csv).
const std::set<std::string> kFallbackNaturalPersonForms = {"100", "101", "102", "103", "104", "105",
                                                           "106", "107", "108", "424", "425", "998"};

}  // namespace

bool is_natural_person_legal_form_name(std::string_view name_cs) {
  const std::string key = search_key(name_cs);
  // "fyzická osoba", "fyzické osoby", "fyz.os." and "samostatně hospodařící rolník" (a natural person too).
  return key.find("fyzick") != std::string::npos || key.find("fyz.os") != std::string::npos ||
         key.find("fyz. os") != std::string::npos || key.find("rolnik") != std::string::npos;
}

RegistryCodes::RegistryCodes(const std::vector<catalogue::CatalogueItem>& items) {
  bool any_legal_form = false;
  for (const auto& item : items) {
    auto& by_code = entries_[item.catalogue];
    auto it = by_code.find(item.code);
    // Keep the newest version's name.
    if (it == by_code.end() || it->second.valid_from < item.valid_from)
      by_code[item.code] = Entry{item.name_cs, item.parent_code, item.valid_from};
    if (item.catalogue == kTerritories && !item.attribute("ruian_code").empty())
      territory_by_ruian_[item.attribute("ruian_code")] = item.code;
    if (item.catalogue == kLegalForms) {
      any_legal_form = true;
      if (is_natural_person_legal_form_name(item.name_cs)) natural_person_forms_.insert(item.code);
    }
  }
  if (!any_legal_form) natural_person_forms_ = kFallbackNaturalPersonForms;
}

const RegistryCodes::Entry* RegistryCodes::find(std::string_view catalogue, std::string_view code) const {
  auto c = entries_.find(catalogue);
  if (c == entries_.end()) return nullptr;
  auto e = c->second.find(code);
  return e == c->second.end() ? nullptr : &e->second;
}

std::string RegistryCodes::name(std::string_view catalogue, std::string_view code) const {
  const Entry* e = find(catalogue, code);
  return e ? e->name_cs : std::string();
}

std::string RegistryCodes::territory(std::string_view code) const {
  if (has(kTerritories, code)) return std::string(code);
  auto it = territory_by_ruian_.find(code);
  return it == territory_by_ruian_.end() ? std::string(code) : it->second;
}

std::string RegistryCodes::parent(std::string_view catalogue, std::string_view code) const {
  const Entry* e = find(catalogue, code);
  return e ? e->parent_code : std::string();
}

}  // namespace kvalis::importers
