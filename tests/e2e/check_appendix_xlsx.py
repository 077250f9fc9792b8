#!/usr/bin/env python3
"""An appendix workbook as it prints, checked with openpyxl and LibreOffice.

openpyxl: every sheet on A4 at 100 % (no fit-to-page that would shrink the
text), its columns' widths (OOXML units: 7 px at 96 dpi in Excel, 7.4 px in
LibreOffice; the larger counted) fitting between ND30 margins (binding
margin 30-35 mm: left in portrait, top in landscape as the PDF keeps it;
the others 15-25 mm), the page number at the top centre and nothing in the
footer, each sheet numbered from 1 (the later sheets of one appendix from
where the one before ends) with no number on page 1 (ND30), every text cell 12 pt or more, dates as dates
shown dd/mm/yyyy.
LibreOffice (headless, its own profile in WORKDIR) converts the workbook to
PDF: the page numbers there restart at 1 for each sheet (and go on across
the sheets of one appendix, "Phụ lục I" heading each), page 1 showing none
("-" in the list printed), the first page of
each sheet shows its last column's heading (no column pushed onto another
page), and the numbers print at 12 pt or more, measured from their widths
(Times New Roman's digits are half an em wide).

Rates below their column's target are marked bold and underlined (not by
colour alone), with a note under the table.
Prints, per sheet: its name, orientation, the rows above the table header
(appendix heading, caption; line breaks as spaces), for the first body
row each cell's value type, number format and alignment, and the number of
below-target marks; then the
effective size of the numbers in the PDF. Exits 1 with a message on the
first failed check.
Usage: check_appendix_xlsx.py XLSX WORKDIR"""
import datetime, os, re, subprocess, sys
import openpyxl
from openpyxl.utils import get_column_letter

xlsx, work = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(xlsx)


def fail(msg):
    print('FAIL', msg)
    sys.exit(1)


def mm(inches):
    return inches * 25.4


heads = []  # per sheet: the words of its last column's heading
firsts = []  # per sheet: its first page number and its appendix heading
tops = []  # per sheet: the words of the row above its table header (the heading's first line)
for ws in wb:
    ps, m = ws.page_setup, ws.page_margins
    if str(ps.paperSize) != '9':
        fail(f'{ws.title}: paper {ps.paperSize}, not A4')
    landscape = ps.orientation == 'landscape'
    pr = ws.sheet_properties.pageSetUpPr
    if pr is not None and pr.fitToPage:
        fail(f'{ws.title}: fit to page shrinks the text')
    scale = int(ps.scale or 100)
    if scale != 100:
        fail(f'{ws.title}: printed at {scale} %')
    binding = m.top if landscape else m.left
    others = [m.left, m.right, m.bottom] if landscape else [m.right, m.top, m.bottom]
    if not 30 <= mm(binding) <= 35.01 or not all(15 <= mm(o) <= 25.01 for o in others):
        fail(f'{ws.title}: margins {[round(mm(x), 1) for x in (m.left, m.right, m.top, m.bottom)]} mm')
    page_w = (297 if landscape else 210) - mm(m.left) - mm(m.right)
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)]
    table_w = sum(w * 7.4 for w in widths) / 96 * 25.4 * scale / 100
    if table_w > page_w:
        fail(f'{ws.title}: columns {table_w:.1f} mm on a {page_w:.1f} mm wide page')
    header = ws.oddHeader.center.text or ''
    if '&P' not in header or ws.oddFooter.center.text or ws.oddFooter.left.text or ws.oddFooter.right.text:
        fail(f'{ws.title}: header {header!r}, footer {ws.oddFooter.center.text!r}')
    if not ps.useFirstPageNumber:
        fail(f'{ws.title}: pages numbered on from the sheet before')
    top = next((r for r in range(1, 20) if ws.cell(r, 1).value == 'STT'), None)
    if top is None:
        fail(f'{ws.title}: no STT heading')
    first = next(r for r in range(top, ws.max_row + 1) if str(ws.cell(r, 1).value).isdigit())
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and (c.font.sz or 11) < 12:
                fail(f'{ws.title}!{c.coordinate}: {c.font.sz} pt')
    last = [ws.cell(r, ws.max_column).value for r in range(top, first)]
    heads.append(str(next(v for v in last if v)).split())
    above = [str(ws.cell(r, 1).value).replace('\n', ' ') for r in range(1, top) if ws.cell(r, 1).value]
    appendix = above[0] if above and above[0].startswith('Phụ lục') else None
    first_number = int(ps.firstPageNumber or 1)
    if first_number != 1 and (not firsts or appendix is None or firsts[-1][1] != appendix):
        fail(f'{ws.title}: pages numbered from {first_number}, not 1')
    firsts.append((first_number, appendix))
    hf = ws.HeaderFooter
    if bool(hf.differentFirst) != (first_number == 1) or (hf.firstHeader.center.text or '').strip():
        fail(f'{ws.title}: first page header {hf.differentFirst} {hf.firstHeader.center.text!r} on page {first_number}')
    tops.append(above[0].split() if above else [])
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (datetime.date, datetime.datetime)) and c.number_format != 'dd/mm/yyyy':
                fail(f'{ws.title}!{c.coordinate}: a date shown as {c.number_format}')
            if isinstance(c.value, str) and re.fullmatch(r'\d\d/\d\d/\d{4}', c.value):
                fail(f'{ws.title}!{c.coordinate}: the date {c.value} as text')
    cells = []
    for c in range(1, ws.max_column + 1):
        cell = ws.cell(first, c)
        kind = type(cell.value).__name__
        cells.append(f'{kind}|{cell.number_format}|{cell.alignment.horizontal}')
    # Rates below their target: bold and underlined (black and white print
    # shows them), and a note under the table says so.
    rules = [r for rng in ws.conditional_formatting for r in rng.rules]
    for r in rules:
        if not (r.dxf and r.dxf.font and r.dxf.font.b and r.dxf.font.u):
            fail(f'{ws.title}: a below-target mark that is colour alone')
    notes = [c.value for row in ws.iter_rows(min_row=first) for c in row
             if isinstance(c.value, str) and 'dưới chỉ tiêu' in c.value]
    if bool(rules) != bool(notes):
        fail(f'{ws.title}: {len(rules)} below-target marks, notes {notes}')
    print(f'{ws.title} {"landscape" if landscape else "portrait"} above={above} first={" ".join(cells)}'
          f' marks={len(rules)}')

