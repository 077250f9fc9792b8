// Fuzz target: bytes of a plan (ke-hoach-YYYY.json) → read_plan_json (the
// text gate, JSON, levels, deadlines, ids and template names that become
// paths) and, for a plan that loads, its dated deadlines and period windows
// over a few years. Any input must end in a plan or a baocao::Error, and a
// plan that loads never holds an id or template name that is not a safe code
// nor two deadlines with one id.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/model/calendar.hpp"

namespace {

const std::string& scratch() {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("baocao-fuzz-plan-" + std::to_string(getpid()) + ".json"))
          .string();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  {
    std::ofstream out(scratch(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(size));
  }
  try {
    baocao::PlanData plan = baocao::plan::read_plan_json(scratch());
    std::set<std::string> ids;
    for (const auto& d : plan.deadlines) {
      if (!baocao::is_safe_code(d.id) || !ids.insert(d.id).second) std::abort();
      if (!d.template_name.empty() && !baocao::is_safe_code(d.template_name)) std::abort();
    }
    for (int year : {1900, 2024, 2025, 2100}) {
      baocao::model::deadlines_in(plan, year);
      baocao::model::period_window(plan.window, year);
    }
  } catch (const baocao::Error&) {
  }
  return 0;
}
