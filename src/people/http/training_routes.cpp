// People module, training part (issue 14 item 2): modules, sessions, the run plan, registrations with the
// waiting list and cancellation, attendance, certificates (HTML and PDF) and the feedback questionnaire. The
// handlers parse, call one use case of people/app (training_catalogue, registrations_app, feedback_app,
// certificates_app) and map the result.
#include "people/app/certificates_app.hpp"
#include "people/app/feedback_app.hpp"
#include "people/app/registrations_app.hpp"
#include "people/app/training_catalogue.hpp"
#include "people/export/certificates_pdf.hpp"
#include "people/http/routes.hpp"
#include "people/http/training_dto.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

namespace papp = people::app;
namespace pstore = people::store;

const std::string kTag = "people-training";
const Error kModuleMissing{ErrorCode::not_found, {}, "people.training.module_not_found", {}};
const Error kSessionMissing{ErrorCode::not_found, {}, "people.training.session_not_found", {}};
const Error kRegistrationMissing{ErrorCode::not_found, {}, "people.training.registration_not_found", {}};

const QueryParam kOrganiser = QueryParam::integer("organiser_org_id", "Only this organiser's", 1, kMaxId);
const QueryParam kText = QueryParam::text("q", "Code, title or topic contains", 100);
const QueryParam kFrom = QueryParam::text("from", "Sessions held on or after (YYYY-MM-DD)", 10);
const QueryParam kTo = QueryParam::text("to", "Sessions held on or before (YYYY-MM-DD)", 10);
const QueryParam kState =
    QueryParam::choice("state", "Session state (any when absent)", {"", "planned", "open", "held", "cancelled"}, "");
const QueryParam kModuleId = QueryParam::integer("module_id", "Only this module's", 1, kMaxId);
const QueryParam kLecturer = QueryParam::text("lecturer", "Only this lecturer's sessions (exact name)", 200);

// ---- mapping ----------------------------------------------------------------------------------------

dto::PtModule module_dto(const pstore::ModuleRow& m, bool can_manage) {
  return {m.id,
          m.organiser_org_id,
          m.organiser_name,
          m.code,
          m.title,
          m.topic,
          m.description,
          m.hours,
          m.accreditation_number,
          m.accreditation_body,
          m.accredited_until,
          !m.accreditation_number.empty(),
          m.in_house,
          m.archived,
          can_manage};
}

dto::PtSession session_dto(const papp::SessionItem& item) {
  const auto& s = item.session;
  const auto& m = s.module;
  return {s.id,
          {m.id, m.code, m.title, m.hours, !m.accreditation_number.empty(), m.in_house, m.organiser_org_id,
           m.organiser_name},
          s.held_on,
          s.time_from,
          s.time_to,
          s.place,
          s.capacity,
          s.registered,
          s.waiting,
          s.lecturer,
          s.state,
          s.cost,
          s.run_label,
          item.can_manage};
}

dto::PtFeedbackSummary summary_dto(const people::FeedbackSummary& f) {
  return {f.n, f.content, f.lecturer, f.usefulness, f.organisation, f.overall, f.comments};
}

dto::PtModuleDetail module_detail_dto(const papp::ModuleDetail& d) {
  dto::PtModuleDetail out;
  out.module = module_dto(d.item.module, d.item.can_manage);
  for (const auto& s : d.sessions) out.sessions.push_back(session_dto(s));
  if (d.feedback) out.feedback = summary_dto(*d.feedback);
  for (const auto& l : d.feedback_by_lecturer) out.feedback_by_lecturer.push_back({l.lecturer, summary_dto(l.summary)});
  return out;
}

dto::PtSessionDetail session_detail_dto(const papp::SessionDetail& d) {
  dto::PtSessionDetail out;
  out.session = session_dto(d.item);
  for (const auto& r : d.registrations)
    out.registrations.push_back({r.id, r.worker_id, r.worker_name, r.organisation_id, r.organisation_name, r.state,
                                 r.waiting_position, r.hours_attended, r.certificate_number, r.feedback_given});
  out.can_register = d.can_register;
  return out;
}

papp::ModuleInput module_input(const dto::PtModuleInput& in) {
  papp::ModuleInput out;
  out.organiser_org_id = in.organiser_org_id.value_or(0);
  out.code = in.code.value_or("");
  out.title = in.title;
  out.topic = in.topic.value_or("");
  out.description = in.description.value_or("");
  out.hours = in.hours;
  out.accreditation_number = in.accreditation_number.value_or("");
  out.accreditation_body = in.accreditation_body.value_or("");
  out.accredited_until = in.accredited_until.value_or("");
  out.in_house = in.in_house.value_or(false);
  out.archived = in.archived.value_or(false);
  return out;
}

