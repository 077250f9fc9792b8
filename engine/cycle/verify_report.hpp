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

// For each signature: its heading, role, signer, times, what it covers and
// what came after it, the digest and the chain; then the verdict (none, all
// valid, or how many are not).
std::vector<std::string> verify_lines(const VerifyReport& report, Lang lang);

}  // namespace baocao::cycle
