// `baocao sign` and `baocao verify` (PAdES digital signatures).
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao sign IN.pdf --out OUT.pdf (--key K.pem --cert C.pem [--chain CH.pem] | --p12 F.p12)
//  [--pass-env VAR] [--reason T] [--location T] [--image P.png] [--seal P.png] [--invisible]
//  [--page N] [--rect x,y,w,h] [--tsa URL] [--fonts manifest.json]`
std::unique_ptr<Command> make_sign_command();

// `baocao verify FILE.pdf [--trust CA.pem]`: exit 0 only when every signature is valid.
std::unique_ptr<Command> make_verify_command();

}  // namespace baocao::app
