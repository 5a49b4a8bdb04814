#pragma once
// Use cases of need coverage (network module, issue 12 items 3 and 4; NETWORK_SPEC [coverage]): collection
// rounds of a region (draft → open → locked, deadline, completeness, reminders, lock), one form per service
// answered against its kind's published card, the upload of answers from Excel or CSV (all or nothing), and
// the coverage map by ORP territory × need with its gaps and overlaps.
//
// Who: region staff (admin/manager of the region organisation, or the platform administrator) manage rounds
// and see every form; other members of the region read everything of it; a provider's admin/manager/worker
// fill the forms of their own organisation's services and read them; anyone related to the region (its
// members, members of organisations of the region) reads the map, which holds counts of services only.
#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/coverage.hpp"
#include "network/core/coverage_rules.hpp"
#include "network/store/coverage_repo.hpp"
#include "platform/core/problems.hpp"
#include "platform/core/result.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

namespace covrepo = kvalis::network::store::coverage_repo;

// ---- rounds ----

struct CoverageRoundInput {
  std::string title, period_from, period_to, deadline;  // dates YYYY-MM-DD
  std::vector<std::string> kinds;                       // kind codes of the service_kinds catalogue
};

struct CoverageRoundView {
  covrepo::RoundRow round;
  covrepo::RegionRow region;
  int submitted = 0, total = 0, overdue = 0;  // of the forms the caller sees
  bool can_manage = false;
};

// Rounds of the caller's region (region_code: another region the caller is related to); region staff see
// drafts too, others only open and locked rounds.
Result<std::vector<CoverageRoundView>> list_coverage_rounds(kvalis::store::Database& db,
                                                            const accounts::Caller& caller,
                                                            const std::string& region_code = "");
Result<CoverageRoundView> create_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                                const std::string& region_code, const CoverageRoundInput& in);
Result<CoverageRoundView> get_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long round_id);
Result<CoverageRoundView> update_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                                long long round_id, const CoverageRoundInput& in);
// Opens a draft round: one form per active service of its kinds in the region, answered against the card
// version of the kind published now; 409 naming the kinds without a published card.
Result<CoverageRoundView> open_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                              long long round_id);
Result<CoverageRoundView> lock_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                              long long round_id);

struct Reminder {
  covrepo::SubmissionRow submission;
  std::vector<std::string> contacts;  // the service's e-mail and phone from the registry
};
// Records a reminder for every form not submitted yet (all open forms; after the deadline they are overdue).
Result<std::vector<Reminder>> remind_coverage_round(kvalis::store::Database& db, const accounts::Caller& caller,
                                                    long long round_id);

// ---- forms ----

Result<std::vector<covrepo::SubmissionRow>> list_coverage_submissions(kvalis::store::Database& db,
                                                                      const accounts::Caller& caller,
                                                                      long long round_id);

struct FormNeed {
  covrepo::CardNeedRow need;
  std::optional<covrepo::AnswerRow> answer;
};
struct CoverageForm {
  covrepo::SubmissionRow submission;
  covrepo::RoundRow round;
  std::vector<FormNeed> needs;
  bool can_edit = false;
};
Result<CoverageForm> get_coverage_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                       long long submission_id);
// Saves the answers given (others stay); partial while the form is open. Problems name need and field.
Result<CoverageForm> save_coverage_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                        long long submission_id, const std::vector<FormAnswer>& answers,
                                        std::vector<AnswerProblem>& problems);
// Submits a form: every need answered, a mediated need names a service or describes it.
Result<CoverageForm> submit_coverage_form(kvalis::store::Database& db, const accounts::Caller& caller,
                                          long long submission_id, std::vector<AnswerProblem>& problems);

// ---- upload and template ----

struct UploadSummary {
  int forms = 0;    // forms changed
  int answers = 0;  // answers saved
};
// Reads an .xlsx (first sheet) or CSV (comma or semicolon) file and saves every line, or nothing: each bad
// line is reported by its number and column. A provider uploads for its own services only.
Result<UploadSummary> upload_coverage(kvalis::store::Database& db, const accounts::Caller& caller, long long round_id,
                                      std::string_view file, ProblemCollector<UploadProblem>& problems);

struct TemplateLine {
  covrepo::SubmissionRow submission;
  covrepo::CardNeedRow need;
  std::optional<covrepo::AnswerRow> answer;
};
// The lines of the upload template: the open forms the caller may fill, each need of its card.
Result<std::vector<TemplateLine>> coverage_template(kvalis::store::Database& db, const accounts::Caller& caller,
                                                    long long round_id);

