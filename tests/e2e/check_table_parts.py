#!/usr/bin/env python3
"""Pagination of every table in every PDF under a directory, from the layout
that made it (BAOCAO_LAYOUT_DUMP: DUMP_DIR/<SHA-256 of the PDF>.json), not
from pixels. A table that breaks across pages keeps, on the page where it
begins (with its caption and header), at least 3 body rows, and on the page
where it ends at least 2 body rows with its total rows; every page it
continues on repeats the header. A table of fewer rows than a break allows
is never broken. Parts holding a row taller than a page are exempt.
Every Phụ lục's title lines (the bold title, the italic "(Kèm theo ...)")
that wrap leave no word alone on a line. No unit's name in a table cell
("Xã ...", "Phường ...", "Đặc khu ...") wraps onto a second line: a name
column gets the width its names need while number columns have room.
Prints one line per PDF and the parts it checked; exits 1 naming each fault.
Usage: check_table_parts.py OUT_DIR DUMP_DIR"""
import hashlib, json, os, sys

FIRST, LAST = 3, 2
out_dir, dump_dir = sys.argv[1], sys.argv[2]
faults, pdfs, parts_seen, broken = [], 0, 0, 0
titles, wrapped, names, wrapped_names = 0, 0, 0, 0
UNIT_NOUNS = ('Xã ', 'Phường ', 'Đặc khu ', 'Thị trấn ')


def wrapped_unit_names(texts, body_size):
    """Unit names in table cells (type smaller than the body's) whose cell
    holds a second line right under the first, at the same left edge: a
    wrapped line is one line height down, the next row's text more (its
    cell padding)."""
    found, seen = [], 0
    for (x, y, size, style, text) in texts:
        if size >= body_size or not text.startswith(UNIT_NOUNS):
            continue
        seen += 1
        for (x2, y2, size2, _, text2) in texts:
            if size2 == size and abs(x2 - x) < 0.5 and 0 < y2 - y < size * 1.2 + 1:
                found.append(f'{text} / {text2}')
    return seen, found



def title_groups(texts):
    """The wrapped title lines under each "Phụ lục ..." line of a page: runs
    of the same size and style, one line apart, as lists of line texts."""
    groups = []
    for i, (x, y, size, style, text) in enumerate(texts):
        if style != 'bold' or not text.startswith('Phụ lục') or size < 13:
            continue
        prev_y, current, current_style = y, [], None
        for (_, y2, size2, style2, text2) in texts[i + 1:]:
            if size2 != size or style2 not in ('bold', 'italic') or y2 - prev_y > 1.3 * size:
                break
            if style2 != current_style and current:
                groups.append(current)
                current = []
            current.append(text2)
            current_style, prev_y = style2, y2
        if current:
            groups.append(current)
    return groups

for root, _, files in sorted(os.walk(out_dir)):
    for name in sorted(files):
        if not name.endswith('.pdf'):
            continue
        path = os.path.join(root, name)
        with open(path, 'rb') as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        dump = os.path.join(dump_dir, digest + '.json')
        if not os.path.exists(dump):
            faults.append(f'{path}: no layout dump {digest}.json')
            continue
        pdfs += 1
        with open(dump, encoding='utf-8') as f:
            pages = json.load(f)['pages']
        for i, page in enumerate(pages):
            seen, found = wrapped_unit_names(page['texts'], 13)
            names += seen
            wrapped_names += len(found)
            for f in found:
                faults.append(f'{os.path.relpath(path, out_dir)} page {i + 1}: the name "{f}" wraps in its cell')
            for group in title_groups(page['texts']):
                titles += 1
                if len(group) < 2:
                    continue
                wrapped += 1
                for line in group:
                    if len(line.split()) < 2:
                        faults.append(f'{os.path.relpath(path, out_dir)} page {i + 1}: "{line}" alone on a line '
                                      f'of the title: {group}')
        parts = [(i + 1, p) for i, page in enumerate(pages) for p in page['table_parts']]
        parts_seen += len(parts)
        for number, p in parts:
            where = f'{os.path.relpath(path, out_dir)} page {number}, table {p["table"]}'
            whole = p['starts'] and p['ends']
            if not whole:
                broken += p['starts']
            if p['split_row'] or whole:
                continue
            n = p['body_rows']
            if p['starts'] and p['rows'] < min(FIRST, n):
                faults.append(f'{where}: caption and header with {p["rows"]} body rows at the page bottom')
            if p['ends'] and p['rows'] < min(LAST, n):
                faults.append(f'{where}: {p["rows"]} body rows and the total alone at the page top')
            if not p['starts'] and not p['header']:
                faults.append(f'{where}: continues without its header rows')
            if n < FIRST + LAST:
                faults.append(f'{where}: a table of {n} rows broken across pages')
print(f'{pdfs} PDFs, {parts_seen} table parts, {broken} tables broken across pages, '
      f'{titles} appendix title lines ({wrapped} wrapped), {names} unit names in tables ({wrapped_names} wrapped)')
for f in faults:
    print('FAULT', f)
sys.exit(1 if faults else 0)
