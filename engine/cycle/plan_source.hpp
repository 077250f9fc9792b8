// Which plan a cycle follows, found the same way by run, calendar, status
// and the schedule: the file named on the command line, else the plan kept
// in the store for the year (`baocao import --plan`), else ke-hoach-YYYY.json
// next to the SQLite store, else in the current directory.
#pragma once

#include <filesystem>
#include <string>

#include "engine/dataset/plan.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

struct PlanSource {
  PlanData plan;
  std::string label;   // the file, or "kho: <file it was imported from>"
  std::string sha256;  // of the plan's text
};

// Throws Error(input, run_no_plan) naming the first place looked at when no
// plan is found, and the plan reader's errors.
PlanSource find_plan(store::Store& store, int year, const std::filesystem::path& given,
                     const std::filesystem::path& store_dir);

}  // namespace baocao::cycle
