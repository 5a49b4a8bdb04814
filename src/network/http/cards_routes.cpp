// Network module — service cards (issue 12 items 1 and 2; NETWORK_SPEC "HTTP API" [cards]): regions, need areas,
// basic activities, cards with versions and their workflow, comments with the region's answers, comparison,
// meetings per kind and the printable card. Handlers parse, call one use case of network/app/cards.hpp and map
// the result. Object-level rules (who manages, who comments, whose comments are seen) are in the use cases.
#include <variant>

#include "network/app/cards.hpp"
#include "network/export/card_print.hpp"
#include "network/http/cards_dto.hpp"
#include "network/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

namespace napp = network::app;

namespace {

using accounts::Permission;

const QueryParam kRegion = QueryParam::text("region", "Region code (kraj, e.g. 86); default: the caller's region", 10);
const QueryParam kKind = QueryParam::text("kind", "Only this kind of service (registry code)", 10);
const QueryParam kAll = QueryParam::choice("all", "1: inactive need areas too (default: active only)", {"0", "1"}, "0");
const QueryParam kWith =
    QueryParam::integer("with", "The version to compare with (default: the previous one)", 1, kMaxId);
const QueryParam kLang = QueryParam::choice("lang", "Language of the page", {"cs", "en"}, "cs");

Error missing() { return not_found("network.not_found"); }

template <class F>
Response with_id(Context& ctx, F&& f) {
  return with_path_id(ctx, missing(), std::forward<F>(f));
}

std::string date_of(long long epoch) { return epoch ? format_date(epoch) : std::string(); }

// ---- mapping ----

dto::NwNeedArea need_dto(const network::NeedArea& n) {
  return {n.id, n.code, n.name_cs, n.name_en, n.description_cs, n.position, n.active};
}

dto::NwActivity activity_dto(const network::Activity& a) {
  dto::NwActivity d;
  d.id = a.id;
  d.kind_code = a.kind_code;
  d.paragraph = a.paragraph;
  d.form_scope = a.form_scope;
  d.letter = a.letter;
  d.text_cs = a.text_cs;
  d.text_en = a.text_en;
  d.source = a.source;
  d.verified = a.verified;
  d.national = a.national();
  d.active = a.active;
  d.position = a.position;
  return d;
}

dto::NwVersionBrief brief_dto(const napp::VersionBrief& b) {
  return {b.version_id,
          b.version_no,
          b.status,
          b.title,
          b.comments_until,
          date_of(b.sent_at),
          date_of(b.published_at),
          b.change_note,
          b.comments_total,
          b.comments_open};
}

dto::NwCard card_dto(const napp::CardSummary& c) {
  dto::NwCard d;
  d.id = c.id;
  d.kind_code = c.kind_code;
  d.kind_name = c.kind_name;
  d.form_code = c.form_code;
  d.latest = brief_dto(c.latest);
  if (c.published) d.published = brief_dto(*c.published);
  d.can_manage = c.can_manage;
  d.can_comment = c.can_comment;
  return d;
}

dto::NwCardDetail card_detail_dto(const napp::CardDetail& c) {
  dto::NwCardDetail d{card_dto(c.card), {}};
  for (const auto& v : c.versions) d.versions.push_back(brief_dto(v));
  return d;
}

dto::NwVersion version_dto(const napp::VersionDetail& v) {
  dto::NwVersion d;
  d.version_id = v.version_id;
  d.card_id = v.card_id;
  d.version_no = v.version_no;
  d.region_name = v.region_name;
  d.kind_code = v.kind_code;
  d.kind_name = v.kind_name;
  d.form_code = v.form_code;
  d.status = v.status;
  d.title = v.texts.title;
  d.summary = v.texts.summary;
  d.user_expect = v.texts.user_expect;
  d.user_not_expect = v.texts.user_not_expect;
  d.public_expect = v.texts.public_expect;
  d.public_not_expect = v.texts.public_not_expect;
  d.partners_expect = v.texts.partners_expect;
  d.partners_not_expect = v.texts.partners_not_expect;
  d.comments_until = v.comments_until;
  d.change_note = v.change_note;
  d.sent_at = date_of(v.sent_at);
  d.finalised_at = date_of(v.finalised_at);
  d.published_at = date_of(v.published_at);
  for (const auto& n : v.needs) {
    dto::NwCardNeed need{n.need_area_id, n.code, n.name_cs, n.name_en, n.description, n.answer, n.position, {}};
    for (const auto& a : n.activities) need.activities.push_back({a.id, a.paragraph, a.letter, a.text_cs, a.verified});
    d.needs.push_back(std::move(need));
  }
  d.allowed = v.allowed;
  d.recipients = v.recipients;
  d.comments_total = v.comments_total;
  d.comments_open = v.comments_open;
  return d;
}

std::string comment_status_label(const std::string& status, Lang lang) {
  const bool en = lang == Lang::en;
  if (status == "open") return en ? "awaiting the region's answer" : "čeká na odpověď kraje";
  if (status == "accepted") return en ? "accepted" : "akceptováno";
  if (status == "partly") return en ? "partly accepted" : "akceptováno částečně";
  if (status == "rejected") return en ? "rejected" : "neakceptováno";
  return status;
}

dto::NwComment comment_dto(const napp::CommentView& c, Lang lang) {
  dto::NwComment d;
  d.id = c.id;
  d.version_id = c.version_id;
  d.card_id = c.card_id;
  d.version_no = c.version_no;
  d.kind_code = c.kind_code;
  d.kind_name = c.kind_name;
  d.part = c.part;
  d.part_label = c.part_label;
  d.part_label_en = c.part_label_en;
  d.text = c.text;
  d.author_org_name = c.author_org_name;
  d.author_name = c.author_name;
  d.status = c.status;
  d.status_label = comment_status_label(c.status, lang);
  d.answer = c.answer;
  d.answered_at = date_of(c.answered_at);
  d.created_at = date_of(c.created_at);
  d.mine = c.mine;
  d.can_edit = c.can_edit;
  d.can_answer = c.can_answer;
  return d;
}

dto::NwMeeting meeting_dto(const napp::MeetingView& m) {
  dto::NwMeeting d;
  d.id = m.id;
  d.kind_code = m.kind_code;
  d.kind_name = m.kind_name;
  d.title = m.title;
  d.held_on = m.held_on;
  d.starts_at = m.starts_at;
  d.place = m.place;
  d.status = m.status;
  d.minutes = m.minutes;
  if (m.card_version_id) d.card_version_id = m.card_version_id;
  d.card_version_no = m.card_version_no;
  d.invited = m.invited;
  d.attended = m.attended;
  for (const auto& i : m.invitations) d.invitations.push_back({i.org_id, i.org_name, i.attended, i.attendees});
  d.can_manage = m.can_manage;
  return d;
}

napp::NeedAreaInput need_input(const dto::NwNeedAreaInput& in) {
  return {in.code,
          in.name_cs,
          in.name_en.value_or(""),
          in.description_cs.value_or(""),
          in.position,
          in.active.value_or(true)};
}

napp::ActivityInput activity_input(const dto::NwActivityInput& in) {
  return {in.kind_code,
          in.paragraph.value_or(""),
          in.form_scope.value_or(""),
          in.letter.value_or(""),
          in.text_cs,
          in.text_en.value_or(""),
          in.source.value_or(""),
          in.verified.value_or(false),
          in.position.value_or(0),
          in.active.value_or(true)};
}

napp::VersionInput version_input(const dto::NwVersionInput& in) {
  napp::VersionInput v;
  v.texts.title = in.title;
  v.texts.summary = in.summary.value_or("");
  v.texts.user_expect = in.user_expect.value_or("");
  v.texts.user_not_expect = in.user_not_expect.value_or("");
  v.texts.public_expect = in.public_expect.value_or("");
  v.texts.public_not_expect = in.public_not_expect.value_or("");
  v.texts.partners_expect = in.partners_expect.value_or("");
  v.texts.partners_not_expect = in.partners_not_expect.value_or("");
  v.change_note = in.change_note.value_or("");
  for (const auto& n : in.needs)
    v.needs.push_back({n.need_area_id, n.description.value_or(""), n.answer.value_or(""),
                       n.activity_ids.value_or(std::vector<long long>{})});
  return v;
}

napp::MeetingInput meeting_input(const dto::NwMeetingInput& in) {
  return {in.kind_code.value_or(""),
          in.title,
          in.held_on,
          in.starts_at.value_or(""),
          in.place.value_or(""),
          in.status.value_or(""),
          in.minutes.value_or(""),
          in.card_version_id.value_or(0)};
}

// ---- handlers: regions, need areas, activities ----

Response list_regions(Context& ctx) {
  dto::NwRegionList out;
  for (const auto& r : napp::list_regions(ctx.db(), caller_of(ctx)))
    out.items.push_back({r.region.org_id, r.region.region_code, r.region.name, r.can_manage});
  return dto_response(out);
}

Response list_need_areas(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto all = kAll.read_text(ctx.req);
  if (!all) return error_response(all.error(), ctx.lang);
  return answer_as(ctx, napp::list_need_areas(ctx.db(), caller_of(ctx), *region, *all == "1"),
                   [](const std::vector<network::NeedArea>& items) {
                     dto::NwNeedAreaList out;
                     for (const auto& n : items) out.items.push_back(need_dto(n));
                     return out;
                   });
}

Response create_need_area(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return with_body<dto::NwNeedAreaInput>(ctx, [&](const dto::NwNeedAreaInput& in) {
    return answer_as(ctx, napp::create_need_area(ctx.db(), caller_of(ctx), *region, need_input(in)), need_dto, 201);
  });
}

Response update_need_area(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwNeedAreaInput>(ctx, [&](const dto::NwNeedAreaInput& in) {
      return answer_as(ctx, napp::update_need_area(ctx.db(), caller_of(ctx), id, need_input(in)), need_dto);
    });
  });
}

