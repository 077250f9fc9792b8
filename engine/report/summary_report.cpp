#include "engine/report/summary_report.hpp"

#include "engine/text/normalize.hpp"
#include "engine/text/vi_case.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::report {

namespace {

using doc::Align;
using doc::Cell;
using doc::ValueKind;

Cell text_cell(std::string s, Align a = Align::left, int col_span = 1, int row_span = 1) {
  Cell c;
  c.content = {{std::move(s), false, false}};
  c.align = a;
  c.col_span = col_span;
  c.row_span = row_span;
  return c;
}

Cell number_cell(double v) {
  Cell c = text_cell(text::format_vi_number(v), Align::right);
  c.value = v;
  c.kind = ValueKind::integer;
  return c;
}

Cell percent_cell(const std::optional<double>& p) {
  if (!p) return text_cell("-", Align::center);
  Cell c = text_cell(text::format_vi_percent(*p, 1), Align::right);
  c.value = *p;
  c.kind = ValueKind::percent;
  return c;
}

// A rate that a spreadsheet recomputes from the two cells to its left.
Cell rate_cell(const std::optional<double>& p) {
  Cell c = percent_cell(p);
  if (p) c.derived = doc::Derived::ratio;
  return c;
}

Cell total_cell(double v) {
  Cell c = number_cell(v);
  c.derived = doc::Derived::column_sum;
  return c;
}

std::string verdict_text(model::Verdict v) {
  switch (v) {
    case model::Verdict::met: return "Đạt";
    case model::Verdict::not_met: return "Chưa đạt";
    case model::Verdict::no_target: return "Chưa đặt chỉ tiêu";
    case model::Verdict::no_data: return "Không có số liệu";
  }
  return {};
}

doc::Paragraph para(std::string s) {
  doc::Paragraph p;
  p.spans = {{std::move(s), false, false}};
  return p;
}

doc::Table results_table(const model::Summary& s) {
  doc::Table t;
  t.id = "ket-qua-" + std::to_string(s.year);
  t.caption = {{"Bảng 1. Kết quả so với chỉ tiêu năm " + std::to_string(s.year), true, false}};
  t.column_widths_mm = {10, 45, 22, 22, 20, 20, 26};
  doc::Row h;
  for (const char* name : {"STT", "Mô hình, chỉ số", "Số đạt", "Tổng số", "Tỷ lệ", "Chỉ tiêu", "Đánh giá"})
    h.cells.push_back(text_cell(name, Align::center));
  for (auto& c : h.cells) c.content[0].bold = true;
  t.header_rows.push_back(std::move(h));
  int n = 0;
  for (const auto& ir : s.indicators) {
    doc::Row r;
    r.cells.push_back(text_cell(std::to_string(++n), Align::center));
    r.cells.push_back(text_cell(ir.indicator->name));
    r.cells.push_back(number_cell(ir.total.numerator));
    r.cells.push_back(number_cell(ir.total.denominator));
    r.cells.push_back(rate_cell(ir.total.percent()));
    r.cells.push_back(ir.target ? percent_cell(ir.target) : text_cell("(không đặt)", Align::center));
    r.cells.push_back(text_cell(verdict_text(ir.verdict), Align::center));
    t.body_rows.push_back(std::move(r));
  }
  return t;
}

doc::Chart rates_chart(const model::Summary& s) {
  doc::Chart c;
  c.id = "bieu-do-" + std::to_string(s.year);
  c.caption = {{"Biểu đồ 1. Tỷ lệ đạt so với chỉ tiêu năm " + std::to_string(s.year), true, false}};
  for (const auto& ir : s.indicators) {
    c.categories.push_back(ir.indicator->name);
    c.values.push_back(ir.total.percent());
    c.targets.push_back(ir.target);
  }
  return c;
}

// Phụ lục: by unit, three columns per indicator under a merged heading.
doc::Table units_table(const model::Summary& s) {
  doc::Table t;
  t.id = "phu-luc-don-vi";
  t.column_widths_mm = {9, 40};
  const double per = (247.0 - 49.0) / (3.0 * static_cast<double>(std::max<std::size_t>(1, s.indicators.size())));
  doc::Row top, sub;
  top.cells.push_back(text_cell("STT", Align::center, 1, 2));
  top.cells.push_back(text_cell("Đơn vị", Align::center, 1, 2));
  t.column_targets = {std::nullopt, std::nullopt};
  for (const auto& ir : s.indicators) {
    top.cells.push_back(text_cell(ir.indicator->name, Align::center, 3));
    for (const char* name : {"Đạt", "Tổng", "Tỷ lệ"}) {
      sub.cells.push_back(text_cell(name, Align::center));
      t.column_widths_mm.push_back(per);
    }
    t.column_targets.insert(t.column_targets.end(), {std::nullopt, std::nullopt, ir.target});
  }
  for (auto* row : {&top, &sub})
    for (auto& c : row->cells) c.content[0].bold = true;
  t.header_rows = {std::move(top), std::move(sub)};
  int n = 0;
  for (const auto& u : s.units) {
    doc::Row r;
    r.cells.push_back(text_cell(std::to_string(++n), Align::center));
    r.cells.push_back(text_cell(u.name));
    for (const auto& ratio : u.ratios) {
      if (!ratio) {
        for (int k = 0; k < 3; ++k) r.cells.push_back(text_cell("-", Align::center));
        continue;
      }
      r.cells.push_back(number_cell(ratio->numerator));
      r.cells.push_back(number_cell(ratio->denominator));
      r.cells.push_back(rate_cell(ratio->percent()));
    }
    t.body_rows.push_back(std::move(r));
  }
  doc::Row total;
  total.cells.push_back(text_cell("Tổng cộng", Align::center, 2));
  total.cells[0].content[0].bold = true;
  for (const auto& ir : s.indicators) {
    total.cells.push_back(total_cell(ir.total.numerator));
    total.cells.push_back(total_cell(ir.total.denominator));
    total.cells.push_back(rate_cell(ir.total.percent()));
  }
  t.footer_rows.push_back(std::move(total));
  return t;
}

}  // namespace

