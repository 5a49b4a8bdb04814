#pragma once
// The public portal of a region (issue 12 item 6): what it shows, as plain structs, and the pure rules it
// applies — suppression of small aggregates, the coverage of a territory by the services answering in it,
// and the geometry of the server-drawn map (projection and simplification of the ORP boundaries).
#include <optional>
#include <string>
#include <vector>

#include "network/core/coverage.hpp"

namespace kvalis::network {

// Aggregates over fewer services than this show no number (n, quartiles, median).
inline constexpr int kPortalMinN = 5;
bool portal_suppressed(int n);

// ---- what the region publishes ------------------------------------------------------------------

struct PortalSettings {
  long long region_org_id = 0;
  bool published = false;
  std::string title_cs, title_en, intro_cs, intro_en;
  bool show_services = true;
  bool show_coverage = true;
  std::optional<long long> coverage_round_id;  // nullopt: the latest locked round
  std::string contact;
  long long updated_at = 0;
};

struct PortalIndicatorRef {
  long long id = 0;
  long long bm_round_id = 0;
  std::string round_name;
  int period_year = 0;
  std::string indicator_code;
  std::string name_cs, name_en, unit;
  int position = 0;
};

// ---- what the public sees -----------------------------------------------------------------------

struct PublicRegion {
  long long org_id = 0;
  std::string region_code, name, title_cs, title_en;
};

struct PublicActivity {
  std::string paragraph, letter, text_cs, text_en;
};

struct PublicCardNeed {
  std::string code, name_cs, name_en, description, answer;
  std::vector<PublicActivity> activities;
};

struct PublicCardVersion {
  int version_no = 0;
  std::string published_on;  // YYYY-MM-DD
  std::string change_note;
};

struct PublicCard {
  std::string kind_code, form_code, kind_name_cs, kind_name_en, form_name_cs, form_name_en;
  int version_no = 0;
  std::string published_on;
  std::string title, summary, user_expect, user_not_expect, public_expect, public_not_expect, partners_expect,
      partners_not_expect, change_note;
  std::vector<PublicCardNeed> needs;
  std::vector<PublicCardVersion> earlier;  // earlier published versions, newest first
  // The path segment of the card: the kind code, or kind-form for a card of one form.
  std::string slug() const { return form_code.empty() ? kind_code : kind_code + "-" + form_code; }
};

struct NamedCode {
  std::string code, name_cs, name_en;
};

struct PublicService {
  long long id = 0;
  std::string registry_id, name, provider, kind_code, kind_name_cs, kind_name_en;
  std::vector<NamedCode> forms, territories;
  long long capacity = 0;
  std::string capacity_unit;
  std::vector<std::pair<std::string, std::string>> contacts;  // (email|phone|web, value) of the service
  bool has_card = false;
};

// ---- coverage -----------------------------------------------------------------------------------

struct PortalNeed {
  long long id = 0;
  std::string code, name_cs, name_en;
};
struct PortalTerritory {
  std::string code, name;
  long long population = 0;
};
// A cell of the module's coverage map (aggregate_coverage, network/core/coverage.hpp).
using PortalCell = CoverageCell;
// One row of the map's table: a territory with the needs met directly by at least one service.
struct PortalTerritorySummary {
  std::string code, name;
  int services = 0;             // services answering in the territory
  int needs_direct = 0;         // needs met directly by at least one of them
  int needs_total = 0;          // needs of the round
  std::vector<long long> gaps;  // needs nobody meets directly, in need order
  int level = 0;                // 0 (no service) .. 4 (every need met directly): the map's colour class
};
struct PublicCoverage {
  long long round_id = 0;
  std::string title, period_from, period_to;
  std::vector<PortalNeed> needs;
  std::vector<PortalTerritory> territories;
  std::vector<PortalCell> cells;  // territory × need, in territory then need order
  std::vector<PortalTerritorySummary> summary;
};

// The needs of the module's map that some service answers (the needs of the round's cards), in the map's order.
std::vector<long long> portal_answered_needs(const CoverageMap& map);
// The cells of the module's map (aggregate_coverage) for every territory × need given, in their order (territory,
// then need); a pair the map lacks is an empty cell.
std::vector<PortalCell> portal_coverage_cells(const std::vector<PortalTerritory>& territories,
                                              const std::vector<PortalNeed>& needs, const CoverageMap& map);
std::vector<PortalTerritorySummary> portal_coverage_summary(const std::vector<PortalTerritory>& territories,
                                                            const std::vector<PortalNeed>& needs,
                                                            const std::vector<PortalCell>& cells);
// 0 when no service answers; otherwise 1..4 by the share of needs met directly (<50 %, <75 %, <100 %, all).
int portal_coverage_level(int services, int needs_direct, int needs_total);

// ---- indicators ---------------------------------------------------------------------------------

struct PublicIndicatorRow {
  std::string peer_key, kind_code, form_code, kind_name_cs, kind_name_en, form_name_cs, form_name_en;
  int n = 0;
  bool suppressed = true;
  std::optional<double> q1, median, q3;
};
struct PublicIndicator {
  long long id = 0;
  std::string round_name;
  int period_year = 0;
  std::string indicator_code, name_cs, name_en, unit;
  std::vector<PublicIndicatorRow> rows;
};
// "kind=13;form=pob" → ("13", "pob"); "kind=4" → ("4", "").
std::pair<std::string, std::string> parse_peer_key(const std::string& key);

// ---- the whole portal of a region, as loaded once per data version ------------------------------

struct PublicPortal {
  PublicRegion region;
  PortalSettings settings;
  std::vector<PublicCard> cards;
  std::vector<PublicService> services;     // empty unless show_services
  std::optional<PublicCoverage> coverage;  // a locked round only, when show_coverage
  std::vector<PublicIndicator> indicators;
};

// ---- how the pages word things -----------------------------------------------------------------

// A date YYYY-MM-DD as a reader writes it: "6. 12. 2026" in Czech, "6 December 2026" in English; anything
// else as it came.
std::string portal_date(const std::string& iso, bool english);
// A capacity with its unit (capacity_types codes) in the right plural form: "3 klienti", "5 lůžek",
// "1 bed"; an unknown unit as it came.
std::string portal_capacity(long long count, const std::string& unit, bool english);
// A capacity that may be a fraction, as a sentence words it: whole numbers as portal_capacity ("24 klientů"),
// others with a decimal comma in Czech ("2,5 hodiny", "2.5 hours"); an unknown unit as it came.
std::string capacity_words(double value, const std::string& unit, bool english);
// A basic activity's place in the law: "§ 40 písm. b)" in Czech, "§ 40(b)" in English (paragraph "§40" or
// "40", letter "b").
std::string portal_law_ref(const std::string& paragraph, const std::string& letter, bool english);
// An English name as a heading or table row starts it: "housing" → "Housing".
std::string portal_capitalised(std::string text);

// ---- map geometry -------------------------------------------------------------------------------

struct GeoPoint {
  double x = 0, y = 0;
};
using GeoRing = std::vector<GeoPoint>;
struct GeoShape {
  std::string code, name;
  std::vector<GeoRing> rings;  // outer rings and holes (lon, lat)
};
// Douglas–Peucker: the ring with points closer than `tolerance` to the simplified line dropped; a closed
// ring keeps at least 4 points (or all when it has fewer).
GeoRing simplify_ring(const GeoRing& ring, double tolerance);
// Shapes projected (equirectangular, longitude scaled by cos of the mean latitude) into a box `width`
// wide, y downwards; answers the height.
double project_shapes(std::vector<GeoShape>& shapes, double width);
// SVG path data of a shape's rings with coordinates rounded to 0.1.
std::string svg_path(const GeoShape& shape);

}  // namespace kvalis::network
