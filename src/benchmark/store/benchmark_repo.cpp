#include "benchmark/store/benchmark_repo.hpp"

#include "platform/store/memo.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"
#include "platform/store/scan.hpp"

namespace kvalis::store::benchmark_repo {
namespace {

constexpr const char* kGroupColumns =
    "g.id, g.region_org_id, o.name, g.name, g.description, g.kinds, g.created_at FROM bm_groups g "
    "JOIN organisations o ON o.id = g.region_org_id";

constexpr const char* kMethodologyColumns =
    "m.id, m.group_id, m.version, m.name, m.status, m.created_at, "
    "(SELECT COUNT(*) FROM bm_items i WHERE i.methodology_id = m.id), "
    "(SELECT COUNT(*) FROM bm_indicators x WHERE x.methodology_id = m.id), "
    "(SELECT COUNT(*) FROM bm_rules r WHERE r.methodology_id = m.id) FROM bm_methodologies m";

constexpr const char* kRoundColumns =
    "r.id, r.group_id, r.methodology_id, m.version, r.name, r.period_year, r.kind, r.deadline, r.status, "
    "r.locked_at, r.created_at FROM bm_rounds r JOIN bm_methodologies m ON m.id = r.methodology_id";

constexpr const char* kServiceColumns =
    "s.id, s.name, s.kind_code, s.provider_id, o.name FROM services s JOIN organisations o ON o.id = s.provider_id";

GroupRow read_group(const soci::row& r) {
  return GroupRow{as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), split_codes(as_str(r, 5)),
                  as_ll(r, 6)};
}

MethodologyRow read_methodology(const soci::row& r) {
  return MethodologyRow{as_ll(r, 0), as_ll(r, 1),  as_int(r, 2), as_str(r, 3), as_str(r, 4),
                        as_ll(r, 5), as_int(r, 6), as_int(r, 7), as_int(r, 8)};
}

RoundRow read_round(const soci::row& r) {
  return RoundRow{
      as_ll(r, 0),  as_ll(r, 1),  as_ll(r, 2),
      as_int(r, 3), as_str(r, 4), as_int(r, 5),
      as_str(r, 6), as_str(r, 7), benchmark::parse_round_status(as_str(r, 8)).value_or(benchmark::RoundStatus::locked),
      as_ll(r, 9),  as_ll(r, 10)};
}

// A stored submission status; an unknown text (never written by this code) reads as submitted, which
// allows no change but a reopen.
benchmark::SubmissionStatus submission_status(const std::string& text) {
  return benchmark::parse_submission_status(text).value_or(benchmark::SubmissionStatus::submitted);
}

// The services of a group's rounds: active, of member providers, of the group's kinds.
Filter group_service_filter(const GroupRow& group) {
  Filter f;
  f.add("s.status = 'active'");
  f.add("s.provider_id IN (SELECT provider_org_id FROM bm_group_members WHERE group_id = ?)", {group.id});
  if (!group.kinds.empty()) {
    std::vector<Param> kinds(group.kinds.begin(), group.kinds.end());
    f.add("s.kind_code IN (" + placeholders(kinds.size()) + ")", kinds);
  }
  return f;
}

void insert_attendance(soci::session& s, const MeetingRow& m) {
  for (const auto& a : m.attendance)
    s << "INSERT INTO bm_meeting_attendance (meeting_id, organisation_id, attendees) VALUES (:m, :o, :n)",
        soci::use(m.id), soci::use(a.organisation_id), soci::use(a.attendees);
}

}  // namespace

// ---- working groups --------------------------------------------------------------------------

long long insert_group(soci::session& s, const GroupRow& g) {
  long long id = 0;
  const std::string kinds = join_codes(g.kinds);
  s << "INSERT INTO bm_groups (region_org_id, name, description, kinds, created_at) VALUES (:r, :n, :d, :k, :c) "
       "RETURNING id",
      soci::use(g.region_org_id), soci::use(g.name), soci::use(g.description), soci::use(kinds),
      soci::use(g.created_at), soci::into(id);
  return id;
}

void update_group(soci::session& s, const GroupRow& g) {
  const std::string kinds = join_codes(g.kinds);
  s << "UPDATE bm_groups SET name = :n, description = :d, kinds = :k WHERE id = :id", soci::use(g.name),
      soci::use(g.description), soci::use(kinds), soci::use(g.id);
}

