#!/usr/bin/env python3
"""Makes samples/ninh-binh/: the real communes of Tỉnh Ninh Bình (since
1 July 2025, from ../shared/data) with MADE-UP figures near the 2025 roadmap
of KH 145/KH-UBND Nam Định. Deterministic: same output on every run.
Usage: python3 samples/make-sample.py [PATH/TO/don-vi-hanh-chinh-2025.csv]"""
import csv, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
units_csv = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', 'shared', 'data', 'don-vi-hanh-chinh-2025.csv')
out = os.path.join(here, 'ninh-binh')
rng = random.Random(2025)

with open(units_csv, encoding='utf-8') as f:
    communes = [r for r in csv.DictReader(f) if r['ma_tinh'] == '37']
communes = communes[::2][:60]  # 60 of the province's 129 communes, spread over it

# indicator: (typical denominator range, rate centre in %) near the 2025 targets
indicators = {
    'gia_dinh_hoc_tap': ((2500, 9000), 72),
    'dong_ho_hoc_tap': ((15, 90), 66),
    'cong_dong_hoc_tap': ((8, 30), 66),
    'don_vi_hoc_tap': ((10, 40), 79),
    'cong_dan_hoc_tap': ((4000, 16000), 41),
}
header = ['ma_don_vi', 'ten_don_vi']
for i in indicators:
    header += [i + '_dat', i + '_tong']
rows = []
# Three communes have not reported (missing); they keep their place in the units list.
missing = {communes[k]['ma_xa'] for k in (11, 29, 47)}
late = {communes[k]['ma_xa'] for k in (5, 38)}
for c in communes:
    row = [c['ma_xa'], c['ten_xa']]
    for (lo, hi), centre in indicators.values():
        den = rng.randint(lo, hi)
        rate = min(100.0, max(5.0, rng.gauss(centre, 8))) / 100
        row += [str(round(den * rate)), str(den)]
    if c['ma_xa'] not in missing:
        rows.append(row)
with open(os.path.join(out, 'so-lieu-xa-2025.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(header)
    w.writerows(rows)

# Roadmap targets (%) of KH 145 Nam Định, QĐ 387 and QĐ 677 programmes.
roadmap = {
    'gia_dinh_hoc_tap': [55, 60, 65, 70, 55, 60, 65, 70, 80],
    'dong_ho_hoc_tap': [50, 55, 60, 65, 50, 55, 60, 65, 75],
    'cong_dong_hoc_tap': [50, 55, 60, 65, 50, 55, 60, 65, 75],
    'don_vi_hoc_tap': [50, 60, 70, 80, 80, 81, 82, 83, 90],
    'cong_dan_hoc_tap': [25, 30, 35, 40, 45, 50, 55, 60, 65],
    'ky_nang_so': [40, 50, 60, 70, 75, 80, 85, 90, 90],
}
with open(os.path.join(out, 'chi-tieu.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['nam', 'chi_so', 'chi_tieu'])
    for ind, values in roadmap.items():
        for k, v in enumerate(values):
            w.writerow([2022 + k, ind, v])

# The hierarchy: the new province (since 1 July 2025) formed from three old
# provinces, which keep their history, and its communes.
with open(os.path.join(out, 'don-vi.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['ma', 'ten', 'cap', 'ma_cap_tren', 'hieu_luc_tu', 'hieu_luc_den', 'tien_than'])
    w.writerow(['35', 'Tỉnh Hà Nam', 'tỉnh', '', '', '30/06/2025', ''])
    w.writerow(['36', 'Tỉnh Nam Định', 'tỉnh', '', '', '30/06/2025', ''])
    w.writerow(['37', 'Tỉnh Ninh Bình', 'tỉnh', '', '', '30/06/2025', ''])
    w.writerow(['37', 'Tỉnh Ninh Bình', 'tỉnh', '', '01/07/2025', '', '35;36;37'])
    for c in communes:
        w.writerow([c['ma_xa'], c['ten_xa'], 'xã', '37', '01/07/2025', '', ''])

# Reports received for 2025: on time by 10/12 except two late; three missing.
with open(os.path.join(out, 'da-nhan-2025.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['ma_don_vi', 'nam', 'ngay_nhan', 'tep', 'han_nop'])
    for c in communes:
        if c['ma_xa'] in missing:
            continue
        day = rng.randint(12, 14) if c['ma_xa'] in late else rng.randint(1, 10)
        w.writerow([c['ma_xa'], 2025, f'{day:02d}/12/2025', f"so-lieu-{c['ma_xa']}.xlsx", ''])
    # Inspection results (due 30/11): all but the missing units and two more.
    for k, c in enumerate(communes):
        if c['ma_xa'] in missing or k in (3, 17):
            continue
        w.writerow([c['ma_xa'], 2025, f'{rng.randint(20, 30):02d}/11/2025', f"kiem-tra-{c['ma_xa']}.pdf", 'xa-kiem-tra'])

# 2024 figures, reported by the three old provinces before the merger.
with open(os.path.join(out, 'so-lieu-tinh-2024.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(header)
    for code, name, scale in (('35', 'Tỉnh Hà Nam', 0.8), ('36', 'Tỉnh Nam Định', 1.6), ('37', 'Tỉnh Ninh Bình', 1.0)):
        row = [code, name]
        for (lo, hi), centre in indicators.values():
            den = round((lo + hi) / 2 * 40 * scale)
            rate = min(100.0, max(5.0, rng.gauss(centre - 4, 3))) / 100
            row += [str(round(den * rate)), str(den)]
        w.writerow(row)
