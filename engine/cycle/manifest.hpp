// The manifest of a run (manifest.json, or manifest-YYYY-MM-DD.json for one
// deadline): what was produced from what. Inputs by hash (plan, vars, units
// list, receipt registers, the store's content as read, the issuers
// register, templates, fonts), and each output with its hash, kind, unit,
// issuer and signer, and its signature when signed.
#pragma once

#include <string>
#include <vector>

#include "engine/cycle/inputs.hpp"
#include "engine/cycle/run.hpp"

namespace baocao::cycle {

std::string manifest_json(const RunOptions& options, const Paths& paths, const CycleInputs& in,
                          const std::vector<OutputEntry>& outputs);

}  // namespace baocao::cycle
