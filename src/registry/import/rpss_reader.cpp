#include "registry/import/rpss_reader.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value_stack.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>

namespace kvalis::importers {
namespace json = boost::json;
namespace {

// Line and column bookkeeping over the current chunk and a short tail of what came before it, so that an
// item whose opening brace ended an earlier chunk can still be located.
class Buffers {
 public:
  static constexpr std::size_t kTail = 4096;

  // The chunk is read into before it is looked at: no zeroing of up to a mebibyte per file.
  explicit Buffers(std::size_t chunk) : buf_(new char[chunk]), cap_(chunk) {}

  // Reads the next chunk; returns its size (0 at the end of the input).
  std::size_t load(std::istream& in) {
    advance_to(end());
    // Keep the last kTail bytes read.
    // Trimmed back to kTail only once it has doubled: small chunks would otherwise move the whole tail per chunk.
    tail_.append(buf_.get(), len_);
    if (tail_.size() > 2 * kTail) tail_.erase(0, tail_.size() - kTail);
    base_ += static_cast<long long>(len_);
    in.read(buf_.get(), static_cast<std::streamsize>(cap_));
    len_ = static_cast<std::size_t>(in.gcount());
    return len_;
  }
  const char* data() const { return buf_.get(); }
  long long base() const { return base_; }
  long long end() const { return base_ + static_cast<long long>(len_); }

  // The absolute offset of a pointer into the current chunk, or -1 when it points elsewhere (the parser
  // hands out its own buffer for strings with escapes).
  long long offset_of(const char* p) const {
    const char* b = buf_.get();
    return p >= b && p <= b + len_ ? base_ + (p - b) : -1;
  }

  // A byte of the current chunk or of the tail before it, or -1.
  int at(long long abs) const {
    if (abs >= base_ && abs < end()) return static_cast<unsigned char>(buf_[static_cast<std::size_t>(abs - base_)]);
    const long long tail_base = base_ - static_cast<long long>(tail_.size());
    if (abs >= tail_base && abs < base_)
      return static_cast<unsigned char>(tail_[static_cast<std::size_t>(abs - tail_base)]);
    return -1;
  }

  // Counts newlines of the current chunk up to abs (forward only).
  void advance_to(long long abs) {
    if (abs <= counted_) return;
    const char* b = buf_.get();
    const char* p = b + (counted_ - base_);
    const char* e = b + (abs - base_);
    while (p < e) {
      const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(e - p));
      if (!nl) break;
      p = static_cast<const char*>(nl) + 1;
      ++line_;
      line_start_ = base_ + (p - b);
    }
    counted_ = abs;
  }

