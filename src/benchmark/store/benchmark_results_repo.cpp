#include "benchmark/store/benchmark_results_repo.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string_view>

#include "benchmark/core/dea.hpp"
#include "benchmark/core/round_comparison.hpp"
#include "benchmark/core/statistics.hpp"
#include "benchmark/core/validation.hpp"
#include "benchmark/store/benchmark_repo.hpp"
#include "platform/core/text.hpp"
#include "platform/store/bulk_insert.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/memo.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"
#include "platform/store/scan.hpp"

namespace kvalis::store::benchmark_results_repo {
namespace {

namespace bm = kvalis::benchmark;

// Binds one id to the statement's single placeholder ":p0".
Filter one_id(long long id) {
  Filter f;
  f.add("?", {id});
  return f;
}

std::string number_text(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// ---- reading rows ---------------------------------------------------------------------------------

constexpr const char* kRoundSelect =
    "SELECT r.id, r.group_id, r.methodology_id, r.name, r.period_year, r.kind, r.status, r.created_at, g.name, "
    "g.region_org_id, o.created_at, r.anon_salt FROM bm_rounds r JOIN bm_groups g ON g.id = r.group_id "
    "JOIN organisations o ON o.id = g.region_org_id";

RoundInfo round_from(const soci::row& r) {
  RoundInfo x;
  x.id = as_ll(r, 0);
  x.group_id = as_ll(r, 1);
  x.methodology_id = as_ll(r, 2);
  x.name = as_str(r, 3);
  x.period_year = as_int(r, 4);
  x.kind = as_str(r, 5);
  x.status = as_str(r, 6);
  x.created_at = as_ll(r, 7);
  x.group_name = as_str(r, 8);
  x.region_org_id = as_ll(r, 9);
  x.region_created_at = as_ll(r, 10);
  x.anon_salt = as_str(r, 11);
  return x;
}

constexpr const char* kIndicatorSelect =
    "SELECT id, methodology_id, code, name_cs, name_en, numerator, denominator, factor, unit, direction, rba, kinds, "
    "position FROM bm_indicators";

IndicatorInfo indicator_from(const soci::row& r) {
  IndicatorInfo x;
  x.id = as_ll(r, 0);
  x.methodology_id = as_ll(r, 1);
  x.code = as_str(r, 2);
  x.name_cs = as_str(r, 3);
  x.name_en = as_str(r, 4);
  x.numerator = as_str(r, 5);
  x.denominator = as_str(r, 6);
  x.factor = as_double(r, 7);
  x.unit = as_str(r, 8);
  x.direction = as_str(r, 9);
  x.rba = as_str(r, 10);
  x.kinds = as_str(r, 11);
  x.position = as_int(r, 12);
  return x;
}

constexpr const char* kStatSelect =
    "SELECT round_id, indicator_id, peer_key, n, min_value, q1, median, q3, max_value, mean, sd FROM bm_stats";

// The detail pages read these (a service's comparison over every round of its group): through store::scan.
StatRow stat_from(const ScanRow& r) {
  StatRow x;
  x.round_id = r.integer(0);
  x.indicator_id = r.integer(1);
  x.peer_key = r.text(2);
  x.n = r.integer(3);
  x.min = r.real_or_null(4);
  x.q1 = r.real_or_null(5);
  x.median = r.real_or_null(6);
  x.q3 = r.real_or_null(7);
  x.max = r.real_or_null(8);
  x.mean = r.real_or_null(9);
  x.sd = r.real_or_null(10);
  return x;
}

constexpr const char* kScoreSelect =
    "SELECT round_id, indicator_id, service_id, peer_key, value, missing_reason, percent_rank, z_score, "
    "reserve_median, reserve_best FROM bm_scores";

ScoreRow score_from(const ScanRow& r) {
  ScoreRow x;
  x.round_id = r.integer(0);
  x.indicator_id = r.integer(1);
  x.service_id = r.integer(2);
  x.peer_key = r.text(3);
  x.value = r.real_or_null(4);
  x.missing_reason = r.text(5);
  x.percent_rank = r.real_or_null(6);
  x.z_score = r.real_or_null(7);
  x.reserve_median = r.real_or_null(8);
  x.reserve_best = r.real_or_null(9);
  return x;
}

// ---- recomputation --------------------------------------------------------------------------------

// Writes the computed rows with multi-row INSERTs (platform/store/bulk_insert: a batch of rows per round
// trip on PostgreSQL), NULL where a value is absent. With upsert a row already there is updated in place
// rather than deleted and inserted again: on PostgreSQL an inserted score checks its three foreign keys, an
// update that keeps them does not (a national round's 280,000 scores: 15 s deleted and inserted, 4 s updated).
void write_stats(soci::session& s, long long round_id, const std::vector<bm::PeerStatistics>& rows, bool upsert) {
  using store::ColumnType;
  store::BulkInsert out(s, "bm_stats",
                        {{"round_id", ColumnType::integer},
                         {"indicator_id", ColumnType::integer},
                         {"peer_key", ColumnType::text},
                         {"n", ColumnType::integer},
                         {"min_value", ColumnType::real},
                         {"q1", ColumnType::real},
                         {"median", ColumnType::real},
                         {"q3", ColumnType::real},
                         {"max_value", ColumnType::real},
                         {"mean", ColumnType::real},
                         {"sd", ColumnType::real}});
  if (upsert)
    out.on_conflict(
        "ON CONFLICT (round_id, indicator_id, peer_key) DO UPDATE SET n = excluded.n, min_value = excluded.min_value, "
        "q1 = excluded.q1, median = excluded.median, q3 = excluded.q3, max_value = excluded.max_value, "
        "mean = excluded.mean, sd = excluded.sd");
  for (const auto& r : rows)
    out.add(round_id)
        .add(r.indicator_id)
        .add(r.peer_key)
        .add(r.n)
        .add(r.min)
        .add(r.q1)
        .add(r.median)
        .add(r.q3)
        .add(r.max)
        .add(r.mean)
        .add(r.sd);
  out.flush();
}

void write_scores(soci::session& s, long long round_id, const std::vector<bm::ServiceResult>& rows, bool upsert) {
  using store::ColumnType;
  store::BulkInsert out(s, "bm_scores",
                        {{"round_id", ColumnType::integer},
                         {"indicator_id", ColumnType::integer},
                         {"service_id", ColumnType::integer},
                         {"peer_key", ColumnType::text},
                         {"value", ColumnType::real},
                         {"missing_reason", ColumnType::text},
                         {"percent_rank", ColumnType::real},
                         {"z_score", ColumnType::real},
                         {"reserve_median", ColumnType::real},
                         {"reserve_best", ColumnType::real}});
  if (upsert)
    out.on_conflict(
        "ON CONFLICT (round_id, indicator_id, service_id) DO UPDATE SET peer_key = excluded.peer_key, "
        "value = excluded.value, missing_reason = excluded.missing_reason, percent_rank = excluded.percent_rank, "
        "z_score = excluded.z_score, reserve_median = excluded.reserve_median, reserve_best = excluded.reserve_best");
  // Reserves are absent exactly when the percent rank is (no value, or suppressed data are still ranked).
  for (const auto& r : rows)
    out.add(round_id)
        .add(r.indicator_id)
        .add(r.service_id)
        .add(r.peer_key)
        .add(r.value)
        .add(r.missing_reason)
        .add(r.percent_rank)
        .add(r.z_score)
        .add(r.reserve_median)
        .add(r.reserve_best);
  out.flush();
}

// A round's stored statistics.
std::vector<bm::PeerStatistics> stored_stats(soci::session& s, long long round_id) {
  std::vector<bm::PeerStatistics> out;
  scan(s,
       "SELECT indicator_id, peer_key, n, min_value, q1, median, q3, max_value, mean, sd FROM bm_stats "
       "WHERE round_id = $1 ORDER BY indicator_id, peer_key",
       {round_id}, [&](const ScanRow& r) {
         out.push_back({r.integer(0), std::string(r.text(1)), r.integer(2), r.real(3), r.real(4), r.real(5), r.real(6),
                        r.real(7), r.real(8), r.real_or_null(9)});
       });
  return out;
}

bool same_row(const bm::PeerStatistics& a, const bm::PeerStatistics& b) {
  return a.n == b.n && a.min == b.min && a.q1 == b.q1 && a.median == b.median && a.q3 == b.q3 && a.max == b.max &&
         a.mean == b.mean && a.sd == b.sd;
}
std::pair<long long, long long> key_of(const bm::ServiceResult& r) { return {r.indicator_id, r.service_id}; }
std::pair<long long, std::string> key_of(const bm::PeerStatistics& r) { return {r.indicator_id, r.peer_key}; }

template <class Row>
struct Difference {
  std::vector<Row> write;                                     // new or changed rows
  std::vector<decltype(key_of(std::declval<Row>()))> remove;  // stored rows the new comparison no longer has
  bool changed = false;                                       // some row to write is stored already
};

// What writing `fresh` over the stored rows takes, the stored rows given one by one in key order: rows equal to
// the stored ones are left alone.
template <class Row>
class DifferenceOf {
 public:
  using Key = decltype(key_of(std::declval<Row>()));
  explicit DifferenceOf(const std::vector<Row>& fresh) {
    const auto by_key = [](const Row* a, const Row* b) { return key_of(*a) < key_of(*b); };
    ordered_.reserve(fresh.size());
    for (const auto& r : fresh) ordered_.push_back(&r);
    if (!std::is_sorted(ordered_.begin(), ordered_.end(), by_key)) std::sort(ordered_.begin(), ordered_.end(), by_key);
  }
  // The next stored row, by its key; same(fresh) tells whether the fresh row of that key equals it.
  template <class Same>
  void stored(const Key& key, Same&& same) {
    while (j_ < ordered_.size() && key_of(*ordered_[j_]) < key) out_.write.push_back(*ordered_[j_++]);
    if (j_ == ordered_.size() || key < key_of(*ordered_[j_])) {
      out_.remove.push_back(key);
      return;
    }
    const Row& f = *ordered_[j_++];
    if (!same(f)) {
      out_.write.push_back(f);
      out_.changed = true;
    }
  }
  Difference<Row> finish() && {
    while (j_ < ordered_.size()) out_.write.push_back(*ordered_[j_++]);
    return std::move(out_);
  }

 private:
  std::vector<const Row*> ordered_;
  std::size_t j_ = 0;
  Difference<Row> out_;
};

// The round's statistics: read whole (a few thousand) and ordered here, as PostgreSQL orders texts by its
// collation.
Difference<bm::PeerStatistics> stats_difference(soci::session& s, long long round_id,
                                                const std::vector<bm::PeerStatistics>& fresh) {
  auto stored = stored_stats(s, round_id);
  const auto by_key = [](const bm::PeerStatistics& a, const bm::PeerStatistics& b) { return key_of(a) < key_of(b); };
  if (!std::is_sorted(stored.begin(), stored.end(), by_key)) std::sort(stored.begin(), stored.end(), by_key);
  DifferenceOf<bm::PeerStatistics> d(fresh);
  for (const auto& r : stored) d.stored(key_of(r), [&](const bm::PeerStatistics& f) { return same_row(r, f); });
  return std::move(d).finish();
}

// The round's scores, each stored row compared as it is read in key order and not kept (a national round has
// 280,000: reading them into rows first took longer than the comparison).
Difference<bm::ServiceResult> score_difference(soci::session& s, long long round_id,
                                               const std::vector<bm::ServiceResult>& fresh) {
  DifferenceOf<bm::ServiceResult> d(fresh);
  scan(s,
       "SELECT indicator_id, service_id, peer_key, missing_reason, value, percent_rank, z_score, reserve_median, "
       "reserve_best FROM bm_scores WHERE round_id = $1 ORDER BY indicator_id, service_id",
       {round_id}, [&](const ScanRow& r) {
         d.stored({r.integer(0), r.integer(1)}, [&](const bm::ServiceResult& f) {
           return f.peer_key == r.text(2) && f.missing_reason == r.text(3) && f.value == r.real_or_null(4) &&
                  f.percent_rank == r.real_or_null(5) && f.z_score == r.real_or_null(6) &&
                  f.reserve_median == r.real_or_null(7) && f.reserve_best == r.real_or_null(8);
         });
       });
  return std::move(d).finish();
}

// Deletes the round's rows of the given keys (those the new comparison no longer has), a few hundred a statement.
template <class Key>
void delete_keys(soci::session& s, const char* table, const char* second_column, long long round_id,
                 const std::vector<std::pair<long long, Key>>& keys) {
  constexpr std::size_t kChunk = 400;
  for (std::size_t begin = 0; begin < keys.size(); begin += kChunk) {
    Filter f;
    f.add("round_id = ?", {round_id});
    std::string clause;
    std::vector<Param> params;
    for (std::size_t i = begin; i < std::min(keys.size(), begin + kChunk); ++i) {
      clause += std::string(clause.empty() ? "" : " OR ") + "(indicator_id = ? AND " + second_column + " = ?)";
      params.emplace_back(keys[i].first);
      params.emplace_back(keys[i].second);
    }
    f.add(clause, std::move(params));
    soci::statement st(s);
    st.alloc();
    f.bind(st);
    st.prepare(std::string("DELETE FROM ") + table + f.where(), soci::details::st_one_time_query);
    st.define_and_bind();
    st.execute(true);
  }
}

// Kind and forms of every service with values in the round (what its peer key is made of), in one query.
std::map<long long, std::pair<std::string, std::string>> peer_keys_of_round(soci::session& s, long long round_id) {
  std::map<long long, std::pair<std::string, std::string>> out;
  for_each_row(s,
               "SELECT sv.id, sv.kind_code, sv.forms FROM services sv "
               "WHERE sv.id IN (SELECT service_id FROM bm_values WHERE round_id = :p0)",
               one_id(round_id), [&](const soci::row& r) {
                 out[as_ll(r, 0)] = {as_str(r, 1), as_str(r, 2)};
               });
  return out;
}

}  // namespace

std::string primary_form(const std::string& forms) { return bm::primary_form(forms); }
std::string peer_key(const std::string& kind_code, const std::string& form_code) {
  return bm::peer_key(kind_code, form_code);
}
std::string kind_peer_key(const std::string& kind_code) { return bm::kind_peer_key(kind_code); }

void hold_round(soci::session& s, long long round_id) {
  if (s.get_backend_name() != "postgresql") return;
  long long id = 0;
  // NO KEY UPDATE: it excludes the other holders and the round's own status changes, but not the key-share
  // locks that rows referencing the round (the values saved) take; FOR UPDATE deadlocked against those.
  prepare_once(s, "SELECT id FROM bm_rounds WHERE id = :r FOR NO KEY UPDATE", [&](soci::statement& st) {
    st.exchange(soci::use(round_id));
    st.exchange(soci::into(id));
  }).execute(true);
}

void recompute_round(soci::session& s, long long round_id) { recompute_round(s, round_id, {}); }

// Loads the round, lets the core compare it (benchmark/core/round_comparison) and replaces its rows.
RecomputeSummary recompute_round(soci::session& s, long long round_id,
                                 const std::function<void(std::size_t, std::size_t)>& progress,
                                 std::vector<bm::ServiceResult>* scores) {
  // Two recomputations of one round at once (two forms of the round saved together) each delete the round's
  // rows and insert them again: on PostgreSQL the second one's inserts met the first one's committed rows
  // (duplicate keys; found by tests/fault/crash.test.mjs and the soak). hold_round makes them run one after
  // the other, each reading the values committed before it.
  hold_round(s, round_id);
  const auto round = get_round(s, round_id);
  if (!round) return {};
  std::vector<bm::ComparedIndicator> indicators;
  for (const auto& ind : indicators_of_methodology(s, round->methodology_id))
    indicators.push_back({ind.id, ind.numerator, ind.denominator, ind.factor, ind.direction, ind.kinds});
  RoundValues values = round_values(s, round_id, round->methodology_id);
  const auto services = peer_keys_of_round(s, round_id);
  std::vector<bm::ComparedService> compared;
  compared.reserve(values.items.size());
  for (auto& [id, items] : values.items) {
    auto it = services.find(id);
    if (it == services.end()) continue;
    bm::ComparedService c{id, it->second.first, it->second.second, {std::move(items), {}}};
    if (auto rej = values.rejected.find(id); rej != values.rejected.end()) c.values.rejected = std::move(rej->second);
    compared.push_back(std::move(c));
  }
  auto comparison = bm::compare_round(indicators, compared, progress, 2);
  std::size_t done = indicators.size();
  const std::size_t steps = indicators.size() + 2;
  // Only what changed is written: the rows the new comparison no longer has are deleted, new and changed rows
  // written (over the stored ones: an upsert), equal rows left alone. A form saved changes the rows of its
  // service's peer groups in the indicators its values enter, not the whole round (a round of 51 services: 816
  // scores deleted and inserted on every save before); a round recomputed with the same values writes nothing.
  auto stats = stats_difference(s, round_id, comparison.stats);
  auto score_rows = score_difference(s, round_id, comparison.scores);
  delete_keys(s, "bm_stats", "peer_key", round_id, stats.remove);
  delete_keys(s, "bm_scores", "service_id", round_id, score_rows.remove);
  // An upsert when some row is stored already; only new rows are plain inserts (COPY on PostgreSQL).
  write_stats(s, round_id, stats.write, stats.changed);
  if (progress) progress(++done, steps);
  write_scores(s, round_id, score_rows.write, score_rows.changed);
  if (progress) progress(++done, steps);
  store::data_versions::bump(s, "benchmark");
  if (scores) *scores = std::move(comparison.scores);
  return comparison.summary;
}

RoundValues round_values(soci::session& s, long long round_id, long long methodology_id) {
  std::map<long long, bm::FormValues> forms;
  {
    // One query read through the database's own library (a national round has 280,000 values).
    bm::FormValues* form = nullptr;
    long long form_of = 0;
    scan(s, "SELECT service_id, item_code, value FROM bm_values WHERE round_id = $1 ORDER BY service_id", {round_id},
         [&](const ScanRow& r) {
           const long long service = r.integer(0);
           if (!form || form_of != service) {
             form = &forms[service];
             form_of = service;
           }
           (*form)[std::string(r.text(1))] = r.real_or_null(2);
         });
  }
  std::vector<bm::ItemSpec> items;
  for_each_row(
      s, "SELECT code, required, min_value, max_value FROM bm_items WHERE methodology_id = :p0", one_id(methodology_id),
      [&](const soci::row& r) {
        items.push_back(bm::ItemSpec{as_str(r, 0), as_ll(r, 1) != 0, as_opt_double(r, 2), as_opt_double(r, 3)});
      });
  std::vector<bm::RuleSpec> rules;
  for_each_row(s, "SELECT code, left_expr, op, right_expr FROM bm_rules WHERE methodology_id = :p0 ORDER BY code",
               one_id(methodology_id), [&](const soci::row& r) {
                 if (auto op = bm::parse_rule_op(as_str(r, 2)))
                   rules.push_back(bm::RuleSpec{as_str(r, 0), as_str(r, 1), *op, as_str(r, 3)});
               });
  RoundValues out;
  const bm::FormValidator validator(std::move(items), std::move(rules));
  for (const auto& [service, form] : forms) {
    auto usable = bm::usable_values(validator, form);
    out.items[service] = std::move(usable.items);
    if (!usable.rejected.empty()) out.rejected[service] = std::move(usable.rejected);
  }
  return out;
}

// ---- reads ----------------------------------------------------------------------------------------

std::optional<RoundInfo> get_round(soci::session& s, long long round_id) {
  std::optional<RoundInfo> out;
  for_each_row(s, std::string(kRoundSelect) + " WHERE r.id = :p0", one_id(round_id),
               [&](const soci::row& r) { out = round_from(r); });
  return out;
}

std::vector<RoundInfo> rounds_of_group(soci::session& s, long long group_id) {
  std::vector<RoundInfo> out;
  for_each_row(s, std::string(kRoundSelect) + " WHERE r.group_id = :p0 ORDER BY r.period_year, r.id", one_id(group_id),
               [&](const soci::row& r) { out.push_back(round_from(r)); });
  return out;
}

std::optional<GroupInfo> get_group(soci::session& s, long long group_id) {
  std::optional<GroupInfo> out;
  for_each_row(s,
               "SELECT g.id, g.region_org_id, g.name, o.region_code FROM bm_groups g "
               "JOIN organisations o ON o.id = g.region_org_id WHERE g.id = :p0",
               one_id(group_id), [&](const soci::row& r) {
                 out = GroupInfo{as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3)};
               });
  return out;
}

std::map<long long, std::string> group_members(soci::session& s, long long group_id) {
  std::map<long long, std::string> out;
  for_each_row(s, "SELECT provider_org_id, participation FROM bm_group_members WHERE group_id = :p0", one_id(group_id),
               [&](const soci::row& r) { out[as_ll(r, 0)] = as_str(r, 1); });
  return out;
}

std::vector<long long> groups_of_service(soci::session& s, long long service_id) {
  std::vector<long long> out;
  for_each_row(s,
               "SELECT DISTINCT r.group_id FROM bm_scores sc JOIN bm_rounds r ON r.id = sc.round_id "
               "WHERE sc.service_id = :p0 ORDER BY r.group_id",
               one_id(service_id), [&](const soci::row& r) { out.push_back(as_ll(r, 0)); });
  return out;
}

std::vector<IndicatorInfo> indicators_of_methodology(soci::session& s, long long methodology_id) {
  return *remembered<std::vector<IndicatorInfo>>(
      s, "benchmark.indicators:" + std::to_string(methodology_id), [&](soci::session& s) {
        std::vector<IndicatorInfo> out;
        for_each_row(s, std::string(kIndicatorSelect) + " WHERE methodology_id = :p0 ORDER BY position, code",
                     one_id(methodology_id), [&](const soci::row& r) { out.push_back(indicator_from(r)); });
        return out;
      });
}

std::optional<IndicatorInfo> get_indicator(soci::session& s, long long indicator_id) {
  std::optional<IndicatorInfo> out;
  for_each_row(s, std::string(kIndicatorSelect) + " WHERE id = :p0", one_id(indicator_id),
               [&](const soci::row& r) { out = indicator_from(r); });
  return out;
}

std::vector<ItemInfo> items_of_methodology(soci::session& s, long long methodology_id) {
  return *remembered<std::vector<ItemInfo>>(
      s, "benchmark.items:" + std::to_string(methodology_id), [&](soci::session& s) {
        std::vector<ItemInfo> out;
        for_each_row(
            s, "SELECT code, name_cs, unit, name_en FROM bm_items WHERE methodology_id = :p0 ORDER BY position, code",
            one_id(methodology_id), [&](const soci::row& r) {
              out.push_back({as_str(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)});
            });
        return out;
      });
}

std::map<long long, ServiceInfo> services_by_id(soci::session& s, const std::vector<long long>& ids) {
  std::map<long long, ServiceInfo> out;
  constexpr std::size_t kChunk = 400;
  for (std::size_t begin = 0; begin < ids.size(); begin += kChunk) {
    Filter f;
    std::vector<Param> chunk;
    for (std::size_t i = begin; i < std::min(ids.size(), begin + kChunk); ++i) chunk.emplace_back(ids[i]);
    f.add_any("sv.id = ?", chunk);
    for_each_row(s,
                 "SELECT sv.id, sv.name, sv.registry_id, sv.provider_id, o.name, sv.kind_code, sv.forms, "
                 "sv.capacity_total, sv.capacity_unit, sv.region_code, o.legal_form_code, o.founder "
                 "FROM services sv JOIN organisations o ON o.id = sv.provider_id" +
                     f.where(),
                 f, [&](const soci::row& r) {
                   ServiceInfo x;
                   x.id = as_ll(r, 0);
                   x.name = as_str(r, 1);
                   x.registry_id = as_str(r, 2);
                   x.provider_id = as_ll(r, 3);
                   x.provider_name = as_str(r, 4);
                   x.kind_code = as_str(r, 5);
                   x.forms = as_str(r, 6);
                   x.capacity_total = as_ll(r, 7);
                   x.capacity_unit = as_str(r, 8);
                   x.region_code = as_str(r, 9);
                   x.legal_form_code = as_str(r, 10);
                   x.founder = as_str(r, 11);
                   out[x.id] = std::move(x);
                 });
    Filter t;
    std::vector<Param> chunk2(chunk);
    t.add_any("service_id = ?", chunk2);
    for_each_row(s,
                 "SELECT service_id, territory_code FROM service_territories" + t.where() + " ORDER BY territory_code",
                 t, [&](const soci::row& r) {
                   auto it = out.find(as_ll(r, 0));
                   if (it != out.end()) it->second.territory_codes.push_back(as_str(r, 1));
                 });
  }
  return out;
}

std::optional<ServiceInfo> get_service(soci::session& s, long long service_id) {
  auto all = services_by_id(s, {service_id});
  if (all.empty()) return std::nullopt;
  return all.begin()->second;
}

std::vector<StatRow> stats_of_round(soci::session& s, long long round_id, long long indicator_id) {
  std::vector<StatRow> out;
  auto add = [&](const ScanRow& r) { out.push_back(stat_from(r)); };
  if (indicator_id)
    scan(s, std::string(kStatSelect) + " WHERE round_id = $1 AND indicator_id = $2 ORDER BY indicator_id, peer_key",
         {round_id, indicator_id}, add);
  else
    scan(s, std::string(kStatSelect) + " WHERE round_id = $1 ORDER BY indicator_id, peer_key", {round_id}, add);
  return out;
}

std::vector<ScoreRow> scores_of_round(soci::session& s, long long round_id, long long indicator_id) {
  std::vector<ScoreRow> out;
  auto add = [&](const ScanRow& r) { out.push_back(score_from(r)); };
  if (indicator_id)
    scan(s,
         std::string(kScoreSelect) +
             " WHERE round_id = $1 AND indicator_id = $2 ORDER BY indicator_id, peer_key, service_id",
         {round_id, indicator_id}, add);
  else
    scan(s, std::string(kScoreSelect) + " WHERE round_id = $1 ORDER BY indicator_id, peer_key, service_id", {round_id},
         add);
  return out;
}

std::vector<ScoreRow> scores_of_service(soci::session& s, long long service_id, long long group_id) {
  std::vector<ScoreRow> out;
  scan(s,
       std::string(kScoreSelect) +
           " WHERE service_id = $1 AND round_id IN (SELECT id FROM bm_rounds WHERE group_id = $2) "
           "ORDER BY round_id, indicator_id",
       {service_id, group_id}, [&](const ScanRow& r) { out.push_back(score_from(r)); });
  return out;
}

std::vector<StatRow> stats_of_service(soci::session& s, long long service_id, long long group_id) {
  std::vector<StatRow> out;
  // From the service's scores (index bm_scores_service) to the statistics of each one's peer group.
  scan(s,
       "SELECT st.round_id, st.indicator_id, st.peer_key, st.n, st.min_value, st.q1, st.median, st.q3, "
       "st.max_value, st.mean, st.sd FROM bm_scores sc JOIN bm_stats st ON st.round_id = sc.round_id "
       "AND st.indicator_id = sc.indicator_id AND st.peer_key = sc.peer_key "
       "WHERE sc.service_id = $1 AND sc.round_id IN (SELECT id FROM bm_rounds WHERE group_id = $2) "
       "ORDER BY st.round_id, st.indicator_id, st.peer_key",
       {service_id, group_id}, [&](const ScanRow& r) { out.push_back(stat_from(r)); });
  return out;
}

// ---- good practice --------------------------------------------------------------------------------

namespace {

std::string practice_search_text(const Practice& p) {
  return search_key(p.title) + " | " + search_key(p.summary) + " | " + search_key(p.body);
}

std::vector<PracticeLink> practice_links(soci::session& s, long long id) {
  std::vector<PracticeLink> out;
  for_each_row(s,
               "SELECT service_id, indicator_id, round_id, note FROM bm_good_practice_links WHERE practice_id = :p0 "
               "ORDER BY round_id, indicator_id, service_id",
               one_id(id), [&](const soci::row& r) {
                 out.push_back({as_opt_ll(r, 0), as_opt_ll(r, 1), as_opt_ll(r, 2), as_str(r, 3)});
               });
  return out;
}

void write_links(soci::session& s, long long id, const std::vector<PracticeLink>& links) {
  s << "DELETE FROM bm_good_practice_links WHERE practice_id = :p", soci::use(id);
  for (const auto& l : links) {
    long long sv = l.service_id.value_or(0), ind = l.indicator_id.value_or(0), rd = l.round_id.value_or(0);
    soci::indicator sv_i = l.service_id ? soci::i_ok : soci::i_null;
    soci::indicator ind_i = l.indicator_id ? soci::i_ok : soci::i_null;
    soci::indicator rd_i = l.round_id ? soci::i_ok : soci::i_null;
    s << "INSERT INTO bm_good_practice_links (practice_id, service_id, indicator_id, round_id, note) "
         "VALUES (:p, :s, :i, :r, :n)",
        soci::use(id), soci::use(sv, sv_i), soci::use(ind, ind_i), soci::use(rd, rd_i), soci::use(l.note);
  }
}

constexpr const char* kPracticeSelect =
    "SELECT p.id, p.author_org_id, o.name, o.type, o.region_code, p.title, p.summary, p.body, p.kinds, p.created_at, "
    "p.updated_at FROM bm_good_practices p JOIN organisations o ON o.id = p.author_org_id";

Practice practice_from(const soci::row& r) {
  Practice p;
  p.id = as_ll(r, 0);
  p.author_org_id = as_ll(r, 1);
  p.author_org_name = as_str(r, 2);
  p.author_org_type = as_str(r, 3);
  p.author_region_code = as_str(r, 4);
  p.title = as_str(r, 5);
  p.summary = as_str(r, 6);
  p.body = as_str(r, 7);
  p.kinds = as_str(r, 8);
  p.created_at = as_ll(r, 9);
  p.updated_at = as_ll(r, 10);
  return p;
}

}  // namespace

std::vector<Practice> list_practices(soci::session& s, const PracticeQuery& q, long long& total) {
  Filter f;
  if (!q.kind.empty()) f.add("p.kinds LIKE ?", {"%;" + q.kind + ";%"});
  if (!q.indicator_code.empty())
    f.add(
        "EXISTS (SELECT 1 FROM bm_good_practice_links l JOIN bm_indicators i ON i.id = l.indicator_id "
        "WHERE l.practice_id = p.id AND i.code = ?)",
        {q.indicator_code});
  // Every word must occur (in any order).
  const std::string key = search_key(q.q);
  for (std::size_t start = 0; start < key.size();) {
    auto end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) f.add_contains({"p.search_text"}, std::string_view(key).substr(start, end - start));
    start = end + 1;
  }
  total = count_rows(
      s, "SELECT COUNT(*) FROM bm_good_practices p JOIN organisations o ON o.id = p.author_org_id" + f.where(), f);
  std::vector<Practice> out;
  for_each_row(s,
               std::string(kPracticeSelect) + f.where() + " ORDER BY p.updated_at DESC, p.id DESC" +
                   limit_offset(q.limit, q.offset),
               f, [&](const soci::row& r) { out.push_back(practice_from(r)); });
  for (auto& p : out) p.links = practice_links(s, p.id);
  return out;
}

