#!/usr/bin/python3
# Writes hostile XLSX files into OUTDIR for tests/data-adapters/xlsx: each is
# a well-formed workbook except for one attack, so the reader must refuse it
# for the right reason. Usage: make_hostile.py OUTDIR
import os
import struct
import sys
import zipfile
import zlib

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Biểu 1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{}</t></is></c></row></sheetData></worksheet>')


def workbook_parts(sheet_xml):
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", WB_RELS), ("xl/worksheets/sheet1.xml", sheet_xml)]


def plain(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            z.writestr(name, text)


def deflate_repeated(prefix, filler, count, suffix):
    """Raw deflate of prefix + filler*count + suffix without inflating it
    here: one full-flushed block of `filler` is repeated `count` times
    (each such block is byte-aligned and refers to nothing before it)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    c2 = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c2.compress(filler) + c2.flush(zlib.Z_FULL_FLUSH)
    c3 = zlib.compressobj(9, zlib.DEFLATED, -15)
    tail = c3.compress(suffix) + c3.flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(filler, crc)
    crc = zlib.crc32(suffix, crc)
    return head + block * count + tail, crc, len(prefix) + len(filler) * count + len(suffix)


def raw_zip(path, entries):
    """entries: (name, deflated bytes, crc, declared uncompressed size)."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in entries:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0, crc, len(data), size, len(n), 0) + n + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0, crc, len(data), size,
                               len(n), 0, 0, 0, 0, 0, offset) + n
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                                 len(out), 0)
    with open(path, "wb") as f:
        f.write(out)


def deflated(text):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    b = text.encode()
    return c.compress(b) + c.flush(), zlib.crc32(b), len(b)


def bomb(path, lie):
    """1 GiB of zeros (honest headers) or 1 GiB of spaces inside valid sheet
    XML whose headers claim 1 KB (lying): about 1 MB on disk either way."""
    if lie:
        prefix = SHEET.split("<sheetData>")[0].encode() + b"<sheetData>"
        data, crc, size = deflate_repeated(prefix, b" " * (1 << 20), 1024, b"</sheetData></worksheet>")
        size = 1000
    else:
        data, crc, size = deflate_repeated(b"", b"\0" * (1 << 20), 1024, b"")
    entries = [(n, *deflated(t)) for n, t in workbook_parts("")[:4]]
    entries.append(("xl/worksheets/sheet1.xml", data, crc, size))
    raw_zip(path, entries)


def main(out):
    os.makedirs(out, exist_ok=True)
    bomb(os.path.join(out, "zip-bomb.xlsx"), lie=False)
    bomb(os.path.join(out, "zip-bomb-lying.xlsx"), lie=True)
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
              + ']>' + SHEET.split("?>", 1)[1].format("&lol9;"))
    plain(os.path.join(out, "billion-laughs.xlsx"), workbook_parts(laughs))
    xxe = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           + SHEET.split("?>", 1)[1].format("&xxe;"))
    plain(os.path.join(out, "external-entity.xlsx"), workbook_parts(xxe))
    plain(os.path.join(out, "path-traversal.xlsx"),
          workbook_parts(SHEET.format("x")) + [("../../tmp/baocao-evil.txt", "owned")])
    with open(os.path.join(out, "many-entries.xlsx"), "wb") as f:
        with zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as z:
            for name, text in workbook_parts(SHEET.format("x")):
                z.writestr(name, text)
            for i in range(20):
                z.writestr(f"xl/extra{i}.xml", "<a/>")
    good = os.path.join(out, "good.xlsx")
    plain(good, workbook_parts(SHEET.format("Xin chào")))
    data = open(good, "rb").read()
    open(os.path.join(out, "truncated.xlsx"), "wb").write(data[: len(data) // 2])
    open(os.path.join(out, "renamed-pdf.xlsx"), "wb").write(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    open(os.path.join(out, "empty.xlsx"), "wb").close()
    open(os.path.join(out, "text.xlsx"), "w").write("ma_don_vi,ten_don_vi\n13285,Phường Phủ Lý\n")
    # Shared strings as other writers make them: rich-text runs, a phonetic
    # run (not part of the text), prefixed names, decomposed (NFD) letters.
    sst = ('<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<x:si><x:r><x:t>Gia </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>đình</x:t></x:r></x:si>'
           '<x:si><x:t>Xã</x:t><x:rPh sb="0" eb="1"><x:t>sa</x:t></x:rPh></x:si>'
           '<x:si><x:t>Pho\u0302\u0300</x:t></x:si></x:sst>')
    shared = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
              '<c r="C1" t="s"><v>2</v></c></row></sheetData></worksheet>')
    plain(os.path.join(out, "shared-strings.xlsx"), workbook_parts(shared) + [("xl/sharedStrings.xml", sst)])
    # a sheet that claims the whole grid (dimension, a cell at
    # XFD1048576, a merge over everything), cells beyond the grid, and
    # numbers no spreadsheet writes (1e309 overflows, NaN, inf).
    ws = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    plain(os.path.join(out, "whole-grid.xlsx"), workbook_parts(
        ws + '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>'
        '<mergeCells count="1"><mergeCell ref="B2:XFD1048575"/></mergeCells></worksheet>'))
    plain(os.path.join(out, "beyond-rows.xlsx"), workbook_parts(
        ws + '<sheetData><row r="2000000000"><c><v>1</v></c></row></sheetData></worksheet>'))
    plain(os.path.join(out, "beyond-columns.xlsx"), workbook_parts(
        ws + '<sheetData><row r="1">' + '<c><v>1</v></c>' * 16385 + '</row></sheetData></worksheet>'))
    plain(os.path.join(out, "odd-numbers.xlsx"), workbook_parts(
        ws + '<sheetData><row r="1"><c r="A1"><v>1e309</v></c><c r="B1"><v>NaN</v></c><c r="C1"><v>inf</v></c>'
        '<c r="D1"><v>-1e309</v></c><c r="E1"><v>12.5</v></c></row></sheetData></worksheet>'))
    # a sheet claiming 10^7 columns (UVXWJ is column 10,000,000):
    # by its dimension and column widths only, then with a value there too.
    claim = ('<dimension ref="A1:UVXWJ2"/><cols><col min="1" max="10000000" width="9" customWidth="1"/></cols>'
             '<sheetData><row r="1" spans="1:10000000"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>')
    plain(os.path.join(out, "ten-million-columns.xlsx"), workbook_parts(
        ws + claim + '</row></sheetData></worksheet>'))
    plain(os.path.join(out, "ten-million-columns-cell.xlsx"), workbook_parts(
        ws + claim + '<c r="UVXWJ1"><v>3</v></c></row></sheetData></worksheet>'))
    # 100,000 merged ranges (rows 1..50,000: A:B and C:E merged),
    # the top-left cell of each holding a value; one cell hidden under a merge.
    rows = []
    for r in range(1, 50001):
        c = f'<c r="C{r}" t="inlineStr"><is><t>c{r}</t></is></c>' if r % 2 == 0 else ''
        d = f'<c r="D{r}"><v>-1</v></c>' if r == 7 else ''
        rows.append(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c>{c}{d}<c r="F{r}"><v>{r + 0.5}</v></c></row>')
    merges = "".join(f'<mergeCell ref="A{r}:B{r}"/><mergeCell ref="C{r}:E{r}"/>' for r in range(1, 50001))
    plain(os.path.join(out, "many-merges.xlsx"), workbook_parts(
        ws + '<sheetData>' + "".join(rows) + '</sheetData><mergeCells count="100000">' + merges
        + '</mergeCells></worksheet>'))


if __name__ == "__main__":
    main(sys.argv[1])
