// The national catalogue as data, and which level reports which indicator.
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::model {

bool reported_at(const Indicator& i, bool top_level) {
  return i.measured_at == MeasuredAt::lowest || (top_level && i.measured_at == MeasuredAt::top);
}

IndicatorCatalogue::IndicatorCatalogue(std::vector<Indicator> indicators)
    : indicators_(std::move(indicators)) {}

const IndicatorCatalogue& IndicatorCatalogue::national() {
  // Wording follows the roadmap tables of KH 145/KH-UBND Nam Định (2022);
  // QĐ 677's four indicators in that table's order.
  //
  // Who counts what:
  // - The learning models, and the adults of learning families, clans and
  //   communities who become learning citizens, are recognised by each
  //   commune: counted at the lowest level.
  // - Staff of learning units: KH 145 sets the target "trên địa bàn cấp xã",
  //   the same units don_vi_hoc_tap counts there, so the commune counts their
  //   staff too and the province sums it.
  // - Members of the Hội Khuyến học trained on the criteria: the association
  //   keeps its own membership roll and the provincial association organises
  //   the training of "cán bộ, hội viên Hội Khuyến học các cấp" and reports
  //   it; the commune's form does not ask for it.
  // - Citizens with digital skills: measured by the province (digital
  //   transformation statistics), not by each commune.
  static const IndicatorCatalogue kNational({
      {"gia_dinh_hoc_tap", "Gia đình học tập", "Số gia đình được công nhận", "Tổng số hộ gia đình",
       "QĐ 387/QĐ-TTg", MeasuredAt::lowest},
      {"dong_ho_hoc_tap", "Dòng họ học tập", "Số dòng họ được công nhận", "Tổng số dòng họ", "QĐ 387/QĐ-TTg",
       MeasuredAt::lowest},
      {"cong_dong_hoc_tap", "Cộng đồng học tập", "Số thôn, tổ dân phố được công nhận",
       "Tổng số thôn, tổ dân phố", "QĐ 387/QĐ-TTg", MeasuredAt::lowest},
      {"don_vi_hoc_tap", "Đơn vị học tập", "Số cơ quan, đơn vị được công nhận", "Tổng số cơ quan, đơn vị",
       "QĐ 387/QĐ-TTg", MeasuredAt::lowest},
      {"hoi_vien_tap_huan", "Hội viên được tập huấn tiêu chí Công dân học tập",
       "Số cán bộ, hội viên Hội Khuyến học được tập huấn, quán triệt tiêu chí Công dân học tập",
       "Tổng số cán bộ, hội viên Hội Khuyến học", "QĐ 677/QĐ-TTg", MeasuredAt::top},
      {"cong_dan_hoc_tap", "Công dân học tập",
       "Số người lớn trong gia đình, dòng họ, cộng đồng học tập đạt danh hiệu Công dân học tập",
       "Tổng số người lớn trong gia đình, dòng họ, cộng đồng học tập", "QĐ 677/QĐ-TTg", MeasuredAt::lowest},
      {"cong_dan_hoc_tap_don_vi", "Công dân học tập trong đơn vị học tập",
       "Số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập đạt danh hiệu Công dân học tập",
       "Tổng số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập", "QĐ 677/QĐ-TTg",
       MeasuredAt::lowest},
      {"ky_nang_so", "Công dân đạt kỹ năng số", "Số công dân đạt kỹ năng số", "Tổng số công dân",
       "QĐ 677/QĐ-TTg", MeasuredAt::top},
      // What the province's reporting bodies count, each in its own field
      // (the plan assigns them): trained labour (the labour statistics, Sở
      // Nội vụ since 2025), public libraries serving learning on digital
      // platforms (Sở Văn hóa, Thể thao và Du lịch), the learning citizens
      // among a provincial body's own staff (the plans' "100% công chức,
      // viên chức ... đạt danh hiệu Công dân học tập" for sở, ban, ngành), and
      // the members the đoàn thể train in the skills of lifelong learning.
      {"lao_dong_qua_dao_tao", "Lao động qua đào tạo", "Số lao động đang làm việc đã qua đào tạo",
       "Tổng số lao động đang làm việc", "QĐ 1373/QĐ-TTg", MeasuredAt::body},
      {"thu_vien_so", "Thư viện công cộng phục vụ học tập trên môi trường số",
       "Số thư viện công cộng cung cấp dịch vụ học tập trên môi trường số", "Tổng số thư viện công cộng",
       "QĐ 1373/QĐ-TTg", MeasuredAt::body},
      {"cong_chuc_hoc_tap", "Công dân học tập trong cơ quan, đoàn thể",
       "Số cán bộ, công chức, viên chức, người lao động của cơ quan đạt danh hiệu Công dân học tập",
       "Tổng số cán bộ, công chức, viên chức, người lao động của cơ quan", "QĐ 677/QĐ-TTg", MeasuredAt::body},
      {"hoi_vien_boi_duong", "Đoàn viên, hội viên được bồi dưỡng kiến thức, kỹ năng",
       "Số đoàn viên, hội viên được bồi dưỡng kiến thức, kỹ năng học tập suốt đời", "Tổng số đoàn viên, hội viên",
       "QĐ 1373/QĐ-TTg", MeasuredAt::body},
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

std::vector<const Indicator*> IndicatorCatalogue::reported_at(bool top_level) const {
  std::vector<const Indicator*> out;
  for (const Indicator& i : indicators_)
    if (model::reported_at(i, top_level)) out.push_back(&i);
  return out;
}

}  // namespace baocao::model