std::optional<Practice> get_practice(soci::session& s, long long id) {
  std::optional<Practice> out;
  for_each_row(s, std::string(kPracticeSelect) + " WHERE p.id = :p0", one_id(id),
               [&](const soci::row& r) { out = practice_from(r); });
  if (out) out->links = practice_links(s, out->id);
  return out;
}

long long insert_practice(soci::session& s, const Practice& p, long long now) {
  long long id = 0;
  const std::string search = practice_search_text(p);
  s << "INSERT INTO bm_good_practices (author_org_id, title, summary, body, kinds, search_text, created_at, "
       "updated_at) VALUES (:a, :t, :s, :b, :k, :x, :c, :u) RETURNING id",
      soci::use(p.author_org_id), soci::use(p.title), soci::use(p.summary), soci::use(p.body), soci::use(p.kinds),
      soci::use(search), soci::use(now), soci::use(now), soci::into(id);
  write_links(s, id, p.links);
  return id;
}

void update_practice(soci::session& s, const Practice& p, long long now) {
  const std::string search = practice_search_text(p);
  s << "UPDATE bm_good_practices SET title = :t, summary = :s, body = :b, kinds = :k, search_text = :x, "
       "updated_at = :u WHERE id = :id",
      soci::use(p.title), soci::use(p.summary), soci::use(p.body), soci::use(p.kinds), soci::use(search),
      soci::use(now), soci::use(p.id);
  write_links(s, p.id, p.links);
}

