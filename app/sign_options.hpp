// The signer's options shared by `baocao sign` and `baocao run --sign`: one
// definition of the credential and appearance flags, one way of loading the
// key (the passphrase only from --pass-env VAR or a prompt with echo off on
// a terminal, never from argv, never printed or stored).
#pragma once

#include <Poco/Util/OptionSet.h>

#include <string>

#include "app/command.hpp"
#include "engine/sign/sign_pdf.hpp"

namespace baocao::app {

// The whole of a file the user named (a PDF, an image); Error(input,
// file_not_found) naming it when it cannot be read.
std::string read_input_file(const std::string& file);

class SignerOptions {
 public:
  // --key --cert --chain --p12 --pass-env --reason --location --image --seal
  // --invisible --tsa; with `placement` also --page and --rect (`sign` only:
  // `run` signs where the layout put each document's signer block).
  void define(Poco::Util::OptionSet& options, Lang lang, bool placement) const;
  // True when `name` was one of these options.
  bool set(const std::string& name, const std::string& value);
  // True when any credential option was given.
  bool given() const { return !key_.empty() || !cert_.empty() || !p12_.empty(); }
  // Reads credentials and images and sets up the TSA; the caller sets fonts,
  // time and, for `run`, the placement. Error(usage, sign_need_credentials)
  // unless exactly one of --key/--cert and --p12 is given.
  sign::SignOptions load(Context& ctx) const;

 private:
  sign::SignOptions opts_;
  std::string key_, cert_, chain_, p12_, pass_env_, image_, seal_, tsa_;
};

}  // namespace baocao::app
