// The manifest of a run (manifest.json, or manifest-YYYY-MM-DD.json for one
// deadline): what was produced from what. Inputs by hash (plan, vars, units
// list, receipt registers, the store's content as read, the issuers
// register, templates, fonts), and each output with its hash, kind, unit,
// issuer and signer, its key (output_keys.hpp: what it was made from) and
// its signature when signed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/cycle/inputs.hpp"
#include "engine/cycle/run.hpp"

namespace baocao::cycle {

std::string manifest_json(const RunOptions& options, const Paths& paths, const CycleInputs& in,
                          const std::vector<OutputEntry>& outputs);

// What an earlier manifest says of one output.
struct PreviousOutput {
  std::string sha256;
  std::optional<OutputKey> key;  // empty: none, or not readable
  std::optional<SignatureRecord> signature;
};

// The outputs `manifest` lists, by file; empty when there is none or it
// cannot be read (everything is then produced).
std::map<std::string, PreviousOutput> previous_outputs(const std::filesystem::path& manifest);

}  // namespace baocao::cycle
