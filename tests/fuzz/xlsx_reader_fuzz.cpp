// The XLSX reader (platform/import/xlsx_reader): uploaded spreadsheets (zip central directory, entries
// inflated with zlib, shared strings, sheet1 cells). Properties: the streaming reader and the in-memory one
// agree.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "platform/import/xlsx_reader.hpp"

using namespace kvalis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)importers::looks_like_zip(bytes);
  // A small unpacked limit keeps each run fast; the limit's own check is exercised by inputs that exceed it.
  constexpr std::size_t kMaxUnpacked = 1 << 20;
  const auto sheet = importers::read_first_sheet(bytes, kMaxUnpacked);
  std::vector<importers::XlsxRow> streamed;
  const std::string error = importers::for_each_row(
      bytes, [&](importers::XlsxRow&& row) { streamed.push_back(std::move(row)); }, kMaxUnpacked);
  fuzz::check(error == sheet.error, "for_each_row and read_first_sheet give the same error");
  if (error.empty()) {
    fuzz::check(streamed.size() == sheet.rows.size(), "both readers give the same rows");
    for (std::size_t i = 0; i < streamed.size(); ++i) {
      fuzz::check(streamed[i].number == sheet.rows[i].number && streamed[i].cells == sheet.rows[i].cells,
                  "both readers give the same rows");
    }
  }
  return 0;
}
