// People module, staff part (issue 14 items 1, 3, 4): organisations whose staff the caller sees, workers
// and their records, the requirement list with the rule reading shown and its Excel export, the region's
// aggregates and supervision hours. The handlers parse, call one use case of people/app (workers_records,
// requirement_app, supervision_hours) and map the result.
//
// Staff records: the employer's administrators and managers and the platform administrator; a worker reads
// their own; everyone else gets 404 for a record (people/core/staff_access.hpp). Reads are logged.
#include "people/app/requirement_app.hpp"
#include "people/app/supervision_hours.hpp"
#include "people/app/workers_records.hpp"
#include "people/export/staff_requirement_export.hpp"
#include "people/http/routes.hpp"
#include "people/http/staff_dto.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

namespace papp = people::app;
namespace pstore = people::store;

const std::string kTag = "people-staff";
const Error kWorkerMissing{ErrorCode::not_found, {}, "people.staff.worker_not_found", {}};
const Error kAbsenceMissing{ErrorCode::not_found, {}, "people.staff.absence_not_found", {}};
const Error kTrainingMissing{ErrorCode::not_found, {}, "people.staff.training_not_found", {}};
const Error kPlanMissing{ErrorCode::not_found, {}, "people.staff.education_plan_not_found", {}};

const QueryParam kOrganisationId = QueryParam::integer("organisation_id", "The employer (organisation)", 1, kMaxId);
const QueryParam kText = QueryParam::text("q", "Name, position or team contains", 100);
const QueryParam kCategory = QueryParam::choice(
    "category", "Only this category", {"", "social_worker", "social_services_worker", "ospod", "manager", "other"}, "");
const QueryParam kYear = QueryParam::integer("year", "Calendar year (default: this year)", 1900, 9999);
const QueryParam kReading = QueryParam::choice("reading", "Reading of the absence rule (default: one_twelfth_once)",
                                               {"", "one_twelfth_once", "whole_months", "started_months"}, "");
const QueryParam kRegionCode = QueryParam::text("region_code", "Region (kraj) code (default: the caller's region)", 10);
const QueryParam kLang =
    QueryParam::choice("lang", "Language of the sheet (default: the caller's)", {"", "cs", "en"}, "");

// ---- mapping ------------------------------------------------------------------------------------------------

std::vector<dto::PeNote> notes_dto(const std::vector<people::RequirementNote>& notes, Lang lang) {
  std::vector<dto::PeNote> out;
  for (const auto& n : notes) out.push_back({n.key, translate(n.key, lang, n.params)});
  return out;
}

dto::PeRule rule_dto(people::AbsenceReading reading, Lang lang) {
  return {std::string(people::absence_reading_code(reading)),
          translate(people::absence_reading_message_key(reading), lang)};
}

dto::PeWorker worker_dto(const pstore::WorkerRow& w, const papp::WorkerRequirement& r, bool can_manage) {
  dto::PeWorker d;
  d.id = w.id;
  d.organisation_id = w.organisation_id;
  d.name = w.name;
  d.position = w.position;
  d.team = w.team;
  d.category = w.category;
  d.fte = w.fte;
  d.employment_start = w.employment_start;
  d.employment_end = w.employment_end;
  d.probation_end = w.probation_end;
  d.service_id = w.service_id;
  d.service_name = w.service_name;
  d.user_id = w.user_id;
  d.requirement = {r.year, r.result.required_hours, r.result.counted_hours, r.result.shortfall_hours, r.planned_hours};
  d.can_manage = can_manage;
  return d;
}

