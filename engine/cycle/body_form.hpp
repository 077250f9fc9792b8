// A reporting body's form (`baocao form --body CODE`): its one row, the
// indicators the plan assigns it and its tasks (engine/model/
// collection_form.hpp), from the store's bodies register and the plan a
// cycle of that year follows.
#pragma once

#include <filesystem>
#include <string>

#include "engine/render/xlsx/form_writer.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

// The form of body `code` for `period`. The plan is `plan`, else the
// store's for the year, else ke-hoach-YYYY.json in `store_dir` (plan_source.hpp).
// Throws Error(usage, form_unknown_body) for a code the register lacks and
// Error(data, form_body_not_assigned) for a body the plan gives no indicator.
render::FormSpec body_form_spec(store::Store& store, int period, const std::string& code,
                                const std::filesystem::path& plan, const std::filesystem::path& store_dir);

}  // namespace baocao::cycle
