// Fuzz target: template text → parser → evaluator. Any input must end in a
// document or a baocao::Error; a crash, sanitizer report, hang or stack
// overflow is a bug. Includes resolve against a folder that does not exist,
// so the fuzzer cannot read files.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/core/diagnostic.hpp"
#include "engine/template/evaluator.hpp"
#include "engine/template/template_data.hpp"

namespace {

const baocao::tmpl::DatasetTemplateData& data() {
  static const baocao::tmpl::DatasetTemplateData d = [] {
    baocao::Dataset ds;
    ds.period = 2025;
    baocao::Record r;
    r.unit_code = "01", r.unit_name = "Xã An Hòa", r.indicator = "gia_dinh_hoc_tap", r.period = 2025;
    r.numerator = 750, r.denominator = 1000;
    ds.records.push_back(r);
    baocao::Target t;
    t.year = 2025, t.indicator = "gia_dinh_hoc_tap", t.value = baocao::TargetValue::number(70);
    ds.targets.push_back(t);
    return baocao::tmpl::DatasetTemplateData(ds, {}, {{2025, baocao::CivilDate{2025, 12, 10}}}, {});
  }();
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  baocao::tmpl::Limits limits;
  limits.max_loop_iterations = 2000;  // keeps each run fast; the bound itself is what is tested
  limits.max_output_items = 2000;
  baocao::tmpl::Map vars;
  vars["nam"] = baocao::tmpl::Value::of(2025.0);
  try {
    baocao::tmpl::render_text("fuzz.tpl", std::string_view(reinterpret_cast<const char*>(bytes), size),
                              "/nonexistent/baocao-fuzz-root", data(), vars, limits);
  } catch (const baocao::Error&) {
  }
  return 0;
}
