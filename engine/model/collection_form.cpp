// Which levels have a form and which indicators it asks for (from the
// catalogue), and the shared helpers of the form contract (see collection_form.hpp).
#include "engine/model/collection_form.hpp"

#include <algorithm>

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

std::vector<FormColumn> form_columns(const std::vector<const Indicator*>& indicators) {
  std::vector<FormColumn> out;
  int col = kFormFirstIndicatorCol;
  for (const Indicator* i : indicators) {
    FormColumn c{col++, 0};
    if (i->rate) c.denominator = col++;
    out.push_back(c);
  }
  return out;
}

int form_note_col(const std::vector<FormColumn>& columns) {
  int last = kFormFirstIndicatorCol - 1;
  for (const FormColumn& c : columns) last = std::max({last, c.numerator, c.denominator});
  return last + 1;
}

std::vector<const Indicator*> form_indicators(const IndicatorCatalogue& catalogue, bool top_level) {
  return catalogue.reported_at(top_level);
}

std::string level_display_name(std::string_view level) {
  std::string slug = text::slug_vi(level);
  if (slug == "xa") return "xã";
  if (slug == "huyen") return "huyện";
  if (slug == "tinh") return "tỉnh";
  return std::string(level);
}

}  // namespace baocao::model
