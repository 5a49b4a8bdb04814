#include "network/store/coverage_repo.hpp"

#include <tuple>
#include <unordered_map>

#include "platform/core/text.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::network::store::coverage_repo {

using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::Filter;
using kvalis::store::for_each_row;

namespace {

constexpr const char* kRoundColumns =
    "SELECT id, region_org_id, title, period_from, period_to, kinds, deadline, status, opened_at, locked_at, "
    "created_by, created_at, updated_at FROM nw_coverage_rounds";

RoundRow read_round(const soci::row& r) {
  RoundRow o;
  o.id = as_ll(r, 0);
  o.region_org_id = as_ll(r, 1);
  o.title = as_str(r, 2);
  o.period_from = as_str(r, 3);
  o.period_to = as_str(r, 4);
  o.kinds = split_codes(as_str(r, 5));
  o.deadline = as_str(r, 6);
  o.status = parse_round_status(as_str(r, 7)).value_or(RoundStatus::draft);
  o.opened_at = as_ll(r, 8);
  o.locked_at = as_ll(r, 9);
  o.created_by = as_ll(r, 10);
  o.created_at = as_ll(r, 11);
  o.updated_at = as_ll(r, 12);
  return o;
}

constexpr const char* kSubmissionColumns =
    "SELECT b.id, b.round_id, b.service_id, b.card_version_id, s.name, s.registry_id, s.kind_code, s.provider_id, "
    "o.name, b.status, b.submitted_at, b.submitted_by, b.reminders, b.last_reminded_at, b.source, b.updated_at, "
    "(SELECT COUNT(*) FROM nw_coverage_answers a WHERE a.submission_id = b.id), "
    "(SELECT COUNT(*) FROM nw_card_needs n WHERE n.version_id = b.card_version_id) "
    "FROM nw_coverage_submissions b JOIN services s ON s.id = b.service_id "
    "JOIN organisations o ON o.id = s.provider_id";

SubmissionRow read_submission(const soci::row& r) {
  SubmissionRow o;
  o.id = as_ll(r, 0);
  o.round_id = as_ll(r, 1);
  o.service_id = as_ll(r, 2);
  o.card_version_id = as_ll(r, 3);
  o.service_name = as_str(r, 4);
  o.registry_id = as_str(r, 5);
  o.kind_code = as_str(r, 6);
  o.provider_id = as_ll(r, 7);
  o.provider_name = as_str(r, 8);
  o.submitted = as_str(r, 9) == "submitted";
  o.submitted_at = as_ll(r, 10);
  o.submitted_by = as_ll(r, 11);
  o.reminders = as_int(r, 12);
  o.last_reminded_at = as_ll(r, 13);
  o.source = as_str(r, 14);
  o.updated_at = as_ll(r, 15);
  o.answered = as_int(r, 16);
  o.needs = as_int(r, 17);
  return o;
}

}  // namespace

std::vector<RoundRow> list_rounds(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id});
  std::vector<RoundRow> out;
  for_each_row(s, std::string(kRoundColumns) + f.where() + " ORDER BY period_from DESC, id DESC", f,
               [&](const soci::row& r) { out.push_back(read_round(r)); });
  return out;
}

void hold_round(soci::session& s, long long id) {
  if (s.get_backend_name() != "postgresql") return;
  long long held = 0;
  s << "SELECT id FROM nw_coverage_rounds WHERE id = :id FOR NO KEY UPDATE", soci::use(id), soci::into(held);
}

std::optional<RoundRow> get_round(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<RoundRow> out;
  for_each_row(s, std::string(kRoundColumns) + f.where(), f, [&](const soci::row& r) { out = read_round(r); });
  return out;
}

