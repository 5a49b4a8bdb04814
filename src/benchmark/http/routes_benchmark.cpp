// Benchmarking, data side: working groups with members and meetings, versioned methodologies (data items,
// indicators, consistency rules) and data rounds with completeness. The forms of the rounds are
// routes_benchmark_forms.cpp. Handlers parse, call one use case (benchmark/app) and map the result; who
// may do what is benchmark/core/access.hpp.
#include "benchmark/app/groups.hpp"
#include "benchmark/app/methodologies.hpp"
#include "benchmark/app/rounds.hpp"
#include "benchmark/http/benchmark_dto_mapping.hpp"
#include "benchmark/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/child_routes.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace app = benchmark::app;

// ---- reading inputs: the texts' form here, the rules in the use cases --------------------------------

Status check_each(std::initializer_list<Status> checks) {
  for (const auto& st : checks)
    if (!st) return st;
  return ok_status();
}

Result<app::GroupInput> group_input(const dto::BmGroupInput& in) {
  if (auto st = check_each({in.name ? check_line("name", *in.name, 200, true) : ok_status(),
                            in.description ? check_text("description", *in.description, 5000, false) : ok_status()});
      !st)
    return st.error();
  return app::GroupInput{in.region_org_id, in.name, in.description, in.kinds};
}

Result<std::vector<app::MemberInput>> members_input(const dto::BmMembersInput& in) {
  std::vector<app::MemberInput> out;
  for (std::size_t i = 0; i < in.members.size(); ++i) {
    const auto& m = in.members[i];
    const std::string joined = m.joined_on.value_or("");
    if (auto st = check_date("members[" + std::to_string(i) + "].joined_on", joined, false); !st) return st.error();
    out.push_back({m.provider_org_id, m.participation, joined});
  }
  return out;
}

Result<app::MeetingInput> meeting_input(const dto::BmMeetingInput& in) {
  if (auto st = check_each({in.held_on ? check_date("held_on", *in.held_on, true) : ok_status(),
                            in.place ? check_line("place", *in.place, 300, false) : ok_status(),
                            in.agenda ? check_text("agenda", *in.agenda, 20000, false) : ok_status(),
                            in.minutes ? check_text("minutes", *in.minutes, 100000, false) : ok_status()});
      !st)
    return st.error();
  app::MeetingInput out{in.held_on, in.place, in.agenda, in.minutes, std::nullopt};
  if (in.attendance) {
    out.attendance.emplace();
    for (const auto& a : *in.attendance) out.attendance->push_back({a.organisation_id, a.attendees.value_or(1)});
  }
  return out;
}

Result<app::MethodologyInput> methodology_input(const dto::BmMethodologyInput& in) {
  app::MethodologyInput out;
  out.name = in.name;
  if (in.name)
    if (auto st = check_line("name", *in.name, 200, true); !st) return st.error();
  for (std::size_t i = 0; i < in.items.size(); ++i) {
    const auto& x = in.items[i];
    const std::string f = "items[" + std::to_string(i) + "]";
    app::repo::ItemRow item{
        x.code,      x.name_cs,   x.name_en.value_or(""), x.unit.value_or(""), x.required.value_or(true),
        x.min_value, x.max_value, x.help_cs.value_or("")};
    if (auto st = check_each(
            {check_line(f + ".name_cs", item.name_cs, 300, true), check_line(f + ".name_en", item.name_en, 300, false),
             check_line(f + ".unit", item.unit, 50, false), check_text(f + ".help_cs", item.help_cs, 5000, false)});
        !st)
      return st.error();
    out.content.items.push_back(std::move(item));
  }
  for (std::size_t i = 0; i < in.indicators.size(); ++i) {
    const auto& x = in.indicators[i];
    const std::string f = "indicators[" + std::to_string(i) + "]";
    app::repo::IndicatorRow ind{0,
                                x.code,
                                x.name_cs,
                                x.name_en.value_or(""),
                                x.numerator,
                                x.denominator.value_or("1"),
                                x.factor.value_or(1.0),
                                x.unit.value_or(""),
                                x.direction,
                                x.rba,
                                x.kinds.value_or(std::vector<std::string>{})};
    if (auto st = check_each(
            {check_line(f + ".name_cs", ind.name_cs, 300, true), check_line(f + ".name_en", ind.name_en, 300, false),
             check_line(f + ".unit", ind.unit, 50, false), check_text(f + ".numerator", ind.numerator, 2000, false),
             check_text(f + ".denominator", ind.denominator, 2000, false)});
        !st)
      return st.error();
    out.content.indicators.push_back(std::move(ind));
  }
  for (std::size_t i = 0; i < in.rules.size(); ++i) {
    const auto& x = in.rules[i];
    const std::string f = "rules[" + std::to_string(i) + "]";
    app::repo::RuleRow rule{x.code, x.left, x.op, x.right, x.message_cs, x.message_en.value_or("")};
    if (auto st = check_each({check_text(f + ".left", rule.left, 2000, false),
                              check_text(f + ".right", rule.right, 2000, false),
                              check_text(f + ".message_cs", rule.message_cs, 500, true),
                              check_text(f + ".message_en", rule.message_en, 500, false)});
        !st)
      return st.error();
    out.content.rules.push_back(std::move(rule));
  }
  return out;
}