std::optional<GroupRow> get_group(soci::session& s, long long id) {
  Filter f;
  f.add("g.id = ?", {id});
  std::optional<GroupRow> out;
  for_each_row(s, std::string("SELECT ") + kGroupColumns + f.where(), f,
               [&](const soci::row& r) { out = read_group(r); });
  return out;
}

std::vector<GroupRow> list_groups(soci::session& s, const GroupScope& scope, int limit, int offset, long long& total) {
  Filter f;
  if (!scope.all) {
    std::vector<Param> ids(scope.organisation_ids.begin(), scope.organisation_ids.end());
    if (ids.empty()) {
      f.add("1 = 0");
    } else {
      std::vector<Param> both = ids;
      both.insert(both.end(), ids.begin(), ids.end());
      f.add("g.region_org_id IN (" + placeholders(ids.size()) +
                ") OR EXISTS (SELECT 1 FROM bm_group_members gm WHERE gm.group_id = g.id AND gm.provider_org_id IN (" +
                placeholders(ids.size()) + "))",
            both);
    }
  }
  total = count_rows(s, "SELECT COUNT(*) FROM bm_groups g" + f.where(), f);
  std::vector<GroupRow> out;
  for_each_row(
      s, std::string("SELECT ") + kGroupColumns + f.where() + " ORDER BY g.name, g.id" + limit_offset(limit, offset), f,
      [&](const soci::row& r) { out.push_back(read_group(r)); });
  return out;
}

std::vector<MemberRow> members(soci::session& s, long long group_id) {
  Filter f;
  f.add("m.group_id = ?", {group_id});
  std::vector<MemberRow> out;
  for_each_row(s,
               "SELECT m.provider_org_id, o.name, m.participation, m.joined_on FROM bm_group_members m JOIN "
               "organisations o ON o.id = m.provider_org_id" +
                   f.where() + " ORDER BY o.search_text, o.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)});
               });
  return out;
}

std::vector<MemberRow> member_access(soci::session& s, long long group_id) {
  std::vector<MemberRow> out;
  scan(s, "SELECT provider_org_id, participation FROM bm_group_members WHERE group_id = $1", {group_id},
       [&](const ScanRow& r) {
         out.push_back({r.integer(0), {}, std::string(r.text(1)), {}});
       });
  return out;
}

void replace_members(soci::session& s, long long group_id, const std::vector<MemberRow>& list) {
  s << "DELETE FROM bm_group_members WHERE group_id = :g", soci::use(group_id);
  for (const auto& m : list)
    s << "INSERT INTO bm_group_members (group_id, provider_org_id, participation, joined_on) VALUES (:g, :p, :t, :j)",
        soci::use(group_id), soci::use(m.provider_org_id), soci::use(m.participation), soci::use(m.joined_on);
}

// ---- meetings ---------------------------------------------------------------------------------

std::vector<MeetingRow> list_meetings(soci::session& s, long long group_id) {
  Filter f;
  f.add("group_id = ?", {group_id});
  std::vector<MeetingRow> out;
  std::map<long long, std::size_t> index;
  for_each_row(s,
               "SELECT id, group_id, held_on, place, agenda, minutes FROM bm_meetings" + f.where() +
                   " ORDER BY held_on DESC, id DESC",
               f, [&](const soci::row& r) {
                 index[as_ll(r, 0)] = out.size();
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5), {}});
               });
  Filter af;
  af.add("m.group_id = ?", {group_id});
  for_each_row(s,
               "SELECT a.meeting_id, a.organisation_id, o.name, a.attendees FROM bm_meeting_attendance a JOIN "
               "bm_meetings m ON m.id = a.meeting_id JOIN organisations o ON o.id = a.organisation_id" +
                   af.where() + " ORDER BY o.search_text, o.id",
               af, [&](const soci::row& r) {
                 out[index[as_ll(r, 0)]].attendance.push_back({as_ll(r, 1), as_str(r, 2), as_int(r, 3)});
               });
  return out;
}

