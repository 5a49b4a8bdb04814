#include "quality/app/actions.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <unordered_map>

#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/core/evidence.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {
namespace {

const std::vector<std::string> kSeverities = {"low", "medium", "high"};

Result<AuditView> readable(soci::session& s, const accounts::Caller& caller, long long id) {
  auto v = load_audit(s, caller.principal, id);
  if (!v) return kAuditMissing;
  return std::move(*v);
}

Status apply_finding(soci::session& s, const QFindingInput& in, const AuditView& v, qrepo::FindingRow& f) {
  if (in.severity) {
    if (std::find(kSeverities.begin(), kSeverities.end(), *in.severity) == kSeverities.end())
      return invalid("severity", "quality.finding.severity_invalid", {{"value", *in.severity}});
    f.severity = *in.severity;
  }
  if (in.text) f.text = trim(*in.text);
  if (in.recommendation) f.recommendation = trim(*in.recommendation);
  if (in.criterion_id) {
    if (*in.criterion_id == 0) {
      f.criterion_id.reset();
    } else {
      const auto criteria = qrepo::criteria_of(s, v.audit.set_id);
      if (std::none_of(criteria.begin(), criteria.end(),
                       [&](const qrepo::CriterionRow& c) { return c.id == *in.criterion_id; }))
        return invalid("criterion_id", "quality.assessment.unknown_criterion",
                       {{"value", std::to_string(*in.criterion_id)}});
      f.criterion_id = *in.criterion_id;
    }
  }
  if (f.severity.empty()) return invalid("severity", "field.required");
  if (auto st = check_text("text", f.text, 4000, true); !st) return st;
  return check_text("recommendation", f.recommendation, 4000, false);
}

QFinding finding_view(soci::session& s, long long finding_id, const AuditView& v) {
  auto f = *qrepo::get_finding(s, finding_id);
  QFinding d{f.id,
             f.audit_id,
             f.criterion_id,
             f.criterion_code,
             f.severity,
             f.text,
             f.recommendation,
             {},
             format_timestamp(f.created_at)};
  for (const auto& x : qrepo::actions_of_audit(s, f.audit_id))
    if (x.finding_id == f.id) d.actions.push_back(action_dto(s, x, v.rights, false));
  return d;
}

// A finding with its audit, for a caller who may read the audit.
struct FindingView {
  qrepo::FindingRow finding;
  AuditView audit;
};

Result<FindingView> readable_finding(soci::session& s, const accounts::Caller& caller, long long id) {
  auto f = qrepo::get_finding(s, id);
  if (!f) return kFindingMissing;
  auto v = load_audit(s, caller.principal, f->audit_id);
  if (!v) return kFindingMissing;
  return FindingView{std::move(*f), std::move(*v)};
}

Status apply_action(soci::session& s, const QActionInput& in, qrepo::ActionRow& a) {
  auto& c = a.action;
  if (in.text) c.text = trim(*in.text);
  if (in.owner) c.owner = trim(*in.owner);
  if (in.due_date) c.due_date = *in.due_date;
  if (in.bm_indicator_code) a.bm_indicator_code = trim(*in.bm_indicator_code);
  if (in.bm_group_id) a.bm_group_id = *in.bm_group_id ? std::optional<long long>(*in.bm_group_id) : std::nullopt;
  if (a.bm_indicator_code.empty()) a.bm_group_id.reset();
  if (auto st = check_text("text", c.text, 4000, true); !st) return st;
  if (auto st = check_line("owner", c.owner, 200, true); !st) return st;
  if (auto st = check_date("due_date", c.due_date, true); !st) return st;
  if (!a.bm_indicator_code.empty()) {
    if (!a.bm_group_id) return invalid("bm_group_id", "field.required");
    if (!qrepo::group_has_indicator(s, *a.bm_group_id, a.bm_indicator_code))
      return invalid("bm_indicator_code", "quality.action.indicator_unknown", {{"value", a.bm_indicator_code}});
  }
  return ok_status();
}

struct ActionView {
  qrepo::ActionRow action;
  AuditView audit;
};

Result<ActionView> readable_action(soci::session& s, const accounts::Caller& caller, long long id) {
  auto a = qrepo::get_action(s, id);
  if (!a) return kActionMissing;
  auto v = load_audit(s, caller.principal, a->audit_id);
  if (!v) return kActionMissing;
  return ActionView{std::move(*a), std::move(*v)};
}

QAction action_detail(soci::session& s, const accounts::Caller& caller, long long id) {
  auto v = readable_action(s, caller, id);
  return action_dto(s, v->action, v->audit.rights, true);
}

// ";13;14;" (or "" = every kind) holds the kind.
bool kinds_hold(const std::string& kinds, const std::string& kind) {
  return kinds.empty() || kind.empty() || kinds.find(";" + kind + ";") != std::string::npos;
}

Result<QEvidence> store_evidence(soci::session& s, const accounts::Caller& caller, qrepo::EvidenceRow e,
                                 const Upload& upload, long long organisation_id) {
  auto type = check_evidence_file(upload.file_name, upload.data);
  if (!type) return type.error();
  e.file_name = upload.file_name;
  e.content_type = (*type)->content_type;
  e.size_bytes = static_cast<long long>(upload.data.size());
  e.sha256 = sha256_hex(upload.data);
  e.uploaded_by = caller.principal.user_id;
  e.uploaded_by_name = caller.principal.display_name;
  e.uploaded_at = store::now_epoch();
  e.id = qrepo::insert_evidence(s, e, to_base64(upload.data));
  store::activity_log::append(s, caller.activity("quality.evidence.upload", "q_evidence", e.id, organisation_id,
                                                 upload.file_name + " " + e.sha256));
  return evidence_dto(e);
}

}  // namespace

