#include "quality/app/care_supervision.hpp"

#include <algorithm>
#include <set>

#include "platform/core/text.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/care_common.hpp"
#include "quality/core/audit_access.hpp"
#include "quality/core/care_access.hpp"
#include "quality/store/quality_repo.hpp"

namespace kvalis::quality::app {

store::quality_care_repo::Scope care_scope(const accounts::Principal& p) {
  store::quality_care_repo::Scope s;
  s.all = p.platform_admin;
  for (const auto& m : p.memberships) {
    s.organisation_ids.push_back(m.organisation_id);
    if (m.organisation_type == accounts::OrganisationType::region && !m.region_code.empty())
      s.region_codes.push_back(m.region_code);
  }
  return s;
}

namespace {

namespace repo = store::quality_care_repo;
namespace qrepo = store::quality_repo;

Error missing() { return care_missing("quality.care.supervision.not_found"); }
Error org_missing() { return care_missing("organisation.not_found"); }

care::CareRights rights_of(const accounts::Principal& p, const repo::SupervisionRow& r) {
  return care::supervision_rights(p, {r.provider_org_id, r.provider_region_code}, r.recorded_by_org_id);
}

// Audits the caller may read, and of which organisations.
std::set<long long> readable_audits(soci::session& s, const accounts::Principal& p, std::optional<long long> org,
                                    std::set<long long>* audited_orgs = nullptr) {
  qrepo::AuditFilter f;
  f.org_id = org;
  std::set<long long> out;
  for (const auto& a : qrepo::list_audits(s, f))
    if (quality::audit_rights(p, qrepo::facts_of(a)).read) {
      out.insert(a.id);
      if (audited_orgs) audited_orgs->insert(qrepo::facts_of(a).audited_org_id);
    }
  return out;
}

// What the caller sees of a provider: whether at all, and the findings of the audits it may read.
struct ProviderView {
  bool sees = false;
  std::vector<repo::FindingRef> findings;
};

ProviderView provider_view(soci::session& s, const accounts::Principal& p, const repo::OrgRef& provider) {
  const auto readable = readable_audits(s, p, provider.id);
  ProviderView out;
  out.sees = care::sees_provider(p, {provider.id, provider.region_code}, !readable.empty());
  for (auto& x : repo::provider_findings(s, provider.id))
    if (readable.count(x.audit_id)) out.findings.push_back(std::move(x));
  return out;
}

Error bad_provider(long long id) {
  return invalid("provider_org_id", "quality.care.provider.invalid", {{"value", std::to_string(id)}});
}

Status check_fields(const SupervisionInput& in, repo::SupervisionRow& r) {
  for (auto st : {care::check_line("supervisor", in.supervisor, 200, true),
                  care::check_date("held_on", in.held_on, true), care::check_session_hours(in.hours),
                  care::check_text("topics", in.topics, 4000, false), care::check_text("note", in.note, 4000, false)})
    if (!st) return st;
  if (in.participants.size() > 200) return invalid("participants", "field.too_long", {{"max", "200"}});
  r.participants.clear();
  std::set<std::string> names;
  for (std::size_t i = 0; i < in.participants.size(); ++i) {
    const std::string base = "participants[" + std::to_string(i) + "]";
    const std::string name = care::normalise_name(in.participants[i].name);
    const std::string team = care::normalise_name(in.participants[i].team);
    if (auto st = care::check_line(base + ".name", name, 200, true); !st) return st;
    if (auto st = care::check_text(base + ".team", team, 200, false); !st) return st;
    if (!names.insert(name).second) return invalid(base + ".name", "field.invalid_value", {{"value", name}});
    r.participants.push_back({name, team});
  }
  if (r.participants.empty()) return invalid("participants", "field.required");
  return ok_status();
}

// Who records a new record: given, or the provider itself (its assessors, the platform administrator), or
// the caller's first audit body where the caller may assess. The caller must be able to assess for it.
Result<repo::OrgRef> recorder_of(soci::session& s, const accounts::Principal& p, const repo::OrgRef& provider,
                                 std::optional<long long> given) {
  long long recorder = given.value_or(0);
  if (!recorder) {
    if (care::assessor_of(p, provider.id) || p.platform_admin)
      recorder = provider.id;
    else
      for (const auto& m : p.memberships)
        if (m.organisation_type == accounts::OrganisationType::audit_body && m.role != accounts::Role::readonly &&
            m.role != accounts::Role::evaluator) {
          recorder = m.organisation_id;
          break;
        }
  }
  const Error bad =
      invalid("recorded_by_org_id", "quality.care.recorder.invalid", {{"value", std::to_string(recorder)}});
  auto rec = repo::get_org(s, recorder);
  if (!rec || (rec->id != provider.id && rec->type != "audit_body")) return bad;
  if (!p.platform_admin && !care::assessor_of(p, rec->id)) return bad;
  return *rec;
}

// Validates the input and fills the row (provider, recorder, service and findings checked against storage).
Status apply_input(soci::session& s, const accounts::Principal& p, const SupervisionInput& in,
                   repo::SupervisionRow& r) {
  if (auto st = check_fields(in, r); !st) return st;
  auto provider = repo::get_org(s, in.provider_org_id);
  if (!provider || provider->type != "provider") return bad_provider(in.provider_org_id);
  const auto view = provider_view(s, p, *provider);
  if (r.id == 0) {
    if (!view.sees) return bad_provider(in.provider_org_id);  // a new record only for a provider the caller sees
    r.provider_org_id = provider->id;
    r.provider_region_code = provider->region_code;
    auto rec = recorder_of(s, p, *provider, in.recorded_by_org_id);
    if (!rec) return rec.error();
    r.recorded_by_org_id = rec->id;
  } else if (in.provider_org_id != r.provider_org_id) {
    return invalid("provider_org_id", "field.invalid_value", {{"value", std::to_string(in.provider_org_id)}});
  }
  r.service_id = in.service_id;
  if (in.service_id) {
    auto svc = repo::get_service(s, *in.service_id);
    if (!svc || svc->provider_org_id != r.provider_org_id)
      return invalid("service_id", "quality.care.service.invalid", {{"value", std::to_string(*in.service_id)}});
  }
  const auto linked = std::move(r.findings);  // of the record being replaced
  r.findings.clear();
  if (in.finding_ids) {
    // Findings of the provider's audits the caller may read, and those the record links already.
    auto own = view.findings;
    for (const auto& f : linked)
      if (std::none_of(own.begin(), own.end(), [&](const auto& x) { return x.id == f.id; })) own.push_back(f);
    for (std::size_t i = 0; i < in.finding_ids->size(); ++i) {
      const long long id = (*in.finding_ids)[i];
      auto it = std::find_if(own.begin(), own.end(), [&](const auto& f) { return f.id == id; });
      if (it == own.end())
        return invalid("finding_ids[" + std::to_string(i) + "]", "quality.care.finding.invalid",
                       {{"value", std::to_string(id)}});
      if (std::none_of(r.findings.begin(), r.findings.end(), [&](const auto& f) { return f.id == id; }))
        r.findings.push_back(*it);
    }
  }
  r.kind = std::string(care::to_string(in.kind));
  r.form = std::string(care::to_string(in.form));
  r.supervisor = in.supervisor;
  r.held_on = in.held_on;
  r.hours = in.hours;
  r.topics = in.topics;
  r.note = in.note;
  return ok_status();
}

}  // namespace

std::vector<SupervisionRecord> list_supervisions(soci::session& s, const accounts::Caller& caller,
                                                 const SupervisionFilter& filter) {
  repo::SupervisionQuery q;
  q.scope = care_scope(caller.principal);
  q.provider_org_id = filter.provider_org_id;
  q.year = filter.year;
  q.kind = filter.kind ? std::string(care::to_string(*filter.kind)) : std::string();
  std::vector<SupervisionRecord> out;
  for (auto& r : repo::list_supervisions(s, q)) {
    const auto rg = rights_of(caller.principal, r);
    if (rg.read) out.push_back({std::move(r), rg.write});
  }
  return out;
}

std::vector<SupervisionRecord> list_supervisions(store::Database& db, const accounts::Caller& caller,
                                                 const SupervisionFilter& filter) {
  return db.read([&](soci::session& s) { return list_supervisions(s, caller, filter); });
}

Result<SupervisionRecord> get_supervision(store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<SupervisionRecord> {
    auto r = repo::get_supervision(s, id);
    if (!r) return missing();
    const auto rg = rights_of(caller.principal, *r);
    if (!rg.read) return missing();
    return SupervisionRecord{std::move(*r), rg.write};
  });
}

