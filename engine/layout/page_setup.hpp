// Page geometry and type sizes, defaulting to Nghị định 30/2020/NĐ-CP,
// Phụ lục I (../shared/ND30.md).
#pragma once

namespace baocao::layout {

struct PageSetup {
  double width_mm = 210, height_mm = 297;  // A4 portrait
  double top_mm = 20, bottom_mm = 20, left_mm = 30, right_mm = 15;
  double body_size = 14;           // 13-14 pt
  double line_spacing = 1.2;       // times the type size; ND30 allows 1-1.5
  double paragraph_gap = 6;        // pt between paragraphs, ND30 asks >= 6
  double first_indent_mm = 12.7;   // 1-1.27 cm
  double header_size = 13;         // cơ quan, số ký hiệu, tiêu ngữ
  double national_title_size = 12; // Quốc hiệu, 12-13 pt
  double recipients_title_size = 12;
  double recipients_size = 11;
  double page_number_size = 13;
  double table_size = 12;
  double appendix_table_size = 10.5;
};

}  // namespace baocao::layout
