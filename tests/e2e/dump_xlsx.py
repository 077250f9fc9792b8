#!/usr/bin/python3
# Prints every non-empty row of the first sheet of an XLSX, cells joined by
# " | ", read by openpyxl (not by our code). Usage: dump_xlsx.py FILE
import sys

import openpyxl

ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for row in ws.iter_rows(values_only=True):
    if any(v is not None for v in row):
        print(" | ".join("" if v is None else str(v) for v in row))
