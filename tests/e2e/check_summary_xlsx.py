#!/usr/bin/env python3
"""Independent check of baocao's summary XLSX: recompute the totals from the
figures CSV with Python and compare with what openpyxl reads back.
Usage: check_summary_xlsx.py FIGURES.csv REPORT.xlsx"""
import csv, sys
import openpyxl

figures, report = sys.argv[1], sys.argv[2]
with open(figures, encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
ids = [h[:-4] for h in rows[0].keys() if h.endswith('_dat')]
wb = openpyxl.load_workbook(report)
ws = wb['phu-luc-don-vi']
# Header: 2 rows (indicator names merged over Đạt/Tổng/Tỷ lệ), data from row 3.
assert ws['A1'].value == 'STT', ws['A1'].value
assert ws['C2'].value == 'Đạt' and ws['D2'].value == 'Tổng' and ws['E2'].value == 'Tỷ lệ'
for r, unit in enumerate(rows, start=3):
    assert ws.cell(r, 2).value == unit['ten_don_vi'], (r, ws.cell(r, 2).value)
    for k, ind in enumerate(ids):
        num, den = int(unit[ind + '_dat']), int(unit[ind + '_tong'])
        col = 3 + 3 * k
        assert ws.cell(r, col).value == num, (r, col)
        assert ws.cell(r, col + 1).value == den, (r, col + 1)
        assert abs(ws.cell(r, col + 2).value - num / den) < 1e-9, (r, col + 2)
        assert ws.cell(r, col + 2).number_format == '0.0%'
total = len(rows) + 3
assert ws.cell(total, 1).value == 'Tổng cộng'
for k, ind in enumerate(ids):
    num = sum(int(u[ind + '_dat']) for u in rows)
    den = sum(int(u[ind + '_tong']) for u in rows)
    col = 3 + 3 * k
    assert ws.cell(total, col).value == num, (ind, ws.cell(total, col).value, num)
    assert ws.cell(total, col + 1).value == den
    assert abs(ws.cell(total, col + 2).value - num / den) < 1e-9  # sum of parts, not mean of rates
print('ok', len(rows), 'units', len(ids), 'indicators')