Result<SupervisionRecord> record_supervision(soci::session& s, const accounts::Caller& caller,
                                             const SupervisionInput& in) {
  repo::SupervisionRow r;
  if (auto st = apply_input(s, caller.principal, in, r); !st) return st.error();
  r.created_by = caller.principal.user_id;
  r.created_at = r.updated_at = store::now_epoch();
  r.id = repo::insert_supervision(s, r);
  store::activity_log::append(s, caller.activity("quality.care.supervision.create", "qc_supervision", r.id,
                                                 r.provider_org_id, r.kind + " " + r.held_on));
  return SupervisionRecord{*repo::get_supervision(s, r.id), true};
}

Result<SupervisionRecord> record_supervision(store::Database& db, const accounts::Caller& caller,
                                             const SupervisionInput& in) {
  return db.write([&](soci::session& s) { return record_supervision(s, caller, in); });
}

Result<SupervisionRecord> update_supervision(soci::session& s, const accounts::Caller& caller, long long id,
                                             const SupervisionInput& in) {
  auto r = repo::get_supervision(s, id);
  if (!r || !rights_of(caller.principal, *r).read) return missing();
  if (!rights_of(caller.principal, *r).write) return care_forbidden();
  if (auto st = apply_input(s, caller.principal, in, *r); !st) return st.error();
  r->updated_at = store::now_epoch();
  repo::update_supervision(s, *r);
  store::activity_log::append(
      s, caller.activity("quality.care.supervision.update", "qc_supervision", r->id, r->provider_org_id));
  return SupervisionRecord{*repo::get_supervision(s, r->id), true};
}