// ---- findings -------------------------------------------------------------------------------------

Result<long long> create_finding(soci::session& s, const accounts::Caller& caller, long long audit_id,
                                 const QFindingInput& in, long long now) {
  auto v = readable(s, caller, audit_id);
  if (!v) return v.error();
  if (auto st = check_audit_change(AuditChange::kEditFindings, v->rights, v->audit.status); !st) return st.error();
  qrepo::FindingRow f;
  f.audit_id = v->audit.id;
  if (auto st = apply_finding(s, in, *v, f); !st) return st.error();
  f.created_by = caller.principal.user_id;
  f.created_at = now;
  f.id = qrepo::insert_finding(s, f);
  store::activity_log::append(s, caller.activity("quality.finding.create", "q_finding", f.id, v->audit.audited_org_id));
  return f.id;
}

Result<QFinding> create_finding(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                const QFindingInput& in) {
  return db.write([&](soci::session& s) -> Result<QFinding> {
    auto id = create_finding(s, caller, audit_id, in, store::now_epoch());
    if (!id) return id.error();
    return finding_view(s, *id, *load_audit(s, caller.principal, audit_id));
  });
}

Result<QFinding> update_finding(store::Database& db, const accounts::Caller& caller, long long finding_id,
                                const QFindingInput& in) {
  return db.write([&](soci::session& s) -> Result<QFinding> {
    auto fv = readable_finding(s, caller, finding_id);
    if (!fv) return fv.error();
    if (auto st = check_audit_change(AuditChange::kEditFindings, fv->audit.rights, fv->audit.audit.status); !st)
      return st.error();
    if (auto st = apply_finding(s, in, fv->audit, fv->finding); !st) return st.error();
    qrepo::update_finding(s, fv->finding);
    store::activity_log::append(
        s, caller.activity("quality.finding.update", "q_finding", finding_id, fv->audit.audit.audited_org_id));
    return finding_view(s, finding_id, fv->audit);
  });
}

Status delete_finding(store::Database& db, const accounts::Caller& caller, long long finding_id) {
  return db.write([&](soci::session& s) -> Status {
    auto fv = readable_finding(s, caller, finding_id);
    if (!fv) return fv.error();
    if (auto st = check_audit_change(AuditChange::kDeleteFinding, fv->audit.rights, fv->audit.audit.status); !st)
      return st;
    qrepo::delete_finding(s, finding_id);
    store::activity_log::append(
        s, caller.activity("quality.finding.delete", "q_finding", finding_id, fv->audit.audit.audited_org_id));
    return ok_status();
  });
}

// ---- actions --------------------------------------------------------------------------------------

