#pragma once
// Good practice: short records by a provider or a region of how they reached a result, linked to services,
// indicators and rounds, searchable by kind of service, indicator and words. Who edits what is
// benchmark/core/access.hpp (edits_practice).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::benchmark::app {

namespace results = store::benchmark_results_repo;

struct PracticeLinkView {
  results::PracticeLink link;
  std::optional<std::string> service_name;  // each when the linked thing exists
  std::optional<std::string> indicator_code;
  std::optional<std::string> indicator_name;
  std::optional<std::string> round_name;
  bool round_readable = false;  // the caller reads the round's working group
  std::optional<double> value;  // the service's value of the indicator in the round, when all three are linked
};
struct PracticeView {
  results::Practice practice;
  bool can_edit = false;
  std::vector<PracticeLinkView> links;
};
struct PracticePage {
  std::vector<PracticeView> items;
  long long total = 0;
};

// kind: a known service kind or ""; errors name the parameter.
Result<PracticePage> list_practices(store::Database& db, const accounts::Caller& caller,
                                    const store::catalogue_repo::Catalogues& catalogues,
                                    const results::PracticeQuery& query);
Result<PracticeView> get_practice(store::Database& db, const accounts::Caller& caller, long long practice_id);

struct PracticeLinkInput {
  std::optional<long long> service_id;    // a service the author sees
  std::optional<long long> indicator_id;  // of the round's methodology when a round is given
  std::optional<long long> round_id;
  std::string note;
};
// Fields absent are left as they are; on create the title is required.
struct PracticeInput {
  std::optional<long long> author_org_id;  // on create: default the caller's first provider or region
  std::optional<std::string> title;
  std::optional<std::string> summary;
  std::optional<std::string> body;
  std::optional<std::vector<std::string>> kinds;
  std::optional<std::vector<PracticeLinkInput>> links;
};
Result<PracticeView> create_practice(store::Database& db, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, const PracticeInput& in);
Result<PracticeView> update_practice(store::Database& db, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, long long practice_id,
                                     const PracticeInput& in);
Status delete_practice(store::Database& db, const accounts::Caller& caller, long long practice_id);

// ---- the same in a transaction the caller holds (the demo builds its region in one), at the time `now`
void log(soci::session& s, const accounts::Caller& caller, const std::string& action, const results::Practice& p);
Result<PracticePage> list_practices(soci::session& s, const accounts::Caller& caller,
                                    const store::catalogue_repo::Catalogues& catalogues,
                                    const results::PracticeQuery& query);
Result<PracticeView> get_practice(soci::session& s, const accounts::Caller& caller, long long practice_id);
Result<PracticeView> create_practice(soci::session& s, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, const PracticeInput& in,
                                     long long now);
Result<PracticeView> update_practice(soci::session& s, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, long long practice_id,
                                     const PracticeInput& in, long long now);
Status delete_practice(soci::session& s, const accounts::Caller& caller, long long practice_id);

}  // namespace kvalis::benchmark::app
