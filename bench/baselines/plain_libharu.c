/* Baseline for BENCHMARKS.md: a plain libharu program, as an office would
 * write one, drawing the same six-page ND30 Báo cáo as bench_pdf (header with
 * rules, the same paragraphs, a 40-row table with its header row repeated,
 * a bar chart, the closing, a landscape appendix table) with the four full
 * Liberation Serif fonts embedded, its own word wrap (libharu's MeasureText
 * cuts UTF-8) and no post-processing. It exists only to be measured against.
 * Usage: plain_libharu OUT_DIR [COUNT=50] [ROWS=40] */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MM(x) ((x)*72.0f / 25.4f)
#define FONT_DIR "/usr/share/fonts/truetype/liberation2/"

typedef struct {
  HPDF_Doc pdf;
  HPDF_Page page;
  HPDF_Font regular, bold, italic, bold_italic;
  float w, h, left, right, top, bottom, y; /* y: top of the next line, from the top edge */
  int landscape, number, numbered_from;
} Ctx;

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  (void)user;
  fprintf(stderr, "libharu error 0x%04X (%u)\n", (unsigned)code, (unsigned)detail);
  exit(1);
}

static float text_w(Ctx* c, HPDF_Font f, float size, const char* s) {
  HPDF_Page_SetFontAndSize(c->page, f, size);
  return HPDF_Page_TextWidth(c->page, s);
}

static void text_at(Ctx* c, HPDF_Font f, float size, float x, float baseline, const char* s) {
  HPDF_Page_BeginText(c->page);
  HPDF_Page_SetFontAndSize(c->page, f, size);
  HPDF_Page_TextOut(c->page, x, c->h - baseline, s);
  HPDF_Page_EndText(c->page);
}

static void line(Ctx* c, float x1, float y1, float x2, float y2, float width) {
  HPDF_Page_SetLineWidth(c->page, width);
  HPDF_Page_MoveTo(c->page, x1, c->h - y1);
  HPDF_Page_LineTo(c->page, x2, c->h - y2);
  HPDF_Page_Stroke(c->page);
}

