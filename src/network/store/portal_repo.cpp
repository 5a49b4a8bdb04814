#include "network/store/portal_repo.hpp"

#include <algorithm>
#include <map>

#include "platform/core/dates.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::portal_repo {
namespace {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;

std::string date_of(long long epoch) { return epoch > 0 ? format_date(epoch) : std::string(); }

// ";amb;ter;" → {"amb", "ter"}
std::vector<std::string> split_codes(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t end = s.find(';', pos);
    if (end == std::string::npos) end = s.size();
    if (end > pos) out.push_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

}  // namespace

std::optional<PortalSettings> find_settings(soci::session& s, long long region_org_id) {
  std::optional<PortalSettings> out;
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  for_each_row(s,
               "SELECT region_org_id, published, title_cs, title_en, intro_cs, intro_en, show_services, show_coverage, "
               "coverage_round_id, contact, updated_at FROM nw_portal_settings" +
                   f.where(),
               f, [&](const soci::row& r) {
                 PortalSettings p;
                 p.region_org_id = as_ll(r, 0);
                 p.published = as_ll(r, 1) != 0;
                 p.title_cs = as_str(r, 2);
                 p.title_en = as_str(r, 3);
                 p.intro_cs = as_str(r, 4);
                 p.intro_en = as_str(r, 5);
                 p.show_services = as_ll(r, 6) != 0;
                 p.show_coverage = as_ll(r, 7) != 0;
                 p.coverage_round_id = kvalis::store::as_opt_ll(r, 8);
                 p.contact = as_str(r, 9);
                 p.updated_at = as_ll(r, 10);
                 out = std::move(p);
               });
  return out;
}

void save_settings(soci::session& s, const PortalSettings& p, long long user_id, long long now) {
  const int published = p.published ? 1 : 0, show_services = p.show_services ? 1 : 0,
            show_coverage = p.show_coverage ? 1 : 0;
  long long round = p.coverage_round_id.value_or(0);
  soci::indicator round_ind = p.coverage_round_id ? soci::i_ok : soci::i_null;
  long long existing = 0;
  s << "SELECT COUNT(*) FROM nw_portal_settings WHERE region_org_id = :r", soci::use(p.region_org_id),
      soci::into(existing);
  if (existing > 0) {
    s << "UPDATE nw_portal_settings SET published = :p, title_cs = :tc, title_en = :te, intro_cs = :ic, "
         "intro_en = :ie, show_services = :ss, show_coverage = :sc, coverage_round_id = :cr, contact = :c, "
         "updated_by = :u, updated_at = :t WHERE region_org_id = :r",
        soci::use(published), soci::use(p.title_cs), soci::use(p.title_en), soci::use(p.intro_cs),
        soci::use(p.intro_en), soci::use(show_services), soci::use(show_coverage), soci::use(round, round_ind),
        soci::use(p.contact), soci::use(user_id), soci::use(now), soci::use(p.region_org_id);
  } else {
    s << "INSERT INTO nw_portal_settings (region_org_id, published, title_cs, title_en, intro_cs, intro_en, "
         "show_services, show_coverage, coverage_round_id, contact, updated_by, updated_at) VALUES (:r, :p, :tc, "
         ":te, :ic, :ie, :ss, :sc, :cr, :c, :u, :t)",
        soci::use(p.region_org_id), soci::use(published), soci::use(p.title_cs), soci::use(p.title_en),
        soci::use(p.intro_cs), soci::use(p.intro_en), soci::use(show_services), soci::use(show_coverage),
        soci::use(round, round_ind), soci::use(p.contact), soci::use(user_id), soci::use(now);
  }
}

std::vector<PortalIndicatorRef> list_indicators(soci::session& s, long long region_org_id) {
  std::vector<PortalIndicatorRef> out;
  Filter f;
  f.add("pi.region_org_id = ?", {region_org_id});
  for_each_row(s,
               "SELECT pi.id, pi.bm_round_id, r.name, r.period_year, pi.indicator_code, i.name_cs, i.name_en, i.unit, "
               "pi.position FROM nw_portal_indicators pi JOIN bm_rounds r ON r.id = pi.bm_round_id "
               "LEFT JOIN bm_indicators i ON i.methodology_id = r.methodology_id AND i.code = pi.indicator_code" +
                   f.where() + " ORDER BY pi.position, pi.id",
               f, [&](const soci::row& r) {
                 PortalIndicatorRef x;
                 x.id = as_ll(r, 0);
                 x.bm_round_id = as_ll(r, 1);
                 x.round_name = as_str(r, 2);
                 x.period_year = as_int(r, 3);
                 x.indicator_code = as_str(r, 4);
                 x.name_cs = as_str(r, 5);
                 x.name_en = as_str(r, 6);
                 x.unit = as_str(r, 7);
                 x.position = as_int(r, 8);
                 out.push_back(std::move(x));
               });
  return out;
}

long long insert_indicator(soci::session& s, long long region_org_id, long long bm_round_id,
                           const std::string& indicator_code) {
  long long position = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MAX(position) FROM nw_portal_indicators WHERE region_org_id = :r", soci::use(region_org_id),
      soci::into(position, ind);
  position = ind == soci::i_null ? 0 : position + 1;
  s << "INSERT INTO nw_portal_indicators (region_org_id, bm_round_id, indicator_code, position) VALUES (:r, :b, :c, "
       ":p)",
      soci::use(region_org_id), soci::use(bm_round_id), soci::use(indicator_code), soci::use(position);
  long long id = 0;
  s << "SELECT id FROM nw_portal_indicators WHERE region_org_id = :r AND bm_round_id = :b AND indicator_code = :c",
      soci::use(region_org_id), soci::use(bm_round_id), soci::use(indicator_code), soci::into(id);
  return id;
}

bool indicator_published(soci::session& s, long long region_org_id, long long bm_round_id, const std::string& code) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM nw_portal_indicators WHERE region_org_id = :r AND bm_round_id = :b AND "
       "indicator_code = :c",
      soci::use(region_org_id), soci::use(bm_round_id), soci::use(code), soci::into(n);
  return n > 0;
}

