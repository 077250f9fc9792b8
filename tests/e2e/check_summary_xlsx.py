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
wb = openpyxl.load_workbook(report, data_only=True)  # cached results, as viewers show them
ws = wb['phu-luc-don-vi']
formulas = openpyxl.load_workbook(report)['phu-luc-don-vi']
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
        n, d = ws.cell(r, col).coordinate, ws.cell(r, col + 1).coordinate
        assert formulas.cell(r, col + 2).value == f'=IFERROR({n}/{d},"")', formulas.cell(r, col + 2).value
total = len(rows) + 3
assert ws.cell(total, 1).value == 'Tổng cộng'
for k, ind in enumerate(ids):
    num = sum(int(u[ind + '_dat']) for u in rows)
    den = sum(int(u[ind + '_tong']) for u in rows)
    col = 3 + 3 * k
    assert ws.cell(total, col).value == num, (ind, ws.cell(total, col).value, num)
    assert ws.cell(total, col + 1).value == den
    assert abs(ws.cell(total, col + 2).value - num / den) < 1e-9  # sum of parts, not mean of rates
    letter = ws.cell(3, col).column_letter
    assert formulas.cell(total, col).value == f'=SUM({letter}3:{letter}{total - 1})', formulas.cell(total, col).value
# Print setup and frozen header: A4, header rows repeated, page numbers in the footer.
assert formulas.freeze_panes == 'A3', formulas.freeze_panes
assert formulas.print_title_rows in ('1:2', '$1:$2'), formulas.print_title_rows
assert formulas.page_setup.paperSize in (9, '9'), formulas.page_setup.paperSize
assert formulas.page_setup.orientation == 'landscape'
assert '&P' in (formulas.oddFooter.center.text or ''), formulas.oddFooter.center.text
# Fit to one page wide (any number of pages tall).
assert formulas.sheet_properties.pageSetUpPr.fitToPage, 'fit to page'
assert int(formulas.page_setup.fitToWidth or 1) == 1 and int(formulas.page_setup.fitToHeight) == 0, \
    (formulas.page_setup.fitToWidth, formulas.page_setup.fitToHeight)
# Number formats that a Vietnamese Excel shows with its own separators
# (1.234 and 72,5%): locale-neutral codes, no hard-coded separators or text.
for k in range(len(ids)):
    col = 3 + 3 * k
    for r in (3, total):
        assert ws.cell(r, col).number_format == '#,##0', (r, col, ws.cell(r, col).number_format)
        assert ws.cell(r, col + 1).number_format == '#,##0', (r, col + 1, ws.cell(r, col + 1).number_format)
        assert ws.cell(r, col + 2).number_format == '0.0%', (r, col + 2, ws.cell(r, col + 2).number_format)
# Columns wide enough for the longest unit name (code points, not bytes).
longest = max(len(u['ten_don_vi']) for u in rows)
assert formulas.column_dimensions['B'].width >= longest, (formulas.column_dimensions['B'].width, longest)
# Document properties.
props = openpyxl.load_workbook(report).properties
assert props.title and props.creator and props.created, (props.title, props.creator, props.created)
# Rates below the indicator's target are marked.
rules = [r for rng in formulas.conditional_formatting for r in rng.rules]
assert len(rules) == len(ids), len(rules)
assert all(r.operator == 'lessThan' for r in rules)
print('ok', len(rows), 'units', len(ids), 'indicators')
