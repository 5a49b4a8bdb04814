#include "network/app/financing_outlook.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>

#include "network/app/financing.hpp"
#include "network/app/financing_access.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {

namespace fr = store::fin_repo;
using kvalis::store::Database;

// ---- the cache ----

const FinBase::Region* FinBase::region(const std::string& code) const {
  auto it = std::lower_bound(regions.begin(), regions.end(), code,
                             [](const Region& r, const std::string& c) { return r.code < c; });
  return it != regions.end() && it->code == code ? &*it : nullptr;
}

std::shared_ptr<const FinBase> FinBaseCache::get(const std::string& key, long long network_version,
                                                 long long registry_version) {
  std::lock_guard lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->key != key) continue;
    if (it->network != network_version || it->registry != registry_version) return nullptr;
    entries_.splice(entries_.begin(), entries_, it);
    return entries_.front().base;
  }
  return nullptr;
}

void FinBaseCache::put(const std::string& key, long long network_version, long long registry_version,
                       std::shared_ptr<const FinBase> base) {
  std::lock_guard lock(mutex_);
  entries_.remove_if([&](const Entry& e) { return e.key == key; });
  entries_.push_front(Entry{key, network_version, registry_version, std::move(base)});
  while (entries_.size() > capacity_) entries_.pop_back();
}

long long FinBaseCache::loads() const {
  std::lock_guard lock(mutex_);
  return loads_;
}

void FinBaseCache::count_load() {
  std::lock_guard lock(mutex_);
  ++loads_;
}

FinBaseCache& process_fin_cache() {
  static FinBaseCache cache(4);
  return cache;
}

