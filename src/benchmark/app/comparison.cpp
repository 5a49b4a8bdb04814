#include "benchmark/app/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "benchmark/core/statistics.hpp"
#include "platform/core/text.hpp"

namespace kvalis::exports {
namespace {

namespace bm = kvalis::benchmark;

bool has_code(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// "kind=13;form=pob" → ("13", "pob")
std::pair<std::string, std::string> parse_peer_key(const std::string& key) {
  std::string kind, form;
  std::size_t start = 0;
  while (start < key.size()) {
    auto end = key.find(';', start);
    if (end == std::string::npos) end = key.size();
    const std::string part = key.substr(start, end - start);
    if (part.rfind("kind=", 0) == 0) kind = part.substr(5);
    if (part.rfind("form=", 0) == 0) form = part.substr(5);
    start = end + 1;
  }
  return {kind, form};
}

// Best first by the indicator's direction; missing values last; ties by label for a stable order.
void sort_scores(std::vector<ScoreView>& scores, const std::string& direction) {
  const bool lower = direction == "lower";
  std::stable_sort(scores.begin(), scores.end(), [&](const ScoreView& a, const ScoreView& b) {
    if (a.value.has_value() != b.value.has_value()) return a.value.has_value();
    if (a.value && b.value && *a.value != *b.value) return lower ? *a.value < *b.value : *a.value > *b.value;
    return a.service.name < b.service.name;
  });
}

// Applies the disclosure rules (core/disclosure) to a peer group: a suppressed group loses its statistics
// and every score the reader may not see.
void disclose_group(PeerGroupView& g, const Viewer& viewer) {
  const auto n = static_cast<std::size_t>(g.n.value_or(0));
  if (!bm::suppressed_for(viewer, n)) return;
  g.suppressed = true;
  g.n.reset();
  g.min = g.q1 = g.median = g.q3 = g.max = g.mean = g.sd = std::nullopt;
  std::vector<ScoreView> kept;
  for (auto& sc : g.scores) {
    const auto d = bm::disclose(viewer, sc.service.own, n);
    if (!d.row) continue;
    if (!d.value) sc.value.reset();
    if (!d.position) sc.percent_rank = sc.z_score = sc.reserve_median = sc.reserve_best = std::nullopt;
    kept.push_back(std::move(sc));
  }
  g.scores = std::move(kept);
}

bool passes(const results::ServiceInfo& s, const ComparisonFilter& f) {
  if (!f.territory.empty() && !has_code(s.territory_codes, f.territory)) return false;
  if (!f.founder.empty() && founder_type(s.legal_form_code, s.founder) != f.founder) return false;
  if (!f.size_band.empty() && size_band(s.capacity_total) != f.size_band) return false;
  return true;
}

std::string key_for(const results::ServiceInfo& s, const std::string& peer) {
  return peer == "kind" ? results::kind_peer_key(s.kind_code)
                        : results::peer_key(s.kind_code, results::primary_form(s.forms));
}

void fill_stats(PeerGroupView& g, const bm::Summary& summary) {
  g.n = static_cast<long long>(summary.n);
  g.min = summary.min;
  g.q1 = summary.q1;
  g.median = summary.median;
  g.q3 = summary.q3;
  g.max = summary.max;
  g.mean = summary.mean;
  g.sd = summary.sd;
}

}  // namespace

std::optional<Viewer> viewer_for(const accounts::Principal& principal, const results::GroupInfo& group,
                                 const std::map<long long, std::string>& members) {
  return bm::viewer_for(principal, group.region_org_id, members);
}

std::map<long long, std::string> anonymous_labels(const results::RoundInfo& round,
                                                  const std::set<long long>& service_ids) {
  return bm::anonymous_labels(round.anon_salt, service_ids);
}

ServiceLabel label_for(const results::ServiceInfo& service, const Viewer& viewer,
                       const std::map<long long, std::string>& anonymous) {
  ServiceLabel l;
  l.own = viewer.owns(service.provider_id);
  if (!bm::shows_name(viewer, l.own)) {
    auto it = anonymous.find(service.id);
    l.name = it == anonymous.end() ? "Služba" : it->second;
    l.name_en = bm::anonymous_label_en(l.name);
    l.anonymised = true;
    return l;
  }
  l.service_id = service.id;
  l.name = service.name;
  l.name_en = service.name;  // a registered name has no translation
  l.provider_name = service.provider_name;
  return l;
}

std::string peer_group_label(const std::string& peer_key, const store::catalogue_repo::Catalogues& catalogues,
                             bool english) {
  auto [kind, form] = parse_peer_key(peer_key);
  std::string label = kind.empty() ? peer_key : catalogues.name("service_kinds", kind, english);
  if (label.empty()) label = (english ? "kind " : "druh ") + kind;
  if (!form.empty()) {
    std::string f = catalogues.name("service_forms", form, english);
    if (f.empty()) f = form;
    // "Pobytová" → "pobytová" (ASCII-safe: the first letter of a form name is a plain Latin capital).
    if (!f.empty() && f[0] >= 'A' && f[0] <= 'Z') f[0] = static_cast<char>(f[0] - 'A' + 'a');
    label += " – " + f;
  }
  return label;
}

void add_variable_names(soci::session& s, long long methodology_id,
                        const std::vector<results::IndicatorInfo>& indicators, VariableNames& cs, VariableNames& en) {
  for (const auto& item : results::items_of_methodology(s, methodology_id)) {
    cs[item.code] = item.name_cs;
    en[item.code] = item.name_en.empty() ? item.name_cs : item.name_en;
  }
  for (const auto& ind : indicators) {
    cs[ind.code] = ind.name_cs;
    en[ind.code] = ind.name_en.empty() ? ind.name_cs : ind.name_en;
  }
}

std::string variable_name(const VariableNames& names, const std::string& code) {
  auto it = names.find(code);
  return it == names.end() || it->second.empty() ? code : it->second;
}

namespace {

// "bed_days, costs_total" → "Lůžkodny, Náklady celkem".
std::string names_of_list(const std::string& codes, const VariableNames& names) {
  std::string out;
  std::size_t start = 0;
  while (start <= codes.size()) {
    auto end = codes.find(',', start);
    if (end == std::string::npos) end = codes.size();
    auto code = codes.substr(start, end - start);
    const auto first = code.find_first_not_of(' '), last = code.find_last_not_of(' ');
    code = first == std::string::npos ? std::string() : code.substr(first, last - first + 1);
    if (!code.empty()) out += (out.empty() ? "" : ", ") + variable_name(names, code);
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string reason_cs(const std::string& reason, const VariableNames& names) {
  if (reason.empty()) return "";
  if (reason == "missing: division by zero") return "nelze vypočítat: jmenovatel je nulový";
  if (reason == "missing: result is not a finite number") return "nelze vypočítat: výsledek není konečné číslo";
  if (reason.rfind("missing: ", 0) == 0) return "chybí údaj: " + names_of_list(reason.substr(9), names);
  if (reason.rfind("implausible: rule ", 0) == 0) return "nevěrohodná hodnota (pravidlo " + reason.substr(18) + ")";
  if (reason.rfind("implausible: ", 0) == 0)
    return "nevěrohodná hodnota údaje " + variable_name(names, reason.substr(13));
  if (reason.rfind("invalid: ", 0) == 0) return "hodnota nevhodná pro DEA: " + variable_name(names, reason.substr(9));
  if (reason == "invalid formula") return "chybný vzorec ukazatele";
  if (reason == "missing") return "chybí údaj";
  if (reason.rfind("no_positive_input: ", 0) == 0)
    return "bez skóre: žádný vstup není kladný (" + names_of_list(reason.substr(19), names) + ")";
  if (reason.rfind("no_positive_output: ", 0) == 0)
    return "bez skóre: žádný výstup není kladný (" + names_of_list(reason.substr(20), names) + ")";
  if (reason == "unbounded") return "bez skóre: všechny výstupy jsou nulové";
  if (reason == "solver_failure") return "bez skóre: úlohu se nepodařilo vyřešit";
  return reason;
}

std::string reason_en(const std::string& reason, const VariableNames& names) {
  if (reason.empty()) return "";
  if (reason == "missing: division by zero") return "cannot be computed: the denominator is zero";
  if (reason == "missing: result is not a finite number")
    return "cannot be computed: the result is not a finite number";
  if (reason.rfind("missing: ", 0) == 0) return "missing value: " + names_of_list(reason.substr(9), names);
  if (reason.rfind("implausible: rule ", 0) == 0) return "implausible value (rule " + reason.substr(18) + ")";
  if (reason.rfind("implausible: ", 0) == 0) return "implausible value of " + variable_name(names, reason.substr(13));
  if (reason.rfind("invalid: ", 0) == 0) return "value unfit for DEA: " + variable_name(names, reason.substr(9));
  if (reason.rfind("no_positive_input: ", 0) == 0)
    return "no score: no input is positive (" + names_of_list(reason.substr(19), names) + ")";
  if (reason.rfind("no_positive_output: ", 0) == 0)
    return "no score: no output is positive (" + names_of_list(reason.substr(20), names) + ")";
  if (reason == "invalid formula") return "invalid indicator formula";
  if (reason == "missing") return "missing value";
  if (reason == "unbounded") return "no score: every output is zero";
  if (reason == "solver_failure") return "no score: the problem could not be solved";
  return reason;
}

std::string direction_cs(const std::string& direction) {
  return direction == "lower" ? "nižší je lepší" : "vyšší je lepší";
}

std::string rba_cs(const std::string& rba) {
  if (rba == "how_much") return "Kolik jsme udělali?";
  if (rba == "how_well") return "Jak dobře jsme to udělali?";
  if (rba == "better_off") return "Je na tom někdo lépe?";
  return rba;
}

ComparisonInput load_comparison_input(soci::session& s, const results::RoundInfo& round, long long indicator_id) {
  ComparisonInput in;
  in.round = round;
  auto indicators = results::indicators_of_methodology(s, round.methodology_id);
  add_variable_names(s, round.methodology_id, indicators, in.names, in.names_en);
  for (auto& ind : indicators)
    if (!indicator_id || ind.id == indicator_id) in.indicators.push_back(std::move(ind));
  in.stats = results::stats_of_round(s, round.id, indicator_id);
  in.scores = results::scores_of_round(s, round.id, indicator_id);
  std::set<long long> ids;
  for (const auto& sc : in.scores) ids.insert(sc.service_id);
  in.services = results::services_by_id(s, std::vector<long long>(ids.begin(), ids.end()));
  return in;
}

ComparisonView build_comparison(const ComparisonInput& input, const ComparisonFilter& filter, const Viewer& viewer,
                                const store::catalogue_repo::Catalogues& catalogues) {
  ComparisonView view;
  view.round = input.round;
  view.names = input.names;
  view.names_en = input.names_en;
  view.filter = filter;
  view.audience = viewer.audience;
  view.precomputed = filter.is_default();
  std::set<long long> ids;
  for (const auto& sc : input.scores) ids.insert(sc.service_id);
  const auto anonymous = anonymous_labels(input.round, ids);

  std::map<long long, std::vector<const results::ScoreRow*>> scores_by_indicator;
  for (const auto& sc : input.scores) scores_by_indicator[sc.indicator_id].push_back(&sc);
  std::map<std::pair<long long, std::string>, const results::StatRow*> stat_of;
  for (const auto& st : input.stats) stat_of[{st.indicator_id, st.peer_key}] = &st;

  for (const auto& ind : input.indicators) {
    if (filter.indicator_id && ind.id != filter.indicator_id) continue;
    IndicatorView iv;
    iv.indicator = ind;
    std::map<std::string, PeerGroupView> groups;
    const auto& rows = scores_by_indicator[ind.id];
    auto group_for = [&](const std::string& key) -> PeerGroupView& {
      auto [it, inserted] = groups.try_emplace(key);
      if (inserted) {
        it->second.peer_key = key;
        auto [kind, form] = parse_peer_key(key);
        it->second.kind_code = kind;
        it->second.form_code = form;
        it->second.label = peer_group_label(key, catalogues);
        it->second.label_en = peer_group_label(key, catalogues, true);
      }
      return it->second;
    };
    if (view.precomputed) {
      for (const auto* sc : rows) {
        auto svc = input.services.find(sc->service_id);
        if (svc == input.services.end()) continue;
        PeerGroupView& g = group_for(sc->peer_key);
        g.scores.push_back(ScoreView{label_for(svc->second, viewer, anonymous), sc->value, sc->missing_reason,
                                     sc->percent_rank, sc->z_score, sc->reserve_median, sc->reserve_best});
      }
      for (auto& [key, g] : groups) {
        auto st = stat_of.find({ind.id, key});
        if (st == stat_of.end()) {
          g.n = 0;
          continue;
        }
        g.n = st->second->n;
        g.min = st->second->min;
        g.q1 = st->second->q1;
        g.median = st->second->median;
        g.q3 = st->second->q3;
        g.max = st->second->max;
        g.mean = st->second->mean;
        g.sd = st->second->sd;
      }
    } else {
      // On the fly from the stored values: regroup the filtered services and recompute.
      std::vector<std::string> keys;
      std::map<std::string, std::uint32_t> key_index;
      std::vector<bm::Observation> observations;
      std::vector<const results::ScoreRow*> used;
      for (const auto* sc : rows) {
        auto svc = input.services.find(sc->service_id);
        if (svc == input.services.end() || !passes(svc->second, filter)) continue;
        const std::string key = key_for(svc->second, filter.peer);
        auto [k, inserted] = key_index.emplace(key, static_cast<std::uint32_t>(keys.size()));
        if (inserted) keys.push_back(key);
        observations.push_back(bm::Observation{k->second, static_cast<std::uint32_t>(used.size()),
                                               sc->value.value_or(std::numeric_limits<double>::quiet_NaN())});
        used.push_back(sc);
      }
      const auto batch = bm::compute_batch(
          observations, ind.direction == "lower" ? bm::Direction::kLowerIsBetter : bm::Direction::kHigherIsBetter);
      for (const auto& gs : batch.groups) fill_stats(group_for(keys[gs.group]), gs.summary);
      for (std::size_t i = 0; i < used.size(); ++i) {
        const auto& r = batch.services[i];
        const auto* sc = used[i];
        PeerGroupView& g = group_for(keys[observations[i].group]);
        if (!g.n) g.n = 0;
        ScoreView v{label_for(input.services.at(sc->service_id), viewer, anonymous),
                    sc->value,
                    sc->missing_reason,
                    {},
                    {},
                    {},
                    {}};
        if (!r.missing) {
          v.percent_rank = r.percent_rank;
          v.z_score = r.z;
          v.reserve_median = r.reserve.to_median;
          v.reserve_best = r.reserve.to_best_quartile;
        }
        g.scores.push_back(std::move(v));
      }
    }
    for (auto& [key, g] : groups) {
      sort_scores(g.scores, ind.direction);
      disclose_group(g, viewer);
      iv.groups.push_back(std::move(g));
    }
    view.indicators.push_back(std::move(iv));
  }
  return view;
}

// ---- trends ---------------------------------------------------------------------------------------

ServiceTrends load_trends(soci::session& s, const results::ServiceInfo& service, const results::GroupInfo& group,
                          const Viewer& viewer) {
  ServiceTrends out;
  out.service = service;
  out.group = group;
  const auto rounds = results::rounds_of_group(s, group.id);
  std::map<long long, const results::RoundInfo*> round_of;
  for (const auto& r : rounds) round_of[r.id] = &r;
  std::map<long long, results::IndicatorInfo> indicator_of;
  std::set<long long> methodologies;
  for (const auto& r : rounds)
    if (methodologies.insert(r.methodology_id).second) {
      auto indicators = results::indicators_of_methodology(s, r.methodology_id);
      // Oldest round first: the latest methodology's names win.
      add_variable_names(s, r.methodology_id, indicators, out.names, out.names_en);
      for (auto& ind : indicators) indicator_of[ind.id] = std::move(ind);
    }
  std::map<std::tuple<long long, long long, std::string>, results::StatRow> stat_of;
  for (auto& st : results::stats_of_service(s, service.id, group.id))
    stat_of[{st.round_id, st.indicator_id, st.peer_key}] = std::move(st);

  const bool own = viewer.owns(service.provider_id);
  std::map<std::string, TrendView> by_code;
  std::map<std::string, std::pair<int, int>> order;  // code → (latest period, position)
  for (const auto& sc : results::scores_of_service(s, service.id, group.id)) {
    auto ind = indicator_of.find(sc.indicator_id);
    auto rd = round_of.find(sc.round_id);
    if (ind == indicator_of.end() || rd == round_of.end()) continue;
    TrendView& tv = by_code[ind->second.code];
    auto& ord = order[ind->second.code];
    if (tv.indicator.id == 0 || rd->second->period_year >= ord.first) {
      tv.indicator = ind->second;
      ord = {rd->second->period_year, ind->second.position};
    }
    TrendPoint p;
    p.round = *rd->second;
    p.value = sc.value;
    p.missing_reason = sc.missing_reason;
    p.peer_key = sc.peer_key;
    p.percent_rank = sc.percent_rank;
    p.z_score = sc.z_score;
    p.reserve_median = sc.reserve_median;
    p.reserve_best = sc.reserve_best;
    auto st = stat_of.find({sc.round_id, sc.indicator_id, sc.peer_key});
    p.n = st == stat_of.end() ? 0 : st->second.n;
    if (st != stat_of.end()) {
      p.median = st->second.median;
      p.q1 = st->second.q1;
      p.q3 = st->second.q3;
    }
    if (bm::suppressed_for(viewer, static_cast<std::size_t>(*p.n))) {
      const auto d = bm::disclose(viewer, own, static_cast<std::size_t>(*p.n));
      p.suppressed = true;
      p.n.reset();
      p.median = p.q1 = p.q3 = std::nullopt;
      if (!d.position) p.percent_rank = p.z_score = p.reserve_median = p.reserve_best = std::nullopt;
      if (!d.value) p.value.reset();
    }
    tv.points.push_back(std::move(p));
  }
  for (auto& [code, tv] : by_code) {
    std::sort(tv.points.begin(), tv.points.end(), [](const TrendPoint& a, const TrendPoint& b) {
      return a.round.period_year != b.round.period_year ? a.round.period_year < b.round.period_year
                                                        : a.round.id < b.round.id;
    });
    out.indicators.push_back(std::move(tv));
  }
  std::sort(out.indicators.begin(), out.indicators.end(), [](const TrendView& a, const TrendView& b) {
    return a.indicator.position != b.indicator.position ? a.indicator.position < b.indicator.position
                                                        : a.indicator.code < b.indicator.code;
  });
  return out;
}

// ---- DEA ------------------------------------------------------------------------------------------

DeaView build_dea_view(const results::DeaRun& run, const results::RoundInfo& round,
                       const std::vector<results::DeaResultRow>& rows,
                       const std::map<long long, results::ServiceInfo>& services, const Viewer& viewer) {
  DeaView view;
  view.run = run;
  view.round = round;
  std::set<long long> ids;
  for (const auto& r : rows) ids.insert(r.service_id);
  const auto anonymous = anonymous_labels(round, ids);
  auto label = [&](long long id) {
    auto it = services.find(id);
    if (it != services.end()) return label_for(it->second, viewer, anonymous);
    ServiceLabel l;
    l.name = "?";
    return l;
  };
  for (const auto& r : rows) {
    DeaDmuView d;
    d.service = label(r.service_id);
    d.efficiency = r.efficiency;
    d.status = r.status;
    for (const auto& [peer, lambda] : r.peers) d.peers.emplace_back(label(peer), lambda);
    d.slacks = r.slacks;
    view.results.push_back(std::move(d));
  }
  std::stable_sort(view.results.begin(), view.results.end(), [](const DeaDmuView& a, const DeaDmuView& b) {
    if (a.efficiency.has_value() != b.efficiency.has_value()) return a.efficiency.has_value();
    if (a.efficiency && b.efficiency && *a.efficiency != *b.efficiency) return *a.efficiency > *b.efficiency;
    return a.service.name < b.service.name;
  });
  return view;
}

DeaView load_dea_view(soci::session& s, const results::DeaRun& run, const results::RoundInfo& round,
                      const Viewer& viewer) {
  const auto rows = results::dea_results(s, run.id);
  std::set<long long> ids;
  for (const auto& r : rows) {
    ids.insert(r.service_id);
    for (const auto& p : r.peers) ids.insert(p.first);
  }
  auto view = build_dea_view(run, round, rows,
                             results::services_by_id(s, std::vector<long long>(ids.begin(), ids.end())), viewer);
  add_variable_names(s, round.methodology_id, results::indicators_of_methodology(s, round.methodology_id), view.names,
                     view.names_en);
  return view;
}

}  // namespace kvalis::exports
