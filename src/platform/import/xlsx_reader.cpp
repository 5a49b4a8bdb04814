#include "platform/import/xlsx_reader.hpp"

#include <zlib.h>

#include <cstdint>
#include <map>

namespace kvalis::importers {
namespace {

std::uint32_t u16(std::string_view b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) { return u16(b, at) | (u16(b, at + 2) << 16); }

struct ZipEntry {
  std::uint16_t method = 0;  // 0 stored, 8 deflate
  std::uint32_t compressed = 0;
  std::uint32_t size = 0;
  std::uint32_t local_offset = 0;
};

// Central directory: name → entry. Empty map with error set when the archive is not readable.
std::map<std::string, ZipEntry> central_directory(std::string_view zip, std::string& error) {
  std::map<std::string, ZipEntry> out;
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  if (zip.size() < 22) {
    error = "not a zip archive";
    return out;
  }
  std::size_t eocd = std::string_view::npos;
  const std::size_t lowest = zip.size() > 22 + 65535 ? zip.size() - 22 - 65535 : 0;
  for (std::size_t i = zip.size() - 22 + 1; i-- > lowest;)
    if (u32(zip, i) == 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd == std::string_view::npos) {
    error = "not a zip archive";
    return out;
  }
  const std::size_t count = u16(zip, eocd + 10);
  std::size_t at = u32(zip, eocd + 16);
  for (std::size_t i = 0; i < count; ++i) {
    if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50) {
      error = "damaged zip directory";
      return {};
    }
    ZipEntry e;
    e.method = static_cast<std::uint16_t>(u16(zip, at + 10));
    e.compressed = u32(zip, at + 20);
    e.size = u32(zip, at + 24);
    const std::size_t name_len = u16(zip, at + 28), extra_len = u16(zip, at + 30), comment_len = u16(zip, at + 32);
    e.local_offset = u32(zip, at + 42);
    if (at + 46 + name_len > zip.size()) {
      error = "damaged zip directory";
      return {};
    }
    out[std::string(zip.substr(at + 46, name_len))] = e;
    at += 46 + name_len + extra_len + comment_len;
  }
  return out;
}

std::optional<std::string> extract(std::string_view zip, const ZipEntry& e, std::size_t max_unpacked,
                                   std::string& error) {
  const std::size_t at = e.local_offset;
  if (at + 30 > zip.size() || u32(zip, at) != 0x04034b50) {
    error = "damaged zip entry";
    return std::nullopt;
  }
  const std::size_t data = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
  if (data + e.compressed > zip.size()) {
    error = "damaged zip entry";
    return std::nullopt;
  }
  if (e.size > max_unpacked) {
    error = "sheet too large";
    return std::nullopt;
  }
  const std::string_view packed = zip.substr(data, e.compressed);
  if (e.method == 0) return std::string(packed);
  if (e.method != 8) {
    error = "unsupported zip compression";
    return std::nullopt;
  }
  std::string out(e.size, '\0');
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
    error = "zlib error";
    return std::nullopt;
  }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&z, Z_FINISH);
  const bool complete = rc == Z_STREAM_END && z.total_out == e.size;
  inflateEnd(&z);
  if (!complete) {
    error = "damaged compressed data";
    return std::nullopt;
  }
  return out;
}