namespace {

// Reads what the outlook of these services needs: their regions' models, network years and their planned
// budgets (budget_scope: for the outlook's split of costs and revenues; null for a line, which needs only the
// optimal amount).
std::shared_ptr<FinBase> load_base(soci::session& s, std::vector<fr::ServiceRow> services,
                                   const fr::ServiceScope* budget_scope) {
  auto b = std::make_shared<FinBase>();
  b->services = std::move(services);
  std::vector<std::string> codes;
  for (const auto& svc : b->services) codes.push_back(svc.region_code);
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  std::vector<long long> ids;
  for (const auto& r : fr::regions(s))
    if (std::binary_search(codes.begin(), codes.end(), r.code) && !b->region(r.code)) {
      FinBase::Region region;
      region.org_id = r.id;
      region.code = r.code;
      region.name = r.name;
      b->regions.push_back(std::move(region));
      ids.push_back(r.id);
      std::sort(b->regions.begin(), b->regions.end(),
                [](const FinBase::Region& x, const FinBase::Region& y) { return x.code < y.code; });
    }
  std::unordered_map<long long, FinBase::Region*> by_org;
  for (auto& r : b->regions) by_org[r.org_id] = &r;
  auto heads = fr::models(s, ids, false);
  std::sort(heads.begin(), heads.end(), [](const auto& x, const auto& y) { return x.year < y.year; });
  for (const auto& m : heads) {
    auto it = by_org.find(m.region_org_id);
    if (it == by_org.end()) continue;
    OutlookModel model;
    model.year = m.year;
    model.cost_growth = m.cost_growth;
    for (const auto& r : fr::model_rows(s, m.id)) model.rows.push_back(r.row);
    it->second->models.push_back(std::move(model));
    it->second->model_ids.push_back(m.id);
  }
  for (const auto& c : fr::network_capacities(s, ids, false)) {
    auto it = by_org.find(c.region_org_id);
    if (it == by_org.end()) continue;
    FinBase::Region& r = *it->second;
    if (r.network_years.empty() || r.network_years.back() != c.year) {
      r.network_years.push_back(c.year);
      r.entries.emplace_back();
    }
    if (c.service_id) r.entries.back().emplace_back(c.service_id, c.capacity);
  }
  for (auto& r : b->regions)
    for (auto& e : r.entries) std::sort(e.begin(), e.end());
  b->budgets.resize(b->services.size());
  if (budget_scope) {
    std::unordered_map<long long, std::size_t> index;
    for (std::size_t i = 0; i < b->services.size(); ++i) index[b->services[i].id] = i;
    for (const auto& item : fr::planned_items(s, *budget_scope)) {
      auto it = index.find(item.service_id);
      if (it == index.end()) continue;
      auto& years = b->budgets[it->second];
      if (years.empty() || years.back().year != item.year) years.push_back({item.year, {}, {}});
      if (item.side == "revenue") {
        if (const auto source = parse_source(item.category))
          years.back().revenues[static_cast<std::size_t>(*source)] += item.amount;
      } else if (const auto category = parse_cost_category(item.category)) {
        years.back().costs[static_cast<std::size_t>(*category)] += item.amount;
      }
    }
  }
  return b;
}

double capacity_in(const FinBase::Region* region, const fr::ServiceRow& svc, int year) {
  const int ny = region ? latest_not_after(region->network_years, year) : -1;
  std::optional<double> entry;
  if (ny >= 0) {
    const auto& entries = region->entries[static_cast<std::size_t>(ny)];
    auto it = std::lower_bound(entries.begin(), entries.end(), std::make_pair(svc.id, -1e300));
    if (it != entries.end() && it->first == svc.id) entry = it->second;
  }
  return capacity_in_year(ny >= 0, entry, svc.status == "active", svc.capacity_total);
}

// The core's input for years year_from … year_from + years − 1; units: each service's model unit.
OutlookInput input_of(const FinBase& b, int year_from, int years, std::vector<std::optional<FinUnit>>* units) {
  OutlookInput in;
  in.year_from = year_from;
  in.years = years;
  std::map<const FinBase::Region*, int> model_of;  // region → index into in.models
  for (const auto& r : b.regions) {
    if (r.models.empty()) continue;
    std::vector<int> model_years;
    for (const auto& m : r.models) model_years.push_back(m.year);
    const int i = year_in_force(model_years, year_from);
    model_of[&r] = static_cast<int>(in.models.size());
    in.models.push_back(r.models[static_cast<std::size_t>(i)]);
  }
  in.services.reserve(b.services.size());
  if (units) units->assign(b.services.size(), std::nullopt);
  for (std::size_t i = 0; i < b.services.size(); ++i) {
    const auto& svc = b.services[i];
    const FinBase::Region* region = b.region(svc.region_code);
    OutlookService o;
    o.id = svc.id;
    o.kind_code = svc.kind_code;
    o.region_code = svc.region_code;
    if (auto it = model_of.find(region); region && it != model_of.end()) {
      o.model = it->second;
      const auto& rows = in.models[static_cast<std::size_t>(o.model)].rows;
      if (auto row = row_for(rows, svc.kind_code, svc.forms)) {
        o.row = static_cast<int>(*row);
        if (units) (*units)[i] = rows[*row].unit;
      }
    }
    o.capacity.resize(static_cast<std::size_t>(years));
    for (int y = 0; y < years; ++y) o.capacity[static_cast<std::size_t>(y)] = capacity_in(region, svc, year_from + y);
    const auto& budgets = b.budgets[i];
    if (!budgets.empty()) {
      std::vector<int> budget_years;
      for (const auto& budget : budgets) budget_years.push_back(budget.year);
      const auto& budget = budgets[static_cast<std::size_t>(year_in_force(budget_years, year_from))];
      o.shares = shares_from_budget(budget.revenues);
      o.cost_shares = cost_shares_from_budget(budget.costs);
    } else {
      o.shares = shares_from_budget(SourceAmounts{});
      o.cost_shares = cost_shares_from_budget(CostAmounts{});
    }
    in.services.push_back(std::move(o));
  }
  return in;
}

}  // namespace

