#pragma once
// A small region for the minimal-form use cases, written through SQL (the schema 0009_network.sql is the
// contract): Královéhradecký kraj (86) with its manager and reader, two providers of pečovatelská služba
// (kind 4) with three active services and one ended, a published card of kind 4 with three needs, and a locked
// coverage round in which two services answered (the third did not):
//   service a1 (provider A): housing direct, food direct, hygiene mediated
//   service a2 (provider A): housing direct, food none,   hygiene direct
//   service b1 (provider B): form open, not answered
#include <soci/soci.h>

#include <string>

#include "accounts/core/caller.hpp"
#include "platform/store/database.hpp"

namespace kvalis::testing::minimal_world {

struct World {
  long long region = 0, provider_a = 0, provider_b = 0, municipality = 0;
  long long region_manager_user = 0, region_worker_user = 0, provider_a_user = 0, provider_b_user = 0;
  long long a1 = 0, a2 = 0, b1 = 0, ended = 0;
  long long housing = 0, food = 0, hygiene = 0;
  long long card_version = 0, round = 0, open_round = 0;
};

inline long long last_id(soci::session& s, const std::string& table) {
  long long id = 0;
  s << "SELECT MAX(id) FROM " + table, soci::into(id);
  return id;
}

inline long long add_org(soci::session& s, const std::string& type, const std::string& name, const std::string& region) {
  s << "INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES (:t, :n, :r, 1, 1)",
      soci::use(type), soci::use(name), soci::use(region);
  return last_id(s, "organisations");
}

inline long long add_user(soci::session& s, const std::string& login) {
  s << "INSERT INTO users (login, display_name, password_hash, created_at) VALUES (:l, :d, 'x', 1)", soci::use(login),
      soci::use(login);
  return last_id(s, "users");
}

inline long long add_service(soci::session& s, long long provider, const std::string& name, const std::string& status) {
  s << "INSERT INTO services (provider_id, name, kind_code, region_code, forms, status, created_at, updated_at) "
       "VALUES (:p, :n, '4', '86', ';ter;', :st, 1, 1)",
      soci::use(provider), soci::use(name), soci::use(status);
  return last_id(s, "services");
}

inline long long add_need(soci::session& s, long long region, const std::string& code, const std::string& cs,
                          const std::string& en, int position) {
  s << "INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, position, created_at) "
       "VALUES (:r, :c, :n, :e, :p, 1)",
      soci::use(region), soci::use(code), soci::use(cs), soci::use(en), soci::use(position);
  return last_id(s, "nw_need_areas");
}

inline long long add_submission(soci::session& s, long long round, long long service, long long version,
                                const std::string& status) {
  s << "INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, updated_at) "
       "VALUES (:r, :s, :v, :st, 1)",
      soci::use(round), soci::use(service), soci::use(version), soci::use(status);
  return last_id(s, "nw_coverage_submissions");
}

inline void add_answer(soci::session& s, long long submission, long long need, const std::string& mode) {
  s << "INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) VALUES (:s, :n, :m)", soci::use(submission),
      soci::use(need), soci::use(mode);
}

inline World make_world(kvalis::store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = add_org(s, "region", "Královéhradecký kraj", "86");
    w.provider_a = add_org(s, "provider", "Charita Trutnov", "86");
    w.provider_b = add_org(s, "provider", "Diakonie Náchod", "86");
    w.municipality = add_org(s, "municipality", "Město Trutnov", "86");
    w.region_manager_user = add_user(s, "kraj.manazer");
    w.region_worker_user = add_user(s, "kraj.referent");
    w.provider_a_user = add_user(s, "charita.manazer");
    w.provider_b_user = add_user(s, "diakonie.manazer");
    w.a1 = add_service(s, w.provider_a, "Pečovatelská služba Trutnov", "active");
    w.a2 = add_service(s, w.provider_a, "Pečovatelská služba Úpice", "active");
    w.b1 = add_service(s, w.provider_b, "Pečovatelská služba Náchod", "active");
    w.ended = add_service(s, w.provider_b, "Pečovatelská služba Hronov", "ended");
    w.housing = add_need(s, w.region, "housing", "Bydlení", "Housing", 1);
    w.food = add_need(s, w.region, "food", "Strava", "Food", 2);
    w.hygiene = add_need(s, w.region, "hygiene", "Osobní hygiena", "Personal hygiene", 3);
    s << "INSERT INTO nw_cards (region_org_id, kind_code, created_at) VALUES (:r, '4', 1)", soci::use(w.region);
    const long long card = last_id(s, "nw_cards");
    s << "INSERT INTO nw_card_versions (card_id, version_no, status, title, published_at, created_at, updated_at) "
         "VALUES (:c, 1, 'published', 'Pečovatelská služba', 1, 1, 1)",
        soci::use(card);
    w.card_version = last_id(s, "nw_card_versions");
    int position = 1;
    for (long long need : {w.housing, w.food, w.hygiene}) {
      s << "INSERT INTO nw_card_needs (version_id, need_area_id, position) VALUES (:v, :n, :p)",
          soci::use(w.card_version), soci::use(need), soci::use(position);
      ++position;
    }
    s << "INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, "
         "created_at, updated_at) VALUES (:r, 'Pokrytí potřeb 2025', '2025-01-01', '2025-12-31', ';4;', "
         "'2026-02-28', 'locked', 1, 1)",
        soci::use(w.region);
    w.round = last_id(s, "nw_coverage_rounds");
    s << "INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, "
         "created_at, updated_at) VALUES (:r, 'Pokrytí potřeb 2026', '2026-01-01', '2026-12-31', ';4;', "
         "'2027-02-28', 'open', 1, 1)",
        soci::use(w.region);
    w.open_round = last_id(s, "nw_coverage_rounds");
    const long long s1 = add_submission(s, w.round, w.a1, w.card_version, "submitted");
    add_answer(s, s1, w.housing, "direct");
    add_answer(s, s1, w.food, "direct");
    add_answer(s, s1, w.hygiene, "mediated");
    const long long s2 = add_submission(s, w.round, w.a2, w.card_version, "submitted");
    add_answer(s, s2, w.housing, "direct");
    add_answer(s, s2, w.food, "none");
    add_answer(s, s2, w.hygiene, "direct");
    add_submission(s, w.round, w.b1, w.card_version, "open");
    // The open round: a2 now meets food directly (not counted: the round is not locked).
    const long long s3 = add_submission(s, w.open_round, w.a2, w.card_version, "submitted");
    add_answer(s, s3, w.food, "direct");
  });
  return w;
}

inline accounts::Caller member(long long user_id, long long org, accounts::OrganisationType type, accounts::Role role) {
  accounts::Caller c;
  c.principal.user_id = user_id;
  c.principal.login = "u" + std::to_string(user_id);
  c.principal.display_name = c.principal.login;
  accounts::Membership m;
  m.organisation_id = org;
  m.organisation_type = type;
  m.role = role;
  m.region_code = "86";
  c.principal.memberships.push_back(m);
  return c;
}

}  // namespace kvalis::testing::minimal_world
