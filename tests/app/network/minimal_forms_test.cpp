// The minimal form of a service (network/app/minimal.hpp) on SQLite and PostgreSQL: a draft from a locked
// coverage round with the share of services meeting each need directly, the needs chosen and the form set
// (an earlier set form superseded), each service checked against it, who sees what, corrective actions raised
// in the quality module from a service's gaps (idempotent; the provider sees them as any other action), and
// the share met as the benchmark's value source.
#include <gtest/gtest.h>

#include "benchmark/app/value_sources.hpp"
#include "minimal_world.hpp"
#include "network/app/minimal.hpp"
#include "quality/app/actions.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;
using accounts::OrganisationType;
using accounts::Role;
using namespace minimal_world;

long long scalar(kvalis::store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

const napp::ServiceCheck* check_of(const std::vector<napp::ServiceCheck>& list, long long service) {
  for (const auto& c : list)
    if (c.service_id == service) return &c;
  return nullptr;
}

class MinimalFormsTest : public ::testing::TestWithParam<Backend> {};

TEST_P(MinimalFormsTest, DraftSetCheckAndCorrectiveActions) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto region = member(w.region_manager_user, w.region, OrganisationType::region, Role::manager);
  const auto reader = member(w.region_worker_user, w.region, OrganisationType::region, Role::worker);
  const auto provider_a = member(w.provider_a_user, w.provider_a, OrganisationType::provider, Role::manager);
  const auto provider_b = member(w.provider_b_user, w.provider_b, OrganisationType::provider, Role::worker);
  const auto town = member(w.provider_b_user, w.municipality, OrganisationType::municipality, Role::manager);

  // Only the region's managers draft; the round must be locked and include the kind.
  EXPECT_EQ(napp::create_minimal_form(db, provider_a, {"", "4", w.round}).error().code, ErrorCode::forbidden);
  EXPECT_EQ(napp::create_minimal_form(db, reader, {"", "4", w.round}).error().code, ErrorCode::forbidden);
  EXPECT_EQ(napp::create_minimal_form(db, region, {"", "4", w.open_round}).error().message_key,
            "network.minimal.round_not_locked");
  EXPECT_EQ(napp::create_minimal_form(db, region, {"", "3", w.round}).error().message_key,
            "network.minimal.round_without_kind");
  EXPECT_EQ(napp::create_minimal_form(db, region, {"", "999", w.round}).error().field, "kind_code");
  EXPECT_EQ(napp::create_minimal_form(db, region, {"99", "4", w.round}).error().field, "region");

  auto draft = napp::create_minimal_form(db, region, {"", "4", w.round});
  ASSERT_TRUE(draft) << draft.error().message_key;
  EXPECT_EQ(draft->form.status, network::MinimalFormStatus::draft);
  EXPECT_EQ(draft->form.kind_name, "Pečovatelská služba");
  EXPECT_TRUE(draft->can_manage);
  ASSERT_EQ(draft->needs.size(), 3u);
  EXPECT_EQ(draft->needs[0].need.name_cs, "Bydlení");
  EXPECT_EQ(draft->needs[0].share.services, 2);  // b1 did not answer
  EXPECT_EQ(draft->needs[0].share.direct, 2);
  EXPECT_DOUBLE_EQ(draft->needs[0].share.share, 1.0);
  EXPECT_DOUBLE_EQ(draft->needs[1].share.share, 0.5);
  EXPECT_DOUBLE_EQ(draft->needs[2].share.share, 0.5);
  for (const auto& n : draft->needs) EXPECT_FALSE(n.required);
  EXPECT_EQ(napp::create_minimal_form(db, region, {"", "4", w.round}).error().message_key,
            "network.minimal.draft_exists");
  const long long id = draft->form.id;

  // Setting needs at least one need; unknown needs are refused by position.
  EXPECT_EQ(napp::set_minimal_form(db, region, id).error().message_key, "network.minimal.no_needs");
  auto bad = napp::update_minimal_form(db, region, id, {std::vector<long long>{w.housing, 999999}, {}, {}});
  EXPECT_EQ(bad.error().field, "required[1]");
  EXPECT_EQ(napp::update_minimal_form(db, provider_a, id, {std::vector<long long>{w.housing}, {}, {}}).error().code,
            ErrorCode::not_found);  // a provider does not see the region's drafts
  auto chosen = napp::update_minimal_form(db, region, id, {std::vector<long long>{w.food, w.housing}, "2026-01-01", {}});
  ASSERT_TRUE(chosen) << chosen.error().message_key;
  EXPECT_TRUE(chosen->needs[0].required);
  EXPECT_TRUE(chosen->needs[1].required);
  EXPECT_FALSE(chosen->needs[2].required);
  EXPECT_EQ(chosen->form.needs, (std::vector<long long>{w.housing, w.food}));  // in the card's order

  // The checks: a1 meets both, a2 misses food, b1 has no answer; the ended service is not checked.
  auto checks = napp::minimal_form_checks(db, reader, id);
  ASSERT_TRUE(checks);
  ASSERT_EQ(checks->size(), 3u);
  const auto* a1 = check_of(*checks, w.a1);
  const auto* a2 = check_of(*checks, w.a2);
  const auto* b1 = check_of(*checks, w.b1);
  ASSERT_TRUE(a1 && a2 && b1);
  EXPECT_TRUE(a1->check.meets);
  EXPECT_EQ(a1->check.met, 2);
  EXPECT_DOUBLE_EQ(a1->check.share_met, 1.0);
  EXPECT_EQ(a1->round_id, w.round);
  EXPECT_FALSE(a2->check.meets);
  EXPECT_EQ(a2->check.met, 1);
  EXPECT_DOUBLE_EQ(a2->check.share_met, 0.5);
  ASSERT_EQ(a2->missing.size(), 1u);
  EXPECT_EQ(a2->missing[0].name_cs, "Strava");
  EXPECT_FALSE(b1->check.answered);
  EXPECT_EQ(b1->check.required, 2);
  EXPECT_EQ(b1->missing.size(), 2u);
  EXPECT_EQ(draft->services_checked, 3);

  auto set = napp::set_minimal_form(db, region, id);
  ASSERT_TRUE(set) << set.error().message_key;
  EXPECT_EQ(set->form.status, network::MinimalFormStatus::set);
  EXPECT_EQ(set->form.valid_from, "2026-01-01");
  EXPECT_EQ(set->services_meeting, 1);
  EXPECT_EQ(napp::update_minimal_form(db, region, id, {{}, {}, std::string("x")}).error().message_key,
            "network.minimal.not_draft");

  // A provider sees the set form and the checks of its own services only; others see nothing.
  auto own = napp::minimal_form_checks(db, provider_a, id);
  ASSERT_TRUE(own);
  EXPECT_EQ(own->size(), 2u);
  EXPECT_FALSE(check_of(*own, w.b1));
  auto other = napp::minimal_form_checks(db, provider_b, id);
  ASSERT_TRUE(other);
  ASSERT_EQ(other->size(), 1u);
  EXPECT_EQ(other->front().service_id, w.b1);
  EXPECT_FALSE(napp::minimal_form_checks(db, town, id));
  EXPECT_EQ(napp::list_minimal_forms(db, town, "86").error().code, ErrorCode::forbidden);
  auto listed = napp::list_minimal_forms(db, provider_a, "");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->region.region_code, "86");
  EXPECT_FALSE(listed->can_manage);
  ASSERT_EQ(listed->items.size(), 1u);
  EXPECT_EQ(listed->items[0].services_checked, 3);
  EXPECT_EQ(listed->items[0].services_meeting, 1);
  auto one = napp::service_minimal_check(db, provider_a, w.a2);
  ASSERT_TRUE(one);
  EXPECT_DOUBLE_EQ(one->check.share_met, 0.5);
  EXPECT_EQ(napp::service_minimal_check(db, provider_b, w.a2).error().code, ErrorCode::not_found);
  EXPECT_EQ(napp::service_minimal_check(db, region, w.ended).error().code, ErrorCode::not_found);

  // Corrective actions: only the region, only for missing needs, once per service and need.
  const napp::GapActionsInput gap{w.a2, {}, "2026-06-30", "vedoucí služby"};
  EXPECT_EQ(napp::raise_gap_actions(db, provider_a, id, gap).error().code, ErrorCode::forbidden);
  EXPECT_EQ(napp::raise_gap_actions(db, region, id, {w.a2, {w.housing}, "2026-06-30", "x"}).error().field,
            "need_area_ids[0]");
  EXPECT_EQ(napp::raise_gap_actions(db, region, id, {w.a1, {}, "2026-06-30", "x"}).error().message_key,
            "network.minimal.nothing_missing");
  EXPECT_EQ(napp::raise_gap_actions(db, region, id, {w.a2, {}, "", "x"}).error().field, "due_date");
  EXPECT_EQ(napp::raise_gap_actions(db, region, id, {w.ended, {}, "2026-06-30", "x"}).error().field, "service_id");
  auto raised = napp::raise_gap_actions(db, region, id, gap);
  ASSERT_TRUE(raised) << raised.error().message_key << " " << raised.error().field;
  ASSERT_EQ(raised->actions.size(), 1u);
  EXPECT_TRUE(raised->actions[0].created);
  EXPECT_EQ(raised->actions[0].need_area_id, w.food);
  ASSERT_TRUE(raised->audit_id);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM q_audits WHERE type = 'process' AND title = 'Kontrola minimální podoby "
                       "služby' AND conducted_by_org_id = " +
                           std::to_string(w.region) + " AND service_id = " + std::to_string(w.a2)),
            1);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM q_findings WHERE severity = 'medium' AND audit_id = " +
                           std::to_string(*raised->audit_id)),
            1);
  auto again = napp::raise_gap_actions(db, region, id, gap);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->actions[0].created);
  EXPECT_EQ(again->actions[0].action_id, raised->actions[0].action_id);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_gap_actions"), 1);
  // b1's two gaps land in one audit of b1, with an action each.
  auto b1_actions = napp::raise_gap_actions(db, region, id, {w.b1, {}, "2026-09-30", "ředitelka"});
  ASSERT_TRUE(b1_actions);
  EXPECT_EQ(b1_actions->actions.size(), 2u);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM q_actions"), 3);

  // The provider sees and moves the action in the quality module like any other.
  const auto actions = quality::app::find_actions(db, provider_a, {});
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0].id, raised->actions[0].action_id);
  EXPECT_EQ(actions[0].status, "open");
  EXPECT_EQ(actions[0].due_date, "2026-06-30");
  EXPECT_NE(actions[0].finding_text.find("Strava"), std::string::npos);
  EXPECT_FALSE(actions[0].allowed_transitions.empty());
  auto checks_after = napp::minimal_form_checks(db, region, id);
  EXPECT_EQ(check_of(*checks_after, w.a2)->missing[0].action_id, raised->actions[0].action_id);

  // A new set form of the kind supersedes the earlier one.
  auto next = napp::create_minimal_form(db, region, {"", "4", w.round});
  ASSERT_TRUE(next);
  ASSERT_TRUE(napp::update_minimal_form(db, region, next->form.id, {std::vector<long long>{w.housing}, {}, {}}));
  ASSERT_TRUE(napp::set_minimal_form(db, region, next->form.id));
  EXPECT_EQ(napp::get_minimal_form(db, reader, id)->form.status, network::MinimalFormStatus::superseded);
  EXPECT_EQ(napp::raise_gap_actions(db, region, id, gap).error().message_key, "network.minimal.not_set");
  EXPECT_EQ(db.read([&](soci::session& s) { return napp::check_services(s, w.region, "4"); }).size(), 3u);

  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'network.minimal.%'"), 8);
}

