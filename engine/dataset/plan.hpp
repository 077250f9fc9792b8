// A plan (Kế hoạch) as data: which levels report to which by what date every
// year, over which period window, with which template. Deadlines differ by
// province and plan; they are never constants in code. Plain data.
#pragma once

#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao {

// Calendar periods (1/1-31/12), or the cut-off windows of Nghị định
// 09/2019/NĐ-CP: a year runs from 15/12 of the previous year to 14/12.
struct PeriodWindow {
  bool cutoff = false;
  int cutoff_day = 15;    // the window starts on this day of the previous month
  int cutoff_month = 12;  // for yearly windows: 15/12 of the previous year
};

struct DeadlineRule {
  std::string id;          // stable id: "xa-bao-cao"
  int day = 0, month = 0;  // every year, e.g. 10/12
  std::string from_level;  // who reports: "xã"
  std::string to_level;    // to the level above; empty with `to` for outside bodies
  std::string to;          // named recipient when outside the hierarchy: "Bộ GD&ĐT"
  std::string what;        // "Báo cáo kết quả xây dựng xã hội học tập"
  std::string template_name;
  bool inspection = false;  // kết quả kiểm tra, e.g. 30/11
  Location source;
};

struct PlanData {
  std::string name;    // "Kế hoạch số 145/KH-UBND ngày 07/11/2022 ..."
  std::vector<std::string> levels;  // top down: {"tỉnh", "xã"}
  PeriodWindow window;
  std::vector<DeadlineRule> deadlines;
  std::string source;  // file it came from
};

}  // namespace baocao