Result<long long> create_action(soci::session& s, const accounts::Caller& caller, long long finding_id,
                                const QActionInput& in, long long now) {
  auto fv = readable_finding(s, caller, finding_id);
  if (!fv) return fv.error();
  if (!fv->audit.rights.plan_actions) return kForbidden;
  qrepo::ActionRow a;
  a.finding_id = fv->finding.id;
  a.audit_id = fv->finding.audit_id;
  if (auto st = apply_action(s, in, a); !st) return st.error();
  a.created_by = caller.principal.user_id;
  qrepo::insert_action(s, a, now);
  const auto& kinds = fv->audit.rights.actor_kinds;
  const auto actor = kinds.empty()                                                               ? ActorKind::kAuditor
                     : std::find(kinds.begin(), kinds.end(), ActorKind::kAuditor) != kinds.end() ? ActorKind::kAuditor
                                                                                                 : kinds.front();
  qrepo::insert_action_event(s, {a.id, "", "open", std::string(to_string(actor)), caller.principal.user_id,
                                 caller.principal.display_name, format_date(now), "", now});
  store::activity_log::append(
      s, caller.activity("quality.action.create", "q_action", a.id, fv->audit.audit.audited_org_id));
  return a.id;
}

Result<QAction> create_action(store::Database& db, const accounts::Caller& caller, long long finding_id,
                              const QActionInput& in) {
  return db.write([&](soci::session& s) -> Result<QAction> {
    auto id = create_action(s, caller, finding_id, in, store::now_epoch());
    if (!id) return id.error();
    return action_detail(s, caller, *id);
  });
}

Result<long long> record_action(soci::session& s, const accounts::Caller& caller, long long finding_id,
                                const QActionInput& in, const std::vector<ActionStep>& history, long long now) {
  auto fv = readable_finding(s, caller, finding_id);
  if (!fv) return fv.error();
  if (!fv->audit.rights.plan_actions) return kForbidden;
  qrepo::ActionRow a;
  a.finding_id = fv->finding.id;
  a.audit_id = fv->finding.audit_id;
  if (auto st = apply_action(s, in, a); !st) return st.error();
  a.action.finding_id = std::to_string(a.finding_id);
  a.created_by = caller.principal.user_id;
  std::vector<qrepo::ActionEventRow> events;
  for (const auto& step : history) {
    const auto from = a.action.status;
    auto next = apply_transition(a.action, {step.to, step.actor, step.date, step.note});
    if (!next) return next.error();
    a.action = next.value();
    events.push_back({0, std::string(to_string(from)), std::string(to_string(step.to)),
                      std::string(to_string(step.actor)), step.user_id, step.user_name, step.date, trim(step.note),
                      step.at});
  }
  qrepo::insert_action(s, a, now);
  for (auto& e : events) {
    e.action_id = a.id;
    qrepo::insert_action_event(s, e);
  }
  store::activity_log::append(
      s, caller.activity("quality.action.create", "q_action", a.id, fv->audit.audit.audited_org_id));
  return a.id;
}

Result<QAction> get_action(store::Database& db, const accounts::Caller& caller, long long action_id) {
  return db.read([&](soci::session& s) -> Result<QAction> {
    auto v = readable_action(s, caller, action_id);
    if (!v) return v.error();
    return action_dto(s, v->action, v->audit.rights, true);
  });
}

Result<QAction> update_action(store::Database& db, const accounts::Caller& caller, long long action_id,
                              const QActionInput& in) {
  return db.write([&](soci::session& s) -> Result<QAction> {
    auto v = readable_action(s, caller, action_id);
    if (!v) return v.error();
    if (!v->audit.rights.plan_actions) return kForbidden;
    if (v->action.action.status == ActionStatus::kVerified) return invalid("status", "quality.action.final");
    if (auto st = apply_action(s, in, v->action); !st) return st.error();
    qrepo::update_action(s, v->action, store::now_epoch());
    store::activity_log::append(
        s, caller.activity("quality.action.update", "q_action", action_id, v->audit.audit.audited_org_id));
    return action_detail(s, caller, action_id);
  });
}

Status transition_action(soci::session& s, const accounts::Caller& caller, long long action_id, const Transition& t,
                         long long now, Lang lang) {
  const std::string date = t.date.value_or(format_date(now));
  if (auto st = check_date("date", date, true); !st) return st;
  if (auto st = check_text("note", t.note, 4000, false); !st) return st;
  auto v = readable_action(s, caller, action_id);
  if (!v) return v.error();
  const auto& rights = v->audit.rights;
  if (rights.actor_kinds.empty()) return kForbidden;
  const auto from = v->action.action.status;
  auto actor = actor_for(rights, from, t.to, t.note);
  if (!actor) {
    // Report why, in the capacity that comes closest (a verifier's reason beats "not allowed").
    auto error = check_transition(from, t.to, rights.actor_kinds.back(), t.note);
    if (!error) return kForbidden;
    Error e = to_error(*error, from, t.to);
    // The message names the states as people call them, not by their codes.
    for (auto& [key, value] : e.params)
      if (key == "from" || key == "to") value = translate("quality.status." + value, lang);
    return e;
  }
  auto next = apply_transition(v->action.action, {t.to, *actor, date, t.note});
  if (!next) return next.error();
  v->action.action = next.value();
  qrepo::update_action(s, v->action, now);
  qrepo::insert_action_event(
      s, {v->action.id, std::string(to_string(from)), std::string(to_string(t.to)), std::string(to_string(*actor)),
          caller.principal.user_id, caller.principal.display_name, date, trim(t.note), now});
  store::activity_log::append(s, caller.activity("quality.action.transition", "q_action", action_id,
                                                 v->audit.audit.audited_org_id, std::string(to_string(t.to))));
  return ok_status();
}

