// Reporting bodies as data: the province's departments, the Mặt trận, the
// mass organisations and associations (sở, ban, ngành, Ủy ban Mặt trận Tổ
// quốc, Hội Liên hiệp Phụ nữ, Tỉnh đoàn, Hội Khuyến học, ...) that report
// their part of the plan beside the administrative units. They are not units
// of the hierarchy: each belongs to a UBND (its province) and answers for the
// indicators and tasks the plan assigns it. Plain data.
#pragma once

#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao {

// One row of the bodies register.
struct ReportingBody {
  std::string code;       // "SNV": names its files and its rows in forms; unique in a store
  std::string name;       // as printed in running text: "Sở Nội vụ", "Hội Khuyến học tỉnh"
  std::string kind;       // a key of model/bodies.hpp: "so", "ban", "nganh", "mat-tran", "doan-the", "hoi"
  std::string unit_code;  // the unit whose UBND it belongs to: "37"
  Location source = {};   // its row
  Location unit_source = {};  // the cell of unit_code, for a code the store does not know
};

// A task of the plan's Phụ lục nhiệm vụ. "{nam}" in `time` is the year the
// task is planned for ("Cả năm {nam}", "Quý II - IV/{nam}").
struct PlanTask {
  std::string id;        // "NV01"
  std::string name;      // noi_dung
  std::string lead;      // chu_tri, as printed: "Sở Văn hóa, Thể thao và Du lịch"
  std::string partners;  // phoi_hop, as printed
  std::string time;      // thoi_gian
  std::string product;   // san_pham
};

// What the plan asks a body to report on: indicators (catalogue ids) and
// tasks (PlanTask ids).
struct BodyAssignment {
  std::string body;  // ReportingBody::code
  std::vector<std::string> indicators;
  std::vector<std::string> tasks;
};

// A body's account of one task, as its form gives it. Two reserved ids
// carry the body's own text on the year rather than a task.
struct TaskReport {
  std::string unit_code;  // the body; "" until the store knows the file's one unit
  std::string task;       // PlanTask::id, or kDifficultiesTask / kProposalsTask
  std::string status;     // kTaskDone, kTaskInProgress, kTaskNotStarted; "" for the reserved ids
  std::string result;     // what was done, in the body's words
  Location source = {};
};

inline constexpr const char* kTaskDone = "hoàn thành";
inline constexpr const char* kTaskInProgress = "đang thực hiện";
inline constexpr const char* kTaskNotStarted = "chưa thực hiện";
// "Khó khăn, hạn chế" and "Đề xuất, kiến nghị" of the body's report.
inline constexpr const char* kDifficultiesTask = "_han_che";
inline constexpr const char* kProposalsTask = "_kien_nghi";

}  // namespace baocao
