#!/usr/bin/env python3
"""Pagination of every table in every PDF under a directory, from the layout
that made it (BAOCAO_LAYOUT_DUMP: DUMP_DIR/<SHA-256 of the PDF>.json), not
from pixels. A table that breaks across pages keeps, on the page where it
begins (with its caption and header), at least 3 body rows, and on the page
where it ends at least 2 body rows with its total rows; every page it
continues on repeats the header. A table of fewer rows than a break allows
is never broken. Parts holding a row taller than a page are exempt.
Prints one line per PDF and the parts it checked; exits 1 naming each fault.
Usage: check_table_parts.py OUT_DIR DUMP_DIR"""
import hashlib, json, os, sys

FIRST, LAST = 3, 2
out_dir, dump_dir = sys.argv[1], sys.argv[2]
faults, pdfs, parts_seen, broken = [], 0, 0, 0
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
print(f'{pdfs} PDFs, {parts_seen} table parts, {broken} tables broken across pages')
for f in faults:
    print('FAULT', f)
sys.exit(1 if faults else 0)
