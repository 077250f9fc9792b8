#!/usr/bin/python3
"""Reads a form written by `baocao form` back with openpyxl (a tool we did not
write) and checks what makes it a form a unit cannot fill wrongly: the sheet
is protected and only the figure, note and reporter cells are unlocked; the
figure cells carry the custom validations (whole, not negative, numerator at
most the denominator) with Vietnamese input and error messages; the reporter
cell is a dropdown fed by a range of the hidden list sheet; the hidden meta
sheet names the form, version, level and period; print titles, A4
landscape, fit to width, frozen panes, properties.
Then, with FILLED given, fills every unit's figures (numerator i*10+k,
denominator i*10+k+100, so import results are predictable) and the reporter
cell, and saves as FILLED, as a clerk's copy would be.
Usage: check_form.py FORM.xlsx PERIOD LEVEL UNITS INDICATOR... [--fill FILLED.xlsx]
Prints "ok" on success."""
import sys

import openpyxl
from openpyxl.utils import get_column_letter

args = sys.argv[1:]
filled = None
if '--fill' in args:
    i = args.index('--fill')
    filled = args[i + 1]
    del args[i:i + 2]
path, period, level, units = args[0], int(args[1]), args[2], int(args[3])
indicators = args[4:]

wb = openpyxl.load_workbook(path)
assert wb.sheetnames == ['Biểu mẫu', 'DanhSachDonVi', '_baocao'], wb.sheetnames
ws, lst, meta = wb['Biểu mẫu'], wb['DanhSachDonVi'], wb['_baocao']
assert ws.sheet_state == 'visible'
assert lst.sheet_state in ('hidden', 'veryHidden'), lst.sheet_state
assert meta.sheet_state in ('hidden', 'veryHidden'), meta.sheet_state

# The hidden sheet identifies the form.
kv = {r[0]: r[1:] for r in meta.iter_rows(values_only=True)}
assert kv['form_id'][0] == 'baocao.bieu-mau-thu-thap', kv
assert kv['version'][0] == 1, kv
assert kv['level'][0] == level, kv
assert kv['period'][0] == period, kv
assert kv['sheet'][0] == 'Biểu mẫu', kv
ids = [r[1] for r in meta.iter_rows(values_only=True) if r[0] == 'indicator']
assert ids == indicators, (ids, indicators)
for sheet in (ws, lst, meta):
    assert sheet.protection.sheet, sheet.title + ' must be protected'

# Title names the period; year cell; headings with diacritics.
assert str(period) in ws['A1'].value and 'Biểu thu thập số liệu' in ws['A1'].value, ws['A1'].value
assert ws['A2'].value == 'Năm báo cáo' and ws['B2'].value == period, (ws['A2'].value, ws['B2'].value)
assert ws['A3'].value == 'Đơn vị lập biểu'
assert ws['A4'].value == 'Mã đơn vị' and ws['B4'].value == 'Tên đơn vị', (ws['A4'].value, ws['B4'].value)
merged = {str(r) for r in ws.merged_cells.ranges}
assert 'A4:A5' in merged and 'B4:B5' in merged and 'C4:D4' in merged, merged
note_col = 3 + 2 * len(indicators)
assert ws.cell(4, note_col).value == 'Ghi chú', ws.cell(4, note_col).value
first, last = 6, 6 + units - 1
assert ws.cell(last, 1).value and ws.cell(last + 1, 1).value is None, 'one row per unit'
names = [ws.cell(r, 2).value for r in range(first, last + 1)]
assert [c.value for c in lst['A']] == names, 'the dropdown lists the units of the form'

# Exactly the input cells are unlocked.
unlocked = set()
for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
    for c in row:
        if not c.protection.locked:
            unlocked.add(c.coordinate)
want = {'B3'}
for r in range(first, last + 1):
    for col in range(3, note_col + 1):
        want.add(get_column_letter(col) + str(r))
assert unlocked == want, (sorted(unlocked - want)[:5], sorted(want - unlocked)[:5])

# Validations.
dvs = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
for k in range(len(indicators)):
    n, d = get_column_letter(3 + 2 * k), get_column_letter(4 + 2 * k)
    for col, other in ((n, d), (d, n)):
        ref = '%s%d' % (col, first) if first == last else '%s%d:%s%d' % (col, first, col, last)
        dv = dvs[ref]
        assert dv.type == 'custom', dv.type
        f = dv.formula1
        me = col + str(first)
        assert ('INT(%s)=%s' % (me, me)) in f and (me + '>=0') in f, f
        assert ('%s%d<=%s%d' % (n, first, d, first)) in f and ('%s%d=""' % (other, first)) in f, f
        assert dv.showInputMessage and dv.showErrorMessage and dv.errorStyle in (None, 'stop'), dv
        assert dv.promptTitle in ('Số được công nhận', 'Tổng số'), dv.promptTitle
        assert 'số nguyên không âm' in dv.prompt, dv.prompt
        assert dv.errorTitle == 'Số liệu không hợp lệ' and 'không được lớn hơn tổng số' in dv.error, dv.error
dv = dvs['B3']
assert dv.type == 'list' and dv.formula1 == "'DanhSachDonVi'!$A$1:$A$%d" % units, (dv.type, dv.formula1)
assert dv.promptTitle == 'Đơn vị lập biểu' and 'Chọn tên đơn vị' in dv.prompt, dv.prompt
assert len(dvs) == 2 * len(indicators) + 1, list(dvs)

# Print setup, panes, widths, properties.
assert ws.print_title_rows in ('4:5', '$4:$5'), ws.print_title_rows
assert ws.page_setup.orientation == 'landscape' and int(ws.page_setup.paperSize) == 9, ws.page_setup
assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (1, '1', None), ws.page_setup
assert int(ws.page_setup.fitToHeight) == 0, ws.page_setup.fitToHeight
assert '&P' in ws.oddFooter.center.text, ws.oddFooter.center.text
assert ws.freeze_panes == 'C6', ws.freeze_panes
longest = max(len(x) for x in names)
assert ws.column_dimensions['B'].width >= longest, (ws.column_dimensions['B'].width, longest)
assert wb.properties.title and str(period) in wb.properties.title, wb.properties.title
assert wb.properties.keywords == 'baocao.bieu-mau-thu-thap v1', wb.properties.keywords

if filled:
    ws['B3'] = names[0]
    for i, r in enumerate(range(first, last + 1)):
        for k in range(len(indicators)):
            ws.cell(r, 3 + 2 * k).value = i * 10 + k
            ws.cell(r, 4 + 2 * k).value = i * 10 + k + 100
    ws.cell(first, note_col).value = 'đã kiểm tra'
    wb.save(filled)
print('ok')
