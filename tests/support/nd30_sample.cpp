// Builds the sample document of nd30_sample.hpp. Numbers come from a fixed
// formula so every run (and the benchmark baseline) sees the same text.
#include "tests/support/nd30_sample.hpp"

#include <array>
#include <cstdio>

namespace baocao::test {

namespace {

doc::Cell cell(std::string text, doc::Align align = doc::Align::left, bool bold = false, int col_span = 1,
               int row_span = 1) {
  return {{{std::move(text), bold, false}}, {}, doc::ValueKind::text, align, col_span, row_span};
}

std::string vi_int(long v) {
  std::string s = std::to_string(v), out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) out += '.';
    out += s[i];
  }
  return out;
}

std::string vi_pct(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", v);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

doc::Paragraph para(std::string text) {
  return doc::Paragraph{{{std::move(text), false, false}}, doc::Align::justify, true};
}

const std::array<const char*, 12> kNames = {"Phủ Lý",  "Châu Sơn",   "Duy Tân",   "Đồng Văn",
                                            "Hà Nam",  "Lê Hồ",      "Kim Thanh", "Lý Thường Kiệt",
                                            "Liêm Hà", "Thanh Bình", "Thanh Lâm", "Bình Lục"};

double rate_of(int i) {
  return 52.0 + (i * 37 % 45) + (i % 7) * 0.3;
}

}  // namespace

std::string sample_unit_name(int i) {
  std::string name = kNames[static_cast<std::size_t>(i - 1) % kNames.size()];
  return (i % 3 == 0 ? "Phường " : "Xã ") + name + (i > 12 ? " " + std::to_string((i - 1) / 12 + 1) : "");
}

