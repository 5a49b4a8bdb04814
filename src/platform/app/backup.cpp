#include "platform/app/backup.hpp"

#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <set>

#include "platform/store/backup_repo.hpp"
#include "platform/store/migrations.hpp"

namespace kvalis::platform::app {
namespace {

namespace json = boost::json;
using store::backup_repo::Row;
using store::backup_repo::Table;
using store::backup_repo::Value;

constexpr const char* kFormat = "kvalis-backup";
constexpr long long kProgressEvery = 50000;

json::value json_of(const Value& v) {
  if (std::holds_alternative<long long>(v)) return json::value(static_cast<std::int64_t>(std::get<long long>(v)));
  if (std::holds_alternative<double>(v)) return json::value(std::get<double>(v));
  if (std::holds_alternative<std::string>(v)) return json::value(std::get<std::string>(v));
  return json::value(nullptr);
}

// The canonical text of a row: a JSON array of its values in the table's sorted column order.
std::string line_of(const Row& row) {
  json::array a;
  a.reserve(row.size());
  for (const auto& v : row) a.push_back(json_of(v));
  return json::serialize(a);
}

// Order-independent checksum: SHA-256 over the sorted SHA-256 digests of the rows' canonical lines, so
// that the same rows give the same sum whatever order a database returns them in.
class TableHasher {
 public:
  void add(const std::string& line) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> d{};
    crypto_hash_sha256(d.data(), reinterpret_cast<const unsigned char*>(line.data()), line.size());
    digests_.push_back(d);
  }
  TableSum sum() {
    std::sort(digests_.begin(), digests_.end());
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    for (const auto& d : digests_) crypto_hash_sha256_update(&st, d.data(), d.size());
    std::array<unsigned char, crypto_hash_sha256_BYTES> out{};
    crypto_hash_sha256_final(&st, out.data());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : out) {
      hex.push_back(kHex[c >> 4]);
      hex.push_back(kHex[c & 15]);
    }
    return {static_cast<long long>(digests_.size()), hex};
  }

 private:
  std::vector<std::array<unsigned char, crypto_hash_sha256_BYTES>> digests_;
};

TableSum sum_of(store::Database& db, soci::session& s, const Table& t) {
  TableHasher h;
  store::backup_repo::scan(db, s, t, [&](const Row& r) { h.add(line_of(r)); });
  return h.sum();
}

Error bad_line(long long line, const std::string& reason) {
  return invalid("in", "backup.bad_line", {{"line", std::to_string(line)}, {"reason", reason}});
}

// Reads a row line (a JSON array of null, numbers and strings) straight into a Row. Doubles are read
// from their text with std::from_chars, which rounds correctly: Boost.JSON 1.81's own conversion may be
// one unit in the last place off, and a restore must give back every value bit for bit.
class RowHandler {
 public:
  static constexpr std::size_t max_object_size = 0;
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = 0;
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

  Row row;
  bool ok = true;

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code&) { return fail(); }
  bool on_object_end(std::size_t, json::error_code&) { return fail(); }
  bool on_array_begin(json::error_code&) { return ++depth_ == 1 || fail(); }
  bool on_array_end(std::size_t, json::error_code&) { return --depth_ == 0 || fail(); }
  bool on_key_part(json::string_view, std::size_t, json::error_code&) { return fail(); }
  bool on_key(json::string_view, std::size_t, json::error_code&) { return fail(); }
  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    text_.append(s.data(), s.size());
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code&) {
    text_.append(s.data(), s.size());
    row.emplace_back(std::move(text_));
    text_.clear();
    return in_row();
  }
  bool on_number_part(json::string_view s, json::error_code&) {
    number_.append(s.data(), s.size());
    return true;
  }
  bool on_int64(std::int64_t n, json::string_view, json::error_code&) {
    number_.clear();
    row.emplace_back(static_cast<long long>(n));
    return in_row();
  }
  bool on_uint64(std::uint64_t, json::string_view, json::error_code&) { return fail(); }  // beyond BIGINT
  bool on_double(double, json::string_view s, json::error_code&) {
    number_.append(s.data(), s.size());
    double d = 0;
    const auto [end, ec] = std::from_chars(number_.data(), number_.data() + number_.size(), d);
    const bool whole = ec == std::errc() && end == number_.data() + number_.size();
    number_.clear();
    row.emplace_back(d);
    return (whole || fail()) && in_row();
  }
  bool on_bool(bool, json::error_code&) { return fail(); }
  bool on_null(json::error_code&) {
    row.emplace_back(std::monostate{});
    return in_row();
  }
  bool on_comment_part(json::string_view, json::error_code&) { return fail(); }
  bool on_comment(json::string_view, json::error_code&) { return fail(); }

 private:
  bool fail() { return ok = false; }
  bool in_row() { return depth_ == 1 || fail(); }
  int depth_ = 0;
  std::string text_, number_;
};