long long insert_round(soci::session& s, const RoundRow& r) {
  long long id = 0;
  const std::string kinds = join_codes(r.kinds);
  const std::string status(to_string(r.status));
  s << "INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, "
       "created_by, created_at, updated_at) VALUES (:r, :t, :f, :to, :k, :d, :s, :b, :c, :u) RETURNING id",
      soci::use(r.region_org_id), soci::use(r.title), soci::use(r.period_from), soci::use(r.period_to),
      soci::use(kinds), soci::use(r.deadline), soci::use(status), soci::use(r.created_by), soci::use(r.created_at),
      soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_round(soci::session& s, const RoundRow& r) {
  const std::string kinds = join_codes(r.kinds);
  s << "UPDATE nw_coverage_rounds SET title = :t, period_from = :f, period_to = :to, kinds = :k, deadline = :d, "
       "updated_at = :u WHERE id = :id",
      soci::use(r.title), soci::use(r.period_from), soci::use(r.period_to), soci::use(kinds), soci::use(r.deadline),
      soci::use(r.updated_at), soci::use(r.id);
}

void set_round_status(soci::session& s, long long id, RoundStatus status, long long now) {
  const std::string st(to_string(status));
  if (status == RoundStatus::open)
    s << "UPDATE nw_coverage_rounds SET status = :s, opened_at = :n, updated_at = :u WHERE id = :id", soci::use(st),
        soci::use(now), soci::use(now), soci::use(id);
  else if (status == RoundStatus::locked)
    s << "UPDATE nw_coverage_rounds SET status = :s, locked_at = :n, updated_at = :u WHERE id = :id", soci::use(st),
        soci::use(now), soci::use(now), soci::use(id);
  else
    s << "UPDATE nw_coverage_rounds SET status = :s, updated_at = :u WHERE id = :id", soci::use(st), soci::use(now),
        soci::use(id);
}

std::optional<RoundRow> latest_locked_round(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("region_org_id = ?", {region_org_id}).add("status = 'locked'");
  std::optional<RoundRow> out;
  for_each_row(s, std::string(kRoundColumns) + f.where() + " ORDER BY period_to DESC, id DESC", f,
               [&](const soci::row& r) {
                 if (!out) out = read_round(r);
               });
  return out;
}

std::vector<RoundRow> latest_locked_rounds(soci::session& s) {
  Filter f;
  f.add("status = 'locked'");
  std::vector<RoundRow> out;
  std::map<long long, bool> seen;
  for_each_row(s, std::string(kRoundColumns) + f.where() + " ORDER BY region_org_id, period_to DESC, id DESC", f,
               [&](const soci::row& r) {
                 auto row = read_round(r);
                 if (seen[row.region_org_id]) return;
                 seen[row.region_org_id] = true;
                 out.push_back(std::move(row));
               });
  return out;
}

std::map<std::string, long long> published_versions(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("c.region_org_id = ?", {region_org_id}).add("v.status = 'published'");
  std::map<std::string, long long> out;
  std::map<std::string, bool> for_all_forms;
  for_each_row(s,
               "SELECT c.kind_code, c.form_code, v.id FROM nw_cards c JOIN nw_card_versions v ON v.card_id = c.id" +
                   f.where() + " ORDER BY c.kind_code, v.version_no",
               f, [&](const soci::row& r) {
                 const std::string kind = as_str(r, 0);
                 const bool all = as_str(r, 1).empty();
                 if (for_all_forms[kind] && !all) return;  // a card for all forms wins over a card of one form
                 out[kind] = as_ll(r, 2);
                 if (all) for_all_forms[kind] = true;
               });
  return out;
}

std::vector<CardNeedRow> card_needs(soci::session& s, long long version_id) {
  Filter f;
  f.add("n.version_id = ?", {version_id});
  std::vector<CardNeedRow> out;
  std::unordered_map<long long, std::size_t> by_card_need;
  for_each_row(s,
               "SELECT n.id, n.need_area_id, a.code, a.name_cs, a.name_en, n.position FROM nw_card_needs n "
               "JOIN nw_need_areas a ON a.id = n.need_area_id" +
                   f.where() + " ORDER BY n.position, a.position, n.id",
               f, [&](const soci::row& r) {
                 by_card_need[as_ll(r, 0)] = out.size();
                 out.push_back({as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_int(r, 5), {}});
               });
  Filter g;
  g.add("n.version_id = ?", {version_id});
  for_each_row(
      s,
      "SELECT n.id, t.paragraph, t.letter, t.text_cs FROM nw_card_needs n "
      "JOIN nw_card_need_activities na ON na.card_need_id = n.id JOIN nw_activities t ON t.id = na.activity_id" +
          g.where() + " ORDER BY t.position, t.id",
      g, [&](const soci::row& r) {
        auto it = by_card_need.find(as_ll(r, 0));
        if (it == by_card_need.end()) return;
        std::string text = as_str(r, 1);
        if (!as_str(r, 2).empty()) text += (text.empty() ? "" : " ") + std::string("písm. ") + as_str(r, 2) + ")";
        text += (text.empty() ? "" : " ") + as_str(r, 3);
        out[it->second].activities.push_back(std::move(text));
      });
  return out;
}

std::vector<NeedAreaRow> need_areas(soci::session& s, long long region_org_id) {
  Filter f;
  f.add("active = 1");
  if (region_org_id != 0) f.add("region_org_id = ?", {region_org_id});
  std::vector<NeedAreaRow> out;
  for_each_row(s,
               "SELECT id, code, name_cs, name_en, position FROM nw_need_areas" + f.where() +
                   " ORDER BY region_org_id, position, id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_int(r, 4)});
               });
  return out;
}