void delete_practice(soci::session& s, long long id) {
  s << "DELETE FROM bm_good_practice_links WHERE practice_id = :p", soci::use(id);
  s << "DELETE FROM bm_good_practices WHERE id = :p", soci::use(id);
}

// ---- DEA ------------------------------------------------------------------------------------------

std::set<std::string> dea_variable_codes(soci::session& s, long long methodology_id) {
  std::set<std::string> out;
  for (const auto& i : items_of_methodology(s, methodology_id)) out.insert(i.code);
  for (const auto& i : indicators_of_methodology(s, methodology_id)) out.insert(i.code);
  return out;
}

long long services_with_values(soci::session& s, long long round_id) {
  return count_rows(s, "SELECT COUNT(DISTINCT service_id) FROM bm_values WHERE round_id = :p0", one_id(round_id));
}

long long store_dea_run(soci::session& s, DeaRun& run, const std::vector<DeaResultRow>& rows, long long now) {
  long long id = 0;
  const std::string inputs = join_codes(run.inputs), outputs = join_codes(run.outputs);
  long long by = run.created_by.value_or(0);
  soci::indicator by_i = run.created_by ? soci::i_ok : soci::i_null;
  if (run.id > 0) {
    // Replacing a run's results (the demo refreshes its run in place).
    id = run.id;
    s << "UPDATE bm_dea_runs SET round_id = :r, model = :m, orientation = :o, inputs = :i, outputs = :u, "
         "created_at = :c, created_by = :b WHERE id = :id",
        soci::use(run.round_id), soci::use(run.model), soci::use(run.orientation), soci::use(inputs),
        soci::use(outputs), soci::use(now), soci::use(by, by_i), soci::use(id);
    s << "DELETE FROM bm_dea_results WHERE run_id = :id", soci::use(id);
  } else {
    s << "INSERT INTO bm_dea_runs (round_id, model, orientation, inputs, outputs, created_at, created_by) "
         "VALUES (:r, :m, :o, :i, :u, :c, :b) RETURNING id",
        soci::use(run.round_id), soci::use(run.model), soci::use(run.orientation), soci::use(inputs),
        soci::use(outputs), soci::use(now), soci::use(by, by_i), soci::into(id);
  }
  run.id = id;
  run.created_at = now;
  for (const auto& r : rows) {
    std::string peers, slacks;
    for (const auto& [service, lambda] : r.peers) peers += std::to_string(service) + ":" + number_text(lambda) + ";";
    for (const auto& [code, value] : r.slacks) slacks += code + ":" + number_text(value) + ";";
    double eff = r.efficiency.value_or(0.0);
    soci::indicator eff_i = r.efficiency ? soci::i_ok : soci::i_null;
    s << "INSERT INTO bm_dea_results (run_id, service_id, efficiency, status, peers, slacks) "
         "VALUES (:r, :s, :e, :st, :p, :sl)",
        soci::use(id), soci::use(r.service_id), soci::use(eff, eff_i), soci::use(r.status), soci::use(peers),
        soci::use(slacks);
  }
  store::data_versions::bump(s, "benchmark");
  return id;
}

