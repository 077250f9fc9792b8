#include "engine/model/indicator_catalogue.hpp"

namespace baocao::model {

IndicatorCatalogue::IndicatorCatalogue(std::vector<Indicator> indicators)
    : indicators_(std::move(indicators)) {}

const IndicatorCatalogue& IndicatorCatalogue::national() {
  // Wording follows the roadmap tables of KH 145/KH-UBND Nam Định (2022).
  static const IndicatorCatalogue kNational({
      {"gia_dinh_hoc_tap", "Gia đình học tập", "Số gia đình được công nhận",
       "Tổng số hộ gia đình", "QĐ 387/QĐ-TTg"},
      {"dong_ho_hoc_tap", "Dòng họ học tập", "Số dòng họ được công nhận", "Tổng số dòng họ",
       "QĐ 387/QĐ-TTg"},
      {"cong_dong_hoc_tap", "Cộng đồng học tập", "Số thôn, tổ dân phố được công nhận",
       "Tổng số thôn, tổ dân phố", "QĐ 387/QĐ-TTg"},
      {"don_vi_hoc_tap", "Đơn vị học tập", "Số cơ quan, đơn vị được công nhận",
       "Tổng số cơ quan, đơn vị", "QĐ 387/QĐ-TTg"},
      {"cong_dan_hoc_tap", "Công dân học tập",
       "Số người lớn trong gia đình, dòng họ, cộng đồng học tập đạt danh hiệu Công dân học tập",
       "Tổng số người lớn trong gia đình, dòng họ, cộng đồng học tập", "QĐ 677/QĐ-TTg"},
      {"ky_nang_so", "Công dân đạt kỹ năng số", "Số công dân đạt kỹ năng số",
       "Tổng số công dân", "QĐ 677/QĐ-TTg"},
  });
  return kNational;
}

const Indicator* IndicatorCatalogue::find(std::string_view id) const {
  for (const auto& i : indicators_)
    if (i.id == id) return &i;
  return nullptr;
}

std::size_t IndicatorCatalogue::order(std::string_view id) const {
  for (std::size_t k = 0; k < indicators_.size(); ++k)
    if (indicators_[k].id == id) return k;
  return indicators_.size();
}

}  // namespace baocao::model
