// Use cases of the cards part: regions, need areas, basic activities, cards and versions with their workflow,
// comments and answers, comparison. Decisions in network/core/cards.hpp; storage in network/store/cards_repo.
#include <algorithm>
#include <map>
#include <set>

#include "network/app/cards.hpp"
#include "network/app/cards_access.hpp"
#include "network/store/cards_repo.hpp"
#include "network/store/common_repo.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"

namespace kvalis::network::app {

namespace repo = kvalis::network::store::cards_repo;
namespace common = kvalis::network::store::common_repo;
using kvalis::store::now_epoch;

namespace {

constexpr std::size_t kMaxText = 20000;
constexpr std::size_t kMaxShort = 300;

void record(soci::session& s, const accounts::Caller& caller, const std::string& action, const std::string& entity,
            long long id, long long org_id, const std::string& detail = {}) {
  kvalis::store::activity_log::append(s, caller.activity(action, entity, id, org_id, detail));
  kvalis::store::data_versions::bump(s, "network");
}

Status check_length(const std::string& field, const std::string& value, std::size_t max) {
  if (value.size() > max) return invalid(field, "network.cards.text_too_long", {{"max", std::to_string(max)}});
  return check_characters(field, value, true);
}

bool is_code(const std::string& code) {
  if (code.empty() || code.size() > 40) return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

bool form_known(soci::session& s, const std::string& form_code) {
  if (form_code.empty()) return true;
  for (const auto& f : {"pob", "amb", "ter"})
    if (form_code == f) return true;
  (void)s;
  return false;
}

// What of a version's comments the caller sees: region staff all, anyone else those of their organisations.
std::optional<std::vector<long long>> comment_orgs(const accounts::Caller& caller, const CardAccess& access) {
  if (access.staff) return std::nullopt;
  return caller_org_ids(caller);
}

VersionBrief brief_of(soci::session& s, const repo::VersionRow& v,
                      const std::optional<std::vector<long long>>& comment_orgs) {
  VersionBrief b;
  b.version_id = v.id;
  b.version_no = v.version_no;
  b.status = v.status;
  b.title = v.texts.title;
  b.comments_until = v.comments_until;
  b.change_note = v.change_note;
  b.sent_at = v.sent_at;
  b.published_at = v.published_at;
  const auto count = repo::count_comments(s, v.id, comment_orgs);
  b.comments_total = count.total;
  b.comments_open = count.open;
  return b;
}

CardFacts facts_of(soci::session& s, const repo::VersionRow& v, const std::vector<repo::VersionRow>& all,
                   const std::string& today) {
  CardFacts f;
  f.is_latest = !all.empty() && all.back().id == v.id;
  for (const auto& o : all)
    if (o.status == "draft" || o.status == "comments" || o.status == "final") f.open_version = true;
  f.open_comments = repo::count_comments(s, v.id).open;
  f.before_deadline = !v.comments_until.empty() && today <= v.comments_until;
  return f;
}

}  // namespace

// ---- Regions ----

std::vector<RegionView> list_regions(kvalis::store::Database& db, const accounts::Caller& caller) {
  return db.read([&](soci::session& s) {
    std::vector<RegionView> out;
    std::set<long long> seen;
    auto add = [&](const RegionRef& r) {
      if (!seen.insert(r.org_id).second) return;
      out.push_back({r, manages_region(caller, r)});
    };
    if (caller.principal.platform_admin) {
      for (const auto& r : common::regions(s)) add(r);
      return out;
    }
    for (const auto& m : caller.principal.memberships)
      if (m.organisation_type == accounts::OrganisationType::region)
        if (auto r = common::region_by_id(s, m.organisation_id)) add(*r);
    if (auto r = reading_region(s, caller); r.ok()) add(*r);
    return out;
  });
}

// ---- Need areas ----

Result<std::vector<NeedArea>> list_need_areas(kvalis::store::Database& db, const accounts::Caller& caller,
                                              const std::string& region_code, bool include_inactive) {
  return db.write([&](soci::session& s) -> Result<std::vector<NeedArea>> {
    auto region = reading_region(s, caller, region_code);
    if (!region) return region.error();
    return need_areas(s, region->org_id, !include_inactive);
  });
}

namespace {

Status check_need_input(const NeedAreaInput& in) {
  if (!is_code(in.code)) return invalid("code", "network.needs.code_invalid");
  if (trim(in.name_cs).empty()) return invalid("name_cs", "network.needs.name_required");
  if (auto st = check_length("name_cs", in.name_cs, kMaxShort); !st) return st;
  if (auto st = check_length("name_en", in.name_en, kMaxShort); !st) return st;
  if (auto st = check_length("description_cs", in.description_cs, kMaxText); !st) return st;
  return ok_status();
}

}  // namespace

Result<NeedArea> create_need_area(kvalis::store::Database& db, const accounts::Caller& caller,
                                  const std::string& region_code, const NeedAreaInput& in) {
  return db.write([&](soci::session& s) -> Result<NeedArea> {
    auto region = region_of(s, caller, region_code);
    if (!region) return region.error();
    if (!manages_region(caller, *region)) return forbidden("network.cards.manage_forbidden");
    if (auto st = check_need_input(in); !st) return st.error();
    const auto existing = need_areas(s, region->org_id, false);
    if (repo::need_code_taken(s, region->org_id, in.code, 0))
      return invalid("code", "network.needs.code_taken", {{"value", in.code}});
    NeedArea n;
    n.code = in.code;
    n.name_cs = trim(in.name_cs);
    n.name_en = trim(in.name_en);
    n.description_cs = in.description_cs;
    n.position = in.position.value_or(existing.empty() ? 1 : existing.back().position + 1);
    n.active = in.active;
    n.id = repo::insert_need_area(s, region->org_id, n, now_epoch());
    record(s, caller, "network.need_area.create", "nw_need_area", n.id, region->org_id, n.code);
    return n;
  });
}

Result<NeedArea> update_need_area(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                  const NeedAreaInput& in) {
  return db.write([&](soci::session& s) -> Result<NeedArea> {
    auto region = region_of(s, caller);
    if (!region) return region.error();
    std::optional<NeedArea> current;
    RegionRef owner = *region;
    // A platform administrator may act on any region's area; staff on their own region's.
    for (const auto& r : caller.principal.platform_admin ? common::regions(s) : std::vector<RegionRef>{*region})
      if (auto n = repo::need_area(s, r.org_id, id)) {
        current = n;
        owner = r;
      }
    if (!current) return not_found("network.not_found");
    if (!manages_region(caller, owner)) return forbidden("network.cards.manage_forbidden");
    if (auto st = check_need_input(in); !st) return st.error();
    if (in.code != current->code) {
      if (repo::need_area_used(s, id)) return invalid("code", "network.needs.code_used");
      if (repo::need_code_taken(s, owner.org_id, in.code, id))
        return invalid("code", "network.needs.code_taken", {{"value", in.code}});
    }
    NeedArea n = *current;
    n.code = in.code;
    n.name_cs = trim(in.name_cs);
    n.name_en = trim(in.name_en);
    n.description_cs = in.description_cs;
    if (in.position) n.position = *in.position;
    n.active = in.active;
    repo::update_need_area(s, n);
    record(s, caller, "network.need_area.update", "nw_need_area", n.id, owner.org_id, n.code);
    return n;
  });
}

// ---- Basic activities ----

Result<std::vector<Activity>> list_activities(kvalis::store::Database& db, const accounts::Caller& caller,
                                              const std::string& region_code, const std::string& kind_code) {
  return db.read([&](soci::session& s) -> Result<std::vector<Activity>> {
    auto region = reading_region(s, caller, region_code);
    if (!region) return region.error();
    return repo::activities(s, region->org_id, kind_code);
  });
}

namespace {

Status check_activity_input(soci::session& s, const ActivityInput& in) {
  if (common::kind_name(s, in.kind_code).empty())
    return invalid("kind_code", "network.kind.unknown", {{"value", in.kind_code}});
  if (trim(in.text_cs).empty()) return invalid("text_cs", "network.activities.text_required");
  if (auto st = check_length("text_cs", in.text_cs, kMaxText); !st) return st;
  if (auto st = check_length("text_en", in.text_en, kMaxText); !st) return st;
  if (auto st = check_length("paragraph", in.paragraph, 40); !st) return st;
  if (auto st = check_length("letter", in.letter, 10); !st) return st;
  if (auto st = check_length("source", in.source, kMaxShort * 3); !st) return st;
  const auto scope = normalise_form_scope(in.form_scope);
  for (const auto& code : split_codes(scope))
    if (!form_known(s, code)) return invalid("form_scope", "network.cards.form_unknown", {{"value", code}});
  return ok_status();
}

Activity activity_of(const ActivityInput& in, long long region_org_id) {
  Activity a;
  a.region_org_id = region_org_id;
  a.kind_code = in.kind_code;
  a.paragraph = trim(in.paragraph);
  a.form_scope = normalise_form_scope(in.form_scope);
  a.letter = trim(in.letter);
  a.text_cs = trim(in.text_cs);
  a.text_en = trim(in.text_en);
  a.source = trim(in.source);
  a.verified = in.verified;
  a.position = in.position;
  a.active = in.active;
  return a;
}

}  // namespace

std::vector<Activity> in_session::activities(soci::session& s, const RegionRef& region, const std::string& kind_code) {
  return repo::activities(s, region.org_id, kind_code);
}

std::optional<std::vector<long long>> in_session::card_versions(soci::session& s, const RegionRef& region,
                                                                const std::string& kind_code,
                                                                const std::string& form_code) {
  auto card = repo::card_by_kind(s, region.org_id, kind_code, form_code);
  if (!card) return std::nullopt;
  std::vector<long long> out;
  for (const auto& v : repo::versions(s, card->id)) out.push_back(v.id);
  return out;
}

Result<Activity> in_session::create_activity(soci::session& s, const accounts::Caller& caller, const RegionRef& region,
                                             const ActivityInput& in) {
  if (!manages_region(caller, region)) return forbidden("network.cards.manage_forbidden");
  if (auto st = check_activity_input(s, in); !st) return st.error();
  Activity a = activity_of(in, region.org_id);
  a.id = repo::insert_activity(s, a, now_epoch());
  record(s, caller, "network.activity.create", "nw_activity", a.id, region.org_id, a.kind_code);
  return a;
}

Result<Activity> create_activity(kvalis::store::Database& db, const accounts::Caller& caller,
                                 const std::string& region_code, const ActivityInput& in) {
  return db.write([&](soci::session& s) -> Result<Activity> {
    auto region = region_of(s, caller, region_code);
    if (!region) return region.error();
    return in_session::create_activity(s, caller, *region, in);
  });
}

Result<Activity> update_activity(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                 const ActivityInput& in) {
  return db.write([&](soci::session& s) -> Result<Activity> {
    auto current = repo::activity(s, id);
    if (!current) return not_found("network.not_found");
    if (current->national()) {
      if (!caller.principal.platform_admin) {
        auto region = region_of(s, caller);
        if (!region || !manages_region(caller, *region)) return forbidden("network.cards.manage_forbidden");
      }
      return conflict("id", "network.activities.national");
    }
    auto region = common::region_by_id(s, current->region_org_id);
    if (!region) return not_found("network.not_found");
    if (!manages_region(caller, *region)) {
      if (!region_staff(caller, *region)) return not_found("network.not_found");
      return forbidden("network.cards.manage_forbidden");
    }
    if (auto st = check_activity_input(s, in); !st) return st.error();
    Activity a = activity_of(in, region->org_id);
    a.id = id;
    repo::update_activity(s, a);
    record(s, caller, "network.activity.update", "nw_activity", a.id, region->org_id, a.kind_code);
    return a;
  });
}

// ---- Access to cards ----

CardAccess card_access(soci::session& s, const accounts::Caller& caller, const repo::CardRow& card,
                       const repo::VersionRow* version) {
  CardAccess a;
  a.region = common::region_by_id(s, card.region_org_id).value_or(RegionRef{card.region_org_id, "", ""});
  a.manager = manages_region(caller, a.region);
  a.staff = region_staff(caller, a.region);
  if (version) {
    const auto recipients = repo::recipients(s, version->id);
    for (const auto& m : caller.principal.memberships) {
      if (std::find(recipients.begin(), recipients.end(), m.organisation_id) == recipients.end()) continue;
      if (m.role == accounts::Role::evaluator) continue;  // an evaluator reads published cards only
      a.recipient = true;
      const bool responds =
          m.role == accounts::Role::admin || m.role == accounts::Role::manager || m.role == accounts::Role::worker;
      if (responds && !a.responding_org) a.responding_org = m.organisation_id;
    }
  }
  return a;
}

CardActor actor_of(const CardAccess& a) {
  if (a.manager) return CardActor::region_manager;
  if (a.staff) return CardActor::region_reader;
  if (a.responding_org) return CardActor::recipient_provider;
  if (a.recipient) return CardActor::recipient_reader;
  return CardActor::other;
}

bool version_visible(const CardAccess& a, const repo::VersionRow& v) {
  if (a.staff) return true;
  if (v.status == "published" || v.status == "superseded") return true;
  return a.recipient && v.status != "draft";
}

std::vector<long long> caller_org_ids(const accounts::Caller& caller) {
  std::vector<long long> out;
  for (const auto& m : caller.principal.memberships)
    if (std::find(out.begin(), out.end(), m.organisation_id) == out.end()) out.push_back(m.organisation_id);
  return out;
}

std::string today_text() { return format_date(now_epoch()); }

// ---- Cards and versions ----

namespace {

std::optional<CardSummary> summary_of(soci::session& s, const accounts::Caller& caller, const repo::CardRow& card,
                                      const std::string& today) {
  const auto versions = repo::versions(s, card.id);
  if (versions.empty()) return std::nullopt;
  CardSummary c;
  c.id = card.id;
  c.region_org_id = card.region_org_id;
  c.kind_code = card.kind_code;
  c.kind_name = common::kind_name(s, card.kind_code);
  c.form_code = card.form_code;
  const repo::VersionRow* latest = nullptr;
  CardAccess access;
  for (const auto& v : versions) {
    access = card_access(s, caller, card, &v);
    if (version_visible(access, v)) latest = &v;
    if (v.status == "published") c.published = brief_of(s, v, comment_orgs(caller, access));
  }
  if (!latest) return std::nullopt;
  access = card_access(s, caller, card, latest);
  c.latest = brief_of(s, *latest, comment_orgs(caller, access));
  c.can_manage = access.manager;
  c.can_comment = card_action_allowed(parse_card_status(latest->status).value_or(CardStatus::draft),
                                      CardAction::comment, actor_of(access), facts_of(s, *latest, versions, today))
                      .ok();
  return c;
}

VersionDetail detail_of(soci::session& s, const accounts::Caller& caller, const repo::CardRow& card,
                        const repo::VersionRow& v) {
  const auto all = repo::versions(s, card.id);
  const auto access = card_access(s, caller, card, &v);
  VersionDetail d;
  d.version_id = v.id;
  d.card_id = card.id;
  d.region_org_id = card.region_org_id;
  d.region_name = access.region.name;
  d.version_no = v.version_no;
  d.kind_code = card.kind_code;
  d.kind_name = common::kind_name(s, card.kind_code);
  d.kind_name_en = common::kind_name_en(s, card.kind_code);
  d.form_code = card.form_code;
  d.status = v.status;
  d.texts = v.texts;
  d.comments_until = v.comments_until;
  d.change_note = v.change_note;
  d.sent_at = v.sent_at;
  d.finalised_at = v.finalised_at;
  d.published_at = v.published_at;
  d.needs = repo::version_needs(s, v.id);
  const auto facts = facts_of(s, v, all, today_text());
  for (auto action :
       allowed_card_actions(parse_card_status(v.status).value_or(CardStatus::draft), actor_of(access), facts))
    d.allowed.emplace_back(to_string(action));
  d.recipients = static_cast<int>(repo::recipients(s, v.id).size());
  const auto count = repo::count_comments(s, v.id, comment_orgs(caller, access));
  d.comments_total = count.total;
  d.comments_open = count.open;
  return d;
}

struct Loaded {
  repo::CardRow card;
  repo::VersionRow version;
  CardAccess access;
};

// The version with the caller's access; not found when it does not exist or the caller may not see it.
Result<Loaded> load_version(soci::session& s, const accounts::Caller& caller, long long version_id) {
  auto v = repo::version(s, version_id);
  if (!v) return not_found("network.not_found");
  auto c = repo::card(s, v->card_id);
  if (!c) return not_found("network.not_found");
  auto access = card_access(s, caller, *c, &*v);
  if (!version_visible(access, *v)) return not_found("network.not_found");
  return Loaded{*c, *v, access};
}

Status decide(soci::session& s, const Loaded& l, CardAction action, const std::string& today) {
  const auto all = repo::versions(s, l.card.id);
  const auto facts = facts_of(s, l.version, all, today);
  auto st = card_action_allowed(parse_card_status(l.version.status).value_or(CardStatus::draft), action,
                                actor_of(l.access), facts);
  if (!st) {
    Error e = st.error();
    if (e.message_key == "network.cards.comments_open")
      e.params.push_back({"count", std::to_string(facts.open_comments)});
    if (e.message_key == "network.comments.deadline_passed")
      e.params.push_back({"date", czech_date(l.version.comments_until)});
    return e;
  }
  return ok_status();
}

}  // namespace

Result<std::vector<CardSummary>> list_cards(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const std::string& region_code) {
  return db.read([&](soci::session& s) -> Result<std::vector<CardSummary>> {
    auto region = reading_region(s, caller, region_code);
    if (!region) return region.error();
    const auto today = today_text();
    std::vector<CardSummary> out;
    for (const auto& card : repo::cards(s, region->org_id))
      if (auto c = summary_of(s, caller, card, today)) out.push_back(std::move(*c));
    return out;
  });
}

namespace {

CardDetail card_detail(soci::session& s, const accounts::Caller& caller, const repo::CardRow& card) {
  CardDetail d;
  d.card = summary_of(s, caller, card, today_text()).value_or(CardSummary{});
  for (const auto& v : repo::versions(s, card.id)) {
    const auto access = card_access(s, caller, card, &v);
    if (version_visible(access, v)) d.versions.push_back(brief_of(s, v, comment_orgs(caller, access)));
  }
  return d;
}

}  // namespace

Result<CardDetail> in_session::create_card(soci::session& s, const accounts::Caller& caller, const RegionRef& region,
                                           const std::string& kind_code, const std::string& form_code) {
  if (!manages_region(caller, region)) return forbidden("network.cards.manage_forbidden");
  const auto kind = common::kind_name(s, kind_code);
  if (kind.empty()) return invalid("kind_code", "network.kind.unknown", {{"value", kind_code}});
  if (!form_known(s, form_code)) return invalid("form_code", "network.cards.form_unknown", {{"value", form_code}});
  if (repo::card_by_kind(s, region.org_id, kind_code, form_code)) return invalid("kind_code", "network.cards.exists");
  need_areas(s, region.org_id);  // the region's list exists before the first card
  const long long now = now_epoch();
  repo::CardRow card{0, region.org_id, kind_code, form_code, caller.principal.user_id, now};
  card.id = repo::insert_card(s, card);
  repo::VersionRow v;
  v.card_id = card.id;
  v.version_no = 1;
  v.status = "draft";
  v.texts.title = kind;
  v.created_by = caller.principal.user_id;
  v.created_at = now;
  v.updated_at = now;
  v.id = repo::insert_version(s, v);
  record(s, caller, "network.card.create", "nw_card", card.id, region.org_id, kind_code);
  return card_detail(s, caller, card);
}

Result<CardDetail> create_card(kvalis::store::Database& db, const accounts::Caller& caller,
                               const std::string& region_code, const std::string& kind_code,
                               const std::string& form_code) {
  return db.write([&](soci::session& s) -> Result<CardDetail> {
    auto region = region_of(s, caller, region_code);
    if (!region) return region.error();
    return in_session::create_card(s, caller, *region, kind_code, form_code);
  });
}

Result<CardDetail> get_card(kvalis::store::Database& db, const accounts::Caller& caller, long long card_id) {
  return db.read([&](soci::session& s) -> Result<CardDetail> {
    auto card = repo::card(s, card_id);
    if (!card) return not_found("network.not_found");
    auto d = card_detail(s, caller, *card);
    if (d.versions.empty()) return not_found("network.not_found");
    return d;
  });
}

Result<VersionDetail> get_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id) {
  return db.read([&](soci::session& s) -> Result<VersionDetail> {
    auto l = load_version(s, caller, version_id);
    if (!l) return l.error();
    return detail_of(s, caller, l->card, l->version);
  });
}

Result<VersionDetail> in_session::update_version(soci::session& s, const accounts::Caller& caller, long long version_id,
                                                 const VersionInput& in) {
  auto l = load_version(s, caller, version_id);
  if (!l) return l.error();
  if (auto st = decide(s, *l, CardAction::edit, today_text()); !st) return st.error();
  const std::array<std::pair<const char*, const std::string*>, 9> texts{{
      {"title", &in.texts.title},
      {"summary", &in.texts.summary},
      {"user_expect", &in.texts.user_expect},
      {"user_not_expect", &in.texts.user_not_expect},
      {"public_expect", &in.texts.public_expect},
      {"public_not_expect", &in.texts.public_not_expect},
      {"partners_expect", &in.texts.partners_expect},
      {"partners_not_expect", &in.texts.partners_not_expect},
      {"change_note", &in.change_note},
  }};
  for (const auto& [field, value] : texts)
    if (auto st = check_length(field, *value, std::string(field) == "title" ? kMaxShort : kMaxText); !st)
      return st.error();
  const auto areas = need_areas(s, l->card.region_org_id, false);
  std::map<long long, Activity> kind_activities;
  for (const auto& a : repo::activities(s, l->card.region_org_id, l->card.kind_code))
    if (a.active) kind_activities[a.id] = a;
  std::vector<CardNeed> needs;
  std::set<long long> seen;
  for (std::size_t i = 0; i < in.needs.size(); ++i) {
    const auto& n = in.needs[i];
    const std::string field = "needs[" + std::to_string(i) + "]";
    auto area = std::find_if(areas.begin(), areas.end(), [&](const NeedArea& a) { return a.id == n.need_area_id; });
    if (area == areas.end())
      return invalid(field + ".need_area_id", "network.cards.need_unknown",
                     {{"value", std::to_string(n.need_area_id)}});
    if (!seen.insert(n.need_area_id).second) return invalid(field + ".need_area_id", "network.cards.need_twice");
    if (auto st = check_length(field + ".description", n.description, kMaxText); !st) return st.error();
    if (auto st = check_length(field + ".answer", n.answer, kMaxText); !st) return st.error();
    CardNeed need;
    need.need_area_id = n.need_area_id;
    need.description = n.description;
    need.answer = n.answer;
    std::set<long long> acts;
    for (long long id : n.activity_ids) {
      auto it = kind_activities.find(id);
      if (it == kind_activities.end())
        return invalid(field + ".activity_ids", "network.cards.activity_unknown", {{"value", std::to_string(id)}});
      if (acts.insert(id).second) need.activities.push_back(it->second);
    }
    needs.push_back(std::move(need));
  }
  repo::VersionRow v = l->version;
  v.texts = in.texts;
  v.texts.title = trim(in.texts.title);
  if (v.texts.title.empty()) v.texts.title = common::kind_name(s, l->card.kind_code);
  v.change_note = in.change_note;
  v.updated_at = now_epoch();
  repo::update_version_content(s, v);
  repo::replace_version_needs(s, v.id, needs);
  record(s, caller, "network.card_version.update", "nw_card_version", v.id, l->card.region_org_id);
  return detail_of(s, caller, l->card, v);
}

Result<VersionDetail> update_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                     const VersionInput& in) {
  return db.write([&](soci::session& s) { return in_session::update_version(s, caller, version_id, in); });
}

