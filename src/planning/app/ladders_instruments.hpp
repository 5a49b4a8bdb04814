#pragma once
// Use cases of ladder instruments (journey of change): generic instruments whose areas, scale and stages the
// organisation defines (no licensed scale is built in). Read by the organisation's members, written by its
// administrators and managers (and the platform administrator). Assessments of clients are in
// clients_records.hpp (they belong to the client record).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "planning/core/clients_rules.hpp"
#include "planning/store/clients_repo.hpp"
#include "planning/store/ladders_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::planning::app {

struct LadderItem {
  store::LadderRow ladder;
  std::vector<LadderStage> stages;
  bool can_manage = false;
};

struct LadderAreaInput {
  std::optional<long long> id;  // update: an existing area to rename
  std::string name;
  std::string description;
};

struct LadderInput {
  long long organisation_id = 0;  // create only
  std::string name;
  std::string description;
  int scale_min = 1;
  int scale_max = 10;
  std::string stages;
  bool archived = false;
  std::vector<LadderAreaInput> areas;
};

Result<std::vector<LadderItem>> list_ladders(soci::session& s, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id);
Result<std::vector<LadderItem>> list_ladders(kvalis::store::Database& db, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id);
Result<LadderItem> create_ladder(soci::session& s, const accounts::Caller& caller, const LadderInput& in);
Result<LadderItem> create_ladder(kvalis::store::Database& db, const accounts::Caller& caller, const LadderInput& in);
Result<LadderItem> get_ladder(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<LadderItem> update_ladder(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                 const LadderInput& in);

}  // namespace kvalis::planning::app
