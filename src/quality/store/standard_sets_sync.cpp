// Loads the built-in standard sets (SQSS, OSPOD, KOMUNITNI) from catalogues/standards.csv and criteria.csv.
// A set is versioned: when the files' content for a set changes in a release, a new version is added;
// earlier versions (and the audits that used them) keep their criteria.
#include "quality/store/standard_sets_sync.hpp"

#include <sodium.h>

#include <map>
#include <stdexcept>

#include "platform/core/catalogue.hpp"
#include "platform/core/resources.hpp"
#include "platform/store/database.hpp"

namespace kvalis::store {
namespace {

constexpr const char* kLatestBuiltin =
    "SELECT version, builtin_fingerprint FROM standard_sets WHERE code = :c ORDER BY version DESC LIMIT 1";
constexpr const char* kInsertSet =
    "INSERT INTO standard_sets (code, version, name, source_act, valid_from, valid_to, builtin_fingerprint, "
    "created_at) VALUES (:c, :v, :n, :src, :vf, :vt, :fp, :t) RETURNING id";
constexpr const char* kInsertStandard =
    "INSERT INTO standards (set_id, number, name_cs, part, name_verified) VALUES (:s, :n, :name, :part, :ver) "
    "RETURNING id";
constexpr const char* kInsertCriterion =
    "INSERT INTO criteria (standard_id, letter, essential, text_cs, source, note) VALUES (:s, :l, :e, :t, :src, :n)";

std::string fingerprint(const std::string& text) {
  unsigned char digest[crypto_generichash_BYTES];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr,
                     0);
  char hex[crypto_generichash_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string set_name(const std::string& code) {
  if (code == "SQSS") return "Standardy kvality sociálních služeb (vyhláška č. 505/2006 Sb., příloha č. 2)";
  if (code == "OSPOD")
    return "Standardy kvality výkonu sociálně-právní ochrany dětí (vyhláška č. 473/2012 Sb., příloha č. 1)";
  if (code == "KOMUNITNI")
    return "Kritéria sociálních služeb komunitního charakteru a kritéria transformace a deinstitucionalizace (MPSV, od "
           "1. 4. 2022)";
  return code;
}

}  // namespace

void sync_quality_catalogues(soci::session& s, MigrationReport& report) {
  auto standards_csv = find_resource("catalogues/standards.csv");
  auto criteria_csv = find_resource("catalogues/criteria.csv");
  if (!standards_csv) return;
  std::vector<catalogue::Problem> problems;
  auto standards = catalogue::parse_standards(*standards_csv, problems);
  auto criteria =
      criteria_csv ? catalogue::parse_criteria(*criteria_csv, problems) : std::vector<catalogue::CriterionRow>{};
  if (!problems.empty())
    throw std::runtime_error("catalogues/standards.csv or criteria.csv: line " + std::to_string(problems[0].line) +
                             ": " + problems[0].message);
  // Group by set; the fingerprint covers every field that an audit would show.
  std::map<std::string, std::string> content;
  for (const auto& st : standards)
    content[st.set_code] += std::to_string(st.number) + "|" + st.name_cs + "|" + st.part + "\n";
  for (const auto& c : criteria)
    content[c.set_code] += std::to_string(c.standard) + c.letter + "|" + c.essential + "|" + c.text_cs + "\n";
  for (const auto& [code, text] : content) {
    const std::string fp = fingerprint(text);
    int version = 0;
    std::string old_fp;
    soci::indicator ind;
    s << kLatestBuiltin, soci::use(code), soci::into(version), soci::into(old_fp, ind);
    // An administrator's version (no fingerprint) is newer than the built-in one: it stays in force; a
    // changed catalogue is then loaded by the administrator through the import, not over their edits.
    if (s.got_data() && (old_fp == fp || ind == soci::i_null || old_fp.empty())) continue;
    const int new_version = s.got_data() ? version + 1 : 1;
    std::string source_act, valid_from, valid_to;
    for (const auto& st : standards)
      if (st.set_code == code) source_act = st.source_act;
    valid_from = code == "OSPOD" ? "2015-01-01" : code == "KOMUNITNI" ? "2022-04-01" : "2007-01-01";
    long long set_id = 0;
    const long long now = now_epoch();
    const std::string name = set_name(code);
    s << kInsertSet, soci::use(code), soci::use(new_version), soci::use(name), soci::use(source_act),
        soci::use(valid_from), soci::use(valid_to), soci::use(fp), soci::use(now), soci::into(set_id);
    std::map<int, long long> standard_ids;
    for (const auto& st : standards) {
      if (st.set_code != code) continue;
      long long id = 0;
      int verified = st.name_verified ? 1 : 0;
      s << kInsertStandard, soci::use(set_id), soci::use(st.number), soci::use(st.name_cs), soci::use(st.part),
          soci::use(verified), soci::into(id);
      standard_ids[st.number] = id;
      ++report.catalogue_rows_added;
    }
    for (const auto& c : criteria) {
      if (c.set_code != code) continue;
      auto it = standard_ids.find(c.standard);
      if (it == standard_ids.end())
        throw std::runtime_error("catalogues/criteria.csv line " + std::to_string(c.line) + ": standard " +
                                 std::to_string(c.standard) + " of set " + code + " is not in standards.csv");
      s << kInsertCriterion, soci::use(it->second), soci::use(c.letter), soci::use(c.essential), soci::use(c.text_cs),
          soci::use(c.source), soci::use(c.note);
      ++report.catalogue_rows_added;
    }
  }
}

}  // namespace kvalis::store