papp::SessionInput session_input(const dto::PtSessionInput& in) {
  papp::SessionInput out;
  out.module_id = in.module_id.value_or(0);
  out.held_on = in.held_on;
  out.time_from = in.time_from.value_or("");
  out.time_to = in.time_to.value_or("");
  out.place = in.place;
  out.capacity = in.capacity;
  out.lecturer = in.lecturer.value_or("");
  out.cost = in.cost.value_or(0);
  out.state = in.state.value_or("planned");
  out.run_label = in.run_label.value_or("");
  return out;
}

Result<std::string> date_param(const QueryParam& p, const Request& req) {
  auto v = p.read_text(req);
  if (!v) return v.error();
  if (auto st = check_date(p.name, *v, false); !st) return st.error();
  return *v;
}

// ---- modules ---------------------------------------------------------------------------------------------

Response list_modules(Context& ctx) {
  auto org = kOrganiser.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  auto q = kText.read_text(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  return answer_as(ctx, papp::list_modules(ctx.db(), caller_of(ctx), {*org, *q}), [](const auto& list) {
    dto::PtModuleList out;
    for (const auto& m : list) out.items.push_back(module_dto(m.module, m.can_manage));
    return out;
  });
}

Response create_module(Context& ctx) {
  auto body = body_as<dto::PtModuleInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::PtModuleInput>(body);
  if (!in.organiser_org_id) return error_response(invalid("organiser_org_id", "field.required"), ctx.lang);
  return answer_as(ctx, papp::create_module(ctx.db(), caller_of(ctx), module_input(in)), module_detail_dto, 201);
}

Response get_module(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kModuleMissing, ctx.lang);
  return answer_as(ctx, papp::get_module(ctx.db(), caller_of(ctx), *id), module_detail_dto);
}

Response update_module(Context& ctx) {
  return with_id_body<dto::PtModuleInput>(ctx, kModuleMissing, [&](long long id, const dto::PtModuleInput& in) {
    return answer_as(ctx, papp::update_module(ctx.db(), caller_of(ctx), id, module_input(in)), module_detail_dto);
  });
}

Response run_plan(Context& ctx) {
  return with_id_body<dto::PtRunPlanInput>(ctx, kModuleMissing, [&](long long id, const dto::PtRunPlanInput& in) {
    papp::RunPlanRequest r;
    r.plan = {in.places, in.runs_per_place, in.first_date, in.interval_days.value_or(7), in.capacity};
    r.lecturer = in.lecturer.value_or("");
    r.cost = in.cost.value_or(0);
    r.state = in.state.value_or("planned");
    return answer_as(ctx, papp::create_run_plan(ctx.db(), caller_of(ctx), id, r), module_detail_dto, 201);
  });
}

// ---- sessions --------------------------------------------------------------------------------------------

Response list_sessions(Context& ctx) {
  pstore::SessionFilter f;
  auto from = date_param(kFrom, ctx.req);
  if (!from) return error_response(from.error(), ctx.lang);
  auto to = date_param(kTo, ctx.req);
  if (!to) return error_response(to.error(), ctx.lang);
  auto state = kState.read_text(ctx.req);
  if (!state) return error_response(state.error(), ctx.lang);
  auto module = kModuleId.read_integer(ctx.req);
  if (!module) return error_response(module.error(), ctx.lang);
  auto org = kOrganiser.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  f = {*from, *to, *state, *module, *org};
  return answer_as(ctx, papp::list_sessions(ctx.db(), caller_of(ctx), f), [](const auto& list) {
    dto::PtSessionList out;
    for (const auto& s : list) out.items.push_back(session_dto(s));
    return out;
  });
}

Response create_session(Context& ctx) {
  auto body = body_as<dto::PtSessionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::PtSessionInput>(body);
  if (!in.module_id) return error_response(invalid("module_id", "field.required"), ctx.lang);
  return answer_as(ctx, papp::create_session(ctx.db(), caller_of(ctx), session_input(in)), session_detail_dto, 201);
}

Response get_session(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSessionMissing, ctx.lang);
  return answer_as(ctx, papp::get_session(ctx.db(), caller_of(ctx), *id), session_detail_dto);
}

