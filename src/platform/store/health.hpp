#pragma once
// Whether the database answers (the health route).
#include <soci/soci.h>

namespace kvalis::store {

// Runs a trivial query; throws when the database does not answer.
void ping(soci::session& s);

}  // namespace kvalis::store
