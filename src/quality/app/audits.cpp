#include "quality/app/audits.hpp"

#include <algorithm>
#include <map>

#include "platform/core/field_checks.hpp"
#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {
namespace {

constexpr std::size_t kNoteLimit = 4000;

const Error kTeamWithoutCaller = invalid("team", "quality.audit.team_without_caller");

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

Status apply_team(soci::session& s, const std::vector<QTeamInput>& in, std::vector<qrepo::TeamRow>& team) {
  team.clear();
  int leaders = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto& m = in[i];
    const std::string field = "team[" + std::to_string(i) + "]";
    if (m.role != "leader" && m.role != "member")
      return invalid(field + ".role", "quality.audit.team_role_invalid", {{"value", m.role}});
    if (m.role == "leader" && ++leaders > 1) return invalid(field + ".role", "quality.audit.team_two_leaders");
    if (std::any_of(team.begin(), team.end(), [&](const qrepo::TeamRow& t) { return t.user_id == m.user_id; }))
      return invalid(field + ".user_id", "quality.audit.team_duplicate", {{"value", std::to_string(m.user_id)}});
    auto name = qrepo::active_user_name(s, m.user_id);
    if (!name)
      return invalid(field + ".user_id", "quality.audit.team_user_unknown", {{"value", std::to_string(m.user_id)}});
    team.push_back({m.user_id, *name, m.role});
  }
  return ok_status();
}

Status apply_header(soci::session& s, const QAuditInput& in, qrepo::AuditRow& a) {
  if (in.type) {
    if (!contains(audit_types(), *in.type)) return invalid("type", "quality.audit.type_invalid", {{"value", *in.type}});
    a.type = *in.type;
  }
  if (in.title) a.title = trim(*in.title);
  if (in.place) a.place = trim(*in.place);
  if (in.starts_on) a.starts_on = *in.starts_on;
  if (in.ends_on) a.ends_on = *in.ends_on;
  if (in.summary_text) a.summary = *in.summary_text;
  if (in.methods) {
    a.methods.clear();
    for (std::size_t i = 0; i < in.methods->size(); ++i) {
      const auto& m = (*in.methods)[i];
      if (!contains(audit_methods(), m))
        return invalid("methods[" + std::to_string(i) + "]", "quality.audit.method_invalid", {{"value", m}});
      if (!contains(a.methods, m)) a.methods.push_back(m);
    }
  }
  if (auto st = check_line("title", a.title, 300, true); !st) return st;
  if (auto st = check_line("place", a.place, 300, false); !st) return st;
  if (auto st = check_text("summary_text", a.summary, 20000, false); !st) return st;
  if (auto st = check_date("starts_on", a.starts_on, false); !st) return st;
  if (auto st = check_date("ends_on", a.ends_on, false); !st) return st;
  if (!a.starts_on.empty() && !a.ends_on.empty() && a.ends_on < a.starts_on)
    return invalid("ends_on", "quality.audit.dates_order");
  if (in.team)
    if (auto st = apply_team(s, *in.team, a.team); !st) return st;
  if (in.previous_audit_id) {
    if (*in.previous_audit_id == 0) {
      a.previous_audit_id.reset();
    } else {
      auto prev = qrepo::get_audit(s, *in.previous_audit_id);
      const bool same_target =
          prev && prev->id != a.id && prev->audited_org_id == a.audited_org_id && prev->service_id == a.service_id;
      if (!same_target) return invalid("previous_audit_id", "quality.audit.previous_invalid");
      a.previous_audit_id = prev->id;
    }
  }
  return ok_status();
}

// Does the conducting organisation fit the audit's type and target (quality::check_conductor); with a
// principal, may the caller also act for it (a new audit).
Status check_conductor_of(soci::session& s, const accounts::Principal* p, const std::string& type,
                          long long audited_org_id, const std::string& audited_region, bool by_service,
                          long long conductor_org_id) {
  auto conductor = qrepo::organisation_facts(s, conductor_org_id);
  if (!conductor) return invalid("conducted_by_org_id", "organisation.not_found");
  auto conductor_type = accounts::parse_organisation_type(conductor->type);
  if (!conductor_type) return invalid("conducted_by_org_id", "organisation.not_found");
  const ConductFacts f{
      type, audited_org_id, audited_region, by_service, conductor_org_id, *conductor_type, conductor->region_code};
  return p ? check_new_audit(*p, f) : check_conductor(f);
}