// XML text with the five entities and numeric references decoded (UTF-8 out).
std::string decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const auto semi = s.find(';', i);
    if (semi == std::string_view::npos) {
      out.push_back(s[i]);
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp")
      out += '&';
    else if (name == "lt")
      out += '<';
    else if (name == "gt")
      out += '>';
    else if (name == "quot")
      out += '"';
    else if (name == "apos")
      out += '\'';
    else if (!name.empty() && name[0] == '#') {
      unsigned long cp = 0;
      try {
        cp = name.size() > 1 && (name[1] == 'x' || name[1] == 'X')
                 ? std::stoul(std::string(name.substr(2)), nullptr, 16)
                 : std::stoul(std::string(name.substr(1)));
      } catch (...) {
        cp = 0xFFFD;
      }
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

// A tiny forward scanner over XML: finds elements by name, reads attributes and inner text. Enough for
// the machine-written parts of an .xlsx (no DTDs, no CDATA in these parts).
struct Element {
  std::string_view attributes;  // the text between the name and '>'
  std::string_view inner;       // between the start and end tags; empty for <x/>
  std::size_t end = 0;          // position after the element
};

bool name_ends_at(std::string_view xml, std::size_t at) {
  return at < xml.size() &&
         (xml[at] == ' ' || xml[at] == '>' || xml[at] == '/' || xml[at] == '\t' || xml[at] == '\r' || xml[at] == '\n');
}

// The next element named `name` (also with a namespace prefix, e.g. x:c) starting at or after `from`.
std::optional<Element> next_element(std::string_view xml, std::string_view name, std::size_t from) {
  std::size_t at = from;
  while ((at = xml.find('<', at)) != std::string_view::npos) {
    std::size_t n = at + 1;
    const auto colon = xml.find_first_of(":> /", n);
    if (colon != std::string_view::npos && xml[colon] == ':') n = colon + 1;
    if (xml.compare(n, name.size(), name) != 0 || !name_ends_at(xml, n + name.size())) {
      ++at;
      continue;
    }
    const std::string_view full_name = xml.substr(at + 1, n + name.size() - at - 1);
    const auto close = xml.find('>', n);
    if (close == std::string_view::npos) return std::nullopt;
    Element e;
    const bool empty = xml[close - 1] == '/';
    e.attributes = xml.substr(n + name.size(), close - (n + name.size()) - (empty ? 1 : 0));
    if (empty) {
      e.end = close + 1;
      return e;
    }
    const std::string end_tag = "</" + std::string(full_name) + ">";
    const auto end = xml.find(end_tag, close + 1);
    if (end == std::string_view::npos) return std::nullopt;
    e.inner = xml.substr(close + 1, end - close - 1);
    e.end = end + end_tag.size();
    return e;
  }
  return std::nullopt;
}

std::string attribute(std::string_view attributes, std::string_view name) {
  std::size_t at = 0;
  while ((at = attributes.find(name, at)) != std::string_view::npos) {
    const bool starts =
        at == 0 || attributes[at - 1] == ' ' || attributes[at - 1] == '\t' || attributes[at - 1] == '\n';
    std::size_t eq = at + name.size();
    if (starts && eq < attributes.size() && attributes[eq] == '=' && eq + 1 < attributes.size()) {
      const char quote = attributes[eq + 1];
      const auto end = attributes.find(quote, eq + 2);
      if (end != std::string_view::npos) return decode(attributes.substr(eq + 2, end - eq - 2));
    }
    at += name.size();
  }
  return {};
}

// Concatenated text of every <t> inside (rich-text runs of a shared or inline string).
std::string text_of(std::string_view inner) {
  std::string out;
  std::size_t at = 0;
  while (auto t = next_element(inner, "t", at)) {
    out += decode(t->inner);
    at = t->end;
  }
  return out;
}

// "B12" → column index 1; -1 when there is no column letter.
int column_of(const std::string& ref) {
  int col = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : col - 1;
}

}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

std::string for_each_row(std::string_view bytes, const std::function<void(XlsxRow&&)>& on_row,
                         std::size_t max_unpacked) {
  std::string error;
  auto entries = central_directory(bytes, error);
  if (!error.empty()) return error;
  auto sheet_entry = entries.find("xl/worksheets/sheet1.xml");
  if (sheet_entry == entries.end()) return "the workbook has no first sheet (xl/worksheets/sheet1.xml)";
  std::vector<std::string> shared;
  if (auto s = entries.find("xl/sharedStrings.xml"); s != entries.end()) {
    auto xml = extract(bytes, s->second, max_unpacked, error);
    if (!xml) return error;
    std::size_t at = 0;
    while (auto si = next_element(*xml, "si", at)) {
      shared.push_back(text_of(si->inner));
      at = si->end;
    }
  }
  auto xml = extract(bytes, sheet_entry->second, max_unpacked, error);
  if (!xml) return error;
  auto data = next_element(*xml, "sheetData", 0);
  if (!data) return {};
  std::size_t at = 0;
  long long previous = 0;
  while (auto row = next_element(data->inner, "row", at)) {
    at = row->end;
    XlsxRow r;
    const std::string number = attribute(row->attributes, "r");
    r.number = number.empty() ? previous + 1 : std::atoll(number.c_str());
    previous = r.number;
    std::size_t cat = 0;
    while (auto c = next_element(row->inner, "c", cat)) {
      cat = c->end;
      int col = column_of(attribute(c->attributes, "r"));
      if (col < 0) col = static_cast<int>(r.cells.size());
      if (col > 100) continue;  // far columns are not part of a two-column upload
      const std::string type = attribute(c->attributes, "t");
      std::string value;
      if (type == "inlineStr") {
        if (auto is = next_element(c->inner, "is", 0)) value = text_of(is->inner);
      } else if (auto v = next_element(c->inner, "v", 0)) {
        value = decode(v->inner);
        if (type == "s") {
          const auto index = static_cast<std::size_t>(std::atoll(value.c_str()));
          value = index < shared.size() ? shared[index] : std::string();
        }
      }
      if (static_cast<std::size_t>(col) >= r.cells.size()) r.cells.resize(static_cast<std::size_t>(col) + 1);
      r.cells[static_cast<std::size_t>(col)] = std::move(value);
    }
    if (!r.cells.empty()) on_row(std::move(r));
  }
  return {};
}

XlsxSheet read_first_sheet(std::string_view bytes, std::size_t max_unpacked) {
  XlsxSheet sheet;
  sheet.error = for_each_row(
      bytes, [&](XlsxRow&& r) { sheet.rows.push_back(std::move(r)); }, max_unpacked);
  return sheet;
}

}  // namespace kvalis::importers