std::optional<MeetingRow> get_meeting(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<MeetingRow> out;
  for_each_row(s, "SELECT id, group_id, held_on, place, agenda, minutes FROM bm_meetings" + f.where(), f,
               [&](const soci::row& r) {
                 out = MeetingRow{as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5), {}};
               });
  if (!out) return out;
  Filter af;
  af.add("a.meeting_id = ?", {id});
  for_each_row(s,
               "SELECT a.organisation_id, o.name, a.attendees FROM bm_meeting_attendance a JOIN organisations o ON "
               "o.id = a.organisation_id" +
                   af.where() + " ORDER BY o.search_text, o.id",
               af, [&](const soci::row& r) {
                 out->attendance.push_back({as_ll(r, 0), as_str(r, 1), as_int(r, 2)});
               });
  return out;
}

long long insert_meeting(soci::session& s, const MeetingRow& m) {
  MeetingRow copy = m;
  s << "INSERT INTO bm_meetings (group_id, held_on, place, agenda, minutes) VALUES (:g, :h, :p, :a, :m) RETURNING id",
      soci::use(m.group_id), soci::use(m.held_on), soci::use(m.place), soci::use(m.agenda), soci::use(m.minutes),
      soci::into(copy.id);
  insert_attendance(s, copy);
  return copy.id;
}

void update_meeting(soci::session& s, const MeetingRow& m) {
  s << "UPDATE bm_meetings SET held_on = :h, place = :p, agenda = :a, minutes = :m WHERE id = :id",
      soci::use(m.held_on), soci::use(m.place), soci::use(m.agenda), soci::use(m.minutes), soci::use(m.id);
  s << "DELETE FROM bm_meeting_attendance WHERE meeting_id = :id", soci::use(m.id);
  insert_attendance(s, m);
}

// ---- methodologies ----------------------------------------------------------------------------

std::vector<MethodologyRow> list_methodologies(soci::session& s, long long group_id) {
  Filter f;
  f.add("m.group_id = ?", {group_id});
  std::vector<MethodologyRow> out;
  for_each_row(s, std::string("SELECT ") + kMethodologyColumns + f.where() + " ORDER BY m.version DESC", f,
               [&](const soci::row& r) { out.push_back(read_methodology(r)); });
  return out;
}

std::optional<MethodologyRow> get_methodology(soci::session& s, long long id) {
  Filter f;
  f.add("m.id = ?", {id});
  std::optional<MethodologyRow> out;
  for_each_row(s, std::string("SELECT ") + kMethodologyColumns + f.where(), f,
               [&](const soci::row& r) { out = read_methodology(r); });
  return out;
}

std::optional<MethodologyRow> latest_methodology(soci::session& s, long long group_id) {
  auto all = list_methodologies(s, group_id);
  if (all.empty()) return std::nullopt;
  return all.front();
}

MethodologyContent round_content(soci::session& s, long long methodology_id) {
  return *remembered<MethodologyContent>(s, "benchmark.content:" + std::to_string(methodology_id),
                                         [&](soci::session& s) { return load_content(s, methodology_id); });
}

MethodologyContent load_content(soci::session& s, long long methodology_id) {
  MethodologyContent c;
  Filter f;
  f.add("methodology_id = ?", {methodology_id});
  for_each_row(s,
               "SELECT code, name_cs, name_en, unit, required, min_value, max_value, help_cs FROM bm_items" +
                   f.where() + " ORDER BY position, id",
               f, [&](const soci::row& r) {
                 c.items.push_back({as_str(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_int(r, 4) != 0,
                                    as_opt_double(r, 5), as_opt_double(r, 6), as_str(r, 7)});
               });
  for_each_row(
      s,
      "SELECT id, code, name_cs, name_en, numerator, denominator, factor, unit, direction, rba, kinds FROM "
      "bm_indicators" +
          f.where() + " ORDER BY position, id",
      f, [&](const soci::row& r) {
        c.indicators.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5),
                                as_double(r, 6), as_str(r, 7), as_str(r, 8), as_str(r, 9), split_codes(as_str(r, 10))});
      });
  for_each_row(
      s, "SELECT code, left_expr, op, right_expr, message_cs, message_en FROM bm_rules" + f.where() + " ORDER BY id", f,
      [&](const soci::row& r) {
        c.rules.push_back({as_str(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5)});
      });
  return c;
}