Result<AuditView> readable(soci::session& s, const accounts::Caller& caller, long long id) {
  auto v = load_audit(s, caller.principal, id);
  if (!v) return kAuditMissing;
  return std::move(*v);
}

// The audit again after a change, as the caller sees it: a new team may leave the caller without access
// (refused, and the transaction rolls back).
Result<QAudit> fresh(soci::session& s, const accounts::Caller& caller, long long id, Lang lang) {
  auto v = load_audit(s, caller.principal, id);
  if (!v) return kTeamWithoutCaller;
  return audit_dto(s, *v, lang);
}

// Runs change(s, audit view) → Status in a write transaction on an audit the caller may read, and answers
// the audit afterwards.
template <class F>
Result<QAudit> change_audit(store::Database& db, const accounts::Caller& caller, long long id, Lang lang, F&& change) {
  return db.write([&](soci::session& s) -> Result<QAudit> {
    auto v = readable(s, caller, id);
    if (!v) return v.error();
    if (auto st = change(s, *v); !st) return st.error();
    return fresh(s, caller, id, lang);
  });
}

}  // namespace

// ---- changes --------------------------------------------------------------------------------------

Result<long long> create_audit(soci::session& s, const accounts::Caller& caller, const QAuditInput& in, long long now) {
  if (!in.type) return invalid("type", "field.required");
  if (!in.template_id) return invalid("template_id", "field.required");
  qrepo::AuditRow a;
  a.type = *in.type;
  if (!contains(audit_types(), a.type)) return invalid("type", "quality.audit.type_invalid", {{"value", a.type}});
  auto tmpl = qrepo::get_template(s, *in.template_id);
  if (!tmpl) return invalid("template_id", "quality.template.not_found");
  if (tmpl->archived) return invalid("template_id", "quality.template.archived");
  a.template_id = tmpl->id;
  a.set_id = tmpl->set_id;
  a.scale_code = tmpl->scale_code;
  a.scale_name = tmpl->scale_name;
  a.scale_levels = tmpl->scale_levels;
  a.pass_rule = tmpl->pass_rule;
  a.weights = tmpl->weights;
  std::string audited_region;
  if (in.service_id) {
    auto target = qrepo::service_target(s, *in.service_id);
    if (!target) return invalid("service_id", "service.not_found");
    audited_region = target->region_code;
    a.service_id = *in.service_id;
    a.audited_org_id = target->provider_id;
    a.place = target->name;
  } else if (in.audited_org_id) {
    auto org = qrepo::organisation_facts(s, *in.audited_org_id);
    if (!org || !accounts::parse_organisation_type(org->type))
      return invalid("audited_org_id", "organisation.not_found");
    a.audited_org_id = *in.audited_org_id;
    audited_region = org->region_code;
  } else {
    return invalid("service_id", "quality.audit.target_required");
  }
  const auto& p = caller.principal;
  a.conducted_by_org_id =
      in.conducted_by_org_id ? *in.conducted_by_org_id : default_conductor(p, a.type, a.audited_org_id, audited_region);
  if (auto st = check_conductor_of(s, &p, a.type, a.audited_org_id, audited_region, in.service_id.has_value(),
                                   a.conducted_by_org_id);
      !st)
    return st.error();
  if (auto st = apply_header(s, in, a); !st) return st.error();
  if (!in.team) a.team = {{p.user_id, p.display_name, "leader"}};
  a.created_by = p.user_id;
  qrepo::insert_audit(s, a, now);
  store::activity_log::append(s, caller.activity("quality.audit.create", "q_audit", a.id, a.audited_org_id, a.title));
  // A team without the caller, who has no other right to read the audit, would hide it from its creator.
  if (!load_audit(s, p, a.id)) return kTeamWithoutCaller;
  return a.id;
}