std::optional<Row> parse_row(const std::string& line) {
  json::basic_parser<RowHandler> p(json::parse_options{});
  json::error_code ec;
  const auto n = p.write_some(false, line.data(), line.size(), ec);
  if (ec || n != line.size() || !p.handler().ok) return std::nullopt;
  return std::move(p.handler().row);
}

std::string text_field(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

long long int_field(const json::object& o, const char* key, long long fallback = -1) {
  const auto* v = o.if_contains(key);
  return v && v->is_int64() ? v->get_int64() : fallback;
}

// One section of the backup being restored: the target table, the backup's column order, the sum.
struct Section {
  const Table* table = nullptr;
  std::vector<std::string> columns;
  std::unique_ptr<store::backup_repo::Inserter> inserter;
  long long rows = 0;
};

}  // namespace

BackupReport write_backup(store::Database& db, std::ostream& out, std::ostream& progress, std::string_view version) {
  BackupReport report;
  db.read([&](soci::session& s) {
    store::backup_repo::begin_snapshot(db, s);
    std::vector<std::string> migrations;
    {
      soci::rowset<soci::row> rs = (s.prepare << "SELECT name FROM schema_migrations ORDER BY version");
      for (const auto& r : rs) migrations.push_back(r.get<std::string>(0));
    }
    soci::indicator ind = soci::i_null;
    s << "SELECT MAX(version) FROM schema_migrations", soci::into(report.schema_version, ind);
    const auto tables = store::backup_repo::tables(db, s);
    json::array names;
    for (const auto& m : migrations) names.emplace_back(m);
    out << json::serialize(json::object{{"format", kFormat},
                                        {"format_version", kBackupFormatVersion},
                                        {"kvalis_version", version},
                                        {"dialect", db.dialect_name()},
                                        {"schema_version", report.schema_version},
                                        {"migrations", names},
                                        {"created_at", store::now_epoch()},
                                        {"tables", tables.size()}})
        << "\n";
    for (const auto& t : tables) {
      json::array cols;
      for (const auto& c : t.columns) cols.emplace_back(c);
      out << json::serialize(json::object{{"table", t.name}, {"columns", cols}}) << "\n";
      TableHasher h;
      long long n = 0;
      store::backup_repo::scan(db, s, t, [&](const Row& r) {
        const auto line = line_of(r);
        h.add(line);
        out << line << "\n";
        if (++n % kProgressEvery == 0) progress << "  " << t.name << ": " << n << " rows…\n";
      });
      const auto sum = h.sum();
      out << json::serialize(json::object{{"end_of_table", t.name}, {"rows", sum.rows}, {"sha256", sum.sha256}})
          << "\n";
      if (n > 0) progress << "  " << t.name << ": " << n << " rows\n";
      report.rows += n;
      ++report.tables;
      if (!out) throw std::runtime_error("cannot write the backup (disk full?)");
    }
    out << json::serialize(json::object{{"end", kFormat}, {"tables", report.tables}, {"rows", report.rows}}) << "\n";
    store::backup_repo::end_snapshot(s);
  });
  out.flush();
  if (!out) throw std::runtime_error("cannot write the backup (disk full?)");
  return report;
}

std::map<std::string, TableSum> table_checksums(store::Database& db) {
  std::map<std::string, TableSum> out;
  db.read([&](soci::session& s) {
    store::backup_repo::begin_snapshot(db, s);
    for (const auto& t : store::backup_repo::tables(db, s)) out[t.name] = sum_of(db, s, t);
    store::backup_repo::end_snapshot(s);
  });
  return out;
}

