#pragma once
// Evidence files of audits and corrective actions: which files are accepted (by extension, checked
// against the first bytes, at most 10 MB) and what a file's name may hold. Errors name the field.
#include <cstddef>
#include <string>

#include "platform/core/result.hpp"

namespace kvalis::quality {

inline constexpr std::size_t kEvidenceLimit = 10 * 1024 * 1024;

struct FileType {
  const char* extension;
  const char* content_type;
};

// The type of an uploaded file, from its name's extension, checked against its content.
Result<const FileType*> check_evidence_file(const std::string& name, const std::string& data);
// A file name: required, one line, no path separators or quotes, valid UTF-8.
Status check_evidence_name(const std::string& name);
bool valid_utf8_text(const std::string& data);

// SHA-256 in hex, and the base64 form the content is stored in.
std::string sha256_hex(const std::string& data);
std::string to_base64(const std::string& data);
std::string from_base64(const std::string& text);

}  // namespace kvalis::quality