Result<QAudit> create_audit(store::Database& db, const accounts::Caller& caller, const QAuditInput& in, Lang lang) {
  return db.write([&](soci::session& s) -> Result<QAudit> {
    auto id = create_audit(s, caller, in, store::now_epoch());
    if (!id) return id.error();
    return fresh(s, caller, *id, lang);
  });
}

Result<QAudit> update_audit(store::Database& db, const accounts::Caller& caller, long long audit_id,
                            const QAuditInput& in, Lang lang) {
  if (in.template_id || in.service_id || in.audited_org_id || in.conducted_by_org_id)
    return invalid(in.template_id      ? "template_id"
                   : in.service_id     ? "service_id"
                   : in.audited_org_id ? "audited_org_id"
                                       : "conducted_by_org_id",
                   "quality.audit.read_only");
  const bool plan = in.type || in.team || in.methods || in.starts_on || in.ends_on;
  return change_audit(db, caller, audit_id, lang, [&](soci::session& s, AuditView& v) -> Status {
    if (auto st =
            check_audit_change(plan ? AuditChange::kEditPlan : AuditChange::kEditHeader, v.rights, v.audit.status);
        !st)
      return st;
    const std::string type_before = v.audit.type;
    if (auto st = apply_header(s, in, v.audit); !st) return st;
    // A new type must fit the conducting organisation (an audit body's external audit cannot become a
    // self-assessment); the organisations themselves cannot change.
    if (v.audit.type != type_before)
      if (auto st = check_conductor_of(s, nullptr, v.audit.type, v.audit.audited_org_id, v.audit.region_code(),
                                       v.audit.service_id.has_value(), v.audit.conducted_by_org_id);
          !st)
        return st;
    qrepo::update_audit(s, v.audit, store::now_epoch());
    store::activity_log::append(s,
                                caller.activity("quality.audit.update", "q_audit", v.audit.id, v.audit.audited_org_id));
    return ok_status();
  });
}

namespace {

Status save_assessments_of(soci::session& s, const accounts::Caller& caller, AuditView& v,
                           const std::vector<QAssessmentInput>& in, long long now) {
  if (auto st = check_audit_change(AuditChange::kScore, v.rights, v.audit.status); !st) return st;
  const auto model = qrepo::model_of(s, v.audit);
  std::map<long long, qrepo::AssessmentRow> current;
  for (auto& a : qrepo::assessments_of(s, v.audit.id)) current[a.criterion_id] = a;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto& x = in[i];
    const std::string field = "assessments[" + std::to_string(i) + "]";
    auto c = std::find_if(model.criteria.begin(), model.criteria.end(),
                          [&](const qrepo::CriterionRow& r) { return r.id == x.criterion_id; });
    if (c == model.criteria.end())
      return invalid(field + ".criterion_id", "quality.assessment.unknown_criterion",
                     {{"value", std::to_string(x.criterion_id)}});
    if (!x.level_code.empty() && !model.scale.find(x.level_code))
      return invalid(field + ".level_code", "quality.assessment.unknown_level",
                     {{"criterion", criterion_code(c->standard, c->letter)},
                      {"scale", model.scale.name_cs},
                      {"value", x.level_code}});
    qrepo::AssessmentRow row = current.count(x.criterion_id) ? current[x.criterion_id] : qrepo::AssessmentRow{};
    row.criterion_id = x.criterion_id;
    row.level_code = x.level_code;
    if (x.note) row.note = *x.note;
    if (auto st = check_text(field + ".note", row.note, kNoteLimit, false); !st) return st;
    row.updated_by = caller.principal.user_id;
    row.updated_at = now;
    qrepo::upsert_assessment(s, v.audit.id, row);
  }
  qrepo::touch_audit(s, v.audit.id, now);
  return ok_status();
}

}  // namespace

