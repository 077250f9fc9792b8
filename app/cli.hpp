// The `baocao` command line on Poco::Util::Application: global options
// (--help, --lang, --version), then one subcommand with its own options.
#pragma once

#include <iosfwd>

namespace baocao::app {

// Runs the command line; returns the exit status (README.md lists them).
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace baocao::app
