// The indicators of the national programmes (QĐ 387/QĐ-TTg learning models,
// QĐ 677/QĐ-TTg citizen indicators): each a rate recognised / total.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace baocao::model {

struct Indicator {
  std::string id;           // stable id used in files: "gia_dinh_hoc_tap"
  std::string name;         // "Gia đình học tập"
  std::string numerator;    // what is counted: "Số gia đình được công nhận"
  std::string denominator;  // out of what: "Tổng số hộ gia đình"
  std::string programme;    // "QĐ 387/QĐ-TTg" or "QĐ 677/QĐ-TTg"
};

class IndicatorCatalogue {
 public:
  // The built-in national catalogue, in the order reports list it.
  static const IndicatorCatalogue& national();

  explicit IndicatorCatalogue(std::vector<Indicator> indicators);
  const std::vector<Indicator>& all() const { return indicators_; }
  // nullptr when `id` is unknown.
  const Indicator* find(std::string_view id) const;
  // Position in report order; all().size() when unknown.
  std::size_t order(std::string_view id) const;

 private:
  std::vector<Indicator> indicators_;
};

}  // namespace baocao::model