Response update_session(Context& ctx) {
  return with_id_body<dto::PtSessionInput>(ctx, kSessionMissing, [&](long long id, const dto::PtSessionInput& in) {
    return answer_as(ctx, papp::update_session(ctx.db(), caller_of(ctx), id, session_input(in)), session_detail_dto);
  });
}

Response change_state(Context& ctx, people::SessionState to) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSessionMissing, ctx.lang);
  return answer_as(ctx, papp::change_session_state(ctx.db(), caller_of(ctx), *id, to), session_detail_dto);
}
Response open_session(Context& ctx) { return change_state(ctx, people::SessionState::open); }
Response cancel_session(Context& ctx) { return change_state(ctx, people::SessionState::cancelled); }

// ---- registrations, attendance ---------------------------------------------------------------------------

Response register_workers(Context& ctx) {
  return with_id_body<dto::PtRegistrationInput>(
      ctx, kSessionMissing, [&](long long id, const dto::PtRegistrationInput& in) {
        return answer_as(
            ctx, papp::register_workers(ctx.db(), caller_of(ctx), id, in.worker_ids),
            [](const papp::RegistrationResult& r) {
              dto::PtRegistrationResult out;
              for (const auto& o : r.items)
                out.items.push_back({o.worker_id, o.registration_id,
                                     std::string(people::registration_state_code(o.state)), o.waiting_position});
              out.session = session_detail_dto(r.session);
              return out;
            },
            201);
      });
}

Response cancel_registration(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kRegistrationMissing, ctx.lang);
  return answer_as(ctx, papp::cancel_registration(ctx.db(), caller_of(ctx), *id), session_detail_dto);
}

Response put_attendance(Context& ctx) {
  return with_id_body<dto::PtAttendanceInput>(
      ctx, kSessionMissing, [&](long long id, const dto::PtAttendanceInput& in) {
        std::vector<papp::AttendanceItem> items;
        for (const auto& i : in.items) items.push_back({i.registration_id, i.attended, i.hours});
        return answer_as(ctx, papp::record_attendance(ctx.db(), caller_of(ctx), id, items, today()),
                         session_detail_dto);
      });
}

// ---- certificates ----------------------------------------------------------------------------------------

Response certificate_html(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kRegistrationMissing, ctx.lang);
  auto c = papp::certificate_of(ctx.db(), caller_of(ctx), *id, "html");
  if (!c) return error_response(c.error(), ctx.lang);
  Response r;
  r.content_type = "text/html; charset=utf-8";
  r.body = people::exports::certificate_html(*c);
  return r;
}

Response certificate_pdf(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kRegistrationMissing, ctx.lang);
  auto c = papp::certificate_of(ctx.db(), caller_of(ctx), *id, "pdf");
  if (!c) return error_response(c.error(), ctx.lang);
  auto pdf = people::exports::render_pdf(people::exports::certificate_html(*c));
  if (!pdf) return error_response(pdf.error(), ctx.lang);
  std::string name = "osvedceni-" + std::to_string(c->registration.id) + ".pdf";
  return file_response(std::move(*pdf), "application/pdf", name);
}

// ---- feedback --------------------------------------------------------------------------------------------

Response give_feedback(Context& ctx) {
  return with_id_body<dto::PtFeedbackInput>(ctx, kSessionMissing, [&](long long id, const dto::PtFeedbackInput& in) {
    papp::FeedbackInput f{
        in.registration_id,
        {in.content_rating, in.lecturer_rating, in.usefulness_rating, in.organisation_rating, in.comment.value_or("")}};
    return answer_as(
        ctx, papp::give_feedback(ctx.db(), caller_of(ctx), id, f),
        [](const papp::FeedbackReceipt& r) {
          return dto::PtFeedbackReceipt{r.session_id, r.answers};
        },
        201);
  });
}

Response feedback_results(Context& ctx) {
  auto module = kModuleId.read_integer(ctx.req);
  if (!module) return error_response(module.error(), ctx.lang);
  auto lecturer = kLecturer.read_text(ctx.req);
  if (!lecturer) return error_response(lecturer.error(), ctx.lang);
  std::optional<std::string> who;
  if (!lecturer->empty()) who = *lecturer;
  return answer_as(ctx, papp::feedback_results(ctx.db(), caller_of(ctx), *module, who),
                   [](const papp::FeedbackResults& r) {
                     return dto::PtFeedbackResults{r.module_id, r.lecturer, summary_dto(r.summary)};
                   });
}

}  // namespace

