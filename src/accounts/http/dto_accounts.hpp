#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct LoginRequest {
  static constexpr const char* kSchemaName = "LoginRequest";
  std::string login;
  std::string password;
};
BOOST_DESCRIBE_STRUCT(LoginRequest, (), (login, password))

struct MembershipDto {
  static constexpr const char* kSchemaName = "Membership";
  long long organisation_id = 0;
  std::string organisation_name;
  std::string organisation_type;
  std::string role;
};
BOOST_DESCRIBE_STRUCT(MembershipDto, (), (organisation_id, organisation_name, organisation_type, role))

struct CurrentUser {
  static constexpr const char* kSchemaName = "CurrentUser";
  long long id = 0;
  std::string login;
  std::string display_name;
  std::string language;
  bool platform_admin = false;
  std::vector<MembershipDto> memberships;
  std::vector<std::string> permissions;
};
BOOST_DESCRIBE_STRUCT(CurrentUser, (), (id, login, display_name, language, platform_admin, memberships, permissions))

struct SessionResponse {
  static constexpr const char* kSchemaName = "SessionResponse";
  std::string csrf_token;
  CurrentUser user;
};
BOOST_DESCRIBE_STRUCT(SessionResponse, (), (csrf_token, user))

struct UpdateMeRequest {
  static constexpr const char* kSchemaName = "UpdateMeRequest";
  std::optional<std::string> language;
  std::optional<std::string> display_name;
};
BOOST_DESCRIBE_STRUCT(UpdateMeRequest, (), (language, display_name))

struct ChangePasswordRequest {
  static constexpr const char* kSchemaName = "ChangePasswordRequest";
  std::string current_password;
  std::string new_password;
};
BOOST_DESCRIBE_STRUCT(ChangePasswordRequest, (), (current_password, new_password))

struct SessionItem {
  static constexpr const char* kSchemaName = "SessionItem";
  long long id = 0;
  std::string created_at;
  std::string last_used_at;
  std::string expires_at;
  std::string ip;
  std::string user_agent;  // shortened: browser and system
  bool current = false;
};
BOOST_DESCRIBE_STRUCT(SessionItem, (), (id, created_at, last_used_at, expires_at, ip, user_agent, current))

struct SessionList {
  static constexpr const char* kSchemaName = "SessionList";
  std::vector<SessionItem> items;
};
BOOST_DESCRIBE_STRUCT(SessionList, (), (items))

struct EndedSessions {
  static constexpr const char* kSchemaName = "EndedSessions";
  long long ended = 0;
};
BOOST_DESCRIBE_STRUCT(EndedSessions, (), (ended))

struct User {
  static constexpr const char* kSchemaName = "User";
  long long id = 0;
  std::string login;
  std::string display_name;
  std::string email;
  bool active = true;
  std::string language;
  bool platform_admin = false;
  std::vector<MembershipDto> memberships;
  std::optional<std::string> last_login_at;
};
BOOST_DESCRIBE_STRUCT(User, (),
                      (id, login, display_name, email, active, language, platform_admin, memberships, last_login_at))

struct UserList {
  static constexpr const char* kSchemaName = "UserList";
  std::vector<User> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
};
BOOST_DESCRIBE_STRUCT(UserList, (), (items, total, page, page_size))

struct MembershipInput {
  static constexpr const char* kSchemaName = "MembershipInput";
  long long organisation_id = 0;
  std::string role;
};
BOOST_DESCRIBE_STRUCT(MembershipInput, (), (organisation_id, role))

struct CreateUserRequest {
  static constexpr const char* kSchemaName = "CreateUserRequest";
  std::string login;
  std::string display_name;
  std::optional<std::string> email;
  std::string password;
  std::optional<std::string> language;
  std::vector<MembershipInput> memberships;
};
BOOST_DESCRIBE_STRUCT(CreateUserRequest, (), (login, display_name, email, password, language, memberships))

struct UpdateUserRequest {
  static constexpr const char* kSchemaName = "UpdateUserRequest";
  std::optional<std::string> display_name;
  std::optional<std::string> email;
  std::optional<bool> active;
  std::optional<std::string> language;
};
BOOST_DESCRIBE_STRUCT(UpdateUserRequest, (), (display_name, email, active, language))

struct SetMembershipsRequest {
  static constexpr const char* kSchemaName = "SetMembershipsRequest";
  std::vector<MembershipInput> memberships;
};
BOOST_DESCRIBE_STRUCT(SetMembershipsRequest, (), (memberships))

struct AuditEntry {
  static constexpr const char* kSchemaName = "AuditEntry";
  long long id = 0;
  std::string at;
  std::optional<long long> user_id;
  std::string user_login;
  std::string action;
  std::string entity;
  std::string entity_id;
  std::string detail;
  std::string ip;
};
BOOST_DESCRIBE_STRUCT(AuditEntry, (), (id, at, user_id, user_login, action, entity, entity_id, detail, ip))

struct AuditList {
  static constexpr const char* kSchemaName = "AuditList";
  std::vector<AuditEntry> items;
  long long total = 0;
  int page = 1;
  int page_size = 50;
};
BOOST_DESCRIBE_STRUCT(AuditList, (), (items, total, page, page_size))

struct Health {
  static constexpr const char* kSchemaName = "Health";
  std::string status;
  std::string version;
  std::string database;
};
BOOST_DESCRIBE_STRUCT(Health, (), (status, version, database))

}  // namespace kvalis::http::dto
