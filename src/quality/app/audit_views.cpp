#include "quality/app/audit_views.hpp"

#include <algorithm>
#include <map>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/database.hpp"
#include "quality/core/comparison.hpp"
#include "quality/core/team.hpp"

namespace kvalis::quality::app {
namespace {

std::string ts(long long t) { return t ? format_timestamp(t) : std::string(); }

std::string translate_level(const Scale& scale, const std::string& code, Lang lang) {
  if (const auto* l = scale.find(code)) return lang == Lang::en && !l->label_en.empty() ? l->label_en : l->label_cs;
  return code;
}

std::optional<QActionIndicator> indicator_of(soci::session& s, const qrepo::ActionRow& a) {
  if (!a.bm_group_id || a.bm_indicator_code.empty() || !a.service_id) return std::nullopt;
  const auto series = qrepo::indicator_series(s, *a.bm_group_id, a.bm_indicator_code, *a.service_id);
  if (series.rounds.empty()) return std::nullopt;
  QActionIndicator d;
  d.group_id = *a.bm_group_id;
  d.code = a.bm_indicator_code;
  d.group_name = series.group_name;
  d.name = series.name;
  d.unit = series.unit;
  d.direction = series.direction == "lower" ? "lower_better" : "higher_better";
  std::vector<std::pair<int, QIndicatorPoint>> points;
  for (const auto& r : series.rounds) {
    QIndicatorPoint p;
    p.round_id = r.round_id;
    p.round_name = r.round_name;
    p.period = std::to_string(r.period_year);
    p.value = r.value;
    points.emplace_back(r.period_year, std::move(p));
  }
  // Before: the last value of a year before the audit (or, without its date, before the action was
  // planned). After: the latest value from the year the action was done (or, while it is not, from the
  // audit's year on).
  const std::string reference = a.audit_ends_on.empty() ? format_date(a.created_at) : a.audit_ends_on;
  const int reference_year = std::stoi(reference.substr(0, 4));
  const std::string done = a.action.done_date.empty() ? a.action.verified_date : a.action.done_date;
  const int after_from = done.empty() ? reference_year : std::stoi(done.substr(0, 4));
  for (auto& [year, p] : points) {
    p.when = year < reference_year ? "before" : "after";
    if (year < reference_year && p.value) d.before = p.value;
    if (year >= after_from && p.value) d.after = p.value;
    d.points.push_back(p);
  }
  if (d.before && d.after) d.change = *d.after - *d.before;
  return d;
}

}  // namespace

std::string today_date() { return format_date(store::now_epoch()); }

std::optional<AuditView> load_audit(soci::session& s, const accounts::Principal& p, long long audit_id) {
  auto a = qrepo::get_audit(s, audit_id);
  if (!a) return std::nullopt;
  auto rights = audit_rights(p, qrepo::facts_of(*a));
  if (!rights.read) return std::nullopt;
  return AuditView{std::move(*a), std::move(rights)};
}

std::vector<AuditView> visible_audits(soci::session& s, const accounts::Principal& p, const qrepo::AuditFilter& f) {
  std::vector<AuditView> out;
  for (auto& a : qrepo::list_audits(s, f)) {
    auto rights = audit_rights(p, qrepo::facts_of(a));
    if (rights.read) out.push_back({std::move(a), std::move(rights)});
  }
  return out;
}

std::shared_ptr<const Heads> HeadsCache::get(soci::session& s) {
  const long long quality = store::data_versions::get(s, "quality");
  const long long registry = store::data_versions::get(s, "registry");
  {
    std::lock_guard lock(mutex_);
    if (heads_ && quality_version_ == quality && registry_version_ == registry) return heads_;
  }
  auto fresh = heads_of(s, nullptr);
  ++loads_;
  std::lock_guard lock(mutex_);
  // Of two requests that loaded heads, the one of the newer versions stays.
  if (!heads_ || quality > quality_version_ || (quality == quality_version_ && registry >= registry_version_)) {
    heads_ = fresh;
    quality_version_ = quality;
    registry_version_ = registry;
  }
  return fresh;
}

HeadsCache& process_heads_cache() {
  static HeadsCache cache;
  return cache;
}

std::shared_ptr<const Heads> heads_of(soci::session& s, HeadsCache* cache) {
  if (cache) return cache->get(s);
  auto heads = std::make_shared<Heads>();
  heads->audits = qrepo::list_audit_heads(s);
  heads->actions = qrepo::list_action_heads(s);
  return heads;
}

std::vector<HeadView> visible_heads(const Heads& heads, const accounts::Principal& p) {
  std::vector<HeadView> out;
  for (const auto& a : heads.audits) {
    auto rights = audit_rights(p, qrepo::facts_of(a));
    if (rights.read) out.push_back({&a, std::move(rights)});
  }
  return out;
}

std::map<long long, qrepo::ActionRow> action_rows_by_id(soci::session& s,
                                                        const std::vector<std::pair<long long, long long>>& ids) {
  std::map<long long, qrepo::ActionRow> out;
  if (ids.empty()) return out;
  qrepo::ActionFilter f;
  f.ids.emplace();
  for (const auto& [id, audit] : ids) {
    f.ids->push_back(id);
    f.audit_ids.push_back(audit);
  }
  for (auto& a : qrepo::list_actions(s, f)) out.emplace(a.id, std::move(a));
  return out;
}

std::vector<qrepo::ActionRow> full_action_rows(soci::session& s, const std::vector<const qrepo::ActionRow*>& heads) {
  std::vector<std::pair<long long, long long>> ids;
  for (const auto* h : heads) ids.emplace_back(h->id, h->audit_id);
  auto by_id = action_rows_by_id(s, ids);
  std::vector<qrepo::ActionRow> out;
  for (const auto* h : heads)
    if (auto it = by_id.find(h->id); it != by_id.end()) out.push_back(std::move(it->second));
  return out;
}

std::vector<ActionRow> action_rows_of_audits(soci::session& s, const std::vector<long long>& audit_ids) {
  if (audit_ids.empty()) return {};
  qrepo::ActionFilter f;
  f.audit_ids = audit_ids;
  return qrepo::list_actions(s, f);
}

bool reads_audit_of_service(soci::session& s, const accounts::Principal& p, long long service_id) {
  qrepo::AuditFilter f;
  f.service_id = service_id;
  for (const auto& a : qrepo::list_audits(s, f))
    if (audit_rights(p, qrepo::facts_of(a)).read) return true;
  return false;
}

QScale scale_dto(const Scale& scale) {
  QScale d;
  d.code = scale.code;
  d.name_cs = scale.name_cs;
  d.name_en = scale.name_en;
  for (const auto& l : scale.levels) d.levels.push_back({l.code, l.label_cs, l.label_en, l.points});
  d.max_points = scale.max_points();
  return d;
}

QPassRule pass_rule_dto(const PassRule& rule, const Scale& scale, Lang lang) {
  QPassRule d;
  d.essential_min_points = rule.essential_min_points;
  d.min_share = rule.min_share;
  d.min_share_per_standard = rule.min_share_per_standard;
  std::vector<std::string> parts;
  if (rule.essential_min_points) {
    std::string level = format_points(*rule.essential_min_points);
    for (const auto& l : scale.levels)
      if (l.points && *l.points == *rule.essential_min_points) level = lang == Lang::en ? l.label_en : l.label_cs;
    parts.push_back(translate("quality.rule.text_essential", lang, {{"level", level}}));
  }
  if (rule.min_share)
    parts.push_back(translate("quality.rule.text_share", lang, {{"percent", format_points(*rule.min_share * 100)}}));
  if (rule.min_share_per_standard)
    parts.push_back(translate("quality.rule.text_share_standard", lang,
                              {{"percent", format_points(*rule.min_share_per_standard * 100)}}));
  if (parts.empty()) parts.push_back(translate("quality.rule.text_none", lang));
  for (std::size_t i = 0; i < parts.size(); ++i) d.text += (i ? "; " : "") + parts[i];
  return d;
}

QAuditSummary summary_dto(const qrepo::AuditRow& a, const qrepo::ActionCounts& counts) {
  QAuditSummary d;
  d.id = a.id;
  d.type = a.type;
  d.title = a.title;
  d.status = std::string(to_string(a.status));
  d.audited_org_id = a.audited_org_id;
  d.audited_org_name = a.audited_org_name;
  d.service_id = a.service_id;
  d.service_name = a.service_name;
  d.kind_code = a.kind_code;
  d.conducted_by_org_id = a.conducted_by_org_id;
  d.conducted_by_name = a.conducted_by_name;
  d.set_code = a.set_code;
  d.set_version = a.set_version;
  d.starts_on = a.starts_on;
  d.ends_on = a.ends_on;
  d.verdict = a.verdict;
  d.total_percent = a.total_percent;
  d.previous_audit_id = a.previous_audit_id;
  d.open_actions = counts.open;
  d.overdue_actions = counts.overdue;
  return d;
}

QResults results_dto(const AuditScore& score, const Scale& scale, const std::vector<qrepo::StandardRow>& standards,
                     const std::vector<qrepo::CriterionRow>& criteria, Lang lang) {
  QResults d;
  std::map<int, std::string> names;
  for (const auto& st : standards) names[st.number] = st.name_cs;
  std::map<std::string, std::string> codes;  // criterion id → code
  for (const auto& c : criteria) codes[std::to_string(c.id)] = criterion_code(c.standard, c.letter);
  for (const auto& st : score.standards)
    d.standards.push_back({st.standard,
                           names[st.standard],
                           {st.score.points, st.score.max, st.score.percent},
                           st.criteria,
                           st.scored,
                           st.not_applicable,
                           st.not_scored});
  d.total = {score.total.points, score.total.max, score.total.percent};
  d.verdict = std::string(to_string(score.verdict));
  for (const auto& r : score.reasons) {
    QReason q;
    q.kind = std::string(to_string(r.kind));
    q.criterion_code = r.criterion_id.empty() ? std::string() : codes[r.criterion_id];
    q.standard = r.standard;
    Error message = r.message();
    // The message names the level by its label, not its code.
    for (auto& [k, v] : message.params)
      if (k == "level") v = translate_level(scale, v, lang);
    q.message = translate(message, lang);
    d.reasons.push_back(std::move(q));
  }
  return d;
}

QEvidence evidence_dto(const qrepo::EvidenceRow& e) {
  return QEvidence{e.id,         e.criterion_id, e.action_id,        e.file_name,      e.content_type,
                   e.size_bytes, e.sha256,       e.uploaded_by_name, ts(e.uploaded_at)};
}

QAction action_dto(soci::session& s, const qrepo::ActionRow& a, const AuditRights& rights, bool detail) {
  QAction d;
  const auto& c = a.action;
  d.id = a.id;
  d.finding_id = a.finding_id;
  d.audit_id = a.audit_id;
  d.audit_title = a.audit_title;
  d.provider_org_id = a.audited_org_id;
  d.provider_name = a.audited_org_name;
  d.service_id = a.service_id;
  d.service_name = a.service_name;
  d.criterion_code = a.criterion_code;
  d.finding_text = a.finding_text;
  d.severity = a.severity;
  d.text = c.text;
  d.owner = c.owner;
  d.due_date = c.due_date;
  d.status = std::string(to_string(c.status));
  if (auto due = due_info(c, today_date())) {
    d.due_state = std::string(to_string(due.value().state));
    d.days_overdue = due.value().days_overdue;
    d.days_left = due.value().days_left;
  }
  d.done_date = c.done_date;
  d.verified_date = c.verified_date;
  d.verification_evidence = c.verification_evidence;
  d.rejection_reason = c.rejection_reason;
  for (auto st : allowed_for(rights, c.status)) d.allowed_transitions.emplace_back(to_string(st));
  d.bm_group_id = a.bm_group_id;
  d.bm_indicator_code = a.bm_indicator_code;
  if (a.bm_group_id && !a.bm_indicator_code.empty())
    d.bm_indicator_name = qrepo::indicator_name(s, *a.bm_group_id, a.bm_indicator_code);
  d.created_at = ts(a.created_at);
  if (detail) {
    d.indicator = indicator_of(s, a);
    for (const auto& e : qrepo::action_events(s, a.id))
      d.history.push_back({e.from_status, e.to_status, e.actor_kind, e.user_name, e.on_date, e.note, ts(e.at)});
    for (const auto& e : qrepo::evidence_of_audit(s, a.audit_id))
      if (e.action_id && *e.action_id == a.id) d.evidence.push_back(evidence_dto(e));
  }
  return d;
}

QAudit audit_dto(soci::session& s, const AuditView& v, Lang lang) {
  const auto& a = v.audit;
  QAudit d;
  d.summary = summary_dto(a, qrepo::action_counts(s, {a.id}, today_date())[a.id]);
  d.place = a.place;
  d.methods = a.methods;
  for (const auto& m : a.team) d.team.push_back({m.user_id, m.name, m.role});
  if (a.type.rfind("inspection", 0) == 0) {
    if (auto w =
            check_inspection_team(static_cast<int>(a.team.size()),
                                  a.service_id ? qrepo::service_forms(s, *a.service_id) : std::vector<std::string>{})) {
      Error e{ErrorCode::invalid_input, {}, w->message_key, w->params};
      d.warnings.push_back({w->message_key, translate(e, lang)});
    }
  }
  if (std::none_of(a.team.begin(), a.team.end(), [](const qrepo::TeamRow& m) { return m.role == "leader"; }) &&
      a.type != "self_assessment")
    d.warnings.push_back({"quality.team.no_leader", translate("quality.team.no_leader", lang)});
  d.template_id = a.template_id;
  d.template_name = a.template_name;
  d.set_name = a.set_name;
  const auto model = qrepo::model_of(s, a);
  d.scale = scale_dto(model.scale);
  d.pass_rule = pass_rule_dto(model.rule, model.scale, lang);
  d.summary_text = a.summary;
  for (const auto& st : model.standards)
    d.standards.push_back({st.id, st.number, st.name_cs, st.part, st.name_verified, {}});
  const auto assessments = qrepo::assessments_of(s, a.id);
  const auto score = qrepo::score_of(model, assessments);
  std::map<long long, const qrepo::AssessmentRow*> by_criterion;
  for (const auto& x : assessments) by_criterion[x.criterion_id] = &x;
  const auto evidence = qrepo::evidence_of_audit(s, a.id);
  std::map<long long, int> evidence_count;
  for (const auto& e : evidence)
    if (e.criterion_id) ++evidence_count[*e.criterion_id];
  for (std::size_t i = 0; i < model.criteria.size(); ++i) {
    const auto& c = model.criteria[i];
    const auto& r = score.criteria[i];
    QAuditCriterion q;
    q.criterion_id = c.id;
    q.standard = c.standard;
    q.letter = c.letter;
    q.code = criterion_code(c.standard, c.letter);
    q.essential = c.essential == "yes";
    q.weight = model.scoring[i].weight;
    q.text_cs = c.text_cs;
    q.state = std::string(to_string(r.state));
    q.points = r.points;
    q.max = r.max;
    if (auto it = by_criterion.find(c.id); it != by_criterion.end()) {
      q.level_code = it->second->level_code;
      q.note = it->second->note;
      q.updated_at = ts(it->second->updated_at);
    }
    q.evidence = evidence_count[c.id];
    d.criteria.push_back(std::move(q));
  }
  d.results = results_dto(score, model.scale, model.standards, model.criteria, lang);
  const auto actions = qrepo::actions_of_audit(s, a.id);
  for (const auto& f : qrepo::findings_of(s, a.id)) {
    QFinding q{f.id, f.audit_id,      f.criterion_id, f.criterion_code, f.severity, f.text, f.recommendation,
               {},   ts(f.created_at)};
    for (const auto& x : actions)
      if (x.finding_id == f.id) q.actions.push_back(action_dto(s, x, v.rights, false));
    d.findings.push_back(std::move(q));
  }
  for (const auto& e : evidence) d.evidence.push_back(evidence_dto(e));
  d.revision = a.revision;
  d.can_edit = v.rights.score;
  d.can_manage = v.rights.manage;
  d.closed_at = ts(a.closed_at);
  return d;
}

QComparison comparison_dto(soci::session& s, const qrepo::AuditRow& previous, const qrepo::AuditRow& current) {
  const auto prev_model = qrepo::model_of(s, previous);
  const auto cur_model = qrepo::model_of(s, current);
  // Criteria are matched by their code ("2a"), so audits of different set versions compare too.
  auto by_code = [](AuditScore score) {
    for (auto& c : score.criteria) c.criterion_id = c.code();
    for (auto& r : score.reasons) r.criterion_id.clear();
    return score;
  };
  const auto prev_score = by_code(qrepo::score_of(prev_model, qrepo::assessments_of(s, previous.id)));
  const auto cur_score = by_code(qrepo::score_of(cur_model, qrepo::assessments_of(s, current.id)));
  const auto cmp = compare_audits(prev_score, cur_score);
  std::map<int, std::string> names;
  for (const auto& st : prev_model.standards) names[st.number] = st.name_cs;
  for (const auto& st : cur_model.standards) names[st.number] = st.name_cs;
  QComparison d;
  d.previous_audit_id = previous.id;
  d.previous_title = previous.title;
  d.previous_ends_on = previous.ends_on;
  d.current_audit_id = current.id;
  for (const auto& c : cmp.criteria) {
    QCriterionComparison q;
    q.code = c.code;
    q.standard = c.standard;
    q.letter = c.letter;
    if (c.previous) q.previous_level = c.previous->level_code;
    if (c.current) q.current_level = c.current->level_code;
    q.kind = std::string(to_string(c.kind));
    q.change_points = c.change_points;
    d.criteria.push_back(std::move(q));
  }
  for (const auto& st : cmp.standards)
    d.standards.push_back({st.standard, names[st.standard], st.score.previous_percent, st.score.current_percent,
                           st.score.change_points, std::string(to_string(st.score.kind))});
  d.total = {0,
             "",
             cmp.total.previous_percent,
             cmp.total.current_percent,
             cmp.total.change_points,
             std::string(to_string(cmp.total.kind))};
  d.improved = cmp.count(ChangeKind::kImproved);
  d.worsened = cmp.count(ChangeKind::kWorsened);
  d.same = cmp.count(ChangeKind::kSame);
  return d;
}

}  // namespace kvalis::quality::app
