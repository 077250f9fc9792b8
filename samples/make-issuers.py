#!/usr/bin/env python3
"""Writes an issuers register (co-quan-ban-hanh.csv; columns in
data-adapters/forms/issuers_file.hpp) for one province of the 2025 units
list: a row for what every commune's UBND shares, the province's UBND and
its Sở Giáo dục và Đào tạo, one row per commune with its signer, and with
--bodies one row per reporting body of that register (co_quan "co-quan"),
headed and signed as its kind of body is: a sở under the province's UBND
("KT. Giám đốc"), the Mặt trận's Ban Thường trực, a đoàn thể or hội by its
Ban Thường vụ.
The PEOPLE ARE MADE UP (names drawn from common Vietnamese names, unique
within the file); offices use their own register. Deterministic.
Usage: python3 samples/make-issuers.py PROVINCE_CODE OUT.csv [UNITS.csv] [--communes N]
                                        [--nguoi-ky BODY=NAME]...  (the province's signers)
                                        [--bodies BODIES.csv]  (co-quan-bao-cao.csv's columns)"""
import csv, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
given = {}  # body -> signer, for the province's own rows
argv = sys.argv[1:]
while '--nguoi-ky' in argv:
    i = argv.index('--nguoi-ky')
    body, name = argv[i + 1].split('=', 1)
    given[body] = name
    del argv[i:i + 2]
bodies_csv = None
if '--bodies' in argv:
    i = argv.index('--bodies')
    bodies_csv = argv[i + 1]
    del argv[i:i + 2]
args = [a for a in argv if not a.startswith('--')]
code, out = args[0], args[1]
units_csv = args[2] if len(args) > 2 else os.path.join(here, '..', 'data', 'units', 'don-vi-hanh-chinh-2025.csv')
limit = None
if '--communes' in sys.argv:
    limit = int(sys.argv[sys.argv.index('--communes') + 1])

with open(units_csv, encoding='utf-8') as f:
    rows = [r for r in csv.DictReader(f) if r['ma_tinh'] == code]
province, kind = rows[0]['ten_tinh'], rows[0]['loai_tinh']
proper = province[len(kind) + 1:]
lower_kind = 'thành phố' if kind == 'Thành phố' else 'tỉnh'
communes = rows if limit is None else rows[:limit]

surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai']
middles = ['Văn', 'Thị', 'Hữu', 'Minh', 'Quang', 'Thanh', 'Đức', 'Ngọc', 'Xuân', 'Thu', 'Hồng', 'Công', 'Kim']
givens = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan',
          'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Tuấn', 'Vân',
          'Yến', 'Lộc', 'Phúc', 'Toàn', 'Chi', 'Duy', 'Hiền', 'Kiên', 'Linh', 'Nhung', 'Oanh', 'Tùng']
rng = random.Random('issuers-' + code)
used = set(given.values())
def person():
    while True:
        n = '%s %s %s' % (rng.choice(surnames), rng.choice(middles), rng.choice(givens))
        if n not in used:
            used.add(n)
            return n

header = ['ma_don_vi', 'cap', 'co_quan', 'ten_co_quan', 'co_quan_chu_quan', 'ky_hieu', 'ky_hieu_soan_thao',
          'dia_danh', 'quyen_han', 'chuc_vu', 'nguoi_ky', 'noi_nhan']
out_rows = [
    # What every commune's UBND shares; each commune's own row names its signer.
    ['', 'xã', 'ubnd', 'Ủy ban nhân dân {ten}', '', 'UBND', 'VHXH', '', 'TM. Ủy ban nhân dân', 'Chủ tịch', '',
     'Thường trực Đảng ủy {ten}; Thường trực Hội đồng nhân dân {ten}; Hội Khuyến học {ten}'],
    [code, '', 'ubnd', 'Ủy ban nhân dân %s %s' % (lower_kind, proper), '', 'UBND', 'KGVX', '',
     'TM. Ủy ban nhân dân; KT. Chủ tịch', 'Phó Chủ tịch', given.get('ubnd') or person(),
     'Thường trực %s ủy; Thường trực Hội đồng nhân dân %s; Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân %s; '
     'Sở Giáo dục và Đào tạo; Hội Khuyến học %s' % (lower_kind.capitalize() if lower_kind == 'tỉnh' else 'Thành', lower_kind, lower_kind, lower_kind)],
    [code, '', 'sgddt', 'Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân %s %s' % (lower_kind, proper), 'SGDĐT', 'GDTX', '',
     'KT. Giám đốc', 'Phó Giám đốc', given.get('sgddt') or person(), 'Giám đốc Sở (để b/c)'],
]
for c in communes:
    deputy = rng.random() < 0.3
    out_rows.append([c['ma_xa'], '', 'ubnd', '', '', '', '', '',
                     'TM. Ủy ban nhân dân; KT. Chủ tịch' if deputy else '', 'Phó Chủ tịch' if deputy else '',
                     person(), ''])
# The reporting bodies, after the communes (so the communes' rows and signers
# stay what they were without --bodies).
if bodies_csv:
    with open(bodies_csv, encoding='utf-8') as f:
        bodies = [b for b in csv.DictReader(f) if b['ma_don_vi'] == code]
    ubnd = 'Ủy ban nhân dân %s %s' % (lower_kind, proper)
    front = 'Ủy ban Mặt trận Tổ quốc Việt Nam %s %s' % (lower_kind, proper)
    for b in bodies:
        name, kind = b['ten_co_quan'], b['loai'].strip().lower()
        # "Hội Khuyến học tỉnh" as running text names it; the header says which province.
        full = name + ' ' + proper if name.endswith(' ' + lower_kind) or name in ('Tỉnh đoàn', 'Thành đoàn') else name
        if kind in ('sở', 'so', 'ban', 'ban', 'ngành', 'nganh'):
            head = 'Trưởng ban' if kind in ('ban',) else 'Giám đốc'
            deputy = rng.random() < 0.7
            row = [b['ma_co_quan'], '', 'co-quan', name, ubnd, b['ma_co_quan'], '', proper,
                   'KT. ' + head if deputy else '', 'Phó ' + head if deputy else head, person(), '']
        elif kind in ('mặt trận', 'mat tran', 'mat-tran'):
            row = [b['ma_co_quan'], '', 'co-quan', 'Ban Thường trực', front, 'MTTQ-BTT', '', proper,
                   'TM. Ban Thường trực', 'Phó Chủ tịch', person(), '']
        else:  # đoàn thể, hội: their Ban Thường vụ
            parent = front if kind in ('đoàn thể', 'doan the', 'doan-the') else ''
            row = [b['ma_co_quan'], '', 'co-quan', full, parent, b['ma_co_quan'], '', proper,
                   'TM. Ban Thường vụ', 'Chủ tịch' if 'Hội' in name else 'Bí thư', person(), '']
        out_rows.append(row)

with open(out, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(header)
    w.writerows(out_rows)
