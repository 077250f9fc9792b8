// How `baocao run --sign` signs each PDF report as it is produced, and stays
// idempotent although a signature is never the same twice (/M holds the
// signing time, the CMS is fresh). The manifest records, for each signed
// PDF, the SHA-256 of the unsigned rendering and the signer certificate's
// fingerprint; when a later run renders the same unsigned bytes, signs with
// the same certificate, and the file on disk is still the one the manifest
// names, the signed PDF is left untouched (same bytes, inode and mtime).
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "engine/cycle/outputs.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/page.hpp"
#include "engine/sign/sign_pdf.hpp"

namespace baocao::cycle {

// What the manifest says about one signed output.
struct SignatureRecord {
  std::string sha256;           // the signed file
  std::string unsigned_sha256;  // the rendering before signing
  std::string signer;           // the certificate subject's commonName
  std::string cert_sha256;      // SHA-256 of the certificate's DER
};

// The signed outputs a manifest lists, by their "file" (relative to the
// output directory); empty when there is no readable manifest.
std::map<std::string, SignatureRecord> previous_signatures(const std::filesystem::path& manifest);

struct RunSigner {
  sign::SignOptions options;  // credentials, images, reason, location, TSA; no fonts, time or placement
  std::string signer, cert_sha256;
  std::map<std::string, SignatureRecord> previous;
};

// Signs `unsigned_pdf` (the rendering of `doc`) in the signer's block that
// layout placed (invisibly when the document has none) and writes it to
// `target` atomically, unless the previous run's signed file can stay.
// `file` is the target's name in the manifest.
SignatureRecord produce_signed(const std::filesystem::path& target, const std::string& file,
                               const std::string& unsigned_pdf, const layout::PagedDocument& doc,
                               const fonts::FontSet& fonts, const RunSigner& signer, bool& changed);

}  // namespace baocao::cycle
