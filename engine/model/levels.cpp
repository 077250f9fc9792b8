#include "engine/model/levels.hpp"

#include <array>
#include <utility>

#include "engine/text/fold.hpp"

namespace baocao::model {

std::string level_id(std::string_view word, bool has_parent) {
  const std::string w = text::fold_for_match(word);
  if (w == "tinh" || w == "cap tinh") return std::string(kProvinceTier);
  if (w == "thanh pho" || w == "thanh pho truc thuoc trung uong" || w == "thu do")
    return std::string(has_parent ? kDistrictTier : kProvinceTier);
  if (w == "huyen" || w == "quan" || w == "thi xa" || w == "cap huyen" || w == "thanh pho thuoc tinh")
    return std::string(kDistrictTier);
  if (w == "xa" || w == "phuong" || w == "dac khu" || w == "thi tran" || w == "cap xa")
    return std::string(kCommuneTier);
  if (w == "co quan" || w == "co_quan" || w == "co-quan" || w == "so, ban, nganh" || w == "co quan, to chuc")
    return std::string(kBodiesTier);
  return {};
}

std::string level_label(std::string_view tier) {
  if (tier == kProvinceTier) return "tỉnh";
  if (tier == kDistrictTier) return "huyện";
  if (tier == kCommuneTier) return "xã";
  if (tier == kBodiesTier) return "cơ quan";
  return std::string(tier);
}

std::string kind_of_name(std::string_view name) {
  // Longest first: "Thành phố" before a shorter kind that starts it.
  static constexpr std::array<std::string_view, 9> kinds = {
      "Thành phố", "Thị trấn", "Đặc khu", "Phường", "Thị xã", "Huyện", "Quận", "Tỉnh", "Xã"};
  for (std::string_view k : kinds)
    if (name.size() > k.size() && name.substr(0, k.size()) == k && name[k.size()] == ' ')
      return std::string(k);
  return {};
}

}  // namespace baocao::model