profile = 'file://' + os.path.abspath(os.path.join(work, 'lo-profile'))
subprocess.run(['soffice', '-env:UserInstallation=' + profile, '--headless', '--convert-to', 'pdf', '--outdir',
                work, xlsx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pdf = os.path.join(work, os.path.splitext(os.path.basename(xlsx))[0] + '.pdf')
bbox = subprocess.run(['pdftotext', '-bbox', pdf, '-'], check=True, capture_output=True, text=True).stdout
pages = []
for page in re.findall(r'<page (.*?)</page>', bbox, re.S):
    height = float(re.search(r'height="([\d.]+)"', page).group(1))
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)]
    pages.append((height, words))
# The page number: the topmost word of the page, alone in the top margin.
numbers = []
for height, words in pages:
    top = min(words, key=lambda w: w[1])
    numbers.append(top[4] if top[3] < 20 / 25.4 * 72 and top[4].isdigit() else '-')
if '1' in numbers:
    fail(f'page 1 numbered: {numbers}')
shown = numbers
numbers = ['1' if n == '-' else n for n in numbers]  # page 1 of each sheet or appendix
if numbers.count('1') != sum(1 for n, _ in firsts if n == 1) or numbers[0] != '1':
    fail(f'page numbers {numbers} for {len(wb.sheetnames)} sheets, first pages {firsts}')
for i, n in enumerate(numbers):
    if n != '1' and int(n) != int(numbers[i - 1]) + 1:
        fail(f'page numbers {numbers}')
# Each sheet's first page: the next page, after the one before, numbered as
# the sheet says it starts.
starts = []
for n, _ in firsts:
    i = next((i for i in range(starts[-1] + 1 if starts else 0, len(numbers)) if numbers[i] == str(n)), None)
    if i is None:
        fail(f'page numbers {numbers}: no page {n} for sheet {len(starts) + 1}, first pages {firsts}')
    starts.append(i)
for sheet, start in enumerate(starts):
    have = {w[4] for w in pages[start][1]}
    if not all(h in have for h in heads[sheet]):
        fail(f'{wb.sheetnames[sheet]}: heading {heads[sheet]} of the last column not on its first page')
    # The appendix's heading ("Phụ lục I") or the caption printed on it too.
    if not all(h in have for h in tops[sheet]):
        fail(f'{wb.sheetnames[sheet]}: heading {tops[sheet]} not printed on its first page')
# The text in a Times New Roman (or a metric twin), embedded.
fonts = subprocess.run(['pdffonts', pdf], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
if not fonts or not all(re.search(r'Times|Liberation ?Serif|Tinos', f) and ' yes ' in f for f in fonts):
    fail('fonts of the printed workbook:\n' + '\n'.join(fonts))
em = {'.': 0.25, ',': 0.25, '%': 0.833}
sizes = []
for height, words in pages:
    for x0, y0, x1, y1, w in words:
        if y0 < 20 / 25.4 * 72 or not re.fullmatch(r'\d[\d.,]*%?', w) or len(w) < 2:
            continue
        sizes.append((x1 - x0) / sum(em.get(ch, 0.5) for ch in w))
if not sizes:
    fail('no numbers in the PDF')
sizes.sort()
print(f'numbers printed at {sizes[0]:.2f}-{sizes[-1]:.2f} pt ({len(sizes)} numbers), pages {shown}')
if sizes[0] < 11.9:
    fail(f'numbers printed at {sizes[0]:.2f} pt')
