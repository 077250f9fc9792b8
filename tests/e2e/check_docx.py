#!/usr/bin/python3
"""Reads a DOCX baocao wrote with python-docx (Debian python3-docx) and its
raw parts with zipfile, and checks what every ND30 document must be:

- sections: A4; the first portrait with ND30 margins (top 20, bottom 20,
  left 30, right 15 mm); a landscape section keeps the binding margin at its
  top (top 30, left 20, right 20, bottom 15 mm); a different first page in
  every section (no number on page 1) and a PAGE field centred in the header;
  each section after the first numbers its pages from 1;
- the header table first: two columns, no borders, Quốc hiệu and Tiêu ngữ
  on the right, "Số" on the left;
- the named styles: "ND30 Nội dung", "ND30 Tiêu đề", "ND30 Nơi nhận" and the
  others, Times New Roman for ascii, hAnsi and cs in the document defaults;
- every bordered table: its first rows repeat (w:tblHeader) and no row
  splits (w:cantSplit); numbers ("245.845", "72,9%") right-aligned, but
  for the serial number (STT) that starts a row;
- text in NFC, no field but PAGE, no macros, no zip directory entries.

Prints one line of facts ("sections=portrait,landscape tables=4 ...") for
the caller to compare with what it expects of the document, and every
problem on its own line, exiting 1 when there is one.

Usage: check_docx.py FILE.docx
"""
import re
import sys
import unicodedata
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm

problems = []


def problem(text):
    problems.append(text)


def near(length, mm):
    return length is not None and abs(length - Mm(mm)) <= Mm(0.1)


path = sys.argv[1]
package = zipfile.ZipFile(path)
names = package.namelist()
for name in names:
    if name.endswith("/"):
        problem(f"zip directory entry {name!r}")
    if "vbaProject" in name or name.endswith(".bin"):
        problem(f"macro part {name!r}")
if names[0] != "[Content_Types].xml":
    problem(f"first zip entry is {names[0]!r}, not [Content_Types].xml")

d = docx.Document(path)

# Sections.
orientations = []
for i, s in enumerate(d.sections):
    landscape = s.orientation == WD_ORIENT.LANDSCAPE
    orientations.append("landscape" if landscape else "portrait")
    if landscape != (s.page_width > s.page_height):
        problem(f"section {i}: orientation {s.orientation} but page {s.page_width}x{s.page_height}")
    if not ({round(s.page_width / Mm(1)), round(s.page_height / Mm(1))} == {210, 297}):
        problem(f"section {i}: page {s.page_width / Mm(1):.1f} x {s.page_height / Mm(1):.1f} mm is not A4")
    want = (30, 15, 20, 20) if landscape else (20, 20, 30, 15)  # top, bottom, left, right
    got = (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)
    if not all(near(g, w) for g, w in zip(got, want)):
        problem(f"section {i}: margins {[round(g / Mm(1), 1) for g in got]} mm, want {list(want)}")
    if not s.different_first_page_header_footer:
        problem(f"section {i}: page 1 is not different (w:titlePg)")
    number_type = s._sectPr.find(qn("w:pgNumType"))
    if i > 0 and (number_type is None or number_type.get(qn("w:start")) != "1"):
        problem(f"section {i}: pages not numbered from 1")
    if i == 0:
        header = s.header
        if header.is_linked_to_previous:
            problem("section 0 has no header of its own")
        xml = header._element.xml
        if "PAGE" not in xml:
            problem("the header has no PAGE field")
        if not any(p.alignment == WD_ALIGN_PARAGRAPH.CENTER or (p.style and p.style.name == "ND30 Số trang")
                   for p in header.paragraphs):
            problem("the page number is not centred")
        if any(p.text.strip() for p in s.first_page_header.paragraphs):
            problem("page 1 has a header text")

# Styles and fonts.
style_names = {s.name for s in d.styles}
for name in ["ND30 Nội dung", "ND30 Tiêu đề", "ND30 Trích yếu", "ND30 Nơi nhận", "ND30 Quốc hiệu",
             "ND30 Tiêu ngữ", "ND30 Cơ quan ban hành", "ND30 Số, ký hiệu", "ND30 Địa danh, ngày",
             "ND30 Đề mục 1", "ND30 Quyền hạn, chức vụ", "ND30 Người ký", "ND30 Bảng", "ND30 Phụ lục"]:
    if name not in style_names:
        problem(f"style {name!r} missing")