Result<VersionDetail> in_session::send_version(soci::session& s, const accounts::Caller& caller, long long version_id,
                                               const std::string& comments_until, const std::string& today) {
  auto l = load_version(s, caller, version_id);
  if (!l) return l.error();
  if (auto st = decide(s, *l, CardAction::send, today); !st) return st.error();
  if (!is_valid_date(comments_until)) return invalid("comments_until", "network.cards.date_invalid");
  if (comments_until < today) return invalid("comments_until", "network.cards.date_past");
  if (repo::version_needs(s, version_id).empty()) return invalid("needs", "network.cards.no_needs");
  const auto providers = repo::providers_of_kind(s, l->access.region.region_code, l->card.kind_code, l->card.form_code);
  if (providers.empty()) return conflict("kind_code", "network.cards.no_recipients");
  std::vector<long long> ids;
  for (const auto& p : providers) ids.push_back(p.id);
  repo::add_recipients(s, version_id, ids);
  repo::set_version_sent(s, version_id, comments_until, now_epoch(), caller.principal.user_id);
  record(s, caller, "network.card_version.send", "nw_card_version", version_id, l->card.region_org_id,
         "recipients=" + std::to_string(ids.size()) + ";until=" + comments_until);
  return detail_of(s, caller, l->card, *repo::version(s, version_id));
}

