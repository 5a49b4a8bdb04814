#include "planning/store/ladders_repo.hpp"

#include <map>

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::planning::store {
namespace {

using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Param;
using kvalis::store::placeholders;

// "column IN (…)" over the ids; an empty list matches nothing.
void add_in(Filter& f, const std::string& column, const std::vector<long long>& ids) {
  if (ids.empty())
    f.add("1 = 0");
  else
    f.add(column + " IN (" + placeholders(ids.size()) + ")", std::vector<Param>(ids.begin(), ids.end()));
}

void load_areas(soci::session& s, std::vector<LadderRow>& ladders) {
  if (ladders.empty()) return;
  std::map<long long, std::size_t> index;
  std::vector<long long> ids;
  for (std::size_t i = 0; i < ladders.size(); ++i) {
    index[ladders[i].id] = i;
    ids.push_back(ladders[i].id);
  }
  Filter f;
  add_in(f, "ladder_id", ids);
  for_each_row(s,
               "SELECT id, ladder_id, position, name, description FROM pl_ladder_areas" + f.where() +
                   " ORDER BY ladder_id, position, id",
               f, [&](const soci::row& r) {
                 ladders[index[as_ll(r, 1)]].areas.push_back(
                     {as_ll(r, 0), as_ll(r, 1), as_int(r, 2), as_str(r, 3), as_str(r, 4)});
               });
}

}  // namespace

// ---- ladders ------------------------------------------------------------------------------------------

std::vector<LadderRow> list_ladders(soci::session& s, const std::vector<long long>& organisation_ids) {
  Filter f;
  add_in(f, "organisation_id", organisation_ids);
  std::vector<LadderRow> out;
  for_each_row(s,
               "SELECT id, organisation_id, name, description, scale_min, scale_max, stages, archived FROM pl_ladders" +
                   f.where() + " ORDER BY organisation_id, name, id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0),
                                as_ll(r, 1),
                                as_str(r, 2),
                                as_str(r, 3),
                                as_int(r, 4),
                                as_int(r, 5),
                                as_str(r, 6),
                                as_ll(r, 7) != 0,
                                {}});
               });
  load_areas(s, out);
  return out;
}

std::optional<LadderRow> get_ladder(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::vector<LadderRow> out;
  for_each_row(s,
               "SELECT id, organisation_id, name, description, scale_min, scale_max, stages, archived FROM pl_ladders" +
                   f.where(),
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0),
                                as_ll(r, 1),
                                as_str(r, 2),
                                as_str(r, 3),
                                as_int(r, 4),
                                as_int(r, 5),
                                as_str(r, 6),
                                as_ll(r, 7) != 0,
                                {}});
               });
  if (out.empty()) return std::nullopt;
  load_areas(s, out);
  return out.front();
}

namespace {
void insert_area(soci::session& s, long long ladder_id, int position, const AreaRow& a) {
  s << "INSERT INTO pl_ladder_areas (ladder_id, position, name, description) VALUES (:l, :p, :n, :d)",
      soci::use(ladder_id), soci::use(position), soci::use(a.name), soci::use(a.description);
}
}  // namespace

long long insert_ladder(soci::session& s, const LadderRow& r, long long now) {
  long long id = 0;
  const int archived = r.archived ? 1 : 0;
  s << "INSERT INTO pl_ladders (organisation_id, name, description, scale_min, scale_max, stages, archived, "
       "created_at, updated_at) VALUES (:o, :n, :d, :mi, :ma, :st, :a, :ca, :ua) RETURNING id",
      soci::use(r.organisation_id), soci::use(r.name), soci::use(r.description), soci::use(r.scale_min),
      soci::use(r.scale_max), soci::use(r.stages), soci::use(archived), soci::use(now), soci::use(now), soci::into(id);
  int position = 0;
  for (const auto& a : r.areas) insert_area(s, id, ++position, a);
  return id;
}