std::shared_ptr<const OutlookMemo> FinBase::memo(int year_from, int years) const {
  const auto key = std::make_pair(year_from, years);
  std::lock_guard lock(memo_mutex_);
  if (auto it = memos_.find(key); it != memos_.end()) return it->second;
  if (memos_.size() >= 8) memos_.clear();  // a few spans at a time
  auto m = std::make_shared<OutlookMemo>();
  m->input = input_of(*this, year_from, years, &m->units);
  m->base = compute_outlook(m->input);
  memos_[key] = m;
  return m;
}

namespace {

// The scenario's changes for the core; a kind's change stays within the scenario's region.
std::vector<WhatIfChange> core_changes(const std::vector<fr::ChangeRow>& rows, const std::string& region_code) {
  std::vector<WhatIfChange> out;
  for (const auto& r : rows) {
    const auto what = parse_what_if(r.what);
    if (!what) continue;
    const bool one = r.service_id > 0;
    out.push_back({r.id, r.service_id, one ? std::string() : r.kind_code, one ? std::string() : region_code, *what,
                   r.from_year, r.value});
  }
  return out;
}

// The base of the caller's scope: from the cache when the data versions did not move, else read.
std::shared_ptr<const FinBase> base_of(soci::session& s, const FinAccess& access, FinBaseCache* cache) {
  // The versions are read before the rows: rows stored under them are at least as new as they say.
  const long long network = kvalis::store::data_versions::get(s, "network");
  const long long registry = kvalis::store::data_versions::get(s, "registry");
  const std::string key = access.key();
  if (cache)
    if (auto hit = cache->get(key, network, registry)) return hit;
  const auto scope = access.scope();
  std::shared_ptr<FinBase> base = load_base(s, fr::services(s, scope), &scope);
  // The development demand of the regions in scope: all of a region the caller is staff of, else its own.
  for (const auto& r : base->regions) {
    const bool whole = access.all || std::find(access.region_codes.begin(), access.region_codes.end(), r.code) !=
                                         access.region_codes.end();
    if (!whole && access.provider_ids.empty()) continue;
    auto lines = devrepo::supported_demand(s, r.org_id, whole ? std::vector<long long>{} : access.provider_ids);
    base->dev_lines.insert(base->dev_lines.end(), std::make_move_iterator(lines.begin()),
                           std::make_move_iterator(lines.end()));
  }
  if (cache) {
    cache->count_load();
    cache->put(key, network, registry, base);
  }
  return base;
}

Status check_outlook_query(const OutlookQuery& q) {
  if (auto st = check_year("year_from", q.year_from); !st) return st;
  if (q.years < 1 || q.years > 10) return invalid("years", "network.fin.year_range");
  if (q.limit < 0 || q.limit > 10000) return invalid("limit", "field.out_of_range", {{"min", "0"}, {"max", "10000"}});
  return ok_status();
}

}  // namespace

// ---- the outlook ----

