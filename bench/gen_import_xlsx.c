/* Workload 4 of BENCHMARKS.md: a units' form of ROWS rows
 * x 10 columns, written with plain libxlsxwriter the way an office program
 * writes one (shared strings, not libxlsxwriter's constant-memory inline
 * strings), plus the units CSV (GSO layout) that makes every row's unit code
 * known to the store, so `baocao import` runs the whole path (read, validate,
 * write) instead of stopping at "unknown unit".
 * Columns: ma_don_vi, ten_don_vi, then <id>_dat / <id>_tong for four
 * indicators of the national catalogue (the built-in figures mapping).
 * Usage: gen_import_xlsx OUT.xlsx UNITS.csv [ROWS=100000] */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

static const char* kIndicators[] = {"gia_dinh_hoc_tap", "dong_ho_hoc_tap", "cong_dong_hoc_tap",
                                    "don_vi_hoc_tap"};

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s OUT.xlsx UNITS.csv [ROWS=100000]\n", argv[0]);
    return 2;
  }
  long rows = argc > 3 ? atol(argv[3]) : 100000;
  FILE* units = fopen(argv[2], "w");
  if (!units) {
    perror(argv[2]);
    return 1;
  }
  fprintf(units, "ma_tinh,ten_tinh,loai_tinh,ma_xa,ten_xa,loai_xa\n");

  lxw_workbook* wb = workbook_new(argv[1]);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Biểu 1");
  worksheet_write_string(ws, 0, 0, "ma_don_vi", NULL);
  worksheet_write_string(ws, 0, 1, "ten_don_vi", NULL);
  char buf[96];
  for (int k = 0; k < 4; ++k) {
    snprintf(buf, sizeof buf, "%s_dat", kIndicators[k]);
    worksheet_write_string(ws, 0, (lxw_col_t)(2 + 2 * k), buf, NULL);
    snprintf(buf, sizeof buf, "%s_tong", kIndicators[k]);
    worksheet_write_string(ws, 0, (lxw_col_t)(3 + 2 * k), buf, NULL);
  }
  srand(2025);
  for (long r = 1; r <= rows; ++r) {
    char code[24], name[64];
    /* Codes 900001...: outside the GSO range, so they never clash with the
     * 3,321 communes the store loads by default. */
    snprintf(code, sizeof code, "%06ld", 900000 + r);
    snprintf(name, sizeof name, "Xã Học Tập Số %ld", r);
    fprintf(units, "99,Tỉnh Thử Nghiệm,Tỉnh,%s,%s,Xã\n", code, name);
    worksheet_write_string(ws, (lxw_row_t)r, 0, code, NULL);
    worksheet_write_string(ws, (lxw_row_t)r, 1, name, NULL);
    for (int k = 0; k < 4; ++k) {
      int total = 200 + rand() % 2000;
      int done = rand() % (total + 1);
      worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)(2 + 2 * k), done, NULL);
      worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)(3 + 2 * k), total, NULL);
    }
  }
  if (fclose(units) != 0) {
    perror(argv[2]);
    return 1;
  }
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    fprintf(stderr, "%s: %s\n", argv[1], lxw_strerror(err));
    return 1;
  }
  return 0;
}