bool delete_indicator(soci::session& s, long long region_org_id, long long id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM nw_portal_indicators WHERE id = :i AND region_org_id = :r", soci::use(id),
      soci::use(region_org_id), soci::into(n);
  if (n == 0) return false;
  s << "DELETE FROM nw_portal_indicators WHERE id = :i AND region_org_id = :r", soci::use(id), soci::use(region_org_id);
  return true;
}

std::optional<std::string> bm_round_status(soci::session& s, long long region_org_id, long long bm_round_id) {
  std::optional<std::string> out;
  Filter f;
  f.add("r.id = ?", {bm_round_id}).add("g.region_org_id = ?", {region_org_id});
  for_each_row(s, "SELECT r.status FROM bm_rounds r JOIN bm_groups g ON g.id = r.group_id" + f.where(), f,
               [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

std::vector<std::pair<long long, std::string>> publishable_indicators(soci::session& s, long long region_org_id,
                                                                      int min_n) {
  std::vector<std::pair<long long, std::string>> out;
  Filter f;
  f.add("g.region_org_id = ?", {region_org_id}).add("r.status = 'locked'");
  f.add("EXISTS (SELECT 1 FROM bm_stats st WHERE st.round_id = r.id AND st.indicator_id = i.id AND st.n >= ?)",
        {static_cast<long long>(min_n)});
  for_each_row(s,
               "SELECT r.id, i.code FROM bm_rounds r JOIN bm_groups g ON g.id = r.group_id "
               "JOIN bm_indicators i ON i.methodology_id = r.methodology_id" +
                   f.where() + " ORDER BY r.period_year DESC, r.id DESC, i.position, i.id",
               f, [&](const soci::row& r) { out.emplace_back(as_ll(r, 0), as_str(r, 1)); });
  return out;
}

bool bm_round_has_indicator(soci::session& s, long long bm_round_id, const std::string& code) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM bm_indicators i JOIN bm_rounds r ON r.methodology_id = i.methodology_id "
       "WHERE r.id = :r AND i.code = :c",
      soci::use(bm_round_id), soci::use(code), soci::into(n);
  return n > 0;
}

std::vector<PublicIndicatorRow> indicator_rows(soci::session& s, long long bm_round_id, const std::string& code) {
  std::vector<PublicIndicatorRow> out;
  Filter f;
  f.add("st.round_id = ?", {bm_round_id}).add("i.code = ?", {code});
  for_each_row(s,
               "SELECT st.peer_key, st.n, st.q1, st.median, st.q3 FROM bm_stats st "
               "JOIN bm_indicators i ON i.id = st.indicator_id" +
                   f.where() + " ORDER BY st.peer_key",
               f, [&](const soci::row& r) {
                 PublicIndicatorRow x;
                 x.peer_key = as_str(r, 0);
                 std::tie(x.kind_code, x.form_code) = parse_peer_key(x.peer_key);
                 x.n = as_int(r, 1);
                 x.suppressed = portal_suppressed(x.n);
                 if (!x.suppressed) {
                   if (r.get_indicator(2) != soci::i_null) x.q1 = as_double(r, 2);
                   if (r.get_indicator(3) != soci::i_null) x.median = as_double(r, 3);
                   if (r.get_indicator(4) != soci::i_null) x.q3 = as_double(r, 4);
                 }
                 out.push_back(std::move(x));
               });
  return out;
}

bool coverage_round_locked(soci::session& s, long long region_org_id, long long round_id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM nw_coverage_rounds WHERE id = :i AND region_org_id = :r AND status = 'locked'",
      soci::use(round_id), soci::use(region_org_id), soci::into(n);
  return n > 0;
}

std::vector<RegionRow> regions(soci::session& s, const std::string& code) {
  std::vector<RegionRow> out;
  Filter f;
  f.add("type = 'region'");
  if (!code.empty()) f.add("region_code = ?", {code});
  for_each_row(s, "SELECT id, region_code, name FROM organisations" + f.where() + " ORDER BY name, id", f,
               [&](const soci::row& r) { out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2)}); });
  return out;
}