doc::Document nd30_sample(int rows) {
  doc::Document d;
  d.meta = {"Báo cáo kết quả xây dựng xã hội học tập năm 2025", "Sở Giáo dục và Đào tạo",
            "Xây dựng xã hội học tập trên địa bàn tỉnh Ninh Bình", "báo cáo, xã hội học tập, 2025"};
  d.header = {"UBND TỈNH NINH BÌNH",
              "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
              "Số: 125/BC-SGDĐT",
              "Ninh Bình",
              {2025, 12, 12},
              "BÁO CÁO",
              {"Kết quả xây dựng xã hội học tập năm 2025"}};
  d.body.push_back(
      para("Thực hiện Kế hoạch số 145/KH-UBND ngày 07/11/2022 của Ủy ban nhân dân tỉnh về thực hiện Đề án "
           "“Xây dựng "
           "xã hội học tập giai đoạn 2021-2030”, Sở Giáo dục và Đào tạo báo cáo kết quả xây dựng xã hội học "
           "tập năm "
           "2025 trên địa bàn tỉnh như sau:"));
  d.body.push_back(doc::Heading{1, "I.", {{"KẾT QUẢ THỰC HIỆN", false, false}}});
  d.body.push_back(doc::Heading{2, "1.", {{"Công tác chỉ đạo, điều hành", false, false}}});
  for (int k = 0; k < 3; ++k)
    d.body.push_back(para(
        "Ủy ban nhân dân các xã, phường đã ban hành kế hoạch triển khai, kiện toàn Ban Chỉ đạo xây dựng xã "
        "hội "
        "học tập, phân công nhiệm vụ cụ thể cho từng thành viên; phối hợp chặt chẽ với Hội Khuyến học, Đoàn "
        "Thanh niên, Hội Liên hiệp Phụ nữ trong việc tuyên truyền, vận động nhân dân tham gia học tập suốt "
        "đời, "
        "xây dựng gia đình học tập, dòng họ học tập, cộng đồng học tập và đơn vị học tập."));
  d.body.push_back(doc::Heading{2, "2.", {{"Kết quả công nhận các mô hình học tập", false, false}}});
  doc::List list;
  list.items = {
      {{"Gia đình học tập: 257.182/352.943, đạt 72,9%; chỉ tiêu năm 2025: 70% (đạt);", false, false}},
      {{"Dòng họ học tập: 2.092/3.232, đạt 64,7%; chỉ tiêu năm 2025: 65% (chưa đạt);", false, false}},
      {{"Cộng đồng học tập: 747/1.121, đạt 66,6%; chỉ tiêu năm 2025: 65% (đạt).", false, false}}};
  d.body.push_back(list);

  doc::Table t;
  t.id = "ket-qua";
  t.caption = {{"Bảng 1. Kết quả công nhận gia đình học tập theo đơn vị", true, false}};
  t.column_widths_mm = {12, 55, 28, 28, 20, 22};
  doc::Row h;
  for (const char* s : {"STT", "Đơn vị", "Số đạt", "Tổng số", "Tỷ lệ", "Đánh giá"})
    h.cells.push_back(cell(s, doc::Align::center, true));
  t.header_rows.push_back(h);
  doc::Chart chart;
  chart.id = "bieu-do-gia-dinh";
  chart.caption = {{"Biểu đồ 1. Tỷ lệ gia đình học tập theo đơn vị so với chỉ tiêu", false, false}};
  chart.target = 70;
  for (int i = 1; i <= rows; ++i) {
    double r = rate_of(i);
    long total = 3000 + i * 131 % 4000;
    long done = static_cast<long>(total * r / 100.0 + 0.5);
    doc::Row row;
    row.cells.push_back(cell(std::to_string(i), doc::Align::center));
    row.cells.push_back(cell(sample_unit_name(i)));
    row.cells.push_back(cell(vi_int(done), doc::Align::right));
    row.cells.push_back(cell(vi_int(total), doc::Align::right));
    row.cells.push_back(cell(vi_pct(r), doc::Align::right));
    row.cells.push_back(cell(r >= 70 ? "Đạt" : "Chưa đạt", doc::Align::center));
    t.body_rows.push_back(row);
    if (i <= 12) {
      chart.categories.push_back(sample_unit_name(i));
      chart.values.push_back(i == 12 ? std::optional<double>{} : std::optional<double>{r});
    }
  }
  d.body.push_back(t);
  d.body.push_back(chart);
  d.body.push_back(doc::Heading{2, "3.", {{"Hoạt động của trung tâm học tập cộng đồng", false, false}}});
  for (
      const char* text :
      {"Toàn tỉnh có 98 trung tâm học tập cộng đồng, 100% xã, phường có trung tâm hoạt động thường xuyên. "
       "Các "
       "trung tâm đã tổ chức 2.314 lớp chuyên đề về chuyển giao khoa học kỹ thuật, chăm sóc sức khỏe, phòng "
       "chống "
       "tệ nạn xã hội, pháp luật, kỹ năng số với hơn 126 nghìn lượt người tham gia.",
       "Nhiều trung tâm phối hợp với doanh nghiệp, hợp tác xã mở lớp dạy nghề ngắn hạn, giúp người lao động "
       "có "
       "việc làm, tăng thu nhập; một số đơn vị xây dựng được mô hình tủ sách cộng đồng, câu lạc bộ đọc sách, "
       "thu hút đông đảo học sinh và người cao tuổi tham gia.",
       "Công tác chuyển đổi số trong hoạt động của trung tâm bước đầu được quan tâm: 62 trung tâm đã có "
       "trang "
       "thông tin điện tử hoặc nhóm trên mạng xã hội để thông báo lịch học, chia sẻ tài liệu; nhiều lớp học "
       "được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến.",
       "Tuy nhiên, cơ sở vật chất của một số trung tâm còn thiếu thốn, đội ngũ cán bộ quản lý chủ yếu kiêm "
       "nhiệm, kinh phí hoạt động còn hạn chế; việc đánh giá, công nhận các mô hình học tập ở một số nơi còn "
       "mang tính hình thức, chưa phản ánh đúng thực chất."})
    d.body.push_back(para(text));
  d.body.push_back(doc::Heading{1, "II.", {{"ĐÁNH GIÁ CHUNG", false, false}}});
  d.body.push_back(para(
      "Năm 2025, phong trào xây dựng xã hội học tập tiếp tục được các cấp ủy đảng, chính quyền quan tâm chỉ "
      "đạo; "
      "tỷ lệ gia đình học tập và cộng đồng học tập đạt và vượt chỉ tiêu đề ra. Tuy nhiên, tỷ lệ dòng họ học "
      "tập chưa đạt chỉ tiêu, một số đơn vị còn chậm triển khai."));
  d.body.push_back(doc::Heading{1, "III.", {{"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", false, false}}});
  d.body.push_back(
      para("Tiếp tục đẩy mạnh tuyên truyền, nâng cao nhận thức về xây dựng xã hội học tập; nâng cao chất "
           "lượng hoạt "
           "động của các trung tâm học tập cộng đồng; tăng cường kiểm tra, đánh giá, công nhận các mô hình "
           "học tập "
           "bảo đảm thực chất, hiệu quả. Sở Giáo dục và Đào tạo kính báo cáo Ủy ban nhân dân tỉnh."));
  d.recipients.items = {"- UBND tỉnh (để b/c);", "- Bộ GD&ĐT (để b/c);", "- Hội Khuyến học tỉnh;",
                        "- UBND các xã, phường;", "- Lưu: VT, GDTX."};
  d.signature = {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, "Nguyễn Văn An"};

  // Phụ lục: a wide table, landscape, two header rows with merged cells.
  doc::Appendix a;
  a.title_lines = {"Phụ lục", "KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM 2025 THEO ĐƠN VỊ",
                   "(Kèm theo Báo cáo số 125/BC-SGDĐT)"};
  a.landscape = true;
  doc::Table w;
  w.id = "phu-luc";
  w.column_widths_mm = {10, 42};
  doc::Row h1, h2;
  h1.cells.push_back(cell("STT", doc::Align::center, true, 1, 2));
  h1.cells.push_back(cell("Đơn vị", doc::Align::center, true, 1, 2));
  for (const char* s : {"Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập"}) {
    h1.cells.push_back(cell(s, doc::Align::center, true, 3));
    for (const char* sub : {"Đạt", "Tổng", "Tỷ lệ"}) h2.cells.push_back(cell(sub, doc::Align::center, true));
  }
  w.header_rows = {h1, h2};
  for (int i = 1; i <= rows; ++i) {
    doc::Row row;
    row.cells.push_back(cell(std::to_string(i), doc::Align::center));
    row.cells.push_back(cell(sample_unit_name(i)));
    for (int k = 0; k < 3; ++k) {
      double r = rate_of(i + k * 5);
      long total = 500 + (i * 37 + k * 11) % 900;
      row.cells.push_back(cell(vi_int(static_cast<long>(total * r / 100.0 + 0.5)), doc::Align::right));
      row.cells.push_back(cell(vi_int(total), doc::Align::right));
      row.cells.push_back(cell(vi_pct(r), doc::Align::right));
    }
    w.body_rows.push_back(row);
  }
  a.blocks.push_back(w);
  d.appendices.push_back(a);
  return d;
}

}  // namespace baocao::test
