// Assembles the document tree from the line events the evaluator emits:
// consecutive paragraph lines make one paragraph, "-" items one list, "|"
// rows one table (header rows until |---|, footer rows after |===|, "<" and
// "^" merge cells), "@" directives switch to a Phụ lục or set the next
// table's id, caption and widths.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/template/ast.hpp"
#include "engine/template/limits.hpp"
#include "engine/template/value.hpp"

namespace baocao::tmpl {

// A cell as evaluated: its spans, the value when the cell is one expression.
struct CellValue {
  CellSource::Merge merge = CellSource::Merge::none;
  doc::Spans spans;
  std::optional<Value> value;
  int col_span = 1;  // from a spread item made by the gop_cot filter
  Pos pos;
};

// How a heading level is numbered, as plans number them: "I." (Roman), "A."
// (capital letter), "1.", "1.1." (the number above it, a dot, its own),
// "a)" (Vietnamese alphabet), "-" and "+" (no count).
enum class Numbering { roman, capital, arabic, nested, letter, dash, plus };
// The four levels' numbering from "I. 1. a) -" (danh_so); nullopt when a
// word is none of the above or there are not one to four of them.
std::optional<std::vector<Numbering>> parse_numbering(std::string_view spec);
// The kind of a number written in a heading ("2.1." -> nested).
std::optional<Numbering> numbering_of(std::string_view written);

// The table being filled (outside DocBuilder so it is complete where used).
struct OpenTable {
  doc::Table table;
  std::vector<doc::Row> rows;  // rows of the current section
  int section = 0;             // 0 before |---|, 1 body, 2 footer
  bool had_rule = false;
  std::vector<doc::Align> aligns;
  // Per row of the section, per grid column: which cell covers it.
  std::vector<std::vector<std::pair<int, int>>> grid;
};

class DocBuilder {
 public:
  DocBuilder(const Limits& limits) : limits_(limits) {}

  void blank();
  void paragraph_line(doc::Spans spans, doc::Align align = doc::Align::justify, bool own_paragraph = false);
  void list_item(doc::Spans spans);
  // "Kính gửi:" with its recipients: one stays on the line of "Kính gửi:",
  // centred; several become "- …;" lines, the last ending in ".".
  void addressees(std::vector<std::string> recipients);
  void heading(int level, std::string number, doc::Spans title);
  // Levels 1-4 numbered as `levels` says (missing levels keep the default
  // "I. 1. a) -").
  void set_numbering(std::vector<Numbering> levels);
  // Fails (via the callbacks' positions) on a merge with nothing to join.
  void row(const SourceFile& src, std::vector<CellValue> cells);
  void header_rule(std::vector<doc::Align> aligns);
  void footer_rule();
  void page_break();
  void start_appendix(bool landscape);
  void appendix_title(std::string line);
  void next_table_id(std::string id);
  void next_table_caption(doc::Spans caption);
  void next_table_widths(std::vector<double> mm);
  // Per grid column, the target rates are measured against (XLSX marks those below).
  void next_table_targets(std::vector<std::optional<double>> percents);

  doc::Document& document() { return doc_; }
  // Closes what is open and returns the body and appendices.
  doc::Document finish();

 private:
  void flush();
  void flush_text();
  void close_section();
  void push(doc::Block b);
  void count();
  std::vector<doc::Block>& target();

  const Limits& limits_;
  doc::Document doc_;
  std::optional<doc::Paragraph> para_;
  std::optional<doc::List> list_;
  std::optional<OpenTable> table_;
  std::string next_id_;
  doc::Spans next_caption_;
  std::vector<double> next_widths_;
  std::vector<std::optional<double>> next_targets_;
  int counters_[4] = {0, 0, 0, 0};
  std::string printed_[4];  // each level's last number, for "1.1." below it
  Numbering numbering_[4] = {Numbering::roman, Numbering::arabic, Numbering::letter, Numbering::dash};
  int tables_ = 0;
  long items_ = 0;
};

}  // namespace baocao::tmpl
