#pragma once
// Legal reference data (číselníky) as versioned rows: every row carries its source act, paragraph and
// validity. Amendments add rows with a new valid_from; nothing is overwritten.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/problems.hpp"

namespace kvalis::catalogue {

// One row of a generic catalogue file catalogues/<name>.csv. Required columns: code, name_cs,
// source_act, valid_from. Optional: name_en, parent_code, paragraph, valid_to. Any other column is kept
// as an attribute (e.g. group and forms of a kind of service).
struct CatalogueItem {
  std::string catalogue;
  std::string code;
  std::string name_cs;
  std::string name_en;
  std::string parent_code;
  std::string paragraph;
  std::string source_act;
  std::string valid_from;  // YYYY-MM-DD
  std::string valid_to;    // empty while in force
  std::vector<std::pair<std::string, std::string>> attributes;

  std::string attribute(std::string_view name) const;
};

// A quality standard (standard kvality) of a standard set such as SQSS or OSPOD.
struct StandardRow {
  std::string set_code;
  int number = 0;
  std::string name_cs;
  std::string part;  // procedural / staffing / operational (SQSS), empty for OSPOD
  bool name_verified = false;
  std::string source_act;
  long long line = 0;
};

// A lettered criterion (kritérium); essential is "yes", "no" or "unknown" as the source gives it.
struct CriterionRow {
  std::string set_code;
  int standard = 0;
  std::string letter;
  std::string essential;
  std::string text_cs;
  std::string source;
  std::string note;
  long long line = 0;
};

struct Problem {
  std::string file;
  long long line = 0;
  std::string message;
};

std::vector<CatalogueItem> parse_catalogue(std::string_view name, std::string_view csv_text,
                                           std::vector<Problem>& problems);
std::vector<StandardRow> parse_standards(std::string_view csv_text, std::vector<Problem>& problems);
// text_required = false accepts criteria whose official wording is still to be completed (an
// administrator's import of a set exported with such gaps).
std::vector<CriterionRow> parse_criteria(std::string_view csv_text, std::vector<Problem>& problems,
                                         bool text_required = true);
// The same for an upload: records are read one at a time and only the first problems are kept (all are
// counted), so a file of junk lines costs the memory of its valid rows.
std::vector<CriterionRow> parse_criteria(std::string_view csv_text, ProblemCollector<Problem>& problems,
                                         bool text_required = true);

bool is_iso_date(std::string_view s);
// Whether an item is in force on a date (YYYY-MM-DD): valid_from <= date and (no valid_to or date <= valid_to).
bool in_force(const CatalogueItem& item, std::string_view date);

}  // namespace kvalis::catalogue