std::vector<PublicRegion> published_regions(soci::session& s) {
  std::vector<PublicRegion> out;
  Filter f;
  f.add("o.type = 'region'").add("p.published = 1");
  for_each_row(s,
               "SELECT o.id, o.region_code, o.name, p.title_cs, p.title_en FROM organisations o "
               "JOIN nw_portal_settings p ON p.region_org_id = o.id" +
                   f.where() + " ORDER BY o.name, o.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4)});
               });
  return out;
}

std::vector<PublicCard> published_cards(soci::session& s, long long region_org_id) {
  std::vector<PublicCard> cards;
  std::map<long long, std::size_t> card_index;  // card id → position in cards
  std::map<long long, std::size_t> version_card;  // published version id → position in cards
  Filter f;
  f.add("c.region_org_id = ?", {region_org_id}).add("v.status = 'published'");
  for_each_row(s,
               "SELECT c.id, c.kind_code, c.form_code, v.id, v.version_no, v.published_at, v.title, v.summary, "
               "v.user_expect, v.user_not_expect, v.public_expect, v.public_not_expect, v.partners_expect, "
               "v.partners_not_expect, v.change_note FROM nw_cards c JOIN nw_card_versions v ON v.card_id = c.id" +
                   f.where() + " ORDER BY c.kind_code, c.form_code, v.version_no DESC",
               f, [&](const soci::row& r) {
                 const long long card_id = as_ll(r, 0);
                 if (card_index.contains(card_id)) return;  // one published version per card; the latest wins
                 PublicCard c;
                 c.kind_code = as_str(r, 1);
                 c.form_code = as_str(r, 2);
                 c.version_no = as_int(r, 4);
                 c.published_on = date_of(as_ll(r, 5));
                 c.title = as_str(r, 6);
                 c.summary = as_str(r, 7);
                 c.user_expect = as_str(r, 8);
                 c.user_not_expect = as_str(r, 9);
                 c.public_expect = as_str(r, 10);
                 c.public_not_expect = as_str(r, 11);
                 c.partners_expect = as_str(r, 12);
                 c.partners_not_expect = as_str(r, 13);
                 c.change_note = as_str(r, 14);
                 card_index[card_id] = cards.size();
                 version_card[as_ll(r, 3)] = cards.size();
                 cards.push_back(std::move(c));
               });
  if (cards.empty()) return cards;

  // Earlier published versions: superseded ones that were published once.
  Filter h;
  h.add("c.region_org_id = ?", {region_org_id}).add("v.status = 'superseded'").add("v.published_at > 0");
  for_each_row(s,
               "SELECT c.id, v.version_no, v.published_at, v.change_note FROM nw_cards c "
               "JOIN nw_card_versions v ON v.card_id = c.id" +
                   h.where() + " ORDER BY c.id, v.version_no DESC",
               h, [&](const soci::row& r) {
                 auto it = card_index.find(as_ll(r, 0));
                 if (it == card_index.end()) return;
                 cards[it->second].earlier.push_back({as_int(r, 1), date_of(as_ll(r, 2)), as_str(r, 3)});
               });

  // Needs of the published versions with their activities.
  std::map<long long, std::pair<std::size_t, std::size_t>> need_at;  // card need id → (card, need)
  Filter n;
  n.add("c.region_org_id = ?", {region_org_id}).add("v.status = 'published'");
  for_each_row(s,
               "SELECT cn.id, cn.version_id, a.code, a.name_cs, a.name_en, cn.description, cn.answer "
               "FROM nw_card_needs cn JOIN nw_card_versions v ON v.id = cn.version_id "
               "JOIN nw_cards c ON c.id = v.card_id JOIN nw_need_areas a ON a.id = cn.need_area_id" +
                   n.where() + " ORDER BY cn.version_id, cn.position, a.position, cn.id",
               n, [&](const soci::row& r) {
                 auto it = version_card.find(as_ll(r, 1));
                 if (it == version_card.end()) return;
                 auto& needs = cards[it->second].needs;
                 need_at[as_ll(r, 0)] = {it->second, needs.size()};
                 needs.push_back({as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5), as_str(r, 6), {}});
               });
  Filter a;
  a.add("c.region_org_id = ?", {region_org_id}).add("v.status = 'published'");
  for_each_row(s,
               "SELECT na.card_need_id, act.paragraph, act.letter, act.text_cs, act.text_en FROM nw_card_need_activities na "
               "JOIN nw_card_needs cn ON cn.id = na.card_need_id JOIN nw_card_versions v ON v.id = cn.version_id "
               "JOIN nw_cards c ON c.id = v.card_id JOIN nw_activities act ON act.id = na.activity_id" +
                   a.where() + " ORDER BY na.card_need_id, act.position, act.paragraph, act.letter, act.id",
               a, [&](const soci::row& r) {
                 auto it = need_at.find(as_ll(r, 0));
                 if (it == need_at.end()) return;
                 cards[it->second.first].needs[it->second.second].activities.push_back(
                     {as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4)});
               });
  return cards;
}