Result<VersionDetail> send_version(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                   const std::string& comments_until) {
  return db.write(
      [&](soci::session& s) { return in_session::send_version(s, caller, version_id, comments_until, today_text()); });
}

Result<VersionDetail> in_session::finalise_version(soci::session& s, const accounts::Caller& caller,
                                                   long long version_id) {
  auto l = load_version(s, caller, version_id);
  if (!l) return l.error();
  if (auto st = decide(s, *l, CardAction::finalise, today_text()); !st) return st.error();
  repo::set_version_status(s, version_id, "final", now_epoch(), caller.principal.user_id);
  record(s, caller, "network.card_version.finalise", "nw_card_version", version_id, l->card.region_org_id);
  return detail_of(s, caller, l->card, *repo::version(s, version_id));
}

Result<VersionDetail> finalise_version(kvalis::store::Database& db, const accounts::Caller& caller,
                                       long long version_id) {
  return db.write([&](soci::session& s) { return in_session::finalise_version(s, caller, version_id); });
}

Result<VersionDetail> in_session::publish_version(soci::session& s, const accounts::Caller& caller,
                                                  long long version_id) {
  auto l = load_version(s, caller, version_id);
  if (!l) return l.error();
  if (auto st = decide(s, *l, CardAction::publish, today_text()); !st) return st.error();
  const long long now = now_epoch();
  for (const auto& other : repo::versions(s, l->card.id))
    if (other.status == "published" && other.id != version_id)
      repo::set_version_status(s, other.id, "superseded", now, caller.principal.user_id);
  repo::set_version_status(s, version_id, "published", now, caller.principal.user_id);
  record(s, caller, "network.card_version.publish", "nw_card_version", version_id, l->card.region_org_id,
         l->card.kind_code + " v" + std::to_string(l->version.version_no));
  return detail_of(s, caller, l->card, *repo::version(s, version_id));
}

