// The registry export reader (registry/import/rpss_reader: Boost.JSON's SAX parser over rpss.json read in
// chunks) and the mapping of each item (rpss_item) against the real catalogues. The first byte picks the
// chunk size (so that tokens straddle chunk boundaries), whether the ignored keys are skipped, and
// whether ended facilities are kept. Properties: items are numbered 1, 2, … at increasing offsets inside
// the file, a syntax error lies inside the file, and the whole input is read when it is well formed.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "platform/core/catalogue.hpp"
#include "platform/core/csv.hpp"
#include "registry/core/registry_codes.hpp"
#include "registry/import/rpss_item.hpp"
#include "registry/import/rpss_reader.hpp"

using namespace kvalis;

namespace {

const importers::RegistryCodes& codes() {
  static const importers::RegistryCodes c = [] {
    std::vector<catalogue::CatalogueItem> items;
    const std::filesystem::path dir = std::filesystem::path(KVALIS_SOURCE_DIR) / "catalogues";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      const std::string name = entry.path().stem().string();
      if (entry.path().extension() != ".csv" || name == "criteria" || name == "standards" || name == "basic_activities")
        continue;  // not generic catalogues (as platform/store/catalogue_sync.cpp skips them)
      std::vector<catalogue::Problem> problems;
      auto parsed = catalogue::parse_catalogue(name, fuzz::source_file("catalogues/" + name + ".csv"), problems);
      fuzz::check(problems.empty(), "the catalogues read without problems");
      items.insert(items.end(), parsed.begin(), parsed.end());
    }
    return importers::RegistryCodes(items);
  }();
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t mode = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  importers::ReaderOptions options;
  options.chunk_size = (mode & 0x1f) == 0 ? (1u << 20) : (mode & 0x1f);
  if (mode & 0x20) options.skip_keys = importers::rpss_ignored_keys();
  importers::MappingOptions mapping;
  mapping.today = "2026-06-30";
  mapping.history = (mode & 0x40) != 0;

  long long expected_index = 1;
  long long last_offset = -1;
  csv::ViewStream in(text);
  const auto result = importers::read_rpss(
      in,
      [&](const importers::ItemPosition& pos, const boost::json::value& item) {
        fuzz::check(pos.index == expected_index++, "items are numbered in order");
        fuzz::check(pos.offset > last_offset && pos.offset < static_cast<long long>(text.size()),
                    "items start at increasing offsets inside the file");
        fuzz::check(pos.line >= 1 && pos.column >= 1, "positions are 1-based");
        last_offset = pos.offset;
        const auto mapped = importers::map_rpss_item(item, codes(), mapping);
        (void)mapped;
      },
      options);
  // A file that ends inside an item counts that item as begun; a good file counts exactly the items handed over.
  fuzz::check(result.items == expected_index - 1 || (!result.ok() && result.items == expected_index),
              "the result counts the items");
  if (result.syntax_error) {
    fuzz::check(result.syntax_error->offset <= static_cast<long long>(text.size()), "a syntax error lies in the file");
    fuzz::check(!result.syntax_error->message.empty(), "a syntax error has a message");
  }
  if (result.ok()) fuzz::check(result.bytes == static_cast<long long>(text.size()), "a good file is read to its end");
  return 0;
}
