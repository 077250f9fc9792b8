#!/usr/bin/env python3
"""Proves baocao's XLSX formulas compute what baocao cached: strip the cached
results (openpyxl saves formulas without values), let LibreOffice headless
calculate them while converting every sheet to CSV, and compare each number
with the cached value baocao wrote.
Usage: recalc_with_libreoffice.py REPORT.xlsx WORKDIR"""
import csv, glob, os, subprocess, sys
import openpyxl

report, work = sys.argv[1], sys.argv[2]
stripped = os.path.join(work, 'stripped.xlsx')
openpyxl.load_workbook(report).save(stripped)
cached = openpyxl.load_workbook(report, data_only=True)
formulas = openpyxl.load_workbook(report)
profile = 'file://' + os.path.join(work, 'lo-profile')
# 44,34,76,1: comma, quote, UTF-8, from line 1; 'false' in 9th place: raw values, not as shown; -1: every sheet.
flt = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1'
subprocess.run(['soffice', '-env:UserInstallation=' + profile, '--headless', '--convert-to', flt,
                '--outdir', work, stripped], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
               timeout=180)
checked = 0
for ws in formulas.worksheets:
    path = os.path.join(work, f'stripped-{ws.title}.csv')
    assert os.path.exists(path), (path, glob.glob(os.path.join(work, '*.csv')))
    with open(path, encoding='utf-8') as f:
        rows = list(csv.reader(f))
    for row in ws.iter_rows():
        for cell in row:
            if not (isinstance(cell.value, str) and cell.value.startswith('=')):
                continue
            ours = cached[ws.title][cell.coordinate].value
            theirs = rows[cell.row - 1][cell.column - 1]
            if ours in (None, ''):
                assert theirs == '', (ws.title, cell.coordinate, theirs)
            else:
                # LibreOffice keeps the percent sign even for raw values: "72.86785%".
                value = float(theirs[:-1]) / 100 if theirs.endswith('%') else float(theirs)
                assert abs(value - float(ours)) < 1e-9, (ws.title, cell.coordinate, theirs, ours)
            checked += 1
assert checked > 0, 'no formulas found'
print('recalculated', checked, 'formulas')