Result<VersionDetail> publish_version(kvalis::store::Database& db, const accounts::Caller& caller,
                                      long long version_id) {
  return db.write([&](soci::session& s) { return in_session::publish_version(s, caller, version_id); });
}

Result<VersionDetail> in_session::new_version(soci::session& s, const accounts::Caller& caller, long long card_id) {
  auto card = repo::card(s, card_id);
  if (!card) return not_found("network.not_found");
  const auto all = repo::versions(s, card_id);
  if (all.empty()) return not_found("network.not_found");
  auto l = load_version(s, caller, all.back().id);
  if (!l) return not_found("network.not_found");
  if (auto st = decide(s, *l, CardAction::new_version, today_text()); !st) return st.error();
  const long long now = now_epoch();
  repo::VersionRow v;
  v.card_id = card_id;
  v.version_no = all.back().version_no + 1;
  v.status = "draft";
  v.texts = all.back().texts;
  v.created_by = caller.principal.user_id;
  v.created_at = now;
  v.updated_at = now;
  v.id = repo::insert_version(s, v);
  repo::replace_version_needs(s, v.id, repo::version_needs(s, all.back().id));
  record(s, caller, "network.card_version.create", "nw_card_version", v.id, card->region_org_id,
         "v" + std::to_string(v.version_no));
  return detail_of(s, caller, *card, v);
}