Result<app::RoundInput> round_input(const dto::BmRoundInput& in) {
  app::RoundInput out{in.name, in.period_year, in.kind, in.deadline.value_or(""), in.methodology_id};
  if (auto st = check_each({check_line("name", out.name, 200, true), check_date("deadline", out.deadline, false)}); !st)
    return st.error();
  return out;
}

// A use case's answer after reading its input: the input's error, or the use case's answer.
template <class In, class Call>
Response with_input(Context& ctx, const Result<In>& in, Call&& call) {
  if (!in) return error_response(in.error(), ctx.lang);
  return call(*in);
}

// ---- groups ---------------------------------------------------------------------------------------

Response list_groups(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  return answer_as(ctx, app::list_groups(ctx.db(), caller_of(ctx), page->page_size, page->offset()),
                   [&](const app::GroupPage& p) { return group_list_dto(p, *page); });
}

Response create_group(Context& ctx) {
  auto body = body_as<dto::BmGroupInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  return with_input(ctx, group_input(std::get<0>(body)), [&](const app::GroupInput& in) {
    return answer_as(ctx, app::create_group(ctx.db(), caller_of(ctx), ctx.app.catalogues(), in), group_dto, 201);
  });
}

Response get_group(Context& ctx) {
  return for_parent(ctx, app::group_missing(), [&](long long id) {
    return answer_as(ctx, app::get_group(ctx.db(), caller_of(ctx), id), group_dto);
  });
}

Response update_group(Context& ctx) {
  return for_parent_with<dto::BmGroupInput>(ctx, app::group_missing(), [&](long long id, const auto& body) {
    return with_input(ctx, group_input(body), [&](const app::GroupInput& in) {
      return answer_as(ctx, app::update_group(ctx.db(), caller_of(ctx), ctx.app.catalogues(), id, in), group_dto);
    });
  });
}

Response put_members(Context& ctx) {
  return for_parent_with<dto::BmMembersInput>(ctx, app::group_missing(), [&](long long id, const auto& body) {
    return with_input(ctx, members_input(body), [&](const std::vector<app::MemberInput>& in) {
      return answer_as(ctx, app::replace_members(ctx.db(), caller_of(ctx), id, in), group_dto);
    });
  });
}

// ---- meetings -------------------------------------------------------------------------------------

Response list_meetings(Context& ctx) {
  return for_parent(ctx, app::group_missing(), [&](long long id) {
    return answer_as(ctx, app::list_meetings(ctx.db(), caller_of(ctx), id), meeting_list_dto);
  });
}

Response create_meeting(Context& ctx) {
  return for_parent_with<dto::BmMeetingInput>(ctx, app::group_missing(), [&](long long id, const auto& body) {
    return with_input(ctx, meeting_input(body), [&](const app::MeetingInput& in) {
      return answer_as(ctx, app::create_meeting(ctx.db(), caller_of(ctx), id, in), meeting_dto, 201);
    });
  });
}