Response list_activities(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto kind = kKind.read_text(ctx.req);
  if (!kind) return error_response(kind.error(), ctx.lang);
  auto result = napp::list_activities(ctx.db(), caller_of(ctx), *region, *kind);
  if (!result) return error_response(result.error(), ctx.lang);
  const auto& catalogues = ctx.app.catalogues();
  dto::NwActivityList out;
  for (const auto& a : *result) {
    auto d = activity_dto(a);
    d.kind_name = catalogues.name("service_kinds", a.kind_code, ctx.lang == Lang::en);
    out.items.push_back(std::move(d));
  }
  return dto_response(out);
}

Response create_activity(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return with_body<dto::NwActivityInput>(ctx, [&](const dto::NwActivityInput& in) {
    return answer_as(ctx, napp::create_activity(ctx.db(), caller_of(ctx), *region, activity_input(in)), activity_dto,
                     201);
  });
}

Response update_activity(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwActivityInput>(ctx, [&](const dto::NwActivityInput& in) {
      return answer_as(ctx, napp::update_activity(ctx.db(), caller_of(ctx), id, activity_input(in)), activity_dto);
    });
  });
}

// ---- handlers: cards and versions ----

Response list_cards(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, napp::list_cards(ctx.db(), caller_of(ctx), *region),
                   [](const std::vector<napp::CardSummary>& items) {
                     dto::NwCardList out;
                     for (const auto& c : items) out.items.push_back(card_dto(c));
                     return out;
                   });
}