std::vector<PublicService> region_services(soci::session& s, const std::string& region_code) {
  std::vector<PublicService> out;
  std::map<long long, std::size_t> index;
  Filter f;
  f.add("sv.region_code = ?", {region_code}).add("sv.status = 'active'");
  for_each_row(s,
               "SELECT sv.id, sv.registry_id, sv.name, o.name, sv.kind_code, sv.forms, sv.capacity_total, "
               "sv.capacity_unit FROM services sv JOIN organisations o ON o.id = sv.provider_id" +
                   f.where() + " ORDER BY sv.kind_code, sv.name, sv.id",
               f, [&](const soci::row& r) {
                 PublicService x;
                 x.id = as_ll(r, 0);
                 x.registry_id = as_str(r, 1);
                 x.name = as_str(r, 2);
                 x.provider = as_str(r, 3);
                 x.kind_code = as_str(r, 4);
                 for (auto& code : split_codes(as_str(r, 5))) x.forms.push_back({code, {}, {}});
                 x.capacity = as_ll(r, 6);
                 x.capacity_unit = as_str(r, 7);
                 index[x.id] = out.size();
                 out.push_back(std::move(x));
               });
  if (out.empty()) return out;
  for_each_row(s,
               "SELECT t.service_id, t.territory_code FROM service_territories t JOIN services sv ON sv.id = t.service_id" +
                   f.where() + " ORDER BY t.service_id, t.territory_code",
               f, [&](const soci::row& r) {
                 if (auto it = index.find(as_ll(r, 0)); it != index.end())
                   out[it->second].territories.push_back({as_str(r, 1), {}, {}});
               });
  for_each_row(s,
               "SELECT c.service_id, c.kind, c.value FROM service_contacts c JOIN services sv ON sv.id = c.service_id" +
                   f.where() + " ORDER BY c.service_id, c.kind, c.value",
               f, [&](const soci::row& r) {
                 if (auto it = index.find(as_ll(r, 0)); it != index.end())
                   out[it->second].contacts.emplace_back(as_str(r, 1), as_str(r, 2));
               });
  return out;
}

