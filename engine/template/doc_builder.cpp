// The evaluator's sink: line events in, doc::Document out.
#include "engine/template/doc_builder.hpp"

#include <algorithm>

#include "engine/template/source_location.hpp"
#include "engine/text/vi_case.hpp"

namespace baocao::tmpl {

namespace {

std::string roman(int n) {
  static const std::pair<int, const char*> kParts[] = {
      {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
  std::string out;
  for (auto [v, s] : kParts)
    while (n >= v) out += s, n -= v;
  return out;
}

// ND30 documents letter the third level in the Vietnamese alphabet order.
std::string letter(int n) {
  static const char* kLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                   "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  constexpr int count = static_cast<int>(std::size(kLetters));
  std::string out = kLetters[(n - 1) % count];
  for (int k = (n - 1) / count; k > 0; --k) out += out.substr(0, 1);
  return out;
}

struct Spelling {
  std::string_view text;
  Numbering kind;
};
constexpr Spelling kSpellings[] = {{"I.", Numbering::roman},  {"A.", Numbering::capital}, {"1.", Numbering::arabic},
                                   {"1.1.", Numbering::nested}, {"a)", Numbering::letter},  {"-", Numbering::dash},
                                   {"+", Numbering::plus}};

}  // namespace

std::optional<std::vector<Numbering>> parse_numbering(std::string_view spec) {
  std::vector<Numbering> out;
  std::size_t i = 0;
  while (i < spec.size()) {
    while (i < spec.size() && spec[i] == ' ') ++i;
    if (i == spec.size()) break;
    std::size_t j = spec.find(' ', i);
    if (j == std::string_view::npos) j = spec.size();
    std::string_view word = spec.substr(i, j - i);
    const Spelling* found = nullptr;
    for (const Spelling& s : kSpellings)
      if (word == s.text) found = &s;
    if (!found) return std::nullopt;
    out.push_back(found->kind);
    i = j;
  }
  if (out.empty() || out.size() > 4) return std::nullopt;
  return out;
}

std::optional<Numbering> numbering_of(std::string_view w) {
  if (w == "-") return Numbering::dash;
  if (w == "+") return Numbering::plus;
  if (w.size() >= 2 && w.back() == ')') return Numbering::letter;
  if (w.find_first_of("0123456789") == 0) {
    std::size_t dots = static_cast<std::size_t>(std::count(w.begin(), w.end(), '.'));
    return dots >= 2 || (dots == 1 && w.back() != '.') ? Numbering::nested : Numbering::arabic;
  }
  if (w.find_first_not_of("IVXLC.") == std::string_view::npos) return Numbering::roman;
  if (!w.empty() && w.back() == '.') return Numbering::capital;
  return std::nullopt;
}

void DocBuilder::set_numbering(std::vector<Numbering> levels) {
  for (std::size_t i = 0; i < levels.size() && i < 4; ++i) numbering_[i] = levels[i];
}

std::vector<doc::Block>& DocBuilder::target() {
  return doc_.appendices.empty() ? doc_.body : doc_.appendices.back().blocks;
}

void DocBuilder::count() {
  if (++items_ > limits_.max_output_items)
    throw Error(
        ErrorFamily::template_,
        Diagnostic{MsgId::tpl_limit, {"max_output_items", std::to_string(limits_.max_output_items)}, {}});
}

void DocBuilder::push(doc::Block b) {
  count();
  target().push_back(std::move(b));
}

void DocBuilder::flush_text() {
  if (para_) push(std::move(*para_)), para_.reset();
  if (list_) push(std::move(*list_)), list_.reset();
}

void DocBuilder::close_section() {
  OpenTable& t = *table_;
  auto& dest = t.section == 0   ? t.table.header_rows
               : t.section == 1 ? t.table.body_rows
                                : t.table.footer_rows;
  for (auto& r : t.rows) dest.push_back(std::move(r));
  t.rows.clear();
  t.grid.clear();
}

void DocBuilder::flush() {
  flush_text();
  if (!table_) return;
  if (!table_->had_rule) table_->section = 1;  // no |---|: every row is a body row
  close_section();
  doc::Table t = std::move(table_->table);
  table_.reset();
  push(std::move(t));
}

void DocBuilder::blank() {
  flush();
}

void DocBuilder::paragraph_line(doc::Spans spans, doc::Align align, bool own_paragraph) {
  if (spans.empty()) return;  // a line that evaluated to nothing ("{{ can_cu }}" left blank)
  count();
  if (table_ || list_ || own_paragraph) flush();
  if (para_ && !para_->spans.empty() && !spans.empty()) spans.front().text.insert(0, " ");
  if (!para_) {
    para_.emplace();
    para_->align = align;
    para_->first_line_indent = align == doc::Align::justify;
  }
  for (auto& s : spans) para_->spans.push_back(std::move(s));
  if (own_paragraph) flush();
}

void DocBuilder::list_item(doc::Spans spans) {
  if (table_ || para_) flush();
  if (!list_) list_.emplace();
  count();
  list_->items.push_back(std::move(spans));
}

void DocBuilder::addressees(std::vector<std::string> recipients) {
  flush();
  std::vector<std::string> items;
  for (std::string& r : recipients) {
    // The punctuation is the list's: each ends in ";", the last in ".".
    while (!r.empty() && (r.back() == ';' || r.back() == '.' || r.back() == ',' || r.back() == ' ')) r.pop_back();
    if (!r.empty()) items.push_back(std::move(r));
  }
  if (items.empty()) return;
  const std::string kLabel = "Kính gửi:";
  if (items.size() == 1) {
    paragraph_line({{kLabel + " " + items.front() + ".", false, false}}, doc::Align::center, true);
    return;
  }
  doc::List l;
  l.label = kLabel;
  for (std::size_t i = 0; i < items.size(); ++i)
    l.items.push_back({{items[i] + (i + 1 < items.size() ? ";" : "."), false, false}});
  count();
  push(std::move(l));
}

void DocBuilder::heading(int level, std::string number, doc::Spans title) {
  flush();
  const int i = level - 1;
  ++counters_[i];
  for (int k = i + 1; k < 4; ++k) counters_[k] = 0, printed_[k].clear();
  const int n = counters_[i];
  Numbering kind = numbering_[i];
  if (!number.empty()) {
    kind = numbering_of(number).value_or(kind);  // a written number keeps its own style
  } else {
    switch (kind) {
      case Numbering::roman:
        number = roman(n) + ".";
        break;
      case Numbering::capital:
        number = text::upper_vi(letter(n)) + ".";
        break;
      case Numbering::arabic:
        number = std::to_string(n) + ".";
        break;
      case Numbering::nested: {
        // "2.1.": the number of the nearest level above counted in figures.
        std::string above;
        for (int k = i - 1; k >= 0 && above.empty(); --k)
          if (numbering_[k] == Numbering::arabic || numbering_[k] == Numbering::nested) above = printed_[k];
        while (!above.empty() && above.back() == '.') above.pop_back();
        number = (above.empty() ? "" : above + ".") + std::to_string(n) + ".";
        break;
      }
      case Numbering::letter:
        number = letter(n) + ")";
        break;
      case Numbering::dash:
        number = "-";
        break;
      case Numbering::plus:
        number = "+";
        break;
    }
  }
  printed_[i] = number;
  // ND30: "I." (and "A.") headings in capitals, bold; "1." bold; "1.1." bold
  // italic; "a)", "-", "+" upright.
  doc::Heading h{level, std::move(number), std::move(title)};
  h.bold = kind == Numbering::roman || kind == Numbering::capital || kind == Numbering::arabic ||
           kind == Numbering::nested;
  h.italic = kind == Numbering::nested;
  if (kind == Numbering::roman || kind == Numbering::capital)
    for (auto& s : h.title) s.text = text::upper_vi(s.text);
  push(std::move(h));
}

void DocBuilder::row(const SourceFile& src, std::vector<CellValue> cells) {
  flush_text();
  if (!table_) {
    table_.emplace();
    table_->table.id = next_id_.empty() ? "bang-" + std::to_string(++tables_) : next_id_;
    table_->table.caption = std::move(next_caption_);
    table_->table.column_widths_mm = std::move(next_widths_);
    table_->table.column_targets = std::move(next_targets_);
    next_id_.clear(), next_caption_.clear(), next_widths_.clear(), next_targets_.clear();
  }
  count();
  OpenTable& t = *table_;
  const int r = static_cast<int>(t.rows.size());
  doc::Row out;
  std::vector<std::pair<int, int>> owners;
  for (std::size_t col = 0; col < cells.size(); ++col) {
    CellValue& c = cells[col];
    if (c.merge == CellSource::Merge::left) {
      if (owners.empty()) fail_at(src, c.pos, MsgId::tpl_bad_merge, {"<"});
      auto owner = owners.back();
      if (owner.first == r) out.cells[static_cast<std::size_t>(owner.second)].col_span++;
      owners.push_back(owner);
      continue;
    }
    if (c.merge == CellSource::Merge::up) {
      if (r == 0 || col >= t.grid[static_cast<std::size_t>(r - 1)].size())
        fail_at(src, c.pos, MsgId::tpl_bad_merge, {"^"});
      auto owner = t.grid[static_cast<std::size_t>(r - 1)][col];
      doc::Cell& above =
          t.rows[static_cast<std::size_t>(owner.first)].cells[static_cast<std::size_t>(owner.second)];
      // A cell spanning several columns grows once per row, not once per column.
      if (owner.first + above.row_span - 1 < r) above.row_span++;
      owners.push_back(owner);
      continue;
    }
    doc::Cell cell;
    cell.content = std::move(c.spans);
    bool header = t.section == 0;
    if (c.value) {
      const Value& v = *c.value;
      if (v.kind == Value::Kind::number) {
        cell.value = v.number;
        cell.kind = v.number == static_cast<double>(static_cast<long long>(v.number))
                        ? doc::ValueKind::integer
                        : doc::ValueKind::decimal;
      } else if (v.kind == Value::Kind::string && v.number_kind != doc::ValueKind::text) {
        cell.value = v.number;
        cell.kind = v.number_kind;
      }
      if (cell.value) cell.derived = v.derived;
    }
    // A lone "-" stands for "no figure": centred like the numbers' column heading.
    bool dash = cell.content.size() == 1 && cell.content[0].text == "-";
    cell.align = header || dash ? doc::Align::center : cell.value ? doc::Align::right : doc::Align::left;
    if (!header && col < t.aligns.size() && t.aligns[col] != doc::Align::justify) cell.align = t.aligns[col];
    if (header || t.section == 2)
      for (auto& s : cell.content)
        if (!cell.value) s.bold = true;
    cell.col_span = std::max(1, c.col_span);
    for (int k = 0; k < cell.col_span; ++k) owners.push_back({r, static_cast<int>(out.cells.size())});
    out.cells.push_back(std::move(cell));
  }
  t.grid.push_back(std::move(owners));
  t.rows.push_back(std::move(out));
}

void DocBuilder::header_rule(std::vector<doc::Align> aligns) {
  flush_text();
  if (!table_) return;
  close_section();
  table_->section = 1;
  table_->had_rule = true;
  table_->aligns = std::move(aligns);
}

void DocBuilder::footer_rule() {
  flush_text();
  if (!table_) return;
  if (!table_->had_rule) table_->section = 1, table_->had_rule = true;
  close_section();
  table_->section = 2;
}

void DocBuilder::page_break() {
  flush();
  push(doc::PageBreak{});
}

void DocBuilder::start_appendix(bool landscape) {
  flush();
  doc::Appendix a;
  a.landscape = landscape;
  doc_.appendices.push_back(std::move(a));
  for (int& c : counters_) c = 0;
}

void DocBuilder::appendix_title(std::string line) {
  flush();
  if (doc_.appendices.empty()) start_appendix(false);
  doc_.appendices.back().title_lines.push_back(std::move(line));
}

void DocBuilder::next_table_id(std::string id) {
  flush();
  next_id_ = std::move(id);
}
void DocBuilder::next_table_caption(doc::Spans caption) {
  flush();
  next_caption_ = std::move(caption);
}
void DocBuilder::next_table_widths(std::vector<double> mm) {
  flush();
  next_widths_ = std::move(mm);
}
void DocBuilder::next_table_targets(std::vector<std::optional<double>> percents) {
  flush();
  next_targets_ = std::move(percents);
}

doc::Document DocBuilder::finish() {
  flush();
  return std::move(doc_);
}

}  // namespace baocao::tmpl
