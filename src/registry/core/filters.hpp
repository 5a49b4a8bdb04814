#pragma once
// What a list of organisations or services asks for: the filters, the page, and whose view (the
// caller's visibility scope, filled in by the use case, never by the client).
#include <string>

#include "accounts/core/access.hpp"

namespace kvalis::registry {

struct OrganisationQuery {
  std::string type;  // empty: every type
  std::string q;     // search in name, IČO and address
  accounts::VisibilityScope scope;
  int limit = 50;
  int offset = 0;
};

struct ServiceQuery {
  std::string kind;
  std::string territory;
  std::string region;
  std::string target_group;
  std::string form;
  std::string q;
  std::string status = "active";  // active, ended, all
  std::string sort = "name";      // name, kind, provider, capacity, registered_from
  bool descending = false;
  long long provider_id = 0;
  accounts::VisibilityScope scope;
  int limit = 50;
  int offset = 0;
};

}  // namespace kvalis::registry