defaults = d.styles.element.find(qn("w:docDefaults"))
fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
for attr in ("w:ascii", "w:hAnsi", "w:cs"):
    if fonts.get(qn(attr)) != "Times New Roman":
        problem(f"default font {attr} is {fonts.get(qn(attr))!r}")

used = {}
for p in d.paragraphs:
    used[p.style.name] = used.get(p.style.name, 0) + 1
if not used.get("ND30 Nội dung"):
    problem("no paragraph in 'ND30 Nội dung'")


def cell_paragraphs(table):
    for row in table.rows:
        for cell in row.cells:
            yield from cell.paragraphs


# The header table.
if not d.tables:
    problem("no table at all (the header is one)")
else:
    head = d.tables[0]
    borders = head._tbl.tblPr.find(qn("w:tblBorders"))
    if len(head.columns) != 2:
        problem(f"header table has {len(head.columns)} columns")
    if borders is None or any(b.get(qn("w:val")) not in ("nil", "none") for b in borders):
        problem("header table has borders")
    right = "\n".join(c.text for row in head.rows for c in row.cells[1:])
    left = "\n".join(c.text for row in head.rows for c in row.cells[:1])
    for text in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"):
        if text not in right:
            problem(f"{text!r} not in the header's right column")
    if "Số" not in left:
        problem("'Số' not in the header's left column")

# Data tables (bordered): repeated header rows, rows that never split, numbers right.
data_tables = 0
header_rows = 0
merged = 0
numbers = 0
number = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?%?$")
for t in d.tables:
    borders = t._tbl.tblPr.find(qn("w:tblBorders"))
    if borders is None or all(b.get(qn("w:val")) in ("nil", "none") for b in borders):
        continue
    data_tables += 1
    rows = t._tbl.tr_lst
    repeat = [tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None for tr in rows]
    if not repeat or not repeat[0]:
        problem(f"table {data_tables}: first row does not repeat")
    first_body = repeat.index(False) if False in repeat else len(repeat)
    if any(repeat[first_body:]):
        problem(f"table {data_tables}: a repeated row after the body began")
    header_rows += first_body
    for k, tr in enumerate(rows):
        if tr.trPr is None or tr.trPr.find(qn("w:cantSplit")) is None:
            problem(f"table {data_tables}, row {k + 1}: may split across pages")
    for tc in t._tbl.iter(qn("w:tc")):
        pr = tc.tcPr
        if pr is not None and (pr.find(qn("w:gridSpan")) is not None or pr.find(qn("w:vMerge")) is not None):
            merged += 1
    for k, tr in enumerate(rows[first_body:]):
        for col, tc in enumerate(tr.tc_lst):
            for p in tc.iter(qn("w:p")):
                text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
                if col == 0 and text.isdigit():
                    continue  # STT, the row's serial number, is centred
                if number.match(text):
                    numbers += 1
                    jc = p.find(qn("w:pPr"))
                    jc = jc.find(qn("w:jc")) if jc is not None else None
                    if jc is None or jc.get(qn("w:val")) != "right":
                        problem(f"table {data_tables}: number {text!r} not right-aligned")

# Text: NFC; fields: PAGE only.
for name in names:
    if not name.endswith(".xml"):
        continue
    xml = package.read(name).decode("utf-8")
    if not unicodedata.is_normalized("NFC", xml):
        problem(f"{name} is not NFC")
    for instr in re.findall(r'w:instr="([^"]*)"', xml) + re.findall(r"<w:instrText[^>]*>([^<]*)<", xml):
        if instr.strip() != "PAGE":
            problem(f"{name}: field {instr!r}")

print(f"sections={','.join(orientations)} tables={data_tables} header_rows={header_rows} merged={merged} "
      f"numbers={numbers} styles_used={','.join(sorted(used))}")
for p in problems:
    print("PROBLEM", p)
sys.exit(1 if problems else 0)
