#include "importers/rpss_reader.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value_stack.hpp>

#include <cctype>
#include <cstring>
#include <unordered_set>

namespace kvalis::importers {
namespace json = boost::json;
namespace {

// Line and column bookkeeping over two alternating chunk buffers: the current one and the previous one,
// so that an item whose opening brace ended the previous chunk can still be located.
class Buffers {
 public:
  explicit Buffers(std::size_t chunk) {
    buf_[0].resize(chunk);
    buf_[1].resize(chunk);
  }

  // Reads the next chunk; returns its size (0 at the end of the input).
  std::size_t load(std::istream& in) {
    advance_to(base_[cur_] + static_cast<long long>(len_[cur_]));
    const int next = 1 - cur_;
    base_[next] = base_[cur_] + static_cast<long long>(len_[cur_]);
    in.read(buf_[next].data(), static_cast<std::streamsize>(buf_[next].size()));
    len_[next] = static_cast<std::size_t>(in.gcount());
    cur_ = next;
    return len_[cur_];
  }
  const char* data() const { return buf_[cur_].data(); }
  long long base() const { return base_[cur_]; }
  long long end() const { return base_[cur_] + static_cast<long long>(len_[cur_]); }

  // The absolute offset of a pointer into the current chunk, or -1 when it points elsewhere (the parser
  // hands out its own buffer for strings with escapes).
  long long offset_of(const char* p) const {
    const char* b = buf_[cur_].data();
    return p >= b && p <= b + len_[cur_] ? base_[cur_] + (p - b) : -1;
  }

  // A byte of either buffer, or -1.
  int at(long long abs) const {
    for (int i : {cur_, 1 - cur_})
      if (abs >= base_[i] && abs < base_[i] + static_cast<long long>(len_[i]))
        return static_cast<unsigned char>(buf_[i][static_cast<std::size_t>(abs - base_[i])]);
    return -1;
  }

  // Counts newlines of the current chunk up to abs (forward only).
  void advance_to(long long abs) {
    if (abs <= counted_) return;
    const char* b = buf_[cur_].data();
    const char* p = b + (counted_ - base_[cur_]);
    const char* e = b + (abs - base_[cur_]);
    while (p < e) {
      const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(e - p));
      if (!nl) break;
      p = static_cast<const char*>(nl) + 1;
      ++line_;
      line_start_ = base_[cur_] + (p - b);
    }
    counted_ = abs;
  }

  // Line and column of an offset at or before the counted position (and within the two buffers).
  std::pair<long long, long long> locate(long long abs) {
    if (abs > counted_) advance_to(std::min(abs, end()));
    long long line = line_;
    for (long long p = abs; p < counted_; ++p)
      if (at(p) == '\n') --line;
    if (abs >= line_start_) return {line, abs - line_start_ + 1};
    for (long long p = abs - 1; p >= 0; --p) {
      const int c = at(p);
      if (c < 0) return {line, 0};
      if (c == '\n') return {line, abs - p};
    }
    return {line, abs + 1};
  }

 private:
  std::vector<char> buf_[2];
  long long base_[2] = {0, 0};
  std::size_t len_[2] = {0, 0};
  int cur_ = 0;
  long long counted_ = 0;
  long long line_ = 1;
  long long line_start_ = 0;
};

class Reader {
 public:
  Reader(Buffers& buffers, const ItemCallback& on_item, const ReaderOptions& options)
      : buffers_(buffers), on_item_(on_item), skip_(options.skip_keys.begin(), options.skip_keys.end()) {}

  std::string structure_error;
  bool root_is_object = false;
  bool polozky_found = false;
  long long items = 0;

  bool begin(bool object, json::error_code& ec) {
    if (building_) {
      ++depth_;
      if (skip_depth_) return true;
      if (skip_next_) {
        skip_next_ = false;
        skip_depth_ = depth_;
        return true;
      }
      counts_.push_back(0);
      return true;
    }
    if (in_items_ && depth_ == items_depth_) {
      start_item();
      ++depth_;
      counts_.push_back(0);
      return true;
    }
    if (depth_ == 0) {
      root_is_object = object;
      if (!object) return fail("the file is not a registry export: expected {\"polozky\": [ … ]}", ec);
    } else if (expect_items_) {
      expect_items_ = false;
      if (object) return fail("\"polozky\" is not an array", ec);
      in_items_ = true;
      polozky_found = true;
      items_depth_ = depth_ + 1;
    }
    ++depth_;
    return true;
  }