Status save_assessments(soci::session& s, const accounts::Caller& caller, long long audit_id,
                        const std::vector<QAssessmentInput>& in, long long now) {
  auto v = readable(s, caller, audit_id);
  if (!v) return v.error();
  return save_assessments_of(s, caller, *v, in, now);
}

Result<QAudit> save_assessments(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                const std::vector<QAssessmentInput>& in, Lang lang) {
  return change_audit(db, caller, audit_id, lang, [&](soci::session& s, AuditView& v) {
    return save_assessments_of(s, caller, v, in, store::now_epoch());
  });
}

Result<Verdict> close_audit(soci::session& s, const accounts::Caller& caller, long long audit_id, long long now) {
  auto v = readable(s, caller, audit_id);
  if (!v) return v.error();
  if (auto st = check_audit_change(AuditChange::kClose, v->rights, v->audit.status); !st) return st.error();
  const auto score = qrepo::close_audit(s, audit_id, caller.principal.user_id, now);
  store::activity_log::append(s, caller.activity("quality.audit.close", "q_audit", audit_id, v->audit.audited_org_id,
                                                 std::string(to_string(score.verdict))));
  return score.verdict;
}

Result<QAudit> close_audit(store::Database& db, const accounts::Caller& caller, long long audit_id, Lang lang) {
  return db.write([&](soci::session& s) -> Result<QAudit> {
    auto verdict = close_audit(s, caller, audit_id, store::now_epoch());
    if (!verdict) return verdict.error();
    return fresh(s, caller, audit_id, lang);
  });
}

Result<QAudit> reopen_audit(store::Database& db, const accounts::Caller& caller, long long audit_id, Lang lang) {
  return change_audit(db, caller, audit_id, lang, [&](soci::session& s, AuditView& v) -> Status {
    if (auto st = check_audit_change(AuditChange::kReopen, v.rights, v.audit.status); !st) return st;
    qrepo::reopen_audit(s, v.audit.id, store::now_epoch());
    store::activity_log::append(s,
                                caller.activity("quality.audit.reopen", "q_audit", v.audit.id, v.audit.audited_org_id));
    return ok_status();
  });
}

// ---- reads ----------------------------------------------------------------------------------------

Result<QAudit> get_audit(store::Database& db, const accounts::Caller& caller, long long audit_id, Lang lang) {
  return db.read([&](soci::session& s) -> Result<QAudit> {
    auto v = readable(s, caller, audit_id);
    if (!v) return v.error();
    return audit_dto(s, *v, lang);
  });
}

QAuditList list_audits(store::Database& db, const accounts::Caller& caller, const AuditQuery& q, HeadsCache* cache) {
  return db.read([&](soci::session& s) {
    QAuditList out;
    out.page = q.page;
    out.page_size = q.page_size;
    const std::size_t offset = static_cast<std::size_t>((q.page - 1) * q.page_size);
    const auto page_size = static_cast<std::size_t>(q.page_size);
    std::vector<qrepo::AuditRow> page;
    if (q.text.empty()) {
      // The light rows of every audit (kept per data version with a cache), filtered and counted in memory;
      // full rows for the page only.
      const auto heads = heads_of(s, cache);
      std::vector<long long> ids;
      long long total = 0;
      for (const auto& v : visible_heads(*heads, caller.principal)) {
        const auto& a = *v.audit;
        if ((q.service_id && a.service_id != q.service_id) || (q.org_id && a.audited_org_id != *q.org_id) ||
            (!q.type.empty() && a.type != q.type) || (q.status && a.status != *q.status) ||
            (!q.verdict.empty() && a.verdict != q.verdict))
          continue;
        if (static_cast<std::size_t>(total) >= offset && ids.size() < page_size) ids.push_back(a.id);
        ++total;
      }
      out.total = total;
      if (!ids.empty()) {
        qrepo::AuditFilter f;
        f.ids = std::move(ids);
        page = qrepo::list_audits(s, f);  // the same order: newest first
      }
    } else {
      qrepo::AuditFilter f;
      f.service_id = q.service_id;
      f.org_id = q.org_id;
      f.type = q.type;
      f.status = q.status;
      f.verdict = q.verdict;
      f.text = q.text;
      auto views = visible_audits(s, caller.principal, f);
      out.total = static_cast<long long>(views.size());
      for (std::size_t i = offset; i < views.size() && page.size() < page_size; ++i)
        page.push_back(std::move(views[i].audit));
    }
    std::vector<long long> ids;
    for (const auto& a : page) ids.push_back(a.id);
    auto counts = qrepo::action_counts(s, ids, today_date());
    for (const auto& a : page) out.items.push_back(summary_dto(a, counts[a.id]));
    return out;
  });
}

