#pragma once
// Storage of ladder instruments (journey of change: pl_ladders, pl_ladder_areas) and of clients' assessments on
// them (pl_ladder_assessments, pl_ladder_values). Rows in, rows out.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kvalis::planning::store {

// ---- ladders ------------------------------------------------------------------------------------------

struct AreaRow {
  long long id = 0;
  long long ladder_id = 0;
  int position = 0;
  std::string name;
  std::string description;
};

struct LadderRow {
  long long id = 0;
  long long organisation_id = 0;
  std::string name;
  std::string description;
  int scale_min = 1;
  int scale_max = 10;
  std::string stages;
  bool archived = false;
  std::vector<AreaRow> areas;
};

struct AssessmentRow {
  long long id = 0;
  long long client_id = 0;
  long long ladder_id = 0;
  std::string assessed_on;
  std::string note;
  std::vector<std::pair<long long, int>> values;  // area id, value
  long long created_by = 0;
};

std::vector<LadderRow> list_ladders(soci::session& s, const std::vector<long long>& organisation_ids);
std::optional<LadderRow> get_ladder(soci::session& s, long long id);
long long insert_ladder(soci::session& s, const LadderRow& r, long long now);
// Header and areas: areas with an id are renamed, those without are added, missing ones removed.
void update_ladder(soci::session& s, const LadderRow& r, long long now);
bool ladder_has_assessments(soci::session& s, long long ladder_id);
std::vector<AssessmentRow> assessments_of(soci::session& s, long long client_id);
long long insert_assessment(soci::session& s, const AssessmentRow& r, long long now);

}  // namespace kvalis::planning::store
