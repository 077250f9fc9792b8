// Signing in `baocao run`; see run_signing.hpp.
#include "engine/cycle/signing.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <ctime>
#include <system_error>

namespace baocao::cycle {

namespace fs = std::filesystem;

std::map<std::string, SignatureRecord> previous_signatures(const fs::path& manifest) {
  std::map<std::string, SignatureRecord> out;
  std::error_code ec;
  if (!fs::is_regular_file(manifest, ec)) return out;
  // A manifest we cannot read only means everything is signed afresh.
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(read_bytes(manifest)).extract<Poco::JSON::Object::Ptr>();
    auto outputs = root->getArray("outputs");
    if (!outputs) return out;
    for (std::size_t i = 0; i < outputs->size(); ++i) {
      auto o = outputs->getObject(static_cast<unsigned>(i));
      if (!o || !o->has("signature")) continue;
      auto s = o->getObject("signature");
      if (!s) continue;
      out[o->getValue<std::string>("file")] = {
          o->getValue<std::string>("sha256"), s->getValue<std::string>("unsigned_sha256"),
          s->getValue<std::string>("signer"), s->getValue<std::string>("cert_sha256")};
    }
  } catch (const std::exception&) {
    out.clear();
  }
  return out;
}

SignatureRecord produce_signed(const fs::path& target, const std::string& file,
                               const std::string& unsigned_pdf, const layout::PagedDocument& doc,
                               const fonts::FontSet& fonts, const RunSigner& signer, bool& changed) {
  SignatureRecord rec{"", sha256_hex(unsigned_pdf), signer.signer, signer.cert_sha256};
  if (auto it = signer.previous.find(file); it != signer.previous.end()) {
    const SignatureRecord& before = it->second;
    std::error_code ec;
    if (before.unsigned_sha256 == rec.unsigned_sha256 && before.cert_sha256 == rec.cert_sha256 &&
        fs::is_regular_file(target, ec) && sha256_file(target) == before.sha256) {
      rec.sha256 = before.sha256;
      changed = false;
      return rec;
    }
  }
  sign::SignOptions o = signer.options;
  o.fonts = &fonts;
  o.time = static_cast<long long>(std::time(nullptr));
  if (auto at = sign::signature_placement(doc)) {
    o.page = at->page;
    o.rect = at->rect;
  } else {
    // No signer's block (nothing to place a picture in): the document is
    // still signed, without an appearance, rather than over its text.
    o.invisible = true;
  }
  fs::create_directories(target.parent_path());
  Produced p = produce_bytes(target, sign::sign_pdf(unsigned_pdf, o));
  rec.sha256 = p.sha256;
  changed = p.changed;
  return rec;
}

}  // namespace baocao::cycle
