#include "benchmark/app/practices.hpp"

#include "benchmark/app/access.hpp"
#include "benchmark/core/access.hpp"
#include "platform/store/activity_log.hpp"
#include "registry/app/benchmark_queries.hpp"

namespace kvalis::benchmark::app {
namespace {

bool may_edit(const accounts::Principal& p, const results::Practice& practice) {
  return edits_practice(p, {practice.author_org_id, practice.author_region_code});
}

PracticeView view_of(soci::session& s, const accounts::Principal& principal, const results::Practice& p) {
  PracticeView out{p, may_edit(principal, p), {}};
  std::vector<long long> ids;
  for (const auto& l : p.links)
    if (l.service_id) ids.push_back(*l.service_id);
  const auto services = results::services_by_id(s, ids);
  for (const auto& l : p.links) {
    PracticeLinkView d;
    d.link = l;
    if (l.service_id)
      if (auto it = services.find(*l.service_id); it != services.end()) d.service_name = it->second.name;
    if (l.indicator_id)
      if (auto ind = results::get_indicator(s, *l.indicator_id)) {
        d.indicator_code = ind->code;
        d.indicator_name = ind->name_cs;
      }
    if (l.round_id)
      if (auto r = results::get_round(s, *l.round_id)) {
        d.round_name = r->name;
        d.round_readable = reads_group(s, principal, r->group_id);
      }
    if (l.service_id && l.indicator_id && l.round_id)
      for (const auto& sc : results::scores_of_round(s, *l.round_id, *l.indicator_id))
        if (sc.service_id == *l.service_id) d.value = sc.value;
    out.links.push_back(std::move(d));
  }
  return out;
}

// Applies the input to a practice; the title is trimmed at its end and required.
Status apply_practice(soci::session& s, const accounts::Principal& principal,
                      const store::catalogue_repo::Catalogues& catalogues, const PracticeInput& in,
                      results::Practice& p) {
  if (in.title) p.title = *in.title;
  if (in.summary) p.summary = *in.summary;
  if (in.body) p.body = *in.body;
  while (!p.title.empty() && (p.title.back() == ' ' || p.title.back() == '\n')) p.title.pop_back();
  if (p.title.empty()) return invalid("title", "field.required");
  if (in.kinds) {
    std::string kinds;
    for (std::size_t i = 0; i < in.kinds->size(); ++i) {
      const auto& k = (*in.kinds)[i];
      if (!catalogues.has("service_kinds", k))
        return invalid("kinds[" + std::to_string(i) + "]", "field.unknown_code", {{"value", k}});
      if (kinds.find(";" + k + ";") == std::string::npos) kinds += (kinds.empty() ? ";" : "") + k + ";";
    }
    p.kinds = kinds;
  }
  if (in.links) {
    if (in.links->size() > 200) return invalid("links", "field.too_long", {{"max", "200"}});
    const auto scope = accounts::visibility(principal);
    p.links.clear();
    for (std::size_t i = 0; i < in.links->size(); ++i) {
      const auto& l = (*in.links)[i];
      const std::string field = "links[" + std::to_string(i) + "]";
      if (!l.service_id && !l.indicator_id && !l.round_id) return invalid(field, "field.required");
      std::optional<results::RoundInfo> round;
      if (l.round_id && !(round = results::get_round(s, *l.round_id)))
        return invalid(field + ".round_id", "field.invalid_value", {{"value", std::to_string(*l.round_id)}});
      if (l.indicator_id) {
        auto ind = results::get_indicator(s, *l.indicator_id);
        if (!ind || (round && ind->methodology_id != round->methodology_id))
          return invalid(field + ".indicator_id", "field.invalid_value", {{"value", std::to_string(*l.indicator_id)}});
      }
      if (l.service_id) {
        auto svc = results::get_service(s, *l.service_id);
        // Only services the author may see (its own, or the region's).
        if (!svc || !accounts::can_see(scope, {svc->provider_id, svc->region_code, svc->territory_codes}))
          return invalid(field + ".service_id", "field.invalid_value", {{"value", std::to_string(*l.service_id)}});
      }
      if (l.note.size() > 1000) return invalid(field + ".note", "field.too_long", {{"max", "1000"}});
      p.links.push_back({l.service_id, l.indicator_id, l.round_id, l.note});
    }
  }
  return ok_status();
}

void log_change(soci::session& s, const accounts::Caller& caller, const std::string& action,
                const results::Practice& p) {
  store::activity_log::append(s, caller.activity(action, "good_practice", p.id, p.author_org_id, p.title));
}

}  // namespace

Result<PracticePage> list_practices(soci::session& s, const accounts::Caller& caller,
                                    const store::catalogue_repo::Catalogues& catalogues,
                                    const results::PracticeQuery& query) {
  if (!query.kind.empty() && !catalogues.has("service_kinds", query.kind))
    return invalid("kind", "field.unknown_code", {{"value", query.kind}});
  PracticePage page;
  for (const auto& p : results::list_practices(s, query, page.total))
    page.items.push_back(view_of(s, caller.principal, p));
  return page;
}

Result<PracticePage> list_practices(store::Database& db, const accounts::Caller& caller,
                                    const store::catalogue_repo::Catalogues& catalogues,
                                    const results::PracticeQuery& query) {
  return db.read([&](soci::session& s) { return list_practices(s, caller, catalogues, query); });
}

Result<PracticeView> get_practice(soci::session& s, const accounts::Caller& caller, long long practice_id) {
  auto p = results::get_practice(s, practice_id);
  if (!p) return not_found();
  return view_of(s, caller.principal, *p);
}

Result<PracticeView> get_practice(store::Database& db, const accounts::Caller& caller, long long practice_id) {
  return db.read([&](soci::session& s) { return get_practice(s, caller, practice_id); });
}

Result<PracticeView> create_practice(soci::session& s, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, const PracticeInput& in,
                                     long long now) {
  const auto author = in.author_org_id.value_or(0) ? in.author_org_id : default_author(caller.principal);
  if (!author || !*author) return invalid("author_org_id", "field.required");
  if (!writes_as(caller.principal, *author)) return not_allowed();
  auto org = registry::app::organisation(s, *author);
  if (!org || (org->type != "provider" && org->type != "region"))
    return invalid("author_org_id", "field.invalid_value", {{"value", std::to_string(*author)}});
  results::Practice p;
  p.author_org_id = *author;
  if (auto st = apply_practice(s, caller.principal, catalogues, in, p); !st) return st.error();
  p.id = results::insert_practice(s, p, now);
  log_change(s, caller, "good_practice.create", p);
  return view_of(s, caller.principal, *results::get_practice(s, p.id));
}

Result<PracticeView> create_practice(store::Database& db, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, const PracticeInput& in) {
  return db.write([&](soci::session& s) { return create_practice(s, caller, catalogues, in, store::now_epoch()); });
}

Result<PracticeView> update_practice(soci::session& s, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, long long practice_id,
                                     const PracticeInput& in, long long now) {
  auto p = results::get_practice(s, practice_id);
  if (!p) return not_found();
  if (!may_edit(caller.principal, *p)) return not_allowed();
  if (in.author_org_id && *in.author_org_id != p->author_org_id)
    return invalid("author_org_id", "field.invalid_value", {{"value", std::to_string(*in.author_org_id)}});
  if (auto st = apply_practice(s, caller.principal, catalogues, in, *p); !st) return st.error();
  results::update_practice(s, *p, now);
  log_change(s, caller, "good_practice.update", *p);
  return view_of(s, caller.principal, *results::get_practice(s, p->id));
}

Result<PracticeView> update_practice(store::Database& db, const accounts::Caller& caller,
                                     const store::catalogue_repo::Catalogues& catalogues, long long practice_id,
                                     const PracticeInput& in) {
  return db.write(
      [&](soci::session& s) { return update_practice(s, caller, catalogues, practice_id, in, store::now_epoch()); });
}

Status delete_practice(soci::session& s, const accounts::Caller& caller, long long practice_id) {
  auto p = results::get_practice(s, practice_id);
  if (!p) return not_found();
  if (!may_edit(caller.principal, *p)) return not_allowed();
  results::delete_practice(s, p->id);
  log_change(s, caller, "good_practice.delete", *p);
  return ok_status();
}

Status delete_practice(store::Database& db, const accounts::Caller& caller, long long practice_id) {
  return db.write([&](soci::session& s) { return delete_practice(s, caller, practice_id); });
}

}  // namespace kvalis::benchmark::app
