// What `baocao serve` configures: where to listen, the store, the shared
// output directory, the trust roots for signed PDFs, and the server's bounds.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/cycle/clock.hpp"
#include "engine/store/store.hpp"

namespace baocao::server {

struct PortalOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (tests)
  // A new connection to the store (the pool calls it once per connection).
  std::function<std::unique_ptr<store::Store>()> open_store;
  std::filesystem::path store_dir;  // the SQLite store's directory: a plan may sit beside it
  // Where documents, errors workbooks and signed copies are written: one
  // directory every instance shares. Each consolidator's unit has its own
  // subdirectory (a run's manifest is per unit).
  std::filesystem::path out;
  std::filesystem::path plan;       // as `run --plan`; default the store's plan for the year
  std::filesystem::path vars;       // the documents' wording, as `run --vars`
  std::filesystem::path trust;      // PEM of the certificates a signed PDF's chain must reach
  std::filesystem::path templates;  // the office's templates directory ("" = none: read only)
  // The clerk's calendar (what day it is, import stamps); sessions and the
  // audit log use the machine's clock.
  std::shared_ptr<const cycle::Clock> clock;
  Lang lang = Lang::vi;  // pages' default language

  // Bounds: worker threads and queued connections (beyond them a
  // connection is refused), request bodies, the store connections. A
  // thread serves one connection while it keeps sending requests (HTTP
  // keep-alive), so threads bound how many browsers are served at once;
  // the others wait in the queue.
  int threads = 64;
  int queue = 64;
  std::size_t max_upload_bytes = 20u << 20;
  std::size_t max_form_bytes = 64u << 10;
  // 0: threads + 2 up to 32 (a page holds one while it reads, a run two;
  // a page waits for one when all are lent). Two instances on one
  // PostgreSQL then stay within its default 100 connections.
  std::size_t store_connections = 0;

  // Addresses of reverse proxies (nginx) whose X-Forwarded-For and
  // X-Forwarded-Proto are believed.
  std::vector<std::string> trusted_proxies = {"127.0.0.1", "::1"};
  std::ostream* access_log = nullptr;  // one line per request; nullptr: none

  bool run_jobs = true;            // this instance runs background jobs
  std::string instance;            // its name in the jobs table; default host:pid
  int job_poll_ms = 500;           // how often an idle runner looks for a job
  int job_threads = 2;             // rendering threads of one run
};

}  // namespace baocao::server
