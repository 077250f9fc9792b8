// Reads the wording around a report (ND30 boxes) from a JSON file.
#pragma once

#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"

namespace baocao::report {

// What the issuing office writes around the figures (ND30 boxes 1-9); the
// report template receives these as variables.
struct ReportInfo {
  std::string governing_body;  // "UBND TỈNH NINH BÌNH"
  std::string issuing_body;    // "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
  std::string number_symbol;   // "Số: 25/BC-SGDĐT"
  std::string place;           // "Ninh Bình"
  CivilDate date;
  std::string area;                          // "trên địa bàn tỉnh Ninh Bình"
  std::string basis;                         // opening sentence: "Thực hiện Kế hoạch số ..."
  std::vector<std::string> authority_lines;  // "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
  std::string signer_name;
  std::vector<std::string> recipients;  // "- UBND tỉnh;", ..., "- Lưu: VT."
};

}  // namespace baocao::report

namespace baocao::json {

// Keys (all strings unless noted): co_quan_chu_quan, co_quan_ban_hanh,
// so_ky_hieu, dia_danh, ngay (YYYY-MM-DD), dia_ban, can_cu,
// quyen_han (array), nguoi_ky, noi_nhan (array). Every string passes the
// NFC gate. Throws Error(input) naming the file on a syntax error.
report::ReportInfo read_report_info(const std::string& path);

}  // namespace baocao::json
