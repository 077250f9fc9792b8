// A plan (Kế hoạch) as data: which levels report to which by what date every
// year, over which period window, with which template. Deadlines differ by
// province and plan; they are never constants in code. Plain data.
#pragma once

#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/dataset/bodies.hpp"

namespace baocao {

// Calendar periods (1/1-31/12), or the cut-off windows of Nghị định
// 09/2019/NĐ-CP: a year runs from 15/12 of the previous year to 14/12.
struct PeriodWindow {
  bool cutoff = false;
  int cutoff_day = 15;    // the window starts on this day of the previous month
  int cutoff_month = 12;  // for yearly windows: 15/12 of the previous year
};

// One document a deadline calls for. The plan says, per deadline, what each
// side produces: the reporting units' reports, the receiving unit's
// consolidated report, a reminder to those who have not reported; who
// issues each (the reporting unit or the receiving one, and which of its
// bodies: its UBND, its Sở, ...) and who receives it.
struct DocumentSpec {
  std::string kind;           // "bao-cao", "tong-hop", "cong-van-don-doc", "ke-hoach" (next year's plan)
  std::string template_name;  // file name in the templates directory, without ".tpl"
  // Whose document it is: the reporting unit ("don-vi"), or the unit that
  // receives the reports ("cap-nhan"; only for a deadline within the hierarchy).
  std::string issued_by = "don-vi";
  std::string body = "ubnd";  // the issuing body of that unit, a key of the issuers register
  // Addressees under "Nơi nhận" with the issuer's own standing recipients
  // (where "{dang_ky}" stands, else after these); "{nhan}" is the body that
  // receives the deadline's reports, "{ubnd}" the UBND of the issuing unit.
  std::vector<std::string> recipients = {};
  bool only_when_missing = false;  // a reminder: only while someone has not reported
  // Dated this many days after the deadline (plan key "sau_han"): the
  // receiving side's consolidated report, written once late reports are in.
  // Only the reporting bodies' deadlines take it.
  int days_after = 0;
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
  // What the deadline produces (plan key "van_ban"). A plan that names none
  // gets the usual three for a deadline within the hierarchy (each unit's
  // report from `template_name`, the receiving unit's consolidated report,
  // the reminder) or, for a recipient outside it, each unit's report.
  std::vector<DocumentSpec> documents;
  Location source;
};

struct PlanData {
  std::string name;    // "Kế hoạch số 145/KH-UBND ngày 07/11/2022 ..."
  int first_year = 0, last_year = 0;  // the years it covers ("tu_nam", "den_nam"); 0 = open
  std::vector<std::string> levels;  // top down: {"tỉnh", "xã"}
  PeriodWindow window;
  std::vector<DeadlineRule> deadlines;
  std::string source;  // file it came from
  // The Phụ lục nhiệm vụ (plan key "nhiem_vu") and what each reporting body
  // answers for (plan key "co_quan"): engine/dataset/bodies.hpp.
  std::vector<PlanTask> tasks;
  std::vector<BodyAssignment> assignments;
};

}  // namespace baocao
