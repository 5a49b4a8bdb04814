// The benchmark's value sources (benchmark/app/value_sources.hpp), through a provider's form of the demo's
// open round: an item with a registered source and no entered value is shown with the source's value and
// where it comes from; an entered value wins; a locked round is never prefilled. The network module's source
// (`minimal_form_share`) is tested with its data in minimal_forms_test.cpp.
#include <gtest/gtest.h>

#include <string>

#include "benchmark/app/forms.hpp"
#include "benchmark/app/value_sources.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace bapp = benchmark::app;

long long scalar(kvalis::store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

class MinimalBenchmarkForm : public ::testing::TestWithParam<Backend> {};

TEST_P(MinimalBenchmarkForm, ItemWithAValueSourceIsPrefilledWithItsSource) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto region = demo::build_demo_region();
  db.write([&](soci::session& s) {
    const auto ctx = demo::write_demo_region(s, region, 1767225600);
    return demo::write_benchmark_demo(s, region, ctx);
  });
  const auto system = accounts::system_caller();
  const long long open = scalar(db, "SELECT id FROM bm_rounds WHERE status = 'open'");
  const long long service = scalar(
      db, "SELECT MIN(service_id) FROM bm_submissions WHERE status = 'draft' AND round_id = " + std::to_string(open));
  auto before = bapp::get_form(db, system, open, service);
  ASSERT_TRUE(before);
  std::string item, entered;
  for (const auto& i : before->content.items) {
    if (!before->values.count(i.code) && item.empty()) item = i.code;
    if (before->values.count(i.code) && entered.empty()) entered = i.code;
  }
  ASSERT_FALSE(item.empty());
  ASSERT_FALSE(entered.empty());
  long long asked_service = 0;
  int asked_year = 0;
  auto source = [&](soci::session&, long long service_id, int year) -> std::optional<bapp::SourcedValue> {
    asked_service = service_id;
    asked_year = year;
    return bapp::SourcedValue{42.5, "z modulu Síť: zkouška", "from the Network module: test"};
  };
  bapp::register_value_source(item, source);
  bapp::register_value_source(entered, source);

  auto form = bapp::get_form(db, system, open, service);
  ASSERT_TRUE(form);
  ASSERT_EQ(form->prefilled.size(), 1u);
  EXPECT_EQ(form->prefilled[0].item_code, item);
  EXPECT_EQ(form->prefilled[0].value.source_cs, "z modulu Síť: zkouška");
  ASSERT_TRUE(form->values.count(item));
  EXPECT_DOUBLE_EQ(form->values.at(item).value_or(0), 42.5);
  EXPECT_EQ(form->values.at(entered), before->values.at(entered));  // an entered value wins
  EXPECT_EQ(asked_service, service);
  EXPECT_EQ(asked_year, form->round.period_year);
  // Nothing was saved by reading the form.
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM bm_values WHERE round_id = " + std::to_string(open) +
                           " AND service_id = " + std::to_string(service) + " AND item_code = '" + item + "'"),
            0);

  // A locked round shows what was submitted, never a prefilled value.
  const long long locked = scalar(db, "SELECT MIN(id) FROM bm_rounds WHERE status = 'locked'");
  const long long locked_service =
      scalar(db, "SELECT MIN(service_id) FROM bm_submissions WHERE round_id = " + std::to_string(locked));
  auto old = bapp::get_form(db, system, locked, locked_service);
  ASSERT_TRUE(old);
  EXPECT_TRUE(old->prefilled.empty());

  // Submitting accepts the prefilled value: it is saved with the form. The draft gets the values of a form
  // submitted in the same round (which passed the validation) except the sourced item, whose value the source
  // gives.
  const long long done = scalar(db, "SELECT MIN(service_id) FROM bm_submissions WHERE status = 'submitted' AND "
                                    "round_id = " + std::to_string(open));
  ASSERT_GT(done, 0);
  auto model = bapp::get_form(db, system, open, done);
  ASSERT_TRUE(model);
  ASSERT_TRUE(model->values.count(item));
  const double expected = model->values.at(item).value_or(0);
  benchmark::FormValues copy;
  for (const auto& [code, v] : model->values)
    if (code != item) copy[code] = v;
  ASSERT_TRUE(bapp::save_values(db, system, open, service, copy));
  const auto from_model = [&](soci::session&, long long, int) -> std::optional<bapp::SourcedValue> {
    return bapp::SourcedValue{expected, "z modulu Síť: zkouška", "from the Network module: test"};
  };
  bapp::register_value_source(item, from_model);
  std::optional<bapp::SubmitRefusal> why;
  auto submitted = bapp::submit_form(db, system, open, service, why);
  ASSERT_TRUE(submitted) << submitted.error().message_key << " " << (why ? why->problems.size() : 0);
  EXPECT_TRUE(submitted->prefilled.empty());  // now entered
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM bm_values WHERE round_id = " + std::to_string(open) +
                           " AND service_id = " + std::to_string(service) + " AND item_code = '" + item + "'"),
            1);
  EXPECT_DOUBLE_EQ(submitted->values.at(item).value_or(-1), expected);

  // A source without a value for the service prefills nothing.
  const auto none = [](soci::session&, long long, int) -> std::optional<bapp::SourcedValue> { return std::nullopt; };
  bapp::register_value_source(item, none);
  bapp::register_value_source(entered, none);
  const long long other = scalar(db, "SELECT MAX(service_id) FROM bm_submissions WHERE status = 'draft' AND round_id = " +
                                         std::to_string(open));
  auto after = bapp::get_form(db, system, open, other);
  ASSERT_TRUE(after);
  EXPECT_TRUE(after->prefilled.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, MinimalBenchmarkForm, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
