#!/usr/bin/env python3
"""Synthetic inputs for the cycle benchmarks (workloads 2 and 5 of
BENCHMARKS.md): the REAL provinces and communes of ../shared/data (names and
codes after the 2025 reform) with MADE-UP figures near the 2025 roadmap, in
the layout of samples/ninh-binh (units, figures, targets, received reports,
plan, variables), so `baocao import` + `baocao run` see what an office has.
Deterministic: same arguments, same bytes.

Usage: gen_country.py DATA_CSV OUT_DIR [--province CODE --communes N]
  without --province: the whole country (34 provinces, 3,321 communes);
  with it: one province, its first N communes (repeated with a suffix when
  the province has fewer, so N=100 works for any province)."""
import argparse, csv, json, os, random

ap = argparse.ArgumentParser()
ap.add_argument('data_csv')
ap.add_argument('out')
ap.add_argument('--province')
ap.add_argument('--communes', type=int, default=100)
args = ap.parse_args()
rng = random.Random(2025)
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(args.out, exist_ok=True)

with open(args.data_csv, encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
provinces = {}
for r in rows:
    provinces.setdefault(r['ma_tinh'], (r['ten_tinh'], []))[1].append((r['ma_xa'], r['ten_xa']))
if args.province:
    name, communes = provinces[args.province]
    picked = [communes[k % len(communes)] for k in range(args.communes)]
    # A province with fewer communes than asked: extra synthetic ones, with
    # codes outside the GSO range so they never collide with real ones.
    picked = [(c, n) if k < len(communes) else (f'9{k:04d}', f'{n} {k // len(communes) + 1}')
              for k, (c, n) in enumerate(picked)]
    provinces = {args.province: (name, picked)}

indicators = {  # typical denominator range, rate centre in %
    'gia_dinh_hoc_tap': ((2500, 9000), 72),
    'dong_ho_hoc_tap': ((15, 90), 66),
    'cong_dong_hoc_tap': ((8, 30), 66),
    'don_vi_hoc_tap': ((10, 40), 79),
    'cong_dan_hoc_tap': ((4000, 16000), 41),
}
header = ['ma_don_vi', 'ten_don_vi'] + [i + s for i in indicators for s in ('_dat', '_tong')]

def w(name):
    return csv.writer(open(os.path.join(args.out, name), 'w', encoding='utf-8', newline=''), lineterminator='\n')

units, figures, received = w('don-vi.csv'), w('so-lieu-xa-2025.csv'), w('da-nhan-2025.csv')
units.writerow(['ma', 'ten', 'cap', 'ma_cap_tren', 'hieu_luc_tu', 'hieu_luc_den', 'tien_than'])
# The issuers register (columns in data-adapters/forms/issuers_file.hpp):
# what every commune's UBND shares, and each province's UBND and Sở, with
# made-up signers (a commune's own signer is never a level's default: its
# reports are produced with the name left blank, as an office's would be).
issuers = w('co-quan-ban-hanh.csv')
issuers.writerow(['ma_don_vi', 'cap', 'co_quan', 'ten_co_quan', 'co_quan_chu_quan', 'ky_hieu', 'ky_hieu_soan_thao',
                  'dia_danh', 'quyen_han', 'chuc_vu', 'nguoi_ky', 'noi_nhan'])
issuers.writerow(['', 'xã', 'ubnd', 'Ủy ban nhân dân {ten}', '', 'UBND', 'VHXH', '', 'TM. Ủy ban nhân dân',
                  'Chủ tịch', '', 'Hội Khuyến học {ten}'])
figures.writerow(header)
received.writerow(['ma_don_vi', 'nam', 'ngay_nhan', 'tep', 'han_nop'])
n = 0
for code, (name, communes) in provinces.items():
    kind = 'Thành phố' if name.startswith('Thành phố') else 'Tỉnh'
    in_text = kind.lower() + name[len(kind):]
    # The six cities are "thành phố" in their own lists and documents.
    units.writerow([code, name, kind.lower(), '', '01/07/2025', '', ''])
    issuers.writerow([code, '', 'ubnd', 'Ủy ban nhân dân ' + in_text, '', 'UBND', 'KGVX', '',
                      'TM. Ủy ban nhân dân; KT. Chủ tịch', 'Phó Chủ tịch', 'Trần Văn An', 'Sở Giáo dục và Đào tạo'])
    issuers.writerow([code, '', 'sgddt', 'Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân ' + in_text, 'SGDĐT', 'GDTX', '',
                      'KT. Giám đốc', 'Phó Giám đốc', 'Lê Thị Hà', 'Giám đốc Sở (để b/c)'])
    for k, (c, cname) in enumerate(communes):
        n += 1
        units.writerow([c, cname, 'xã', code, '01/07/2025', '', ''])
        if k % 37 == 11:  # about 3 % have not reported: reminders are written
            continue
        row = [c, cname]
        for (lo, hi), centre in indicators.values():
            den = rng.randint(lo, hi)
            rate = min(100.0, max(5.0, rng.gauss(centre, 8))) / 100
            row += [str(round(den * rate)), str(den)]
        figures.writerow(row)
        day = rng.randint(11, 14) if k % 29 == 5 else rng.randint(1, 10)
        received.writerow([c, 2025, f'{day:02d}/12/2025', f'so-lieu-{c}.xlsx', ''])

roadmap = {
    'gia_dinh_hoc_tap': [55, 60, 65, 70], 'dong_ho_hoc_tap': [50, 55, 60, 65],
    'cong_dong_hoc_tap': [50, 55, 60, 65], 'don_vi_hoc_tap': [50, 60, 70, 80],
    'cong_dan_hoc_tap': [25, 30, 35, 40],
}
targets = w('chi-tieu.csv')
targets.writerow(['nam', 'chi_so', 'chi_tieu'])
for ind, values in roadmap.items():
    for k, v in enumerate(values):
        targets.writerow([2022 + k, ind, v])

# The plan's deadlines and documents follow the sample province's (only the
# figures differ). A synthetic province has no reporting bodies: the plan's
# part of them (its tasks, what each body answers for, their deadline) stays
# with the sample. The plan cited is the area's own, never the sample's: one
# province's names its level ("của Ủy ban nhân dân thành phố" for a city);
# the whole country's run shares one plan file, so it names no level.
sample = os.path.join(here, '..', 'samples', 'ninh-binh')
with open(os.path.join(sample, 'ke-hoach-2025.json'), encoding='utf-8') as src:
    plan = json.load(src)
plan.pop('nhiem_vu', None)
plan.pop('co_quan', None)
plan['han_nop'] = [d for d in plan['han_nop'] if d.get('tu_cap') != 'cơ quan']
if args.province:
    name = provinces[args.province][0]
    level = 'thành phố' if name.startswith('Thành phố') else 'tỉnh'
    plan['ten'] = (f'Kế hoạch số 21/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân {level} về xây dựng xã hội học tập '
                   f'{level}{name[len(level):]} năm 2025')
else:
    plan['ten'] = 'Kế hoạch số 21/KH-UBND ngày 15/01/2025 về xây dựng xã hội học tập năm 2025'
for deadline in plan['han_nop']:
    for doc in deadline.get('van_ban', []):
        doc['noi_nhan'] = [r for r in doc.get('noi_nhan', []) if 'tỉnh' not in r]
with open(os.path.join(args.out, 'ke-hoach-2025.json'), 'w', encoding='utf-8') as dst:
    json.dump(plan, dst, ensure_ascii=False, indent=2)
with open(os.path.join(args.out, 'bien-2025.json'), 'w', encoding='utf-8') as dst:
    json.dump({'ke_hoach_can_cu': plan['ten']}, dst, ensure_ascii=False, indent=2)
print(f'{len(provinces)} provinces, {n} communes -> {args.out}')
