// Which indicators each level's form asks for, and the shared helpers of the
// form contract (see collection_form.hpp).
#include "engine/model/collection_form.hpp"

#include "engine/text/vi_slug.hpp"

namespace baocao::model {

std::string column_letters(int col) {
  std::string s;
  for (; col > 0; col = (col - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
  return s;
}

std::vector<const Indicator*> form_indicators(std::string_view level) {
  std::string slug = text::slug_vi(level);
  const auto& all = IndicatorCatalogue::national().all();
  std::vector<const Indicator*> out;
  if (slug != "xa" && slug != "huyen" && slug != "tinh") return out;
  for (const Indicator& i : all)
    if (slug == "tinh" || i.id != "ky_nang_so") out.push_back(&i);
  return out;
}

std::string level_display_name(std::string_view level) {
  std::string slug = text::slug_vi(level);
  if (slug == "xa") return "xã";
  if (slug == "huyen") return "huyện";
  if (slug == "tinh") return "tỉnh";
  return std::string(level);
}

}  // namespace baocao::model