static void new_page(Ctx* c, int landscape) {
  char num[16];
  c->page = HPDF_AddPage(c->pdf);
  HPDF_Page_SetSize(c->page, HPDF_PAGE_SIZE_A4, landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
  c->w = HPDF_Page_GetWidth(c->page);
  c->h = HPDF_Page_GetHeight(c->page);
  c->landscape = landscape;
  c->left = landscape ? MM(20) : MM(30);
  c->right = c->w - (landscape ? MM(20) : MM(15));
  c->top = landscape ? MM(30) : MM(20);
  c->bottom = c->h - (landscape ? MM(15) : MM(20));
  c->y = c->top;
  if (++c->number > 1) {
    snprintf(num, sizeof num, "%d", c->number);
    text_at(c, c->regular, 13, (c->w - text_w(c, c->regular, 13, num)) / 2, c->top * 0.62f, num);
  }
}

static void ensure(Ctx* c, float height) {
  if (c->y + height > c->bottom) new_page(c, c->landscape);
}

static void centred(Ctx* c, HPDF_Font f, float size, float x0, float x1, float baseline, const char* s) {
  text_at(c, f, size, x0 + (x1 - x0 - text_w(c, f, size, s)) / 2, baseline, s);
}

/* Word wrap: words are measured whole, lines are justified by spreading the
 * words (SetWordSpace has no effect on UTF-8 text). */
static void paragraph(Ctx* c, HPDF_Font f, float size, const char* text, float indent) {
  const float lh = size * 1.2f, space = text_w(c, f, size, " ");
  char words[128][64];
  float widths[128];
  int n = 0, first = 0;
  const char* p = text;
  while (*p && n < 128) {
    size_t len = strcspn(p, " ");
    if (len >= sizeof words[0]) len = sizeof words[0] - 1;
    memcpy(words[n], p, len);
    words[n][len] = 0;
    widths[n] = text_w(c, f, size, words[n]);
    ++n;
    p += len;
    while (*p == ' ') ++p;
  }
  while (first < n) {
    float x0 = c->left + (first == 0 ? indent : 0), avail = c->right - x0, used = widths[first], extra = 0, x;
    int last = first + 1, k;
    while (last < n && used + space + widths[last] <= avail) used += space + widths[last++];
    if (last < n && last - first > 1) extra = (avail - used) / (float)(last - first - 1);
    ensure(c, lh);
    x = x0;
    for (k = first; k < last; ++k) {
      text_at(c, f, size, x, c->y + size * 0.9f, words[k]);
      x += widths[k] + space + extra;
    }
    c->y += lh;
    first = last;
  }
  c->y += 6;
}

static double rate_of(int i) {
  return 52.0 + (i * 37 % 45) + (i % 7) * 0.3;
}

static const char* kNames[12] = {"Phủ Lý",  "Châu Sơn",   "Duy Tân",   "Đồng Văn",
                                 "Hà Nam",  "Lê Hồ",      "Kim Thanh", "Lý Thường Kiệt",
                                 "Liêm Hà", "Thanh Bình", "Thanh Lâm", "Bình Lục"};

static void unit_name(int i, char* out, size_t n) {
  if (i > 12)
    snprintf(out, n, "%s %s %d", i % 3 == 0 ? "Phường" : "Xã", kNames[(i - 1) % 12], (i - 1) / 12 + 1);
  else
    snprintf(out, n, "%s %s", i % 3 == 0 ? "Phường" : "Xã", kNames[(i - 1) % 12]);
}

static void table_row(Ctx* c, HPDF_Font f, float size, const float* widths, int ncols, char cells[][48]) {
  float x = c->left, h = size * 1.2f + 5;
  int k;
  for (k = 0; k < ncols; ++k) {
    line(c, x, c->y, x + widths[k], c->y, 0.5f);
    line(c, x, c->y + h, x + widths[k], c->y + h, 0.5f);
    line(c, x, c->y, x, c->y + h, 0.5f);
    text_at(c, f, size, x + 3, c->y + 2.5f + size * 0.9f, cells[k]);
    x += widths[k];
  }
  line(c, x, c->y, x, c->y + h, 0.5f);
  c->y += h;
}

static void table(Ctx* c, int rows, int appendix) {
  char cells[11][48];
  const char* head_body[6] = {"STT", "Đơn vị", "Số đạt", "Tổng số", "Tỷ lệ", "Đánh giá"};
  const char* head_app[11] = {"STT",  "Đơn vị", "Đạt", "Tổng", "Tỷ lệ", "Đạt",
                              "Tổng", "Tỷ lệ",  "Đạt", "Tổng", "Tỷ lệ"};
  float wb[6] = {MM(12), MM(55), MM(28), MM(28), MM(20), MM(22)};
  float wa[11] = {MM(10), MM(42), MM(23), MM(23), MM(23), MM(23), MM(23), MM(23), MM(23), MM(23), MM(23)};
  const float size = appendix ? 10.5f : 12, h = size * 1.2f + 5;
  int ncols = appendix ? 11 : 6, i, k;
  const float* widths = appendix ? wa : wb;
  for (k = 0; k < ncols; ++k)
    snprintf(cells[k], sizeof cells[k], "%s", appendix ? head_app[k] : head_body[k]);
  table_row(c, c->bold, size, widths, ncols, cells);
  for (i = 1; i <= rows; ++i) {
    if (c->y + h > c->bottom) {
      new_page(c, c->landscape);
      for (k = 0; k < ncols; ++k)
        snprintf(cells[k], sizeof cells[k], "%s", appendix ? head_app[k] : head_body[k]);
      table_row(c, c->bold, size, widths, ncols, cells);
    }
    snprintf(cells[0], sizeof cells[0], "%d", i);
    unit_name(i, cells[1], sizeof cells[1]);
    for (k = 0; k < (appendix ? 3 : 1); ++k) {
      double r = rate_of(i + k * 5);
      long total = appendix ? 500 + (i * 37 + k * 11) % 900 : 3000 + i * 131 % 4000;
      snprintf(cells[2 + k * 3], sizeof cells[0], "%ld", (long)(total * r / 100.0 + 0.5));
      snprintf(cells[3 + k * 3], sizeof cells[0], "%ld", total);
      snprintf(cells[4 + k * 3], sizeof cells[0], "%.1f%%", r);
    }
    if (!appendix) snprintf(cells[5], sizeof cells[5], "%s", rate_of(i) >= 70 ? "Đạt" : "Chưa đạt");
    table_row(c, c->regular, size, widths, ncols, cells);
  }
  c->y += 8;
}

static void chart(Ctx* c) {
  float x0 = c->left + MM(55), wmax = c->right - x0 - MM(15), bar = 10;
  char name[64], value[16];
  int i;
  ensure(c, 12 * 16 + 40);
  centred(c, c->bold, 14, c->left, c->right, c->y + 13,
          "Biểu đồ 1. Tỷ lệ gia đình học tập theo đơn vị so với chỉ tiêu");
  c->y += 22;
  for (i = 1; i <= 12; ++i) {
    double r = rate_of(i);
    unit_name(i, name, sizeof name);
    text_at(c, c->regular, 11, x0 - 6 - text_w(c, c->regular, 11, name), c->y + 10, name);
    HPDF_Page_SetRGBFill(c->page, r >= 70 ? 0.16f : 0.93f, r >= 70 ? 0.38f : 0.55f, r >= 70 ? 0.67f : 0.16f);
    HPDF_Page_Rectangle(c->page, x0, c->h - c->y - 3 - bar, (float)(wmax * r / 100), bar);
    HPDF_Page_Fill(c->page);
    HPDF_Page_SetRGBFill(c->page, 0, 0, 0);
    snprintf(value, sizeof value, "%.1f%%", r);
    text_at(c, c->regular, 11, x0 + (float)(wmax * r / 100) + 3, c->y + 10, value);
    c->y += 16;
  }
  line(c, x0, c->y - 12 * 16, x0, c->y, 0.8f);
  line(c, x0, c->y, x0 + wmax, c->y, 0.8f);
  HPDF_Page_SetRGBStroke(c->page, 0.8f, 0.08f, 0.08f);
  line(c, x0 + wmax * 0.7f, c->y - 12 * 16, x0 + wmax * 0.7f, c->y, 1.5f);
  HPDF_Page_SetRGBStroke(c->page, 0, 0, 0);
  text_at(c, c->regular, 11, x0, c->y + 14, "Tỷ lệ đạt chỉ tiêu    Tỷ lệ chưa đạt    Chỉ tiêu: 70,0%");
  c->y += 30;
}

static const char* kBody[] = {
    "Ủy ban nhân dân các xã, phường đã ban hành kế hoạch triển khai, kiện toàn Ban Chỉ đạo xây dựng xã hội "
    "học "
    "tập, phân công nhiệm vụ cụ thể cho từng thành viên; phối hợp chặt chẽ với Hội Khuyến học, Đoàn Thanh "
    "niên, "
    "Hội Liên hiệp Phụ nữ trong việc tuyên truyền, vận động nhân dân tham gia học tập suốt đời, xây dựng gia "
    "đình "
    "học tập, dòng họ học tập, cộng đồng học tập và đơn vị học tập.",
    "Toàn tỉnh có 98 trung tâm học tập cộng đồng, 100% xã, phường có trung tâm hoạt động thường xuyên. Các "
    "trung "
    "tâm đã tổ chức 2.314 lớp chuyên đề về chuyển giao khoa học kỹ thuật, chăm sóc sức khỏe, phòng chống tệ "
    "nạn xã "
    "hội, pháp luật, kỹ năng số với hơn 126 nghìn lượt người tham gia.",
    "Nhiều trung tâm phối hợp với doanh nghiệp, hợp tác xã mở lớp dạy nghề ngắn hạn, giúp người lao động có "
    "việc "
    "làm, tăng thu nhập; một số đơn vị xây dựng được mô hình tủ sách cộng đồng, câu lạc bộ đọc sách, thu hút "
    "đông "
    "đảo học sinh và người cao tuổi tham gia.",
    "Công tác chuyển đổi số trong hoạt động của trung tâm bước đầu được quan tâm: 62 trung tâm đã có trang "
    "thông "
    "tin điện tử hoặc nhóm trên mạng xã hội để thông báo lịch học, chia sẻ tài liệu; nhiều lớp học được tổ "
    "chức "
    "theo hình thức kết hợp trực tiếp và trực tuyến.",
    "Tuy nhiên, cơ sở vật chất của một số trung tâm còn thiếu thốn, đội ngũ cán bộ quản lý chủ yếu kiêm "
    "nhiệm, "
    "kinh phí hoạt động còn hạn chế; việc đánh giá, công nhận các mô hình học tập ở một số nơi còn mang tính "
    "hình "
    "thức, chưa phản ánh đúng thực chất."};

static void document(const char* path, int rows) {
  Ctx c;
  HPDF_Date date = {2025, 12, 12, 0, 0, 0, '+', 7, 0};
  float mid;
  int i;
  memset(&c, 0, sizeof c);
  c.pdf = HPDF_New(on_error, NULL);
  HPDF_UseUTFEncodings(c.pdf);
  HPDF_SetCompressionMode(c.pdf, HPDF_COMP_ALL);
  c.regular = HPDF_GetFont(
      c.pdf, HPDF_LoadTTFontFromFile(c.pdf, FONT_DIR "LiberationSerif-Regular.ttf", HPDF_TRUE), "UTF-8");
  c.bold = HPDF_GetFont(c.pdf, HPDF_LoadTTFontFromFile(c.pdf, FONT_DIR "LiberationSerif-Bold.ttf", HPDF_TRUE),
                        "UTF-8");
  c.italic = HPDF_GetFont(
      c.pdf, HPDF_LoadTTFontFromFile(c.pdf, FONT_DIR "LiberationSerif-Italic.ttf", HPDF_TRUE), "UTF-8");
  c.bold_italic = HPDF_GetFont(
      c.pdf, HPDF_LoadTTFontFromFile(c.pdf, FONT_DIR "LiberationSerif-BoldItalic.ttf", HPDF_TRUE), "UTF-8");
  HPDF_SetInfoAttr(c.pdf, HPDF_INFO_TITLE, "Báo cáo kết quả xây dựng xã hội học tập năm 2025");
  HPDF_SetInfoAttr(c.pdf, HPDF_INFO_AUTHOR, "Sở Giáo dục và Đào tạo");
  HPDF_SetInfoDateAttr(c.pdf, HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(c.pdf, HPDF_INFO_MOD_DATE, date);
  new_page(&c, 0);

  /* Header: two columns, rules, number and date, tên loại, trích yếu. */
  mid = c.left + (c.right - c.left) * 0.42f;
  centred(&c, c.regular, 13, c.left, mid, c.y + 12, "UBND TỈNH NINH BÌNH");
  centred(&c, c.bold, 13, c.left, mid, c.y + 27, "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  line(&c, (c.left + mid) / 2 - 30, c.y + 33, (c.left + mid) / 2 + 30, c.y + 33, 0.6f);
  centred(&c, c.bold, 12, mid, c.right, c.y + 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  centred(&c, c.bold, 13, mid, c.right, c.y + 27, "Độc lập - Tự do - Hạnh phúc");
  line(&c, (mid + c.right) / 2 - text_w(&c, c.bold, 13, "Độc lập - Tự do - Hạnh phúc") / 2, c.y + 33,
       (mid + c.right) / 2 + text_w(&c, c.bold, 13, "Độc lập - Tự do - Hạnh phúc") / 2, c.y + 33, 0.6f);
  centred(&c, c.regular, 13, c.left, mid, c.y + 52, "Số: 125/BC-SGDĐT");
  centred(&c, c.italic, 14, mid, c.right, c.y + 52, "Ninh Bình, ngày 12 tháng 12 năm 2025");
  centred(&c, c.bold, 14, c.left, c.right, c.y + 86, "BÁO CÁO");
  centred(&c, c.bold, 14, c.left, c.right, c.y + 102, "Kết quả xây dựng xã hội học tập năm 2025");
  line(&c, (c.left + c.right) / 2 - 45, c.y + 108, (c.left + c.right) / 2 + 45, c.y + 108, 0.6f);
  c.y += 130;

  paragraph(&c, c.regular, 14,
            "Thực hiện Kế hoạch số 145/KH-UBND ngày 07/11/2022 của Ủy ban nhân dân tỉnh về thực hiện Đề án "
            "“Xây dựng "
            "xã hội học tập giai đoạn 2021-2030”, Sở Giáo dục và Đào tạo báo cáo kết quả xây dựng xã hội học "
            "tập năm "
            "2025 trên địa bàn tỉnh như sau:",
            MM(12.7f));
  paragraph(&c, c.bold, 14, "I. KẾT QUẢ THỰC HIỆN", MM(12.7f));
  paragraph(&c, c.bold, 14, "1. Công tác chỉ đạo, điều hành", MM(12.7f));
  for (i = 0; i < 3; ++i) paragraph(&c, c.regular, 14, kBody[0], MM(12.7f));
  paragraph(&c, c.bold, 14, "2. Kết quả công nhận các mô hình học tập", MM(12.7f));
  paragraph(&c, c.regular, 14,
            "- Gia đình học tập: 257.182/352.943, đạt 72,9%; chỉ tiêu năm 2025: 70% (đạt);", MM(12.7f));
  paragraph(&c, c.regular, 14,
            "- Dòng họ học tập: 2.092/3.232, đạt 64,7%; chỉ tiêu năm 2025: 65% (chưa đạt);", MM(12.7f));
  paragraph(&c, c.regular, 14, "- Cộng đồng học tập: 747/1.121, đạt 66,6%; chỉ tiêu năm 2025: 65% (đạt).",
            MM(12.7f));
  ensure(&c, 60);
  centred(&c, c.bold, 14, c.left, c.right, c.y + 13,
          "Bảng 1. Kết quả công nhận gia đình học tập theo đơn vị");
  c.y += 20;
  table(&c, rows, 0);
  chart(&c);
  paragraph(&c, c.bold, 14, "3. Hoạt động của trung tâm học tập cộng đồng", MM(12.7f));
  for (i = 1; i < 5; ++i) paragraph(&c, c.regular, 14, kBody[i], MM(12.7f));
  paragraph(&c, c.bold, 14, "II. ĐÁNH GIÁ CHUNG", MM(12.7f));
  paragraph(
      &c, c.regular, 14,
      "Năm 2025, phong trào xây dựng xã hội học tập tiếp tục được các cấp ủy đảng, chính quyền quan tâm chỉ "
      "đạo; tỷ lệ gia đình học tập và cộng đồng học tập đạt và vượt chỉ tiêu đề ra. Tuy nhiên, tỷ lệ dòng họ "
      "học tập chưa đạt chỉ tiêu, một số đơn vị còn chậm triển khai.",
      MM(12.7f));
  paragraph(&c, c.bold, 14, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", MM(12.7f));
  paragraph(&c, c.regular, 14,
            "Tiếp tục đẩy mạnh tuyên truyền, nâng cao nhận thức về xây dựng xã hội học tập; nâng cao chất "
            "lượng hoạt "
            "động của các trung tâm học tập cộng đồng; tăng cường kiểm tra, đánh giá, công nhận các mô hình "
            "học tập "
            "bảo đảm thực chất, hiệu quả. Sở Giáo dục và Đào tạo kính báo cáo Ủy ban nhân dân tỉnh.",
            MM(12.7f));
  ensure(&c, 160);
  text_at(&c, c.bold_italic, 12, c.left, c.y + 11, "Nơi nhận:");
  text_at(&c, c.regular, 11, c.left, c.y + 25, "- UBND tỉnh (để b/c);");
  text_at(&c, c.regular, 11, c.left, c.y + 38, "- Bộ GD&ĐT (để b/c);");
  text_at(&c, c.regular, 11, c.left, c.y + 51, "- Hội Khuyến học tỉnh;");
  text_at(&c, c.regular, 11, c.left, c.y + 64, "- UBND các xã, phường;");
  text_at(&c, c.regular, 11, c.left, c.y + 77, "- Lưu: VT, GDTX.");
  centred(&c, c.bold, 14, mid, c.right, c.y + 13, "KT. GIÁM ĐỐC");
  centred(&c, c.bold, 14, mid, c.right, c.y + 29, "PHÓ GIÁM ĐỐC");
  centred(&c, c.bold, 14, mid, c.right, c.y + 130, "Nguyễn Văn An");

  c.number = 0; /* the appendix is numbered on its own */
  new_page(&c, 1);
  centred(&c, c.bold, 14, c.left, c.right, c.y + 13, "Phụ lục");
  centred(&c, c.bold, 14, c.left, c.right, c.y + 29, "KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM 2025 THEO ĐƠN VỊ");
  centred(&c, c.bold, 14, c.left, c.right, c.y + 45, "(Kèm theo Báo cáo số 125/BC-SGDĐT)");
  c.y += 56;
  table(&c, rows, 1);
  HPDF_SaveToFile(c.pdf, path);
  HPDF_Free(c.pdf);
}

int main(int argc, char** argv) {
  int count = argc > 2 ? atoi(argv[2]) : 50, rows = argc > 3 ? atoi(argv[3]) : 40, i;
  char path[4096];
  struct timespec t0, t1;
  FILE* f;
  long size = 0;
  double ms, cpu_ms;
  clock_t cpu0;
  if (argc < 2) {
    fprintf(stderr, "usage: %s OUT_DIR [COUNT] [ROWS]\n", argv[0]);
    return 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &t0);
  cpu0 = clock();
  for (i = 0; i < count; ++i) {
    snprintf(path, sizeof path, "%s/plain-%d.pdf", argv[1], i);
    document(path, rows);
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  cpu_ms = 1000.0 * (double)(clock() - cpu0) / CLOCKS_PER_SEC;
  ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
  f = fopen(path, "rb");
  if (f) {
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fclose(f);
  }
  printf("plain libharu: %d documents, %.1f ms/doc wall, %.1f ms/doc CPU, %ld bytes (%.1f KB)\n", count,
         ms / count, cpu_ms / count, size, size / 1024.0);
  return 0;
}