Response update_meeting(Context& ctx) {
  return for_parent_with<dto::BmMeetingInput>(ctx, app::meeting_missing(), [&](long long id, const auto& body) {
    return with_input(ctx, meeting_input(body), [&](const app::MeetingInput& in) {
      return answer_as(ctx, app::update_meeting(ctx.db(), caller_of(ctx), id, in), meeting_dto);
    });
  });
}

// ---- methodologies --------------------------------------------------------------------------------

Response list_methodologies(Context& ctx) {
  return for_parent(ctx, app::group_missing(), [&](long long id) {
    return answer_as(ctx, app::list_methodologies(ctx.db(), caller_of(ctx), id), methodology_list_dto);
  });
}

Response create_methodology(Context& ctx) {
  return for_parent_with<dto::BmMethodologyCreate>(ctx, app::group_missing(), [&](long long id, const auto& in) {
    if (in.name)
      if (auto st = check_line("name", *in.name, 200, true); !st) return error_response(st.error(), ctx.lang);
    const app::MethodologyCreate create{in.name, in.copy_from_latest.value_or(false)};
    return answer_as(ctx, app::create_methodology(ctx.db(), caller_of(ctx), id, create), methodology_dto, 201);
  });
}

Response get_methodology(Context& ctx) {
  return for_parent(ctx, app::methodology_missing(), [&](long long id) {
    return answer_as(ctx, app::get_methodology(ctx.db(), caller_of(ctx), id), methodology_dto);
  });
}

Response put_methodology(Context& ctx) {
  return for_parent_with<dto::BmMethodologyInput>(ctx, app::methodology_missing(), [&](long long id, const auto& body) {
    return with_input(ctx, methodology_input(body), [&](const app::MethodologyInput& in) {
      return answer_as(ctx, app::update_methodology(ctx.db(), caller_of(ctx), ctx.app.catalogues(), id, in),
                       methodology_dto);
    });
  });
}

Response publish_methodology(Context& ctx) {
  return for_parent(ctx, app::methodology_missing(), [&](long long id) {
    return answer_as(ctx, app::publish_methodology(ctx.db(), caller_of(ctx), id), methodology_dto);
  });
}

// ---- rounds ---------------------------------------------------------------------------------------

Response list_rounds(Context& ctx) {
  return for_parent(ctx, app::group_missing(), [&](long long id) {
    return answer_as(ctx, app::list_rounds(ctx.db(), caller_of(ctx), id), round_list_dto);
  });
}

Response create_round(Context& ctx) {
  return for_parent_with<dto::BmRoundInput>(ctx, app::group_missing(), [&](long long id, const auto& body) {
    return with_input(ctx, round_input(body), [&](const app::RoundInput& in) {
      return answer_as(ctx, app::create_round(ctx.db(), caller_of(ctx), id, in), round_dto, 201);
    });
  });
}

Response get_round(Context& ctx) {
  return for_parent(ctx, app::round_missing(), [&](long long id) {
    return answer_as(ctx, app::get_round(ctx.db(), caller_of(ctx), id), round_detail_dto);
  });
}

Response lock_round(Context& ctx) {
  return for_parent(ctx, app::round_missing(), [&](long long id) {
    return answer_as(ctx, app::lock_round(ctx.db(), caller_of(ctx), id), round_detail_dto);
  });
}

Response remind_round(Context& ctx) {
  return for_parent(ctx, app::round_missing(), [&](long long id) {
    return answer_as(ctx, app::remind_round(ctx.db(), caller_of(ctx), id), reminded_dto);
  });
}

}  // namespace