  bool end(bool object) {
    if (building_) {
      if (skip_depth_) {
        if (depth_ == skip_depth_) skip_depth_ = 0;
        --depth_;
        return true;
      }
      --depth_;
      const std::size_t n = counts_.back();
      counts_.pop_back();
      if (object) stack_.push_object(n);
      else stack_.push_array(n);
      if (counts_.empty()) finish_item();
      else ++counts_.back();
      return true;
    }
    if (in_items_ && depth_ == items_depth_) in_items_ = false;
    --depth_;
    return true;
  }

  bool key_part(json::string_view s) {
    note(s.data());
    if ((building_ && !skip_depth_) || (!building_ && depth_ == 1)) key_.append(s.data(), s.size());
    return true;
  }

  bool key(json::string_view s) {
    note(s.data());
    if (building_) {
      if (!skip_depth_) {
        const json::string_view full = key_.empty() ? s : (key_.append(s.data(), s.size()), json::string_view(key_));
        if (skip_.count(std::string_view(full.data(), full.size()))) skip_next_ = true;
        else stack_.push_key(full);
      }
    } else if (depth_ == 1) {
      const json::string_view full = key_.empty() ? s : (key_.append(s.data(), s.size()), json::string_view(key_));
      expect_items_ = full == "polozky";
    }
    key_.clear();
    return true;
  }

  bool string_part(json::string_view s) {
    note(s.data());
    if (building_ && !skip_depth_ && !skip_next_) stack_.push_chars(s);
    return true;
  }

  template <class Push>
  bool scalar(const char* text, json::kind kind, Push&& push, json::error_code& ec) {
    if (text) note(text);
    if (building_) {
      if (skip_depth_) return true;
      if (skip_next_) {
        skip_next_ = false;
        return true;
      }
      push();
      ++counts_.back();
      return true;
    }
    if (in_items_ && depth_ == items_depth_) {
      // Not an object: the mapping reports it; its value is not needed.
      start_item();
      finish_scalar_item(kind);
      return true;
    }
    if (expect_items_) {
      expect_items_ = false;
      return fail("\"polozky\" is not an array", ec);
    }
    return true;
  }

  json::value_stack& stack() { return stack_; }

 private:
  bool fail(std::string message, json::error_code& ec) {
    structure_error = std::move(message);
    ec = json::error::syntax;
    return false;
  }

  void note(const char* p) {
    const long long off = buffers_.offset_of(p);
    if (off < 0) return;
    if (pos_pending_) {
      pos_pending_ = false;
      // The item's first token is a key or a string: back over its quote and whitespace to the brace.
      long long q = off - 1;
      if (buffers_.at(q) == '"') {
        --q;
        while (q >= 0 && std::isspace(buffers_.at(q))) --q;
        if (buffers_.at(q) == '{' || buffers_.at(q) == '[') set_position(q);
        else set_position(last_offset_);
      } else {
        set_position(off);
      }
    }
    last_offset_ = off;
  }

  void set_position(long long off) {
    pos_.offset = off;
    std::tie(pos_.line, pos_.column) = buffers_.locate(off);
  }

  void start_item() {
    building_ = true;
    pos_ = ItemPosition{};
    pos_.index = ++items;
    pos_pending_ = true;
    mr_.release();
    stack_.reset(&mr_);
  }

  void finish_item() {
    if (pos_pending_) {
      pos_pending_ = false;
      set_position(last_offset_);
    }
    building_ = false;
    json::value v = stack_.release();
    on_item_(pos_, v);
  }

  void finish_scalar_item(json::kind kind) {
    building_ = false;
    if (pos_pending_) {
      pos_pending_ = false;
      set_position(last_offset_);
    }
    json::value v;
    if (kind == json::kind::string) v = json::string();
    else if (kind == json::kind::bool_) v = false;
    else if (kind != json::kind::null) v = 0;
    on_item_(pos_, v);
  }

