// Streaming the registry export: items are handed out one by one with their position, the same way
// whatever the chunk size, keys nobody reads are not built, and malformed JSON is located.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "registry/import/rpss_reader.hpp"

namespace kvalis::importers {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(KVALIS_TEST_DATA) / "registry" / "rpss";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Collected {
  std::vector<ItemPosition> positions;
  std::vector<std::string> items;
  ReadResult result;
};

Collected collect(const std::string& text, std::size_t chunk, std::vector<std::string> skip = {}) {
  Collected c;
  std::istringstream in(text);
  ReaderOptions o;
  o.chunk_size = chunk;
  o.skip_keys = std::move(skip);
  c.result = read_rpss(
      in,
      [&](const ItemPosition& p, const boost::json::value& v) {
        c.positions.push_back(p);
        c.items.push_back(boost::json::serialize(v));
      },
      o);
  return c;
}

// Lines where the elements of polozky start in the fixtures (written with indent 2).
std::vector<long long> item_lines(const std::string& text) {
  std::vector<long long> out;
  std::istringstream in(text);
  std::string line;
  for (long long n = 1; std::getline(in, line); ++n)
    if (line == "    {") out.push_back(n);
  return out;
}

TEST(RpssReader, ItemsAndPositionsDoNotDependOnChunkSize) {
  const std::string text = read_file(kData / "rpss_small.json");
  const auto lines = item_lines(text);
  ASSERT_EQ(lines.size(), 10u);
  const auto whole = collect(text, 1 << 20);
  ASSERT_TRUE(whole.result.ok());
  EXPECT_EQ(whole.result.items, 10);
  EXPECT_EQ(whole.result.bytes, static_cast<long long>(text.size()));
  ASSERT_EQ(whole.positions.size(), 10u);
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_EQ(whole.positions[i].index, static_cast<long long>(i + 1));
    EXPECT_EQ(whole.positions[i].line, lines[i]);
    EXPECT_EQ(whole.positions[i].column, 5);
    EXPECT_EQ(text[static_cast<std::size_t>(whole.positions[i].offset)], '{');
  }
  // Chunks that split keys, strings, numbers and the whitespace before an item.
  for (std::size_t chunk : {1u, 2u, 7u, 64u, 1000u, 4096u}) {
    const auto c = collect(text, chunk);
    ASSERT_TRUE(c.result.ok()) << chunk;
    EXPECT_EQ(c.items, whole.items) << chunk;
    for (std::size_t i = 0; i < c.positions.size(); ++i) {
      EXPECT_EQ(c.positions[i].line, whole.positions[i].line) << chunk;
      EXPECT_EQ(c.positions[i].offset, whole.positions[i].offset) << chunk;
    }
  }
}

TEST(RpssReader, OneLineFileGivesColumns) {
  const std::string text = read_file(kData / "rpss_small_compact.json");
  const auto c = collect(text, 1 << 20);
  ASSERT_TRUE(c.result.ok());
  ASSERT_EQ(c.positions.size(), 10u);
  EXPECT_EQ(c.positions[0].line, 1);
  EXPECT_EQ(c.positions[0].column, 14);  // {"polozky": [{
  for (const auto& p : c.positions) {
    EXPECT_EQ(text[static_cast<std::size_t>(p.offset)], '{');
    EXPECT_EQ(p.column, p.offset + 1);
  }
}

TEST(RpssReader, SkippedKeysAreNotBuilt) {
  const std::string text = read_file(kData / "rpss_small.json");
  const auto all = collect(text, 1 << 20);
  const auto c = collect(text, 7, {"statutarniOrgany", "doplnkoveUdaje", "kontaktniOsoby"});
  ASSERT_EQ(c.items.size(), 10u);
  EXPECT_NE(all.items[0].find("Svoboda"), std::string::npos);
  for (const auto& item : c.items) {
    EXPECT_EQ(item.find("Svoboda"), std::string::npos);
    EXPECT_EQ(item.find("doplnkoveUdaje"), std::string::npos);
    EXPECT_EQ(item.find("Kontaktní"), std::string::npos);
    EXPECT_NE(item.find("\"identifikator\""), std::string::npos);
    EXPECT_NE(item.find("\"poskytovatel\""), std::string::npos);
  }
}

TEST(RpssReader, SyntaxErrorIsLocated) {
  const std::string text = read_file(kData / "rpss_syntax_error.json");
  std::ifstream expected(kData / "expected_syntax_error.csv");
  std::string header;
  long long line = 0;
  expected >> header >> line;
  for (std::size_t chunk : {1u << 20, 7u}) {
    const auto c = collect(text, chunk);
    ASSERT_TRUE(c.result.syntax_error.has_value()) << chunk;
    EXPECT_EQ(c.result.syntax_error->line, line) << chunk;
    EXPECT_EQ(c.result.syntax_error->column, 7) << chunk;
    EXPECT_EQ(c.items.size(), 1u);  // the first item was complete
  }
}

TEST(RpssReader, StructureAndTruncation) {
  EXPECT_EQ(collect(R"({"polozky": []})", 64).result.items, 0);
  EXPECT_TRUE(collect(R"({"polozky": []})", 64).result.ok());
  EXPECT_FALSE(collect(R"([1, 2])", 64).result.structure_error.empty());
  EXPECT_FALSE(collect(R"({"items": []})", 64).result.structure_error.empty());
  EXPECT_FALSE(collect(R"({"polozky": {"a": 1}})", 64).result.structure_error.empty());
  EXPECT_FALSE(collect(R"({"polozky": null})", 64).result.structure_error.empty());
  const auto truncated = collect("{\"polozky\": [{\"a\": 1},\n {\"b\": ", 64);
  ASSERT_TRUE(truncated.result.syntax_error.has_value());
  EXPECT_EQ(truncated.result.syntax_error->line, 2);
  EXPECT_EQ(truncated.items.size(), 1u);
  const auto trailing = collect("{\"polozky\": []}\n\nx", 4);
  ASSERT_TRUE(trailing.result.syntax_error.has_value());
  EXPECT_EQ(trailing.result.syntax_error->line, 3);
  EXPECT_TRUE(collect("{\"polozky\": []}\n\n", 4).result.ok());
  EXPECT_FALSE(collect("", 64).result.ok());
}