namespace {

constexpr const char* kDeaRunSelect =
    "SELECT id, round_id, model, orientation, inputs, outputs, created_at, created_by FROM bm_dea_runs";

DeaRun dea_run_from(const soci::row& r) {
  DeaRun x;
  x.id = as_ll(r, 0);
  x.round_id = as_ll(r, 1);
  x.model = as_str(r, 2);
  x.orientation = as_str(r, 3);
  x.inputs = split_codes(as_str(r, 4));
  x.outputs = split_codes(as_str(r, 5));
  x.created_at = as_ll(r, 6);
  x.created_by = as_opt_ll(r, 7);
  return x;
}

}  // namespace

std::optional<DeaRun> get_dea_run(soci::session& s, long long run_id) {
  std::optional<DeaRun> out;
  for_each_row(s, std::string(kDeaRunSelect) + " WHERE id = :p0", one_id(run_id),
               [&](const soci::row& r) { out = dea_run_from(r); });
  return out;
}

std::vector<DeaRun> dea_runs_of_round(soci::session& s, long long round_id) {
  std::vector<DeaRun> out;
  for_each_row(s, std::string(kDeaRunSelect) + " WHERE round_id = :p0 ORDER BY id DESC", one_id(round_id),
               [&](const soci::row& r) { out.push_back(dea_run_from(r)); });
  return out;
}

