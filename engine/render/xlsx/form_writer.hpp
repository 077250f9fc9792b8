// The data-collection form units fill in (`baocao form`): one row per unit,
// the numerator and denominator of each indicator their level reports, on a
// protected sheet where only those cells (and the reporter dropdown and the
// note) can be typed in, each checked by data validation with Vietnamese
// input and error messages. A hidden, protected sheet carries the form's id,
// version, level and period so `baocao import` reads it back with no mapping
// file. The layout is the contract in engine/model/collection_form.hpp.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/dataset/units.hpp"
#include "engine/model/collection_form.hpp"

namespace baocao::render {

struct FormSpec {
  std::string level;  // as the store names it: "xa"
  int period = 0;
  std::vector<Unit> units;  // the rows: code and name
  std::vector<const model::Indicator*> indicators;
  // A reporting body's form (engine/model/collection_form.hpp): the body's
  // code and name, its one row in `units`, and the tasks the plan assigns it
  // on a second sheet. Empty `body`: a level's form.
  std::string body, body_name;
  struct Task {
    std::string id, name;
  };
  std::vector<Task> tasks;
  std::string password;   // sheet protection; "" = none (protection still on)
  long long created = 0;  // document properties; fixed so the same inputs give the same bytes
};

// Writes the form to `out` atomically (temporary file, then rename). The
// form's wording is in `lang`. Throws Error(output) on failure.
void write_collection_form(const std::filesystem::path& out, const FormSpec& spec, Lang lang);

}  // namespace baocao::render
