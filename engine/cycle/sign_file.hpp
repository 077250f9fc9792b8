// Signing a PDF file (`baocao sign`, the portal): at once with a loaded
// signer, or in two steps for a remote signing service (prepare: a state
// file and the digest the service signs; finish: the service's answer into
// the signed file). The output is written atomically.
#pragma once

#include <filesystem>
#include <string>

#include "engine/cycle/signer_source.hpp"
#include "engine/sign/two_step.hpp"

namespace baocao::cycle {

struct SignFileOptions {
  std::filesystem::path in;     // the PDF (not when finishing)
  std::filesystem::path out;    // the signed PDF, or the state when preparing
  std::filesystem::path fonts;  // for a visible signature without an image; default: shipped
  SignerSource signer;          // the certificate only, when preparing
  bool prepare = false;
  long long state_seconds = sign::kDefaultStateSeconds;  // how long a prepared state is good
  // Finishing: the state and the service's answer, a raw signature value or a CMS.
  std::filesystem::path finish, signature, cms;
};

// What a preparation hands to the person who takes it to the service.
struct SignFileReport {
  bool prepared = false;
  std::string to_sign, document;            // SHA-256 digests: signed attributes, byte ranges
  std::string signer, serial, cert_sha256;  // the certificate that must sign
  long long expires = 0;
};

// Error(usage, sign_two_step_usage) for options of the two steps that do
// not go together; the signer's, reader's and signature's errors otherwise.
SignFileReport sign_file(const SignFileOptions& options, const SignerPrompts& prompts);

}  // namespace baocao::cycle
