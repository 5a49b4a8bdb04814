#include "network/core/coverage_rules.hpp"

#include <algorithm>
#include <set>

#include "platform/core/text.hpp"

namespace kvalis::network {

std::string_view to_string(RoundStatus status) {
  switch (status) {
    case RoundStatus::draft: return "draft";
    case RoundStatus::open: return "open";
    case RoundStatus::locked: return "locked";
  }
  return "draft";
}

std::optional<RoundStatus> parse_round_status(std::string_view code) {
  for (auto s : {RoundStatus::draft, RoundStatus::open, RoundStatus::locked})
    if (to_string(s) == code) return s;
  return std::nullopt;
}

std::string_view to_string(RoundAction action) {
  switch (action) {
    case RoundAction::edit: return "edit";
    case RoundAction::open: return "open";
    case RoundAction::remind: return "remind";
    case RoundAction::lock: return "lock";
    case RoundAction::answer: return "answer";
  }
  return "edit";
}

std::optional<RoundAction> parse_round_action(std::string_view code) {
  for (auto a : {RoundAction::edit, RoundAction::open, RoundAction::remind, RoundAction::lock, RoundAction::answer})
    if (to_string(a) == code) return a;
  return std::nullopt;
}

std::string round_action_refusal(RoundStatus status, RoundAction action) {
  switch (action) {
    case RoundAction::edit:
    case RoundAction::open:
      if (status == RoundStatus::draft) return {};
      return status == RoundStatus::open ? "network.round.already_open" : "network.round.locked";
    case RoundAction::remind:
    case RoundAction::lock:
    case RoundAction::answer:
      if (status == RoundStatus::open) return {};
      return status == RoundStatus::draft ? "network.round.not_open" : "network.round.locked";
  }
  return "network.round.locked";
}

std::vector<AnswerProblem> check_answers(const std::vector<long long>& card_needs,
                                         const std::vector<FormAnswer>& answers, bool submitting) {
  std::vector<AnswerProblem> out;
  std::set<long long> seen;
  auto on_card = [&](long long id) { return std::find(card_needs.begin(), card_needs.end(), id) != card_needs.end(); };
  for (const auto& a : answers) {
    const long long n = a.need_area_id;
    if (!on_card(n)) {
      out.push_back({n, "need_area_id", "network.answer.need_not_on_card"});
      continue;
    }
    if (!seen.insert(n).second) {
      out.push_back({n, "need_area_id", "network.answer.duplicate"});
      continue;
    }
    const bool mediated = a.mode == CoverageMode::mediated;
    if (!mediated && (a.mediated_service_id != 0 || !trim(a.mediated_text).empty()))
      out.push_back({n, "mediated", "network.answer.mediated_only"});
    if (mediated && submitting && a.mediated_service_id == 0 && trim(a.mediated_text).empty())
      out.push_back({n, "mediated", "network.answer.mediated_required"});
    if (a.mediated_text.size() > kMaxMediatedText) out.push_back({n, "mediated", "network.answer.too_long"});
    for (const auto& [field, v] : {std::pair{"clients", a.clients}, std::pair{"contacts", a.contacts}})
      if (v && (*v < 0 || *v > kMaxVolume)) out.push_back({n, field, "network.answer.volume_range"});
    if (a.note.size() > kMaxAnswerNote) out.push_back({n, "note", "network.answer.too_long"});
    if (submitting && !a.mode) out.push_back({n, "mode", "network.answer.mode_required"});
  }
  if (submitting)
    for (long long n : card_needs)
      if (!seen.count(n)) out.push_back({n, "mode", "network.answer.mode_required"});
  return out;
}

namespace {

std::optional<long long> parse_whole(const std::string& text) {
  const auto v = parse_number(text);
  if (!v || *v != static_cast<double>(static_cast<long long>(*v))) return std::nullopt;
  return static_cast<long long>(*v);
}

}  // namespace

ParsedUpload parse_upload(const std::vector<SheetRow>& rows) {
  ParsedUpload out;
  std::vector<std::string> header;
  auto column = [&](std::string_view name) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    return std::nullopt;
  };
  std::optional<std::size_t> c_service, c_registry, c_need, c_mode, c_mediated, c_clients, c_contacts, c_note;
  for (const auto& row : rows) {
    const bool blank = std::all_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return trim(c).empty(); });
    if (blank) continue;
    if (header.empty()) {
      for (const auto& c : row.cells) {
        std::string name = trim(c);
        for (auto& ch : name)
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        header.push_back(std::move(name));
      }
      c_service = column("service_id");
      c_registry = column("registry_id");
      c_need = column("need_code");
      c_mode = column("mode");
      c_mediated = column("mediated_service");
      c_clients = column("clients");
      c_contacts = column("contacts");
      c_note = column("note");
      if (!c_service && !c_registry) out.problems.add({row.line, "service_id", "network.upload.column_missing", ""});
      if (!c_need) out.problems.add({row.line, "need_code", "network.upload.column_missing", ""});
      if (!c_mode) out.problems.add({row.line, "mode", "network.upload.column_missing", ""});
      if (!out.problems.empty()) return out;
      continue;
    }
    auto cell = [&](const std::optional<std::size_t>& c) {
      return c && *c < row.cells.size() ? trim(row.cells[*c]) : std::string();
    };
    const std::string mode = cell(c_mode), mediated = cell(c_mediated), clients = cell(c_clients),
                      contacts = cell(c_contacts), note = cell(c_note);
    if (mode.empty() && mediated.empty() && clients.empty() && contacts.empty() && note.empty()) continue;
    UploadLine line;
    line.line = row.line;
    bool ok = true;
    auto bad = [&](std::string field, std::string key, const std::string& value) {
      out.problems.add({row.line, std::move(field), std::move(key), shorten(value, 60)});
      ok = false;
    };
    const std::string service = cell(c_service), registry = cell(c_registry);
    if (!service.empty()) {
      auto id = parse_whole(service);
      if (!id || *id <= 0)
        bad("service_id", "network.upload.service_invalid", service);
      else
        line.service_id = *id;
    } else if (!registry.empty()) {
      line.registry_id = registry;
    } else {
      bad(c_service ? "service_id" : "registry_id", "network.upload.service_missing", "");
    }
    line.need_code = cell(c_need);
    if (line.need_code.empty()) bad("need_code", "network.upload.need_missing", "");
    if (mode.empty())
      bad("mode", "network.upload.mode_missing", "");
    else if (auto m = parse_mode_word(mode))
      line.mode = *m;
    else
      bad("mode", "network.upload.mode_invalid", mode);
    line.mediated_service = mediated;
    if (!mediated.empty() && ok && line.mode != CoverageMode::mediated)
      bad("mediated_service", "network.answer.mediated_only", mediated);
    if (mediated.size() > kMaxMediatedText) bad("mediated_service", "network.answer.too_long", mediated);
    auto volume = [&](const char* field, const std::string& text, std::optional<long long>& target) {
      if (text.empty()) return;
      auto v = parse_whole(text);
      if (!v || *v < 0 || *v > kMaxVolume)
        bad(field, "network.upload.volume_invalid", text);
      else
        target = *v;
    };
    volume("clients", clients, line.clients);
    volume("contacts", contacts, line.contacts);
    line.note = note;
    if (note.size() > kMaxAnswerNote) bad("note", "network.answer.too_long", note);
    if (ok) out.lines.push_back(std::move(line));
  }
  if (header.empty()) out.problems.add({0, "", "network.upload.empty", ""});
  return out;
}

}  // namespace kvalis::network