dto::PeWorkerDetail detail_dto(const papp::WorkerDetail& x, Lang lang) {
  dto::PeWorkerDetail d;
  const auto& data = x.data;
  d.worker = worker_dto(data.worker, x.requirements.front(), x.can_manage);
  for (const auto& a : data.absences) d.absences.push_back({a.id, a.date_from, a.date_to, a.reason});
  for (const auto& t : data.trainings)
    d.trainings.push_back({t.id, t.held_on, t.title, t.organiser, t.hours, t.kind, t.accreditation_number});
  for (const auto& e : data.sessions)
    d.sessions.push_back({e.registration_id, e.session_id, e.module_id, e.module_code, e.module_title, e.held_on,
                          e.place, e.state, e.session_state,
                          e.state == "attended" ? papp::attended_hours(e) : e.module_hours, e.in_house});
  for (const auto& p : data.plans)
    d.education_plans.push_back({p.id, p.year, p.agreed_on, p.content, p.next_review_on});
  for (const auto& a : data.appraisals)
    d.appraisals.push_back({a.id, a.held_on, a.appraiser, a.summary, a.next_due_on});
  for (const auto& r : x.requirements)
    d.requirements.push_back({r.year, r.result.required_hours, r.result.counted_hours, r.result.shortfall_hours,
                              r.planned_hours, r.result.in_house_counted, r.result.duty_twelfths, r.result.source,
                              notes_dto(r.notes, lang)});
  d.rule = rule_dto(people::kDefaultAbsenceReading, lang);
  d.appraisal_next_due_on = x.appraisal_next_due_on;
  d.appraisal_state = std::string(people::appraisal_state_code(x.appraisal));
  d.supervision_hours = x.supervision_hours;
  d.supervision_sessions = x.supervision_sessions;
  d.can_manage = x.can_manage;
  return d;
}

people::WorkerInput worker_input(const dto::PeWorkerInput& in) {
  people::WorkerInput out;
  out.name = in.name;
  out.position = in.position.value_or("");
  out.team = in.team.value_or("");
  out.category = in.category;
  out.fte = in.fte.value_or(1.0);
  out.employment_start = in.employment_start;
  out.employment_end = in.employment_end.value_or("");
  out.probation_end = in.probation_end.value_or("");
  out.service_id = in.service_id;
  out.user_id = in.user_id;
  return out;
}

dto::PeRegionalCell cell_dto(const people::AggregateCell& c) {
  dto::PeRegionalCell d;
  d.category = c.category;
  d.suppressed = c.suppressed;
  if (!c.suppressed) {
    d.workers = c.workers;
    d.short_workers = c.short_workers;
    d.shortfall_hours = c.shortfall_hours;
  }
  return d;
}

// The year (default this year) and the reading (default the literal one) of the query.
Result<std::pair<int, people::AbsenceReading>> year_and_reading(const Request& req) {
  auto year = kYear.read_integer(req);
  if (!year) return year.error();
  auto reading = kReading.read_text(req);
  if (!reading) return reading.error();
  const auto r = reading->empty() ? people::kDefaultAbsenceReading
                                  : people::parse_absence_reading(*reading).value_or(people::kDefaultAbsenceReading);
  return std::pair{year->has_value() ? static_cast<int>(**year) : papp::current_year(), r};
}

// ---- organisations and workers -----------------------------------------------------------------------------

Response list_organisations(Context& ctx) {
  dto::PeStaffOrganisationList out;
  for (const auto& o : papp::staff_organisations(ctx.db(), caller_of(ctx)))
    out.items.push_back({o.organisation.id, o.organisation.name, o.organisation.type, o.can_manage});
  return dto_response(out);
}

Response list_workers(Context& ctx) {
  auto org = kOrganisationId.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  auto q = kText.read_text(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  auto category = kCategory.read_text(ctx.req);
  if (!category) return error_response(category.error(), ctx.lang);
  return answer_as(ctx, papp::list_workers(ctx.db(), caller_of(ctx), {*org, *q, *category}), [](const auto& list) {
    dto::PeWorkerList out;
    for (const auto& w : list) out.items.push_back(worker_dto(w.worker, w.requirement, w.can_manage));
    return out;
  });
}

Response create_worker(Context& ctx) {
  auto body = body_as<dto::PeWorkerInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::PeWorkerInput>(body);
  if (!in.organisation_id) return error_response(invalid("organisation_id", "field.required"), ctx.lang);
  return answer_as(
      ctx, papp::create_worker(ctx.db(), caller_of(ctx), *in.organisation_id, worker_input(in)),
      [&](const auto& d) { return detail_dto(d, ctx.lang); }, 201);
}

Response get_worker(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kWorkerMissing, ctx.lang);
  return answer_as(ctx, papp::get_worker(ctx.db(), caller_of(ctx), *id),
                   [&](const auto& d) { return detail_dto(d, ctx.lang); });
}

