#include "platform/store/catalogue_sync.hpp"

#include <stdexcept>

#include "platform/core/catalogue.hpp"
#include "platform/core/resources.hpp"

namespace kvalis::store {
namespace {

constexpr const char* kSelectCatalogueItem =
    "SELECT name_cs, name_en, parent_code, paragraph, source_act, valid_to, attributes FROM catalogue_items "
    "WHERE catalogue = :c AND code = :code AND valid_from = :vf";
constexpr const char* kInsertCatalogueItem =
    "INSERT INTO catalogue_items (catalogue, code, name_cs, name_en, parent_code, paragraph, source_act, "
    "valid_from, valid_to, attributes) VALUES (:c, :code, :n, :ne, :p, :para, :src, :vf, :vt, :a)";
constexpr const char* kUpdateCatalogueItem =
    "UPDATE catalogue_items SET name_cs = :n, name_en = :ne, parent_code = :p, paragraph = :para, "
    "source_act = :src, valid_to = :vt, attributes = :a WHERE catalogue = :c AND code = :code AND valid_from = :vf";

std::string encode_attributes(const catalogue::CatalogueItem& item) {
  std::string out;
  for (const auto& [k, v] : item.attributes) {
    if (!out.empty()) out += '\n';
    out += k + "=" + v;
  }
  return out;
}

}  // namespace

void sync_generic_catalogues(soci::session& s, MigrationReport& report) {
  std::vector<catalogue::Problem> problems;
  for (const auto& r : embedded_resources()) {
    constexpr std::string_view dir = "catalogues/";
    if (r.path.substr(0, dir.size()) != dir || r.path.size() < 4 || r.path.substr(r.path.size() - 4) != ".csv")
      continue;
    const std::string name(r.path.substr(dir.size(), r.path.size() - dir.size() - 4));
    // basic_activities has columns of its own (network module, loaded into nw_activities).
    if (name == "standards" || name == "criteria" || name == "basic_activities") continue;
    for (const auto& item : catalogue::parse_catalogue(name, r.content, problems)) {
      std::string n, ne, p, para, src, vt, a;
      soci::indicator ind_ne, ind_p, ind_para, ind_vt, ind_a;
      s << kSelectCatalogueItem, soci::use(item.catalogue), soci::use(item.code), soci::use(item.valid_from),
          soci::into(n), soci::into(ne, ind_ne), soci::into(p, ind_p), soci::into(para, ind_para), soci::into(src),
          soci::into(vt, ind_vt), soci::into(a, ind_a);
      const std::string attrs = encode_attributes(item);
      if (!s.got_data()) {
        s << kInsertCatalogueItem, soci::use(item.catalogue), soci::use(item.code), soci::use(item.name_cs),
            soci::use(item.name_en), soci::use(item.parent_code), soci::use(item.paragraph), soci::use(item.source_act),
            soci::use(item.valid_from), soci::use(item.valid_to), soci::use(attrs);
        ++report.catalogue_rows_added;
      } else if (n != item.name_cs || ne != item.name_en || p != item.parent_code || para != item.paragraph ||
                 src != item.source_act || vt != item.valid_to || a != attrs) {
        s << kUpdateCatalogueItem, soci::use(item.name_cs), soci::use(item.name_en), soci::use(item.parent_code),
            soci::use(item.paragraph), soci::use(item.source_act), soci::use(item.valid_to), soci::use(attrs),
            soci::use(item.catalogue), soci::use(item.code), soci::use(item.valid_from);
        ++report.catalogue_rows_updated;
      }
    }
  }
  if (!problems.empty()) {
    std::string msg = "catalogue files have problems:";
    for (const auto& pr : problems) msg += "\n  " + pr.file + ":" + std::to_string(pr.line) + ": " + pr.message;
    throw std::runtime_error(msg);
  }
}

}  // namespace kvalis::store