Response create_card(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return with_body<dto::NwCardInput>(ctx, [&](const dto::NwCardInput& in) {
    return answer_as(ctx, napp::create_card(ctx.db(), caller_of(ctx), *region, in.kind_code, in.form_code.value_or("")),
                     card_detail_dto, 201);
  });
}

Response get_card(Context& ctx) {
  return with_id(
      ctx, [&](long long id) { return answer_as(ctx, napp::get_card(ctx.db(), caller_of(ctx), id), card_detail_dto); });
}

Response new_version(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::new_version(ctx.db(), caller_of(ctx), id), version_dto, 201);
  });
}

Response get_version(Context& ctx) {
  return with_id(
      ctx, [&](long long id) { return answer_as(ctx, napp::get_version(ctx.db(), caller_of(ctx), id), version_dto); });
}

Response update_version(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwVersionInput>(ctx, [&](const dto::NwVersionInput& in) {
      return answer_as(ctx, napp::update_version(ctx.db(), caller_of(ctx), id, version_input(in)), version_dto);
    });
  });
}

Response send_version(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwSendInput>(ctx, [&](const dto::NwSendInput& in) {
      return answer_as(ctx, napp::send_version(ctx.db(), caller_of(ctx), id, in.comments_until), version_dto);
    });
  });
}

