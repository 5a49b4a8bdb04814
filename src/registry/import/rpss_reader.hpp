#pragma once
// Streams the registry export ({"polozky": [ … ]}) through Boost.JSON's SAX parser: the file is read
// in chunks, and only one element of "polozky" is built at a time (skipping keys nobody reads), handed
// to a callback and dropped. The whole document is never held, so memory stays flat for a national file.
#include <boost/json/value.hpp>

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace kvalis::importers {

// Where an element of "polozky" starts: 1-based index, 1-based line and column (in bytes) of its
// opening brace, and its byte offset in the file.
struct ItemPosition {
  long long index = 0;
  long long line = 0;
  long long column = 0;
  long long offset = 0;
};

struct SyntaxError {
  long long line = 0;
  long long column = 0;
  long long offset = 0;
  std::string message;
};

struct ReadResult {
  long long items = 0;
  long long bytes = 0;
  std::optional<SyntaxError> syntax_error;  // malformed JSON
  std::string structure_error;              // well-formed JSON, but not {"polozky": [ … ]}
  bool ok() const { return !syntax_error && structure_error.empty(); }
};

struct ReaderOptions {
  std::size_t chunk_size = 1 << 20;
  std::vector<std::string> skip_keys;  // members (at any depth inside an item) that are never built
};

using ItemCallback = std::function<void(const ItemPosition&, const boost::json::value&)>;

// Calls on_item for every element of the top-level "polozky" array, in order. Exceptions thrown by
// on_item propagate.
ReadResult read_rpss(std::istream& in, const ItemCallback& on_item, const ReaderOptions& options = {});

}  // namespace kvalis::importers
