// `baocao run --cycle YYYY`: every document of a reporting cycle.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_run_command();

// The options of `run` that say what goes into the documents (--vars,
// --units, --submissions, --scope, --jobs, --fonts): `schedule` passes them
// through to the runs it starts, so both spell them from here.
void define_run_content_options(Poco::Util::OptionSet& o, Lang lang);

}  // namespace baocao::app