void register_people_training_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/people";
  t.add<void, dto::PtModuleList>(Verb::get, base + "/modules", Permission::people_read, list_modules, kTag,
                                 "Training modules (catalogue)")
      .query = {kOrganiser.doc(), kText.doc()};
  t.add<dto::PtModuleInput, dto::PtModuleDetail>(Verb::post, base + "/modules", Permission::people_manage,
                                                 create_module, kTag, "Add a training module (the organiser)")
      .success_status = 201;
  t.add<void, dto::PtModuleDetail>(Verb::get, base + "/modules/{id}", Permission::people_read, get_module, kTag,
                                   "A module with its sessions (and feedback results for the organiser)");
  t.add<dto::PtModuleInput, dto::PtModuleDetail>(Verb::put, base + "/modules/{id}", Permission::people_manage,
                                                 update_module, kTag, "Change a training module");
  t.add<dto::PtRunPlanInput, dto::PtModuleDetail>(Verb::post, base + "/modules/{id}/run-plan",
                                                  Permission::people_manage, run_plan, kTag,
                                                  "Create the module's sessions in places x runs in one step")
      .success_status = 201;

  t.add<void, dto::PtSessionList>(Verb::get, base + "/sessions", Permission::people_read, list_sessions, kTag,
                                  "Training sessions with registered and waiting counts")
      .query = {kFrom.doc(), kTo.doc(), kState.doc(), kModuleId.doc(), kOrganiser.doc()};
  t.add<dto::PtSessionInput, dto::PtSessionDetail>(Verb::post, base + "/sessions", Permission::people_manage,
                                                   create_session, kTag, "Add a session of a module")
      .success_status = 201;
  t.add<void, dto::PtSessionDetail>(Verb::get, base + "/sessions/{id}", Permission::people_read, get_session, kTag,
                                    "A session with the registrations the caller may see by name");
  t.add<dto::PtSessionInput, dto::PtSessionDetail>(Verb::put, base + "/sessions/{id}", Permission::people_manage,
                                                   update_session, kTag,
                                                   "Change a session (more places move waiting ones up)");
  t.add<void, dto::PtSessionDetail>(Verb::post, base + "/sessions/{id}/open", Permission::people_manage, open_session,
                                    kTag, "Open a planned session for registrations");
  t.add<void, dto::PtSessionDetail>(Verb::post, base + "/sessions/{id}/cancel", Permission::people_manage,
                                    cancel_session, kTag, "Cancel a planned or open session");
  t.add<dto::PtRegistrationInput, dto::PtRegistrationResult>(
       Verb::post, base + "/sessions/{id}/registrations", Permission::people_manage, register_workers, kTag,
       "Register the caller's organisation's workers (a place or the waiting list)")
      .success_status = 201;
  t.add<void, dto::PtSessionDetail>(Verb::post, base + "/registrations/{id}/cancel", Permission::people_manage,
                                    cancel_registration, kTag,
                                    "Cancel a registration (the first waiting one moves up)");
  t.add<dto::PtAttendanceInput, dto::PtSessionDetail>(Verb::put, base + "/sessions/{id}/attendance",
                                                      Permission::people_manage, put_attendance, kTag,
                                                      "Record attendance (the session becomes held)");
  auto& pdf =
      file_route(t.add<void, void>(Verb::get, base + "/registrations/{id}/certificate.pdf", Permission::people_read,
                                   certificate_pdf, kTag, "The certificate of an attended registration (PDF, logged)"));
  pdf.audit_reads = true;
  auto& html = file_route(t.add<void, void>(Verb::get, base + "/registrations/{id}/certificate.html",
                                            Permission::people_read, certificate_html, kTag,
                                            "The certificate of an attended registration (text/html, logged)"));
  html.audit_reads = true;
  t.add<dto::PtFeedbackInput, dto::PtFeedbackReceipt>(Verb::post, base + "/sessions/{id}/feedback",
                                                      Permission::people_read, give_feedback, kTag,
                                                      "Anonymous feedback, once per attended registration")
      .success_status = 201;
  t.add<void, dto::PtFeedbackResults>(Verb::get, base + "/feedback", Permission::people_read, feedback_results, kTag,
                                      "Feedback results of a module or a lecturer (the organiser)")
      .query = {kModuleId.doc(), kLecturer.doc()};
}

}  // namespace kvalis::http
