#include "platform/store/catalogue_sync.hpp"

#include <array>
#include <map>
#include <stdexcept>
#include <tuple>

#include "platform/core/catalogue.hpp"
#include "platform/core/resources.hpp"
#include "platform/store/bulk_insert.hpp"

namespace kvalis::store {
namespace {

constexpr const char* kSelectCatalogueItems =
    "SELECT catalogue, code, valid_from, name_cs, name_en, parent_code, paragraph, source_act, valid_to, attributes "
    "FROM catalogue_items";
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

// A stored item's fields as the sync compares them: name_cs, name_en, parent_code, paragraph, source_act,
// valid_to, attributes (NULL read as empty).
using StoredItem = std::array<std::string, 7>;
using ItemKey = std::tuple<std::string, std::string, std::string>;  // catalogue, code, valid_from

// Every stored item in one query: the sync runs whenever a database is opened (each command), and one
// SELECT per item of the ~7,000 cost a round trip each on PostgreSQL (over a second per command).
std::map<ItemKey, StoredItem> stored_items(soci::session& s) {
  std::map<ItemKey, StoredItem> out;
  soci::rowset<soci::row> rows = (s.prepare << kSelectCatalogueItems);
  auto text = [](const soci::row& r, std::size_t i) {
    return r.get_indicator(i) == soci::i_null ? std::string() : r.get<std::string>(i);
  };
  for (const auto& r : rows)
    out[{text(r, 0), text(r, 1), text(r, 2)}] = {text(r, 3), text(r, 4), text(r, 5), text(r, 6),
                                                 text(r, 7), text(r, 8), text(r, 9)};
  return out;
}

}  // namespace

void sync_generic_catalogues(soci::session& s, MigrationReport& report) {
  std::vector<catalogue::Problem> problems;
  auto stored = stored_items(s);
  // New items (all of them in a new database) in multi-row INSERTs: one per item made every new database,
  // each test's included, wait for some 7,000 round trips on PostgreSQL.
  BulkInsert added(s, "catalogue_items",
                   {{"catalogue", ColumnType::text},
                    {"code", ColumnType::text},
                    {"name_cs", ColumnType::text},
                    {"name_en", ColumnType::text},
                    {"parent_code", ColumnType::text},
                    {"paragraph", ColumnType::text},
                    {"source_act", ColumnType::text},
                    {"valid_from", ColumnType::text},
                    {"valid_to", ColumnType::text},
                    {"attributes", ColumnType::text}});
  for (const auto& r : embedded_resources()) {
    constexpr std::string_view dir = "catalogues/";
    if (r.path.substr(0, dir.size()) != dir || r.path.size() < 4 || r.path.substr(r.path.size() - 4) != ".csv")
      continue;
    const std::string name(r.path.substr(dir.size(), r.path.size() - dir.size() - 4));
    // basic_activities has columns of its own (network module, loaded into nw_activities).
    if (name == "standards" || name == "criteria" || name == "basic_activities") continue;
    for (const auto& item : catalogue::parse_catalogue(name, r.content, problems)) {
      const std::string attrs = encode_attributes(item);
      const StoredItem wanted{item.name_cs,  item.name_en, item.parent_code, item.paragraph, item.source_act,
                              item.valid_to, attrs};
      auto [found, absent] = stored.try_emplace(ItemKey{item.catalogue, item.code, item.valid_from}, wanted);
      if (absent) {
        added.add(item.catalogue)
            .add(item.code)
            .add(item.name_cs)
            .add(item.name_en)
            .add(item.parent_code)
            .add(item.paragraph)
            .add(item.source_act)
            .add(item.valid_from)
            .add(item.valid_to)
            .add(attrs);
        ++report.catalogue_rows_added;
      } else if (found->second != wanted) {
        found->second = wanted;
        added.flush();  // an item repeated in the files: the earlier one is written before it is updated
        s << kUpdateCatalogueItem, soci::use(item.name_cs), soci::use(item.name_en), soci::use(item.parent_code),
            soci::use(item.paragraph), soci::use(item.source_act), soci::use(item.valid_to), soci::use(attrs),
            soci::use(item.catalogue), soci::use(item.code), soci::use(item.valid_from);
        ++report.catalogue_rows_updated;
      }
    }
  }
  added.flush();
  if (!problems.empty()) {
    std::string msg = "catalogue files have problems:";
    for (const auto& pr : problems) msg += "\n  " + pr.file + ":" + std::to_string(pr.line) + ": " + pr.message;
    throw std::runtime_error(msg);
  }
}

}  // namespace kvalis::store