long long insert_methodology(soci::session& s, long long group_id, const std::string& name, long long now,
                             std::optional<long long> copy_from) {
  int version = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MAX(version) FROM bm_methodologies WHERE group_id = :g", soci::use(group_id), soci::into(version, ind);
  version = ind == soci::i_null ? 1 : version + 1;
  long long id = 0;
  s << "INSERT INTO bm_methodologies (group_id, version, name, status, created_at) VALUES (:g, :v, :n, 'draft', :c) "
       "RETURNING id",
      soci::use(group_id), soci::use(version), soci::use(name), soci::use(now), soci::into(id);
  if (copy_from) replace_content(s, id, name, load_content(s, *copy_from));
  return id;
}

void replace_content(soci::session& s, long long methodology_id, const std::string& name,
                     const MethodologyContent& content) {
  s << "UPDATE bm_methodologies SET name = :n WHERE id = :id", soci::use(name), soci::use(methodology_id);
  for (const char* table : {"bm_items", "bm_indicators", "bm_rules"})
    s << std::string("DELETE FROM ") + table + " WHERE methodology_id = :id", soci::use(methodology_id);
  int position = 0;
  for (const auto& i : content.items) {
    ++position;
    const int required = i.required ? 1 : 0;
    double min = i.min_value.value_or(0), max = i.max_value.value_or(0);
    soci::indicator min_ind = i.min_value ? soci::i_ok : soci::i_null;
    soci::indicator max_ind = i.max_value ? soci::i_ok : soci::i_null;
    s << "INSERT INTO bm_items (methodology_id, code, name_cs, name_en, unit, required, min_value, max_value, "
         "help_cs, position) VALUES (:m, :c, :ncs, :nen, :u, :r, :mi, :ma, :h, :p)",
        soci::use(methodology_id), soci::use(i.code), soci::use(i.name_cs), soci::use(i.name_en), soci::use(i.unit),
        soci::use(required), soci::use(min, min_ind), soci::use(max, max_ind), soci::use(i.help_cs),
        soci::use(position);
  }
  position = 0;
  for (const auto& x : content.indicators) {
    ++position;
    const std::string kinds = join_codes(x.kinds);
    s << "INSERT INTO bm_indicators (methodology_id, code, name_cs, name_en, numerator, denominator, factor, unit, "
         "direction, rba, kinds, position) VALUES (:m, :c, :ncs, :nen, :num, :den, :f, :u, :d, :rba, :k, :p)",
        soci::use(methodology_id), soci::use(x.code), soci::use(x.name_cs), soci::use(x.name_en),
        soci::use(x.numerator), soci::use(x.denominator), soci::use(x.factor), soci::use(x.unit),
        soci::use(x.direction), soci::use(x.rba), soci::use(kinds), soci::use(position);
  }
  for (const auto& r : content.rules)
    s << "INSERT INTO bm_rules (methodology_id, code, left_expr, op, right_expr, message_cs, message_en) VALUES "
         "(:m, :c, :l, :o, :r, :mcs, :men)",
        soci::use(methodology_id), soci::use(r.code), soci::use(r.left), soci::use(r.op), soci::use(r.right),
        soci::use(r.message_cs), soci::use(r.message_en);
}

void publish_methodology(soci::session& s, long long methodology_id) {
  s << "UPDATE bm_methodologies SET status = 'published' WHERE id = :id", soci::use(methodology_id);
}

std::vector<benchmark::ItemSpec> item_specs(const MethodologyContent& content) {
  std::vector<benchmark::ItemSpec> out;
  for (const auto& i : content.items) out.push_back({i.code, i.required, i.min_value, i.max_value});
  return out;
}

std::vector<benchmark::RuleSpec> rule_specs(const MethodologyContent& content) {
  std::vector<benchmark::RuleSpec> out;
  for (const auto& r : content.rules)
    out.push_back({r.code, r.left, benchmark::parse_rule_op(r.op).value_or(benchmark::RuleOp::kEqual), r.right});
  return out;
}

// ---- rounds -----------------------------------------------------------------------------------