  Buffers& buffers_;
  const ItemCallback& on_item_;
  std::unordered_set<std::string_view> skip_;
  int depth_ = 0;
  bool expect_items_ = false;
  bool in_items_ = false;
  int items_depth_ = 0;
  std::string key_;
  bool building_ = false;
  json::monotonic_resource mr_{64 * 1024};
  json::value_stack stack_;
  std::vector<std::size_t> counts_;
  int skip_depth_ = 0;      // inside a skipped container opened at this depth
  bool skip_next_ = false;  // the value after a skipped key
  bool pos_pending_ = false;
  ItemPosition pos_;
  long long last_offset_ = 0;
};

struct Handler {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  explicit Handler(Reader* r) : r(r) {}
  Reader* r;

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code& ec) { return r->begin(true, ec); }
  bool on_object_end(std::size_t, json::error_code&) { return r->end(true); }
  bool on_array_begin(json::error_code& ec) { return r->begin(false, ec); }
  bool on_array_end(std::size_t, json::error_code&) { return r->end(false); }
  bool on_key_part(json::string_view s, std::size_t, json::error_code&) { return r->key_part(s); }
  bool on_key(json::string_view s, std::size_t, json::error_code&) { return r->key(s); }
  bool on_string_part(json::string_view s, std::size_t, json::error_code&) { return r->string_part(s); }
  bool on_string(json::string_view s, std::size_t, json::error_code& ec) {
    return r->scalar(s.data(), json::kind::string, [&] { r->stack().push_string(s); }, ec);
  }
  bool on_number_part(json::string_view, json::error_code&) { return true; }
  bool on_int64(std::int64_t i, json::string_view s, json::error_code& ec) {
    return r->scalar(s.data(), json::kind::int64, [&] { r->stack().push_int64(i); }, ec);
  }
  bool on_uint64(std::uint64_t u, json::string_view s, json::error_code& ec) {
    return r->scalar(s.data(), json::kind::uint64, [&] { r->stack().push_uint64(u); }, ec);
  }
  bool on_double(double d, json::string_view s, json::error_code& ec) {
    return r->scalar(s.data(), json::kind::double_, [&] { r->stack().push_double(d); }, ec);
  }
  bool on_bool(bool b, json::error_code& ec) {
    return r->scalar(nullptr, json::kind::bool_, [&] { r->stack().push_bool(b); }, ec);
  }
  bool on_null(json::error_code& ec) {
    return r->scalar(nullptr, json::kind::null, [&] { r->stack().push_null(); }, ec);
  }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }
};

SyntaxError syntax_error_at(Buffers& buffers, long long abs, std::string message) {
  SyntaxError e;
  e.offset = abs;
  std::tie(e.line, e.column) = buffers.locate(abs);
  e.message = std::move(message);
  return e;
}

bool only_whitespace(const char* p, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (!std::isspace(static_cast<unsigned char>(p[i]))) return false;
  return true;
}

}  // namespace

ReadResult read_rpss(std::istream& in, const ItemCallback& on_item, const ReaderOptions& options) {
  Buffers buffers(options.chunk_size ? options.chunk_size : 1 << 20);
  Reader reader(buffers, on_item, options);
  json::parse_options popts;
  popts.max_depth = 64;
  json::basic_parser<Handler> parser(popts, &reader);
  ReadResult result;
  bool document_done = false;
  for (;;) {
    const std::size_t n = buffers.load(in);
    const bool more = n == options.chunk_size && n > 0;
    if (document_done) {
      // After the document only whitespace may follow.
      if (!only_whitespace(buffers.data(), n)) {
        std::size_t i = 0;
        while (std::isspace(static_cast<unsigned char>(buffers.data()[i]))) ++i;
        result.syntax_error = syntax_error_at(buffers, buffers.base() + static_cast<long long>(i),
                                              "unexpected data after the JSON document");
        break;
      }
      if (n == 0) break;
      continue;
    }
    json::error_code ec;
    const std::size_t used = parser.write_some(more, buffers.data(), n, ec);
    if (ec) {
      if (!reader.structure_error.empty()) {
        result.structure_error = reader.structure_error;
      } else {
        const long long at = buffers.base() + static_cast<long long>(used);
        std::string message = ec.message();
        if (ec == json::error::incomplete) message = "the file ends before the JSON document is complete";
        result.syntax_error = syntax_error_at(buffers, at, message);
      }
      break;
    }
    if (parser.done()) {
      document_done = true;
      if (!only_whitespace(buffers.data() + used, n - used)) {
        std::size_t i = used;
        while (std::isspace(static_cast<unsigned char>(buffers.data()[i]))) ++i;
        result.syntax_error = syntax_error_at(buffers, buffers.base() + static_cast<long long>(i),
                                              "unexpected data after the JSON document");
        break;
      }
      if (!more) break;
    } else if (!more) {
      break;
    }
  }
  result.items = reader.items;
  result.bytes = buffers.end();
  if (result.ok()) {
    if (!reader.root_is_object || !reader.polozky_found)
      result.structure_error = "the file is not a registry export: no \"polozky\" array";
  }
  return result;
}

}  // namespace kvalis::importers
