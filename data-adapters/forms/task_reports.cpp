#include "data-adapters/forms/task_reports.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "data-adapters/forms/table.hpp"
#include "engine/model/bodies.hpp"
#include "engine/text/fold.hpp"

namespace baocao::forms {

namespace {

std::string trim(std::string s) {
  auto a = s.find_first_not_of(" \t\r\n");
  auto b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

// The column `spec` names in the heading row (its last heading part
// compared folded), or its letter; 0 when absent.
int column_of(const Table& t, int header_row, const ColumnSpec& spec) {
  if (!spec.letter.empty()) return xlsx::column_number(spec.letter);
  if (spec.heading.empty()) return 0;
  const std::string want = text::fold_for_match(spec.heading.back());
  for (int c = 1; c <= t.cols(); ++c)
    if (text::fold_for_match(t.cell(header_row, c).text) == want) return c;
  return 0;
}

}  // namespace

std::vector<TaskReport> read_task_reports(const xlsx::Workbook& book, const Mapping& mapping,
                                          std::vector<Diagnostic>& problems) {
  std::vector<TaskReport> out;
  if (!mapping.tasks) return out;
  const TaskColumns& spec = *mapping.tasks;
  const std::string& name = spec.sheet.empty() ? mapping.sheet : spec.sheet;
  const xlsx::Sheet* sheet = name.empty() ? book.first_visible() : book.sheet(name);
  if (!sheet) {
    std::string names;
    for (const auto& sh : book.sheets) names += (names.empty() ? "'" : ", '") + sh.name + "'";
    problems.push_back({MsgId::xlsx_no_sheet, {name, names}, at_file(book.file)});
    return out;
  }
  std::unique_ptr<Table> t = xlsx_table(book, *sheet);
  const int id_col = column_of(*t, spec.header_row, spec.id), status_col = column_of(*t, spec.header_row, spec.status),
            result_col = column_of(*t, spec.header_row, spec.result);
  bool headings = true;
  for (const auto& [col, c] : {std::pair<const ColumnSpec*, int>{&spec.id, id_col}, {&spec.status, status_col},
                               {&spec.result, result_col}})
    if (c == 0) {
      Location where = t->where(spec.header_row, 1);
      where.cell.clear();
      where.field.clear();
      where.line = spec.header_row;
      problems.push_back({MsgId::map_header_not_found, {col->describe(), std::to_string(spec.header_row)}, where});
      headings = false;
    }
  if (!headings) return out;

  std::map<std::string, std::string> seen;  // task -> its cell
  const int last = spec.last_row > 0 ? std::min(spec.last_row, t->rows()) : t->rows();
  for (int r = spec.header_row + 1; r <= last; ++r) {
    const std::string id = trim(t->cell(r, id_col).text), word = trim(t->cell(r, status_col).text),
                      result = trim(t->cell(r, result_col).text);
    if (id.empty() || (word.empty() && result.empty())) continue;
    TaskReport report;
    report.task = id;
    report.result = result;
    report.source = t->where(r, status_col);
    if (word.empty()) {
      problems.push_back({MsgId::task_status_missing, {id}, report.source});
      continue;
    }
    std::optional<std::string> status = model::task_status(word);
    if (!status) {
      problems.push_back({MsgId::task_bad_status, {word}, report.source});
      continue;
    }
    report.status = *status;
    const Location id_cell = t->where(r, id_col);
    auto [it, fresh] = seen.emplace(id, id_cell.cell);
    if (!fresh) {
      problems.push_back({MsgId::task_duplicate, {id, it->second}, id_cell});
      continue;
    }
    out.push_back(std::move(report));
  }
  for (const auto& [cell, task] : {std::pair<const std::string*, const char*>{&spec.difficulties_cell, kDifficultiesTask},
                                   {&spec.proposals_cell, kProposalsTask}}) {
    int row = 0, col = 0;
    if (cell->empty() || !xlsx::parse_cell_ref(*cell, row, col)) continue;
    const std::string text = trim(t->cell(row, col).text);
    if (!text.empty()) out.push_back({"", task, "", text, t->where(row, col)});
  }
  return out;
}

}  // namespace baocao::forms
