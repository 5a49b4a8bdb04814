#include "platform/store/catalogue_repo.hpp"

#include <algorithm>

#include "platform/core/text.hpp"
#include "platform/store/row.hpp"

namespace kvalis::store::catalogue_repo {

std::vector<catalogue::CatalogueItem> load_all(soci::session& s) {
  std::vector<catalogue::CatalogueItem> out;
  soci::rowset<soci::row> rs =
      (s.prepare << "SELECT catalogue, code, name_cs, name_en, parent_code, paragraph, source_act, valid_from, "
                    "valid_to, attributes FROM catalogue_items ORDER BY catalogue, id");
  for (const auto& r : rs) {
    catalogue::CatalogueItem item;
    item.catalogue = as_str(r, 0);
    item.code = as_str(r, 1);
    item.name_cs = as_str(r, 2);
    item.name_en = as_str(r, 3);
    item.parent_code = as_str(r, 4);
    item.paragraph = as_str(r, 5);
    item.source_act = as_str(r, 6);
    item.valid_from = as_str(r, 7);
    item.valid_to = as_str(r, 8);
    const std::string attrs = as_str(r, 9);
    for (auto& [key, value] : parse_key_values(attrs, '\n')) item.attributes.emplace_back(key, value);
    out.push_back(std::move(item));
  }
  return out;
}

Catalogues::Catalogues(const std::vector<catalogue::CatalogueItem>& items, const std::string& date) {
  for (const auto& item : items) {
    if (!catalogue::in_force(item, date)) continue;
    auto& list = by_catalogue_[item.catalogue];
    list.push_back(item);
  }
  for (auto& [name, list] : by_catalogue_) {
    // Numeric codes sort as numbers (kinds of service 1…35), others as text.
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      const bool an = !a.code.empty() && std::all_of(a.code.begin(), a.code.end(), ::isdigit);
      const bool bn = !b.code.empty() && std::all_of(b.code.begin(), b.code.end(), ::isdigit);
      if (an && bn) return std::stoll(a.code) < std::stoll(b.code);
      if (an != bn) return an;
      return a.code < b.code;
    });
    for (std::size_t i = 0; i < list.size(); ++i) index_[name][list[i].code] = i;
  }
}

const std::vector<catalogue::CatalogueItem>& Catalogues::items(const std::string& catalogue) const {
  static const std::vector<catalogue::CatalogueItem> empty;
  auto it = by_catalogue_.find(catalogue);
  return it == by_catalogue_.end() ? empty : it->second;
}

const catalogue::CatalogueItem* Catalogues::find(const std::string& catalogue, const std::string& code) const {
  auto it = index_.find(catalogue);
  if (it == index_.end()) return nullptr;
  auto jt = it->second.find(code);
  if (jt == it->second.end()) return nullptr;
  return &by_catalogue_.at(catalogue)[jt->second];
}

std::string Catalogues::name(const std::string& catalogue, const std::string& code, bool english) const {
  const auto* item = find(catalogue, code);
  if (!item) return code;
  return english && !item->name_en.empty() ? item->name_en : item->name_cs;
}

}  // namespace kvalis::store::catalogue_repo
