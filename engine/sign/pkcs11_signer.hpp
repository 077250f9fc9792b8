// A signer whose key stays on a PKCS#11 token (the USB tokens offices sign
// with). The token and key are named by an RFC 7512 URI
// ("pkcs11:token=…;object=…" or ";id=%01"); the key is found by its id or
// label, or, as SafeNet tokens leave keys unlabeled, through the certificate
// of that label (same CKA_ID, else same RSA modulus). RSA keys sign with
// CKM_RSA_PKCS over a SHA-256 DigestInfo, EC keys with CKM_ECDSA over the
// digest: the mechanisms every token has.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/sign/signer.hpp"

namespace baocao::sign {

struct Pkcs11Options {
  std::string module;  // the vendor's .so; empty = the URI's module-path
  std::string uri;     // "pkcs11:…"; a pin-value or pin-source in it is refused
  // Asked only when the token wants a PIN typed (no PIN pad); the PIN is
  // kept in memory while the signer lives (for keys that want it on every
  // signature) and wiped afterwards.
  std::function<std::string()> pin;
  std::vector<X509Ptr> extra_chain;  // --chain: intermediates the token lacks
};

// Opens the token and finds key and certificate. Throws Error(usage,
// sign_pkcs11_bad_uri) for a URI that does not parse or carries a PIN,
// Error(usage, sign_pkcs11_no_module), Error(input, sign_pkcs11_no_token |
// sign_pkcs11_no_key | sign_pkcs11_no_cert) naming what was looked for,
// Error(input, sign_pin_incorrect | sign_pin_locked).
std::shared_ptr<const Signer> open_pkcs11(const Pkcs11Options& options);

}  // namespace baocao::sign
