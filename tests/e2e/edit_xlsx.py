#!/usr/bin/python3
# Copies an XLSX with some cells changed, as a unit's clerk would (openpyxl,
# which keeps merged ranges). Usage: edit_xlsx.py IN OUT [SHEET!]CELL=VALUE...
# VALUE: a number if it parses as one, empty for a blank cell, "s:TEXT" for
# text that must stay text.
import sys

import openpyxl


def value(text):
    if text == "":
        return None
    if text.startswith("s:"):
        return text[2:]
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def main(src, dst, edits):
    wb = openpyxl.load_workbook(src)
    for edit in edits:
        ref, _, text = edit.partition("=")
        sheet, _, cell = ref.rpartition("!")
        ws = wb[sheet] if sheet else wb.worksheets[0]
        ws[cell] = value(text)
    wb.save(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
