// The coverage upload from Excel (network/app/coverage.hpp upload_coverage) on SQLite and PostgreSQL: the
// template of a round (network/export/coverage_export.hpp) filled in and uploaded back as .xlsx saves every
// line; one bad line in the workbook saves nothing and is reported by its row and column.
#include <gtest/gtest.h>

#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "demo/network_demo.hpp"
#include "network/app/coverage.hpp"
#include "network/export/coverage_export.hpp"
#include "platform/export/table.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;
using kvalis::exports::Cell;

class CoverageUploadTest : public ::testing::TestWithParam<Backend> {};

long long answers_of(store::Database& db) {
  return db.read([](soci::session& s) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM nw_coverage_answers", soci::into(n);
    return n;
  });
}

TEST_P(CoverageUploadTest, TheFilledTemplateUploadsAsExcelAllOrNothing) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto ctx = db.write(
      [&](soci::session& s) { return demo::write_demo_region(s, demo::build_demo_region(), store::now_epoch()); });
  const auto cards = db.write([&](soci::session& s) { return demo::write_network_cards_demo(s, ctx); });
  const auto coverage = db.write([&](soci::session& s) { return demo::write_network_coverage_demo(s, ctx, cards); });
  ASSERT_EQ(coverage.ids.count("open_round"), 1u) << coverage.text();
  const long long round = coverage.ids.at("open_round").front();
  const auto admin = accounts::system_caller();

  const auto lines = napp::coverage_template(db, admin, round);
  ASSERT_TRUE(lines);
  ASSERT_FALSE(lines->empty());
  auto sheets = network::exports::template_sheets(*lines, false);
  auto& rows = sheets[0].rows;
  ASSERT_EQ(sheets[0].header.at(5), "mode");
  for (auto& row : rows) {
    row[5] = Cell(std::string("přímo"));
    row[6] = Cell();
    row[7] = Cell(12LL);
  }

  // One bad line: nothing is saved, the line and column are named.
  const long long before = answers_of(db);
  auto bad = sheets;
  bad[0].rows[1][5] = Cell(std::string("občas"));
  ProblemCollector<network::UploadProblem> problems;
  const auto refused = napp::upload_coverage(db, admin, round, kvalis::exports::to_xlsx(bad), problems);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message_key, "network.upload.rows");
  ASSERT_EQ(problems.total(), 1u);
  EXPECT_EQ(problems.items()[0].line, 3);  // the header is row 1
  EXPECT_EQ(problems.items()[0].field, "mode");
  EXPECT_EQ(problems.items()[0].value, "občas");
  EXPECT_EQ(answers_of(db), before);

  ProblemCollector<network::UploadProblem> none;
  const auto saved = napp::upload_coverage(db, admin, round, kvalis::exports::to_xlsx(sheets), none);
  ASSERT_TRUE(saved) << saved.error().message_key;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(saved->answers, static_cast<int>(rows.size()));
  EXPECT_GT(saved->forms, 0);
  const auto form = napp::get_coverage_form(db, admin, lines->front().submission.id);
  ASSERT_TRUE(form);
  for (const auto& n : form->needs) {
    ASSERT_TRUE(n.answer) << n.need.code;
    EXPECT_EQ(n.answer->mode, network::CoverageMode::direct);
    EXPECT_EQ(n.answer->clients, 12);
  }
  EXPECT_EQ(form->submission.source, "upload");
}

INSTANTIATE_TEST_SUITE_P(Backends, CoverageUploadTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