Result<VersionDetail> new_version(kvalis::store::Database& db, const accounts::Caller& caller, long long card_id) {
  return db.write([&](soci::session& s) { return in_session::new_version(s, caller, card_id); });
}

Result<Comparison> compare_versions(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                    std::optional<long long> with_id) {
  return db.read([&](soci::session& s) -> Result<Comparison> {
    auto l = load_version(s, caller, version_id);
    if (!l) return l.error();
    std::optional<Loaded> other;
    if (with_id) {
      auto o = load_version(s, caller, *with_id);
      if (!o) return o.error();
      if (o->card.id != l->card.id) return invalid("with", "network.cards.compare_other_card");
      other = *o;
    } else {
      // The previous version the caller sees.
      for (const auto& v : repo::versions(s, l->card.id)) {
        if (v.version_no >= l->version.version_no) break;
        if (version_visible(card_access(s, caller, l->card, &v), v)) other = Loaded{l->card, v, l->access};
      }
      if (!other) return conflict("with", "network.cards.no_previous");
    }
    // "before" is the older version.
    const bool this_newer = l->version.version_no >= other->version.version_no;
    const auto& older = this_newer ? other->version : l->version;
    const auto& newer = this_newer ? l->version : other->version;
    CardContent before{older.texts, repo::version_needs(s, older.id)};
    CardContent after{newer.texts, repo::version_needs(s, newer.id)};
    Comparison c;
    c.version_id = newer.id;
    c.version_no = newer.version_no;
    c.with_id = older.id;
    c.with_no = older.version_no;
    c.parts = compare_cards(before, after);
    return c;
  });
}