Response update_worker(Context& ctx) {
  return with_id_body<dto::PeWorkerInput>(ctx, kWorkerMissing, [&](long long id, const dto::PeWorkerInput& in) {
    return answer_as(ctx, papp::update_worker(ctx.db(), caller_of(ctx), id, worker_input(in)),
                     [&](const auto& d) { return detail_dto(d, ctx.lang); });
  });
}

Response delete_worker(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kWorkerMissing, ctx.lang);
  return answer(ctx, papp::delete_worker(ctx.db(), caller_of(ctx), *id));
}

// ---- absences, trainings, education plans, appraisals ------------------------------------------------------

Response create_absence(Context& ctx) {
  return with_id_body<dto::PeAbsenceInput>(ctx, kWorkerMissing, [&](long long id, const dto::PeAbsenceInput& in) {
    const people::AbsenceInput a{in.date_from, in.date_to, in.reason.value_or("")};
    return answer_as(
        ctx, papp::add_absence(ctx.db(), caller_of(ctx), id, a), [&](const auto& d) { return detail_dto(d, ctx.lang); },
        201);
  });
}

Response delete_absence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kAbsenceMissing, ctx.lang);
  return answer(ctx, papp::delete_absence(ctx.db(), caller_of(ctx), *id));
}

Response create_training(Context& ctx) {
  return with_id_body<dto::PeExternalTrainingInput>(
      ctx, kWorkerMissing, [&](long long id, const dto::PeExternalTrainingInput& in) {
        const people::ExternalTrainingInput t{in.held_on, in.title, in.organiser.value_or(""),
                                              in.hours,   in.kind,  in.accreditation_number.value_or("")};
        return answer_as(
            ctx, papp::add_external_training(ctx.db(), caller_of(ctx), id, t),
            [&](const auto& d) { return detail_dto(d, ctx.lang); }, 201);
      });
}

Response delete_training(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kTrainingMissing, ctx.lang);
  return answer(ctx, papp::delete_external_training(ctx.db(), caller_of(ctx), *id));
}

people::EducationPlanInput plan_input(const dto::PeEducationPlanInput& in) {
  return {in.year, in.agreed_on, in.content.value_or(""), in.next_review_on.value_or("")};
}

Response create_plan(Context& ctx) {
  return with_id_body<dto::PeEducationPlanInput>(
      ctx, kWorkerMissing, [&](long long id, const dto::PeEducationPlanInput& in) {
        return answer_as(
            ctx, papp::add_education_plan(ctx.db(), caller_of(ctx), id, plan_input(in)),
            [&](const auto& d) { return detail_dto(d, ctx.lang); }, 201);
      });
}

Response update_plan(Context& ctx) {
  return with_id_body<dto::PeEducationPlanInput>(
      ctx, kPlanMissing, [&](long long id, const dto::PeEducationPlanInput& in) {
        return answer_as(ctx, papp::update_education_plan(ctx.db(), caller_of(ctx), id, plan_input(in)),
                         [&](const auto& d) { return detail_dto(d, ctx.lang); });
      });
}

Response create_appraisal(Context& ctx) {
  return with_id_body<dto::PeAppraisalInput>(ctx, kWorkerMissing, [&](long long id, const dto::PeAppraisalInput& in) {
    const people::AppraisalInput a{in.held_on, in.appraiser.value_or(""), in.summary.value_or(""),
                                   in.next_due_on.value_or("")};
    return answer_as(
        ctx, papp::add_appraisal(ctx.db(), caller_of(ctx), id, a),
        [&](const auto& d) { return detail_dto(d, ctx.lang); }, 201);
  });
}

// ---- the requirement ----------------------------------------------------------------------------------------

