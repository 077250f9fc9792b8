// The signer's flags shared by `baocao sign`, `baocao issue` and `baocao run
// --sign`, into cycle::SignerSource (engine/cycle/signer_source.hpp), and
// the terminal prompt for a passphrase or PIN: echo off, only on a terminal.
// A secret comes from --pass-env / --pin-env VAR or that prompt, never from
// argv, and is never printed or stored.
#pragma once

#include "app/flags.hpp"
#include "engine/cycle/signer_source.hpp"

namespace baocao::app {

// --key --cert --chain --p12 --pass-env --pkcs11-module --pkcs11-uri
// --pin-env --reason --location --seal --tsa --tsa-ca --ltv --crl
// --ocsp-response --doc-timestamp --strict --max-image-pixels; with
// `placement` also --page and --rect (`sign` only: `run` signs where the
// layout put each document's signer block); with `appearance` --image and
// --invisible (not for `issue`, whose appearance is the seal or text).
void signer_flags(Flags& f, cycle::SignerSource& s, bool placement, bool appearance = true);

// Asks on the terminal; warnings go to ctx.err.
cycle::SignerPrompts terminal_prompts(Context& ctx);

}  // namespace baocao::app