std::vector<DeaResultRow> dea_results(soci::session& s, long long run_id) {
  std::vector<DeaResultRow> out;
  for_each_row(s,
               "SELECT service_id, efficiency, status, peers, slacks FROM bm_dea_results WHERE run_id = :p0 "
               "ORDER BY service_id",
               one_id(run_id), [&](const soci::row& r) {
                 DeaResultRow x;
                 x.service_id = as_ll(r, 0);
                 x.efficiency = as_opt_double(r, 1);
                 x.status = as_str(r, 2);
                 for (const auto& part : split_codes(as_str(r, 3))) {
                   auto colon = part.find(':');
                   if (colon == std::string::npos) continue;
                   x.peers.emplace_back(std::stoll(part.substr(0, colon)), std::stod(part.substr(colon + 1)));
                 }
                 for (const auto& part : split_codes(as_str(r, 4))) {
                   auto colon = part.rfind(':');
                   if (colon == std::string::npos) continue;
                   x.slacks.emplace_back(part.substr(0, colon), std::stod(part.substr(colon + 1)));
                 }
                 out.push_back(std::move(x));
               });
  return out;
}

// ---- DEA jobs -------------------------------------------------------------------------------------

namespace {

constexpr const char* kDeaJobSelect =
    "SELECT id, round_id, model, orientation, inputs, outputs, state, done, total, run_id, error, created_by, "
    "created_at, updated_at FROM bm_dea_jobs WHERE id = :p0";

}  // namespace

