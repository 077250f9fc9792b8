// The indicators of the national programmes (QĐ 387/QĐ-TTg learning models,
// QĐ 677/QĐ-TTg citizen indicators): each a rate recognised / total, with the
// level of the hierarchy that counts it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao::model {

// The level that counts an indicator. Level names are data (the units'
// "cap", the plan's "cap": "xã", "phường", "huyện", "tỉnh", any names), and a
// province has two levels since the 2025 reform and had three before it; so
// the catalogue names a place in the hierarchy, not a level name. A unit
// list is one province's or the national list of provinces and communes, so
// its top (units without a parent) is the province.
enum class MeasuredAt {
  // The lowest level (xã, phường, đặc khu): each unit counts its own; every
  // level above (huyện in a 3-level plan, tỉnh) reports the sum of its units.
  lowest,
  // The top, the province that issues the plan: counted once for the whole
  // province by the province's own bodies; no level below reports it.
  top,
  // By the reporting bodies (sở, ban, ngành, đoàn thể, hội; engine/dataset/
  // bodies.hpp), each for its own field or its own staff, on the forms the
  // plan gives them: no administrative unit's form asks for it.
  body,
};

struct Indicator {
  std::string id;           // stable id used in files: "gia_dinh_hoc_tap"
  std::string name;         // "Gia đình học tập"
  std::string numerator;    // what is counted: "Số gia đình được công nhận"
  std::string denominator;  // out of what: "Tổng số hộ gia đình"
  std::string programme;    // "QĐ 387/QĐ-TTg" or "QĐ 677/QĐ-TTg"
  MeasuredAt measured_at = MeasuredAt::lowest;
  // A rate (numerator / denominator, in percent: its targets stay within
  // 0–100%) or a count (a number of schools, of centres: no denominator).
  bool rate = true;
  // What a count's target and figures are counted in ("trường", "trung
  // tâm"); "%" for a rate.
  std::string unit = "%";
};

// Whether the units of a level report `i`: their own count or the sum of
// those counted below them. `top_level`: the level is the top of the
// hierarchy (its units have no parent). Never for an indicator of the bodies.
bool reported_at(const Indicator& i, bool top_level);

// The catalogue as a table (the shipped data/chi-so.tsv, an office's file):
// a row of headings, then one row per indicator, with these columns:
//   ma            id: lower-case ASCII letters, digits and '_'
//   ten           name
//   tu_so         numerator wording ("Số gia đình được công nhận")
//   mau_so        denominator wording; blank for a count
//   don_vi_tinh   "%" for a rate; what a count counts ("lớp", "trường")
//   cap_dem       who counts it: thap_nhat (each unit of the lowest level),
//                 cao_nhat (the province once), co_quan (reporting bodies)
//   loai          ty_le (a rate) or so_luong (a count)
//   chuong_trinh  the programme that sets it ("QĐ 1373/QĐ-TTg")
// `rows[0]` holds the headings; `where(row, col)` (0-based) names a cell.
// Problems are appended; rows with one are left out.
std::vector<Indicator> indicators_from_table(const std::vector<std::vector<std::string>>& rows,
                                             const std::function<Location(std::size_t, std::size_t)>& where,
                                             std::vector<Diagnostic>& problems);

// The catalogue words of `measured_at` and back ("thap_nhat", "cao_nhat", "co_quan").
const char* measured_at_name(MeasuredAt m);
bool measured_at_of(std::string_view name, MeasuredAt& out);

class IndicatorCatalogue {
 public:
  // The national catalogue shipped as data_dir()/data/chi-so.tsv, read
  // once, in the order reports list it. Throws Error(input) when the file
  // is missing or wrong.
  static const IndicatorCatalogue& national();
  // The file national() reads.
  static std::string national_file();

  explicit IndicatorCatalogue(std::vector<Indicator> indicators);
  const std::vector<Indicator>& all() const { return indicators_; }
  // nullptr when `id` is unknown.
  const Indicator* find(std::string_view id) const;
  // Position in report order; all().size() when unknown.
  std::size_t order(std::string_view id) const;
  // The indicators the units of a level report (see reported_at), in order.
  std::vector<const Indicator*> reported_at(bool top_level) const;

 private:
  std::vector<Indicator> indicators_;
};

}  // namespace baocao::model