void register_benchmark_routes(RouteTable& t) {
  const std::string tag = "benchmark";
  t.add<void, dto::BmGroupList>(Verb::get, "/api/benchmark/groups", Permission::benchmark_read, list_groups, tag,
                                "Working groups the caller runs or takes part in")
      .query = paging_docs();
  t.add<dto::BmGroupInput, dto::BmGroup>(Verb::post, "/api/benchmark/groups", Permission::benchmark_manage,
                                         create_group, tag, "Create a working group of a region")
      .success_status = 201;
  t.add<void, dto::BmGroup>(Verb::get, "/api/benchmark/groups/{id}", Permission::benchmark_read, get_group, tag,
                            "One working group with its members");
  t.add<dto::BmGroupInput, dto::BmGroup>(Verb::patch, "/api/benchmark/groups/{id}", Permission::benchmark_manage,
                                         update_group, tag, "Update a working group");
  t.add<dto::BmMembersInput, dto::BmGroup>(Verb::put, "/api/benchmark/groups/{id}/members",
                                           Permission::benchmark_manage, put_members, tag,
                                           "Replace the member providers and their participation");
  t.add<void, dto::BmMeetingList>(Verb::get, "/api/benchmark/groups/{id}/meetings", Permission::benchmark_read,
                                  list_meetings, tag, "Meetings of a working group (region staff and full members)");
  t.add<dto::BmMeetingInput, dto::BmMeeting>(Verb::post, "/api/benchmark/groups/{id}/meetings",
                                             Permission::benchmark_manage, create_meeting, tag, "Record a meeting")
      .success_status = 201;
  t.add<dto::BmMeetingInput, dto::BmMeeting>(Verb::patch, "/api/benchmark/meetings/{id}", Permission::benchmark_manage,
                                             update_meeting, tag,
                                             "Update a meeting: place, agenda, minutes, attendance")
      .body_limit = 256 * 1024;
  t.add<void, dto::BmMethodologyList>(Verb::get, "/api/benchmark/groups/{id}/methodologies", Permission::benchmark_read,
                                      list_methodologies, tag, "Methodology versions of a working group, newest first");
  t.add<dto::BmMethodologyCreate, dto::BmMethodology>(Verb::post, "/api/benchmark/groups/{id}/methodologies",
                                                      Permission::benchmark_manage, create_methodology, tag,
                                                      "New draft methodology version, optionally a copy of the latest")
      .success_status = 201;
  t.add<void, dto::BmMethodology>(Verb::get, "/api/benchmark/methodologies/{id}", Permission::benchmark_read,
                                  get_methodology, tag, "A methodology with its items, indicators and rules");
  t.add<dto::BmMethodologyInput, dto::BmMethodology>(Verb::put, "/api/benchmark/methodologies/{id}",
                                                     Permission::benchmark_manage, put_methodology, tag,
                                                     "Replace the items, indicators and rules of a draft")
      .body_limit = 1024 * 1024;
  t.add<void, dto::BmMethodology>(Verb::post, "/api/benchmark/methodologies/{id}/publish", Permission::benchmark_manage,
                                  publish_methodology, tag, "Publish a draft methodology (then immutable)");
  t.add<void, dto::BmRoundList>(Verb::get, "/api/benchmark/groups/{id}/rounds", Permission::benchmark_read, list_rounds,
                                tag, "Data rounds of a working group");
  t.add<dto::BmRoundInput, dto::BmRound>(Verb::post, "/api/benchmark/groups/{id}/rounds", Permission::benchmark_manage,
                                         create_round, tag, "Open a data round with a published methodology")
      .success_status = 201;
  t.add<void, dto::BmRoundDetail>(Verb::get, "/api/benchmark/rounds/{id}", Permission::benchmark_read, get_round, tag,
                                  "A round with the completeness of each service the caller may see");
  t.add<void, dto::BmRoundDetail>(Verb::post, "/api/benchmark/rounds/{id}/lock", Permission::benchmark_manage,
                                  lock_round, tag, "Lock a round: its data no longer change except by corrections");
  t.add<void, dto::BmReminded>(Verb::post, "/api/benchmark/rounds/{id}/remind", Permission::benchmark_manage,
                               remind_round, tag, "Record a reminder for every service that has not submitted");
  register_benchmark_form_routes(t);
}

}  // namespace kvalis::http
