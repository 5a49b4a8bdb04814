// Service cards through network/app/cards.hpp on SQLite (and PostgreSQL when configured): the national basic
// activities loaded at migration (once), the region's default need areas, a card drafted, sent to the providers of
// its kind, commented on and answered, finalised and published, a second version published (the first superseded),
// the cross-part function published_cards, comparison, meetings with invitations, the activity log and the data
// version "network".
#include <gtest/gtest.h>

#include <algorithm>

#include "network/app/cards.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/data_versions.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;
using accounts::OrganisationType;
using accounts::Role;

struct World {
  long long region = 0, p1 = 0, p2 = 0, other_region = 0;
  accounts::Caller officer, reader, p1_worker, p1_readonly, p2_manager;
};

long long insert_org(soci::session& s, const std::string& type, const std::string& name, const std::string& region) {
  long long id = 0;
  s << "INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES (:t, :n, :r, 1, 1) "
       "RETURNING id",
      soci::use(type), soci::use(name), soci::use(region), soci::into(id);
  return id;
}

long long insert_user(soci::session& s, const std::string& login) {
  long long id = 0;
  const std::string name = "Uživatel " + login;  // SOCI binds by reference: the value outlives the statement
  s << "INSERT INTO users (login, display_name, password_hash, created_at) VALUES (:l, :d, 'x', 1) RETURNING id",
      soci::use(login), soci::use(name), soci::into(id);
  return id;
}

void insert_service(soci::session& s, long long provider, const std::string& kind, const std::string& status) {
  const std::string name = "Služba " + kind;
  s << "INSERT INTO services (provider_id, name, kind_code, region_code, forms, status, created_at, updated_at) "
       "VALUES (:p, :n, :k, '86', ';ter;', :s, 1, 1)",
      soci::use(provider), soci::use(name), soci::use(kind), soci::use(status);
}

accounts::Caller member(long long user, long long org, OrganisationType type, Role role) {
  accounts::Caller c;
  c.principal.user_id = user;
  c.principal.login = "u" + std::to_string(user);
  accounts::Membership m;
  m.organisation_id = org;
  m.organisation_type = type;
  m.role = role;
  m.region_code = "86";
  c.principal.memberships.push_back(m);
  return c;
}

World make_world(store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = insert_org(s, "region", "Královéhradecký kraj", "86");
    w.other_region = insert_org(s, "region", "Pardubický kraj", "53");
    w.p1 = insert_org(s, "provider", "Charita Náchod", "86");
    w.p2 = insert_org(s, "provider", "Asistence Trutnov", "86");
    insert_service(s, w.p1, "4", "active");
    insert_service(s, w.p2, "3", "active");
    insert_service(s, w.p2, "4", "ended");  // an ended service does not make p2 a provider of kind 4
    w.officer = member(insert_user(s, "officer"), w.region, OrganisationType::region, Role::manager);
    w.reader = member(insert_user(s, "reader"), w.region, OrganisationType::region, Role::readonly);
    w.p1_worker = member(insert_user(s, "p1w"), w.p1, OrganisationType::provider, Role::worker);
    w.p1_readonly = member(insert_user(s, "p1r"), w.p1, OrganisationType::provider, Role::readonly);
    w.p2_manager = member(insert_user(s, "p2m"), w.p2, OrganisationType::provider, Role::manager);
  });
  return w;
}

long long count(store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

class NetworkCardsWorkflow : public ::testing::TestWithParam<Backend> {};

TEST_P(NetworkCardsWorkflow, BasicActivitiesAreLoadedOnceAtMigration) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM nw_activities WHERE region_org_id IS NULL"), 46);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM nw_activities WHERE kind_code = '4' AND paragraph = '§40'"), 5);
  server::migrate(db);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM nw_activities"), 46);
  EXPECT_EQ(db.write([](soci::session& s) { return napp::sync_basic_activities(s); }), 0);
  // A corrected wording in the table is put back from the catalogue.
  db.write([](soci::session& s) { s << "UPDATE nw_activities SET text_cs = 'x' WHERE kind_code = '4' AND letter = 'a'"; });
  EXPECT_EQ(db.write([](soci::session& s) { return napp::sync_basic_activities(s); }), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM nw_activities WHERE text_cs = 'x'"), 0);
}

