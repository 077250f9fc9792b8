#include "data-adapters/forms/bodies_file.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include "data-adapters/forms/register_table.hpp"
#include "engine/core/output_path.hpp"
#include "engine/model/bodies.hpp"
#include "engine/text/fold.hpp"

namespace baocao::forms {

namespace {

enum Col { kCode, kName, kKind, kUnit, kCols };
constexpr const char* kHeadings[kCols] = {"ma_co_quan", "ten_co_quan", "loai", "ma_don_vi"};

// A code names files (<code>-bao-cao.pdf) and rows: the characters every
// code that becomes a path may hold (engine/core/output_path.hpp), and short.
bool fit_for_files(const std::string& code) {
  return code.size() <= 32 && is_safe_code(code);
}

}  // namespace

std::vector<ReportingBody> read_bodies_file(const std::string& path, const csv::CsvLimits& csv_limits,
                                            const xlsx::Limits& xlsx_limits) {
  csv::CsvTable csv;
  xlsx::Workbook book;
  std::unique_ptr<Table> table = open_register(path, csv_limits, xlsx_limits, csv, book);
  const std::vector<int> col = required_register_columns(*table, path, kHeadings, kCols);

  std::vector<Diagnostic> problems;
  std::vector<ReportingBody> out;
  std::map<std::string, int> seen;  // code -> row
  for (int r = 2; r <= table->rows(); ++r) {
    auto get = [&](Col k) { return trim_cell(table->cell(r, col[k]).text); };
    auto at = [&](Col k) { return table->where(r, col[k]); };
    bool blank = true;
    for (int k = 0; k < kCols; ++k) blank = blank && get(static_cast<Col>(k)).empty();
    if (blank) continue;
    ReportingBody b;
    b.code = get(kCode);
    b.name = get(kName);
    b.unit_code = get(kUnit);
    const std::string kind = get(kKind);
    bool ok = true;
    for (Col k : {kCode, kName, kKind, kUnit})
      if (get(k).empty()) {
        problems.push_back({MsgId::bodies_missing_value, {kHeadings[k]}, at(k)});
        ok = false;
      }
    if (!b.code.empty() && !fit_for_files(b.code)) {
      problems.push_back({MsgId::bodies_bad_code, {b.code}, at(kCode)});
      ok = false;
    }
    if (!kind.empty()) {
      b.kind = model::body_kind_key(kind);
      if (b.kind.empty()) {
        problems.push_back({MsgId::bodies_unknown_kind, {kind, model::body_kind_list()}, at(kKind)});
        ok = false;
      }
    }
    b.source = table->where(r, 1);
    b.source.cell.clear();
    b.source.line = r;
    b.unit_source = at(kUnit);
    if (!b.code.empty()) {
      auto [it, fresh] = seen.emplace(b.code, r);
      if (!fresh) {
        problems.push_back({MsgId::bodies_duplicate, {b.code, std::to_string(it->second)}, at(kCode)});
        ok = false;
      }
    }
    if (ok) out.push_back(std::move(b));
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  return out;
}

}  // namespace baocao::forms
