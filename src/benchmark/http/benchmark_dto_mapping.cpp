#include "benchmark/http/benchmark_dto_mapping.hpp"

#include <algorithm>

#include "platform/core/dates.hpp"
#include "platform/core/messages.hpp"

namespace kvalis::http {
namespace {

namespace app = benchmark::app;
namespace bm = benchmark;
namespace repo = app::repo;

std::optional<std::string> timestamp_or_null(long long t) {
  if (!t) return std::nullopt;
  return format_timestamp(t);
}

const std::string& localized(Lang lang, const std::string& cs, const std::string& en) {
  return lang == Lang::en && !en.empty() ? en : cs;
}

dto::BmMethodologySummary methodology_summary(const repo::MethodologyRow& m) {
  return {m.id,         m.group_id,        m.version,   m.name, m.status, format_timestamp(m.created_at),
          m.item_count, m.indicator_count, m.rule_count};
}

dto::BmServiceProgress progress_dto(const app::ServiceProgress& p) {
  const auto& svc = p.service;
  return {svc.service_id,
          svc.name,
          svc.kind_code,
          svc.provider_id,
          svc.provider_name,
          std::string(bm::to_string(p.submission.status)),
          p.filled,
          p.required,
          p.errors,
          timestamp_or_null(p.submission.submitted_at),
          timestamp_or_null(p.submission.reminded_at)};
}

dto::BmProblem problem_dto(const bm::Problem& p, const repo::MethodologyContent& c, Lang lang) {
  dto::BmProblem d;
  d.target = p.is_rule() ? "rule" : "item";
  d.code = p.code;
  d.kind = std::string(bm::to_string(p.kind));
  d.blocking = p.blocking();
  for (const auto& [k, v] : p.params) d.params.push_back({k, v});
  auto params = p.params;
  if (p.is_rule()) {
    auto rule = std::find_if(c.rules.begin(), c.rules.end(), [&](const auto& r) { return r.code == p.code; });
    params.emplace_back("rule", p.code);
    if (rule != c.rules.end()) params.emplace_back("text", localized(lang, rule->message_cs, rule->message_en));
  } else {
    auto item = std::find_if(c.items.begin(), c.items.end(), [&](const auto& i) { return i.code == p.code; });
    params.emplace_back("item", item == c.items.end() ? p.code : localized(lang, item->name_cs, item->name_en));
  }
  std::string key = "bm.problem." + d.kind;
  if (p.kind == bm::ProblemKind::kRuleNotChecked &&
      std::none_of(p.params.begin(), p.params.end(), [](const auto& x) { return x.first == "missing"; }))
    key = "bm.problem.rule_not_computable";
  d.message = translate(key, lang, params);
  return d;
}

}  // namespace

dto::BmGroup group_dto(const app::GroupView& v) {
  dto::BmGroup d;
  d.id = v.group.id;
  d.region_org_id = v.group.region_org_id;
  d.region_name = v.group.region_name;
  d.name = v.group.name;
  d.description = v.group.description;
  d.kinds = v.group.kinds;
  for (const auto& m : v.members)
    d.members.push_back({m.provider_org_id, m.provider_name, m.participation, m.joined_on});
  d.created_at = format_timestamp(v.group.created_at);
  d.can_manage = v.access.manage;
  return d;
}

dto::BmGroupList group_list_dto(const app::GroupPage& page, const Paging& paging) {
  dto::BmGroupList out;
  out.page = paging.page;
  out.page_size = paging.page_size;
  out.total = page.total;
  for (const auto& g : page.items) out.items.push_back(group_dto(g));
  return out;
}

dto::BmMeeting meeting_dto(const repo::MeetingRow& m) {
  dto::BmMeeting d{m.id, m.group_id, m.held_on, m.place, m.agenda, m.minutes, {}};
  for (const auto& a : m.attendance) d.attendance.push_back({a.organisation_id, a.organisation_name, a.attendees});
  return d;
}

dto::BmMeetingList meeting_list_dto(const std::vector<repo::MeetingRow>& list) {
  dto::BmMeetingList out;
  for (const auto& m : list) out.items.push_back(meeting_dto(m));
  return out;
}

dto::BmMethodology methodology_dto(const app::MethodologyView& v) {
  const auto& m = v.methodology;
  const auto& c = v.content;
  dto::BmMethodology d;
  d.id = m.id;
  d.group_id = m.group_id;
  d.version = m.version;
  d.name = m.name;
  d.status = m.status;
  d.created_at = format_timestamp(m.created_at);
  for (const auto& i : c.items)
    d.items.push_back({i.code, i.name_cs, i.name_en, i.unit, i.required, i.min_value, i.max_value, i.help_cs});
  for (const auto& x : c.indicators)
    d.indicators.push_back(
        {x.code, x.name_cs, x.name_en, x.numerator, x.denominator, x.factor, x.unit, x.direction, x.rba, x.kinds});
  for (const auto& r : c.rules) d.rules.push_back({r.code, r.left, r.op, r.right, r.message_cs, r.message_en});
  return d;
}

dto::BmMethodologyList methodology_list_dto(const std::vector<repo::MethodologyRow>& list) {
  dto::BmMethodologyList out;
  for (const auto& m : list) out.items.push_back(methodology_summary(m));
  return out;
}

dto::BmRound round_dto(const repo::RoundRow& r) {
  return {r.id,
          r.group_id,
          r.methodology_id,
          r.methodology_version,
          r.name,
          r.period_year,
          r.kind,
          r.deadline,
          std::string(bm::to_string(r.status)),
          timestamp_or_null(r.locked_at),
          format_timestamp(r.created_at)};
}

dto::BmRoundList round_list_dto(const std::vector<repo::RoundRow>& list) {
  dto::BmRoundList out;
  for (const auto& r : list) out.items.push_back(round_dto(r));
  return out;
}

dto::BmRoundDetail round_detail_dto(const app::RoundDetail& d) {
  dto::BmRoundDetail out;
  out.round = round_dto(d.round);
  out.group_name = d.group_name;
  out.can_manage = d.can_manage;
  for (const auto& p : d.services) out.services.push_back(progress_dto(p));
  out.services_total = static_cast<int>(out.services.size());
  out.services_submitted = d.submitted();
  return out;
}

dto::BmReminded reminded_dto(const std::vector<app::ServiceProgress>& list) {
  dto::BmReminded out;
  for (const auto& p : list) out.reminded.push_back(progress_dto(p));
  return out;
}

dto::BmForm form_dto(const app::FormView& v, Lang lang) {
  dto::BmForm d;
  d.round_id = v.round.id;
  d.round_name = v.round.name;
  d.period_year = v.round.period_year;
  d.round_status = std::string(bm::to_string(v.round.status));
  d.deadline = v.round.deadline;
  d.service_id = v.service.service_id;
  d.service_name = v.service.name;
  d.kind_code = v.service.kind_code;
  d.provider_id = v.service.provider_id;
  d.provider_name = v.service.provider_name;
  d.status = std::string(bm::to_string(v.submission.status));
  d.editable = v.editable;
  d.can_correct = v.can_correct;
  d.filled = v.validation.filled;
  d.required = v.validation.required;
  d.errors = v.validation.errors();
  d.submitted_at = timestamp_or_null(v.submission.submitted_at);
  for (const auto& i : v.content.items) {
    dto::BmFormItem item{i.code,      localized(lang, i.name_cs, i.name_en),
                         i.unit,      i.required,
                         i.min_value, i.max_value,
                         i.help_cs,   std::nullopt,
                         false,       std::nullopt};
    if (auto it = v.values.find(i.code); it != v.values.end()) {
      item.entered = true;
      item.value = it->second;
    }
    for (const auto& p : v.prefilled)
      if (p.item_code == i.code) {
        item.entered = false;
        item.source = localized(lang, p.value.source_cs, p.value.source_en);
      }
    d.items.push_back(std::move(item));
  }
  for (const auto& p : v.validation.problems) d.problems.push_back(problem_dto(p, v.content, lang));
  for (const auto& p : v.indicators) {
    const auto& x = p.indicator;
    d.indicators.push_back(
        {x.code, localized(lang, x.name_cs, x.name_en), x.unit, x.direction, x.rba, p.value, p.missing_reason});
  }
  for (const auto& c : v.corrections)
    d.corrections.push_back({c.id, c.item_code, c.old_value, c.new_value, format_timestamp(c.at),
                             c.user_id ? std::optional<long long>(c.user_id) : std::nullopt, c.user_login, c.reason});
  return d;
}

json::array problems_json(const std::vector<bm::Problem>& problems, const repo::MethodologyContent& c, Lang lang) {
  json::array out;
  for (const auto& p : problems)
    if (p.blocking()) out.push_back(to_json(problem_dto(p, c, lang)));
  return out;
}

}  // namespace kvalis::http