void update_ladder(soci::session& s, const LadderRow& r, long long now) {
  const int archived = r.archived ? 1 : 0;
  s << "UPDATE pl_ladders SET name = :n, description = :d, scale_min = :mi, scale_max = :ma, stages = :st, "
       "archived = :a, updated_at = :ua WHERE id = :id",
      soci::use(r.name), soci::use(r.description), soci::use(r.scale_min), soci::use(r.scale_max), soci::use(r.stages),
      soci::use(archived), soci::use(now), soci::use(r.id);
  std::vector<long long> kept;
  for (const auto& a : r.areas)
    if (a.id) kept.push_back(a.id);
  Filter f;
  f.add("ladder_id = ?", {r.id});
  if (!kept.empty())
    f.add("id NOT IN (" + placeholders(kept.size()) + ")", std::vector<Param>(kept.begin(), kept.end()));
  std::vector<long long> gone;
  for_each_row(s, "SELECT id FROM pl_ladder_areas" + f.where(), f,
               [&](const soci::row& row) { gone.push_back(as_ll(row, 0)); });
  for (long long id : gone) s << "DELETE FROM pl_ladder_areas WHERE id = :id", soci::use(id);
  int position = 0;
  for (const auto& a : r.areas) {
    ++position;
    if (a.id)
      s << "UPDATE pl_ladder_areas SET position = :p, name = :n, description = :d WHERE id = :id AND ladder_id = :l",
          soci::use(position), soci::use(a.name), soci::use(a.description), soci::use(a.id), soci::use(r.id);
    else
      insert_area(s, r.id, position, a);
  }
}

bool ladder_has_assessments(soci::session& s, long long ladder_id) {
  Filter f;
  f.add("ladder_id = ?", {ladder_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM pl_ladder_assessments" + f.where(), f) > 0;
}

std::vector<AssessmentRow> assessments_of(soci::session& s, long long client_id) {
  Filter f;
  f.add("client_id = ?", {client_id});
  std::vector<AssessmentRow> out;
  std::map<long long, std::size_t> index;
  for_each_row(s,
               "SELECT id, client_id, ladder_id, assessed_on, note, created_by FROM pl_ladder_assessments" + f.where() +
                   " ORDER BY ladder_id, assessed_on, id",
               f, [&](const soci::row& r) {
                 index[as_ll(r, 0)] = out.size();
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_ll(r, 2), as_str(r, 3), as_str(r, 4), {}, as_ll(r, 5)});
               });
  if (out.empty()) return out;
  Filter v;
  v.add("lv.assessment_id IN (SELECT id FROM pl_ladder_assessments WHERE client_id = ?)", {client_id});
  for_each_row(
      s,
      "SELECT lv.assessment_id, lv.area_id, lv.value FROM pl_ladder_values lv JOIN pl_ladder_areas a ON a.id = "
      "lv.area_id" +
          v.where() + " ORDER BY lv.assessment_id, a.position",
      v, [&](const soci::row& r) { out[index[as_ll(r, 0)]].values.emplace_back(as_ll(r, 1), as_int(r, 2)); });
  return out;
}

long long insert_assessment(soci::session& s, const AssessmentRow& r, long long now) {
  long long id = 0;
  s << "INSERT INTO pl_ladder_assessments (client_id, ladder_id, assessed_on, note, created_by, created_at) VALUES "
       "(:c, :l, :a, :n, :cb, :ca) RETURNING id",
      soci::use(r.client_id), soci::use(r.ladder_id), soci::use(r.assessed_on), soci::use(r.note),
      soci::use(r.created_by), soci::use(now), soci::into(id);
  for (const auto& [area, value] : r.values)
    s << "INSERT INTO pl_ladder_values (assessment_id, area_id, value) VALUES (:a, :ar, :v)", soci::use(id),
        soci::use(area), soci::use(value);
  return id;
}

}  // namespace kvalis::planning::store