TEST_P(NetworkCardsWorkflow, RegionOfAndDefaultNeedAreas) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  db.write([&](soci::session& s) {
    auto r = napp::region_of(s, w.officer);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->org_id, w.region);
    EXPECT_EQ(r->region_code, "86");
    EXPECT_EQ(r->name, "Královéhradecký kraj");
    EXPECT_EQ(napp::region_of(s, w.p1_worker).error().message_key, "network.region.required");
    EXPECT_EQ(napp::region_of(s, accounts::system_caller(), "53")->org_id, w.other_region);
    EXPECT_EQ(napp::region_of(s, accounts::system_caller(), "99").error().code, ErrorCode::not_found);
    // A provider reads the region of its services.
    EXPECT_EQ(napp::reading_region(s, w.p1_worker)->org_id, w.region);
    const auto areas = napp::need_areas(s, w.region);
    ASSERT_EQ(areas.size(), 15u);
    EXPECT_EQ(areas.front().code, "bydleni");
    EXPECT_EQ(areas.front().position, 1);
    EXPECT_EQ(areas.back().position, 15);
    EXPECT_EQ(napp::need_areas(s, w.region).size(), 15u) << "created once";
  });
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM nw_need_areas"), 15);
}

TEST_P(NetworkCardsWorkflow, DraftCommentsAnswersPublishAndASecondVersion) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const long long version_before = db.read([](soci::session& s) { return store::data_versions::get(s, "network"); });

  auto card = napp::create_card(db, w.officer, "", "4", "");
  ASSERT_TRUE(card) << card.error().message_key;
  EXPECT_EQ(card->card.kind_name, "Pečovatelská služba");
  EXPECT_EQ(napp::create_card(db, w.reader, "", "3", "").error().code, ErrorCode::forbidden);
  const long long v1 = card->card.latest.version_id;

  auto areas = napp::list_need_areas(db, w.officer, "", false);
  ASSERT_TRUE(areas);
  auto id_of = [&](const std::string& code) {
    for (const auto& a : *areas)
      if (a.code == code) return a.id;
    return 0LL;
  };
  auto acts = napp::list_activities(db, w.officer, "", "4");
  ASSERT_TRUE(acts);
  ASSERT_EQ(acts->size(), 5u);
  napp::VersionInput in;
  in.texts.title = "Pečovatelská služba";
  in.texts.summary = "Pomoc doma.";
  in.needs = {{id_of("strava"), "Jídlo", "Dovoz obědů", {(*acts)[2].id}}, {id_of("hygiena"), "Hygiena", "Koupel", {}}};
  auto saved = napp::update_version(db, w.officer, v1, in);
  ASSERT_TRUE(saved) << saved.error().message_key;
  ASSERT_EQ(saved->needs.size(), 2u);
  EXPECT_EQ(saved->needs[0].code, "strava");
  EXPECT_EQ(saved->needs[0].activities.at(0).letter, "c");

  // Drafts are the region's; sent versions go to the providers of the kind (p1; p2's kind-4 service ended).
  EXPECT_EQ(napp::get_version(db, w.p1_worker, v1).error().code, ErrorCode::not_found);
  EXPECT_EQ(napp::send_version(db, w.officer, v1, "2020-01-01").error().field, "comments_until");
  const std::string until = add_days(format_date(store::now_epoch()), 10);
  auto sent = napp::send_version(db, w.officer, v1, until);
  ASSERT_TRUE(sent) << sent.error().message_key;
  EXPECT_EQ(sent->status, "comments");
  EXPECT_EQ(sent->recipients, 1);
  ASSERT_TRUE(napp::get_version(db, w.p1_worker, v1));
  EXPECT_EQ(napp::get_version(db, w.p2_manager, v1).error().code, ErrorCode::not_found);

  auto c1 = napp::add_comment(db, w.p1_worker, v1, {"need:strava", "Doplnit podání jídla."});
  ASSERT_TRUE(c1) << c1.error().message_key;
  EXPECT_EQ(c1->part_label, "Potřeba: Strava");
  EXPECT_EQ(c1->author_org_name, "Charita Náchod");
  EXPECT_EQ(napp::add_comment(db, w.p1_readonly, v1, {"general", "x"}).error().message_key,
            "network.comments.no_right");
  EXPECT_EQ(napp::add_comment(db, w.p2_manager, v1, {"general", "x"}).error().code, ErrorCode::not_found);
  EXPECT_EQ(napp::add_comment(db, w.officer, v1, {"general", "x"}).error().message_key,
            "network.comments.not_recipient");
  auto c2 = napp::add_comment(db, w.p1_worker, v1, {"general", "Obecná připomínka."});
  ASSERT_TRUE(c2);

  auto fin = napp::finalise_version(db, w.officer, v1);
  ASSERT_FALSE(fin);
  EXPECT_EQ(fin.error().message_key, "network.cards.comments_open");
  EXPECT_EQ(fin.error().params.at(0), (std::pair<std::string, std::string>{"count", "2"}));
  EXPECT_EQ(napp::answer_comment(db, w.officer, c1->id, {"rejected", ""}).error().field, "answer");
  ASSERT_TRUE(napp::answer_comment(db, w.officer, c1->id, {"accepted", "Doplněno."}));
  ASSERT_TRUE(napp::answer_comment(db, w.officer, c2->id, {"rejected", "Mimo rozsah karty."}));
  const auto mine = napp::my_comments(db, w.p1_worker);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].status, "rejected");
  EXPECT_EQ(mine[0].answer, "Mimo rozsah karty.");
  EXPECT_TRUE(napp::my_comments(db, w.p2_manager).empty());

  ASSERT_TRUE(napp::finalise_version(db, w.officer, v1));
  EXPECT_EQ(napp::add_comment(db, w.p1_worker, v1, {"general", "pozdě"}).error().message_key,
            "network.comments.closed");
  auto pub = napp::publish_version(db, w.officer, v1);
  ASSERT_TRUE(pub) << pub.error().message_key;
  EXPECT_EQ(pub->status, "published");

  // The cross-part function: the latest published version of each card with its needs in order.
  auto published = db.read([&](soci::session& s) { return napp::published_cards(s, w.region); });
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0].kind_code, "4");
  EXPECT_EQ(published[0].version_no, 1);
  EXPECT_EQ(published[0].summary, "Pomoc doma.");
  ASSERT_EQ(published[0].needs.size(), 2u);
  EXPECT_EQ(published[0].needs[0].name_cs, "Strava");
  EXPECT_EQ(published[0].needs[0].answer, "Dovoz obědů");
  EXPECT_EQ(published[0].needs[0].activities.size(), 1u);

  auto v2 = napp::new_version(db, w.officer, card->card.id);
  ASSERT_TRUE(v2) << v2.error().message_key;
  EXPECT_EQ(v2->version_no, 2);
  EXPECT_EQ(napp::new_version(db, w.officer, card->card.id).error().message_key, "network.cards.version_open");
  in.needs.push_back({id_of("bezpeci"), "Bezpečí", "Tísňová péče", {}});
  in.change_note = "Nová potřeba Bezpečí.";
  ASSERT_TRUE(napp::update_version(db, w.officer, v2->version_id, in));
  auto cmp = napp::compare_versions(db, w.officer, v2->version_id, std::nullopt);
  ASSERT_TRUE(cmp);
  EXPECT_EQ(cmp->with_id, v1);
  auto added = std::find_if(cmp->parts.begin(), cmp->parts.end(),
                            [](const network::PartDiff& p) { return p.part == "need:bezpeci"; });
  ASSERT_NE(added, cmp->parts.end());
  EXPECT_EQ(added->change, network::Change::added);
  ASSERT_TRUE(napp::send_version(db, w.officer, v2->version_id, until));
  ASSERT_TRUE(napp::finalise_version(db, w.officer, v2->version_id));
  ASSERT_TRUE(napp::publish_version(db, w.officer, v2->version_id));
  auto detail = napp::get_card(db, w.p1_worker, card->card.id);
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->versions.size(), 2u);
  EXPECT_EQ(detail->versions[0].status, "superseded");
  EXPECT_EQ(detail->versions[1].status, "published");
  published = db.read([&](soci::session& s) { return napp::published_cards(s, w.region); });
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0].version_no, 2);
  EXPECT_EQ(published[0].needs.size(), 3u);
  EXPECT_EQ(published[0].change_note, "Nová potřeba Bezpečí.");

  // Every write is logged and bumps the data version "network".
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'network.card_version.publish'"), 2);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'network.comment.answer'"), 2);
  const long long version_after = db.read([](soci::session& s) { return store::data_versions::get(s, "network"); });
  EXPECT_GT(version_after, version_before);
}

