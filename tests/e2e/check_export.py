#!/usr/bin/env python3
"""Reads `baocao export`'s XLSX and CSV back with tools we did not write:
openpyxl (values and cell types), Python's csv module (BOM, quoting, the
OWASP apostrophe) and LibreOffice headless (converts the XLSX to CSV, which
must show the same values). Text cells that look like formulas must be
strings in the XLSX and apostrophe-prefixed in our CSV.
Usage: check_export.py EXPORT.xlsx EXPORT.csv WORKDIR ROWS NEEDLE...
WORKDIR '-' skips LibreOffice. (each NEEDLE is a text that must appear, unchanged, as a string cell)"""
import csv, os, subprocess, sys, zipfile
import openpyxl

xlsx, csv_path, work, rows_expected = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
needles = sys.argv[5:]

raw = open(csv_path, 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'CSV must start with the UTF-8 BOM'
with open(csv_path, encoding='utf-8-sig', newline='') as f:
    ours_csv = list(csv.reader(f))

with zipfile.ZipFile(xlsx) as z:
    # constant_memory streaming: libxlsxwriter then writes strings inline in
    # the sheet (no shared-string table, which would hold the month in memory).
    assert 'xl/sharedStrings.xml' not in z.namelist(), 'shared strings: not constant_memory'
    assert b't="inlineStr"' in z.read('xl/worksheets/sheet1.xml'), 'no inline strings: not constant_memory'
    for name in z.namelist():
        if name.startswith('xl/worksheets/'):
            assert b'<f>' not in z.read(name), 'a formula in ' + name

wb = openpyxl.load_workbook(xlsx)
ws = wb.worksheets[0]
grid = [[c for c in row] for row in ws.iter_rows()]
assert len(grid) == rows_expected + 1, (len(grid), rows_expected)
assert len(ours_csv) == rows_expected + 1, (len(ours_csv), rows_expected)
assert ws.freeze_panes == 'A2', ws.freeze_panes

numeric_cols = {0, 3, 7, 8}
# The submission's number and the year name something: their digits as they
# are (2025, never 2,025). Quantities are grouped, decimals only when present
# ("#,##0.##" would show Excel's "7,069." for a whole number).
id_cols, quantity_cols = {0, 3}, {7, 8}


def expected_format(c, value):
    if c in id_cols:
        return 'General'
    return '#,##0' if float(value).is_integer() else '#,##0.0#'


def shown(c, value):
    # What LibreOffice shows in en-US (the conversion's locale 1033).
    if c in id_cols:
        return str(int(value)) if float(value).is_integer() else repr(value)
    if float(value).is_integer():
        return f'{int(value):,}'
    text = f'{value:,.2f}'
    return text[:-1] if text.endswith('0') else text


seen = set()
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        value = cell.value
        text = ours_csv[r][c]
        if r > 0 and c in numeric_cols:
            assert cell.data_type == 'n' and isinstance(value, (int, float)), (cell.coordinate, value)
            assert float(text) == float(value), (cell.coordinate, text, value)
            assert cell.number_format == expected_format(c, value), (cell.coordinate, cell.number_format)
            continue
        if value is None:
            assert text == '', (cell.coordinate, text)
            continue
        assert cell.data_type == 's' and isinstance(value, str), (cell.coordinate, cell.data_type, value)
        if value[:1] in ('=', '+', '-', '@'):
            assert text == "'" + value, (cell.coordinate, text, value)
        else:
            assert text == value, (cell.coordinate, text, value)
        seen.add(value)
for n in needles:
    assert n in seen, ('missing string cell', n)

if work == '-':  # the PostgreSQL run: LibreOffice already checked the SQLite one
    print('ok', rows_expected)
    sys.exit(0)
profile = 'file://' + os.path.join(work, 'lo-profile')
# Token 9: the cells' contents as shown, so the numbers' formats are read too.
flt = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false'
subprocess.run(['soffice', '-env:UserInstallation=' + profile, '--headless', '--convert-to', flt,
                '--outdir', work, xlsx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
               timeout=180)
lo_path = os.path.join(work, os.path.splitext(os.path.basename(xlsx))[0] + '.csv')
with open(lo_path, encoding='utf-8', newline='') as f:
    lo = list(csv.reader(f))
assert len(lo) == len(grid), (len(lo), len(grid))
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        theirs = lo[r][c] if c < len(lo[r]) else ''
        if cell.value is None:
            assert theirs == '', (cell.coordinate, theirs)
        elif isinstance(cell.value, str):
            assert theirs == cell.value, (cell.coordinate, theirs, cell.value)
        else:
            assert r > 0 and c in numeric_cols, cell.coordinate
            assert theirs == shown(c, cell.value), (cell.coordinate, theirs, cell.value)
print('ok', rows_expected)