Result<QAction> transition_action(store::Database& db, const accounts::Caller& caller, long long action_id,
                                  const Transition& t, Lang lang) {
  return db.write([&](soci::session& s) -> Result<QAction> {
    if (auto st = transition_action(s, caller, action_id, t, store::now_epoch(), lang); !st) return st.error();
    return action_detail(s, caller, action_id);
  });
}

namespace {

// The actions the caller may read that match the query, in list order (by due date; most overdue first for
// the overdue list), each with its due state taken from its light row: no DTO is built and nothing more is
// read until a page is chosen.
struct ActionHit {
  const ActionRow* row;
  DueInfo due;
};
struct ActionHits {
  std::shared_ptr<const Heads> heads;  // the rows the hits point into
  std::unordered_map<long long, AuditRights> rights;
  std::vector<ActionHit> hits;
  int overdue = 0;  // of the matching actions (before the overdue-only filter)
};

ActionHits matching_actions(soci::session& s, const accounts::Caller& caller, const ActionQuery& q, HeadsCache* cache) {
  ActionHits out;
  out.heads = heads_of(s, cache);
  for (auto& v : visible_heads(*out.heads, caller.principal)) out.rights.emplace(v.audit->id, std::move(v.rights));
  const std::string today = today_date();
  for (const auto& a : out.heads->actions) {
    if (!out.rights.contains(a.audit_id)) continue;
    if (q.status && a.action.status != *q.status) continue;
    if (q.org_id && a.audited_org_id != *q.org_id) continue;
    if (q.audit_id && a.audit_id != *q.audit_id) continue;
    if (q.service_id && a.service_id != q.service_id) continue;
    auto due = due_info(a.action, today);
    const DueInfo info = due ? due.value() : DueInfo{};
    const bool overdue = due && info.state == DueState::kOverdue;
    if (overdue) ++out.overdue;
    if (q.overdue_only && !overdue) continue;
    out.hits.push_back({&a, info});
  }
  if (q.overdue_only)
    std::stable_sort(out.hits.begin(), out.hits.end(),
                     [](const ActionHit& a, const ActionHit& b) { return a.due.days_overdue > b.due.days_overdue; });
  return out;
}

// Full rows and DTOs (with indicator names and allowed transitions) of hits [first, first + count).
std::vector<QAction> action_dtos(soci::session& s, const ActionHits& found, std::size_t first, std::size_t count) {
  std::vector<const ActionRow*> heads;
  for (std::size_t i = first; i < found.hits.size() && heads.size() < count; ++i) heads.push_back(found.hits[i].row);
  std::vector<QAction> out;
  out.reserve(heads.size());
  for (const auto& a : full_action_rows(s, heads)) out.push_back(action_dto(s, a, found.rights.at(a.audit_id), false));
  return out;
}

}  // namespace

std::vector<QAction> find_actions(store::Database& db, const accounts::Caller& caller, const ActionQuery& q,
                                  int* overdue, HeadsCache* cache) {
  return db.read([&](soci::session& s) {
    auto found = matching_actions(s, caller, q, cache);
    if (overdue) *overdue += found.overdue;
    return action_dtos(s, found, 0, found.hits.size());
  });
}

QActionList list_actions(store::Database& db, const accounts::Caller& caller, const ActionQuery& q, int page,
                         int page_size, HeadsCache* cache) {
  return db.read([&](soci::session& s) {
    QActionList out;
    auto found = matching_actions(s, caller, q, cache);
    out.overdue = found.overdue;
    out.total = static_cast<long long>(found.hits.size());
    out.page = page;
    out.page_size = page_size;
    out.items = action_dtos(s, found, static_cast<std::size_t>(page - 1) * static_cast<std::size_t>(page_size),
                            static_cast<std::size_t>(page_size));
    return out;
  });
}

