// What `run` shares with `schedule` (the flags of what goes into the
// documents) and `render` (the paths of templates and fonts).
#pragma once

#include <string>

#include "app/flags.hpp"
#include "engine/cycle/run.hpp"

namespace baocao::app {

// The flags of `run` that say what goes into the documents (--vars,
// --units, --submissions, --scope, --jobs, --fonts): `schedule` takes them
// too, so both spell and read them here.
void run_content_flags(Flags& f, cycle::RunOptions& o, std::string& fonts);
// The shipped paths with the global --templates (set before commands run)
// and --fonts when given.
cycle::Paths run_paths(const std::string& fonts);

}  // namespace baocao::app
