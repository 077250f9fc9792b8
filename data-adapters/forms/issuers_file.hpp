// The issuers register as a clerk keeps it: a CSV file or the first sheet
// of an XLSX workbook, one row per unit (or per level, for what its units
// share) and body, with these columns (headings compared loosely: case,
// diacritics and spacing do not matter):
//
//   ma_don_vi          unit code; blank on a level's row
//   cap                the level of a level's row: xã, phường, tỉnh, thành phố, ...
//   co_quan            which of the unit's bodies: ubnd (default), sgddt, ...
//   ten_co_quan        issuing body as printed: "Sở Giáo dục và Đào tạo";
//                      "{ten}" is the unit's name ("Ủy ban nhân dân {ten}")
//   co_quan_chu_quan   its parent body: "Ủy ban nhân dân tỉnh Ninh Bình"
//   ky_hieu            symbol: UBND, SGDĐT
//   ky_hieu_soan_thao  drafting division: VHXH, GDTX
//   dia_danh           place of the date line; blank = from the unit's name
//   quyen_han          authority lines, separated by ';' or a line break:
//                      "TM. Ủy ban nhân dân; KT. Chủ tịch" (TM., KT., Q., TL., TUQ.)
//   chuc_vu            the signer's title: "Phó Chủ tịch"
//   nguoi_ky           the signer's full name
//   noi_nhan           recipients of every document of the body, ';' or line breaks
//
// Only the first three identify a row; every other column may be absent.
#pragma once

#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/xlsx/xlsx_limits.hpp"
#include "engine/dataset/issuers.hpp"

namespace baocao::forms {

// Every row of the register at `path` (.csv, or .xlsx/.xlsm). Throws
// Error(input) when the file cannot be read and Error(data) listing every
// problem (a row naming neither unit nor level, an unknown level or
// authority prefix, a body key that is not a slug, a row given twice).
std::vector<IssuerEntry> read_issuers_file(const std::string& path, const csv::CsvLimits& csv_limits = {},
                                           const xlsx::Limits& xlsx_limits = {});

}  // namespace baocao::forms