Result<SupervisionRecord> update_supervision(store::Database& db, const accounts::Caller& caller, long long id,
                                             const SupervisionInput& in) {
  return db.write([&](soci::session& s) { return update_supervision(s, caller, id, in); });
}

Status delete_supervision(store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = repo::get_supervision(s, id);
    if (!r || !rights_of(caller.principal, *r).read) return missing();
    if (!rights_of(caller.principal, *r).write) return care_forbidden();
    repo::delete_supervision(s, r->id);
    store::activity_log::append(s, caller.activity("quality.care.supervision.delete", "qc_supervision", r->id,
                                                   r->provider_org_id, r->kind + " " + r->held_on));
    return ok_status();
  });
}

Result<ProviderRecords> provider_records(store::Database& db, const accounts::Caller& caller, long long provider_org_id,
                                         int year, std::optional<care::SupervisionKind> kind) {
  const auto& p = caller.principal;
  return db.read([&](soci::session& s) -> Result<ProviderRecords> {
    auto org = repo::get_org(s, provider_org_id);
    if (!org || org->type != "provider") return org_missing();
    repo::SupervisionQuery q;
    q.scope = care_scope(p);
    q.provider_org_id = org->id;
    q.year = year;
    q.kind = kind ? std::string(care::to_string(*kind)) : std::string();
    ProviderRecords out{*org, year, kind, {}};
    for (auto& r : repo::list_supervisions(s, q))
      if (rights_of(p, r).read) out.rows.push_back(std::move(r));
    // The provider's summary needs the provider's or its region's view; an audit body reads its own records.
    const bool sees =
        p.platform_admin || accounts::member_of(p, org->id) || accounts::region_member(p, org->region_code);
    if (!sees && out.rows.empty()) return org_missing();
    return out;
  });
}

care::HoursSummary hours_of(const ProviderRecords& records) {
  std::vector<care::SupervisionSession> sessions;
  for (const auto& r : records.rows) {
    care::SupervisionSession x{r.held_on, r.hours, {}};
    for (const auto& pt : r.participants) x.participants.push_back({pt.name, pt.team});
    sessions.push_back(std::move(x));
  }
  return care::supervision_hours(sessions, records.year);
}

std::vector<care_repo::FindingRef> provider_findings(soci::session& s, const accounts::Caller& caller,
                                                     long long provider_org_id) {
  auto org = repo::get_org(s, provider_org_id);
  if (!org || org->type != "provider") return {};
  return provider_view(s, caller.principal, *org).findings;
}

Result<std::vector<care_repo::FindingRef>> provider_findings(store::Database& db, const accounts::Caller& caller,
                                                             long long provider_org_id) {
  return db.read([&](soci::session& s) -> Result<std::vector<care_repo::FindingRef>> {
    auto org = repo::get_org(s, provider_org_id);
    if (!org || org->type != "provider") return org_missing();
    // A provider the caller does not see is not found.
    auto view = provider_view(s, caller.principal, *org);
    if (!view.sees) return org_missing();
    return std::move(view.findings);
  });
}

std::vector<care_repo::OrgRef> supervision_providers(store::Database& db, const accounts::Caller& caller,
                                                     const std::string& text, std::size_t limit) {
  const auto& p = caller.principal;
  const std::string key = search_key(text);
  std::vector<care_repo::OrgRef> out;
  db.read([&](soci::session& s) {
    // Providers of audits the caller reads (an audit body's team) and of records the caller reads.
    std::set<long long> also;
    readable_audits(s, p, std::nullopt, &also);
    repo::SupervisionQuery q;
    q.scope = care_scope(p);
    for (const auto& r : repo::list_supervisions(s, q))
      if (rights_of(p, r).read) also.insert(r.provider_org_id);
    for (auto& o : repo::list_providers(s, care_scope(p), {also.begin(), also.end()})) {
      if (out.size() >= limit) break;
      if (!key.empty() && search_key(o.name).find(key) == std::string::npos) continue;
      out.push_back(std::move(o));
    }
  });
  return out;
}

}  // namespace kvalis::quality::app