doc::Document build_summary_report(const model::Summary& s, const ReportInfo& info) {
  const std::string year = std::to_string(s.year);
  doc::Document d;
  d.header.governing_body = text::upper_vi(info.governing_body);
  d.header.issuing_body = text::upper_vi(info.issuing_body);
  d.header.number_symbol = info.number_symbol;
  d.header.place = info.place;
  d.header.date = info.date;
  d.header.doc_type = "BÁO CÁO";
  d.header.summary_lines = {"Kết quả xây dựng xã hội học tập năm " + year};
  d.meta.title = "Báo cáo kết quả xây dựng xã hội học tập năm " + year;
  d.meta.author = info.issuing_body;
  d.meta.subject = "Xây dựng xã hội học tập " + info.area;
  d.meta.keywords = "báo cáo, xã hội học tập, " + year;

  if (!info.basis.empty()) d.body.push_back(para(info.basis));
  d.body.push_back(doc::Heading{1, "I.", {{"KẾT QUẢ THỰC HIỆN", false, false}}});
  d.body.push_back(doc::Heading{2, "1.", {{"Kết quả công nhận các mô hình học tập", false, false}}});
  doc::List list;
  for (const auto& ir : s.indicators) {
    std::string line = ir.indicator->name + ": " + text::format_vi_number(ir.total.numerator) + "/" +
                       text::format_vi_number(ir.total.denominator);
    if (auto p = ir.total.percent()) line += ", đạt " + text::format_vi_percent(*p, 1);
    if (ir.target)
      line += "; chỉ tiêu năm " + year + ": " + text::format_vi_percent(*ir.target, 0) + " (" +
              (ir.verdict == model::Verdict::met ? "đạt" : "chưa đạt") + ");";
    else
      line += "; năm " + year + " không đặt chỉ tiêu;";
    list.items.push_back({{line, false, false}});
  }
  d.body.push_back(std::move(list));
  d.body.push_back(results_table(s));
  d.body.push_back(rates_chart(s));
  d.body.push_back(para("Số liệu chi tiết của " + std::to_string(s.units.size()) +
                        " đơn vị tại Phụ lục kèm theo Báo cáo này."));
  d.body.push_back(doc::Heading{1, "II.", {{"ĐÁNH GIÁ CHUNG", false, false}}});
  int met = 0, with_target = 0;
  for (const auto& ir : s.indicators)
    if (ir.target) {
      ++with_target;
      if (ir.verdict == model::Verdict::met) ++met;
    }
  d.body.push_back(para("Năm " + year + ", " + std::to_string(met) + "/" + std::to_string(with_target) +
                        " chỉ số có chỉ tiêu đạt hoặc vượt chỉ tiêu đề ra. Các chỉ số chưa đạt cần được "
                        "tập trung chỉ đạo trong năm tới."));

  d.recipients.items = info.recipients;
  d.signature.authority_lines = info.authority_lines;
  d.signature.signer_name = info.signer_name;

  doc::Appendix a;
  a.landscape = true;
  a.title_lines = {"Phụ lục", "KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM " + year + " THEO ĐƠN VỊ",
                   "(Kèm theo Báo cáo " + info.number_symbol.substr(info.number_symbol.find(' ') + 1) + ")"};
  a.blocks.push_back(units_table(s));
  d.appendices.push_back(std::move(a));
  return d;
}

}  // namespace baocao::report
