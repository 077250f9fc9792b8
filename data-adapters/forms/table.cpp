// The two Table implementations. XLSX cells inside a merged range read as the
// range's top-left value, so a heading merged over two columns names both.
#include "data-adapters/forms/table.hpp"

#include "engine/text/encoding.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::forms {

std::string decode_legacy_font(const std::string& text, std::string_view font_name) {
  auto enc = text::encoding_for_font(font_name);
  if (!enc || *enc == text::Encoding::utf8 || *enc == text::Encoding::utf16) return text;
  return text::decode_font_text(text, *enc);
}

namespace {

class XlsxTable : public Table {
 public:
  XlsxTable(const xlsx::Workbook& b, const xlsx::Sheet& s) : book_(b), sheet_(s) {}
  int rows() const override { return sheet_.max_row; }
  int cols() const override { return sheet_.max_col; }
  TableCell cell(int row, int col) const override {
    TableCell out;
    const xlsx::Cell* c = sheet_.at(row, col);
    if (!c) return out;
    if (c->kind == xlsx::CellKind::number) {
      out.numeric = true;
      out.number = c->number;
      out.text = book_.display(*c);
    } else if (c->kind == xlsx::CellKind::text) {
      out.text = decode_legacy_font(book_.display(*c), book_.font_of(*c));
    } else {
      out.text = book_.display(*c);
    }
    return out;
  }
  Location where(int row, int col) const override {
    Location l = at_file(book_.file);
    l.sheet = sheet_.name;
    l.cell = xlsx::cell_ref(row, col);
    l.line = row;
    return l;
  }

 private:
  const xlsx::Workbook& book_;
  const xlsx::Sheet& sheet_;
};

class CsvTableView : public Table {
 public:
  explicit CsvTableView(const csv::CsvTable& t) : t_(t) {
    for (const auto& r : t_.rows) cols_ = std::max(cols_, static_cast<int>(r.cells.size()));
  }
  int rows() const override { return static_cast<int>(t_.rows.size()); }
  int cols() const override { return cols_; }
  TableCell cell(int row, int col) const override {
    TableCell out;
    if (row < 1 || row > rows()) return out;
    const auto& cells = t_.rows[row - 1].cells;
    if (col >= 1 && col <= static_cast<int>(cells.size())) out.text = cells[col - 1];
    return out;
  }
  Location where(int row, int col) const override {
    Location l = at_file(t_.file);
    if (row >= 1 && row <= rows()) l.line = t_.rows[row - 1].line;
    if (!t_.rows.empty() && col >= 1 && col <= static_cast<int>(t_.rows[0].cells.size()))
      l.field = t_.rows[0].cells[col - 1];
    return l;
  }

 private:
  const csv::CsvTable& t_;
  int cols_ = 0;
};

}  // namespace

std::unique_ptr<Table> xlsx_table(const xlsx::Workbook& book, const xlsx::Sheet& sheet) {
  return std::make_unique<XlsxTable>(book, sheet);
}

std::unique_ptr<Table> csv_table(const csv::CsvTable& csv) {
  return std::make_unique<CsvTableView>(csv);
}

}  // namespace baocao::forms
