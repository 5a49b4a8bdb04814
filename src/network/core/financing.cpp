#include "network/core/financing.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace kvalis::network {

namespace {

struct UnitText {
  FinUnit unit;
  std::string_view code, cs, en;
};
constexpr std::array kUnits = {
    UnitText{FinUnit::hour, "hour", "hodina", "hour"},
    UnitText{FinUnit::bed_day, "bed_day", "lůžkoden", "bed-day"},
    UnitText{FinUnit::client, "client", "klient", "client"},
    UnitText{FinUnit::contact, "contact", "kontakt", "contact"},
};

struct SourceText {
  Source source;
  std::string_view code, cs, en;
};
constexpr std::array kSources = {
    SourceText{Source::client_payments, "client_payments", "úhrady klientů", "client payments"},
    SourceText{Source::health_insurance, "health_insurance", "zdravotní pojišťovny", "health insurance"},
    SourceText{Source::state_subsidy, "state_subsidy", "dotace státu přes kraj", "state subsidy through the region"},
    SourceText{Source::region, "region", "kraj", "region"},
    SourceText{Source::municipalities, "municipalities", "obce", "municipalities"},
    SourceText{Source::eu_funds, "eu_funds", "fondy EU", "EU funds"},
    SourceText{Source::donations, "donations", "dary", "donations"},
    SourceText{Source::other, "other", "ostatní", "other"},
};

struct CategoryText {
  CostCategory category;
  std::string_view code, cs, en;
};
constexpr std::array kCategories = {
    CategoryText{CostCategory::personnel, "personnel", "osobní náklady", "personnel costs"},
    CategoryText{CostCategory::operating, "operating", "provozní náklady", "operating costs"},
    CategoryText{CostCategory::investment, "investment", "investice", "investment"},
};

std::string at(std::size_t i, const char* field) { return "rows[" + std::to_string(i) + "]." + field; }

Error out_of_range(const std::string& field, const std::string& min, const std::string& max) {
  return invalid(field, "field.out_of_range", {{"min", min}, {"max", max}});
}

std::string percent_text(long long p) { return std::to_string(p) + " %"; }

long long rounded_percent(double part, double whole) { return std::llround(part / whole * 100.0); }

}  // namespace

std::optional<FinUnit> parse_fin_unit(std::string_view s) {
  for (const auto& u : kUnits)
    if (u.code == s) return u.unit;
  return std::nullopt;
}
std::string_view to_string(FinUnit u) { return kUnits[static_cast<std::size_t>(u)].code; }
std::string_view fin_unit_name(FinUnit u, bool english) {
  const auto& t = kUnits[static_cast<std::size_t>(u)];
  return english ? t.en : t.cs;
}

const std::array<Source, kSourceCount>& all_sources() {
  static const std::array<Source, kSourceCount> sources = {
      Source::client_payments, Source::health_insurance, Source::state_subsidy, Source::region,
      Source::municipalities,  Source::eu_funds,         Source::donations,     Source::other};
  return sources;
}
std::optional<Source> parse_source(std::string_view s) {
  for (const auto& t : kSources)
    if (t.code == s) return t.source;
  return std::nullopt;
}
std::string_view to_string(Source s) { return kSources[static_cast<std::size_t>(s)].code; }
std::string_view source_name(Source s, bool english) {
  const auto& t = kSources[static_cast<std::size_t>(s)];
  return english ? t.en : t.cs;
}

const std::array<CostCategory, kCostCategoryCount>& all_cost_categories() {
  static const std::array<CostCategory, kCostCategoryCount> categories = {
      CostCategory::personnel, CostCategory::operating, CostCategory::investment};
  return categories;
}
std::optional<CostCategory> parse_cost_category(std::string_view s) {
  for (const auto& t : kCategories)
    if (t.code == s) return t.category;
  return std::nullopt;
}
std::string_view to_string(CostCategory c) { return kCategories[static_cast<std::size_t>(c)].code; }
std::string_view cost_category_name(CostCategory c, bool english) {
  const auto& t = kCategories[static_cast<std::size_t>(c)];
  return english ? t.en : t.cs;
}

Status check_model_rows(const std::vector<ModelRow>& rows) {
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    if (r.kind_code.empty()) return invalid(at(i, "kind_code"), "field.required");
    if (!(r.units_per_capacity > 0 && r.units_per_capacity <= 1e6))
      return out_of_range(at(i, "units_per_capacity"), "0", "1000000");
    if (!(r.reference_cost >= 0 && r.reference_cost <= 1e9))
      return out_of_range(at(i, "reference_cost"), "0", "1000000000");
    if (!(r.own_revenue >= 0 && r.own_revenue <= 1e9)) return out_of_range(at(i, "own_revenue"), "0", "1000000000");
    if (!(r.other_public >= 0 && r.other_public <= 1e9)) return out_of_range(at(i, "other_public"), "0", "1000000000");
    if (!(r.subsidy_share >= 0 && r.subsidy_share <= 1)) return out_of_range(at(i, "subsidy_share"), "0", "1");
    if (!seen.insert({r.kind_code, r.form_code}).second)
      return invalid(at(i, "form_code"), "network.fin.model_row_duplicate",
                     {{"kind", r.kind_code}, {"form", r.form_code.empty() ? "*" : r.form_code}});
  }
  return ok_status();
}

Status check_cost_growth(double cost_growth) {
  if (!(cost_growth >= -0.5 && cost_growth <= 1)) return out_of_range("cost_growth", "-0.5", "1");
  return ok_status();
}

