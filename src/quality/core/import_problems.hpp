#pragma once
// Problems of a CSV upload (a standard set's criteria, a scale) as message keys: the catalogue parser and
// the CSV reader describe a problem in English words, the user reads it in Czech or English. Every
// problem names its line and the column it concerns.
#include <string>
#include <string_view>

#include "platform/core/catalogue.hpp"
#include "platform/core/result.hpp"

namespace kvalis::quality {

struct ImportProblem {
  long long line = 0;
  std::string field;  // the column ("letter", "essential"…), or "body" for the file as a whole
  Error error;        // message key and parameters (quality.import.*, quality.csv.*)
};

// One problem of a criteria import (catalogue::parse_criteria, import_version) with its message key.
ImportProblem import_problem(const catalogue::Problem& problem);

// A syntax error of the CSV reader (csv::Reader::error(), csv::parse_all) at a line, as a message key
// naming that line: "quality.csv.unterminated_quote" for a quote left open, "quality.csv.malformed" else.
Error csv_syntax_error(std::string_view reader_error, long long line, std::string field = "body");

}  // namespace kvalis::quality
