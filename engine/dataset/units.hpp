// Administrative units as data (never hard-coded): any number of levels with
// any names, each unit valid for a period, so the 1 July 2025 reform (district
// level abolished, provinces merged) and later changes fit. Plain data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao {

struct UnitRow {
  std::string code;    // GSO code, e.g. "37" (province) or "13285" (commune)
  std::string name;    // "Tỉnh Ninh Bình", "Phường Phủ Lý"
  std::string level;   // "tỉnh", "xã", ... as the hierarchy file names them
  std::string parent;  // code of the unit above; empty at the top
  std::optional<CivilDate> valid_from;  // empty: since ever
  std::optional<CivilDate> valid_to;    // empty: still valid; inclusive
  // Units this one was formed from (a merger): their figures stand in for
  // this unit's in years before valid_from. A code may name a unit that
  // shares this unit's code but ended the day before (GSO keeps codes).
  std::vector<std::string> predecessors;
  Location source;
  // What the proper name is: "" (not stated), "địa danh", "số", "người",
  // "sự kiện" (engine/text/admin_name.hpp; the list's `ten_theo` column).
  std::string name_origin = {};
};

}  // namespace baocao
