// Which levels have a form and which indicators it asks for (from the
// catalogue), and the shared helpers of the form contract (see collection_form.hpp).
#include "engine/model/collection_form.hpp"

#include "engine/text/vi_slug.hpp"

namespace baocao::model {

std::string column_letters(int col) {
  std::string s;
  for (; col > 0; col = (col - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
  return s;
}

bool is_form_level(std::string_view level) {
  std::string slug = text::slug_vi(level);
  return slug == "xa" || slug == "huyen" || slug == "tinh";
}

std::vector<const Indicator*> form_indicators(bool top_level) {
  return IndicatorCatalogue::national().reported_at(top_level);
}

std::string level_display_name(std::string_view level) {
  std::string slug = text::slug_vi(level);
  if (slug == "xa") return "xã";
  if (slug == "huyen") return "huyện";
  if (slug == "tinh") return "tỉnh";
  return std::string(level);
}

}  // namespace baocao::model
