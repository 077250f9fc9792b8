// The indicators of the national programmes (QĐ 387/QĐ-TTg learning models,
// QĐ 677/QĐ-TTg citizen indicators): each a rate recognised / total, with the
// level of the hierarchy that counts it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
};

// Whether the units of a level report `i`: their own count or the sum of
// those counted below them. `top_level`: the level is the top of the
// hierarchy (its units have no parent). Never for an indicator of the bodies.
bool reported_at(const Indicator& i, bool top_level);

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
  // The indicators the units of a level report (see reported_at), in order.
  std::vector<const Indicator*> reported_at(bool top_level) const;

 private:
  std::vector<Indicator> indicators_;
};

}  // namespace baocao::model