namespace {

Result<std::optional<QComparison>> comparison_of(soci::session& s, const accounts::Caller& caller, const AuditView& v,
                                                 std::optional<long long> against, bool required) {
  std::optional<long long> previous_id = against ? against : v.audit.previous_audit_id;
  if (!previous_id) {
    if (required) return invalid("against", "quality.audit.no_previous");
    return std::optional<QComparison>{};
  }
  auto previous = load_audit(s, caller.principal, *previous_id);
  if (!previous) return invalid("against", "quality.audit.not_found");
  return std::optional<QComparison>(comparison_dto(s, previous->audit, v.audit));
}

}  // namespace

Result<QComparison> audit_comparison(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                     std::optional<long long> against) {
  return db.read([&](soci::session& s) -> Result<QComparison> {
    auto v = readable(s, caller, audit_id);
    if (!v) return v.error();
    auto cmp = comparison_of(s, caller, *v, against, true);
    if (!cmp) return cmp.error();
    return **cmp;
  });
}

Result<AuditDocument> audit_document(store::Database& db, const accounts::Caller& caller, long long audit_id,
                                     std::optional<long long> against) {
  return db.read([&](soci::session& s) -> Result<AuditDocument> {
    auto v = readable(s, caller, audit_id);
    if (!v) return v.error();
    auto cmp = comparison_of(s, caller, *v, against, false);
    if (!cmp) return cmp.error();
    return AuditDocument{audit_dto(s, *v, Lang::cs), *cmp};
  });
}

Result<QServiceRefList> auditable_services(store::Database& db, const accounts::Caller& caller, const std::string& text,
                                           int limit) {
  const auto& p = caller.principal;
  const bool conductor =
      p.platform_admin || std::any_of(p.memberships.begin(), p.memberships.end(), [&](const accounts::Membership& m) {
        return may_act_as_conductor(p, m.organisation_id);
      });
  if (!conductor) return kForbidden;
  return db.read([&](soci::session& s) {
    QServiceRefList out;
    for (auto& c : qrepo::auditable_services(s, search_key(text), limit))
      out.items.push_back({c.id, std::move(c.name), c.provider_id, std::move(c.provider_name), std::move(c.kind_code),
                           std::move(c.forms), std::move(c.region_code)});
    return out;
  });
}

std::optional<AuditOutline> find_audit(soci::session& s, std::optional<long long> service_id, long long audited_org_id,
                                       const std::string& title) {
  qrepo::AuditFilter f;
  if (service_id)
    f.service_id = service_id;
  else
    f.org_id = audited_org_id;
  for (const auto& a : qrepo::list_audits(s, f)) {
    if (a.title != title || a.service_id != service_id) continue;
    AuditOutline o{a.id, a.status, a.verdict, static_cast<int>(qrepo::findings_of(s, a.id).size()), {}};
    for (const auto& x : qrepo::actions_of_audit(s, a.id)) o.actions.push_back(x.action);
    return o;
  }
  return std::nullopt;
}

std::map<std::string, long long> criterion_ids(soci::session& s, long long audit_id) {
  std::map<std::string, long long> out;
  auto a = qrepo::get_audit(s, audit_id);
  if (!a) return out;
  for (const auto& c : qrepo::criteria_of(s, a->set_id)) out[criterion_code(c.standard, c.letter)] = c.id;
  return out;
}

}  // namespace kvalis::quality::app