std::optional<CoverageRoundRow> locked_coverage_round(soci::session& s, long long region_org_id,
                                                      std::optional<long long> round_id) {
  std::optional<CoverageRoundRow> out;
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("status = 'locked'");
  if (round_id) f.add("id = ?", {*round_id});
  for_each_row(s,
               "SELECT id, title, period_from, period_to FROM nw_coverage_rounds" + f.where() +
                   " ORDER BY period_to DESC, locked_at DESC, id DESC",
               f, [&](const soci::row& r) {
                 if (!out) out = CoverageRoundRow{as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
               });
  return out;
}

std::vector<PortalNeed> coverage_needs(soci::session& s, long long round_id) {
  std::vector<PortalNeed> out;
  Filter f;
  f.add("a.id IN (SELECT cn.need_area_id FROM nw_card_needs cn JOIN nw_coverage_submissions sub ON "
        "sub.card_version_id = cn.version_id WHERE sub.round_id = ? AND sub.status = 'submitted')",
        {round_id});
  for_each_row(s, "SELECT a.id, a.code, a.name_cs, a.name_en FROM nw_need_areas a" + f.where() +
                      " ORDER BY a.position, a.id",
               f, [&](const soci::row& r) { out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)}); });
  return out;
}

std::vector<PortalAnswer> coverage_answers(soci::session& s, long long round_id) {
  std::vector<PortalAnswer> out;
  Filter f;
  f.add("sub.round_id = ?", {round_id}).add("sub.status = 'submitted'");
  for_each_row(s,
               "SELECT sub.service_id, ans.need_area_id, ans.mode FROM nw_coverage_answers ans "
               "JOIN nw_coverage_submissions sub ON sub.id = ans.submission_id" +
                   f.where(),
               f, [&](const soci::row& r) {
                 if (auto mode = parse_portal_mode(as_str(r, 2))) out.push_back({as_ll(r, 0), as_ll(r, 1), *mode});
               });
  return out;
}

std::vector<PortalServiceFacts> coverage_services(soci::session& s, long long round_id) {
  std::vector<PortalServiceFacts> out;
  std::map<long long, std::size_t> index;
  Filter f;
  f.add("sub.round_id = ?", {round_id}).add("sub.status = 'submitted'");
  for_each_row(s,
               "SELECT sub.service_id, t.territory_code FROM nw_coverage_submissions sub "
               "LEFT JOIN service_territories t ON t.service_id = sub.service_id" +
                   f.where() + " ORDER BY sub.service_id, t.territory_code",
               f, [&](const soci::row& r) {
                 const long long id = as_ll(r, 0);
                 auto [it, inserted] = index.emplace(id, out.size());
                 if (inserted) out.push_back({id, {}});
                 if (r.get_indicator(1) != soci::i_null) out[it->second].territories.push_back(as_str(r, 1));
               });
  return out;
}

}  // namespace kvalis::network::store::portal_repo
