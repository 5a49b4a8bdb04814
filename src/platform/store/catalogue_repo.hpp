#pragma once
// Reading the legal catalogues (loaded at migration from catalogues/*.csv).
#include <soci/soci.h>

#include <map>
#include <string>
#include <vector>

#include "platform/core/catalogue.hpp"

namespace kvalis::store::catalogue_repo {

// All rows of all catalogues, ordered by catalogue and code.
std::vector<catalogue::CatalogueItem> load_all(soci::session& s);

// The rows in force on a date, indexed by catalogue then code.
class Catalogues {
 public:
  Catalogues() = default;
  Catalogues(const std::vector<catalogue::CatalogueItem>& items, const std::string& date);
  const std::vector<catalogue::CatalogueItem>& items(const std::string& catalogue) const;
  const catalogue::CatalogueItem* find(const std::string& catalogue, const std::string& code) const;
  bool has(const std::string& catalogue, const std::string& code) const { return find(catalogue, code) != nullptr; }
  std::string name(const std::string& catalogue, const std::string& code, bool english) const;

 private:
  std::map<std::string, std::vector<catalogue::CatalogueItem>> by_catalogue_;
  std::map<std::string, std::map<std::string, std::size_t>> index_;
};

}  // namespace kvalis::store::catalogue_repo
