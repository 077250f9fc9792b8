// A signer whose key is a file: PEM key + certificate (+ chain), or one
// PKCS#12 file. The passphrase is only ever handed to OpenSSL; nothing here
// logs or keeps it.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "engine/sign/signer.hpp"

namespace baocao::sign {

// Throws Error(usage, sign_pass_needed) when the key is encrypted and
// `passphrase` is empty (the caller may ask for one and try again),
// Error(input, sign_credentials_unreadable) naming the file when it cannot
// be read (wrong passphrase, not a key), Error(input, sign_key_mismatch)
// when the key is not the certificate's.
std::shared_ptr<const Signer> load_pem(const std::filesystem::path& key, const std::filesystem::path& cert,
                                       const std::filesystem::path& chain, const std::string& passphrase);
std::shared_ptr<const Signer> load_p12(const std::filesystem::path& p12, const std::string& passphrase);

}  // namespace baocao::sign
