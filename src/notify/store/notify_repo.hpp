#pragma once
// The notification tables (migration 0012): a user's preferences, what they marked read, and what was
// e-mailed (claimed before sending, so two processes never send the same item twice).
#include <soci/soci.h>

#include <set>
#include <string>
#include <vector>

#include "notify/core/notify.hpp"

namespace kvalis::store::notify_repo {

// The defaults of notify::Preferences when the user has stored none.
notify::Preferences preferences_of(soci::session& s, long long user_id);
void put_preferences(soci::session& s, long long user_id, const notify::Preferences& prefs);

std::set<std::string> read_keys(soci::session& s, long long user_id);
void mark_read(soci::session& s, long long user_id, const std::vector<std::string>& keys, long long now);

std::set<std::string> sent_keys(soci::session& s, long long user_id);
// Claims the item for sending; false when it is claimed already (sent, or another process has it).
bool claim_sent(soci::session& s, long long user_id, const std::string& key, long long now);
// Gives claims back after the SMTP server refused the message: the next pass tries again.
void release_sent(soci::session& s, long long user_id, const std::vector<std::string>& keys);

// Claims the user's digest of the day; false when it is claimed already.
bool claim_digest(soci::session& s, long long user_id, const std::string& day, long long items, long long now);
// Whether the user's digest of the day is claimed (sent, or being sent).
bool digest_claimed(soci::session& s, long long user_id, const std::string& day);
void release_digest(soci::session& s, long long user_id, const std::string& day);

}  // namespace kvalis::store::notify_repo