// ---- Comments ----

namespace {

CommentView view_of(soci::session& s, const accounts::Caller& caller, const repo::CommentRow& c, const Loaded& l,
                    const std::vector<NeedArea>& areas, const std::string& today) {
  CommentView v;
  v.id = c.id;
  v.version_id = c.version_id;
  v.card_id = l.card.id;
  v.version_no = l.version.version_no;
  v.kind_code = l.card.kind_code;
  v.kind_name = common::kind_name(s, l.card.kind_code);
  v.part = c.part;
  v.part_label = card_part_label(c.part, areas);
  v.part_label_en = card_part_label(c.part, areas, true);
  v.text = c.text;
  v.author_org_name = c.author_org_name;
  v.author_name = c.author_name;
  v.status = c.status;
  v.answer = c.answer;
  v.answered_at = c.answered_at;
  v.created_at = c.created_at;
  const auto orgs = caller_org_ids(caller);
  v.mine = std::find(orgs.begin(), orgs.end(), c.author_org_id) != orgs.end();
  const bool in_comments = l.version.status == "comments";
  v.can_edit = v.mine && c.status == "open" && in_comments && l.access.responding_org != 0 &&
               !l.version.comments_until.empty() && today <= l.version.comments_until;
  v.can_answer = l.access.manager && in_comments;
  return v;
}

std::vector<std::string> need_codes_of(soci::session& s, long long version_id) {
  std::vector<std::string> out;
  for (const auto& n : repo::version_needs(s, version_id)) out.push_back(n.code);
  return out;
}

}  // namespace