TEST_P(MinimalFormsTest, ShareMetIsTheBenchmarksValueSource) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto region = member(w.region_manager_user, w.region, OrganisationType::region, Role::manager);
  EXPECT_TRUE(benchmark::app::has_value_source("minimal_form_share"));
  // No set form yet: no value.
  EXPECT_FALSE(db.read([&](soci::session& s) { return napp::minimal_form_share_percent(s, w.a2, 2025); }));
  auto draft = napp::create_minimal_form(db, region, {"", "4", w.round});
  ASSERT_TRUE(draft);
  ASSERT_TRUE(napp::update_minimal_form(db, region, draft->form.id, {std::vector<long long>{w.housing, w.food}, {}, {}}));
  ASSERT_TRUE(napp::set_minimal_form(db, region, draft->form.id));
  db.read([&](soci::session& s) {
    auto a2 = benchmark::app::sourced_value(s, "minimal_form_share", w.a2, 2025);
    ASSERT_TRUE(a2);
    EXPECT_DOUBLE_EQ(a2->value, 50.0);
    EXPECT_EQ(a2->source_cs, "z modulu Síť: podíl naplněné minimální podoby služby");
    EXPECT_DOUBLE_EQ(benchmark::app::sourced_value(s, "minimal_form_share", w.a1, 2025)->value, 100.0);
    EXPECT_FALSE(benchmark::app::sourced_value(s, "minimal_form_share", w.b1, 2025));  // no answer
    EXPECT_FALSE(benchmark::app::sourced_value(s, "minimal_form_share", w.a2, 2024));  // no round by then
  });
  // Once the open round is locked, a2's later answer (food direct, housing not answered) counts.
  db.write([&](soci::session& s) {
    s << "UPDATE nw_coverage_rounds SET status = 'locked' WHERE id = :id", soci::use(w.open_round);
  });
  db.read([&](soci::session& s) {
    EXPECT_DOUBLE_EQ(napp::minimal_form_share_percent(s, w.a2, 2026).value_or(-1), 50.0);
    EXPECT_DOUBLE_EQ(napp::minimal_form_share_percent(s, w.a2, 2025).value_or(-1), 50.0);
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, MinimalFormsTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
