#pragma once
// One item of the MPSV registry's open-data export (rpss.json, an element of "polozky") mapped to a
// registered service and its provider, with validation. Pure: no database and no I/O, so every rule
// (codes, privacy, secret addresses, dates) is tested on small JSON values.
//
// Accepted shapes (README of the export; tolerant where consumers have seen variations):
//  - code-list references: {"id": "DruhSocialniSluzby/13"}, {"kod": "13"} (kod wins over id),
//    "DruhSocialniSluzby/13", "13" or 13 — the code is what follows the last '/';
//  - rozsirenePusobnostiVKraji (ORP territories): an array (or a single value) whose elements are
//    references as above ({"id": "Orp/5201"}, {"kod": 5201}, "5201"), objects holding one under
//    kodOrp, orp, obecSRozsirenouPusobnosti, rozsirenaPusobnost or pusobnost, or objects grouping
//    several under an array-valued key (e.g. {"kraj": {"id": "Kraj/86"}, "orp": [ … ]});
//  - dates: "YYYY-MM-DD", ISO timestamps (with Z or an offset they are converted to the Prague date),
//    or epoch milliseconds as in the registry's code lists;
//  - numbers (pocet, identifikator, ico, cisloDomovni, kodAdresnihoMista) as JSON numbers or digit
//    strings; IČO given as a number gets its leading zeros back.
#include <boost/json/value.hpp>

#include <string>
#include <vector>

#include "registry/core/model.hpp"
#include "registry/core/registry_codes.hpp"

namespace kvalis::importers {

struct MappingOptions {
  std::string today;     // YYYY-MM-DD: a service or facility provided "to" an earlier day has ended
  bool history = false;  // keep ended facilities (ended services are the caller's choice)
};

struct MappedItem {
  registry::Service service;
  registry::Provider provider;
  bool ended = false;           // datumPoskytovaniDo is before today
  bool natural_person = false;  // the provider is a natural person (name not stored)
  int secret_facilities = 0;
  std::vector<std::string> errors;    // why the item cannot be imported; empty when it can
  std::vector<std::string> warnings;  // imported as given, but worth a look (unknown codes …)
};

MappedItem map_rpss_item(const boost::json::value& item, const RegistryCodes& codes, const MappingOptions& options);

// Keys the mapping never reads and which may hold names of natural persons or bulky attachments; a
// streaming reader can skip them without building them.
const std::vector<std::string>& rpss_ignored_keys();

}  // namespace kvalis::importers
