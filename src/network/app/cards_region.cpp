// The cross-part functions of the cards part (region_of, need_areas, published_cards), the region a caller
// reads, and the national basic activities loaded at migration.
#include <algorithm>
#include <stdexcept>

#include "network/app/cards.hpp"
#include "network/store/cards_repo.hpp"
#include "platform/core/catalogue.hpp"
#include "platform/core/resources.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

namespace repo = kvalis::network::store::cards_repo;
using accounts::OrganisationType;
using accounts::Role;

namespace {

Error region_required() { return forbidden("network.region.required"); }

Error region_unknown(const std::string& code) {
  return Error{ErrorCode::not_found, "region", "network.region.unknown", {{"value", code}}};
}

}  // namespace

Result<RegionRef> region_of(soci::session& s, const accounts::Caller& caller, const std::string& region_code) {
  const auto& p = caller.principal;
  for (const auto& m : p.memberships) {
    if (m.organisation_type != OrganisationType::region) continue;
    if (!region_code.empty() && m.region_code != region_code) continue;
    if (auto r = repo::region_by_id(s, m.organisation_id)) return *r;
  }
  if (p.platform_admin) {
    const auto all = repo::regions(s, region_code);
    if (!region_code.empty() && all.empty()) return region_unknown(region_code);
    // Without a code the platform administrator acts for the only region, or the first with network data.
    if (all.size() == 1 || !region_code.empty()) return all.front();
    for (const auto& r : all)
      if (!repo::cards(s, r.org_id).empty()) return r;
    if (!all.empty()) return all.front();
  }
  return region_required();
}

Result<RegionRef> reading_region(soci::session& s, const accounts::Caller& caller, const std::string& region_code) {
  const auto& p = caller.principal;
  if (!region_code.empty()) {
    const auto all = repo::regions(s, region_code);
    if (all.empty()) return region_unknown(region_code);
    return all.front();
  }
  if (auto own = region_of(s, caller); own.ok()) return own;
  // A municipality reads the region it lies in.
  for (const auto& m : p.memberships) {
    if (m.organisation_type == OrganisationType::region || m.region_code.empty()) continue;
    if (m.organisation_type == OrganisationType::municipality) {
      const auto all = repo::regions(s, m.region_code);
      if (!all.empty()) return all.front();
    }
  }
  // A provider reads the region of its services (or where it is registered).
  std::vector<long long> orgs;
  for (const auto& m : p.memberships) orgs.push_back(m.organisation_id);
  for (const auto& code : repo::service_regions_of(s, orgs)) {
    const auto all = repo::regions(s, code);
    if (!all.empty()) return all.front();
  }
  for (const auto& m : p.memberships) {
    if (m.region_code.empty()) continue;
    const auto all = repo::regions(s, m.region_code);
    if (!all.empty()) return all.front();
  }
  // Anyone else (an audit body, an evaluator) reads the only region there is; with several, they name one.
  const auto all = repo::regions(s);
  if (all.size() == 1) return all.front();
  return region_required();
}

bool manages_region(const accounts::Caller& caller, const RegionRef& region) {
  return caller.principal.platform_admin || accounts::member_of(caller.principal, region.org_id, {Role::admin, Role::manager});
}

bool region_staff(const accounts::Caller& caller, const RegionRef& region) {
  return caller.principal.platform_admin || accounts::member_of(caller.principal, region.org_id);
}

std::vector<NeedArea> need_areas(soci::session& s, long long region_org_id, bool active_only) {
  auto all = repo::need_areas(s, region_org_id, false);
  if (all.empty()) {
    // The region's first use: its list starts as the default list (catalogues/need_areas.csv).
    const auto text = kvalis::store::find_resource("catalogues/need_areas.csv");
    if (!text) throw std::runtime_error("catalogues/need_areas.csv is not embedded");
    std::vector<catalogue::Problem> problems;
    const auto items = catalogue::parse_catalogue("need_areas", *text, problems);
    if (!problems.empty()) throw std::runtime_error("catalogues/need_areas.csv: " + problems.front().message);
    const long long now = kvalis::store::now_epoch();
    int position = 0;
    for (const auto& item : items) {
      NeedArea n;
      n.code = item.code;
      n.name_cs = item.name_cs;
      n.name_en = item.name_en;
      n.description_cs = item.attribute("description_cs");
      ++position;
      const auto pos = item.attribute("position");
      n.position = pos.empty() ? position : std::stoi(pos);
      repo::insert_need_area(s, region_org_id, n, now);
    }
    all = repo::need_areas(s, region_org_id, false);
  }
  if (!active_only) return all;
  std::erase_if(all, [](const NeedArea& n) { return !n.active; });
  return all;
}

std::vector<PublishedCard> published_cards(soci::session& s, long long region_org_id) {
  std::vector<PublishedCard> out;
  for (auto& row : repo::latest_published(s, region_org_id)) {
    PublishedCard c;
    c.card_id = row.card.id;
    c.version_id = row.version.id;
    c.version_no = row.version.version_no;
    c.kind_code = row.card.kind_code;
    c.form_code = row.card.form_code;
    c.title = row.version.texts.title;
    c.summary = row.version.texts.summary;
    c.published_at = row.version.published_at;
    c.user_expect = row.version.texts.user_expect;
    c.user_not_expect = row.version.texts.user_not_expect;
    c.public_expect = row.version.texts.public_expect;
    c.public_not_expect = row.version.texts.public_not_expect;
    c.partners_expect = row.version.texts.partners_expect;
    c.partners_not_expect = row.version.texts.partners_not_expect;
    c.change_note = row.version.change_note;
    c.needs = repo::version_needs(s, row.version.id);
    out.push_back(std::move(c));
  }
  return out;
}

int sync_basic_activities(soci::session& s) {
  const auto text = kvalis::store::find_resource("catalogues/basic_activities.csv");
  if (!text) return 0;
  std::vector<std::string> problems;
  const auto rows = parse_basic_activities(*text, problems);
  if (!problems.empty()) throw std::runtime_error("catalogues/basic_activities.csv: " + problems.front());
  const long long now = kvalis::store::now_epoch();
  int changed = 0;
  for (const auto& a : rows) {
    if (auto id = repo::national_activity_id(s, a)) {
      auto current = repo::activity(s, *id);
      if (current && (current->text_cs != a.text_cs || current->source != a.source ||
                      current->verified != a.verified || current->position != a.position)) {
        Activity updated = *current;
        updated.text_cs = a.text_cs;
        updated.source = a.source;
        updated.verified = a.verified;
        updated.position = a.position;
        repo::update_activity(s, updated);
        ++changed;
      }
    } else {
      repo::insert_activity(s, a, now);
      ++changed;
    }
  }
  return changed;
}

}  // namespace kvalis::network::app