std::optional<std::size_t> row_for(const std::vector<ModelRow>& rows, std::string_view kind_code,
                                   const std::vector<std::string>& forms) {
  for (const auto& form : forms)
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].kind_code == kind_code && !form.empty() && rows[i].form_code == form) return i;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].kind_code == kind_code && rows[i].form_code.empty()) return i;
  return std::nullopt;
}

double compensation_per_unit(double reference_cost, double own_revenue) {
  return std::max(0.0, reference_cost - own_revenue);
}

Subsidy compute_subsidy(const ModelRow& row, double capacity, double reference_cost, double own_revenue) {
  Subsidy s;
  s.units = capacity * row.units_per_capacity;
  s.compensation_per_unit = compensation_per_unit(reference_cost, own_revenue);
  s.compensation = s.compensation_per_unit * s.units;
  s.optimal = std::max(0.0, s.compensation * row.subsidy_share - row.other_public * s.units);
  return s;
}

double grown_cost(double base, double growth, int base_year, int year) {
  if (growth == 0 || year == base_year) return base;
  return base * std::pow(1.0 + growth, year - base_year);
}

bool is_own_source(Source s) {
  return s == Source::client_payments || s == Source::health_insurance || s == Source::donations || s == Source::other;
}
bool is_other_public_source(Source s) {
  return s == Source::region || s == Source::municipalities || s == Source::eu_funds;
}

RevenueShares shares_from_budget(const SourceAmounts& budget) {
  RevenueShares out;
  double own = 0, pub = 0;
  for (Source s : all_sources()) {
    const double v = std::max(0.0, budget[static_cast<std::size_t>(s)]);
    if (is_own_source(s)) own += v;
    if (is_other_public_source(s)) pub += v;
  }
  for (Source s : all_sources()) {
    const auto i = static_cast<std::size_t>(s);
    const double v = std::max(0.0, budget[i]);
    if (is_own_source(s) && own > 0) out.own[i] = v / own;
    if (is_other_public_source(s) && pub > 0) out.other_public[i] = v / pub;
  }
  if (!(own > 0)) out.own[static_cast<std::size_t>(Source::client_payments)] = 1;
  if (!(pub > 0)) out.other_public[static_cast<std::size_t>(Source::municipalities)] = 1;
  return out;
}

std::string_view cost_share_code(std::size_t i) {
  return i < kCostCategoryCount ? kCategories[i].code : std::string_view("unallocated");
}
std::string_view cost_share_name(std::size_t i, bool english) {
  if (i < kCostCategoryCount) return english ? kCategories[i].en : kCategories[i].cs;
  return english ? "not allocated (no cost budget)" : "nezařazeno (bez rozpočtu nákladů)";
}

CostShares cost_shares_from_budget(const CostAmounts& budget) {
  CostShares out{};
  double total = 0;
  for (double v : budget) total += std::max(0.0, v);
  if (!(total > 0)) {
    out[kCostCategoryCount] = 1;
    return out;
  }
  for (std::size_t i = 0; i < kCostCategoryCount; ++i) out[i] = std::max(0.0, budget[i]) / total;
  return out;
}

Difference explain_difference(double optimal, std::optional<double> requested, std::optional<double> granted) {
  Difference d;
  std::vector<std::string> cs, en;
  const bool has_optimum = optimal > 0;
  if (!requested) {
    cs.emplace_back("bez požadavku");
    en.emplace_back("no request");
  } else if (!has_optimum) {
    cs.push_back("požadavek " + format_czk(*requested) + " při optimu 0 Kč");
    en.push_back("request " + format_czk(*requested) + " against an optimum of 0 Kč");
  } else {
    const long long p = rounded_percent(*requested, optimal);
    d.requested_percent = p;
    if (p > 100) {
      cs.push_back("požadavek o " + percent_text(p - 100) + " nad optimem");
      en.push_back("request " + percent_text(p - 100) + " above the optimum");
    } else if (p < 100) {
      cs.push_back("požadavek o " + percent_text(100 - p) + " pod optimem");
      en.push_back("request " + percent_text(100 - p) + " below the optimum");
    } else {
      cs.emplace_back("požadavek odpovídá optimu");
      en.emplace_back("request equals the optimum");
    }
  }
  if (!granted) {
    cs.emplace_back("dosud nepřiznáno");
    en.emplace_back("not granted yet");
  } else {
    std::string c, e;
    if (has_optimum) {
      d.granted_percent = rounded_percent(*granted, optimal);
      c = "přiznáno " + percent_text(*d.granted_percent) + " optima";
      e = "granted " + percent_text(*d.granted_percent) + " of the optimum";
    } else {
      c = "přiznáno " + format_czk(*granted);
      e = "granted " + format_czk(*granted);
    }
    if (requested && *requested > 0) {
      d.granted_of_requested_percent = rounded_percent(*granted, *requested);
      c += " (" + percent_text(*d.granted_of_requested_percent) + " požadavku)";
      e += " (" + percent_text(*d.granted_of_requested_percent) + " of the request)";
    }
    cs.push_back(std::move(c));
    en.push_back(std::move(e));
  }
  for (std::size_t i = 0; i < cs.size(); ++i) {
    d.text_cs += (i ? "; " : "") + cs[i];
    d.text_en += (i ? "; " : "") + en[i];
  }
  return d;
}

std::string format_czk(double amount) {
  const long long whole = std::llround(amount);
  const bool negative = whole < 0;
  std::string digits = std::to_string(negative ? -whole : whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return (negative ? "−" : "") + out + " Kč";
}

}  // namespace kvalis::network
