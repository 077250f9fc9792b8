// What `baocao verify` (and the portal) says about the signatures of a PDF:
// the engine's findings (engine/sign/verify.hpp) in the reader's language,
// a few lines for each signature and a closing verdict.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/sign/verify.hpp"

namespace baocao::cycle {

struct VerifyReport {
  std::vector<sign::SignatureReport> signatures;
  std::size_t invalid = 0;
};

// Error(input) naming the file when it cannot be read; `trust` as for
// sign::verify_pdf.
VerifyReport verify_file(const std::filesystem::path& pdf, const std::filesystem::path& trust);

// Signature `number` (1-based): heading, role, signer, times, what it
// covers and what came after it, the digest and the chain.
std::vector<std::string> signature_lines(const sign::SignatureReport& r, std::size_t number, Lang lang);

// The last line: none, all valid, or how many are not.
std::string verdict_line(const VerifyReport& report, Lang lang);

}  // namespace baocao::cycle