Result<std::vector<CommentView>> list_comments(kvalis::store::Database& db, const accounts::Caller& caller,
                                               long long version_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<CommentView>> {
    auto l = load_version(s, caller, version_id);
    if (!l) return l.error();
    const auto areas = need_areas(s, l->card.region_org_id, false);
    const auto today = today_text();
    std::vector<CommentView> out;
    if (l->access.staff) {
      for (const auto& c : repo::comments(s, version_id, std::nullopt))
        out.push_back(view_of(s, caller, c, *l, areas, today));
      return out;
    }
    // A provider sees its own organisation's comments only.
    for (long long org : caller_org_ids(caller))
      for (const auto& c : repo::comments(s, version_id, org)) out.push_back(view_of(s, caller, c, *l, areas, today));
    std::sort(out.begin(), out.end(), [](const CommentView& a, const CommentView& b) { return a.id < b.id; });
    return out;
  });
}

Result<CommentView> in_session::add_comment(soci::session& s, const accounts::Caller& caller, long long version_id,
                                            const CommentInput& in, const std::string& today) {
  auto l = load_version(s, caller, version_id);
  if (!l) return l.error();
  if (auto st = decide(s, *l, CardAction::comment, today); !st) return st.error();
  if (auto st = check_comment_part(in.part, need_codes_of(s, version_id)); !st) return st.error();
  if (auto st = check_comment_text(in.text); !st) return st.error();
  repo::CommentRow c;
  c.version_id = version_id;
  c.part = in.part;
  c.author_user_id = caller.principal.user_id;
  c.author_org_id = l->access.responding_org;
  c.text = in.text;
  c.created_at = now_epoch();
  c.id = repo::insert_comment(s, c);
  record(s, caller, "network.comment.create", "nw_card_comment", c.id, c.author_org_id, in.part);
  return view_of(s, caller, *repo::comment(s, c.id), *l, need_areas(s, l->card.region_org_id, false), today);
}

