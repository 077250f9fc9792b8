// Managing the portal's accounts, the same from `baocao user` and from the
// admin's pages: names, roles and units are checked, passwords hashed, and
// a reset or a disabled account ends the account's sessions.
#pragma once

#include <string>
#include <string_view>

#include "engine/store/portal_store.hpp"
#include "engine/store/store.hpp"

namespace baocao::server {

// A clerk submits their unit's figures; a consolidator follows and
// consolidates their unit and every unit under it; a leader signs their
// unit's documents; an admin manages accounts, lists and templates.
bool is_role(std::string_view role);

// At least this many characters.
inline constexpr std::size_t kMinPasswordLength = 10;

// Throws Error(usage) naming what is wrong: a name not of letters, digits,
// '.', '_' or '-' (2 to 64), an unknown role, a unit code the store does not
// know, a password too short or equal to the name, a name already taken.
void add_account(store::Store& store, store::PortalStore& portal, const std::string& name, const std::string& role,
                 const std::string& unit_code, std::string_view password, const std::string& now);
// New password (checked as above); ends the sessions and clears failed logins.
void reset_password(store::PortalStore& portal, const std::string& name, std::string_view password);
// Ends the sessions when disabling.
void set_disabled(store::PortalStore& portal, const std::string& name, bool disabled);

}  // namespace baocao::server