  // Line and column of an offset at or before the counted position, within the current chunk or the tail.
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
  std::unique_ptr<char[]> buf_;
  std::size_t cap_;
  long long base_ = 0;
  std::size_t len_ = 0;
  std::string tail_;
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
      items_from_ = scan_from_;  // just past "polozky": the first item is read for from here
      first_item_ = true;
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
      if (object)
        stack_.push_object(n);
      else
        stack_.push_array(n);
      if (counts_.empty())
        finish_item();
      else
        ++counts_.back();
      return true;
    }
    if (in_items_ && depth_ == items_depth_) in_items_ = false;
    --depth_;
    return true;
  }

  bool key_part(json::string_view s) {
    note(s.data(), s.size(), false);
    if ((building_ && !skip_depth_) || (!building_ && depth_ == 1)) key_.append(s.data(), s.size());
    return true;
  }

  bool key(json::string_view s) {
    note(s.data(), s.size(), true);
    if (building_) {
      if (!skip_depth_) {
        const json::string_view full = key_.empty() ? s : (key_.append(s.data(), s.size()), json::string_view(key_));
        if (skipped(std::string_view(full.data(), full.size())))
          skip_next_ = true;
        else
          stack_.push_key(full);
      }
    } else if (depth_ == 1) {
      const json::string_view full = key_.empty() ? s : (key_.append(s.data(), s.size()), json::string_view(key_));
      expect_items_ = full == "polozky";
    }
    key_.clear();
    return true;
  }

  bool string_part(json::string_view s) {
    note(s.data(), s.size(), false);
    if (building_ && !skip_depth_ && !skip_next_) stack_.push_chars(s);
    return true;
  }

  // A string, number or literal; text is its characters (a string's last part) or empty for true, false, null.
  template <class Push>
  bool scalar(json::string_view text, json::kind kind, Push&& push, json::error_code& ec) {
    if (text.data()) note(text.data(), text.size(), kind == json::kind::string);
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

  // Locates the item being built from the first token that points into the input (a key, usually), and
  // remembers where the last such token ended (past its closing quote when quoted is true).
  void note(const char* p, std::size_t size, bool quoted) {
    const long long off = buffers_.offset_of(p);
    // The first part of a string or number that is itself an item: where it begins, before anything moves (or
    // where this part is, when the bytes before it are no longer held).
    if (!building_ && in_items_ && depth_ == items_depth_ && scalar_start_ < 0) {
      scalar_start_ = next_item_offset();
      if (scalar_start_ <= prev_start_ && off > prev_start_ && off < buffers_.end()) scalar_start_ = off;
    }
    if (off < 0) return;  // an escaped string lives in the parser's buffer: wait for the next token
    scan_from_ = std::max(scan_from_, off + static_cast<long long>(size) + (quoted ? 1 : 0));
    if (!pos_pending_) return;
    pos_pending_ = false;
    // Back over the token's quote and whitespace to the brace; when that is not the item's (the item's first
    // keys were escaped), read on from the previous item.
    long long q = off - 1;
    long long found = -1;
    if (buffers_.at(q) == '"') {
      --q;
      while (q >= 0 && std::isspace(buffers_.at(q))) --q;
      if (buffers_.at(q) == '{' || buffers_.at(q) == '[') found = q;
    }
    if (found <= prev_start_) found = next_item_offset();
    set_position(found > prev_start_ ? found : off);
  }

  bool skipped(std::string_view key) const {
    for (const auto& k : skip_)
      if (k.size() == key.size() && k == key) return true;
    return false;
  }

  void set_position(long long off) {
    off = std::min(off, buffers_.end() - 1);  // a number's last part is empty at the end of the file
    first_item_ = false;
    pos_.offset = off;
    std::tie(pos_.line, pos_.column) = buffers_.locate(off);
    prev_start_ = off;
  }

  void start_item() {
    building_ = true;
    pos_ = ItemPosition{};
    pos_.index = ++items;
    pos_pending_ = true;
    // A fresh arena per item over the same buffer: an item of usual size allocates nothing. (Boost
    // 1.81's monotonic_resource::release() keeps growing its next block size, so it is not reused.)
    arena_.reset();
    arena_.emplace(arena_buffer_.get(), kArenaSize);
    stack_.reset(json::storage_ptr(&*arena_));
  }

  // Where the item after the previous one begins, read over the previous item's bytes (its strings and
  // nesting) and the comma after it, or for the first item over the colon and bracket after "polozky"; -1 when
  // a byte it needs is no longer held (more than a chunk and the tail back).
  long long next_item_offset() const {
    long long p = 0;
    if (first_item_) {
      p = items_from_;
      if (p < 0) return -1;
      while (buffers_.at(p) == ':' || std::isspace(buffers_.at(p))) ++p;
      if (buffers_.at(p) != '[') return -1;
    } else {
      p = past_value(prev_start_);
      if (p < 0) return -1;
      while (std::isspace(buffers_.at(p))) ++p;
      if (buffers_.at(p) != ',') return -1;
    }
    ++p;
    while (std::isspace(buffers_.at(p))) ++p;
    return buffers_.at(p) >= 0 ? p : -1;
  }

  // Just past the JSON value that begins at p, or -1 when a byte of it is no longer held.
  long long past_value(long long p) const {
    int c = buffers_.at(p);
    if (c == '"' || c == '{' || c == '[') {
      int depth = 0;
      bool in_string = false;
      for (;; ++p) {
        c = buffers_.at(p);
        if (c < 0) return -1;
        if (in_string) {
          if (c == '\\') {
            ++p;
          } else if (c == '"') {
            in_string = false;
            if (depth == 0) return p + 1;
          }
        } else if (c == '"') {
          in_string = true;
        } else if (c == '{' || c == '[') {
          ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return p + 1;
        }
      }
    }
    while ((c = buffers_.at(p)) >= 0 && c != ',' && c != ']' && c != '}' && !std::isspace(c)) ++p;
    return c >= 0 ? p : -1;
  }

  // An item that none of its own tokens located ({}, [], true, an escaped string, escaped keys only).
  long long fallback_offset() const {
    const long long next = next_item_offset();
    return next > prev_start_ ? next : std::max(scan_from_, prev_start_ + 1);
  }

  void finish_item() {
    if (pos_pending_) {
      pos_pending_ = false;
      set_position(fallback_offset());
    }
    building_ = false;
    json::value v = stack_.release();
    on_item_(pos_, v);
  }

  void finish_scalar_item(json::kind kind) {
    building_ = false;
    pos_pending_ = false;
    set_position(scalar_start_ > prev_start_ ? scalar_start_ : fallback_offset());
    scalar_start_ = -1;
    json::value v;
    if (kind == json::kind::string)
      v = json::string();
    else if (kind == json::kind::bool_)
      v = false;
    else if (kind != json::kind::null)
      v = 0;
    on_item_(pos_, v);
  }

  Buffers& buffers_;
  const ItemCallback& on_item_;
  std::vector<std::string> skip_;
  int depth_ = 0;
  bool expect_items_ = false;
  bool in_items_ = false;
  int items_depth_ = 0;
  std::string key_;
  bool building_ = false;
  // An item's JSON values live here (an item of the registry is a few KiB; a larger one takes more blocks);
  // uninitialised, as the resource writes before it reads.
  static constexpr std::size_t kArenaSize = 32 * 1024;
  std::unique_ptr<unsigned char[]> arena_buffer_{new unsigned char[kArenaSize]};
  std::optional<json::monotonic_resource> arena_;
  json::value_stack stack_;
  std::vector<std::size_t> counts_;
  int skip_depth_ = 0;      // inside a skipped container opened at this depth
  bool skip_next_ = false;  // the value after a skipped key
  bool pos_pending_ = false;
  ItemPosition pos_;
  long long scan_from_ = 0;      // just past the last token read from the input
  long long scalar_start_ = -1;  // where the string or number item being read begins
  long long prev_start_ = -1;    // where the previous item began
  long long items_from_ = -1;    // just past the "polozky" key
  bool first_item_ = false;      // the next item is the first of its "polozky" array
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
    return r->scalar(
        s, json::kind::string, [&] { r->stack().push_string(s); }, ec);
  }
  bool on_number_part(json::string_view, json::error_code&) { return true; }
  bool on_int64(std::int64_t i, json::string_view s, json::error_code& ec) {
    return r->scalar(
        s, json::kind::int64, [&] { r->stack().push_int64(i); }, ec);
  }
  bool on_uint64(std::uint64_t u, json::string_view s, json::error_code& ec) {
    return r->scalar(
        s, json::kind::uint64, [&] { r->stack().push_uint64(u); }, ec);
  }
  bool on_double(double d, json::string_view s, json::error_code& ec) {
    return r->scalar(
        s, json::kind::double_, [&] { r->stack().push_double(d); }, ec);
  }
  bool on_bool(bool b, json::error_code& ec) {
    return r->scalar(
        json::string_view(), json::kind::bool_, [&] { r->stack().push_bool(b); }, ec);
  }
  bool on_null(json::error_code& ec) {
    return r->scalar(
        json::string_view(), json::kind::null, [&] { r->stack().push_null(); }, ec);
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

// Index of the first byte that is not whitespace in [from, n), or n.
std::size_t first_non_space(const char* p, std::size_t from, std::size_t n) {
  while (from < n && std::isspace(static_cast<unsigned char>(p[from]))) ++from;
  return from;
}

}  // namespace

