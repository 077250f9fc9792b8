// The issuers register (sổ cơ quan ban hành) as data: for each unit and each
// of its bodies (its UBND, its Sở Giáo dục và Đào tạo, ...), how the body is
// printed in a document's header, its symbol and place, who signs for it and
// with what authority, and whom its documents always go to. One register
// serves every document of a cycle, so each unit's report carries its own
// signer, never the one of the office that runs the cycle. Plain data.
#pragma once

#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao {

// One row. A row names a unit (`unit_code`), or, with `unit_code` empty, a
// level (`level`, a tier: model/levels.hpp) whose units take its fields
// when their own row lacks them. Text may hold "{ten}": the unit's name as
// running text writes it ("xã Yên Khánh").
struct IssuerEntry {
  std::string unit_code;
  std::string level;
  std::string body = "ubnd";      // which of the unit's bodies: "ubnd", "sgddt", ...
  std::string name;               // ten_co_quan: "Ủy ban nhân dân {ten}", "Sở Giáo dục và Đào tạo"
  std::string parent_name;        // co_quan_chu_quan: "Ủy ban nhân dân tỉnh Ninh Bình"; "" for none
  std::string symbol;             // ky_hieu: "UBND", "SGDĐT"
  std::string drafting_symbol;    // ky_hieu_soan_thao: the drafting division, "VHXH", "GDTX"
  std::string place;              // dia_danh: "Ninh Bình"; "" = from the unit's name
  std::vector<std::string> authority;  // quyen_han lines: {"TM. Ủy ban nhân dân", "KT. Chủ tịch"}
  std::string title;              // chuc_vu: "Phó Chủ tịch"
  std::string signer;             // nguoi_ky: "Trần Văn Bình"; "" = not known
  std::vector<std::string> recipients;  // noi_nhan: standing recipients of its documents
  Location source = {};
};

}  // namespace baocao