TEST(RpssReader, OtherTopLevelKeysAndNonObjectItems) {
  const auto c = collect(R"({"meta": {"polozky": [1]}, "polozky": [{"x": "a\"b"}, 5, null, [1]], "pocet": 4})", 3);
  ASSERT_TRUE(c.result.ok());
  ASSERT_EQ(c.items.size(), 4u);
  EXPECT_EQ(c.items[0], R"({"x":"a\"b"})");
  EXPECT_EQ(c.items[1], "0");
  EXPECT_EQ(c.items[2], "null");
  EXPECT_EQ(c.items[3], "[1]");
}

// Items with no plain token of their own ({}, literals, an escaped string, an object with escaped keys only)
// are located at their first byte all the same, whatever the chunk size (a fuzzing finding: they were given
// the position of the last plain token before them, so two such items in a row shared one).
TEST(RpssReader, ItemsWithoutPlainTokensAreLocatedAtTheirStart) {
  const std::string text =
      "{\"polozky\": [{}, {},\n  true, null, \"50002\", \"a\\fb\", -12.5e1, [],"
      " {\"x\": true}, {}, {\"k\\n\": {}}, false]}";
  std::vector<long long> starts;
  for (std::size_t i = text.find('[') + 1; i < text.size() - 2;) {
    while (text[i] == ' ' || text[i] == ',' || text[i] == '\n') ++i;
    starts.push_back(static_cast<long long>(i));
    // to the comma that ends this item at depth 0
    int depth = 0;
    bool in_string = false;
    for (; i < text.size() - 2; ++i) {
      const char c = text[i];
      if (in_string) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        --depth;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
  }
  ASSERT_EQ(starts.size(), 12u);
  for (std::size_t chunk : {1u, 2u, 3u, 5u, 1u << 20}) {
    const auto c = collect(text, chunk);
    ASSERT_TRUE(c.result.ok()) << chunk;
    ASSERT_EQ(c.positions.size(), starts.size()) << chunk;
    for (std::size_t i = 0; i < starts.size(); ++i) {
      EXPECT_EQ(c.positions[i].offset, starts[i]) << "item " << i + 1 << ", chunk " << chunk;
      EXPECT_EQ(c.positions[i].line, i < 2 ? 1 : 2) << "item " << i + 1 << ", chunk " << chunk;
    }
  }
}

// An array item whose first token is a number after a literal, then a number cut off by the end of the file
// (a fuzzing finding: the first item took its number's offset, and the cut-off one an offset past the file).
TEST(RpssReader, ItemsOfATruncatedFileLieInsideIt) {
  const std::string text = "{\n \"polozky\":[[\n null,56],107";
  for (std::size_t chunk : {1u, 7u, 1u << 20}) {
    const auto c = collect(text, chunk);
    EXPECT_FALSE(c.result.ok()) << chunk;
    ASSERT_EQ(c.positions.size(), 2u) << chunk;
    EXPECT_EQ(c.positions[0].offset, 14) << chunk;  // the inner [
    EXPECT_EQ(c.positions[0].line, 2) << chunk;
    EXPECT_EQ(c.positions[1].offset, 26) << chunk;  // 107
    EXPECT_EQ(c.positions[1].line, 3) << chunk;
  }
}

// A second "polozky" array, and a number cut off at the very end (its last part is empty there): items still
// lie inside the file at increasing offsets (a fuzzing finding).
TEST(RpssReader, ASecondItemsArrayAndANumberCutOffAtTheEnd) {
  const std::string text = "{\"polozky\": [{}, {}], \"polozky\": [ {}, 99999999999999999999";
  for (std::size_t chunk : {1u, 3u, 1u << 20}) {
    const auto c = collect(text, chunk);
    EXPECT_FALSE(c.result.ok()) << chunk;
    ASSERT_EQ(c.positions.size(), 4u) << chunk;
    EXPECT_EQ(c.positions[0].offset, 13) << chunk;
    EXPECT_EQ(c.positions[1].offset, 17) << chunk;
    EXPECT_EQ(c.positions[2].offset, 35) << chunk;  // the first {} of the second array
    EXPECT_GT(c.positions[3].offset, 35) << chunk;
    EXPECT_LT(c.positions[3].offset, static_cast<long long>(text.size())) << chunk;
  }
}

TEST(RpssReader, ManyItemsOfEverySize) {
  // Each item is built in a fresh arena: thousands of items, small and larger than the arena's buffer.
  std::string text = "{\"polozky\": [";
  for (int i = 0; i < 3000; ++i) {
    if (i) text += ",";
    text += "{\"identifikator\": " + std::to_string(i) + ", \"x\": \"" + std::string(i % 97 == 0 ? 300000 : 100, 'a') +
            "\"}";
  }
  text += "]}";
  long long sum = 0, n = 0;
  std::istringstream in(text);
  const auto r = read_rpss(in, [&](const ItemPosition&, const boost::json::value& v) {
    sum += v.at("identifikator").as_int64();
    ++n;
  });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(n, 3000);
  EXPECT_EQ(sum, 3000LL * 2999 / 2);
}

}  // namespace
}  // namespace kvalis::importers
