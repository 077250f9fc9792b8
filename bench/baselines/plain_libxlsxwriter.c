/* Baseline for bench_export: a plain libxlsxwriter C program writing the same
 * 10-column rows (same texts, same numbers) in constant_memory mode, with
 * nothing else: no CSV, no atomic rename. Prints time and peak RSS.
 * Usage: plain_libxlsxwriter OUT_DIR [ROWS=100000] */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <xlsxwriter.h>

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s OUT_DIR [ROWS]\n", argv[0]);
    return 2;
  }
  long rows = argc > 2 ? atol(argv[2]) : 100000;
  char path[4096], text[64];
  snprintf(path, sizeof path, "%s/plain-libxlsxwriter.xlsx", argv[1]);
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  lxw_workbook_options opts = {.constant_memory = LXW_TRUE};
  lxw_workbook* wb = workbook_new_opt(path, &opts);
  lxw_worksheet* ws = workbook_add_worksheet(wb, NULL);
  const char* headings[10] = {
      "Lượt nộp", "Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Tệp nguồn", "Thời điểm nhập (UTC)",
      "Chỉ số",   "Số đạt",    "Tổng số",    "Ghi chú"};
  for (int c = 0; c < 10; ++c) worksheet_write_string(ws, 0, (lxw_col_t)c, headings[c], NULL);
  for (long i = 0; i < rows; ++i) {
    lxw_row_t r = (lxw_row_t)(i + 1);
    worksheet_write_number(ws, r, 0, (double)(i / 5 + 1), NULL);
    snprintf(text, sizeof text, "%05ld", 10000 + i / 5 % 3000);
    worksheet_write_string(ws, r, 1, text, NULL);
    snprintf(text, sizeof text, "Phường Phủ Lý %ld", i / 5 % 3000);
    worksheet_write_string(ws, r, 2, text, NULL);
    worksheet_write_number(ws, r, 3, 2025, NULL);
    snprintf(text, sizeof text, "so-lieu-%ld.xlsx", i / 5);
    worksheet_write_string(ws, r, 4, text, NULL);
    worksheet_write_string(ws, r, 5, "2026-11-23T12:00:00Z", NULL);
    worksheet_write_string(ws, r, 6, "gia_dinh_hoc_tap", NULL);
    worksheet_write_number(ws, r, 7, (double)(i * 37 % 7069), NULL);
    worksheet_write_number(ws, r, 8, 7069, NULL);
    snprintf(text, sizeof text, "ghi chú %ld", i);
    worksheet_write_string(ws, r, 9, text, NULL);
  }
  lxw_error err = workbook_close(wb);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  printf("plain libxlsxwriter: %ld rows x 10 columns, XLSX only: %.3f s, peak RSS %.1f MB\n", rows, s,
         (double)ru.ru_maxrss / 1024.0);
  return err == LXW_NO_ERROR ? 0 : 1;
}
