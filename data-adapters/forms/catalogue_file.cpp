#include "data-adapters/forms/catalogue_file.hpp"

#include "data-adapters/forms/register_table.hpp"

namespace baocao::forms {

namespace {

constexpr const char* kHeadings[] = {"ma",          "ten",     "tu_so", "mau_so",
                                     "don_vi_tinh", "cap_dem", "loai",  "chuong_trinh"};

// The catalogue's own name of a heading written loosely ("Tử số" -> "tu_so").
std::string canonical(const std::string& heading) {
  const std::string key = register_heading_key(heading);
  for (const char* h : kHeadings)
    if (key == register_heading_key(h)) return h;
  return heading;
}

}  // namespace

bool is_catalogue_header(const std::vector<std::string>& headings) {
  int found = 0;
  for (const char* want : {"ma", "ten", "tu_so", "cap_dem", "loai"})
    for (const std::string& h : headings)
      if (canonical(h) == want) {
        ++found;
        break;
      }
  return found == 5;
}

bool is_catalogue_file(const std::string& path, const csv::CsvLimits& csv_limits, const xlsx::Limits& xlsx_limits) {
  try {
    csv::CsvTable csv;
    xlsx::Workbook book;
    std::unique_ptr<Table> table = open_register(path, csv_limits, xlsx_limits, csv, book);
    if (table->rows() < 1) return false;
    std::vector<std::string> headings;
    for (int c = 1; c <= table->cols(); ++c) headings.push_back(trim_cell(table->cell(1, c).text));
    return is_catalogue_header(headings);
  } catch (const Error&) {
    return false;
  }
}

std::vector<model::Indicator> read_catalogue_file(const std::string& path, const csv::CsvLimits& csv_limits,
                                                  const xlsx::Limits& xlsx_limits) {
  csv::CsvTable csv;
  xlsx::Workbook book;
  std::unique_ptr<Table> table = open_register(path, csv_limits, xlsx_limits, csv, book);
  std::vector<std::vector<std::string>> rows;
  for (int r = 1; r <= table->rows(); ++r) {
    std::vector<std::string> cells;
    for (int c = 1; c <= table->cols(); ++c) {
      std::string text = trim_cell(table->cell(r, c).text);
      cells.push_back(r == 1 ? canonical(text) : text);
    }
    rows.push_back(std::move(cells));
  }
  std::vector<Diagnostic> problems;
  auto where = [&](std::size_t r, std::size_t c) {
    return table->where(static_cast<int>(r) + 1, static_cast<int>(c) + 1);
  };
  std::vector<model::Indicator> out = model::indicators_from_table(rows, where, problems);
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  return out;
}

}  // namespace baocao::forms
