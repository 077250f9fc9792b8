#!/usr/bin/env python3
"""Peer of workload 3 (BENCHMARKS.md): python3-openpyxl in write-only mode
writing the same 10-column rows as bench/baselines/plain_libxlsxwriter.c
(same texts, same numbers), XLSX only, as an office script would.
Usage: openpyxl_export.py OUT_DIR [ROWS=100000]"""
import os, sys

from openpyxl import Workbook

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
wb = Workbook(write_only=True)
ws = wb.create_sheet()
ws.append(['Lượt nộp', 'Mã đơn vị', 'Tên đơn vị', 'Kỳ báo cáo', 'Tệp nguồn', 'Thời điểm nhập (UTC)', 'Chỉ số',
           'Số đạt', 'Tổng số', 'Ghi chú'])
for i in range(rows):
    ws.append([i // 5 + 1, f'{10000 + i // 5 % 3000:05d}', f'Phường Phủ Lý {i // 5 % 3000}', 2025,
               f'so-lieu-{i // 5}.xlsx', '2026-11-23T12:00:00Z', 'gia_dinh_hoc_tap', i * 37 % 7069, 7069,
               f'ghi chú {i}'])
wb.save(os.path.join(out, 'openpyxl-export.xlsx'))