Result<papp::RequirementList> requirement_of(Context& ctx) {
  auto org = kOrganisationId.read_integer(ctx.req);
  if (!org) return org.error();
  if (!*org) return invalid("organisation_id", "field.required");
  auto yr = year_and_reading(ctx.req);
  if (!yr) return yr.error();
  return papp::requirement_list(ctx.db(), caller_of(ctx), **org, yr->first, yr->second);
}

Response get_requirement(Context& ctx) {
  return answer_as(ctx, requirement_of(ctx), [&](const papp::RequirementList& list) {
    dto::PeRequirementList out;
    out.organisation_id = list.organisation.id;
    out.organisation_name = list.organisation.name;
    out.year = list.year;
    out.rule = rule_dto(list.reading, ctx.lang);
    for (const auto& i : list.items) {
      const auto& r = i.requirement;
      out.items.push_back({{i.worker.id, i.worker.name, i.worker.category},
                           r.result.required_hours,
                           r.result.counted_hours,
                           r.result.shortfall_hours,
                           r.planned_hours,
                           notes_dto(r.notes, ctx.lang),
                           i.appraisal_next_due_on,
                           std::string(people::appraisal_state_code(i.appraisal)),
                           i.education_plan});
    }
    return out;
  });
}

Response requirement_xlsx(Context& ctx) {
  auto lang = kLang.read_text(ctx.req);
  if (!lang) return error_response(lang.error(), ctx.lang);
  auto list = requirement_of(ctx);
  if (!list) return error_response(list.error(), ctx.lang);
  const Lang sheet_lang = lang->empty() ? ctx.lang : parse_lang(*lang);
  return file_response(
      exports::to_xlsx({people::exports::requirement_sheet(*list, sheet_lang)}), exports::kXlsxContentType,
      "vzdelavani-" + std::to_string(list->organisation.id) + "-" + std::to_string(list->year) + ".xlsx");
}

Response regional(Context& ctx) {
  auto yr = year_and_reading(ctx.req);
  if (!yr) return error_response(yr.error(), ctx.lang);
  auto region = kRegionCode.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(
      ctx, papp::regional_requirement(ctx.db(), caller_of(ctx), *region, yr->first, yr->second),
      [&](const papp::RegionalRequirement& r) {
        dto::PeRegionalList out;
        out.region_code = r.region_code;
        out.year = r.year;
        out.min_cell = people::kMinCell;
        out.rule = rule_dto(r.reading, ctx.lang);
        for (const auto& item : r.items) {
          dto::PeRegionalItem d{item.organisation.id, item.organisation.name, item.organisation.type, {}, {}};
          for (const auto& c : item.cells) {
            if (c.category.empty())
              d.total = cell_dto(c);
            else
              d.categories.push_back(cell_dto(c));
          }
          out.items.push_back(std::move(d));
        }
        return out;
      });
}

Response supervision(Context& ctx) {
  auto org = kOrganisationId.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  if (!*org) return error_response(invalid("organisation_id", "field.required"), ctx.lang);
  auto year = kYear.read_integer(ctx.req);
  if (!year) return error_response(year.error(), ctx.lang);
  const int y = year->has_value() ? static_cast<int>(**year) : papp::current_year();
  return answer_as(
      ctx, papp::supervision_overview(ctx.db(), caller_of(ctx), **org, y), [](const papp::SupervisionOverview& o) {
        dto::PeSupervisionOverview out{
            o.organisation.id, o.organisation.name, o.year, o.sessions, o.session_hours, {}, {}, {}};
        for (const auto& w : o.workers)
          out.items.push_back(
              {w.worker_id, w.name, w.team, w.supervision_hours, w.supervision_sessions, w.training_hours});
        for (const auto& t : o.teams)
          out.teams.push_back(
              {t.hours.team, t.hours.hours, t.hours.person_hours, t.hours.sessions, t.hours.workers, t.training_hours});
        for (const auto& u : o.unmatched) out.unmatched.push_back({u.name, u.team, u.hours, u.sessions});
        return out;
      });
}

}  // namespace

