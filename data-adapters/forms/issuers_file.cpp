#include "data-adapters/forms/issuers_file.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

#include "data-adapters/forms/register_table.hpp"
#include "engine/model/levels.hpp"
#include "engine/text/fold.hpp"

namespace baocao::forms {

namespace {

enum Col { kCode, kLevel, kBody, kName, kParent, kSymbol, kDrafting, kPlace, kAuthority, kTitle, kSigner, kRecipients, kCols };
constexpr const char* kHeadings[kCols] = {"ma_don_vi", "cap",       "co_quan",  "ten_co_quan", "co_quan_chu_quan",
                                          "ky_hieu",   "ky_hieu_soan_thao", "dia_danh", "quyen_han",
                                          "chuc_vu",   "nguoi_ky",  "noi_nhan"};

// "a; b" or lines: the parts, trimmed, without a list's "- " and end marks.
std::vector<std::string> list_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t a = 0;
  while (a <= text.size()) {
    std::size_t b = text.find_first_of(";\n", a);
    if (b == std::string::npos) b = text.size();
    std::string part = trim_cell(text.substr(a, b - a));
    if (part.rfind("- ", 0) == 0) part = trim_cell(part.substr(2));
    while (!part.empty() && (part.back() == '.' || part.back() == ';')) part.pop_back();
    if (!part.empty()) out.push_back(part);
    a = b + 1;
  }
  return out;
}

bool is_slug(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Nghị định 30's authority prefixes (Điều 13); "T.L." and "T.U." as some offices write them.
bool known_authority(const std::string& line) {
  for (const char* p : {"TM. ", "KT. ", "Q. ", "TL. ", "TUQ. ", "T.L. ", "T.U. "})
    if (line.rfind(p, 0) == 0) return true;
  return false;
}

}  // namespace

std::vector<IssuerEntry> read_issuers_file(const std::string& path, const csv::CsvLimits& csv_limits,
                                           const xlsx::Limits& xlsx_limits) {
  csv::CsvTable csv;
  xlsx::Workbook book;
  std::unique_ptr<Table> table = open_register(path, csv_limits, xlsx_limits, csv, book);
  const std::vector<std::optional<int>> col = register_columns(*table, path, kHeadings, kCols);
  if (!col[kCode] && !col[kLevel])
    fail(ErrorFamily::input, MsgId::csv_missing_column, {"ma_don_vi"}, table->where(1, 1));

  std::vector<Diagnostic> problems;
  std::vector<IssuerEntry> out;
  std::map<std::tuple<std::string, std::string, std::string>, int> seen;  // key -> row
  for (int r = 2; r <= table->rows(); ++r) {
    auto get = [&](Col k) { return col[k] ? trim_cell(table->cell(r, *col[k]).text) : std::string(); };
    auto at = [&](Col k) { return table->where(r, col[k].value_or(1)); };
    bool blank = true;
    for (int k = 0; k < kCols; ++k) blank = blank && get(static_cast<Col>(k)).empty();
    if (blank) continue;
    IssuerEntry e;
    e.unit_code = get(kCode);
    const std::string level = get(kLevel);
    if (e.unit_code.empty()) {
      if (level.empty()) {
        problems.push_back({MsgId::issuers_row_without_unit, {}, at(kCode)});
        continue;
      }
      e.level = model::level_id(level);
      if (e.level.empty()) {
        problems.push_back({MsgId::units_unknown_level, {level}, at(kLevel)});
        continue;
      }
    }
    if (std::string body = get(kBody); !body.empty()) e.body = body;
    if (!is_slug(e.body)) problems.push_back({MsgId::issuers_bad_body, {e.body}, at(kBody)});
    e.name = get(kName);
    e.parent_name = get(kParent);
    e.symbol = get(kSymbol);
    e.drafting_symbol = get(kDrafting);
    e.place = get(kPlace);
    e.authority = list_of(get(kAuthority));
    for (const std::string& line : e.authority)
      if (!known_authority(line)) problems.push_back({MsgId::issuers_bad_authority, {line}, at(kAuthority)});
    e.title = get(kTitle);
    e.signer = get(kSigner);
    e.recipients = list_of(get(kRecipients));
    e.source = table->where(r, 1);
    e.source.cell.clear();
    e.source.line = r;
    auto [it, fresh] = seen.emplace(std::make_tuple(e.unit_code, e.level, e.body), r);
    if (!fresh) {
      problems.push_back({MsgId::issuers_duplicate_row,
                          {e.unit_code.empty() ? level : e.unit_code, e.body, std::to_string(it->second)},
                          at(kCode)});
      continue;
    }
    out.push_back(std::move(e));
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  return out;
}

}  // namespace baocao::forms
