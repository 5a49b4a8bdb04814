#pragma once
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
// Reading audits as a caller may see them: an audit with the caller's rights, every audit the caller may
// read, and the views the routes, the exports and the other modules' pages show (quality/app/views.hpp).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "platform/core/messages.hpp"
#include "platform/core/result.hpp"
#include "quality/app/views.hpp"
#include "quality/core/audit_access.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {

namespace qrepo = kvalis::store::quality_repo;

inline const Error kAuditMissing{ErrorCode::not_found, {}, "quality.audit.not_found", {}};
inline const Error kSetMissing{ErrorCode::not_found, {}, "quality.set.not_found", {}};
inline const Error kTemplateMissing{ErrorCode::not_found, {}, "quality.template.not_found", {}};
inline const Error kFindingMissing{ErrorCode::not_found, {}, "quality.finding.not_found", {}};
inline const Error kActionMissing{ErrorCode::not_found, {}, "quality.action.not_found", {}};
inline const Error kEvidenceMissing{ErrorCode::not_found, {}, "quality.evidence.not_found", {}};
inline const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};

// Today's date (UTC), YYYY-MM-DD: what due dates are measured against.
std::string today_date();

// An audit the caller may read, with their rights; nullopt (→ 404) otherwise.
struct AuditView {
  qrepo::AuditRow audit;
  AuditRights rights;
};
std::optional<AuditView> load_audit(soci::session& s, const accounts::Principal& p, long long audit_id);
// Every audit the caller may read (the filter narrows further).
// True when the caller reads at least one audit of the service (an audit body's auditor then also reads the
// audited service itself, so an audit never links to a page its team cannot open).
bool reads_audit_of_service(soci::session& s, const accounts::Principal& p, long long service_id);
std::vector<AuditView> visible_audits(soci::session& s, const accounts::Principal& p, const qrepo::AuditFilter& f);
// The light rows of every audit and every corrective action (qrepo::list_audit_heads, list_action_heads): what
// the region's lists and tallies read for 2,000 audits, before they read full rows for one page.
struct Heads {
  std::vector<qrepo::AuditRow> audits;    // newest first
  std::vector<qrepo::ActionRow> actions;  // by due date
};
// Keeps the heads of the newest data version "quality" (bumped in the transaction of every change of an audit,
// finding or action) and "registry" (organisations and services: regions, founders) seen by this process. A
// request reads both versions (one query) and reuses the heads when they match, so the heads are those of the
// request's own snapshot or newer; with several processes behind one database each keeps its own.
class HeadsCache {
 public:
  std::shared_ptr<const Heads> get(soci::session& s);
  int loads() const { return loads_.load(); }  // heads read from the database so far

 private:
  std::mutex mutex_;
  long long quality_version_ = -1;
  long long registry_version_ = -1;
  std::shared_ptr<const Heads> heads_;
  std::atomic<int> loads_{0};
};
HeadsCache& process_heads_cache();
// The heads from the cache when one is given, else read now.
std::shared_ptr<const Heads> heads_of(soci::session& s, HeadsCache* cache);

// An audit head the caller may read, with the caller's rights.
struct HeadView {
  const qrepo::AuditRow* audit;
  AuditRights rights;
};
std::vector<HeadView> visible_heads(const Heads& heads, const accounts::Principal& p);
// Full action rows of these heads, in the heads' order (the rows of one page).
std::vector<qrepo::ActionRow> full_action_rows(soci::session& s, const std::vector<const qrepo::ActionRow*>& heads);
// Full action rows by id, of actions given as (action id, audit id) pairs, in one query.
std::map<long long, qrepo::ActionRow> action_rows_by_id(soci::session& s,
                                                        const std::vector<std::pair<long long, long long>>& ids);
// The corrective actions of these audits (the ones the caller may read), in one query.
using ActionRow = qrepo::ActionRow;
std::vector<ActionRow> action_rows_of_audits(soci::session& s, const std::vector<long long>& audit_ids);

QScale scale_dto(const Scale& scale);
QPassRule pass_rule_dto(const PassRule& rule, const Scale& scale, Lang lang);
// counts: the audit's open and overdue actions (qrepo::action_counts, one query for a whole list).
QAuditSummary summary_dto(const qrepo::AuditRow& a, const qrepo::ActionCounts& counts);
QResults results_dto(const AuditScore& score, const Scale& scale, const std::vector<qrepo::StandardRow>& standards,
                     const std::vector<qrepo::CriterionRow>& criteria, Lang lang);
QEvidence evidence_dto(const qrepo::EvidenceRow& e);
// An action with its due state and what the caller may do; detail adds history, evidence and the indicator.
QAction action_dto(soci::session& s, const qrepo::ActionRow& a, const AuditRights& rights, bool detail);
QAudit audit_dto(soci::session& s, const AuditView& v, Lang lang);
QComparison comparison_dto(soci::session& s, const qrepo::AuditRow& previous, const qrepo::AuditRow& current);

}  // namespace kvalis::quality::app
