// WordprocessingML building blocks shared by the parts: units, paragraph
// and run properties written in the order the schema fixes (Word refuses a
// part whose elements are out of order), and text runs.
#pragma once

#include <optional>
#include <string>

#include "engine/document/document.hpp"
#include "engine/render/docx/xml_writer.hpp"

namespace baocao::render::docx {

// Twentieths of a point (Word's "dxa"), as text.
std::string twips(double pt);
// Points of a length in millimetres.
double mm_to_pt(double mm);
// Half-points (w:sz), as text: 10.5 pt -> "21".
std::string half_points(double pt);

// The properties of a paragraph that differ from its style.
struct ParagraphProps {
  std::string style;  // style id; "" for Normal
  bool keep_next = false;
  bool keep_lines = false;
  bool page_break_before = false;
  std::optional<double> rule_below;  // bottom border of this width in points (a rule)
  std::optional<double> tab;         // a left tab stop, points from the left margin
  std::optional<double> before, after, line;  // points; line: at least that much
  bool line_exact = false;
  std::optional<double> left, right, first_line, hanging;  // points
  std::optional<doc::Align> align;
  std::optional<double> size;  // of the paragraph mark (an empty rule line's height)
  std::optional<int> outline_level;  // 0-8: the heading level Word's navigation pane shows
};

// <w:pPr>...</w:pPr>; nothing when `p` changes nothing.
void paragraph_properties(XmlWriter& x, const ParagraphProps& p);

// A run's own formatting: set values are written (false as "off", so a
// run can be upright in a bold style), unset ones come from the style.
struct RunProps {
  std::optional<bool> bold, italic;
  std::optional<double> size;  // points
};

// <w:rPr>...</w:rPr> (nothing when empty), used in runs and styles.
void run_properties(XmlWriter& x, const RunProps& r);

// One run of text, as the PDF draws it (text::drawn_text): tab, line feed
// and carriage return as a space, default-ignorable characters left out;
// no-break spaces kept (they keep a proper name on one line in Word too).
void text_run(XmlWriter& x, const std::string& text, const RunProps& r);

// The runs of `spans`: a span's bold or italic wins over `base`'s.
void span_runs(XmlWriter& x, const doc::Spans& spans, const RunProps& base);

// <w:tblLook> of a table that takes nothing from a table style (first row,
// banding): its formatting is its own.
void plain_table_look(XmlWriter& x);

// A whole paragraph of `spans`.
void paragraph(XmlWriter& x, const ParagraphProps& p, const doc::Spans& spans, const RunProps& base = {});

// A whole paragraph of lines set apart by line breaks (w:br), one style.
void lines_paragraph(XmlWriter& x, const ParagraphProps& p, const std::vector<std::string>& lines,
                     const RunProps& r);

}  // namespace baocao::render::docx