Response finalise_version(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::finalise_version(ctx.db(), caller_of(ctx), id), version_dto);
  });
}

Response publish_version(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::publish_version(ctx.db(), caller_of(ctx), id), version_dto);
  });
}

Response compare_versions(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    auto with = kWith.read_integer(ctx.req);
    if (!with) return error_response(with.error(), ctx.lang);
    return answer_as(ctx, napp::compare_versions(ctx.db(), caller_of(ctx), id, *with), [](const napp::Comparison& c) {
      dto::NwComparison out{c.version_id, c.with_id, c.version_no, c.with_no, {}};
      for (const auto& p : c.parts)
        out.items.push_back(
            {p.part, p.label, p.label_en, p.before, p.after, std::string(network::to_string(p.change))});
      return out;
    });
  });
}

Response print_version(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    auto lang = kLang.read_text(ctx.req);
    if (!lang) return error_response(lang.error(), ctx.lang);
    auto v = napp::get_version(ctx.db(), caller_of(ctx), id);
    if (!v) return error_response(v.error(), ctx.lang);
    const bool en = *lang == "en";
    return report_response(ctx, network::exports::card_print_html(*v, en ? Lang::en : Lang::cs),
                           (en ? "service-card-" : "karta-služby-") + std::to_string(id) + ".pdf");
  });
}

// ---- handlers: comments ----

Response list_comments(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::list_comments(ctx.db(), caller_of(ctx), id),
                     [&](const std::vector<napp::CommentView>& items) {
                       dto::NwCommentList out;
                       for (const auto& c : items) out.items.push_back(comment_dto(c, ctx.lang));
                       return out;
                     });
  });
}

Response add_comment(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwCommentInput>(ctx, [&](const dto::NwCommentInput& in) {
      return answer_as(
          ctx, napp::add_comment(ctx.db(), caller_of(ctx), id, {in.part, in.text}),
          [&](const napp::CommentView& c) { return comment_dto(c, ctx.lang); }, 201);
    });
  });
}

Response edit_comment(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwCommentInput>(ctx, [&](const dto::NwCommentInput& in) {
      return answer_as(ctx, napp::edit_comment(ctx.db(), caller_of(ctx), id, {in.part, in.text}),
                       [&](const napp::CommentView& c) { return comment_dto(c, ctx.lang); });
    });
  });
}

Response answer_comment(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwAnswerInput>(ctx, [&](const dto::NwAnswerInput& in) {
      return answer_as(ctx, napp::answer_comment(ctx.db(), caller_of(ctx), id, {in.status, in.answer.value_or("")}),
                       [&](const napp::CommentView& c) { return comment_dto(c, ctx.lang); });
    });
  });
}

Response my_comments(Context& ctx) {
  dto::NwCommentList out;
  for (const auto& c : napp::my_comments(ctx.db(), caller_of(ctx))) out.items.push_back(comment_dto(c, ctx.lang));
  return dto_response(out);
}

// ---- handlers: meetings ----

