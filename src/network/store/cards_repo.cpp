#include "network/store/cards_repo.hpp"

#include <map>

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::cards_repo {

using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Param;
using kvalis::store::placeholders;

// ---- providers ----

std::vector<OrgName> providers_of_kind(soci::session& s, const std::string& region_code, const std::string& kind_code,
                                       const std::string& form_code) {
  Filter f;
  f.add("sv.status = 'active'").add("sv.region_code = ?", {region_code}).add("sv.kind_code = ?", {kind_code});
  if (!form_code.empty()) f.add("sv.forms LIKE ?", {"%;" + form_code + ";%"});
  std::vector<OrgName> out;
  for_each_row(s,
               "SELECT DISTINCT o.id, o.name FROM services sv JOIN organisations o ON o.id = sv.provider_id" +
                   f.where() + " ORDER BY o.name, o.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1)});
               });
  return out;
}

std::string user_name(soci::session& s, long long user_id) {
  Filter f;
  f.add("id = ?", {user_id});
  std::string out;
  for_each_row(s, "SELECT display_name FROM users" + f.where(), f, [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

// ---- need areas ----

namespace {
constexpr const char* kNeedColumns =
    "SELECT id, code, name_cs, name_en, description_cs, position, active FROM nw_need_areas";
NeedArea read_need(const soci::row& r) {
  return {as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_int(r, 5), as_ll(r, 6) != 0};
}
}  // namespace

std::vector<NeedArea> need_areas(soci::session& s, long long region_org_id, bool active_only) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  if (active_only) f.add("active = 1");
  std::vector<NeedArea> out;
  for_each_row(s, kNeedColumns + f.where() + " ORDER BY position, id", f,
               [&](const soci::row& r) { out.push_back(read_need(r)); });
  return out;
}

std::optional<NeedArea> need_area(soci::session& s, long long region_org_id, long long id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("id = ?", {id});
  std::optional<NeedArea> out;
  for_each_row(s, kNeedColumns + f.where(), f, [&](const soci::row& r) { out = read_need(r); });
  return out;
}

long long insert_need_area(soci::session& s, long long region_org_id, const NeedArea& n, long long now) {
  long long id = 0;
  int active = n.active ? 1 : 0;
  s << "INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, description_cs, position, active, "
       "created_at) VALUES (:r, :c, :n, :ne, :d, :p, :a, :t) RETURNING id",
      soci::use(region_org_id), soci::use(n.code), soci::use(n.name_cs), soci::use(n.name_en),
      soci::use(n.description_cs), soci::use(n.position), soci::use(active), soci::use(now), soci::into(id);
  return id;
}

void update_need_area(soci::session& s, const NeedArea& n) {
  int active = n.active ? 1 : 0;
  s << "UPDATE nw_need_areas SET code = :c, name_cs = :n, name_en = :ne, description_cs = :d, position = :p, "
       "active = :a WHERE id = :id",
      soci::use(n.code), soci::use(n.name_cs), soci::use(n.name_en), soci::use(n.description_cs), soci::use(n.position),
      soci::use(active), soci::use(n.id);
}

bool need_area_used(soci::session& s, long long id) {
  Filter f;
  f.add("need_area_id = ?", {id});
  long long n = kvalis::store::count_rows(s, "SELECT COUNT(*) FROM nw_card_needs" + f.where(), f);
  if (n > 0) return true;
  Filter g;
  g.add("need_area_id = ?", {id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM nw_coverage_answers" + g.where(), g) > 0;
}

bool need_code_taken(soci::session& s, long long region_org_id, const std::string& code, long long except_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("code = ?", {code}).add("id <> ?", {except_id});
  return kvalis::store::count_rows(s, "SELECT COUNT(*) FROM nw_need_areas" + f.where(), f) > 0;
}

// ---- activities ----

namespace {
constexpr const char* kActivityColumns =
    "SELECT id, region_org_id, kind_code, paragraph, form_scope, letter, text_cs, text_en, source, verified, "
    "position, active FROM nw_activities";
Activity read_activity(const soci::row& r) {
  Activity a;
  a.id = as_ll(r, 0);
  a.region_org_id = as_ll(r, 1);
  a.kind_code = as_str(r, 2);
  a.paragraph = as_str(r, 3);
  a.form_scope = as_str(r, 4);
  a.letter = as_str(r, 5);
  a.text_cs = as_str(r, 6);
  a.text_en = as_str(r, 7);
  a.source = as_str(r, 8);
  a.verified = as_ll(r, 9) != 0;
  a.position = as_int(r, 10);
  a.active = as_ll(r, 11) != 0;
  return a;
}
}  // namespace

std::vector<Activity> activities(soci::session& s, long long region_org_id, const std::string& kind_code) {
  Filter f;
  f.add("(region_org_id IS NULL OR region_org_id = ?)", {region_org_id});
  if (!kind_code.empty()) f.add("kind_code = ?", {kind_code});
  std::vector<Activity> out;
  for_each_row(s,
               kActivityColumns + f.where() +
                   " ORDER BY CAST(kind_code AS INTEGER), paragraph, letter, position, "
                   "CASE WHEN region_org_id IS NULL THEN 0 ELSE 1 END, id",
               f, [&](const soci::row& r) { out.push_back(read_activity(r)); });
  return out;
}

std::optional<Activity> activity(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<Activity> out;
  for_each_row(s, kActivityColumns + f.where(), f, [&](const soci::row& r) { out = read_activity(r); });
  return out;
}

long long insert_activity(soci::session& s, const Activity& a, long long now) {
  long long id = 0;
  int verified = a.verified ? 1 : 0;
  int active = a.active ? 1 : 0;
  kvalis::store::Nullable<long long> region(a.region_org_id != 0 ? std::optional<long long>(a.region_org_id)
                                                                 : std::nullopt);
  s << "INSERT INTO nw_activities (region_org_id, kind_code, paragraph, form_scope, letter, text_cs, text_en, "
       "source, verified, position, active, created_at) VALUES (:r, :k, :p, :fs, :l, :t, :te, :src, :v, :pos, :a, "
       ":c) RETURNING id",
      soci::use(region.value, region.ind), soci::use(a.kind_code), soci::use(a.paragraph), soci::use(a.form_scope),
      soci::use(a.letter), soci::use(a.text_cs), soci::use(a.text_en), soci::use(a.source), soci::use(verified),
      soci::use(a.position), soci::use(active), soci::use(now), soci::into(id);
  return id;
}

void update_activity(soci::session& s, const Activity& a) {
  int verified = a.verified ? 1 : 0;
  int active = a.active ? 1 : 0;
  s << "UPDATE nw_activities SET kind_code = :k, paragraph = :p, form_scope = :fs, letter = :l, text_cs = :t, "
       "text_en = :te, source = :src, verified = :v, position = :pos, active = :a WHERE id = :id",
      soci::use(a.kind_code), soci::use(a.paragraph), soci::use(a.form_scope), soci::use(a.letter),
      soci::use(a.text_cs), soci::use(a.text_en), soci::use(a.source), soci::use(verified), soci::use(a.position),
      soci::use(active), soci::use(a.id);
}

std::optional<long long> national_activity_id(soci::session& s, const Activity& a) {
  Filter f;
  f.add("region_org_id IS NULL")
      .add("kind_code = ?", {a.kind_code})
      .add("paragraph = ?", {a.paragraph})
      .add("form_scope = ?", {a.form_scope})
      .add("letter = ?", {a.letter});
  std::optional<long long> out;
  for_each_row(s, "SELECT id FROM nw_activities" + f.where() + " ORDER BY id", f, [&](const soci::row& r) {
    if (!out) out = as_ll(r, 0);
  });
  return out;
}

// ---- cards and versions ----

namespace {
constexpr const char* kCardColumns =
    "SELECT id, region_org_id, kind_code, form_code, created_by, created_at FROM nw_cards";
CardRow read_card(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_ll(r, 4), as_ll(r, 5)};
}
constexpr const char* kVersionColumns =
    "SELECT v.id, v.card_id, v.version_no, v.status, v.title, v.summary, v.user_expect, v.user_not_expect, "
    "v.public_expect, v.public_not_expect, v.partners_expect, v.partners_not_expect, v.comments_until, v.sent_at, "
    "v.finalised_at, v.published_at, v.published_by, v.change_note, v.created_by, v.created_at, v.updated_at "
    "FROM nw_card_versions v";
VersionRow read_version(const soci::row& r, std::size_t o = 0) {
  VersionRow v;
  v.id = as_ll(r, o + 0);
  v.card_id = as_ll(r, o + 1);
  v.version_no = as_int(r, o + 2);
  v.status = as_str(r, o + 3);
  v.texts.title = as_str(r, o + 4);
  v.texts.summary = as_str(r, o + 5);
  v.texts.user_expect = as_str(r, o + 6);
  v.texts.user_not_expect = as_str(r, o + 7);
  v.texts.public_expect = as_str(r, o + 8);
  v.texts.public_not_expect = as_str(r, o + 9);
  v.texts.partners_expect = as_str(r, o + 10);
  v.texts.partners_not_expect = as_str(r, o + 11);
  v.comments_until = as_str(r, o + 12);
  v.sent_at = as_ll(r, o + 13);
  v.finalised_at = as_ll(r, o + 14);
  v.published_at = as_ll(r, o + 15);
  v.published_by = as_ll(r, o + 16);
  v.change_note = as_str(r, o + 17);
  v.created_by = as_ll(r, o + 18);
  v.created_at = as_ll(r, o + 19);
  v.updated_at = as_ll(r, o + 20);
  return v;
}
}  // namespace

std::vector<CardRow> cards(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  std::vector<CardRow> out;
  for_each_row(s, kCardColumns + f.where() + " ORDER BY CAST(kind_code AS INTEGER), form_code, id", f,
               [&](const soci::row& r) { out.push_back(read_card(r)); });
  return out;
}

std::optional<CardRow> card(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<CardRow> out;
  for_each_row(s, kCardColumns + f.where(), f, [&](const soci::row& r) { out = read_card(r); });
  return out;
}

std::optional<CardRow> card_by_kind(soci::session& s, long long region_org_id, const std::string& kind_code,
                                    const std::string& form_code) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("kind_code = ?", {kind_code}).add("form_code = ?", {form_code});
  std::optional<CardRow> out;
  for_each_row(s, kCardColumns + f.where(), f, [&](const soci::row& r) { out = read_card(r); });
  return out;
}

long long insert_card(soci::session& s, const CardRow& c) {
  long long id = 0;
  s << "INSERT INTO nw_cards (region_org_id, kind_code, form_code, created_by, created_at) "
       "VALUES (:r, :k, :f, :b, :t) RETURNING id",
      soci::use(c.region_org_id), soci::use(c.kind_code), soci::use(c.form_code), soci::use(c.created_by),
      soci::use(c.created_at), soci::into(id);
  return id;
}

std::vector<VersionRow> versions(soci::session& s, long long card_id) {
  Filter f;
  f.add("v.card_id = ?", {card_id});
  std::vector<VersionRow> out;
  for_each_row(s, kVersionColumns + f.where() + " ORDER BY v.version_no", f,
               [&](const soci::row& r) { out.push_back(read_version(r)); });
  return out;
}

std::optional<VersionRow> version(soci::session& s, long long id) {
  Filter f;
  f.add("v.id = ?", {id});
  std::optional<VersionRow> out;
  for_each_row(s, kVersionColumns + f.where(), f, [&](const soci::row& r) { out = read_version(r); });
  return out;
}

long long insert_version(soci::session& s, const VersionRow& v) {
  long long id = 0;
  const auto& t = v.texts;
  s << "INSERT INTO nw_card_versions (card_id, version_no, status, title, summary, user_expect, user_not_expect, "
       "public_expect, public_not_expect, partners_expect, partners_not_expect, change_note, created_by, created_at, "
       "updated_at) VALUES (:c, :n, :st, :t, :s, :ue, :une, :pe, :pne, :ae, :ane, :cn, :b, :ca, :ua) RETURNING id",
      soci::use(v.card_id), soci::use(v.version_no), soci::use(v.status), soci::use(t.title), soci::use(t.summary),
      soci::use(t.user_expect), soci::use(t.user_not_expect), soci::use(t.public_expect),
      soci::use(t.public_not_expect), soci::use(t.partners_expect), soci::use(t.partners_not_expect),
      soci::use(v.change_note), soci::use(v.created_by), soci::use(v.created_at), soci::use(v.updated_at),
      soci::into(id);
  return id;
}

void update_version_content(soci::session& s, const VersionRow& v) {
  const auto& t = v.texts;
  s << "UPDATE nw_card_versions SET title = :t, summary = :s, user_expect = :ue, user_not_expect = :une, "
       "public_expect = :pe, public_not_expect = :pne, partners_expect = :ae, partners_not_expect = :ane, "
       "change_note = :cn, updated_at = :ua WHERE id = :id",
      soci::use(t.title), soci::use(t.summary), soci::use(t.user_expect), soci::use(t.user_not_expect),
      soci::use(t.public_expect), soci::use(t.public_not_expect), soci::use(t.partners_expect),
      soci::use(t.partners_not_expect), soci::use(v.change_note), soci::use(v.updated_at), soci::use(v.id);
}

void set_version_status(soci::session& s, long long id, const std::string& status, long long now, long long user_id) {
  if (status == "final") {
    s << "UPDATE nw_card_versions SET status = :s, finalised_at = :t, updated_at = :u WHERE id = :id",
        soci::use(status), soci::use(now), soci::use(now), soci::use(id);
  } else if (status == "published") {
    s << "UPDATE nw_card_versions SET status = :s, published_at = :t, published_by = :b, updated_at = :u "
         "WHERE id = :id",
        soci::use(status), soci::use(now), soci::use(user_id), soci::use(now), soci::use(id);
  } else {
    s << "UPDATE nw_card_versions SET status = :s, updated_at = :u WHERE id = :id", soci::use(status), soci::use(now),
        soci::use(id);
  }
}

void set_version_sent(soci::session& s, long long id, const std::string& comments_until, long long now,
                      long long user_id) {
  std::string status = "comments";
  s << "UPDATE nw_card_versions SET status = :s, comments_until = :cu, sent_at = :t, sent_by = :b, updated_at = :u "
       "WHERE id = :id",
      soci::use(status), soci::use(comments_until), soci::use(now), soci::use(user_id), soci::use(now), soci::use(id);
}

std::vector<CardNeed> version_needs(soci::session& s, long long version_id) {
  Filter f;
  f.add("cn.version_id = ?", {version_id});
  std::vector<CardNeed> out;
  std::map<long long, std::size_t> by_row;  // nw_card_needs.id → index
  for_each_row(s,
               "SELECT cn.id, cn.need_area_id, na.code, na.name_cs, na.name_en, cn.description, cn.answer, "
               "cn.position FROM nw_card_needs cn JOIN nw_need_areas na ON na.id = cn.need_area_id" +
                   f.where() + " ORDER BY cn.position, cn.id",
               f, [&](const soci::row& r) {
                 CardNeed n;
                 n.need_area_id = as_ll(r, 1);
                 n.code = as_str(r, 2);
                 n.name_cs = as_str(r, 3);
                 n.name_en = as_str(r, 4);
                 n.description = as_str(r, 5);
                 n.answer = as_str(r, 6);
                 n.position = as_int(r, 7);
                 by_row[as_ll(r, 0)] = out.size();
                 out.push_back(std::move(n));
               });
  if (out.empty()) return out;
  Filter g;
  g.add("cn.version_id = ?", {version_id});
  for_each_row(s,
               "SELECT cna.card_need_id, a.id, a.region_org_id, a.kind_code, a.paragraph, a.form_scope, a.letter, "
               "a.text_cs, a.text_en, a.source, a.verified, a.position, a.active FROM nw_card_need_activities cna "
               "JOIN nw_card_needs cn ON cn.id = cna.card_need_id JOIN nw_activities a ON a.id = cna.activity_id" +
                   g.where() + " ORDER BY a.paragraph, a.letter, a.position, a.id",
               g, [&](const soci::row& r) {
                 auto it = by_row.find(as_ll(r, 0));
                 if (it == by_row.end()) return;
                 Activity a;
                 a.id = as_ll(r, 1);
                 a.region_org_id = as_ll(r, 2);
                 a.kind_code = as_str(r, 3);
                 a.paragraph = as_str(r, 4);
                 a.form_scope = as_str(r, 5);
                 a.letter = as_str(r, 6);
                 a.text_cs = as_str(r, 7);
                 a.text_en = as_str(r, 8);
                 a.source = as_str(r, 9);
                 a.verified = as_ll(r, 10) != 0;
                 a.position = as_int(r, 11);
                 a.active = as_ll(r, 12) != 0;
                 out[it->second].activities.push_back(std::move(a));
               });
  return out;
}

void replace_version_needs(soci::session& s, long long version_id, const std::vector<CardNeed>& needs) {
  // The activity links go with their need rows (ON DELETE CASCADE is not relied on: SQLite needs the pragma).
  s << "DELETE FROM nw_card_need_activities WHERE card_need_id IN (SELECT id FROM nw_card_needs WHERE version_id = "
       ":v)",
      soci::use(version_id);
  s << "DELETE FROM nw_card_needs WHERE version_id = :v", soci::use(version_id);
  int position = 0;
  for (const auto& n : needs) {
    long long id = 0;
    ++position;
    s << "INSERT INTO nw_card_needs (version_id, need_area_id, description, answer, position) "
         "VALUES (:v, :n, :d, :a, :p) RETURNING id",
        soci::use(version_id), soci::use(n.need_area_id), soci::use(n.description), soci::use(n.answer),
        soci::use(position), soci::into(id);
    for (const auto& a : n.activities)
      s << "INSERT INTO nw_card_need_activities (card_need_id, activity_id) VALUES (:n, :a)", soci::use(id),
          soci::use(a.id);
  }
}

std::vector<PublishedRow> latest_published(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("c.region_org_id = ?", {region_org_id}).add("v.status = 'published'");
  std::vector<PublishedRow> out;
  for_each_row(s,
               "SELECT c.id, c.region_org_id, c.kind_code, c.form_code, c.created_by, c.created_at, " +
                   std::string(kVersionColumns).substr(7) + " JOIN nw_cards c ON c.id = v.card_id" + f.where() +
                   " ORDER BY CAST(c.kind_code AS INTEGER), c.form_code, c.id",
               f, [&](const soci::row& r) {
                 out.push_back({read_card(r), read_version(r, 6)});
               });
  return out;
}

// ---- recipients ----

void add_recipients(soci::session& s, long long version_id, const std::vector<long long>& org_ids) {
  const auto existing = recipients(s, version_id);
  for (long long org : org_ids) {
    bool present = false;
    for (long long e : existing) present = present || e == org;
    if (present) continue;
    s << "INSERT INTO nw_card_recipients (version_id, org_id) VALUES (:v, :o)", soci::use(version_id), soci::use(org);
  }
}

std::vector<long long> recipients(soci::session& s, long long version_id) {
  Filter f;
  f.add("version_id = ?", {version_id});
  std::vector<long long> out;
  for_each_row(s, "SELECT org_id FROM nw_card_recipients" + f.where() + " ORDER BY org_id", f,
               [&](const soci::row& r) { out.push_back(as_ll(r, 0)); });
  return out;
}

// ---- comments ----

namespace {
constexpr const char* kCommentColumns =
    "SELECT cm.id, cm.version_id, cm.part, cm.author_user_id, cm.author_org_id, cm.text, cm.status, cm.answer, "
    "cm.answered_by, cm.answered_at, cm.created_at, o.name, u.display_name FROM nw_card_comments cm "
    "JOIN organisations o ON o.id = cm.author_org_id JOIN users u ON u.id = cm.author_user_id";
CommentRow read_comment(const soci::row& r) {
  CommentRow c;
  c.id = as_ll(r, 0);
  c.version_id = as_ll(r, 1);
  c.part = as_str(r, 2);
  c.author_user_id = as_ll(r, 3);
  c.author_org_id = as_ll(r, 4);
  c.text = as_str(r, 5);
  c.status = as_str(r, 6);
  c.answer = as_str(r, 7);
  c.answered_by = as_ll(r, 8);
  c.answered_at = as_ll(r, 9);
  c.created_at = as_ll(r, 10);
  c.author_org_name = as_str(r, 11);
  c.author_name = as_str(r, 12);
  return c;
}
}  // namespace

std::vector<CommentRow> comments(soci::session& s, long long version_id, std::optional<long long> author_org_id) {
  Filter f;
  f.add("cm.version_id = ?", {version_id});
  if (author_org_id) f.add("cm.author_org_id = ?", {*author_org_id});
  std::vector<CommentRow> out;
  for_each_row(s, kCommentColumns + f.where() + " ORDER BY cm.id", f,
               [&](const soci::row& r) { out.push_back(read_comment(r)); });
  return out;
}

std::vector<CommentRow> comments_of_orgs(soci::session& s, const std::vector<long long>& org_ids) {
  std::vector<CommentRow> out;
  if (org_ids.empty()) return out;
  Filter f;
  std::vector<Param> ids(org_ids.begin(), org_ids.end());
  f.add_any("cm.author_org_id = ?", ids);
  for_each_row(s, kCommentColumns + f.where() + " ORDER BY cm.id DESC", f,
               [&](const soci::row& r) { out.push_back(read_comment(r)); });
  return out;
}

std::optional<CommentRow> comment(soci::session& s, long long id) {
  Filter f;
  f.add("cm.id = ?", {id});
  std::optional<CommentRow> out;
  for_each_row(s, kCommentColumns + f.where(), f, [&](const soci::row& r) { out = read_comment(r); });
  return out;
}

CommentCount count_comments(soci::session& s, long long version_id,
                            const std::optional<std::vector<long long>>& author_orgs) {
  Filter f;
  f.add("version_id = ?", {version_id});
  CommentCount c;
  if (author_orgs) {
    if (author_orgs->empty()) return c;
    f.add_any("author_org_id = ?", std::vector<Param>(author_orgs->begin(), author_orgs->end()));
  }
  for_each_row(s, "SELECT status, COUNT(*) FROM nw_card_comments" + f.where() + " GROUP BY status", f,
               [&](const soci::row& r) {
                 const int n = as_int(r, 1);
                 c.total += n;
                 if (as_str(r, 0) == "open") c.open += n;
               });
  return c;
}

long long insert_comment(soci::session& s, const CommentRow& c) {
  long long id = 0;
  s << "INSERT INTO nw_card_comments (version_id, part, author_user_id, author_org_id, text, status, created_at) "
       "VALUES (:v, :p, :u, :o, :t, 'open', :c) RETURNING id",
      soci::use(c.version_id), soci::use(c.part), soci::use(c.author_user_id), soci::use(c.author_org_id),
      soci::use(c.text), soci::use(c.created_at), soci::into(id);
  return id;
}

void update_comment_text(soci::session& s, long long id, const std::string& part, const std::string& text) {
  s << "UPDATE nw_card_comments SET part = :p, text = :t WHERE id = :id", soci::use(part), soci::use(text),
      soci::use(id);
}

void answer_comment(soci::session& s, long long id, const std::string& status, const std::string& answer,
                    long long user_id, long long now) {
  s << "UPDATE nw_card_comments SET status = :s, answer = :a, answered_by = :b, answered_at = :t WHERE id = :id",
      soci::use(status), soci::use(answer), soci::use(user_id), soci::use(now), soci::use(id);
}

// ---- meetings ----

namespace {
constexpr const char* kMeetingColumns =
    "SELECT m.id, m.region_org_id, m.kind_code, m.card_version_id, m.title, m.held_on, m.starts_at, m.place, "
    "m.status, m.minutes, m.created_by, m.created_at, m.updated_at, "
    "(SELECT COUNT(*) FROM nw_kind_meeting_invitations i WHERE i.meeting_id = m.id), "
    "(SELECT COUNT(*) FROM nw_kind_meeting_invitations i WHERE i.meeting_id = m.id AND i.attended = 1) "
    "FROM nw_kind_meetings m";
MeetingRow read_meeting(const soci::row& r) {
  MeetingRow m;
  m.id = as_ll(r, 0);
  m.region_org_id = as_ll(r, 1);
  m.kind_code = as_str(r, 2);
  m.card_version_id = as_ll(r, 3);
  m.title = as_str(r, 4);
  m.held_on = as_str(r, 5);
  m.starts_at = as_str(r, 6);
  m.place = as_str(r, 7);
  m.status = as_str(r, 8);
  m.minutes = as_str(r, 9);
  m.created_by = as_ll(r, 10);
  m.created_at = as_ll(r, 11);
  m.updated_at = as_ll(r, 12);
  m.invited = as_int(r, 13);
  m.attended = as_int(r, 14);
  return m;
}
}  // namespace

std::vector<MeetingRow> meetings(soci::session& s, long long region_org_id, const std::string& kind_code,
                                 std::optional<long long> invited_org, const std::vector<long long>& invited_any) {
  Filter f;
  f.add("m.region_org_id = ?", {region_org_id});
  if (!kind_code.empty()) f.add("m.kind_code = ?", {kind_code});
  if (invited_org)
    f.add("EXISTS (SELECT 1 FROM nw_kind_meeting_invitations i WHERE i.meeting_id = m.id AND i.org_id = ?)",
          {*invited_org});
  if (!invited_any.empty()) {
    std::vector<Param> ids(invited_any.begin(), invited_any.end());
    f.add("EXISTS (SELECT 1 FROM nw_kind_meeting_invitations i WHERE i.meeting_id = m.id AND i.org_id IN (" +
              placeholders(ids.size()) + "))",
          ids);
  }
  std::vector<MeetingRow> out;
  for_each_row(s, kMeetingColumns + f.where() + " ORDER BY m.held_on DESC, m.starts_at DESC, m.id DESC", f,
               [&](const soci::row& r) { out.push_back(read_meeting(r)); });
  return out;
}

std::optional<MeetingRow> meeting(soci::session& s, long long id) {
  Filter f;
  f.add("m.id = ?", {id});
  std::optional<MeetingRow> out;
  for_each_row(s, kMeetingColumns + f.where(), f, [&](const soci::row& r) { out = read_meeting(r); });
  return out;
}

long long insert_meeting(soci::session& s, const MeetingRow& m) {
  long long id = 0;
  kvalis::store::Nullable<long long> version(m.card_version_id != 0 ? std::optional<long long>(m.card_version_id)
                                                                    : std::nullopt);
  s << "INSERT INTO nw_kind_meetings (region_org_id, kind_code, card_version_id, title, held_on, starts_at, place, "
       "status, minutes, created_by, created_at, updated_at) VALUES (:r, :k, :v, :t, :h, :s, :p, :st, :m, :b, :c, "
       ":u) RETURNING id",
      soci::use(m.region_org_id), soci::use(m.kind_code), soci::use(version.value, version.ind), soci::use(m.title),
      soci::use(m.held_on), soci::use(m.starts_at), soci::use(m.place), soci::use(m.status), soci::use(m.minutes),
      soci::use(m.created_by), soci::use(m.created_at), soci::use(m.updated_at), soci::into(id);
  return id;
}

void update_meeting(soci::session& s, const MeetingRow& m) {
  kvalis::store::Nullable<long long> version(m.card_version_id != 0 ? std::optional<long long>(m.card_version_id)
                                                                    : std::nullopt);
  s << "UPDATE nw_kind_meetings SET card_version_id = :v, title = :t, held_on = :h, starts_at = :s, place = :p, "
       "status = :st, minutes = :m, updated_at = :u WHERE id = :id",
      soci::use(version.value, version.ind), soci::use(m.title), soci::use(m.held_on), soci::use(m.starts_at),
      soci::use(m.place), soci::use(m.status), soci::use(m.minutes), soci::use(m.updated_at), soci::use(m.id);
}

std::vector<InvitationRow> invitations(soci::session& s, long long meeting_id) {
  Filter f;
  f.add("i.meeting_id = ?", {meeting_id});
  std::vector<InvitationRow> out;
  for_each_row(s,
               "SELECT i.org_id, o.name, i.attended, i.attendees FROM nw_kind_meeting_invitations i "
               "JOIN organisations o ON o.id = i.org_id" +
                   f.where() + " ORDER BY o.name, i.org_id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_ll(r, 2) != 0, as_str(r, 3)});
               });
  return out;
}

void invite(soci::session& s, long long meeting_id, long long org_id, long long now) {
  Filter f;
  f.add("meeting_id = ?", {meeting_id}).add("org_id = ?", {org_id});
  if (kvalis::store::count_rows(s, "SELECT COUNT(*) FROM nw_kind_meeting_invitations" + f.where(), f) > 0) return;
  s << "INSERT INTO nw_kind_meeting_invitations (meeting_id, org_id, invited_at) VALUES (:m, :o, :t)",
      soci::use(meeting_id), soci::use(org_id), soci::use(now);
}

void set_attendance(soci::session& s, long long meeting_id, long long org_id, bool attended,
                    const std::string& attendees) {
  int a = attended ? 1 : 0;
  s << "UPDATE nw_kind_meeting_invitations SET attended = :a, attendees = :n WHERE meeting_id = :m AND org_id = :o",
      soci::use(a), soci::use(attendees), soci::use(meeting_id), soci::use(org_id);
}

}  // namespace kvalis::network::store::cards_repo
