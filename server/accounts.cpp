#include "server/accounts.hpp"

#include <algorithm>

#include "engine/core/diagnostic.hpp"
#include "server/passwords.hpp"

namespace baocao::server {

namespace {

void check_name(const std::string& name) {
  bool ok = name.size() >= 2 && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
              return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                     c == '_' || c == '-';
            });
  if (!ok) fail(ErrorFamily::usage, MsgId::portal_bad_user_name, {name});
}

void check_password(const std::string& name, std::string_view password) {
  if (password.size() < kMinPasswordLength)
    fail(ErrorFamily::usage, MsgId::portal_password_too_short, {std::to_string(kMinPasswordLength)});
  if (password == name) fail(ErrorFamily::usage, MsgId::portal_password_is_name);
}

std::string hash_checked(const std::string& name, std::string_view password) {
  check_password(name, password);
  return hash_password(password);
}

}  // namespace

bool is_role(std::string_view role) {
  return role == "clerk" || role == "consolidator" || role == "leader" || role == "admin";
}

void add_account(store::Store& store, store::PortalStore& portal, const std::string& name, const std::string& role,
                 const std::string& unit_code, std::string_view password, const std::string& now) {
  check_name(name);
  if (!is_role(role)) fail(ErrorFamily::usage, MsgId::portal_bad_role, {role});
  const std::vector<std::string> codes = store.unit_codes_between("0000-01-01", "9999-12-31");
  if (!std::binary_search(codes.begin(), codes.end(), unit_code))
    fail(ErrorFamily::usage, MsgId::portal_unknown_unit, {unit_code});
  store::Account a;
  a.name = name;
  a.role = role;
  a.unit_code = unit_code;
  a.password_hash = hash_checked(name, password);
  a.created_at = now;
  if (!portal.add_account(a)) fail(ErrorFamily::usage, MsgId::portal_user_exists, {name});
}

void reset_password(store::PortalStore& portal, const std::string& name, std::string_view password) {
  auto a = portal.account(name);
  if (!a) fail(ErrorFamily::usage, MsgId::portal_no_such_user, {name});
  portal.update_account(name, hash_checked(name, password), std::nullopt);
  portal.delete_sessions_of(a->id);
  portal.clear_login_failures("user:" + name);
}

void set_disabled(store::PortalStore& portal, const std::string& name, bool disabled) {
  auto a = portal.account(name);
  if (!a) fail(ErrorFamily::usage, MsgId::portal_no_such_user, {name});
  portal.update_account(name, std::nullopt, disabled);
  if (disabled) portal.delete_sessions_of(a->id);
}

}  // namespace baocao::server
