// The reporting bodies' part of a plan file (see plan_json.hpp):
//
//   "nhiem_vu": [ { "ma": "NV01", "noi_dung": "Tuyên truyền ...",
//                   "chu_tri": "Sở Văn hóa, Thể thao và Du lịch",
//                   "phoi_hop": "Hội Khuyến học tỉnh", "thoi_gian": "Cả năm {nam}",
//                   "san_pham": "Tin, bài, chuyên mục" }, ... ],
//   "co_quan":  [ { "ma": "SVHTTDL", "chi_so": ["thu_vien_so", "cong_chuc_hoc_tap"],
//                   "nhiem_vu": ["NV01", "NV02"] }, ... ]
//
// "nhiem_vu" is the plan's Phụ lục nhiệm vụ; "co_quan" says, per reporting
// body (by its code in the bodies register), the indicators (catalogue ids)
// and tasks it reports on.
#pragma once

#include <Poco/JSON/Object.h>

#include <vector>

#include "engine/dataset/plan.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::plan {

// Reads both lists of `o` into `plan`, appending every problem (a task
// without id or given twice, a body given twice, an unknown task or
// indicator of `catalogue`, when given) to `problems`, each naming the plan file.
void read_plan_bodies(const Poco::JSON::Object::Ptr& o, const model::IndicatorCatalogue* catalogue, PlanData& plan,
                      std::vector<Diagnostic>& problems);

}  // namespace baocao::plan
