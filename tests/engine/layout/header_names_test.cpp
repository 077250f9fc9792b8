// The ND30 header of a Báo cáo for every unit of the 2025 list (3,321
// communes, 34 provinces), checked on the positioned lines layout produces,
// not on pixels: the issuing body breaks between "ỦY BAN NHÂN DÂN" and the
// unit's whole name, never inside a proper name; the left and right columns
// keep at least 5 mm apart inside the text area; the place and date stay in
// the right column. Only the header is laid out, so all of them take seconds.
#include <gtest/gtest.h>

#include <map>

#include "data-adapters/csv/gso_units_csv.hpp"
#include "engine/layout/flow.hpp"
#include "engine/layout/nd30_blocks.hpp"
#include "engine/template/evaluator.hpp"
#include "engine/text/admin_name.hpp"
#include "engine/text/vi_case.hpp"
#include "tests/support/process.hpp"

namespace baocao::layout {
namespace {

namespace fs = std::filesystem;

const fonts::FontSet& font_set() {
  static const fonts::FontSet f = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  return f;
}

std::string spaces(std::string s) {  // what a reader sees: no-break spaces as spaces
  for (std::size_t at; (at = s.find(text::kNoBreakSpace)) != std::string::npos;)
    s.replace(at, text::kNoBreakSpace.size(), " ");
  return s;
}

struct HeaderLine {
  std::string text;  // as painted
  double x = 0, right = 0, y = 0, size = 0;
  bool bold = false;
};

struct LaidHeader {
  std::vector<HeaderLine> left, right;  // by column, top to bottom
  double text_left = 0, text_right = 0;
};

// Lays out `h` alone on a page and sorts its lines into the two columns (the
// name and number lines centred left of the page's middle, the rest right),
// leaving out box 5 (tên loại, trích yếu) under them.
LaidHeader lay_out(const doc::Nd30Header& h) {
  static const PageSetup setup;
  std::vector<Page> pages;
  Flow flow(font_set(), setup, pages);
  flow.new_page(false);
  doc::Nd30Header only = h;
  only.doc_type.clear();
  only.summary_lines.clear();
  layout_nd30_header(flow, only);
  LaidHeader out;
  out.text_left = flow.left();
  out.text_right = flow.left() + flow.width();
  const double middle = flow.left() + flow.width() / 2;
  for (const TextRun& t : pages.front().texts) {
    HeaderLine l{spaces(t.text), t.x, t.x + font_set().width(t.style, t.size, t.text), t.y, t.size,
                 t.style == fonts::Style::bold};
    ((t.x + l.right) / 2 < middle ? out.left : out.right).push_back(l);
  }
  return out;
}

struct Unit {
  std::string code, name, origin;
  bool province = false;
};

const std::vector<Unit>& units_2025() {
  static const std::vector<Unit> units = [] {
    std::vector<Unit> out;
    auto path = test::source_dir() / "data" / "units" / "don-vi-hanh-chinh-2025.csv";
    for (const baocao::Unit& u : csv::units_from_csv(csv::read_csv(path.string())))
      out.push_back({u.code, u.name, u.name_origin, u.level == "tinh"});
    return out;
  }();
  return units;
}

// The layout's promises for one header, as gtest failures naming the unit.
void check_columns(const LaidHeader& l, const std::string& who) {
  ASSERT_FALSE(l.left.empty()) << who;
  ASSERT_FALSE(l.right.empty()) << who;
  double left_edge = l.left.front().right, right_start = l.right.front().x;
  for (const HeaderLine& x : l.left) {
    EXPECT_GE(x.x, l.text_left - 0.01) << who << ": '" << x.text << "' left of the margin";
    left_edge = std::max(left_edge, x.right);
    EXPECT_GE(x.size, 12) << who << ": ND30 allows 12-13 pt";
  }
  for (const HeaderLine& x : l.right) {
    EXPECT_LE(x.right, l.text_right + 0.01) << who << ": '" << x.text << "' past the right margin";
    right_start = std::min(right_start, x.x);
  }
  EXPECT_GE(right_start - left_edge, mm_to_pt(5) - 0.01)
      << who << ": the columns are " << pt_to_mm(right_start - left_edge) << " mm apart";
}

// The issuing body's lines (bold, in the left column).
std::vector<std::string> issuing_lines(const LaidHeader& l) {
  std::vector<std::string> out;
  for (const HeaderLine& x : l.left)
    if (x.bold) out.push_back(x.text);
  return out;
}

std::string text_of(const std::vector<HeaderLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += "[" + l.text + "]";
  return out;
}

// Names wider than the left column even at 12 pt: their generic noun joins
// "ỦY BAN NHÂN DÂN" on the first line, the proper name keeps the second whole.
const std::map<std::string, std::string> kGenericOnTheFirstLine = {
    {"00226", "Phường Văn Miếu - Quốc Tử Giám"},
    {"21172", "Phường Trương Quang Trọng"},
};

// Every commune's own Báo cáo, its header filled by the shipped template
// (templates/bao-cao-xa.tpl) from the unit's name and what the list says of it.
TEST(HeaderNames, EveryCommuneOfThe2025ListOnItsOwnLines) {
  const fs::path tpl = test::source_dir() / "templates" / "bao-cao-xa.tpl";
  tmpl::Map vars;
  vars["nam"] = tmpl::Value::of(2025.0);
  vars["ngay"] = tmpl::Value::of(CivilDate{2025, 12, 10});
  vars["so_van_ban"] = tmpl::Value::of("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0");
  vars["nguoi_ky"] = tmpl::Value::of("Nguyễn Văn An");
  vars["ke_hoach_can_cu"] = tmpl::Value::of("Kế hoạch số 145/KH-UBND");
  vars["tinh"] = tmpl::Value::of("Ninh Bình");
  vars["co_quan_chu_quan"] = tmpl::Value::of("");
  vars["ky_hieu_co_quan"] = tmpl::Value::of("UBND");
  vars["quyen_han"] = tmpl::Value::of("TM. Ủy ban nhân dân");
  vars["chuc_vu"] = tmpl::Value::of("Chủ tịch");
  vars["noi_nhan"] = tmpl::Value::of("- Lưu: VT.");
  int communes = 0, reduced = 0, two_lines = 0;
  for (const Unit& u : units_2025()) {
    if (u.province) continue;
    ++communes;
    Record r;
    r.unit_code = u.code, r.unit_name = u.name, r.indicator = "gia_dinh_hoc_tap", r.period = 2025;
    r.numerator = 70, r.denominator = 100;
    Dataset data;
    data.period = 2025;
    data.records = {r};
    baocao::Unit unit;
    unit.code = u.code, unit.name = u.name, unit.level = "xa", unit.name_origin = u.origin;
    tmpl::DatasetTemplateData td(std::move(data), {unit}, {}, {});
    vars["ma_xa"] = tmpl::Value::of(u.code);
    // The issuer's words as a run gives them from the register's level row
    // (engine/cycle/documents.cpp): the commune's UBND, its địa danh.
    text::NameOrigin origin{};
    text::parse_name_origin(u.origin, origin);
    auto parsed = text::parse_admin_name(u.name, origin);
    vars["co_quan_ban_hanh"] = tmpl::Value::of(parsed ? text::body_name("Ủy ban nhân dân", *parsed) : u.name);
    vars["dia_danh"] = tmpl::Value::of(text::place_name(u.name, origin));
    doc::Document d = tmpl::render_file(tpl, td, vars);
    LaidHeader l = lay_out(d.header);
    const std::string who = u.code + " " + u.name;
    check_columns(l, who);

    auto name = text::parse_admin_name(u.name);
    ASSERT_TRUE(name) << who;
    std::string unit_line = text::upper_vi(text::official_name(*name));
    std::vector<std::string> lines = issuing_lines(l);
    auto exception = kGenericOnTheFirstLine.find(u.code);
    if (exception == kGenericOnTheFirstLine.end()) {
      EXPECT_EQ(lines, (std::vector<std::string>{"ỦY BAN NHÂN DÂN", unit_line})) << who << text_of(l.left);
    } else {
      EXPECT_EQ(exception->second, u.name);
      EXPECT_EQ(lines, (std::vector<std::string>{"ỦY BAN NHÂN DÂN " + text::upper_vi(name->generic),
                                                 text::upper_vi(name->proper)}))
          << who << text_of(l.left);
    }
    // The địa danh is whole on one line of the right column, with the
    // generic noun for a number, a person or an event (ND30 Phụ lục I).
    std::string place = text::place_name(u.name, [&] {
      text::NameOrigin o{};
      text::parse_name_origin(u.origin, o);
      return o;
    }());
    bool found = false;
    for (const HeaderLine& x : l.right) found |= x.text.rfind(place + ",", 0) == 0;
    EXPECT_TRUE(found) << who << ": '" << place << ",' not at the start of a line " << text_of(l.right);
    reduced += l.left.front().size < 13;
    two_lines += l.right.size() > 3;
  }
  EXPECT_EQ(communes, 3321);
  // How many needed the smaller size or a second line for the place and
  // date: a handful, not the rule.
  EXPECT_LT(reduced, 40) << "communes set below 13 pt";
  RecordProperty("reduced_size", reduced);
  RecordProperty("place_date_on_two_lines", two_lines);
}

// Each province, as the head of its Sở (chủ quản "UBND TỈNH …") and as the
// issuing body itself, from the plain strings an issuers register gives.
TEST(HeaderNames, EveryProvinceAsGoverningAndIssuingBody) {
  int provinces = 0;
  for (const Unit& u : units_2025()) {
    if (!u.province) continue;
    ++provinces;
    text::NameOrigin o{};
    ASSERT_TRUE(text::parse_name_origin(u.origin, o));
    auto name = text::parse_admin_name(u.name, o);
    ASSERT_TRUE(name) << u.name;
    const std::string unit_line = text::upper_vi(text::official_name(*name));
    for (const std::string organ : {"Ủy ban nhân dân", "UBND"}) {
      doc::Nd30Header h;
      h.governing_body = text::upper_vi(text::bind_proper_names(text::body_name(organ, *name)));
      h.issuing_body = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
      h.number_symbol = "Số: 125/BC-SGDĐT";
      h.place = text::place_name(*name);
      h.date = {2025, 12, 15};
      LaidHeader l = lay_out(h);
      check_columns(l, u.name);
      std::string all = text_of(l.left);
      // One line when it fits ("UBND TỈNH NINH BÌNH"), else broken before the unit.
      EXPECT_TRUE(all.find("[" + text::upper_vi(organ) + " " + unit_line + "]") != std::string::npos ||
                  all.find("[" + text::upper_vi(organ) + "][" + unit_line + "]") != std::string::npos)
          << u.name << all;
      h.governing_body.clear();
      h.issuing_body = text::upper_vi(text::bind_proper_names(text::body_name(organ, *name)));
      l = lay_out(h);
      check_columns(l, u.name);
      EXPECT_EQ(issuing_lines(l), (std::vector<std::string>{text::upper_vi(organ), unit_line})) << u.name;
    }
  }
  EXPECT_EQ(provinces, 34);
}

// Bodies an issuers register gives as plain strings, in any case: the unit
// is found by its generic noun, other proper names stay whole, and a long
// organ name breaks between its words into even lines.
TEST(HeaderNames, BodiesFromAnIssuersRegister) {
  struct Case {
    const char* body;
    std::vector<std::string> lines;
  };
  const Case cases[] = {
      {"Ủy ban nhân dân phường Lý Thường Kiệt", {"ỦY BAN NHÂN DÂN", "PHƯỜNG LÝ THƯỜNG KIỆT"}},
      {"UBND thành phố Hà Nội", {"UBND", "THÀNH PHỐ HÀ NỘI"}},
      {"Ủy ban nhân dân xã Hội Sơn", {"ỦY BAN NHÂN DÂN", "XÃ HỘI SƠN"}},
      {"Sở Giáo dục và Đào tạo", {"SỞ GIÁO DỤC VÀ ĐÀO TẠO"}},
      {"Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", {"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "THÀNH PHỐ HỒ CHÍ MINH"}},
      {"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên xã Nông trường Mộc Châu",
       {"TRUNG TÂM GIÁO DỤC", "NGHỀ NGHIỆP -", "GIÁO DỤC THƯỜNG XUYÊN", "XÃ NÔNG TRƯỜNG MỘC CHÂU"}},
      {"Ban Chỉ đạo xây dựng xã hội học tập tỉnh Nam Định",
       {"BAN CHỈ ĐẠO XÂY DỰNG", "XÃ HỘI HỌC TẬP", "TỈNH NAM ĐỊNH"}},
      {"Trường Trung học cơ sở Nguyễn Bỉnh Khiêm", {"TRƯỜNG TRUNG HỌC CƠ SỞ", "NGUYỄN BỈNH KHIÊM"}},
  };
  for (const Case& c : cases) {
    doc::Nd30Header h;
    h.issuing_body = text::upper_vi(text::bind_proper_names(c.body));
    h.place = "Hà Nội";
    h.date = {2025, 12, 15};
    LaidHeader l = lay_out(h);
    check_columns(l, c.body);
    EXPECT_EQ(issuing_lines(l), c.lines) << c.body << text_of(l.left);
  }
}

// A long địa danh and date wrap inside the right column, after the comma,
// never running past the page's edge (ND30 box 4).
TEST(HeaderNames, LongPlaceAndDateWrapInTheRightColumn) {
  doc::Nd30Header h;
  h.issuing_body = text::upper_vi(text::bind_proper_names("Ủy ban nhân dân thị trấn Nông trường Mộc Châu"));
  h.place = text::place_name("Thị trấn Nông trường Mộc Châu");
  EXPECT_EQ(h.place, "Nông trường Mộc Châu");
  h.place = "Thị trấn Nông trường Mộc Châu";  // as a unit named after a person would keep it
  h.date = {2025, 12, 10};
  LaidHeader l = lay_out(h);
  check_columns(l, h.place);
  std::vector<std::string> right;
  for (const auto& x : l.right) right.push_back(x.text);
  EXPECT_EQ(right, (std::vector<std::string>{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                            "Thị trấn Nông trường Mộc Châu,", "ngày 10 tháng 12 năm 2025"}));
  h.place = "Ninh Bình";
  l = lay_out(h);
  EXPECT_EQ(l.right.back().text, "Ninh Bình, ngày 10 tháng 12 năm 2025") << "one line when it fits";
  // A date left blank for the văn thư keeps its room: the place and its
  // comma, then a field the issuance fills (sign/issue.hpp).
  h.date = {2025, 0, 0};
  l = lay_out(h);
  EXPECT_EQ(l.right.back().text, "Ninh Bình,");
}

}  // namespace
}  // namespace baocao::layout