TEST_P(NetworkCardsWorkflow, MeetingsInviteTheProvidersOfTheKind) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  napp::MeetingInput in;
  in.kind_code = "3";
  in.title = "Setkání k osobní asistenci";
  in.held_on = "2026-04-02";
  in.starts_at = "10:00";
  auto m = napp::create_meeting(db, w.officer, "", in);
  ASSERT_TRUE(m) << m.error().message_key;
  ASSERT_EQ(m->invitations.size(), 1u);
  EXPECT_EQ(m->invitations[0].org_name, "Asistence Trutnov");
  EXPECT_EQ(napp::create_meeting(db, w.reader, "", in).error().code, ErrorCode::forbidden);
  auto att = napp::set_attendance(db, w.officer, m->id, {{w.p2, true, "vedoucí služby"}});
  ASSERT_TRUE(att);
  EXPECT_EQ(att->attended, 1);
  EXPECT_EQ(napp::set_attendance(db, w.officer, m->id, {{w.p1, true, ""}}).error().field, "items[0].org_id");
  ASSERT_EQ(napp::list_meetings(db, w.p2_manager, "", "")->size(), 1u);
  EXPECT_TRUE(napp::list_meetings(db, w.p1_worker, "", "")->empty());
  EXPECT_EQ(napp::get_meeting(db, w.p1_worker, m->id).error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Backends, NetworkCardsWorkflow, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