Result<CommentView> add_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long version_id,
                                const CommentInput& in) {
  return db.write([&](soci::session& s) { return in_session::add_comment(s, caller, version_id, in, today_text()); });
}

Result<CommentView> edit_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long comment_id,
                                 const CommentInput& in) {
  return db.write([&](soci::session& s) -> Result<CommentView> {
    auto c = repo::comment(s, comment_id);
    if (!c) return not_found("network.not_found");
    auto l = load_version(s, caller, c->version_id);
    if (!l) return not_found("network.not_found");
    const auto orgs = caller_org_ids(caller);
    const bool own_org = std::find(orgs.begin(), orgs.end(), c->author_org_id) != orgs.end();
    if (!own_org) {
      if (!l->access.staff) return not_found("network.not_found");
      return forbidden("network.comments.not_author");
    }
    if (c->status != "open") return conflict("status", "network.comments.answered");
    const auto today = today_text();
    if (auto st = decide(s, *l, CardAction::comment, today); !st) return st.error();
    if (l->access.responding_org != c->author_org_id &&
        !accounts::member_of(caller.principal, c->author_org_id,
                             {accounts::Role::admin, accounts::Role::manager, accounts::Role::worker}))
      return forbidden("network.comments.no_right");
    if (auto st = check_comment_part(in.part, need_codes_of(s, c->version_id)); !st) return st.error();
    if (auto st = check_comment_text(in.text); !st) return st.error();
    repo::update_comment_text(s, comment_id, in.part, in.text);
    record(s, caller, "network.comment.update", "nw_card_comment", comment_id, c->author_org_id, in.part);
    return view_of(s, caller, *repo::comment(s, comment_id), *l, need_areas(s, l->card.region_org_id, false), today);
  });
}

Result<CommentView> in_session::answer_comment(soci::session& s, const accounts::Caller& caller, long long comment_id,
                                               const AnswerInput& in) {
  auto c = repo::comment(s, comment_id);
  if (!c) return not_found("network.not_found");
  auto l = load_version(s, caller, c->version_id);
  if (!l) return not_found("network.not_found");
  // Someone outside the region who is not the author does not learn the comment exists.
  const auto orgs = caller_org_ids(caller);
  if (!l->access.staff && std::find(orgs.begin(), orgs.end(), c->author_org_id) == orgs.end())
    return not_found("network.not_found");
  if (auto st = decide(s, *l, CardAction::answer, today_text()); !st) return st.error();
  if (auto st = check_comment_answer(in.status, in.answer); !st) return st.error();
  repo::answer_comment(s, comment_id, in.status, trim(in.answer), caller.principal.user_id, now_epoch());
  record(s, caller, "network.comment.answer", "nw_card_comment", comment_id, l->card.region_org_id, in.status);
  return view_of(s, caller, *repo::comment(s, comment_id), *l, need_areas(s, l->card.region_org_id, false),
                 today_text());
}

Result<CommentView> answer_comment(kvalis::store::Database& db, const accounts::Caller& caller, long long comment_id,
                                   const AnswerInput& in) {
  return db.write([&](soci::session& s) { return in_session::answer_comment(s, caller, comment_id, in); });
}

std::vector<CommentView> my_comments(kvalis::store::Database& db, const accounts::Caller& caller) {
  return db.read([&](soci::session& s) {
    std::vector<CommentView> out;
    const auto today = today_text();
    std::map<long long, std::vector<NeedArea>> areas;
    for (const auto& c : repo::comments_of_orgs(s, caller_org_ids(caller))) {
      auto l = load_version(s, caller, c.version_id);
      if (!l) continue;
      auto it = areas.find(l->card.region_org_id);
      if (it == areas.end())
        it = areas.emplace(l->card.region_org_id, repo::need_areas(s, l->card.region_org_id, false)).first;
      out.push_back(view_of(s, caller, c, *l, it->second, today));
    }
    return out;
  });
}

}  // namespace kvalis::network::app
