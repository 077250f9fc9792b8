#include "server/passwords.hpp"

#include <sodium.h>

#include <condition_variable>
#include <mutex>

#include "engine/core/diagnostic.hpp"

namespace baocao::server {

namespace {

void init_sodium() {
  static const bool ok = sodium_init() >= 0;
  if (!ok) fail(ErrorFamily::internal, MsgId::portal_crypto_failed, {"sodium_init"});
}

// At most two Argon2id computations at once (64 MiB each).
class HashSlots {
 public:
  void take() {
    std::unique_lock<std::mutex> lock(m_);
    cv_.wait(lock, [&] { return used_ < kSlots; });
    ++used_;
  }
  void give() {
    std::lock_guard<std::mutex> lock(m_);
    --used_;
    cv_.notify_one();
  }

 private:
  static constexpr int kSlots = 2;
  std::mutex m_;
  std::condition_variable cv_;
  int used_ = 0;
};

HashSlots& slots() {
  static HashSlots s;
  return s;
}

struct Slot {
  Slot() { slots().take(); }
  ~Slot() { slots().give(); }
};

// A hash of a password nobody has, checked for unknown names.
const std::string& decoy_hash() {
  static const std::string h = hash_password("baocao-decoy-password-never-used");
  return h;
}

}  // namespace

std::string hash_password(std::string_view password) {
  init_sodium();
  char out[crypto_pwhash_STRBYTES];
  Slot slot;
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    fail(ErrorFamily::internal, MsgId::portal_crypto_failed, {"crypto_pwhash_str"});
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  init_sodium();
  const std::string& h = hash.empty() ? decoy_hash() : hash;
  Slot slot;
  bool ok = crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
  return ok && !hash.empty();
}

std::string random_token() {
  init_sodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[64];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string token_hash(std::string_view token) {
  init_sodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace baocao::server