Result<QIndicatorChoiceList> indicator_choices(store::Database& db, const accounts::Caller& caller,
                                               long long audit_id) {
  return db.read([&](soci::session& s) -> Result<QIndicatorChoiceList> {
    auto v = readable(s, caller, audit_id);
    if (!v) return v.error();
    QIndicatorChoiceList out;
    for (const auto& r : qrepo::indicator_choices(s, v->audit.audited_org_id))
      if (kinds_hold(r.group_kinds, v->audit.kind_code) && kinds_hold(r.kinds, v->audit.kind_code))
        out.items.push_back({r.group_id, r.group_name, r.code, r.name_cs, r.name_en, r.unit});
    return out;
  });
}

// ---- evidence -------------------------------------------------------------------------------------

Result<QEvidence> upload_audit_evidence(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                        const Upload& upload) {
  if (auto st = check_evidence_name(upload.file_name); !st) return st.error();
  return db.write([&](soci::session& s) -> Result<QEvidence> {
    auto v = readable(s, caller, audit_id);
    if (!v) return v.error();
    if (auto st = check_audit_change(AuditChange::kScore, v->rights, v->audit.status); !st) return st.error();
    qrepo::EvidenceRow e;
    e.audit_id = v->audit.id;
    if (upload.criterion_id) {
      const auto criteria = qrepo::criteria_of(s, v->audit.set_id);
      if (std::none_of(criteria.begin(), criteria.end(),
                       [&](const qrepo::CriterionRow& c) { return c.id == *upload.criterion_id; }))
        return invalid("criterion_id", "quality.assessment.unknown_criterion",
                       {{"value", std::to_string(*upload.criterion_id)}});
      e.criterion_id = upload.criterion_id;
    }
    auto d = store_evidence(s, caller, e, upload, v->audit.audited_org_id);
    if (d) qrepo::touch_audit(s, v->audit.id, store::now_epoch());
    return d;
  });
}

Result<QEvidence> upload_action_evidence(store::Database& db, const accounts::Caller& caller, long long action_id,
                                         const Upload& upload) {
  if (auto st = check_evidence_name(upload.file_name); !st) return st.error();
  return db.write([&](soci::session& s) -> Result<QEvidence> {
    auto v = readable_action(s, caller, action_id);
    if (!v) return v.error();
    if (v->audit.rights.actor_kinds.empty() && !v->audit.rights.plan_actions) return kForbidden;
    if (v->action.action.status == ActionStatus::kVerified) return invalid("status", "quality.action.final");
    qrepo::EvidenceRow e;
    e.audit_id = v->action.audit_id;
    e.action_id = v->action.id;
    return store_evidence(s, caller, e, upload, v->audit.audit.audited_org_id);
  });
}

Result<EvidenceFile> read_evidence(store::Database& db, const accounts::Caller& caller, long long evidence_id) {
  return db.write([&](soci::session& s) -> Result<EvidenceFile> {
    auto e = qrepo::get_evidence(s, evidence_id);
    if (!e) return kEvidenceMissing;
    auto v = load_audit(s, caller.principal, e->audit_id);
    if (!v) return kEvidenceMissing;
    store::activity_log::append(
        s, caller.activity("quality.evidence.read", "q_evidence", e->id, v->audit.audited_org_id, e->file_name));
    return EvidenceFile{e->file_name, e->content_type, from_base64(qrepo::evidence_content(s, e->id))};
  });
}

Status delete_evidence(store::Database& db, const accounts::Caller& caller, long long evidence_id) {
  return db.write([&](soci::session& s) -> Status {
    auto e = qrepo::get_evidence(s, evidence_id);
    if (!e) return kEvidenceMissing;
    auto v = load_audit(s, caller.principal, e->audit_id);
    if (!v) return kEvidenceMissing;
    const bool own = e->uploaded_by == caller.principal.user_id;
    if (e->action_id) {
      if (!(own || v->rights.manage)) return kForbidden;
    } else if (auto st = check_audit_change(AuditChange::kScore, v->rights, v->audit.status); !st) {
      return st;
    }
    qrepo::delete_evidence(s, evidence_id);
    store::activity_log::append(s, caller.activity("quality.evidence.delete", "q_evidence", evidence_id,
                                                   v->audit.audited_org_id, e->file_name));
    return ok_status();
  });
}

}  // namespace kvalis::quality::app
