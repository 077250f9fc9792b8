#include "engine/render/docx/wordml.hpp"

#include <cmath>

#include "engine/text/display.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::render::docx {

std::string twips(double pt) {
  return std::to_string(std::lround(pt * 20));
}

double mm_to_pt(double mm) {
  return mm * 72 / 25.4;
}

std::string half_points(double pt) {
  return std::to_string(std::lround(pt * 2));
}

namespace {

const char* jc(doc::Align a) {
  switch (a) {
    case doc::Align::left: return "left";
    case doc::Align::center: return "center";
    case doc::Align::right: return "right";
    case doc::Align::justify: return "both";
  }
  return "left";
}

bool changes_something(const ParagraphProps& p) {
  return !p.style.empty() || p.keep_next || p.keep_lines || p.page_break_before || p.rule_below || p.tab || p.before ||
         p.after || p.line || p.left || p.right || p.first_line || p.hanging || p.align || p.size ||
         p.outline_level;
}

}  // namespace

void paragraph_properties(XmlWriter& x, const ParagraphProps& p) {
  if (!changes_something(p)) return;
  x.open("w:pPr");
  if (!p.style.empty()) x.empty("w:pStyle", {{"w:val", p.style}});
  if (p.keep_next) x.empty("w:keepNext");
  if (p.keep_lines) x.empty("w:keepLines");
  if (p.page_break_before) x.empty("w:pageBreakBefore");
  if (p.rule_below) {
    x.open("w:pBdr");
    // w:sz is in eighths of a point.
    x.empty("w:bottom", {{"w:val", "single"},
                         {"w:sz", std::to_string(std::lround(*p.rule_below * 8))},
                         {"w:space", "0"},
                         {"w:color", "000000"}});
    x.close();
  }
  if (p.tab) {
    x.open("w:tabs");
    x.empty("w:tab", {{"w:val", "left"}, {"w:pos", twips(*p.tab)}});
    x.close();
  }
  if (p.before || p.after || p.line) {
    Attrs a;
    if (p.before) a.emplace_back("w:before", twips(*p.before));
    if (p.after) a.emplace_back("w:after", twips(*p.after));
    if (p.line) {
      a.emplace_back("w:line", twips(*p.line));
      a.emplace_back("w:lineRule", p.line_exact ? "exact" : "atLeast");
    }
    x.empty("w:spacing", a);
  }
  if (p.left || p.right || p.first_line || p.hanging) {
    Attrs a;
    if (p.left) a.emplace_back("w:left", twips(*p.left));
    if (p.right) a.emplace_back("w:right", twips(*p.right));
    if (p.hanging)
      a.emplace_back("w:hanging", twips(*p.hanging));
    else if (p.first_line)
      a.emplace_back("w:firstLine", twips(*p.first_line));
    x.empty("w:ind", a);
  }
  if (p.align) x.empty("w:jc", {{"w:val", jc(*p.align)}});
  if (p.outline_level) x.empty("w:outlineLvl", {{"w:val", std::to_string(*p.outline_level)}});
  if (p.size) {
    x.open("w:rPr");
    x.empty("w:sz", {{"w:val", half_points(*p.size)}});
    x.empty("w:szCs", {{"w:val", half_points(*p.size)}});
    x.close();
  }
  x.close();
}

void run_properties(XmlWriter& x, const RunProps& r) {
  if (!r.bold && !r.italic && !r.size) return;
  x.open("w:rPr");
  const Attrs off{{"w:val", "0"}};
  if (r.bold) x.empty("w:b", *r.bold ? Attrs{} : off), x.empty("w:bCs", *r.bold ? Attrs{} : off);
  if (r.italic) x.empty("w:i", *r.italic ? Attrs{} : off), x.empty("w:iCs", *r.italic ? Attrs{} : off);
  if (r.size) {
    x.empty("w:sz", {{"w:val", half_points(*r.size)}});
    x.empty("w:szCs", {{"w:val", half_points(*r.size)}});
  }
  x.close();
}

void text_run(XmlWriter& x, const std::string& text, const RunProps& r) {
  if (text.empty()) return;
  text::require_nfc(text);
  // What the PDF draws: tab and line breaks as a space, default-ignorable
  // characters (bidirectional overrides, zero-width joiners, soft hyphens)
  // not at all, so Word never shows another order or another word than
  // the PDF the leader signs.
  const std::string shown = text::drawn_text(text);
  if (shown.empty()) return;
  x.open("w:r");
  run_properties(x, r);
  // Word drops spaces at either end of a w:t unless told to keep them.
  const bool edges = shown.front() == ' ' || shown.back() == ' ' || shown.find("  ") != std::string::npos;
  x.element("w:t", shown, edges ? Attrs{{"xml:space", "preserve"}} : Attrs{});
  x.close();
}

void span_runs(XmlWriter& x, const doc::Spans& spans, const RunProps& base) {
  for (const doc::Span& s : spans) {
    RunProps r = base;
    if (s.bold) r.bold = true;
    if (s.italic) r.italic = true;
    text_run(x, s.text, r);
  }
}

void plain_table_look(XmlWriter& x) {
  x.empty("w:tblLook", {{"w:val", "0000"},
                        {"w:firstRow", "0"},
                        {"w:lastRow", "0"},
                        {"w:firstColumn", "0"},
                        {"w:lastColumn", "0"},
                        {"w:noHBand", "1"},
                        {"w:noVBand", "1"}});
}

void paragraph(XmlWriter& x, const ParagraphProps& p, const doc::Spans& spans, const RunProps& base) {
  x.open("w:p");
  paragraph_properties(x, p);
  span_runs(x, spans, base);
  x.close();
}

void lines_paragraph(XmlWriter& x, const ParagraphProps& p, const std::vector<std::string>& lines,
                     const RunProps& r) {
  x.open("w:p");
  paragraph_properties(x, p);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      x.open("w:r");
      run_properties(x, r);
      x.empty("w:br");
      x.close();
    }
    text_run(x, lines[i], r);
  }
  x.close();
}

}  // namespace baocao::render::docx
