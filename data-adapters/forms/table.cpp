// The two Table implementations. XLSX cells inside a merged range read as the
// range's top-left value, so a heading merged over two columns names both.
#include "data-adapters/forms/table.hpp"

#include <map>

#include "data-adapters/xlsx/row_stream.hpp"
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
      out.percent = c->percent;
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

// A sheet read_workbook kept only the head of (Sheet::partial): head rows
// from memory, later rows from a RowStream. The form reader asks for rows in
// increasing order, so one row is held at a time; asking for an earlier row
// (the import's second pass) starts a new stream. Top-left cells of merged
// ranges below the head are kept as they pass, since Excel shows them over
// their whole range.
class XlsxStreamTable : public Table {
 public:
  XlsxStreamTable(const xlsx::Workbook& b, const xlsx::Sheet& s) : book_(b), sheet_(s), head_(b, s) {}
  int rows() const override { return sheet_.max_row; }
  int cols() const override { return sheet_.max_col; }
  TableCell cell(int row, int col) const override {
    if (row <= sheet_.head_rows) return head_.cell(row, col);
    seek(row);
    if (!sheet_.merged.empty()) {
      std::int64_t i = sheet_.merge_index.find(row, col);
      if (i >= 0) {
        const xlsx::Range& r = sheet_.merged[static_cast<std::size_t>(i)];
        if (r.first_row <= sheet_.head_rows) return head_.cell(r.first_row, r.first_col);
        if (r.first_row != row) {
          auto it = tops_.find({r.first_row, r.first_col});
          return it != tops_.end() ? it->second : TableCell{};
        }
        col = r.first_col;
      }
    }
    const xlsx::Cell* c = row == current_.row ? current_.find(col) : nullptr;
    return c ? convert(*c) : TableCell{};
  }
  Location where(int row, int col) const override { return head_.where(row, col); }

 private:
  TableCell convert(const xlsx::Cell& c) const {
    TableCell out;
    if (c.kind == xlsx::CellKind::number) {
      out.numeric = true;
      out.percent = c.percent;
      out.number = c.number;
      out.text = book_.display(c);
    } else if (c.kind == xlsx::CellKind::text) {
      out.text = decode_legacy_font(std::string(stream_->text(c)), book_.font_of(c));
    } else if (c.kind == xlsx::CellKind::error) {
      out.text = std::string(stream_->text(c));
    } else {
      out.text = book_.display(c);
    }
    return out;
  }

  // Makes `current_` the first row at or after `row` that holds cells
  // (none once the sheet has ended); rows between `previous_` and it are empty.
  void seek(int row) const {
    if (!stream_ || row <= previous_) {
      stream_ = std::make_unique<xlsx::RowStream>(book_, sheet_);
      current_ = {};
      previous_ = 0;
      ended_ = false;
    }
    while (!ended_ && current_.row < row) {
      if (current_.row > 0) previous_ = current_.row;
      current_ = stream_->next();
      if (current_.row == 0)
        ended_ = true;
      else if (!sheet_.merged.empty())
        keep_merge_tops();
    }
  }

  void keep_merge_tops() const {
    for (const xlsx::Cell* c = current_.begin; c != current_.end; ++c) {
      std::int64_t i = sheet_.merge_index.find(c->row, c->col);
      if (i < 0) continue;
      const xlsx::Range& r = sheet_.merged[static_cast<std::size_t>(i)];
      if (r.first_row == c->row && r.first_col == c->col) tops_[{c->row, c->col}] = convert(*c);
    }
  }

  const xlsx::Workbook& book_;
  const xlsx::Sheet& sheet_;
  XlsxTable head_;
  mutable std::unique_ptr<xlsx::RowStream> stream_;
  mutable xlsx::RowView current_;
  mutable int previous_ = 0;  // the last row passed before `current_`
  mutable bool ended_ = false;
  mutable std::map<std::pair<int, int>, TableCell> tops_;
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
  if (sheet.partial) return std::make_unique<XlsxStreamTable>(book, sheet);
  return std::make_unique<XlsxTable>(book, sheet);
}

std::unique_ptr<Table> csv_table(const csv::CsvTable& csv) {
  return std::make_unique<CsvTableView>(csv);
}

}  // namespace baocao::forms
