#include "data-adapters/forms/register_table.hpp"

#include <algorithm>
#include <filesystem>

#include "engine/text/fold.hpp"

namespace baocao::forms {

std::unique_ptr<Table> open_register(const std::string& path, const csv::CsvLimits& csv_limits,
                                     const xlsx::Limits& xlsx_limits, csv::CsvTable& csv, xlsx::Workbook& book) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".xlsx" || ext == ".xlsm") {
    book = xlsx::read_workbook(path, xlsx_limits);
    const xlsx::Sheet* sheet = book.first_visible();
    if (!sheet) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(path));
    return xlsx_table(book, *sheet);
  }
  csv = csv::read_csv(path, csv_limits);
  return csv_table(csv);
}

std::vector<std::optional<int>> register_columns(const Table& table, const std::string& path,
                                                 const char* const* headings, int count) {
  if (table.rows() < 1) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(path));
  std::vector<std::optional<int>> col(count);
  for (int c = 1; c <= table.cols(); ++c) {
    const std::string key = register_heading_key(table.cell(1, c).text);
    for (int k = 0; k < count; ++k)
      if (key == register_heading_key(headings[k]) && !col[k]) col[k] = c;
  }
  return col;
}

std::vector<int> required_register_columns(const Table& table, const std::string& path,
                                           const char* const* headings, int count) {
  const std::vector<std::optional<int>> found = register_columns(table, path, headings, count);
  std::vector<int> col(count);
  for (int k = 0; k < count; ++k) {
    if (!found[k]) fail(ErrorFamily::input, MsgId::csv_missing_column, {headings[k]}, table.where(1, 1));
    col[k] = *found[k];
  }
  return col;
}

std::string register_heading_key(const std::string& text) {
  std::string k = text::fold_for_match(text);
  std::replace(k.begin(), k.end(), '_', ' ');
  return k;
}

std::string trim_cell(std::string s) {
  auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && space(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

}  // namespace baocao::forms
