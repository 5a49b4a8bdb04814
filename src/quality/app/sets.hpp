#pragma once
// Use cases of the standards library and audit templates: list and read sets, create an own set, save an
// edited set as a new version, import criteria from CSV as a new version (all or nothing, every bad line
// reported); list, read, create and change audit templates. One transaction each, with its activity entry.
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/messages.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/app/views.hpp"

namespace kvalis::quality::app {

QSetList list_sets(store::Database& db, const accounts::Caller& caller);
Result<QSet> get_set(store::Database& db, const accounts::Caller& caller, long long set_id);
// The newest version of a set by its code (the demo's own checklist, the built-in SQSS): nullopt when none.
std::optional<long long> latest_set_version(soci::session& s, const std::string& code);

Result<long long> create_set(soci::session& s, const accounts::Caller& caller, const QSetInput& in, long long now);
Result<QSet> create_set(store::Database& db, const accounts::Caller& caller, const QSetInput& in);
Result<QSet> create_set_version(store::Database& db, const accounts::Caller& caller, long long set_id,
                                const QSetInput& in);

struct SetImport {
  std::string csv;                        // set,standard,letter,essential,text_cs,source,note
  std::optional<std::string> valid_from;  // default today
  bool dry_run = false;
};
// The import's report (problems translated to lang); created is set when a version was made.
Result<QImportResult> import_set(store::Database& db, const accounts::Caller& caller, long long set_id,
                                 const SetImport& in, Lang lang);
// The criteria of a set version in the import format: the file name's stem and the rows.
struct SetExport {
  std::string stem;  // SQSS-v2
  std::string code;
  std::vector<QCriterion> criteria;
};
Result<SetExport> export_set(store::Database& db, const accounts::Caller& caller, long long set_id);

QTemplateList list_templates(store::Database& db, const accounts::Caller& caller, Lang lang);
Result<QTemplate> get_template(store::Database& db, const accounts::Caller& caller, long long template_id, Lang lang);
// A template by its name and owner (the demo runs again).
std::optional<long long> template_named(soci::session& s, const std::string& name,
                                        std::optional<long long> owner_org_id);
Result<long long> create_template(soci::session& s, const accounts::Caller& caller, const QTemplateInput& in,
                                  long long now);
Result<QTemplate> create_template(store::Database& db, const accounts::Caller& caller, const QTemplateInput& in,
                                  Lang lang);
Status update_template(soci::session& s, const accounts::Caller& caller, long long template_id,
                       const QTemplateInput& in, long long now);
Result<QTemplate> update_template(store::Database& db, const accounts::Caller& caller, long long template_id,
                                  const QTemplateInput& in, Lang lang);

}  // namespace kvalis::quality::app