Response list_meetings(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto kind = kKind.read_text(ctx.req);
  if (!kind) return error_response(kind.error(), ctx.lang);
  return answer_as(ctx, napp::list_meetings(ctx.db(), caller_of(ctx), *region, *kind),
                   [](const std::vector<napp::MeetingView>& items) {
                     dto::NwMeetingList out;
                     for (const auto& m : items) out.items.push_back(meeting_dto(m));
                     return out;
                   });
}

Response create_meeting(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return with_body<dto::NwMeetingInput>(ctx, [&](const dto::NwMeetingInput& in) {
    if (!in.kind_code) return error_response(invalid("kind_code", "field.required"), ctx.lang);
    return answer_as(ctx, napp::create_meeting(ctx.db(), caller_of(ctx), *region, meeting_input(in)), meeting_dto, 201);
  });
}

Response get_meeting(Context& ctx) {
  return with_id(
      ctx, [&](long long id) { return answer_as(ctx, napp::get_meeting(ctx.db(), caller_of(ctx), id), meeting_dto); });
}

Response update_meeting(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwMeetingInput>(ctx, [&](const dto::NwMeetingInput& in) {
      return answer_as(ctx, napp::update_meeting(ctx.db(), caller_of(ctx), id, meeting_input(in)), meeting_dto);
    });
  });
}

Response set_attendance(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return with_body<dto::NwAttendanceInput>(ctx, [&](const dto::NwAttendanceInput& in) {
      std::vector<napp::AttendanceInput> items;
      for (const auto& i : in.items) items.push_back({i.org_id, i.attended, i.attendees.value_or("")});
      return answer_as(ctx, napp::set_attendance(ctx.db(), caller_of(ctx), id, items), meeting_dto);
    });
  });
}

}  // namespace

