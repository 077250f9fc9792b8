#!/usr/bin/env python3
"""Independent check of baocao's summary XLSX: recompute the totals from the
figures CSV with Python and compare with what openpyxl reads back.
The appendix is the sheet phu-luc-don-vi, or with more than five indicators
one sheet per programme (phu-luc-don-vi, phu-luc-don-vi-2, ...; each then
opens with its caption row), the indicators in the CSV's order across them.
A unit without an indicator's figures (blank pair) shows "-" in its cells.
Usage: check_summary_xlsx.py FIGURES.csv REPORT.xlsx"""
import csv, sys
import openpyxl

figures, report = sys.argv[1], sys.argv[2]
with open(figures, encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
ids = [h[:-4] for h in rows[0].keys() if h.endswith('_dat')]
values_book = openpyxl.load_workbook(report, data_only=True)  # cached results, as viewers show them
formulas_book = openpyxl.load_workbook(report)
sheets = [n for n in values_book.sheetnames if n == 'phu-luc-don-vi' or n.startswith('phu-luc-don-vi-')]
assert sheets and sheets[0] == 'phu-luc-don-vi', values_book.sheetnames
done = 0  # indicators checked on earlier sheets
rules_total = 0
for name in sheets:
    ws, formulas = values_book[name], formulas_book[name]
    # The appendix's heading ("Phụ lục I", its title, "(Kèm theo ...)", a blank
    # row), the caption if the appendix has several tables, then the header:
    # 2 rows (indicator names merged over Đạt/Tổng/Tỷ lệ).
    assert ws.cell(1, 1).value == 'Phụ lục I', ws.cell(1, 1).value
    assert str(ws.cell(3, 1).value).startswith('(Kèm theo'), ws.cell(3, 1).value
    top = next(r for r in range(1, 12) if ws.cell(r, 1).value == 'STT')
    assert (ws.cell(top - 1, 1).value is None) == (len(sheets) == 1), (name, top)
    first = top + 2
    assert ws.cell(top + 1, 3).value == 'Đạt' and ws.cell(top + 1, 4).value == 'Tổng' and ws.cell(top + 1, 5).value == 'Tỷ lệ'
    groups = sum(1 for c in range(3, ws.max_column + 1) if ws.cell(top + 1, c).value == 'Đạt')
    sheet_ids = ids[done:done + groups]
    done += groups
    for r, unit in enumerate(rows, start=first):
        assert ws.cell(r, 2).value == unit['ten_don_vi'], (r, ws.cell(r, 2).value)
        for k, ind in enumerate(sheet_ids):
            col = 3 + 3 * k
            if unit[ind + '_dat'] == '' and unit[ind + '_tong'] == '':
                assert [ws.cell(r, col + j).value for j in range(3)] == ['-'] * 3, (name, r, col)
                continue
            num, den = int(unit[ind + '_dat']), int(unit[ind + '_tong'])
            assert ws.cell(r, col).value == num, (r, col)
            assert ws.cell(r, col + 1).value == den, (r, col + 1)
            assert abs(ws.cell(r, col + 2).value - num / den) < 1e-9, (r, col + 2)
            assert ws.cell(r, col + 2).number_format == '0.0%'
            n, d = ws.cell(r, col).coordinate, ws.cell(r, col + 1).coordinate
            assert formulas.cell(r, col + 2).value == f'=IFERROR({n}/{d},"")', formulas.cell(r, col + 2).value
    total = len(rows) + first
    assert ws.cell(total, 1).value == 'Tổng cộng'
    for k, ind in enumerate(sheet_ids):
        num = sum(int(u[ind + '_dat']) for u in rows if u[ind + '_dat'] != '')
        den = sum(int(u[ind + '_tong']) for u in rows if u[ind + '_tong'] != '')
        col = 3 + 3 * k
        assert ws.cell(total, col).value == num, (ind, ws.cell(total, col).value, num)
        assert ws.cell(total, col + 1).value == den
        assert abs(ws.cell(total, col + 2).value - num / den) < 1e-9  # sum of parts, not mean of rates
        letter = ws.cell(first, col).column_letter
        assert formulas.cell(total, col).value == f'=SUM({letter}{first}:{letter}{total - 1})', formulas.cell(total, col).value
    # Print setup and frozen header: A4, header rows repeated, page numbers at
    # the top (tests/e2e/check_appendix_xlsx.py checks the rest of printing).
    assert formulas.freeze_panes == f'A{first}', formulas.freeze_panes
    assert formulas.print_title_rows in (f'{top}:{top + 1}', f'${top}:${top + 1}'), formulas.print_title_rows
    assert formulas.page_setup.paperSize in (9, '9'), formulas.page_setup.paperSize
    assert formulas.page_setup.orientation == 'landscape'
    assert '&P' in (formulas.oddHeader.center.text or ''), formulas.oddHeader.center.text
    # Printed at 100 %, not shrunk to fit the page.
    assert not (formulas.sheet_properties.pageSetUpPr and formulas.sheet_properties.pageSetUpPr.fitToPage)
    # Number formats that a Vietnamese Excel shows with its own separators
    # (1.234 and 72,5%): locale-neutral codes, no hard-coded separators or text.
    for k in range(len(sheet_ids)):
        col = 3 + 3 * k
        for r in (first, total):
            assert ws.cell(r, col).number_format == '#,##0', (r, col, ws.cell(r, col).number_format)
            assert ws.cell(r, col + 1).number_format == '#,##0', (r, col + 1, ws.cell(r, col + 1).number_format)
            assert ws.cell(r, col + 2).number_format == '0.0%', (r, col + 2, ws.cell(r, col + 2).number_format)
    # Columns wide enough for the longest unit name (code points, not bytes).
    longest = max(len(u['ten_don_vi']) for u in rows)
    assert formulas.column_dimensions['B'].width >= longest, (formulas.column_dimensions['B'].width, longest)
    # Rates below the indicator's target are marked.
    rules = [r for rng in formulas.conditional_formatting for r in rng.rules]
    assert len(rules) == len(sheet_ids), (name, len(rules))
    assert all(r.operator == 'lessThan' for r in rules)
    rules_total += len(rules)
assert done == len(ids), (done, ids)
# Document properties.
props = openpyxl.load_workbook(report).properties
assert props.title and props.creator and props.created, (props.title, props.creator, props.created)
print('ok', len(rows), 'units', len(ids), 'indicators')
