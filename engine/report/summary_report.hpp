// The built-in year-end Báo cáo: indicator results against targets, with a
// Phụ lục of figures by unit. It builds the document tree from the model;
// the template engine (engine/template) will let offices edit the wording.
#pragma once

#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/document/document.hpp"
#include "engine/model/rates.hpp"

namespace baocao::report {

// What the issuing office writes around the figures (ND30 boxes 1-9).
struct ReportInfo {
  std::string governing_body;   // "UBND TỈNH NINH BÌNH"
  std::string issuing_body;     // "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
  std::string number_symbol;    // "Số: 25/BC-SGDĐT"
  std::string place;            // "Ninh Bình"
  CivilDate date;
  std::string area;             // "trên địa bàn tỉnh Ninh Bình"
  std::string basis;            // opening sentence: "Thực hiện Kế hoạch số ..."
  std::vector<std::string> authority_lines;  // "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
  std::string signer_name;
  std::vector<std::string> recipients;       // "- UBND tỉnh;", ..., "- Lưu: VT."
};

doc::Document build_summary_report(const model::Summary& summary, const ReportInfo& info);

}  // namespace baocao::report