void register_network_card_routes(RouteTable& t) {
  const std::string tag = "network";
  const Permission read = Permission::network_read, respond = Permission::network_respond,
                   manage = Permission::network_manage;
  t.add<void, dto::NwRegionList>(Verb::get, "/api/network/regions", read, list_regions, tag,
                                 "Regions whose service cards the caller sees, and whether the caller manages them");
  t.add<void, dto::NwNeedAreaList>(Verb::get, "/api/network/need-areas", read, list_need_areas, tag,
                                   "The region's need areas of everyday life (the default list the first time)")
      .query = {kRegion.doc(), kAll.doc()};
  t.add<dto::NwNeedAreaInput, dto::NwNeedArea>(Verb::post, "/api/network/need-areas", manage, create_need_area, tag,
                                               "Add a need area to the region's list")
      .success_status = 201;
  t.add<dto::NwNeedAreaInput, dto::NwNeedArea>(Verb::put, "/api/network/need-areas/{id}", manage, update_need_area, tag,
                                               "Change or deactivate a need area (the code only while unused)");
  t.add<void, dto::NwActivityList>(Verb::get, "/api/network/activities", read, list_activities, tag,
                                   "Basic activities of the kinds of service: the national catalogue and the "
                                   "region's own rows")
      .query = {kRegion.doc(), kKind.doc()};
  t.add<dto::NwActivityInput, dto::NwActivity>(Verb::post, "/api/network/activities", manage, create_activity, tag,
                                               "Add a region's basic activity (completing or correcting the catalogue)")
      .success_status = 201;
  t.add<dto::NwActivityInput, dto::NwActivity>(Verb::put, "/api/network/activities/{id}", manage, update_activity, tag,
                                               "Change a region's basic activity");
  t.add<void, dto::NwCardList>(Verb::get, "/api/network/cards", read, list_cards, tag,
                               "Service cards of the region: the latest version the caller sees and the published one")
      .query = {kRegion.doc()};
  t.add<dto::NwCardInput, dto::NwCardDetail>(
       Verb::post, "/api/network/cards", manage, create_card, tag,
       "Start a card of a kind (and optionally one form) with version 1 as a draft")
      .success_status = 201;
  t.add<void, dto::NwCardDetail>(Verb::get, "/api/network/cards/{id}", read, get_card, tag,
                                 "A card with the versions the caller sees");
  t.add<void, dto::NwVersion>(Verb::post, "/api/network/cards/{id}/versions", manage, new_version, tag,
                              "A new draft version copied from the latest published one")
      .success_status = 201;
  t.add<void, dto::NwVersion>(Verb::get, "/api/network/card-versions/{id}", read, get_version, tag,
                              "A card version: texts, needs with basic activities, what the caller may do now");
  t.add<dto::NwVersionInput, dto::NwVersion>(Verb::put, "/api/network/card-versions/{id}", manage, update_version, tag,
                                             "Change a draft version: its texts and needs with their activities");
  t.add<dto::NwSendInput, dto::NwVersion>(Verb::post, "/api/network/card-versions/{id}/send", manage, send_version, tag,
                                          "Send a draft to the providers of the kind for comments until a date");
  t.add<void, dto::NwVersion>(Verb::post, "/api/network/card-versions/{id}/finalise", manage, finalise_version, tag,
                              "Finalise a version once every comment is answered (409 names how many are open)");
  t.add<void, dto::NwVersion>(Verb::post, "/api/network/card-versions/{id}/publish", manage, publish_version, tag,
                              "Publish a final version; the previously published one becomes superseded");
  t.add<void, dto::NwComparison>(Verb::get, "/api/network/card-versions/{id}/compare", read, compare_versions, tag,
                                 "Part by part comparison with another version of the card (default: the previous)")
      .query = {kWith.doc()};
  file_route(t.add<void, void>(Verb::get, "/api/network/card-versions/{id}/print", read, print_version, tag,
                               "Printable card (text/html, or PDF with ?format=pdf; Czech or English)"),
             {kLang.doc(), report_format_doc()});
  t.add<void, dto::NwCommentList>(Verb::get, "/api/network/card-versions/{id}/comments", read, list_comments, tag,
                                  "Comments on a version: the region sees all, a provider its organisation's");
  t.add<dto::NwCommentInput, dto::NwComment>(Verb::post, "/api/network/card-versions/{id}/comments", respond,
                                             add_comment, tag,
                                             "Comment on a part of a version sent to the caller's organisation")
      .success_status = 201;
  t.add<void, dto::NwCommentList>(Verb::get, "/api/network/comments/mine", read, my_comments, tag,
                                  "The caller's organisations' comments with the region's answers, across cards");
  t.add<dto::NwCommentInput, dto::NwComment>(Verb::put, "/api/network/comments/{id}", respond, edit_comment, tag,
                                             "Change an own comment while it is open");
  t.add<dto::NwAnswerInput, dto::NwComment>(Verb::post, "/api/network/comments/{id}/answer", manage, answer_comment,
                                            tag, "Answer a comment: accepted, partly or rejected (with the reason)");
  t.add<void, dto::NwMeetingList>(Verb::get, "/api/network/meetings", read, list_meetings, tag,
                                  "Meetings per kind: the region's, or those the caller's organisation is invited to")
      .query = {kRegion.doc(), kKind.doc()};
  t.add<dto::NwMeetingInput, dto::NwMeeting>(Verb::post, "/api/network/meetings", manage, create_meeting, tag,
                                             "Plan a meeting with the providers of a kind (all of them invited)")
      .success_status = 201;
  t.add<void, dto::NwMeeting>(Verb::get, "/api/network/meetings/{id}", read, get_meeting, tag,
                              "A meeting with invitations, attendance, minutes and the card version discussed");
  t.add<dto::NwMeetingInput, dto::NwMeeting>(Verb::put, "/api/network/meetings/{id}", manage, update_meeting, tag,
                                             "Change a meeting: date, place, status, minutes, card version");
  t.add<dto::NwAttendanceInput, dto::NwMeeting>(Verb::put, "/api/network/meetings/{id}/attendance", manage,
                                                set_attendance, tag, "Record which invited providers came and who");
}

}  // namespace kvalis::http
