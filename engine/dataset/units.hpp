// Administrative units as data (never hard-coded): any number of levels with
// any names, each unit valid for a period, so the 1 July 2025 reform (district
// level abolished, provinces merged) and later changes fit. Plain data: the
// one unit type every stage uses, from the readers and the store up to the
// templates and the forms.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao {

struct Unit {
  std::string code;  // GSO code, e.g. "37" (province) or "13285" (commune)
  std::string name;  // "Tỉnh Ninh Bình", "Phường Phủ Lý"
  // The tier of local government the unit belongs to, as model/levels.hpp
  // names it: "tinh" (tỉnh, thành phố trực thuộc trung ương), "huyen"
  // (huyện, quận, thị xã, thành phố thuộc tỉnh; abolished on 1 July 2025) or
  // "xa" (xã, phường, đặc khu, thị trấn). Lists and plans may call a tier by
  // any of those names; model::level_id() maps them here.
  std::string level = {};
  std::string kind = {};  // how the name calls it: "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", ...
  std::string parent = {};                   // code of the unit above; empty at the top
  std::optional<CivilDate> valid_from = {};  // empty: since ever
  std::optional<CivilDate> valid_to = {};    // empty: still valid; inclusive
  // Units this one was formed from (a merger): their figures stand in for
  // this unit's in years before valid_from. A code may name a unit that
  // shares this unit's code but ended the day before (GSO keeps codes).
  std::vector<std::string> predecessors = {};
  Location source = {};
  // What the proper name is: "" (not stated), "địa danh", "số", "người",
  // "sự kiện" (engine/text/admin_name.hpp; the list's `ten_theo` column).
  std::string name_origin = {};
};

}  // namespace baocao
