#pragma once
// Methodologies of a working group: versioned sets of data items, indicators and consistency rules. A
// draft is edited as a whole and then published, after which it never changes (rounds refer to it).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/app/access.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::benchmark::app {

struct MethodologyView {
  repo::MethodologyRow methodology;
  repo::MethodologyContent content;
};

Result<std::vector<repo::MethodologyRow>> list_methodologies(store::Database& db, const accounts::Caller& caller,
                                                             long long group_id);
Result<MethodologyView> get_methodology(store::Database& db, const accounts::Caller& caller, long long methodology_id);

struct MethodologyCreate {
  std::optional<std::string> name;  // default: "<group> v<version>"
  bool copy_from_latest = false;
};
// A new draft with the next version number.
Result<MethodologyView> create_methodology(store::Database& db, const accounts::Caller& caller, long long group_id,
                                           const MethodologyCreate& in);

struct MethodologyInput {
  std::optional<std::string> name;
  repo::MethodologyContent content;  // items, indicators, rules in order
};
// The rules of a methodology's content; every error names its field, e.g. indicators[3].numerator:
// codes of lowercase letters, digits and _, each once; item bounds in order; formulas that parse and read
// known items; directions, result areas (RBA) and service kinds known (and of the group's kinds).
Status check_content(const store::catalogue_repo::Catalogues& catalogues, const repo::GroupRow& group,
                     const repo::MethodologyContent& content);
// Replaces the content of a draft.
Result<MethodologyView> update_methodology(store::Database& db, const accounts::Caller& caller,
                                           const store::catalogue_repo::Catalogues& catalogues,
                                           long long methodology_id, const MethodologyInput& in);
Result<MethodologyView> publish_methodology(store::Database& db, const accounts::Caller& caller,
                                            long long methodology_id);

// ---- the same in a transaction the caller holds (the demo builds its region in one), at the time `now`
Result<std::vector<repo::MethodologyRow>> list_methodologies(soci::session& s, const accounts::Caller& caller,
                                                             long long group_id);
Result<MethodologyView> get_methodology(soci::session& s, const accounts::Caller& caller, long long methodology_id);
Result<MethodologyView> create_methodology(soci::session& s, const accounts::Caller& caller, long long group_id,
                                           const MethodologyCreate& in, long long now);
Result<MethodologyView> update_methodology(soci::session& s, const accounts::Caller& caller,
                                           const store::catalogue_repo::Catalogues& catalogues,
                                           long long methodology_id, const MethodologyInput& in);
Result<MethodologyView> publish_methodology(soci::session& s, const accounts::Caller& caller, long long methodology_id);

}  // namespace kvalis::benchmark::app
