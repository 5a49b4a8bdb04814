#include "registry/app/registry_import.hpp"

#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "platform/core/dates.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/bulk_load.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/database.hpp"
#include "registry/import/rpss_item.hpp"
#include "registry/import/rpss_values.hpp"
#include "registry/store/registry_repo.hpp"
#include "registry/store/registry_snapshot.hpp"

namespace kvalis::registry::app {

using namespace importers;

namespace {

constexpr const char* kSource = "registry";

struct Rollback {};

long long stream_size(std::istream& in) {
  const auto start = in.tellg();
  if (start == std::streampos(-1)) return 0;
  in.seekg(0, std::ios::end);
  const auto end = in.tellg();
  in.seekg(start);
  if (!in || end == std::streampos(-1)) {
    in.clear();
    in.seekg(start);
    return 0;
  }
  return static_cast<long long>(end - start);
}

// One import inside one transaction.
class ImportRun {
 public:
  ImportRun(soci::session& s, const accounts::Caller& caller, const ImportOptions& options, ImportReport& report,
            std::ostream& progress, long long total_bytes)
      : s_(s),
        caller_(caller),
        options_(options),
        report_(report),
        progress_(progress),
        total_bytes_(total_bytes),
        now_(store::now_epoch()),
        codes_(store::catalogue_repo::load_all(s)),
        writer_(s, now_, kSource, /*batched=*/true) {
    mapping_.today = options.today.empty() ? format_date(now_) : options.today;
    mapping_.history = options.history;
  }

  void read(std::istream& in) {
    if (!options_.region.empty() && !codes_.has(kRegions, options_.region)) {
      report_.fatal = "unknown region code \"" + options_.region + "\" (see catalogues/regions.csv)";
      return;
    }
    snapshot_ = load_registry_snapshot(s_);
    ReaderOptions ro;
    ro.skip_keys = rpss_ignored_keys();
    auto result = read_rpss(
        in, [this](const ItemPosition& pos, const boost::json::value& v) { item(pos, v); }, ro);
    report_.items = result.items;
    report_.syntax_error = result.syntax_error;
    if (!result.structure_error.empty()) report_.fatal = result.structure_error;
    // An empty selection would end every registry service (of the region): refuse it.
    if (result.ok() && report_.imported == 0 && report_.errors.empty())
      report_.fatal = options_.region.empty()
                          ? "the file holds no current service; nothing changed"
                          : "the file holds no current service of region " + options_.region + "; nothing changed";
  }

  bool can_commit() const {
    return !report_.syntax_error && report_.fatal.empty() && (report_.errors.empty() || options_.skip_invalid);
  }

  void finish() {
    writer_.flush();  // the rows held by the batched writer, before anything reads services again
    end_services();
    if (report_.changed()) store::data_versions::bump(s_, "registry");
    if (options_.dry_run) return;
    auto e = caller_.activity("registry.import", "registry", 0, 0, audit_detail());
    e.at = now_;
    e.entity_id = options_.source_name;
    store::activity_log::append(s_, e);
  }

 private:
  void item(const ItemPosition& pos, const boost::json::value& v) {
    if (options_.progress_every > 0 && pos.index % options_.progress_every == 0) {
      progress_ << "  " << pos.index << " items";
      if (total_bytes_ > 0) progress_ << " (" << (100 * pos.offset / total_bytes_) << " % of the file)";
      progress_ << "\n";
    }
    MappedItem m = map_rpss_item(v, codes_, mapping_);
    const std::string& id = m.service.registry_id;
    if (!id.empty()) in_file_.insert(id);
    // Out of scope (another region, or ended without --history): neither written nor reported as bad.
    if (!options_.region.empty() && m.service.region_code != options_.region) {
      ++report_.skipped_other_region;
      return;
    }
    if (m.ended && !options_.history) {
      ++report_.skipped_ended;
      if (!id.empty() && m.errors.empty()) ended_in_file_.emplace_back(id, m.service.ended_on);
      return;
    }
    if (!id.empty()) {
      auto [it, inserted] = first_seen_.emplace(id, pos);
      if (!inserted)
        m.errors.push_back("identifikator " + id + " repeats item " + std::to_string(it->second.index) + " (line " +
                           std::to_string(it->second.line) + ")");
    }
    for (auto& w : m.warnings) warn(std::move(w), pos, id);
    if (!m.errors.empty()) {
      report_.errors.add(ItemProblem{pos, id, std::move(m.errors)});
      ++report_.skipped_invalid;
      return;
    }
    ++report_.imported;
    report_.facilities += static_cast<long long>(m.service.facilities.size());
    report_.secret_facilities += m.secret_facilities;
    // Once an item is bad nothing will be committed: the rest is only checked.
    if (!report_.errors.empty() && !options_.skip_invalid) return;
    write(m);
  }

