// `baocao serve` and `baocao user` as jobs, so the command line only turns
// flags into these options and prints: serving until the process is told
// to stop, and managing accounts from the server's shell.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/cycle/store_location.hpp"
#include "server/options.hpp"

namespace baocao::server {

struct ServeJob {
  cycle::StoreLocation store;
  PortalOptions portal;
  std::string access_log;  // "" = the error stream
  std::string now;         // --now (or BAOCAO_NOW): the clerk's calendar fixed, for tests and demos
};

// "HOST:PORT" or "[IPv6]:PORT" into the options; Error(usage) otherwise.
void set_listen(PortalOptions& o, const std::string& value);

// Opens the store (a wrong path stops here, before listening), migrates it,
// serves until SIGTERM or SIGINT and lets the requests in flight finish.
// Says where it listens and that it stops on `out`.
void serve(ServeJob job, std::ostream& out, std::ostream& err, Lang lang);

struct AccountJob {
  cycle::StoreLocation store;
  std::string role, unit, password_env;
  // Asks for a password when no --password-env names one (a terminal prompt).
  std::function<std::string()> ask_password;
};

// `add NAME`, `list`, `disable NAME`, `enable NAME`, `reset NAME`: the lines
// to print. A password is read from the environment variable the job names,
// else asked; never from the arguments.
std::vector<std::string> run_account_job(const AccountJob& job, const std::vector<std::string>& args, Lang lang);

}  // namespace baocao::server
