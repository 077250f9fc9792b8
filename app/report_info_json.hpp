// Reads the wording around a report (ND30 boxes) from a JSON file.
#pragma once

#include <string>

#include "engine/report/summary_report.hpp"

namespace baocao::app {

// Keys (all strings unless noted): co_quan_chu_quan, co_quan_ban_hanh,
// so_ky_hieu, dia_danh, ngay (YYYY-MM-DD), dia_ban, can_cu,
// quyen_han (array), nguoi_ky, noi_nhan (array). Every string passes the
// NFC gate. Throws Error(input) naming the file on a syntax error.
report::ReportInfo read_report_info(const std::string& path);

}  // namespace baocao::app