Result<RestoreReport> restore_backup(store::Database& db, std::istream& in, std::ostream& progress) {
  std::string text;
  long long line = 0;
  if (!std::getline(in, text)) return bad_line(1, "empty file");
  ++line;
  json::error_code ec;
  auto header = json::parse(text, ec);
  if (ec || !header.is_object() || text_field(header.as_object(), "format") != kFormat)
    return invalid("in", "backup.not_a_backup", {{"line", "1"}});
  const auto& h = header.as_object();
  const long long format_version = int_field(h, "format_version");
  if (format_version != kBackupFormatVersion)
    return invalid("in", "backup.format_version", {{"version", std::to_string(format_version)}});
  const long long schema = int_field(h, "schema_version");
  const int newest = store::newest_schema_version(db.dialect());
  if (schema < 1 || schema > newest)
    return invalid("in", "backup.newer_schema",
                   {{"version", std::to_string(schema)}, {"newest", std::to_string(newest)}});

  return db.write([&](soci::session& s) -> Result<RestoreReport> {
    RestoreReport report;
    report.schema_version = static_cast<int>(schema);
    for (const auto& name : store::backup_repo::table_names(db, s)) {
      int rows = 0;
      if (name == "schema_migrations") s << "SELECT COUNT(*) FROM schema_migrations", soci::into(rows);
      if (name != "schema_migrations" || rows > 0)
        return Error{ErrorCode::conflict, "db", "backup.not_empty", {{"table", name}}};
    }
    report.migrations = store::apply_migrations_in(db, s, report.schema_version);
    progress << "schema " << schema << " created (" << report.migrations.size() << " migrations, " << db.dialect_name()
             << ")\n";
    const auto tables = store::backup_repo::tables(db, s);
    std::map<std::string, const Table*> by_name;
    for (const auto& t : tables) by_name[t.name] = &t;
    // Rows some migrations seed (data versions, say) give way to the backup's.
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) store::backup_repo::clear(s, *it);

    std::map<std::string, TableSum> expected;
    Section section;
    bool ended = false;
    while (!ended && std::getline(in, text)) {
      ++line;
      if (!text.empty() && text.front() == '[') {
        if (!section.table) return bad_line(line, "a row outside a table");
        auto row = parse_row(text);
        if (!row) return bad_line(line, "a row that is not an array of null, numbers and text");
        if (row->size() != section.columns.size()) return bad_line(line, "wrong number of values");
        try {
          section.inserter->insert(*row);
        } catch (const std::exception& e) {
          return invalid("in", "backup.insert_failed",
                         {{"line", std::to_string(line)}, {"table", section.table->name}, {"reason", e.what()}});
        }
        if (++section.rows % kProgressEvery == 0)
          progress << "  " << section.table->name << ": " << section.rows << " rows…\n";
        continue;
      }
      auto v = json::parse(text, ec);
      if (ec) return bad_line(line, "not JSON");
      if (!v.is_object()) return bad_line(line, "neither a row nor a section");
      const auto& o = v.as_object();
      if (o.contains("table")) {
        if (section.table) return bad_line(line, "a table inside a table");
        const auto name = text_field(o, "table");
        auto it = by_name.find(name);
        if (it == by_name.end() || expected.count(name))
          return invalid("in", "backup.unknown_table",
                         {{"table", name}, {"version", std::to_string(schema)}, {"line", std::to_string(line)}});
        section = Section{};
        section.table = it->second;
        const auto* cols = o.if_contains("columns");
        if (!cols || !cols->is_array()) return bad_line(line, "a table without columns");
        for (const auto& c : cols->as_array()) {
          const std::string column = c.is_string() ? std::string(c.get_string()) : std::string();
          const auto& known = section.table->columns;
          if (std::find(known.begin(), known.end(), column) == known.end())
            return invalid("in", "backup.unknown_column",
                           {{"table", name}, {"column", column}, {"line", std::to_string(line)}});
          section.columns.push_back(column);
        }
        section.inserter = std::make_unique<store::backup_repo::Inserter>(db, s, name, section.columns);
      } else if (o.contains("end_of_table")) {
        if (!section.table || text_field(o, "end_of_table") != section.table->name)
          return bad_line(line, "the end of a table that was not begun");
        if (int_field(o, "rows") != section.rows) return bad_line(line, "the row count differs from the rows read");
        expected[section.table->name] = TableSum{section.rows, text_field(o, "sha256")};
        if (section.rows > 0) progress << "  " << section.table->name << ": " << section.rows << " rows\n";
        report.rows += section.rows;
        section = Section{};
      } else if (text_field(o, "end") == kFormat) {
        if (section.table) return bad_line(line, "the end inside a table");
        ended = true;
      } else {
        return bad_line(line, "an unknown section");
      }
    }
    if (!ended) return invalid("in", "backup.truncated", {{"lines", std::to_string(line)}});
    store::backup_repo::reset_identities(db, s);
    // Read everything back: what commits is exactly what the backup holds.
    progress << "verifying " << tables.size() << " tables\n";
    for (const auto& t : tables) {
      auto it = expected.find(t.name);
      const auto actual = sum_of(db, s, t);
      if (it == expected.end() || !(it->second == actual))
        return invalid("in", "backup.checksum", {{"table", t.name}, {"rows", std::to_string(actual.rows)}});
    }
    report.tables = tables.size();
    return report;
  });
}

}  // namespace kvalis::platform::app
