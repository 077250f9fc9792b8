// The document tree: what templates (and the built-in reports) produce and
// every renderer consumes. It says what a document contains, never where it
// goes on a page; layout decides that. Plain data, no behaviour.
// Strings are UTF-8 NFC; renderers assert it.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/civil_date.hpp"

namespace baocao::doc {

enum class Align { left, center, right, justify };

// A run of text with one style.
struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
};
using Spans = std::vector<Span>;

// "I. KẾT QUẢ THỰC HIỆN" (level 1), "1. Mô hình học tập" (2), "a) ..." (3),
// "- ..." (4), as the template's numbering style (GRAMMAR.md, danh_so) sets.
struct Heading {
  int level = 1;
  std::string number;  // "I.", "1.", "2.1.", "a)", "-"; empty for none
  Spans title;
  // How number and title are set (ND30: "I." and "1." bold, "a)" upright).
  bool bold = true;
  bool italic = false;
};

struct Paragraph {
  Spans spans;
  Align align = Align::justify;
  bool first_line_indent = true;
};

// "- item" lists, as ND30 bodies use them. With a label, the list of
// several recipients of a công văn: "Kính gửi:" and one "- …;" line each,
// set as one block centred on the page, the items aligned after the label.
struct List {
  std::string marker = "-";
  std::vector<Spans> items;
  std::string label = {};
};

// How a cell's value is meant: the XLSX writer keeps numbers as numbers
// and applies the matching number format; the PDF shows `text`. A date's
// value is its day count since 1970-01-01.
enum class ValueKind { text, integer, decimal, percent, date };

// How a spreadsheet derives a cell, so the XLSX keeps live formulas (with
// `value` as the cached result) while the PDF shows `content`.
enum class Derived {
  none,
  column_sum,  // SUM of the same column over the table's body rows
  ratio,       // IFERROR(numerator / denominator, ""), cells in the same row
};

struct Cell {
  Spans content;                 // what is shown (already formatted vi-VN)
  std::optional<double> value;   // the number behind it, if any
  ValueKind kind = ValueKind::text;
  Align align = Align::left;
  int col_span = 1;
  int row_span = 1;
  Derived derived = Derived::none;
  int numerator_offset = -2;     // for ratio: grid columns relative to this cell
  int denominator_offset = -1;
};

struct Row {
  std::vector<Cell> cells;
};

struct Table {
  std::string id;                  // stable name, used for XLSX sheet names
  Spans caption;                   // printed above the table
  std::vector<double> column_widths_mm;
  std::vector<Row> header_rows;    // repeated on every page
  std::vector<Row> body_rows;
  std::vector<Row> footer_rows;    // totals
  // Per grid column, the target in percent: spreadsheets mark rates below it.
  std::vector<std::optional<double>> column_targets;
};

struct PageBreak {};

// A bar chart of each unit's (or indicator's) rate against a target, drawn as
// vectors in the PDF and as a native chart in the XLSX.
struct Chart {
  std::string id;
  Spans caption;
  std::vector<std::string> categories;  // bar labels: unit or indicator names
  std::vector<std::optional<double>> values;  // percent; empty = no data
  std::optional<double> target;         // percent; drawn as a line when set
  std::vector<std::optional<double>> targets;  // per category; when given, wins over `target`
  std::string value_label = "Tỷ lệ";
  std::string target_label = "Chỉ tiêu";
};

using Block = std::variant<Heading, Paragraph, List, Table, PageBreak, Chart>;

// ND30 header, boxes 1-5 (see ../shared/ND30.md).
struct Nd30Header {
  std::string governing_body;  // cơ quan chủ quản, may be empty
  std::string issuing_body;    // cơ quan ban hành
  std::string number_symbol;   // "Số: 05/BC-UBND"
  std::string place;           // địa danh
  CivilDate date;
  std::string doc_type;        // "BÁO CÁO"
  std::vector<std::string> summary_lines;  // trích yếu, one entry per line
};

// Nơi nhận (box 9b), bottom left.
struct Recipients {
  std::vector<std::string> items;  // "- Như trên;", ..., "- Lưu: VT."
};

// Signature block (box 7), bottom right.
struct Signature {
  std::vector<std::string> authority_lines;  // "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
  std::string signer_name;
};

// A Phụ lục: its own title, page numbering and orientation.
struct Appendix {
  std::vector<std::string> title_lines;  // "Phụ lục I", "KẾT QUẢ ..."
  bool landscape = false;
  std::vector<Block> blocks;
};

struct Metadata {
  std::string title;
  std::string author;   // cơ quan ban hành
  std::string subject;
  std::string keywords;
};

// Type and spacing the template chooses, within ND30's ranges.
struct Style {
  double body_size = 14;        // 13-14 pt
  double line_spacing = 1.2;    // 1-1.5 times the type size
  double first_indent_mm = 12.7;  // 10-12.7 mm
  double paragraph_gap = 6;     // pt, >= 6
};

struct Document {
  Metadata meta;
  Style style;
  Nd30Header header;
  std::vector<Block> body;
  Recipients recipients;
  Signature signature;
  std::vector<Appendix> appendices;
};

}  // namespace baocao::doc