long long insert_round(soci::session& s, const RoundRow& r) {
  long long id = 0;
  s << "INSERT INTO bm_rounds (group_id, methodology_id, name, period_year, kind, deadline, status, locked_at, "
       "created_at) VALUES (:g, :m, :n, :y, :k, :d, 'open', 0, :c) RETURNING id",
      soci::use(r.group_id), soci::use(r.methodology_id), soci::use(r.name), soci::use(r.period_year),
      soci::use(r.kind), soci::use(r.deadline), soci::use(r.created_at), soci::into(id);
  return id;
}

std::optional<RoundRow> get_round(soci::session& s, long long id) {
  Filter f;
  f.add("r.id = ?", {id});
  std::optional<RoundRow> out;
  for_each_row(s, std::string("SELECT ") + kRoundColumns + f.where(), f,
               [&](const soci::row& r) { out = read_round(r); });
  return out;
}

std::vector<RoundRow> list_rounds(soci::session& s, long long group_id) {
  Filter f;
  f.add("r.group_id = ?", {group_id});
  std::vector<RoundRow> out;
  for_each_row(s, std::string("SELECT ") + kRoundColumns + f.where() + " ORDER BY r.period_year DESC, r.id DESC", f,
               [&](const soci::row& r) { out.push_back(read_round(r)); });
  return out;
}

void lock_round(soci::session& s, long long round_id, long long now) {
  s << "UPDATE bm_rounds SET status = 'locked', locked_at = :t WHERE id = :id", soci::use(now), soci::use(round_id);
}

std::vector<RoundServiceRow> group_services(soci::session& s, const GroupRow& group) {
  Filter f = group_service_filter(group);
  std::vector<RoundServiceRow> out;
  for_each_row(s, std::string("SELECT ") + kServiceColumns + f.where() + " ORDER BY o.search_text, s.search_text, s.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_ll(r, 3), as_str(r, 4)});
               });
  return out;
}

std::optional<RoundServiceRow> group_service(soci::session& s, const GroupRow& group, long long service_id) {
  Filter f = group_service_filter(group);
  f.add("s.id = ?", {service_id});
  std::optional<RoundServiceRow> out;
  for_each_row(s, std::string("SELECT ") + kServiceColumns + f.where(), f, [&](const soci::row& r) {
    out = RoundServiceRow{as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_ll(r, 3), as_str(r, 4)};
  });
  return out;
}

// ---- submissions and values -------------------------------------------------------------------

SubmissionRow get_submission(soci::session& s, long long round_id, long long service_id) {
  Filter f;
  f.add("round_id = ?", {round_id}).add("service_id = ?", {service_id});
  SubmissionRow out;
  for_each_row(s, "SELECT status, submitted_at, submitted_by, reminded_at FROM bm_submissions" + f.where(), f,
               [&](const soci::row& r) {
                 out = {submission_status(as_str(r, 0)), as_ll(r, 1), as_ll(r, 2), as_ll(r, 3)};
               });
  return out;
}

std::map<long long, SubmissionRow> round_submissions(soci::session& s, long long round_id) {
  Filter f;
  f.add("round_id = ?", {round_id});
  std::map<long long, SubmissionRow> out;
  for_each_row(s, "SELECT service_id, status, submitted_at, submitted_by, reminded_at FROM bm_submissions" + f.where(),
               f, [&](const soci::row& r) {
                 out[as_ll(r, 0)] = {submission_status(as_str(r, 1)), as_ll(r, 2), as_ll(r, 3), as_ll(r, 4)};
               });
  return out;
}

void ensure_submission(soci::session& s, long long round_id, long long service_id) {
  prepare_once(s,
               "INSERT INTO bm_submissions (round_id, service_id, status) VALUES (:r, :s, 'draft') "
               "ON CONFLICT (round_id, service_id) DO NOTHING",
               [&](soci::statement& st) {
                 st.exchange(soci::use(round_id));
                 st.exchange(soci::use(service_id));
               })
      .execute(true);
}

void set_submission_status(soci::session& s, long long round_id, long long service_id,
                           benchmark::SubmissionStatus submission, long long submitted_at, long long submitted_by) {
  ensure_submission(s, round_id, service_id);
  const std::string status(benchmark::to_string(submission));
  soci::indicator by_ind = submitted_by ? soci::i_ok : soci::i_null;
  s << "UPDATE bm_submissions SET status = :st, submitted_at = :at, submitted_by = :by WHERE round_id = :r AND "
       "service_id = :s",
      soci::use(status), soci::use(submitted_at), soci::use(submitted_by, by_ind), soci::use(round_id),
      soci::use(service_id);
}

