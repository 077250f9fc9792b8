// A plan as a JSON file a clerk can edit (see samples/ninh-binh/ke-hoach-2025.json):
//
//   { "ten": "Kế hoạch số 145/KH-UBND ...",
//     "cap": ["tỉnh", "xã"],                       // levels, top down
//     "ky_so_lieu": "lich" | "cat_15_12",            // calendar year, or 15/12-14/12
//     "han_nop": [ { "ma": "xa-bao-cao", "tu_cap": "xã", "den_cap": "tỉnh",
//                    "ngay": "10/12", "noi_dung": "...", "mau": "bao-cao-xa",
//                    "kiem_tra": false,
//                    "van_ban": [ { "loai": "bao-cao" | "tong-hop" | "cong-van-don-doc",
//                                   "mau": "bao-cao-xa", "ban_hanh": "don-vi" | "cap-nhan",
//                                   "co_quan": "ubnd", "noi_nhan": ["{nhan} (để tổng hợp)"],
//                                   "khi": "con-don-vi-chua-nop" }, ... ] }, ... ] }
//
// "den" names a recipient outside the hierarchy (e.g. "Bộ GD&ĐT") instead of "den_cap".
// "tu_cap": "cơ quan" is a deadline of the reporting bodies (plan_bodies.hpp:
// the plan's "nhiem_vu" and "co_quan"), whose receiving side's documents may
// be dated "sau_han": N days after it, and may include "loai": "ke-hoach".
// "van_ban" lists what the deadline produces (engine/dataset/plan.hpp, DocumentSpec);
// without it, the usual documents of the deadline's kind.
#pragma once

#include <string>

#include "engine/dataset/plan.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::plan {

// Throws Error(input) on a syntax error and Error(data) listing every bad
// deadline or level. The indicators assigned to reporting bodies are
// `catalogue`'s: the store's, once an office has added its own; nullptr
// leaves them unchecked (a reader that needs only the deadlines).
PlanData read_plan_json(const std::string& path,
                        const model::IndicatorCatalogue* catalogue = &model::IndicatorCatalogue::national());
// The same from a plan's text (a plan kept in the store); `path` names it in messages.
PlanData read_plan_json_text(const std::string& text, const std::string& path,
                             const model::IndicatorCatalogue* catalogue = &model::IndicatorCatalogue::national());

}  // namespace baocao::plan
