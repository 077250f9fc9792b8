// The signer's key and certificates, read from PEM files or a PKCS#12 file.
// The passphrase is only ever handed to OpenSSL; nothing here logs or keeps it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/sign/ossl_handles.hpp"

namespace baocao::sign {

struct Credentials {
  KeyPtr key;
  X509Ptr cert;
  std::vector<X509Ptr> chain;  // intermediates, sent inside the CMS
};

// Throws Error(input, sign_credentials_unreadable) naming the file, or
// Error(input, sign_key_mismatch) when the key is not the certificate's.
Credentials load_pem(const std::filesystem::path& key, const std::filesystem::path& cert,
                     const std::filesystem::path& chain, const std::string& passphrase);
Credentials load_p12(const std::filesystem::path& p12, const std::string& passphrase);

// The certificate subject's commonName (UTF-8), or the whole subject line.
std::string common_name(const X509* cert);

// The certificate's SHA-256 fingerprint (of its DER), lower-case hex: what
// `run --sign` records to know a PDF was signed with the same certificate.
std::string cert_sha256(const X509* cert);

}  // namespace baocao::sign