long long insert_dea_job(soci::session& s, const DeaJob& job, long long now) {
  long long id = 0;
  const std::string inputs = join_codes(job.inputs), outputs = join_codes(job.outputs);
  long long by = job.created_by.value_or(0);
  soci::indicator by_i = job.created_by ? soci::i_ok : soci::i_null;
  s << "INSERT INTO bm_dea_jobs (round_id, model, orientation, inputs, outputs, state, done, total, created_by, "
       "created_at, updated_at) VALUES (:r, :m, :o, :i, :u, 'queued', 0, :t, :b, :c, :c2) RETURNING id",
      soci::use(job.round_id), soci::use(job.model), soci::use(job.orientation), soci::use(inputs), soci::use(outputs),
      soci::use(job.total), soci::use(by, by_i), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

std::optional<DeaJob> get_dea_job(soci::session& s, long long job_id) {
  std::optional<DeaJob> out;
  for_each_row(s, kDeaJobSelect, one_id(job_id), [&](const soci::row& r) {
    DeaJob j;
    j.id = as_ll(r, 0);
    j.round_id = as_ll(r, 1);
    j.model = as_str(r, 2);
    j.orientation = as_str(r, 3);
    j.inputs = split_codes(as_str(r, 4));
    j.outputs = split_codes(as_str(r, 5));
    j.state = as_str(r, 6);
    j.done = as_ll(r, 7);
    j.total = as_ll(r, 8);
    j.run_id = as_opt_ll(r, 9);
    j.error = as_str(r, 10);
    j.created_by = as_opt_ll(r, 11);
    j.created_at = as_ll(r, 12);
    j.updated_at = as_ll(r, 13);
    out = std::move(j);
  });
  return out;
}

void update_dea_job(soci::session& s, long long job_id, const std::string& state, long long done, long long total,
                    long long now) {
  s << "UPDATE bm_dea_jobs SET state = :s, done = :d, total = :t, updated_at = :u WHERE id = :id", soci::use(state),
      soci::use(done), soci::use(total), soci::use(now), soci::use(job_id);
}

void finish_dea_job(soci::session& s, long long job_id, long long run_id, long long now) {
  s << "UPDATE bm_dea_jobs SET state = 'done', done = total, run_id = :r, updated_at = :u WHERE id = :id",
      soci::use(run_id), soci::use(now), soci::use(job_id);
}

void fail_dea_job(soci::session& s, long long job_id, const std::string& error, long long now) {
  s << "UPDATE bm_dea_jobs SET state = 'failed', error = :e, updated_at = :u WHERE id = :id", soci::use(error),
      soci::use(now), soci::use(job_id);
}

}  // namespace kvalis::store::benchmark_results_repo
