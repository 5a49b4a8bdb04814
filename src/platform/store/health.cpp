#include "platform/store/health.hpp"

namespace kvalis::store {

void ping(soci::session& s) {
  int one = 0;
  s << "SELECT 1", soci::into(one);
}

}  // namespace kvalis::store
