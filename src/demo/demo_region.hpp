#pragma once
// The demo region: a deterministic, fictional but plausible Královéhradecký kraj (registry region 86)
// with its regional authority, an OSPOD office, a second municipal office, an audit body, providers of
// several legal forms, their registered services and users for every role. Pure data: nothing here
// touches the database (see demo_writer.hpp), so later modules can build their own demo data on it.
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"
#include "registry/core/model.hpp"

namespace kvalis::demo {

// Source recorded on every organisation and service written by the demo, so it never collides with a
// registry import (source "registry") or data entered by hand ("manual").
inline constexpr const char* kDemoSource = "demo";
inline constexpr const char* kDemoRegionCode = "86";  // Královéhradecký kraj in the registry's Kraj list

// Keys of the organisations that are not providers; DemoContext maps them to ids.
inline constexpr const char* kRegionKey = "region";
inline constexpr const char* kOspodKey = "ospod-nachod";
inline constexpr const char* kMunicipalityKey = "mu-trutnov";
inline constexpr const char* kAuditBodyKey = "audit-body";
// The provider whose staff hold the provider logins (admin, manager, worker, auditor, readonly).
inline constexpr const char* kMainProviderKey = "charita-kladske-pomezi";

struct DemoOptions {
  std::string admin_password = "admin-demo-2026";  // platform administrator "admin"
  std::string user_password = "kvalis-demo-2026";  // every other demo login
};

// A region, municipality or audit body (providers are DemoProvider).
struct DemoOrganisation {
  std::string key;
  accounts::OrganisationType type = accounts::OrganisationType::municipality;
  std::string name;
  std::string ico;  // empty for municipal offices (the office is not a legal person; the town is)
  std::string legal_form_code;
  std::string region_code;
  std::string territory_code;
  std::string address;
};

struct DemoProvider {
  std::string key;  // stable, e.g. "charita-kladske-pomezi"; also the e-mail domain
  registry::Provider provider;
};

struct DemoService {
  std::string key;  // stable: provider key / kind / place [/ n]
  std::string provider_key;
  registry::Service service;
};

struct DemoUser {
  std::string login;
  std::string display_name;
  std::string email;
  std::string password;
  bool platform_admin = false;
  std::string organisation_key;  // empty for the platform administrator
  accounts::Role role = accounts::Role::readonly;
  std::string organisation_name;  // for the printed table
};

struct DemoRegion {
  std::vector<DemoOrganisation> organisations;
  std::vector<DemoProvider> providers;
  std::vector<DemoService> services;
  std::vector<DemoUser> users;
};

DemoRegion build_demo_region(const DemoOptions& options = {});

// The 8-digit IČO whose first seven digits are given, with its mod-11 check digit.
std::string ico_with_check_digit(std::string_view first_seven);

// A stable 64-bit FNV-1a hash: identifiers and random streams derive from keys, not from positions in
// the tables, so adding a service does not change the others.
unsigned long long stable_hash(std::string_view text);

}  // namespace kvalis::demo