void register_people_staff_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/people";
  const auto read = Permission::people_read;
  const auto manage = Permission::people_manage;
  t.add<void, dto::PeStaffOrganisationList>(Verb::get, base + "/organisations", read, list_organisations, kTag,
                                            "Organisations whose staff the caller sees (can_manage: writes)");
  t.add<void, dto::PeWorkerList>(Verb::get, base + "/workers", read, list_workers, kTag,
                                 "Workers the caller may read, with this year's requirement (logged)")
      .query = {kOrganisationId.doc(), kText.doc(), kCategory.doc()};
  t.add<dto::PeWorkerInput, dto::PeWorkerDetail>(Verb::post, base + "/workers", manage, create_worker, kTag,
                                                 "Record a worker of a provider or an OSPOD office")
      .success_status = 201;
  t.add<void, dto::PeWorkerDetail>(Verb::get, base + "/workers/{id}", read, get_worker, kTag,
                                   "A worker's record: absences, trainings, sessions, plans, appraisals, requirement "
                                   "per year, supervision hours (logged)")
      .audit_reads = true;
  t.add<dto::PeWorkerInput, dto::PeWorkerDetail>(Verb::put, base + "/workers/{id}", manage, update_worker, kTag,
                                                 "Change a worker's record");
  t.add<void, void>(Verb::delete_, base + "/workers/{id}", manage, delete_worker, kTag,
                    "Delete a worker without training registrations (else 409)");
  t.add<dto::PeAbsenceInput, dto::PeWorkerDetail>(Verb::post, base + "/workers/{id}/absences", manage, create_absence,
                                                  kTag, "Record an absence longer than one calendar month")
      .success_status = 201;
  t.add<void, void>(Verb::delete_, base + "/absences/{id}", manage, delete_absence, kTag, "Delete an absence");
  t.add<dto::PeExternalTrainingInput, dto::PeWorkerDetail>(Verb::post, base + "/workers/{id}/trainings", manage,
                                                           create_training, kTag,
                                                           "Record training outside Kvalis' sessions")
      .success_status = 201;
  t.add<void, void>(Verb::delete_, base + "/trainings/{id}", manage, delete_training, kTag,
                    "Delete an external training");
  t.add<dto::PeEducationPlanInput, dto::PeWorkerDetail>(Verb::post, base + "/workers/{id}/education-plans", manage,
                                                        create_plan, kTag,
                                                        "Agree an individual education plan for a year")
      .success_status = 201;
  t.add<dto::PeEducationPlanInput, dto::PeWorkerDetail>(Verb::put, base + "/education-plans/{id}", manage, update_plan,
                                                        kTag, "Change an individual education plan");
  t.add<dto::PeAppraisalInput, dto::PeWorkerDetail>(Verb::post, base + "/workers/{id}/appraisals", manage,
                                                    create_appraisal, kTag,
                                                    "Record a yearly appraisal with the next one due")
      .success_status = 201;
  t.add<void, dto::PeRequirementList>(Verb::get, base + "/requirement", read, get_requirement, kTag,
                                      "The organisation's education requirement per worker for a year, with the rule "
                                      "reading used (logged)")
      .query = {kOrganisationId.doc(), kYear.doc(), kReading.doc()};
  file_route(t.add<void, void>(Verb::get, base + "/requirement/export.xlsx", read, requirement_xlsx, kTag,
                               "The requirement list as an Excel workbook (logged)"),
             {kOrganisationId.doc(), kYear.doc(), kReading.doc(), kLang.doc()});
  t.add<void, dto::PeRegionalList>(Verb::get, base + "/requirement/regional", read, regional, kTag,
                                   "Per provider and office of the region: workers, how many short and the shortfall "
                                   "by category (cells below 5 suppressed)")
      .query = {kYear.doc(), kRegionCode.doc(), kReading.doc()};
  t.add<void, dto::PeSupervisionOverview>(Verb::get, base + "/supervision", read, supervision, kTag,
                                          "Supervision hours per worker and team (quality module's records) beside "
                                          "training hours (logged)")
      .query = {kOrganisationId.doc(), kYear.doc()};
}

}  // namespace kvalis::http
