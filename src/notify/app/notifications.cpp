#include "notify/app/notifications.hpp"

#include <atomic>
#include <cstdio>
#include <ctime>
#include <exception>
#include <limits>
#include <set>

#include "accounts/app/recipients.hpp"
#include "dashboard/app/dashboard.hpp"
#include "network/app/cards.hpp"
#include "notify/store/notify_repo.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/core/actions.hpp"

namespace kvalis::notify::app {
namespace {

namespace repo = store::notify_repo;
constexpr std::size_t kMaxKeyLength = 200;
constexpr std::size_t kMaxKeys = 1000;

void add_dashboard_items(store::Database& db, const accounts::Caller& caller, const RoleFacts& facts,
                         const std::string& today, std::vector<Item>& items) {
  // The process's light rows of audits and actions, as the server's dashboard route uses them: one pass reads
  // them once for all its users, not once per user.
  auto d = dashboard::app::dashboard(db, caller, today, std::numeric_limits<std::size_t>::max(),
                                     &quality::app::process_heads_cache());
  if (!d) return;
  if (gets_kind(facts, Kind::form_due))
    for (const auto& f : d->forms_to_fill.items) {
      if (!form_due(f.deadline, today)) continue;
      const auto id = std::to_string(f.round_id) + ":" + std::to_string(f.service_id);
      Item item{Kind::form_due,
                item_key(Kind::form_due, id),
                f.service_name,
                f.round_name,
                f.deadline,
                "/benchmarking/rounds/" + id.substr(0, id.find(':')) + "/services/" + std::to_string(f.service_id)};
      item.days = quality::days_between(today, f.deadline).value_or(0);
      items.push_back(std::move(item));
    }
  if (gets_kind(facts, Kind::action_due) || gets_kind(facts, Kind::action_overdue))
    for (const auto* list : {&d->actions_overdue, &d->actions_due_soon})
      for (const auto& a : list->items) {
        const int days_left = a.due_state == "overdue" ? -a.days_overdue : a.days_left;
        const auto kind = action_kind(days_left);
        if (!kind || !gets_kind(facts, *kind)) continue;
        Item item{*kind,      item_key(*kind, std::to_string(a.id)),
                  a.text,     a.audit_title + (a.organisation_name.empty() ? "" : ", " + a.organisation_name),
                  a.due_date, "/quality/actions/" + std::to_string(a.id)};
        item.days = days_left;
        items.push_back(std::move(item));
      }
  if (gets_kind(facts, Kind::audit_to_close))
    for (const auto& a : d->audits_to_close.items)
      items.push_back(Item{Kind::audit_to_close, item_key(Kind::audit_to_close, std::to_string(a.id)), a.title,
                           a.organisation_name, a.ends_on, "/quality/audits/" + std::to_string(a.id)});
}

// Card versions with comments not yet answered, of the regions whose cards the caller manages.
void add_comment_items(store::Database& db, const accounts::Caller& caller, std::vector<Item>& items) {
  std::set<std::string> regions;
  for (const auto& m : caller.principal.memberships)
    if (m.organisation_type == accounts::OrganisationType::region && !m.region_code.empty())
      regions.insert(m.region_code);
  for (const auto& code : regions) {
    auto cards = network::app::list_cards(db, caller, code);
    if (!cards) continue;
    for (const auto& c : *cards) {
      if (!c.can_manage || c.latest.comments_open <= 0) continue;
      const auto id = std::to_string(c.latest.version_id);
      Item item{Kind::comment_to_answer,
                item_key(Kind::comment_to_answer, id),
                c.kind_name,
                c.latest.title,
                c.latest.comments_until,
                "/network/versions/" + id};
      item.count = c.latest.comments_open;
      items.push_back(std::move(item));
    }
  }
}

std::vector<Item> items_of(store::Database& db, const accounts::Caller& caller, const std::string& today) {
  const auto facts = role_facts(caller.principal);
  std::vector<Item> items;
  if (facts.fills_forms || facts.reads_quality) add_dashboard_items(db, caller, facts, today, items);
  if (facts.answers_comments) add_comment_items(db, caller, items);
  sort_items(items);
  return items;
}

std::vector<Kind> kinds_of(const accounts::Principal& p) {
  const auto facts = role_facts(p);
  std::vector<Kind> out;
  for (auto k : kKinds)
    if (gets_kind(facts, k)) out.push_back(k);
  return out;
}

std::string rfc5322_date(long long now) {
  const std::time_t t = static_cast<std::time_t>(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday], tm.tm_mday,
                kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string domain_of(const std::string& address) {
  const auto at = address.find('@');
  return at == std::string::npos ? "kvalis" : address.substr(at + 1);
}

}  // namespace

Result<std::vector<Item>> list_notifications(store::Database& db, const accounts::Caller& caller,
                                             const std::string& today) {
  auto items = items_of(db, caller, today);
  const auto read = db.read([&](soci::session& s) { return repo::read_keys(s, caller.principal.user_id); });
  for (auto& item : items) item.read = read.count(item.key) > 0;
  return items;
}

Result<long long> mark_read(store::Database& db, const accounts::Caller& caller, const std::string& today,
                            const std::vector<std::string>& keys, bool all) {
  if (keys.size() > kMaxKeys) return invalid("keys", "notify.keys.too_many", {{"max", std::to_string(kMaxKeys)}});
  for (const auto& k : keys) {
    const auto colon = k.find(':');
    if (k.size() > kMaxKeyLength || colon == std::string::npos || !parse_kind(k.substr(0, colon)))
      return invalid("keys", "notify.keys.invalid", {{"value", k.substr(0, 60)}});
  }
  const auto items = items_of(db, caller, today);
  std::vector<std::string> marked = keys;
  if (all)
    for (const auto& item : items) marked.push_back(item.key);
  const long long user = caller.principal.user_id;
  const auto read = db.write([&](soci::session& s) {
    repo::mark_read(s, user, marked, static_cast<long long>(std::time(nullptr)));
    return repo::read_keys(s, user);
  });
  long long unread = 0;
  for (const auto& item : items) unread += read.count(item.key) ? 0 : 1;
  return unread;
}

Result<PreferencesView> preferences(store::Database& db, const accounts::Caller& caller) {
  const auto r = accounts::app::recipient(db, caller.principal.user_id);
  if (!r) return not_found("notify.user.not_found");
  PreferencesView v;
  v.prefs = db.read([&](soci::session& s) { return repo::preferences_of(s, caller.principal.user_id); });
  v.kinds = kinds_of(caller.principal);
  v.email = r->email;
  v.language = r->language;
  return v;
}

Result<PreferencesView> put_preferences(store::Database& db, const accounts::Caller& caller, const Preferences& in) {
  if (caller.principal.user_id <= 0) return forbidden();
  db.write([&](soci::session& s) {
    repo::put_preferences(s, caller.principal.user_id, in);
    store::activity_log::append(s, caller.activity("notify.preferences.update", "user", caller.principal.user_id, 0,
                                                   std::string(to_string(in.frequency))));
  });
  return preferences(db, caller);
}

PassReport run_pass(store::Database& db, Mailer& mailer, const PassOptions& o, std::ostream& log) {
  PassReport report;
  static std::atomic<long long> sequence{0};
  for (const auto& r : accounts::app::mail_recipients(db)) {
    if (!valid_address(r.email)) continue;
    try {
      const accounts::Caller caller{r.principal, {}};
      const auto prefs = db.read([&](soci::session& s) { return repo::preferences_of(s, r.user_id); });
      if (prefs.frequency != (o.digest ? Frequency::daily : Frequency::immediate)) continue;
      // The sender asks every minute from the digest hour on: a digest already out costs one query, not the items.
      if (o.digest && db.read([&](soci::session& s) { return repo::digest_claimed(s, r.user_id, o.today); })) continue;
      const auto items = items_of(db, caller, o.today);
      std::vector<Item> chosen;
      if (o.digest) {
        chosen = digest_items(items, prefs);
        if (chosen.empty()) continue;
        const auto n = static_cast<long long>(chosen.size());
        if (!db.write([&](soci::session& s) { return repo::claim_digest(s, r.user_id, o.today, n, o.now); })) continue;
      } else {
        const auto sent = db.read([&](soci::session& s) { return repo::sent_keys(s, r.user_id); });
        const auto candidates = immediate_items(items, prefs, sent);
        if (candidates.empty()) continue;
        chosen = db.write([&](soci::session& s) {
          std::vector<Item> claimed;
          for (const auto& item : candidates)
            if (repo::claim_sent(s, r.user_id, item.key, o.now)) claimed.push_back(item);
          return claimed;
        });
        if (chosen.empty()) continue;
      }
      const auto text = mail_text(chosen, r.language, o.public_url, o.digest);
      Mail mail{o.from,
                r.email,
                text.subject,
                text.body,
                rfc5322_date(o.now),
                "kvalis." + std::to_string(r.user_id) + "." + std::to_string(o.now) + "." + std::to_string(++sequence) +
                    "@" + domain_of(o.from)};
      const auto sent = mailer.send(o.from, r.email, compose(mail));
      if (sent) {
        ++report.messages;
        report.items += static_cast<int>(chosen.size());
        continue;
      }
      ++report.failures;
      std::string detail;
      for (const auto& [k, v] : sent.error().params) detail += v;
      log << "kvalis notify: sending to user " << r.login << " failed (" << detail << "); tried again later\n";
      db.write([&](soci::session& s) {
        if (o.digest) {
          repo::release_digest(s, r.user_id, o.today);
        } else {
          std::vector<std::string> keys;
          for (const auto& item : chosen) keys.push_back(item.key);
          repo::release_sent(s, r.user_id, keys);
        }
      });
    } catch (const std::exception& e) {
      ++report.failures;
      log << "kvalis notify: user " << r.login << ": " << e.what() << "\n";
    }
  }
  return report;
}

}  // namespace kvalis::notify::app
