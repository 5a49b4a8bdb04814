// Quality: findings of an audit, corrective actions (owner, due date, status machine with verification),
// evidence files (of criteria and of actions: checksums, size limit, type checked by content), overdue lists
// and the region overview (audits side by side by standard, the most often failed criteria).
#include <sodium.h>

#include <algorithm>
#include <map>
#include <set>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "benchmark/app/comparison.hpp"
#include "quality/export/quality_tables.hpp"
#include "quality/app/overview.hpp"
#include "quality/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/params.hpp"
#include "quality/http/quality_views.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
using namespace quality_views;

constexpr std::size_t kEvidenceLimit = 10 * 1024 * 1024;

const std::vector<std::string> kSeverities = {"low", "medium", "high"};

// ---- findings ----------------------------------------------------------------------------------

Status apply_finding(soci::session& s, const dto::QFindingInput& in, const AuditView& v, qrepo::FindingRow& f) {
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

dto::QFinding finding_dto(soci::session& s, const qrepo::FindingRow& f, const AuditView& v) {
  auto fresh = qrepo::get_finding(s, f.id).value_or(f);
  dto::QFinding d{fresh.id,   fresh.audit_id,       fresh.criterion_id, fresh.criterion_code, fresh.severity,
                  fresh.text, fresh.recommendation, {},                 format_timestamp(fresh.created_at)};
  for (const auto& x : qrepo::actions_of_audit(s, f.audit_id))
    if (x.finding_id == f.id) d.actions.push_back(action_dto(s, x, v.rights, false));
  return d;
}

Response create_finding(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto body = body_as<dto::QFindingInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QFindingInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QFinding> {
    auto v = load_audit(s, ctx.principal, *id);
    if (!v) return kAuditMissing;
    if (v->audit.status == quality::AuditStatus::kClosed) return invalid("status", "quality.audit.closed");  // reopen to change findings
    if (!v->rights.score && !v->rights.manage) return kForbidden;
    qrepo::FindingRow f;
    f.audit_id = v->audit.id;
    if (auto st = apply_finding(s, in, *v, f); !st) return st.error();
    f.created_by = ctx.principal.user_id;
    f.created_at = store::now_epoch();
    f.id = qrepo::insert_finding(s, f);
    store::activity_log::append(s, audit_entry(ctx, "quality.finding.create", "q_finding", f.id, v->audit.audited_org_id));
    return finding_dto(s, f, *v);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

// A finding with its audit, for a caller who may read the audit.
struct FindingView {
  qrepo::FindingRow finding;
  AuditView audit;
};

std::optional<FindingView> load_finding(soci::session& s, const Context& ctx, long long id) {
  auto f = qrepo::get_finding(s, id);
  if (!f) return std::nullopt;
  auto v = load_audit(s, ctx.principal, f->audit_id);
  if (!v) return std::nullopt;
  return FindingView{std::move(*f), std::move(*v)};
}

Response update_finding(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kFindingMissing, ctx.lang);
  auto body = body_as<dto::QFindingInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QFindingInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QFinding> {
    auto fv = load_finding(s, ctx, *id);
    if (!fv) return kFindingMissing;
    if (fv->audit.audit.status == quality::AuditStatus::kClosed) return invalid("status", "quality.audit.closed");
    if (!fv->audit.rights.score && !fv->audit.rights.manage) return kForbidden;
    if (auto st = apply_finding(s, in, fv->audit, fv->finding); !st) return st.error();
    qrepo::update_finding(s, fv->finding);
    store::activity_log::append(s, audit_entry(ctx, "quality.finding.update", "q_finding", *id, fv->audit.audit.audited_org_id));
    return finding_dto(s, fv->finding, fv->audit);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response delete_finding(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kFindingMissing, ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Status {
    auto fv = load_finding(s, ctx, *id);
    if (!fv) return kFindingMissing;
    if (!fv->audit.rights.score) return fv->audit.audit.status == quality::AuditStatus::kClosed ? Status(invalid("status", "quality.audit.closed"))
                                                                           : Status(kForbidden);
    qrepo::delete_finding(s, *id);
    store::activity_log::append(s, audit_entry(ctx, "quality.finding.delete", "q_finding", *id, fv->audit.audit.audited_org_id));
    return ok_status();
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return no_content();
}

// ---- actions -----------------------------------------------------------------------------------

Status apply_action(soci::session& s, const dto::QActionInput& in, qrepo::ActionRow& a) {
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
    long long n = 0;
    s << "SELECT COUNT(*) FROM bm_indicators i JOIN bm_methodologies m ON m.id = i.methodology_id "
         "WHERE m.group_id = :g AND i.code = :c",
        soci::use(*a.bm_group_id), soci::use(a.bm_indicator_code), soci::into(n);
    if (!n) return invalid("bm_indicator_code", "quality.action.indicator_unknown", {{"value", a.bm_indicator_code}});
  }
  return ok_status();
}

struct ActionView {
  qrepo::ActionRow action;
  AuditView audit;
};

std::optional<ActionView> load_action(soci::session& s, const Context& ctx, long long id) {
  auto a = qrepo::get_action(s, id);
  if (!a) return std::nullopt;
  auto v = load_audit(s, ctx.principal, a->audit_id);
  if (!v) return std::nullopt;
  return ActionView{std::move(*a), std::move(*v)};
}

dto::QAction action_detail(soci::session& s, const Context& ctx, long long id) {
  auto v = load_action(s, ctx, id);
  return action_dto(s, v->action, v->audit.rights, true);
}

Response create_action(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kFindingMissing, ctx.lang);
  auto body = body_as<dto::QActionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QActionInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QAction> {
    auto fv = load_finding(s, ctx, *id);
    if (!fv) return kFindingMissing;
    if (!fv->audit.rights.plan_actions) return kForbidden;
    qrepo::ActionRow a;
    a.finding_id = fv->finding.id;
    a.audit_id = fv->finding.audit_id;
    if (auto st = apply_action(s, in, a); !st) return st.error();
    a.created_by = ctx.principal.user_id;
    qrepo::insert_action(s, a, store::now_epoch());
    const auto& kinds = fv->audit.rights.actor_kinds;
    const auto actor = kinds.empty() ? quality::ActorKind::kAuditor
                       : std::find(kinds.begin(), kinds.end(), quality::ActorKind::kAuditor) != kinds.end()
                           ? quality::ActorKind::kAuditor
                           : kinds.front();
    qrepo::insert_action_event(s, {a.id, "", "open", std::string(quality::to_string(actor)), ctx.principal.user_id,
                                   ctx.principal.display_name, today(), "", store::now_epoch()});
    store::activity_log::append(s, audit_entry(ctx, "quality.action.create", "q_action", a.id, fv->audit.audit.audited_org_id));
    return action_detail(s, ctx, a.id);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response get_action(Context& ctx) {
  return read_by_id<dto::QAction>(ctx, kActionMissing, [&](soci::session& s, long long id) -> Result<dto::QAction> {
    if (!load_action(s, ctx, id)) return kActionMissing;
    return action_detail(s, ctx, id);
  });
}

Response update_action(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kActionMissing, ctx.lang);
  auto body = body_as<dto::QActionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QActionInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QAction> {
    auto v = load_action(s, ctx, *id);
    if (!v) return kActionMissing;
    if (!v->audit.rights.plan_actions) return kForbidden;
    if (v->action.action.status == quality::ActionStatus::kVerified) return invalid("status", "quality.action.final");
    if (auto st = apply_action(s, in, v->action); !st) return st.error();
    qrepo::update_action(s, v->action, store::now_epoch());
    store::activity_log::append(s, audit_entry(ctx, "quality.action.update", "q_action", *id, v->audit.audit.audited_org_id));
    return action_detail(s, ctx, *id);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response transition_action(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kActionMissing, ctx.lang);
  auto body = body_as<dto::QTransitionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::QTransitionInput>(body);
  auto to = quality::parse_action_status(in.to);
  if (!to) return error_response(invalid("to", "quality.action.status_invalid", {{"value", in.to}}), ctx.lang);
  const std::string date = in.date.value_or(today());
  if (auto st = check_date("date", date, true); !st) return error_response(st.error(), ctx.lang);
  const std::string note = in.note.value_or("");
  if (auto st = check_text("note", note, 4000, false); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QAction> {
    auto v = load_action(s, ctx, *id);
    if (!v) return kActionMissing;
    const auto& rights = v->audit.rights;
    if (rights.actor_kinds.empty()) return kForbidden;
    const auto from = v->action.action.status;
    auto actor = quality::actor_for(rights, from, *to, note);
    if (!actor) {
      // Report why, in the capacity that comes closest (a verifier's reason beats "not allowed").
      auto error = quality::check_transition(from, *to, rights.actor_kinds.back(), note);
      if (!error) return kForbidden;
      Error e = quality::to_error(*error, from, *to);
      // The message names the states as people call them, not by their codes.
      for (auto& [key, value] : e.params)
        if (key == "from" || key == "to") value = translate("quality.status." + value, ctx.lang);
      return e;
    }
    auto next = quality::apply_transition(v->action.action, {*to, *actor, date, note});
    if (!next) return next.error();
    v->action.action = next.value();
    qrepo::update_action(s, v->action, store::now_epoch());
    qrepo::insert_action_event(s, {v->action.id, std::string(quality::to_string(from)), std::string(quality::to_string(*to)),
                                   std::string(quality::to_string(*actor)), ctx.principal.user_id,
                                   ctx.principal.display_name, date, trim(note), store::now_epoch()});
    store::activity_log::append(s, audit_entry(ctx, "quality.action.transition", "q_action", *id,
                                           v->audit.audit.audited_org_id, in.to));
    return action_detail(s, ctx, *id);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

struct ActionQuery {
  qrepo::ActionFilter filter;
  bool overdue_only = false;
  std::string due_state;
};

Result<ActionQuery> action_query(const Request& req) {
  ActionQuery q;
  auto status = enum_param(req, "status", {"", "open", "in_progress", "done", "verified"}, "");
  if (!status) return status.error();
  q.filter.status = *status;
  auto org = int_param(req, "org_id", 1, INT64_MAX);
  if (!org) return org.error();
  q.filter.org_id = *org;
  auto audit = int_param(req, "audit_id", 1, INT64_MAX);
  if (!audit) return audit.error();
  q.filter.audit_id = *audit;
  auto service = int_param(req, "service_id", 1, INT64_MAX);
  if (!service) return service.error();
  q.filter.service_id = *service;
  auto overdue = enum_param(req, "overdue", {"", "0", "1", "true", "false"}, "");
  if (!overdue) return overdue.error();
  q.overdue_only = *overdue == "1" || *overdue == "true";
  return q;
}

// Actions of every audit the caller may read, each with the rights of its audit.
std::vector<dto::QAction> query_actions(soci::session& s, const Context& ctx, const ActionQuery& q, int* overdue) {
  std::map<long long, quality::AuditRights> rights;
  for (auto& v : visible_audits(s, ctx.principal, {})) rights.emplace(v.audit.id, std::move(v.rights));
  auto filter = q.filter;
  for (const auto& [id, r] : rights) filter.audit_ids.push_back(id);
  std::vector<dto::QAction> out;
  for (const auto& a : qrepo::list_actions(s, filter)) {
    auto d = action_dto(s, a, rights[a.audit_id], false);
    if (overdue && d.due_state == "overdue") ++*overdue;
    if (q.overdue_only && d.due_state != "overdue") continue;
    out.push_back(std::move(d));
  }
  if (q.overdue_only)
    std::stable_sort(out.begin(), out.end(),
                     [](const dto::QAction& a, const dto::QAction& b) { return a.days_overdue > b.days_overdue; });
  return out;
}

Response list_actions(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto q = action_query(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  auto list = ctx.db().read([&](soci::session& s) {
    dto::QActionList out;
    auto all = query_actions(s, ctx, *q, &out.overdue);
    out.total = static_cast<long long>(all.size());
    out.page = page->page;
    out.page_size = page->page_size;
    for (std::size_t i = page->offset(); i < all.size() && out.items.size() < static_cast<std::size_t>(page->page_size); ++i)
      out.items.push_back(std::move(all[i]));
    return out;
  });
  return dto_response(list);
}

Response export_actions(Context& ctx, bool xlsx) {
  auto q = action_query(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  auto delimiter = csv_delimiter(ctx.req);
  if (!delimiter) return error_response(delimiter.error(), ctx.lang);
  auto all = ctx.db().read([&](soci::session& s) { return query_actions(s, ctx, *q, nullptr); });
  auto sheet = exports::actions_sheet(all);
  if (xlsx) return file_response(exports::to_xlsx({sheet}), exports::kXlsxContentType, "napravna-opatreni.xlsx");
  return file_response(exports::to_csv(sheet, *delimiter), exports::kCsvContentType, "napravna-opatreni.csv");
}
Response export_actions_xlsx(Context& ctx) { return export_actions(ctx, true); }
Response export_actions_csv(Context& ctx) { return export_actions(ctx, false); }

// ---- indicators an action may be linked to -------------------------------------------------------

// The newest methodology of every working group the organisation is a member of, with its indicators.
constexpr const char* kIndicatorChoices =
    "SELECT g.id, g.name, g.kinds, i.code, i.name_cs, i.name_en, i.unit, i.kinds "
    "FROM bm_group_members gm JOIN bm_groups g ON g.id = gm.group_id "
    "JOIN bm_methodologies m ON m.group_id = g.id "
    "JOIN bm_indicators i ON i.methodology_id = m.id";
constexpr const char* kNewestMethodology =
    "m.version = (SELECT MAX(m2.version) FROM bm_methodologies m2 WHERE m2.group_id = g.id)";

// ";13;14;" (or "" = every kind) holds the kind.
bool kinds_hold(const std::string& kinds, const std::string& kind) {
  return kinds.empty() || kind.empty() || kinds.find(";" + kind + ";") != std::string::npos;
}

Response list_indicator_choices(Context& ctx) {
  return read_by_id<dto::QIndicatorChoiceList>(
      ctx, kAuditMissing, [&](soci::session& s, long long id) -> Result<dto::QIndicatorChoiceList> {
        auto v = load_audit(s, ctx.principal, id);
        if (!v) return kAuditMissing;
        dto::QIndicatorChoiceList out;
        store::Filter f;
        f.add("gm.provider_org_id = ?", {v->audit.audited_org_id});
        f.add(kNewestMethodology);
        const std::string sql = std::string(kIndicatorChoices) + f.where() + " ORDER BY g.name, g.id, i.position, i.code";
        store::for_each_row(s, sql, f, [&](const soci::row& r) {
          if (!kinds_hold(store::as_str(r, 2), v->audit.kind_code) || !kinds_hold(store::as_str(r, 7), v->audit.kind_code))
            return;
          out.items.push_back({store::as_ll(r, 0), store::as_str(r, 1), store::as_str(r, 3), store::as_str(r, 4),
                               store::as_str(r, 5), store::as_str(r, 6)});
        });
        return out;
      });
}

// ---- evidence ----------------------------------------------------------------------------------

struct FileType {
  const char* extension;
  const char* content_type;
};
constexpr FileType kFileTypes[] = {
    {"pdf", "application/pdf"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"odt", "application/vnd.oasis.opendocument.text"},
    {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
    {"txt", "text/plain; charset=utf-8"},
    {"csv", "text/csv; charset=utf-8"},
};

bool starts_with(const std::string& data, std::string_view magic) {
  return data.size() >= magic.size() && std::equal(magic.begin(), magic.end(), data.begin());
}

bool valid_utf8_text(const std::string& data) {
  if (data.find('\0') != std::string::npos) return false;
  std::size_t i = 0;
  while (i < data.size()) {
    const auto c = static_cast<unsigned char>(data[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (n < 0 || i + n >= data.size() + (n == 0 ? 1 : 0)) return false;
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(data[i + k]) >> 6) != 0x2) return false;
    i += n + 1;
  }
  return true;
}

// The type of an uploaded file, from its extension, checked against its first bytes.
Result<const FileType*> check_file(const std::string& name, const std::string& data) {
  if (data.empty()) return invalid("body", "quality.evidence.empty");
  if (data.size() > kEvidenceLimit) {
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", static_cast<double>(data.size()) / (1024.0 * 1024.0));
    return invalid("body", "quality.evidence.too_large", {{"size", size}, {"max", "10"}});
  }
  const auto dot = name.rfind('.');
  const std::string ext = dot == std::string::npos ? std::string() : search_key(name.substr(dot + 1));
  const FileType* type = nullptr;
  for (const auto& t : kFileTypes)
    if (ext == t.extension) type = &t;
  if (!type) return invalid("file_name", "quality.evidence.type_not_allowed", {{"value", ext.empty() ? name : ext}});
  bool ok = false;
  if (ext == "pdf") ok = starts_with(data, "%PDF-");
  else if (ext == "png") ok = starts_with(data, "\x89PNG\r\n\x1a\n");
  else if (ext == "jpg" || ext == "jpeg") ok = starts_with(data, "\xFF\xD8\xFF");
  else if (ext == "docx" || ext == "xlsx" || ext == "odt" || ext == "ods") ok = starts_with(data, "PK\x03\x04");
  else ok = valid_utf8_text(data);
  if (!ok) return invalid("body", "quality.evidence.content_mismatch", {{"value", ext}});
  return type;
}

std::string sha256_hex(const std::string& data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string to_base64(const std::string& data) {
  std::string out(sodium_base64_ENCODED_LEN(data.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::string from_base64(const std::string& text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return {};
  out.resize(len);
  return out;
}

Result<std::string> file_name_param(const Request& req) {
  auto name = text_param(req, "file_name", 200);
  if (!name) return name.error();
  if (name->empty()) return invalid("file_name", "field.required");
  if (name->find_first_of("/\\\r\n\"") != std::string::npos || !valid_utf8_text(*name))
    return invalid("file_name", "quality.evidence.name_invalid");
  if (auto st = check_characters("file_name", *name, false); !st) return st.error();
  return *name;
}

Result<dto::QEvidence> store_evidence(soci::session& s, const Context& ctx, qrepo::EvidenceRow e,
                                      const std::string& name, long long organisation_id) {
  auto type = check_file(name, ctx.req.body);
  if (!type) return type.error();
  e.file_name = name;
  e.content_type = (*type)->content_type;
  e.size_bytes = static_cast<long long>(ctx.req.body.size());
  e.sha256 = sha256_hex(ctx.req.body);
  e.uploaded_by = ctx.principal.user_id;
  e.uploaded_by_name = ctx.principal.display_name;
  e.uploaded_at = store::now_epoch();
  e.id = qrepo::insert_evidence(s, e, to_base64(ctx.req.body));
  store::activity_log::append(s, audit_entry(ctx, "quality.evidence.upload", "q_evidence", e.id, organisation_id,
                                         name + " " + e.sha256));
  return evidence_dto(e);
}

Response upload_audit_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAuditMissing, ctx.lang);
  auto name = file_name_param(ctx.req);
  if (!name) return error_response(name.error(), ctx.lang);
  auto criterion = int_param(ctx.req, "criterion_id", 1, INT64_MAX);
  if (!criterion) return error_response(criterion.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QEvidence> {
    auto v = load_audit(s, ctx.principal, *id);
    if (!v) return kAuditMissing;
    if (v->audit.status == quality::AuditStatus::kClosed) return invalid("status", "quality.audit.closed");
    if (!v->rights.score) return kForbidden;
    qrepo::EvidenceRow e;
    e.audit_id = v->audit.id;
    if (*criterion) {
      const auto criteria = qrepo::criteria_of(s, v->audit.set_id);
      if (std::none_of(criteria.begin(), criteria.end(), [&](const qrepo::CriterionRow& c) { return c.id == **criterion; }))
        return invalid("criterion_id", "quality.assessment.unknown_criterion", {{"value", std::to_string(**criterion)}});
      e.criterion_id = *criterion;
    }
    auto d = store_evidence(s, ctx, e, *name, v->audit.audited_org_id);
    if (d) qrepo::touch_audit(s, v->audit.id, store::now_epoch());
    return d;
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response upload_action_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kActionMissing, ctx.lang);
  auto name = file_name_param(ctx.req);
  if (!name) return error_response(name.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QEvidence> {
    auto v = load_action(s, ctx, *id);
    if (!v) return kActionMissing;
    if (v->audit.rights.actor_kinds.empty() && !v->audit.rights.plan_actions) return kForbidden;
    if (v->action.action.status == quality::ActionStatus::kVerified) return invalid("status", "quality.action.final");
    qrepo::EvidenceRow e;
    e.audit_id = v->action.audit_id;
    e.action_id = v->action.id;
    return store_evidence(s, ctx, e, *name, v->audit.audit.audited_org_id);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response download_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kEvidenceMissing, ctx.lang);
  struct File {
    qrepo::EvidenceRow meta;
    std::string data;
  };
  auto result = ctx.db().write([&](soci::session& s) -> Result<File> {
    auto e = qrepo::get_evidence(s, *id);
    if (!e) return kEvidenceMissing;
    auto v = load_audit(s, ctx.principal, e->audit_id);
    if (!v) return kEvidenceMissing;
    // Evidence may hold personal data of clients: every read is logged.
    store::activity_log::append(s, audit_entry(ctx, "quality.evidence.read", "q_evidence", e->id, v->audit.audited_org_id,
                                           e->file_name));
    return File{*e, from_base64(qrepo::evidence_content(s, e->id))};
  });
  if (!result) return error_response(result.error(), ctx.lang);
  Response r = file_response(std::move(result->data), result->meta.content_type, result->meta.file_name);
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return r;
}

Response delete_evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kEvidenceMissing, ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Status {
    auto e = qrepo::get_evidence(s, *id);
    if (!e) return kEvidenceMissing;
    auto v = load_audit(s, ctx.principal, e->audit_id);
    if (!v) return kEvidenceMissing;
    const bool own = e->uploaded_by == ctx.principal.user_id;
    if (e->action_id) {
      if (!(own || v->rights.manage)) return kForbidden;
    } else {
      if (v->audit.status == quality::AuditStatus::kClosed) return invalid("status", "quality.audit.closed");
      if (!v->rights.score) return kForbidden;
    }
    qrepo::delete_evidence(s, *id);
    store::activity_log::append(s, audit_entry(ctx, "quality.evidence.delete", "q_evidence", *id, v->audit.audited_org_id,
                                           e->file_name));
    return ok_status();
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return no_content();
}

// ---- overview ------------------------------------------------------------------------------------

const QueryParam kOverviewSet = QueryParam::text("set", "Standard set code of the columns (default SQSS)", 32);
const QueryParam kOverviewFounder = [] {
  auto founders = exports::founder_types();
  founders.insert(founders.begin(), "");
  auto p = QueryParam::choice("founder",
                              "Only audits of organisations of this kind of founder (region: the region's "
                              "contributory organisations)",
                              std::move(founders), "");
  return p;
}();

// A choice's documented values without the empty one that stands for "no filter".
QueryParamDoc filter_doc(const QueryParam& p) {
  auto d = p.doc();
  std::erase(d.values, std::string());
  return d;
}

Response get_overview(Context& ctx) {
  auto set = kOverviewSet.read_text(ctx.req);
  if (!set) return error_response(set.error(), ctx.lang);
  auto founder = kOverviewFounder.read_text(ctx.req);
  if (!founder) return error_response(founder.error(), ctx.lang);
  const quality::app::OverviewQuery query{set->empty() ? "SQSS" : *set, *founder};
  return answer_as(ctx, quality::app::region_overview(ctx.db(), caller_of(ctx), query),
                   [](const quality::app::OverviewResult& r) { return r.overview; });
}

std::vector<QueryParamDoc> action_docs() {
  auto docs = paging_docs();
  docs.push_back({"status", "string", "Action status", {"open", "in_progress", "done", "verified"}});
  docs.push_back({"overdue", "string", "1: only overdue actions (open or in progress after the due date)", {"0", "1"}});
  docs.push_back({"org_id", "integer", "Actions of one audited organisation", {}});
  docs.push_back({"audit_id", "integer", "Actions of one audit", {}});
  docs.push_back({"service_id", "integer", "Actions of audits of one service", {}});
  return docs;
}

}  // namespace

void register_quality_action_routes(RouteTable& t) {
  const std::string tag = "quality";
  t.add<dto::QFindingInput, dto::QFinding>(Verb::post, "/api/quality/audits/{id}/findings", Permission::quality_assess,
                                           create_finding, tag, "Record a finding (of a criterion, with severity)")
      .success_status = 201;
  t.add<dto::QFindingInput, dto::QFinding>(Verb::patch, "/api/quality/findings/{id}", Permission::quality_assess,
                                           update_finding, tag, "Change a finding");
  t.add<void, void>(Verb::delete_, "/api/quality/findings/{id}", Permission::quality_assess, delete_finding, tag,
                    "Delete a finding with its actions (draft audits only)");
  t.add<dto::QActionInput, dto::QAction>(Verb::post, "/api/quality/findings/{id}/actions", Permission::quality_assess,
                                         create_action, tag,
                                         "Plan a corrective action: owner, due date, optionally the benchmark "
                                         "indicator it should improve")
      .success_status = 201;
  t.add<void, dto::QActionList>(Verb::get, "/api/quality/actions", Permission::quality_read, list_actions, tag,
                                "Corrective actions of the audits the caller may read (overdue ones with ?overdue=1)")
      .query = action_docs();
  file_route(t.add<void, void>(Verb::get, "/api/quality/actions/export.xlsx", Permission::quality_read,
                               export_actions_xlsx, tag, "The actions list as an Excel workbook"),
             action_docs());
  auto csv_docs = action_docs();
  csv_docs.push_back(csv_delimiter_doc());
  file_route(t.add<void, void>(Verb::get, "/api/quality/actions/export.csv", Permission::quality_read,
                               export_actions_csv, tag, "The actions list as CSV"),
             std::move(csv_docs));
  t.add<void, dto::QIndicatorChoiceList>(Verb::get, "/api/quality/audits/{id}/indicators", Permission::quality_read,
                                         list_indicator_choices, tag,
                                         "Benchmark indicators an action of the audit may be linked to: of the working "
                                         "groups the audited organisation takes part in, for the service's kind");
  t.add<void, dto::QAction>(Verb::get, "/api/quality/actions/{id}", Permission::quality_read, get_action, tag,
                            "A corrective action with its history, evidence and the linked indicator before and after");
  t.add<dto::QActionInput, dto::QAction>(Verb::patch, "/api/quality/actions/{id}", Permission::quality_assess,
                                         update_action, tag, "Change an action's text, owner, due date or indicator");
  t.add<dto::QTransitionInput, dto::QAction>(Verb::post, "/api/quality/actions/{id}/transition",
                                             Permission::quality_assess, transition_action, tag,
                                             "Move an action: open → in_progress → done → verified (auditor or "
                                             "region, with the evidence); done → in_progress with a reason");
  auto& action_upload = t.add<void, dto::QEvidence>(Verb::post, "/api/quality/actions/{id}/evidence",
                                                    Permission::quality_assess, upload_action_evidence, tag,
                                                    "Attach a file to an action (raw body; ?file_name=; at most 10 MB; "
                                                    "PDF, images, office documents, text)");
  action_upload.success_status = 201;
  action_upload.body_limit = kEvidenceLimit + 1024 * 1024;
  action_upload.query = {{"file_name", "string", "The file's name with its extension", {}}};
  auto& upload = t.add<void, dto::QEvidence>(Verb::post, "/api/quality/audits/{id}/evidence",
                                             Permission::quality_assess, upload_audit_evidence, tag,
                                             "Attach evidence to an audit or a criterion (raw body; ?file_name=, "
                                             "?criterion_id=; at most 10 MB; type checked by content)");
  upload.success_status = 201;
  upload.body_limit = kEvidenceLimit + 1024 * 1024;
  upload.query = {{"file_name", "string", "The file's name with its extension", {}},
                  {"criterion_id", "integer", "The criterion the evidence belongs to", {}}};
  file_route(t.add<void, void>(Verb::get, "/api/quality/evidence/{id}", Permission::quality_read, download_evidence,
                               tag, "Download an evidence file (every read is logged)"));
  t.add<void, void>(Verb::delete_, "/api/quality/evidence/{id}", Permission::quality_assess, delete_evidence, tag,
                    "Delete an evidence file");
  t.add<void, dto::QOverview>(Verb::get, "/api/quality/overview", Permission::quality_read, get_overview, tag,
                              "Region overview: closed audits side by side by standard, open and overdue actions, "
                              "the most often failed criteria")
      .query = {kOverviewSet.doc(), filter_doc(kOverviewFounder)};
}

}  // namespace kvalis::http