std::vector<SubmissionRow> list_submissions(soci::session& s, long long round_id) {
  Filter f;
  f.add("b.round_id = ?", {round_id});
  std::vector<SubmissionRow> out;
  for_each_row(s, std::string(kSubmissionColumns) + f.where() + " ORDER BY s.kind_code, o.name, s.name, b.id", f,
               [&](const soci::row& r) { out.push_back(read_submission(r)); });
  return out;
}

std::optional<SubmissionRow> get_submission(soci::session& s, long long id) {
  Filter f;
  f.add("b.id = ?", {id});
  std::optional<SubmissionRow> out;
  for_each_row(s, std::string(kSubmissionColumns) + f.where(), f,
               [&](const soci::row& r) { out = read_submission(r); });
  return out;
}

long long insert_submission(soci::session& s, long long round_id, long long service_id, long long card_version_id,
                            long long now) {
  long long id = 0;
  s << "INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, updated_at) "
       "VALUES (:r, :s, :v, :u) RETURNING id",
      soci::use(round_id), soci::use(service_id), soci::use(card_version_id), soci::use(now), soci::into(id);
  return id;
}

void set_submitted(soci::session& s, long long id, long long user_id, long long now) {
  s << "UPDATE nw_coverage_submissions SET status = 'submitted', submitted_at = :n, submitted_by = :b, "
       "updated_at = :u WHERE id = :id",
      soci::use(now), soci::use(user_id), soci::use(now), soci::use(id);
}

void set_reminded(soci::session& s, long long id, long long now) {
  s << "UPDATE nw_coverage_submissions SET reminders = reminders + 1, last_reminded_at = :n WHERE id = :id",
      soci::use(now), soci::use(id);
}

void touch_submission(soci::session& s, long long id, const std::string& source, long long now) {
  s << "UPDATE nw_coverage_submissions SET source = :s, updated_at = :u WHERE id = :id", soci::use(source),
      soci::use(now), soci::use(id);
}

std::vector<AnswerRow> answers(soci::session& s, long long submission_id) {
  Filter f;
  f.add("a.submission_id = ?", {submission_id});
  std::vector<AnswerRow> out;
  for_each_row(s,
               "SELECT a.need_area_id, a.mode, a.mediated_service_id, m.name, a.mediated_text, a.clients, a.contacts, "
               "a.note FROM nw_coverage_answers a LEFT JOIN services m ON m.id = a.mediated_service_id" +
                   f.where() + " ORDER BY a.need_area_id",
               f, [&](const soci::row& r) {
                 AnswerRow a;
                 a.need_area_id = as_ll(r, 0);
                 a.mode = parse_mode(as_str(r, 1)).value_or(CoverageMode::none);
                 a.mediated_service_id = as_ll(r, 2);
                 a.mediated_service_name = as_str(r, 3);
                 a.mediated_text = as_str(r, 4);
                 a.clients = as_opt_ll(r, 5);
                 a.contacts = as_opt_ll(r, 6);
                 a.note = as_str(r, 7);
                 out.push_back(std::move(a));
               });
  return out;
}