  void warn(std::string message, const ItemPosition& pos, const std::string& id) {
    auto it = warning_index_.find(message);
    if (it == warning_index_.end()) {
      warning_index_.emplace(message, report_.warnings.size());
      report_.warnings.push_back(ImportWarning{std::move(message), 1, pos, id});
    } else {
      ++report_.warnings[it->second].count;
    }
  }

  void write(const MappedItem& m) {
    const std::string& ico = m.provider.ico;
    long long provider_id = 0;
    if (auto it = provider_ids_.find(ico); it != provider_ids_.end()) {
      provider_id = it->second;  // written (or found unchanged) for an earlier item
    } else {
      auto stored = snapshot_.providers.find(ico);
      if (stored == snapshot_.providers.end()) {
        provider_id = writer_.provider(m.provider);
        ++report_.providers_new;
      } else if (provider_differs(stored->second, m.provider)) {
        provider_id = writer_.provider(m.provider);
        ++report_.providers_changed;
      } else {
        provider_id = stored->second.id;
        ++report_.providers_unchanged;
      }
      provider_ids_.emplace(ico, provider_id);
    }
    auto stored = snapshot_.services.find(m.service.registry_id);
    if (stored == snapshot_.services.end()) {
      writer_.service(provider_id, m.service);
      ++report_.services_new;
    } else if (stored->second.source != kSource || stored->second.fingerprint != service_fingerprint(m.service, ico)) {
      writer_.service(provider_id, m.service);
      ++report_.services_changed;
    } else {
      ++report_.services_unchanged;
    }
  }

  // Registry services that the file no longer lists (within the region, with --region) end today; those
  // it lists as ended end on their date.
  void end_services() {
    ServiceEnder ender(s_, now_);
    const auto endable = [&](const StoredService& st) { return st.source == kSource && st.status == "active"; };
    for (const auto& [registry_id, st] : snapshot_.services) {
      if (!endable(st) || in_file_.count(registry_id)) continue;
      if (!options_.region.empty() && st.region_code != options_.region) continue;
      ender.end(st.id, mapping_.today);
      ++report_.services_ended;
    }
    for (const auto& [registry_id, ended_on] : ended_in_file_) {
      auto it = snapshot_.services.find(registry_id);
      if (it == snapshot_.services.end() || !endable(it->second)) continue;
      ender.end(it->second.id, ended_on);
      ++report_.services_ended;
    }
  }

  std::string audit_detail() const {
    const auto& r = report_;
    std::ostringstream d;
    d << "items=" << r.items << " imported=" << r.imported << " providers_new=" << r.providers_new
      << " providers_changed=" << r.providers_changed << " services_new=" << r.services_new
      << " services_changed=" << r.services_changed << " services_unchanged=" << r.services_unchanged
      << " services_ended=" << r.services_ended << " facilities=" << r.facilities
      << " secret_facilities=" << r.secret_facilities << " warnings=" << r.warnings.size()
      << " invalid_skipped=" << r.skipped_invalid;
    if (!options_.region.empty()) d << " region=" << options_.region;
    if (options_.history) d << " history=1";
    return d.str();
  }