Result<OutlookView> financing_outlook(soci::session& s, const accounts::Caller& caller, const OutlookQuery& query,
                                      FinBaseCache* cache) {
  if (auto st = check_outlook_query(query); !st) return st.error();
  auto access = fin_access(s, caller.principal);
  if (!access) return access.error();
  OutlookView v;
  if (query.scenario_id) {
    auto sc = visible_scenario(s, caller.principal, query.scenario_id);
    if (!sc) return sc.error();
    v.scenario = *sc;
    v.changes = fr::changes(s, sc->id);
  }
  v.base_data = base_of(s, *access, cache);
  v.memo = v.base_data->memo(query.year_from, query.years);
  if (v.scenario) {
    const auto region = fr::region_by_id(s, v.scenario->region_org_id);
    v.whatif = compute_outlook(v.input(), core_changes(v.changes, region ? region->code : std::string()));
  }
  std::vector<std::size_t> financed;
  for (std::size_t i = 0; i < v.result().services.size(); ++i) {
    const auto& years = v.result().services[i];
    const auto& base_years = v.base().services[i];
    bool any = false;
    for (std::size_t y = 0; y < years.size(); ++y) any = any || years[y].units > 0 || base_years[y].units > 0;
    if (any) financed.push_back(i);
  }
  v.financed = financed.size();
  auto first_optimal = [&](std::size_t i) {
    return v.result().services[i].empty() ? 0.0 : v.result().services[i].front().optimal;
  };
  const std::size_t n = std::min(financed.size(), static_cast<std::size_t>(query.limit));
  std::partial_sort(financed.begin(), financed.begin() + static_cast<std::ptrdiff_t>(n), financed.end(),
                    [&](std::size_t a, std::size_t b) {
                      const double x = first_optimal(a), y = first_optimal(b);
                      return x != y ? x > y : v.input().services[a].id < v.input().services[b].id;
                    });
  financed.resize(n);
  v.listed = std::move(financed);
  v.development = dev_demand_of(v.base_data->dev_lines, query.year_from, query.years);
  v.total_demand.assign(static_cast<std::size_t>(query.years), 0.0);
  for (std::size_t y = 0; y < v.total_demand.size(); ++y)
    v.total_demand[y] =
        (y < v.result().total_optimal.size() ? v.result().total_optimal[y] : 0.0) + v.development.totals[y].total();
  return v;
}

Result<OutlookView> financing_outlook(Database& db, const accounts::Caller& caller, const OutlookQuery& query,
                                      FinBaseCache* cache) {
  if (auto st = check_outlook_query(query); !st) return st.error();
  return db.read([&](soci::session& s) { return financing_outlook(s, caller, query, cache); });
}

// ---- lines ----

namespace {

LineView line_view(const accounts::Principal& p, const fr::ServiceRow& svc, long long region_org_id, int year,
                   const ServiceYear* computed, std::optional<FinUnit> unit, const fr::LineRow* line) {
  LineView v;
  v.service = svc;
  v.year = year;
  if (computed) {
    v.capacity = computed->capacity;
    v.units = computed->units;
    v.optimal = computed->optimal;
  }
  v.unit = unit;
  if (line) {
    v.requested = line->requested;
    v.granted = line->granted;
    v.difference_reason = line->difference_reason;
  }
  v.difference = explain_difference(v.optimal, v.requested, v.granted);
  v.can_grant = manages_region(p, region_org_id);
  v.can_request = edits_service(p, svc, region_org_id);
  return v;
}

}  // namespace

Result<std::vector<LineView>> list_lines(Database& db, const accounts::Caller& caller, int year, FinBaseCache* cache) {
  if (auto st = check_year("year", year); !st) return st.error();
  return db.read([&](soci::session& s) -> Result<std::vector<LineView>> {
    auto access = fin_access(s, caller.principal);
    if (!access) return access.error();
    const auto base = base_of(s, *access, cache);
    const auto memo = base->memo(year, 1);
    const Outlook& o = memo->base;
    const auto& units = memo->units;
    std::unordered_map<long long, fr::LineRow> lines;
    for (auto& l : fr::lines(s, access->scope(), year)) lines.emplace(l.service_id, std::move(l));
    std::vector<LineView> out;
    for (std::size_t i = 0; i < base->services.size(); ++i) {
      const auto& svc = base->services[i];
      auto line = lines.find(svc.id);
      const ServiceYear& y = o.services[i].front();
      if (y.capacity <= 0 && line == lines.end()) continue;
      const auto* region = base->region(svc.region_code);
      out.push_back(line_view(caller.principal, svc, region ? region->org_id : 0, year, &y, units[i],
                              line == lines.end() ? nullptr : &line->second));
    }
    return out;
  });
}

