// `baocao run --cycle YYYY`: every document of a reporting cycle.
#pragma once

#include <memory>

#include "app/flags.hpp"
#include "engine/cycle/run.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_run_command();

// The flags of `run` that say what goes into the documents (--vars,
// --units, --submissions, --scope, --jobs, --fonts): `schedule` takes them
// too, so both spell and read them here.
void run_content_flags(Flags& f, cycle::RunOptions& o, std::string& fonts);
// The shipped paths with the global --templates (set before commands run)
// and --fonts when given.
cycle::Paths run_paths(const std::string& fonts);

// What `run` and `schedule` print about a run.
void print_run_report(const cycle::RunReport& report, Context& ctx);
// One line per document, or a bar on a terminal.
cycle::RunProgress run_progress(Context& ctx);

}  // namespace baocao::app
