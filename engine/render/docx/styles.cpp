#include "engine/render/docx/styles.hpp"

#include <sstream>

#include "engine/render/docx/wordml.hpp"

namespace baocao::render::docx {

namespace {

struct StyleDef {
  const char* id;
  const char* name;
  const char* based_on;  // nullptr: Normal
  const char* next;      // nullptr: itself
  bool gallery;          // shown among the quick styles
  ParagraphProps p;
  RunProps r;
  int outline = -1;  // heading level 0-3: Word's navigation pane lists it
};

void write_style(XmlWriter& x, const StyleDef& s) {
  x.open("w:style", {{"w:type", "paragraph"}, {"w:styleId", s.id}, {"w:customStyle", "1"}});
  x.empty("w:name", {{"w:val", s.name}});
  x.empty("w:basedOn", {{"w:val", s.based_on ? s.based_on : "Normal"}});
  x.empty("w:next", {{"w:val", s.next ? s.next : s.id}});
  x.empty("w:uiPriority", {{"w:val", "1"}});
  if (s.gallery) x.empty("w:qFormat");
  ParagraphProps p = s.p;
  p.style.clear();
  if (s.outline >= 0) p.outline_level = s.outline;
  paragraph_properties(x, p);
  run_properties(x, s.r);
  x.close();
}

}  // namespace

std::string styles_xml(const layout::PageSetup& s) {
  const double body = s.body_size;
  const double body_line = body * s.line_spacing;
  const double indent = mm_to_pt(s.first_indent_mm);
  using A = doc::Align;
  auto block = [](double size, A align) {
    ParagraphProps p;
    p.line = size * kBlockLeading;
    p.align = align;
    return p;
  };
  auto with = [](ParagraphProps p, auto&& change) {
    change(p);
    return p;
  };
  ParagraphProps body_p;
  body_p.after = s.paragraph_gap;
  body_p.line = body_line;
  body_p.first_line = indent;
  body_p.align = A::justify;
  ParagraphProps heading_p = with(body_p, [](ParagraphProps& p) { p.keep_next = true; });
  auto table_p = [&](double size) {
    ParagraphProps p;
    p.line = size * s.line_spacing;
    p.first_line = 0;
    return p;
  };
  ParagraphProps rule_p;
  rule_p.line = kRuleGap;
  rule_p.line_exact = true;
  rule_p.after = 2;
  const RunProps bold{true, std::nullopt, std::nullopt};
  const StyleDef defs[] = {
      {style::kBody, "ND30 Nội dung", nullptr, nullptr, true, body_p, {}},
      {style::kHeading[0], "ND30 Đề mục 1", style::kBody, style::kBody, true, heading_p, bold, 0},
      {style::kHeading[1], "ND30 Đề mục 2", style::kBody, style::kBody, true, heading_p, bold, 1},
      {style::kHeading[2], "ND30 Đề mục 3", style::kBody, style::kBody, true, heading_p, {}, 2},
      {style::kHeading[3], "ND30 Đề mục 4", style::kBody, style::kBody, true, heading_p, {}, 3},
      {style::kListItem, "ND30 Gạch đầu dòng", style::kBody, nullptr, true, body_p, {}},
      {style::kNationalTitle, "ND30 Quốc hiệu", nullptr, style::kMotto, false,
       block(s.national_title_size, A::center), {true, std::nullopt, s.national_title_size}},
      {style::kMotto, "ND30 Tiêu ngữ", nullptr, nullptr, false, block(s.header_size, A::center),
       {true, std::nullopt, s.header_size}},
      {style::kGoverningBody, "ND30 Cơ quan chủ quản", nullptr, style::kIssuingBody, false,
       block(s.header_size, A::center), {std::nullopt, std::nullopt, s.header_size}},
      {style::kIssuingBody, "ND30 Cơ quan ban hành", nullptr, nullptr, false, block(s.header_size, A::center),
       {true, std::nullopt, s.header_size}},
      {style::kNumber, "ND30 Số, ký hiệu", nullptr, nullptr, false, block(s.header_size, A::center),
       {std::nullopt, std::nullopt, s.header_size}},
      {style::kPlaceDate, "ND30 Địa danh, ngày", nullptr, nullptr, false, block(body, A::center),
       {std::nullopt, true, std::nullopt}},
      {style::kDocType, "ND30 Tiêu đề", nullptr, style::kSummary, true,
       with(block(body, A::center), [](ParagraphProps& p) { p.keep_next = true; }), bold},
      {style::kSummary, "ND30 Trích yếu", nullptr, nullptr, true,
       with(block(body, A::center), [](ParagraphProps& p) { p.keep_next = true; }), bold},
      {style::kLetterSummary, "ND30 Trích yếu công văn", nullptr, nullptr, false, block(s.header_size, A::center),
       {std::nullopt, std::nullopt, s.header_size}},
      {style::kRecipientsTitle, "ND30 Nơi nhận", nullptr, style::kRecipient, true,
       block(s.recipients_title_size, A::left), {true, true, s.recipients_title_size}},
      {style::kRecipient, "ND30 Nơi nhận (các nơi)", nullptr, nullptr, false, block(s.recipients_size, A::left),
       {std::nullopt, std::nullopt, s.recipients_size}},
      {style::kAuthority, "ND30 Quyền hạn, chức vụ", nullptr, nullptr, true, block(body, A::center), bold},
      {style::kSigner, "ND30 Người ký", nullptr, nullptr, true, block(body, A::center), bold},
      {style::kAppendixTitle, "ND30 Phụ lục", nullptr, nullptr, true,
       with(block(body, A::center), [](ParagraphProps& p) { p.keep_next = true; }), bold},
      {style::kCaption, "ND30 Tên bảng", nullptr, nullptr, true,
       with(block(body, A::center),
            [&](ParagraphProps& p) {
              p.keep_next = true;
              p.line = body_line;
              p.after = 3;
            }),
       {}},
      {style::kTable, "ND30 Bảng", nullptr, nullptr, true, table_p(s.table_size),
       {std::nullopt, std::nullopt, s.table_size}},
      {style::kAppendixTable, "ND30 Bảng phụ lục", style::kTable, nullptr, false, table_p(s.appendix_table_size),
       {std::nullopt, std::nullopt, s.appendix_table_size}},
      {style::kPageNumber, "ND30 Số trang", nullptr, nullptr, false, block(s.page_number_size, A::center),
       {std::nullopt, std::nullopt, s.page_number_size}},
      {style::kRule, "ND30 Đường kẻ", nullptr, nullptr, false, rule_p, {std::nullopt, std::nullopt, 1}},
  };

  std::ostringstream out;
  XmlWriter x(out);
  x.root("w:styles", {"w"});
  // Every run is Times New Roman (ND30) in the body size, Vietnamese.
  x.open("w:docDefaults");
  x.open("w:rPrDefault");
  x.open("w:rPr");
  x.empty("w:rFonts", {{"w:ascii", "Times New Roman"},
                       {"w:hAnsi", "Times New Roman"},
                       {"w:cs", "Times New Roman"},
                       {"w:eastAsia", "Times New Roman"}});
  x.empty("w:sz", {{"w:val", half_points(body)}});
  x.empty("w:szCs", {{"w:val", half_points(body)}});
  x.empty("w:lang", {{"w:val", "vi-VN"}, {"w:eastAsia", "vi-VN"}, {"w:bidi", "ar-SA"}});
  x.close();
  x.close();
  x.open("w:pPrDefault");
  x.open("w:pPr");
  x.empty("w:widowControl");
  x.empty("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
  x.close();
  x.close();
  x.close();
  x.open("w:style", {{"w:type", "paragraph"}, {"w:default", "1"}, {"w:styleId", "Normal"}});
  x.empty("w:name", {{"w:val", "Normal"}});
  x.empty("w:qFormat");
  x.close();
  x.open("w:style", {{"w:type", "character"}, {"w:default", "1"}, {"w:styleId", "DefaultParagraphFont"}});
  x.empty("w:name", {{"w:val", "Default Paragraph Font"}});
  x.empty("w:uiPriority", {{"w:val", "1"}});
  x.empty("w:semiHidden");
  x.empty("w:unhideWhenUsed");
  x.close();
  x.open("w:style", {{"w:type", "table"}, {"w:default", "1"}, {"w:styleId", "TableNormal"}});
  x.empty("w:name", {{"w:val", "Normal Table"}});
  x.empty("w:uiPriority", {{"w:val", "99"}});
  x.empty("w:semiHidden");
  x.empty("w:unhideWhenUsed");
  x.open("w:tblPr");
  x.empty("w:tblInd", {{"w:w", "0"}, {"w:type", "dxa"}});
  x.open("w:tblCellMar");
  x.empty("w:top", {{"w:w", "0"}, {"w:type", "dxa"}});
  x.empty("w:left", {{"w:w", "108"}, {"w:type", "dxa"}});
  x.empty("w:bottom", {{"w:w", "0"}, {"w:type", "dxa"}});
  x.empty("w:right", {{"w:w", "108"}, {"w:type", "dxa"}});
  x.close();
  x.close();
  x.close();
  for (const StyleDef& d : defs) write_style(x, d);
  x.finish();
  return out.str();
}

}  // namespace baocao::render::docx