ReadResult read_rpss(std::istream& in, const ItemCallback& on_item, const ReaderOptions& options) {
  const std::size_t chunk = options.chunk_size ? options.chunk_size : std::size_t{1} << 20;
  Buffers buffers(chunk);
  Reader reader(buffers, on_item, options);
  json::parse_options popts;
  popts.max_depth = 64;
  json::basic_parser<Handler> parser(popts, &reader);
  ReadResult result;
  bool document_done = false;
  for (;;) {
    const std::size_t n = buffers.load(in);
    const bool more = n == chunk;  // a short read is the end of the input
    std::size_t used = 0;
    if (!document_done) {
      json::error_code ec;
      used = parser.write_some(more, buffers.data(), n, ec);
      if (ec) {
        if (!reader.structure_error.empty()) {
          result.structure_error = reader.structure_error;
        } else {
          std::string message = ec.message();
          if (ec == json::error::incomplete) message = "the file ends before the JSON document is complete";
          result.syntax_error = syntax_error_at(buffers, buffers.base() + static_cast<long long>(used), message);
        }
        break;
      }
      document_done = parser.done();
    }
    if (document_done) {
      // After the document only whitespace may follow.
      const std::size_t i = first_non_space(buffers.data(), used, n);
      if (i < n) {
        result.syntax_error = syntax_error_at(buffers, buffers.base() + static_cast<long long>(i),
                                              "unexpected data after the JSON document");
        break;
      }
    }
    if (!more) break;
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
