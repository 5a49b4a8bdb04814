#include "quality/core/evidence.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"

namespace kvalis::quality {
namespace {

constexpr FileType kFileTypes[] = {
    {"pdf", "application/pdf"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"odt", "application/vnd.oasis.opendocument.text"},
    {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
    {"txt", "text/plain; charset=utf-8"},
    {"csv", "text/csv; charset=utf-8"},
};

bool starts_with(const std::string& data, std::string_view magic) {
  return data.size() >= magic.size() && std::equal(magic.begin(), magic.end(), data.begin());
}

}  // namespace

bool valid_utf8_text(const std::string& data) {
  if (data.find('\0') != std::string::npos) return false;
  std::size_t i = 0;
  while (i < data.size()) {
    const auto c = static_cast<unsigned char>(data[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (n < 0 || i + n >= data.size() + (n == 0 ? 1 : 0)) return false;
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(data[i + k]) >> 6) != 0x2) return false;
    i += n + 1;
  }
  return true;
}

Result<const FileType*> check_evidence_file(const std::string& name, const std::string& data) {
  if (data.empty()) return invalid("body", "quality.evidence.empty");
  if (data.size() > kEvidenceLimit) {
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", static_cast<double>(data.size()) / (1024.0 * 1024.0));
    return invalid("body", "quality.evidence.too_large", {{"size", size}, {"max", "10"}});
  }
  const auto dot = name.rfind('.');
  const std::string ext = dot == std::string::npos ? std::string() : search_key(name.substr(dot + 1));
  const FileType* type = nullptr;
  for (const auto& t : kFileTypes)
    if (ext == t.extension) type = &t;
  if (!type) return invalid("file_name", "quality.evidence.type_not_allowed", {{"value", ext.empty() ? name : ext}});
  bool ok = false;
  if (ext == "pdf")
    ok = starts_with(data, "%PDF-");
  else if (ext == "png")
    ok = starts_with(data, "\x89PNG\r\n\x1a\n");
  else if (ext == "jpg" || ext == "jpeg")
    ok = starts_with(data, "\xFF\xD8\xFF");
  else if (ext == "docx" || ext == "xlsx" || ext == "odt" || ext == "ods")
    ok = starts_with(data, "PK\x03\x04");
  else
    ok = valid_utf8_text(data);
  if (!ok) return invalid("body", "quality.evidence.content_mismatch", {{"value", ext}});
  return type;
}

Status check_evidence_name(const std::string& name) {
  if (name.empty()) return invalid("file_name", "field.required");
  if (name.find_first_of("/\\\r\n\"") != std::string::npos || !valid_utf8_text(name))
    return invalid("file_name", "quality.evidence.name_invalid");
  return check_characters("file_name", name, false);
}

std::string sha256_hex(const std::string& data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string to_base64(const std::string& data) {
  std::string out(sodium_base64_ENCODED_LEN(data.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::string from_base64(const std::string& text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return {};
  out.resize(len);
  return out;
}

}  // namespace kvalis::quality