void save_answers(soci::session& s, long long submission_id, const std::vector<AnswerRow>& rows) {
  for (const auto& a : rows) {
    s << "DELETE FROM nw_coverage_answers WHERE submission_id = :s AND need_area_id = :n", soci::use(submission_id),
        soci::use(a.need_area_id);
    const std::string mode(to_string(a.mode));
    long long mediated = a.mediated_service_id, clients = a.clients.value_or(0), contacts = a.contacts.value_or(0);
    soci::indicator im = mediated ? soci::i_ok : soci::i_null, ic = a.clients ? soci::i_ok : soci::i_null,
                    it = a.contacts ? soci::i_ok : soci::i_null;
    s << "INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode, mediated_service_id, mediated_text, "
         "clients, contacts, note) VALUES (:s, :n, :m, :ms, :mt, :c, :k, :no)",
        soci::use(submission_id), soci::use(a.need_area_id), soci::use(mode), soci::use(mediated, im),
        soci::use(a.mediated_text), soci::use(clients, ic), soci::use(contacts, it), soci::use(a.note);
  }
}

std::vector<std::string> service_contacts(soci::session& s, long long service_id) {
  Filter f;
  f.add("service_id = ?", {service_id}).add("kind IN ('email', 'phone')");
  std::vector<std::string> out;
  for_each_row(s, "SELECT value FROM service_contacts" + f.where() + " ORDER BY kind, id", f,
               [&](const soci::row& r) { out.push_back(as_str(r, 0)); });
  return out;
}

namespace {

constexpr std::size_t kBatch = 4096;

// Runs a query of one round id in batches of kBatch rows (SOCI's vector binding; row by row is slower).
template <class... Columns, class Each>
void each_batch(soci::session& s, const char* sql, long long round_id, Each&& each, std::vector<Columns>&... columns) {
  (columns.resize(kBatch), ...);
  soci::statement st(s);
  st.alloc();
  (st.exchange(soci::into(columns)), ...);
  st.exchange(soci::use(round_id));
  st.prepare(sql, soci::details::st_one_time_query);
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) {
    const std::size_t n = std::get<0>(std::tie(columns...)).size();
    for (std::size_t i = 0; i < n; ++i) each(i);
    (columns.resize(kBatch), ...);
  }
}

}  // namespace

MapScan scan_rounds(soci::session& s, const std::vector<long long>& round_ids) {
  // Only submitted forms count: a form left open holds no complete answer.
  MapScan out;
  std::unordered_map<long long, std::size_t> index;
  std::vector<long long> a, b;
  std::vector<std::string> text;
  for (long long round_id : round_ids) {
    each_batch(
        s,
        "SELECT s.id, s.kind_code FROM nw_coverage_submissions b JOIN services s ON s.id = b.service_id "
        "WHERE b.round_id = :r AND b.status = 'submitted'",
        round_id,
        [&](std::size_t i) {
          if (index.emplace(a[i], out.services.size()).second) out.services.push_back({a[i], text[i], {}, {}});
        },
        a, text);
  }
  for (long long round_id : round_ids) {
    each_batch(
        s,
        "SELECT t.service_id, t.territory_code FROM nw_coverage_submissions b "
        "JOIN service_territories t ON t.service_id = b.service_id WHERE b.round_id = :r AND b.status = 'submitted'",
        round_id,
        [&](std::size_t i) {
          if (auto it = index.find(a[i]); it != index.end()) out.services[it->second].territories.push_back(text[i]);
        },
        a, text);
    each_batch(
        s,
        "SELECT g.service_id, g.code FROM nw_coverage_submissions b "
        "JOIN service_target_groups g ON g.service_id = b.service_id WHERE b.round_id = :r AND b.status = 'submitted'",
        round_id,
        [&](std::size_t i) {
          if (auto it = index.find(a[i]); it != index.end()) out.services[it->second].target_groups.push_back(text[i]);
        },
        a, text);
  }
  out.answers.reserve(out.services.size() * 15);
  for (long long round_id : round_ids)
    each_batch(
        s,
        "SELECT b.service_id, a.need_area_id, a.mode FROM nw_coverage_submissions b "
        "JOIN nw_coverage_answers a ON a.submission_id = b.id WHERE b.round_id = :r AND b.status = 'submitted'",
        round_id,
        [&](std::size_t i) {
          out.answers.push_back({a[i], b[i], parse_mode(text[i]).value_or(CoverageMode::none)});
        },
        a, b, text);
  return out;
}

MapVersions versions(soci::session& s) {
  return {kvalis::store::data_versions::get(s, "network"), kvalis::store::data_versions::get(s, "registry")};
}

}  // namespace kvalis::network::store::coverage_repo
