// Who signs: a certificate (with the intermediates sent along in the CMS)
// and a way to sign a SHA-256 digest with the matching private key, wherever
// that key lives: a PEM or PKCS#12 file (key_signer.hpp), a PKCS#11 token
// (pkcs11_signer.hpp), or a remote service that answers later
// (two_step.hpp). The CMS is assembled by hand (cms.cpp) so every kind of
// key only ever has to sign one digest.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/sign/ossl_handles.hpp"

namespace baocao::sign {

class Signer {
 public:
  virtual ~Signer() = default;
  // The signature value a CMS SignerInfo holds for `sha256` (32 bytes, the
  // digest of the DER of the signed attributes): RSA PKCS#1 v1.5 over a
  // SHA-256 DigestInfo, or an ECDSA-Sig-Value in DER. Must be safe to call
  // from several threads at once (`run --sign` signs in parallel).
  virtual std::string sign_digest(std::string_view sha256) const = 0;

  X509Ptr cert;                // the signer's certificate
  std::vector<X509Ptr> chain;  // intermediates (and roots if given), sent inside the CMS
};

// SHA-256 of `bytes` (32 raw bytes).
std::string sha256(std::string_view bytes);

// Whether `signature` is a valid signature value (as sign_digest returns)
// of `sha256` by the public key of `cert`.
bool signature_matches(const X509* cert, std::string_view sha256, std::string_view signature);

// DER ECDSA-Sig-Value from the raw r || s a PKCS#11 token returns (CKM_ECDSA).
std::string ecdsa_raw_to_der(std::string_view raw);

}  // namespace baocao::sign
