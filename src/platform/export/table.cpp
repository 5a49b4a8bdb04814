#include "platform/export/table.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/core/csv.hpp"

namespace kvalis::exports {
namespace {

// Excel: at most 31 characters, none of []:*?/\ ; cut on a UTF-8 character boundary.
std::string sheet_name(const std::string& name, std::size_t index) {
  std::string out;
  for (char c : name) out += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
  if (out.empty()) out = "List " + std::to_string(index + 1);
  if (out.size() > 31) {
    std::size_t cut = 31;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

// Removes the temporary file whatever happens.
struct TempFile {
  std::string path;
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kvalis-export-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("cannot create a temporary file for the Excel export");
    close(fd);
    path = pattern;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

double auto_width(const Sheet& sheet, std::size_t col) {
  std::size_t chars = col < sheet.header.size() ? sheet.header[col].size() : 8;
  std::size_t rows = 0;
  for (const auto& r : sheet.rows) {
    if (++rows > 200) break;
    if (col < r.size())
      if (const auto* s = std::get_if<std::string>(&r[col])) chars = std::max(chars, s->size());
  }
  // UTF-8 bytes overcount Czech letters a little; bounded so a long text does not make a wall.
  return std::clamp(static_cast<double>(chars) * 0.9 + 2.0, 8.0, 60.0);
}

}  // namespace

void append_number(std::string& out, double value) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  if (ec == std::errc())
    out.append(buf, end);
  else
    out += '0';
}

std::string format_number(double value, bool decimal_comma) {
  std::string out;
  append_number(out, value);
  if (decimal_comma)
    for (char& c : out)
      if (c == '.') c = ',';
  return out;
}

std::string to_xlsx(const std::vector<Sheet>& sheets) {
  TempFile file;
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = nullptr;
  lxw_workbook* wb = workbook_new_opt(file.path.c_str(), &options);
  if (!wb) throw std::runtime_error("cannot create the Excel workbook");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xE8EEF4);
  format_set_border(bold, LXW_BORDER_THIN);
  format_set_text_wrap(bold);
  lxw_format* note = workbook_add_format(wb);
  format_set_italic(note);
  lxw_format* number = workbook_add_format(wb);
  format_set_num_format(number, "0.####");
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const Sheet& sheet = sheets[i];
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(sheet.name, i).c_str());
    lxw_row_t row = 0;
    for (const auto& n : sheet.notes) worksheet_write_string(ws, row++, 0, n.c_str(), note);
    if (!sheet.notes.empty()) ++row;
    const lxw_row_t header_row = row;
    for (std::size_t c = 0; c < sheet.header.size(); ++c) {
      worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
      const double width = c < sheet.widths.size() ? sheet.widths[c] : auto_width(sheet, c);
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    ++row;
    for (const auto& r : sheet.rows) {
      for (std::size_t c = 0; c < r.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        if (const auto* d = std::get_if<double>(&r[c]))
          // A whole number in the general format: "0.####" would show it with a trailing separator ("35,").
          worksheet_write_number(ws, row, col, *d, std::trunc(*d) == *d ? nullptr : number);
        else if (const auto* n = std::get_if<long long>(&r[c]))
          worksheet_write_number(ws, row, col, static_cast<double>(*n), nullptr);
        else if (const auto* s = std::get_if<std::string>(&r[c]))
          worksheet_write_string(ws, row, col, s->c_str(), nullptr);
      }
      ++row;
    }
    if (!sheet.header.empty()) {
      worksheet_freeze_panes(ws, header_row + 1, 0);
      worksheet_autofilter(ws, header_row, 0, row > header_row + 1 ? row - 1 : header_row,
                           static_cast<lxw_col_t>(sheet.header.size() - 1));
    }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write the Excel workbook");
  std::ifstream in(file.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string to_csv(const Sheet& sheet, char delimiter, bool byte_order_mark) {
  std::ostringstream out;
  if (byte_order_mark) out << "\xEF\xBB\xBF";
  // Text (the header and string cells) is neutralised against formula injection; numbers are written as
  // numbers, so a negative value stays a value.
  auto write = [&](std::size_t i, const std::string& field) {
    if (i) out.put(delimiter);
    out << field;
  };
  for (std::size_t i = 0; i < sheet.header.size(); ++i) write(i, csv::escape_text(sheet.header[i], delimiter));
  out << "\r\n";
  const bool comma = delimiter == ';';
  for (const auto& r : sheet.rows) {
    for (std::size_t i = 0; i < r.size(); ++i) {
      const Cell& c = r[i];
      if (const auto* d = std::get_if<double>(&c))
        write(i, csv::escape(format_number(*d, comma), delimiter));
      else if (const auto* n = std::get_if<long long>(&c))
        write(i, std::to_string(*n));
      else if (const auto* s = std::get_if<std::string>(&c))
        write(i, csv::escape_text(*s, delimiter));
      else
        write(i, {});
    }
    out << "\r\n";
  }
  return out.str();
}

std::string attachment(const std::string& filename) {
  // A name of letters, digits, '.', '-' and '_' goes as it is; any other (a user's file name with diacritics,
  // spaces or quotes) also as UTF-8 in filename* (RFC 6266 / 5987), with an ASCII fallback.
  std::string ascii, encoded;
  bool plain = true;
  for (unsigned char c : filename) {
    ascii += c < 0x80 && c >= 0x20 && c != '"' && c != '\\' ? static_cast<char>(c) : '_';
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded += static_cast<char>(c);
    } else {
      plain = false;
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      encoded += buf;
    }
  }
  if (plain) return "attachment; filename=\"" + filename + "\"";
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace kvalis::exports
