// Secrets of the portal: passwords hashed with Argon2id (libsodium's
// crypto_pwhash_str, its "interactive" limits: 64 MiB and 2 passes, about
// 0.1 s), random tokens for sessions and forms, and their hashes. A hash
// takes 64 MiB, so at most two are computed at once: a burst of logins waits
// instead of exhausting the machine's memory.
#pragma once

#include <string>
#include <string_view>

namespace baocao::server {

// Throws Error(internal) when libsodium cannot start or runs out of memory.
std::string hash_password(std::string_view password);
// False for a wrong password or a malformed hash. Takes as long as a real
// check for an empty `hash`, so an unknown name answers no faster.
bool verify_password(const std::string& hash, std::string_view password);

// 32 random bytes, base64url without padding (43 characters).
std::string random_token();
// SHA-256 of `token`, lower-case hex: what the store keeps of a session.
std::string token_hash(std::string_view token);
// Compares in time independent of where the texts differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace baocao::server
