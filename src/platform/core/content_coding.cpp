#include "platform/core/content_coding.hpp"

#include <optional>

namespace kvalis {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ), in thousandths.
std::optional<int> parse_qvalue(std::string_view v) {
  if (v.empty() || (v[0] != '0' && v[0] != '1')) return std::nullopt;
  int whole = v[0] - '0';
  int thousandths = 0;
  if (v.size() > 1) {
    if (v[1] != '.' || v.size() > 5) return std::nullopt;
    int scale = 100;
    for (std::size_t i = 2; i < v.size(); ++i, scale /= 10) {
      if (v[i] < '0' || v[i] > '9') return std::nullopt;
      thousandths += (v[i] - '0') * scale;
    }
  }
  if (whole == 1 && thousandths != 0) return std::nullopt;
  return whole * 1000 + thousandths;
}

struct Weights {
  std::optional<int> br, gzip, identity, any;
};

Weights parse_accept_encoding(std::string_view header) {
  Weights w;
  while (!header.empty()) {
    const auto comma = header.find(',');
    std::string_view element = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    const auto semi = element.find(';');
    const std::string_view name = trim(element.substr(0, semi));
    if (name.empty()) continue;
    int q = 1000;
    bool valid = true;
    std::string_view params = semi == std::string_view::npos ? std::string_view{} : element.substr(semi + 1);
    while (valid && !params.empty()) {
      const auto next = params.find(';');
      const std::string_view param = trim(params.substr(0, next));
      params = next == std::string_view::npos ? std::string_view{} : params.substr(next + 1);
      const auto eq = param.find('=');
      if (eq == std::string_view::npos || !iequals(trim(param.substr(0, eq)), "q")) continue;
      const auto parsed = parse_qvalue(trim(param.substr(eq + 1)));
      if (parsed)
        q = *parsed;
      else
        valid = false;
    }
    if (!valid) continue;
    if (iequals(name, "br"))
      w.br = q;
    else if (iequals(name, "gzip") || iequals(name, "x-gzip"))
      w.gzip = q;
    else if (iequals(name, "identity"))
      w.identity = q;
    else if (name == "*")
      w.any = q;
  }
  return w;
}

}  // namespace

ContentCoding choose_content_coding(std::string_view accept_encoding, bool has_br, bool has_gzip) {
  const Weights w = parse_accept_encoding(accept_encoding);
  const int any = w.any.value_or(0);
  const int br = has_br ? w.br.value_or(any) : 0;
  const int gzip = has_gzip ? w.gzip.value_or(any) : 0;
  ContentCoding best = ContentCoding::identity;
  int best_q = 0;
  if (br > best_q) best = ContentCoding::br, best_q = br;
  if (gzip > best_q) best = ContentCoding::gzip, best_q = gzip;
  // Identity only beats a coding when the client listed it itself with a higher weight.
  if (best_q > 0 && w.identity && *w.identity > best_q) return ContentCoding::identity;
  return best;
}

std::string_view content_coding_name(ContentCoding coding) {
  switch (coding) {
    case ContentCoding::br:
      return "br";
    case ContentCoding::gzip:
      return "gzip";
    case ContentCoding::identity:
      break;
  }
  return "identity";
}

}  // namespace kvalis
