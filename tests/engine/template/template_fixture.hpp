// Shared by the template tests: a small real dataset (two communes, two
// years, a blank target) and helpers that render template text.
#pragma once

#include <filesystem>
#include <string>

#include "engine/core/diagnostic.hpp"
#include "engine/template/evaluator.hpp"
#include "engine/template/template_data.hpp"

namespace baocao::tmpl::test {

inline Record rec(const char* unit, const char* name, const char* ind, int year, double n, double d) {
  Record r;
  r.unit_code = unit;
  r.unit_name = name;
  r.indicator = ind;
  r.period = year;
  r.numerator = n;
  r.denominator = d;
  return r;
}

inline DatasetTemplateData sample_data() {
  Dataset d;
  d.period = 2025;
  d.records = {rec("01", "Xã An Hòa", "gia_dinh_hoc_tap", 2025, 750, 1000),
               rec("02", "Phường Bắc Sơn", "gia_dinh_hoc_tap", 2025, 300, 500),
               rec("01", "Xã An Hòa", "gia_dinh_hoc_tap", 2024, 700, 1000),
               rec("02", "Phường Bắc Sơn", "gia_dinh_hoc_tap", 2024, 280, 500),
               rec("01", "Xã An Hòa", "dong_ho_hoc_tap", 2025, 10, 20)};
  Target t1;
  t1.year = 2025, t1.indicator = "gia_dinh_hoc_tap", t1.value = TargetValue::number(70);
  Target t2;
  t2.year = 2025, t2.indicator = "dong_ho_hoc_tap";  // blank: no target
  d.targets = {t1, t2};
  std::map<int, CivilDate> deadlines{{2025, CivilDate{2025, 12, 10}}};
  std::vector<SubmissionRecord> subs{{"01", 2025, CivilDate{2025, 12, 12}}};
  std::vector<Unit> units{{"01", "Xã An Hòa"}, {"02", "Phường Bắc Sơn"}, {"03", "Xã Cát Tiên"}};
  return DatasetTemplateData(std::move(d), std::move(units), std::move(deadlines), std::move(subs));
}

inline Map sample_vars() {
  Map m;
  m["nam"] = Value::of(2025.0);
  m["ty_le_chung"] = Value::of(75.0);
  return m;
}

constexpr const char* kHeader = "---\nngay: 2025-12-20\n---\n";  // three lines before the body

inline doc::Document render(const std::string& body, const std::filesystem::path& root = ".") {
  static const DatasetTemplateData data = sample_data();
  return render_text("mau.tpl", std::string(kHeader) + body, root, data, sample_vars());
}

// The English rendering of the error `body` raises (empty when none).
inline std::string error_of(const std::string& body, const std::filesystem::path& root = ".",
                            const Limits& limits = {}) {
  static const DatasetTemplateData data = sample_data();
  try {
    render_text("mau.tpl", std::string(kHeader) + body, root, data, sample_vars(), limits);
  } catch (const Error& e) {
    return e.render(Lang::en);
  }
  return {};
}

inline std::string error_vi(const std::string& body) {
  static const DatasetTemplateData data = sample_data();
  try {
    render_text("mau.tpl", std::string(kHeader) + body, ".", data, sample_vars());
  } catch (const Error& e) {
    return e.render(Lang::vi);
  }
  return {};
}

inline std::string text_of(const doc::Spans& spans) {
  std::string s;
  for (const auto& x : spans) s += x.text;
  return s;
}

}  // namespace baocao::tmpl::test
