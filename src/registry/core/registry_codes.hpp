#pragma once
// The catalogue codes a registry import checks references against (kinds, target and age groups, forms,
// capacity types, regions, ORP territories, legal forms), read from the legal catalogues.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/catalogue.hpp"

namespace kvalis::importers {

// Catalogue names, as the files in catalogues/ are called.
inline constexpr std::string_view kServiceKinds = "service_kinds";
inline constexpr std::string_view kTargetGroups = "target_groups";
inline constexpr std::string_view kAgeGroups = "age_groups";
inline constexpr std::string_view kServiceForms = "service_forms";
inline constexpr std::string_view kCapacityTypes = "capacity_types";
inline constexpr std::string_view kRegions = "regions";
inline constexpr std::string_view kTerritories = "territories";
inline constexpr std::string_view kLegalForms = "legal_forms";
inline constexpr std::string_view kMunicipalities = "municipalities";

class RegistryCodes {
 public:
  RegistryCodes() = default;
  // Every version of a code counts: a service registered years ago may use a code whose current row
  // starts later (the registry's code lists date rows by their last change).
  explicit RegistryCodes(const std::vector<catalogue::CatalogueItem>& items);

  bool has(std::string_view catalogue, std::string_view code) const { return find(catalogue, code) != nullptr; }
  std::string name(std::string_view catalogue, std::string_view code) const;
  std::string parent(std::string_view catalogue, std::string_view code) const;
  // Whether a FormaPravniSubjektivity code is a natural person (fyzická osoba, samostatně hospodařící
  // rolník …): such a provider's name is a person's name and is never stored.
  bool natural_person_form(std::string_view code) const { return natural_person_forms_.count(std::string(code)) > 0; }
  // An ORP code in either code system (the ČSÚ code the catalogue is keyed by, or the RÚIAN code in its
  // attribute ruian_code; the two sets do not overlap) as the ČSÚ code; unknown codes unchanged.
  std::string territory(std::string_view code) const;
  // The ORP (ČSÚ code) a municipality (obec, ČSÚ/RÚIAN code) lies in; empty when unknown.
  std::string territory_of_municipality(std::string_view municipality_code) const {
    return parent(kMunicipalities, municipality_code);
  }

 private:
  struct Entry {
    std::string name_cs;
    std::string parent_code;
    std::string valid_from;
  };
  const Entry* find(std::string_view catalogue, std::string_view code) const;

  std::map<std::string, std::map<std::string, Entry, std::less<>>, std::less<>> entries_;
  std::set<std::string> natural_person_forms_;
  std::map<std::string, std::string, std::less<>> territory_by_ruian_;
};

// Whether a legal form, by its Czech catalogue name, is a natural person.
bool is_natural_person_legal_form_name(std::string_view name_cs);

}  // namespace kvalis::importers