void set_reminded(soci::session& s, long long round_id, long long service_id, long long now) {
  ensure_submission(s, round_id, service_id);
  s << "UPDATE bm_submissions SET reminded_at = :t WHERE round_id = :r AND service_id = :s", soci::use(now),
      soci::use(round_id), soci::use(service_id);
}

benchmark::FormValues load_values(soci::session& s, long long round_id, long long service_id) {
  Filter f;
  f.add("round_id = ?", {round_id}).add("service_id = ?", {service_id});
  benchmark::FormValues out;
  for_each_row(s, "SELECT item_code, value FROM bm_values" + f.where(), f,
               [&](const soci::row& r) { out[as_str(r, 0)] = as_opt_double(r, 1); });
  return out;
}

std::map<long long, benchmark::FormValues> round_values(soci::session& s, long long round_id) {
  Filter f;
  f.add("round_id = ?", {round_id});
  std::map<long long, benchmark::FormValues> out;
  for_each_row(s, "SELECT service_id, item_code, value FROM bm_values" + f.where(), f,
               [&](const soci::row& r) { out[as_ll(r, 0)][as_str(r, 1)] = as_opt_double(r, 2); });
  return out;
}

void save_values(soci::session& s, long long round_id, long long service_id, const benchmark::FormValues& values,
                 long long user_id, long long now) {
  ensure_submission(s, round_id, service_id);
  soci::indicator user_ind = user_id ? soci::i_ok : soci::i_null;
  for (const auto& [code, value] : values) {
    double v = value.value_or(0);
    soci::indicator value_ind = value ? soci::i_ok : soci::i_null;
    prepare_once(s,
                 "INSERT INTO bm_values (round_id, service_id, item_code, value, updated_at, updated_by) VALUES "
                 "(:r, :s, :c, :v, :t, :u) ON CONFLICT (round_id, service_id, item_code) DO UPDATE SET "
                 "value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                 [&](soci::statement& st) {
                   st.exchange(soci::use(round_id));
                   st.exchange(soci::use(service_id));
                   st.exchange(soci::use(code));
                   st.exchange(soci::use(v, value_ind));
                   st.exchange(soci::use(now));
                   st.exchange(soci::use(user_id, user_ind));
                 })
        .execute(true);
  }
}

long long insert_correction(soci::session& s, const CorrectionRow& c) {
  long long id = 0;
  double old_v = c.old_value.value_or(0), new_v = c.new_value.value_or(0);
  soci::indicator old_ind = c.old_value ? soci::i_ok : soci::i_null;
  soci::indicator new_ind = c.new_value ? soci::i_ok : soci::i_null;
  soci::indicator user_ind = c.user_id ? soci::i_ok : soci::i_null;
  s << "INSERT INTO bm_corrections (round_id, service_id, item_code, old_value, new_value, at, user_id, reason) "
       "VALUES (:r, :s, :c, :o, :n, :a, :u, :why) RETURNING id",
      soci::use(c.round_id), soci::use(c.service_id), soci::use(c.item_code), soci::use(old_v, old_ind),
      soci::use(new_v, new_ind), soci::use(c.at), soci::use(c.user_id, user_ind), soci::use(c.reason), soci::into(id);
  return id;
}

std::vector<CorrectionRow> list_corrections(soci::session& s, long long round_id, long long service_id) {
  Filter f;
  f.add("c.round_id = ?", {round_id}).add("c.service_id = ?", {service_id});
  std::vector<CorrectionRow> out;
  for_each_row(s,
               "SELECT c.id, c.round_id, c.service_id, c.item_code, c.old_value, c.new_value, c.at, c.user_id, "
               "u.login, c.reason FROM bm_corrections c LEFT JOIN users u ON u.id = c.user_id" +
                   f.where() + " ORDER BY c.at, c.id",
               f, [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_ll(r, 2), as_str(r, 3), as_opt_double(r, 4),
                                as_opt_double(r, 5), as_ll(r, 6), as_ll(r, 7), as_str(r, 8), as_str(r, 9)});
               });
  return out;
}

}  // namespace kvalis::store::benchmark_repo