  soci::session& s_;
  const accounts::Caller& caller_;
  const ImportOptions& options_;
  ImportReport& report_;
  std::ostream& progress_;
  long long total_bytes_;
  long long now_;
  RegistryCodes codes_;
  MappingOptions mapping_;
  RegistrySnapshot snapshot_;
  store::registry_repo::RegistryWriter writer_;
  std::unordered_map<std::string, long long> provider_ids_;   // IČO → id, for this run
  std::unordered_map<std::string, ItemPosition> first_seen_;  // identifikator → first item in scope
  std::unordered_set<std::string> in_file_;                   // every identifikator in the file
  std::vector<std::pair<std::string, std::string>> ended_in_file_;
  std::unordered_map<std::string, std::size_t> warning_index_;
};

void print_position(std::ostream& out, const ItemPosition& p, const std::string& id) {
  out << "item " << p.index << " (line " << p.line;
  if (p.line == 1) out << ", column " << p.column;
  if (!id.empty()) out << ", identifikator " << id;
  out << ")";
}

}  // namespace

ImportReport import_registry(store::Database& db, const accounts::Caller& caller, std::istream& in,
                             const ImportOptions& options, std::ostream& progress) {
  ImportReport report;
  report.dry_run = options.dry_run;
  const long long total = options.total_bytes ? options.total_bytes : stream_size(in);
  try {
    db.write([&](soci::session& s) {
      // the registry's tables, whose rows the run writes (on PostgreSQL their keys are checked once, at the end)
      store::with_foreign_keys_checked_at_end(
          s,
          {"organisations", "services", "service_forms", "service_capacities", "service_target_groups",
           "service_age_groups", "service_territories", "facilities", "service_contacts"},
          [&] {
            ImportRun run(s, caller, options, report, progress, total);
            run.read(in);
            if (!run.can_commit()) throw Rollback{};
            run.finish();
          });
      report.succeeded = true;
      if (options.dry_run) throw Rollback{};
    });
    report.committed = true;
  } catch (const Rollback&) {
    // Nothing written: the transaction was rolled back.
  }
  return report;
}

void print_report(const ImportReport& r, std::ostream& out) {
  if (r.syntax_error) {
    const auto& e = *r.syntax_error;
    out << "Malformed JSON at line " << e.line << ", column " << e.column << ": " << e.message << "\n";
  }
  if (!r.fatal.empty()) out << "Cannot import: " << r.fatal << "\n";
  out << (r.dry_run ? "Dry run (nothing written): " : "") << r.items << " items read, " << r.imported
      << " valid services in scope";
  if (!r.errors.empty()) out << ", " << r.errors.total() << " bad items";
  out << "\n";
  if (r.succeeded) {
    // Counts of a failed import would describe a half-done run that was rolled back: not shown.
    out << "  providers: " << r.providers_new << " new, " << r.providers_changed << " changed, "
        << r.providers_unchanged << " unchanged\n";
    out << "  services: " << r.services_new << " new, " << r.services_changed << " changed, " << r.services_unchanged
        << " unchanged, " << r.services_ended << " ended\n";
    out << "  facilities: " << r.facilities << " (" << r.secret_facilities << " with a secret address)\n";
  }
  if (r.skipped_ended || r.skipped_other_region)
    out << "  skipped: " << r.skipped_ended << " ended services (see --history), " << r.skipped_other_region
        << " of other regions\n";
  if (!r.warnings.empty()) {
    out << "Warnings (" << r.warnings.size() << "):\n";
    for (const auto& w : r.warnings) {
      out << "  " << w.message << ": " << w.count << (w.count == 1 ? " item" : " items") << ", first ";
      print_position(out, w.first, w.first_identifier);
      out << "\n";
    }
  }
  if (!r.errors.empty()) {
    out << "Bad items (" << r.errors.total() << "):\n";
    for (const auto& e : r.errors.items()) {
      out << "  ";
      print_position(out, e.position, e.identifier);
      out << ": ";
      for (std::size_t i = 0; i < e.reasons.size(); ++i) out << (i ? "; " : "") << e.reasons[i];
      out << "\n";
    }
    if (r.errors.omitted()) out << "  … and " << r.errors.omitted() << " more bad items\n";
  }
  if (r.committed)
    out << (r.changed() ? "Imported.\n" : "Nothing to change.\n");
  else if (r.dry_run && r.succeeded)
    out << "Dry run: rolled back.\n";
  else if (!r.errors.empty() && !r.syntax_error && r.fatal.empty())
    out << "Nothing was changed: fix the bad items or use --skip-invalid.\n";
  else
    out << "Nothing was changed.\n";
  if (r.committed && !r.errors.empty()) out << r.errors.total() << " bad items were skipped (--skip-invalid).\n";
}

}  // namespace kvalis::registry::app
