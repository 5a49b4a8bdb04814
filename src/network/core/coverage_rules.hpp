#pragma once
// Rules of coverage collection rounds (issue 12 item 3): the round's states (draft → open → locked, as in
// benchmarking), what may be done in each, the checks of a service's answers when saved and when submitted,
// and the reading of an uploaded sheet (Excel or CSV) into answer lines, every bad line reported by its
// number and field. Pure: no storage, no HTTP.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "network/core/coverage.hpp"
#include "platform/core/problems.hpp"

namespace kvalis::network {

enum class RoundStatus { draft, open, locked };
std::string_view to_string(RoundStatus status);
std::optional<RoundStatus> parse_round_status(std::string_view code);

enum class RoundAction { edit, open, remind, lock, answer };
std::string_view to_string(RoundAction action);
std::optional<RoundAction> parse_round_action(std::string_view code);
// Empty when the action is allowed in the state, else the message key of the refusal (409).
std::string round_action_refusal(RoundStatus status, RoundAction action);

// One answer of a service's form as given (the mode may be left out while the form is saved partly).
struct FormAnswer {
  long long need_area_id = 0;
  std::optional<CoverageMode> mode;
  long long mediated_service_id = 0;  // 0: none
  std::string mediated_text;
  std::optional<long long> clients, contacts;
  std::string note;
};

struct AnswerProblem {
  long long need_area_id = 0;
  std::string field;  // mode, mediated, clients, contacts, note, need_area_id
  std::string key;    // message key
  friend bool operator==(const AnswerProblem&, const AnswerProblem&) = default;
};

inline constexpr std::size_t kMaxMediatedText = 300;
inline constexpr std::size_t kMaxAnswerNote = 1000;
inline constexpr long long kMaxVolume = 1000000;

// The problems of a form's answers against the needs of its card (in card order, then the fields):
// an answer to a need that is not on the card or given twice, a volume below 0 or above kMaxVolume, a text
// too long, a mediated service or text given for another mode. When submitting also: every need of the card
// answered, and a mediated need names the service or describes it.
std::vector<AnswerProblem> check_answers(const std::vector<long long>& card_needs,
                                         const std::vector<FormAnswer>& answers, bool submitting);

// ---- upload ----------------------------------------------------------------------------------------------

// A line of an uploaded sheet that was read (its service and need are resolved by the use case).
struct UploadLine {
  long long line = 0;  // the sheet's row number (1 = the header)
  long long service_id = 0;
  std::string registry_id;
  std::string need_code;
  CoverageMode mode = CoverageMode::none;
  std::string mediated_service;  // a service id, a registry id, or a description
  std::optional<long long> clients, contacts;
  std::string note;
};

struct UploadProblem {
  long long line = 0;
  std::string field;  // the column
  std::string key;    // message key
  std::string value;  // the cell as read (shortened)
  friend bool operator==(const UploadProblem&, const UploadProblem&) = default;
};

struct ParsedUpload {
  std::vector<UploadLine> lines;
  ProblemCollector<UploadProblem> problems;
};

// The columns an upload reads (the template writes them and a few more for the reader: names are ignored).
inline constexpr std::string_view kUploadColumns[] = {"service_id", "registry_id", "need_code", "mode",
                                                      "mediated_service", "clients", "contacts", "note"};

// Rows as read from the sheet: the first row with cells is the header (column names, any letter case).
// A line whose mode, mediated service, volumes and note are all empty is skipped (not answered).
struct SheetRow {
  long long line = 0;
  std::vector<std::string> cells;
};
ParsedUpload parse_upload(const std::vector<SheetRow>& rows);

}  // namespace kvalis::network