// ---- the map ----

struct CoverageQuery {
  std::string region_code;  // "" the caller's region; "all" every region (platform administrator)
  long long round_id = 0;   // 0: the latest locked round (of every region for "all")
  std::string kind_code, target_group;
  long long need_area_id = 0;
  bool public_only = false;  // the public portal: any caller, region_code required, only locked rounds
  int overlap_threshold = kDefaultOverlapThreshold;
};

struct MapTerritory {
  std::string code, name;
  long long population = 0;
};
struct MapNeed {
  long long id = 0;
  std::string code, name_cs, name_en;
};
struct CoverageMapView {
  std::optional<covrepo::RoundRow> round;  // none when the region has no locked round yet (or "all")
  std::vector<covrepo::RoundRow> rounds;   // the rounds the map is of
  std::vector<MapNeed> needs;
  std::vector<MapTerritory> territories;
  CoverageMap map;
};

// Computed maps of the most recent queries, each with the data versions "network" and "registry" it was
// computed at, shared by every request of the process; a request reads the versions (one small query, so
// processes sharing a database stay correct) and computes again only when they changed. Bounded (LRU).
class MapCache {
 public:
  explicit MapCache(std::size_t capacity = 16) : capacity_(capacity) {}
  std::shared_ptr<const CoverageMapView> get(const std::string& key, const covrepo::MapVersions& versions);
  void put(const std::string& key, const covrepo::MapVersions& versions, std::shared_ptr<const CoverageMapView> map);
  long long computations() const;  // how many times a map was computed instead of taken from here (tests)
  void count_computation();
  // The scanned answers of a set of rounds (the costly part), shared by the maps of every filter.
  std::shared_ptr<const covrepo::MapScan> get_scan(const std::string& key, const covrepo::MapVersions& versions);
  void put_scan(const std::string& key, const covrepo::MapVersions& versions,
                std::shared_ptr<const covrepo::MapScan> scan);
  long long scans() const;  // how many times rounds were scanned (tests)

 private:
  struct ScanEntry {
    std::string key;
    covrepo::MapVersions versions;
    std::shared_ptr<const covrepo::MapScan> scan;
  };
  std::list<ScanEntry> scans_;  // most recently used first, at most 4
  long long scan_count_ = 0;
  struct Entry {
    std::string key;
    covrepo::MapVersions versions;
    std::shared_ptr<const CoverageMapView> map;
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> entries_;
  long long computations_ = 0;
};
MapCache& process_map_cache();

Result<std::shared_ptr<const CoverageMapView>> coverage_map(kvalis::store::Database& db,
                                                            const accounts::Caller& caller,
                                                            const CoverageQuery& query,
                                                            const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                                            MapCache* cache = nullptr);
// The same reading the catalogues from the database (the command line, tests).
Result<std::shared_ptr<const CoverageMapView>> coverage_map(kvalis::store::Database& db,
                                                            const accounts::Caller& caller,
                                                            const CoverageQuery& query);

// ---- the same in a transaction the caller holds (the demo), at the time `now` ----
// The region code of a region organisation ("" when the organisation is no region).
std::string region_code_of(soci::session& s, long long region_org_id);
Result<CoverageRoundView> create_coverage_round(soci::session& s, const accounts::Caller& caller,
                                                const std::string& region_code, const CoverageRoundInput& in,
                                                long long now);
Result<CoverageRoundView> open_coverage_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                              long long now);
Result<CoverageRoundView> lock_coverage_round(soci::session& s, const accounts::Caller& caller, long long round_id,
                                              long long now);
Result<std::vector<covrepo::SubmissionRow>> list_coverage_submissions(soci::session& s, const accounts::Caller& caller,
                                                                      long long round_id);
Result<CoverageForm> save_coverage_form(soci::session& s, const accounts::Caller& caller, long long submission_id,
                                        const std::vector<FormAnswer>& answers, std::vector<AnswerProblem>& problems,
                                        long long now);
Result<CoverageForm> submit_coverage_form(soci::session& s, const accounts::Caller& caller, long long submission_id,
                                          std::vector<AnswerProblem>& problems, long long now);
Result<CoverageForm> get_coverage_form(soci::session& s, const accounts::Caller& caller, long long submission_id);
Result<std::vector<CoverageRoundView>> list_coverage_rounds(soci::session& s, const accounts::Caller& caller,
                                                            const std::string& region_code);

}  // namespace kvalis::network::app
