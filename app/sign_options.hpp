// The signer's options shared by `baocao sign`, `baocao issue` and `baocao
// run --sign`: one definition of the credential, appearance, time-stamp and
// long-term-validation flags, one way of loading the signer (a key file, a
// PKCS#12 file or a PKCS#11 token). The passphrase or PIN comes only from
// --pass-env / --pin-env VAR or a prompt with echo off on a terminal, never
// from argv, and is never printed or stored.
#pragma once

#include <Poco/Util/OptionSet.h>

#include <string>
#include <vector>

#include "app/command.hpp"
#include "engine/sign/sign_pdf.hpp"

namespace baocao::app {

// A secret typed on the terminal with echo off after `prompt`; Error(usage,
// `needed`) when stdin is not a terminal (a piped secret would sit in a
// script or a shell history).
std::string prompt_secret(Context& ctx, MsgId prompt, MsgId needed);
// The value of the environment variable `var` the user named for a secret.
std::string secret_from_env(const std::string& var);

// The whole of a file the user named (a PDF, an image); Error(input,
// file_not_found) naming it when it cannot be read.
std::string read_input_file(const std::string& file);

class SignerOptions {
 public:
  // --key --cert --chain --p12 --pass-env --pkcs11-module --pkcs11-uri
  // --pin-env --reason --location --seal --tsa --tsa-ca --ltv --crl
  // --ocsp-response --doc-timestamp --strict --max-image-pixels; with
  // `placement` also --page and --rect (`sign` only: `run` signs where the
  // layout put each document's signer block); with `appearance` --image and
  // --invisible (not for `issue`, whose appearance is the seal or text).
  void define(Poco::Util::OptionSet& options, Lang lang, bool placement, bool appearance = true) const;
  // True when `name` was one of these options.
  bool set(const std::string& name, const std::string& value);
  // True when --tsa, --ltv or --doc-timestamp was given.
  bool time_stamps_or_ltv() const { return !tsa_.empty() || ltv_ || doc_timestamp_; }
  // True when any credential option was given.
  bool given() const {
    return !key_.empty() || !cert_.empty() || !p12_.empty() || !pkcs11_uri_.empty() ||
           !pkcs11_module_.empty();
  }
  // Loads the signer, reads images, sets up the TSA and LTV; the caller
  // sets fonts, time and, for `run`, the placement. Warns on ctx.err when
  // the certificate is not valid now (Error(input, sign_cert_not_valid)
  // with --strict). Error(usage, sign_need_credentials) unless exactly one
  // of --key/--cert, --p12 and --pkcs11-uri is given.
  sign::SignOptions load(Context& ctx) const;
  // The same without a key: the certificate (--cert, --chain) for
  // preparing a two-step signature.
  sign::SignOptions load_certificate_only(Context& ctx) const;
  // --tsa/--tsa-ca and --ltv/--crl/--ocsp-response/--doc-timestamp alone
  // (for finishing a two-step signature).
  sign::Timestamper timestamper() const;
  sign::LtvOptions ltv(long long now) const;

 private:
  void check_validity(const X509* cert, Context& ctx) const;
  sign::SignOptions opts_;
  std::string key_, cert_, chain_, p12_, pass_env_, image_, seal_, tsa_, tsa_ca_;
  std::string pkcs11_module_, pkcs11_uri_, pin_env_;
  std::vector<std::string> crls_, ocsps_;
  bool ltv_ = false, doc_timestamp_ = false, strict_ = false;
};

}  // namespace baocao::app
