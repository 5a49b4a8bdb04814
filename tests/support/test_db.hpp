#pragma once
// Test databases: a fresh SQLite file, and a fresh PostgreSQL schema when KVALIS_TEST_PG holds a URI.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "platform/store/database.hpp"
#include "server/setup.hpp"

namespace kvalis::testing {

enum class Backend { sqlite, postgresql };

inline std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "SQLite" : "PostgreSQL";
}

// Opens an empty, migrated database of the given kind; skips the test when PostgreSQL is not configured.
class TestDatabase {
 public:
  explicit TestDatabase(Backend backend, bool migrate = true) {
    std::random_device rd;
    const std::string suffix = std::to_string(rd()) + std::to_string(rd());
    if (backend == Backend::sqlite) {
      path_ = (std::filesystem::temp_directory_path() / ("kvalis_test_" + suffix + ".db")).string();
      db_ = std::make_unique<store::Database>(path_, 4);
    } else {
      const char* uri = std::getenv("KVALIS_TEST_PG");
      if (!uri || !*uri) return;
      // One database per test keeps tests independent (CREATE DATABASE from template is quick).
      schema_ = "kvalis_t" + suffix.substr(0, 12);
      {
        store::Database admin(uri, 1);
        admin.read([&](soci::session& s) { s << "CREATE DATABASE " + schema_; });
      }
      std::string u = uri;
      const auto slash = u.find('/', u.find("://") + 3);
      u = (slash == std::string::npos ? u : u.substr(0, slash)) + "/" + schema_;
      db_ = std::make_unique<store::Database>(u, 4);
      admin_uri_ = uri;
    }
    if (migrate) server::migrate(*db_);
  }
  ~TestDatabase() {
    db_.reset();
    if (!path_.empty()) {
      for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + ext);
    } else if (!schema_.empty()) {
      try {
        store::Database admin(admin_uri_, 1);
        admin.read([&](soci::session& s) { s << "DROP DATABASE IF EXISTS " + schema_ + " WITH (FORCE)"; });
      } catch (...) {}
    }
  }
  bool available() const { return db_ != nullptr; }
  store::Database& db() { return *db_; }

 private:
  std::string path_, schema_, admin_uri_;
  std::unique_ptr<store::Database> db_;
};

#define KVALIS_REQUIRE_DB(tdb) \
  if (!(tdb).available()) GTEST_SKIP() << "KVALIS_TEST_PG is not set: PostgreSQL tests skipped"

}  // namespace kvalis::testing
