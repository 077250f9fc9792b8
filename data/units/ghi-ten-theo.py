#!/usr/bin/env python3
"""Fills the `ten_theo_tinh` and `ten_theo_xa` columns of don-vi-hanh-chinh-2025.csv:
"số" for a proper name that starts with a number ("Phường 2 Bảo Lộc"), "người" or
"sự kiện" for a proper name in ten-nguoi-su-kien.csv, blank for a place name.
Run after replacing the list with a newer one (same six first columns):
    python3 data/units/ghi-ten-theo.py [NEW-LIST.csv]
The list is rewritten in place (from NEW-LIST.csv when given)."""
import csv, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, 'don-vi-hanh-chinh-2025.csv')
source = sys.argv[1] if len(sys.argv) > 1 else target
generic = re.compile(r'^(thành phố|thị trấn|thị xã|đặc khu|thủ đô|phường|huyện|quận|tỉnh|xã) ', re.I)

with open(os.path.join(here, 'ten-nguoi-su-kien.csv'), encoding='utf-8') as f:
    origin = {r['ten_rieng']: r['ten_theo'] for r in csv.DictReader(f)}

def ten_theo(name):
    proper = generic.sub('', name, count=1)
    if proper[:1].isdigit():
        return 'số'
    return origin.get(proper, '')

with open(source, encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
columns = ['ma_tinh', 'ten_tinh', 'loai_tinh', 'ma_xa', 'ten_xa', 'loai_xa', 'ten_theo_tinh', 'ten_theo_xa']
with open(target + '.tmp', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(columns)
    for r in rows:
        w.writerow([r['ma_tinh'], r['ten_tinh'], r['loai_tinh'], r['ma_xa'], r['ten_xa'], r['loai_xa'],
                    ten_theo(r['ten_tinh']), ten_theo(r['ten_xa'])])
os.replace(target + '.tmp', target)
used = {ten_theo(r['ten_xa']) for r in rows} | {ten_theo(r['ten_tinh']) for r in rows}
names = {generic.sub('', r['ten_xa'], count=1) for r in rows} | {generic.sub('', r['ten_tinh'], count=1) for r in rows}
unknown = sorted(set(origin) - names)
if unknown:
    print('not in the units list:', ', '.join(unknown), file=sys.stderr)
