#include "engine/cycle/plan_source.hpp"

#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/cycle/reference_data.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

PlanSource find_plan(store::Store& store, int year, const fs::path& given, const fs::path& store_dir) {
  const model::IndicatorCatalogue& catalogue = store_catalogue(store);
  auto from_file = [&](const fs::path& p) {
    std::string text = read_bytes(p);
    return PlanSource{plan::read_plan_json_text(text, p.string(), &catalogue), p.string(), sha256_hex(text)};
  };
  std::error_code ec;
  if (!given.empty()) {
    if (!fs::exists(given, ec)) fail(ErrorFamily::input, MsgId::run_no_plan, {given.string()}, at_file(given.string()));
    return from_file(given);
  }
  if (auto kept = store.plan_for(year)) {
    std::string label = "kho: " + kept->source_file;
    return PlanSource{plan::read_plan_json_text(kept->text, label, &catalogue), label, kept->sha256};
  }
  const std::string name = "ke-hoach-" + std::to_string(year) + ".json";
  std::vector<fs::path> candidates;
  if (!store_dir.empty()) candidates.push_back(store_dir / name);
  candidates.push_back(fs::path(name));
  for (const auto& c : candidates)
    if (fs::exists(c, ec)) return from_file(c);
  fail(ErrorFamily::input, MsgId::run_no_plan, {candidates.front().string()});
}

}  // namespace baocao::cycle