Result<LineView> put_line(soci::session& s, const accounts::Caller& caller, long long service_id, int year,
                          const LineInput& in) {
  if (auto st = check_year("year", year); !st) return st.error();
  auto access = fin_access(s, caller.principal);
  if (!access) return access.error();
  auto svc = visible_service(s, *access, service_id);
  if (!svc) return svc.error();
  auto region = region_of_service(s, *svc);
  if (!region) return region.error();
  const bool grants = manages_region(caller.principal, region->id);
  if (!grants && !edits_service(caller.principal, *svc, region->id)) return forbidden("network.fin.forbidden");
  if (!grants && in.granted) return Error{ErrorCode::forbidden, "granted", "network.fin.granted_by_region", {}};
  if (!grants && in.clear_granted)
    return Error{ErrorCode::forbidden, "clear_granted", "network.fin.granted_by_region", {}};
  if (in.clear_requested && in.requested) return invalid("clear_requested", "network.fin.clear_conflict");
  if (in.clear_granted && in.granted) return invalid("clear_granted", "network.fin.clear_conflict");
  if (!grants && in.difference_reason)
    return Error{ErrorCode::forbidden, "difference_reason", "network.fin.granted_by_region", {}};
  for (const auto& [field, value] : {std::pair{"requested", in.requested}, std::pair{"granted", in.granted}})
    if (value && !(*value >= 0 && *value <= 1e12))
      return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", "1000000000000"}});
  if (in.difference_reason && in.difference_reason->size() > 4000)
    return invalid("difference_reason", "field.too_long", {{"max", "4000"}});
  fr::LineRow line = fr::line(s, service_id, year).value_or(fr::LineRow{});
  line.region_org_id = region->id;
  line.service_id = service_id;
  line.year = year;
  if (in.requested) line.requested = in.requested;
  if (in.clear_requested) line.requested.reset();
  if (in.granted) line.granted = in.granted;
  if (in.clear_granted) line.granted.reset();
  if (in.difference_reason) line.difference_reason = *in.difference_reason;
  line.updated_by = caller.principal.user_id;
  line.updated_at = kvalis::store::now_epoch();
  fr::upsert_line(s, line);
  kvalis::store::activity_log::append(
      s, caller.activity(grants ? "network.fin.line.grant" : "network.fin.line.request", "service", service_id,
                         svc->provider_id, std::to_string(year)));
  kvalis::store::data_versions::bump(s, "network");
  // The optimal amount of this one service.
  const auto memo = load_base(s, {*svc}, nullptr)->memo(year, 1);
  const auto stored = fr::line(s, service_id, year);
  return line_view(caller.principal, *svc, region->id, year, &memo->base.services[0].front(), memo->units[0],
                   stored ? &*stored : nullptr);
}

Result<LineView> put_line(Database& db, const accounts::Caller& caller, long long service_id, int year,
                          const LineInput& in) {
  if (auto st = check_year("year", year); !st) return st.error();
  return db.write([&](soci::session& s) { return put_line(s, caller, service_id, year, in); });
}

// ---- the export ----

Result<OutlookExport> outlook_export(Database& db, const accounts::Caller& caller, OutlookQuery query,
                                     FinBaseCache* cache) {
  query.limit = 10000;
  auto outlook = financing_outlook(db, caller, query, cache);
  if (!outlook) return outlook.error();
  auto lines = list_lines(db, caller, query.year_from, cache);
  if (!lines) return lines.error();
  OutlookExport out;
  out.outlook = std::move(*outlook);
  out.lines = std::move(*lines);
  db.read([&](soci::session& s) {
    for (const auto& r : out.outlook.base_data->regions) {
      if (r.models.empty()) continue;
      std::vector<int> years;
      for (const auto& m : r.models) years.push_back(m.year);
      const int i = year_in_force(years, query.year_from);
      auto head = fr::model(s, r.model_ids[static_cast<std::size_t>(i)]);
      if (!head) continue;
      out.models.push_back({r.name, *head, fr::model_rows(s, head->id)});
    }
  });
  return out;
}

}  // namespace kvalis::network::app
