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
# What each proper name is ("người", "sự kiện", "số"): the shipped list's column.
with open(os.path.join(here, '..', 'data', 'units', 'don-vi-hanh-chinh-2025.csv'), encoding='utf-8') as f:
    ten_theo = {r['ma_xa']: r['ten_theo_xa'] for r in csv.DictReader(f)}

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
# QĐ 677's staff of learning units who are learning citizens (target 60% in
# 2025), added to the communes' form after the others: its own generator, so
# the figures above stay as they were. The two communes that still send the
# old Biểu 1 (the TCVN3 and VNI files below) have no column for it.
new_indicators = {'cong_dan_hoc_tap_don_vi': ((150, 900), 62)}
old_form = {communes[k]['ma_xa'] for k in (7, 8)}
rng677 = random.Random(677)
header_2025 = header + [i + s for i in new_indicators for s in ('_dat', '_tong')]
for row in rows:
    for (lo, hi), centre in new_indicators.values():
        den = rng677.randint(lo, hi)
        rate = min(100.0, max(5.0, rng677.gauss(centre, 8))) / 100
        row += ['', ''] if row[0] in old_form else [str(round(den * rate)), str(den)]
with open(os.path.join(out, 'so-lieu-xa-2025.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(header_2025)
    w.writerows(rows)

# Roadmap targets (%) of KH 145 Nam Định, QĐ 387 and QĐ 677 programmes, in
# the catalogue's order (engine/model/indicator_catalogue.cpp).
roadmap = {
    'gia_dinh_hoc_tap': [55, 60, 65, 70, 55, 60, 65, 70, 80],
    'dong_ho_hoc_tap': [50, 55, 60, 65, 50, 55, 60, 65, 75],
    'cong_dong_hoc_tap': [50, 55, 60, 65, 50, 55, 60, 65, 75],
    'don_vi_hoc_tap': [50, 60, 70, 80, 80, 81, 82, 83, 90],
    'hoi_vien_tap_huan': [70, 80, 90, 100, 100, 100, 100, 100, 100],
    'cong_dan_hoc_tap': [25, 30, 35, 40, 45, 50, 55, 60, 65],
    'cong_dan_hoc_tap_don_vi': [45, 50, 55, 60, 65, 70, 75, 80, 85],
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
    w.writerow(['ma', 'ten', 'cap', 'ma_cap_tren', 'hieu_luc_tu', 'hieu_luc_den', 'tien_than', 'ten_theo'])
    w.writerow(['35', 'Tỉnh Hà Nam', 'tỉnh', '', '', '30/06/2025', '', ''])
    w.writerow(['36', 'Tỉnh Nam Định', 'tỉnh', '', '', '30/06/2025', '', ''])
    w.writerow(['37', 'Tỉnh Ninh Bình', 'tỉnh', '', '', '30/06/2025', '', ''])
    w.writerow(['37', 'Tỉnh Ninh Bình', 'tỉnh', '', '01/07/2025', '', '35;36;37', ''])
    for c in communes:
        w.writerow([c['ma_xa'], c['ten_xa'], 'xã', '37', '01/07/2025', '', '', ten_theo[c['ma_xa']]])

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

# Three communes' own files, as units send them (their figures are the same
# as in the compilation above, so importing them after it supersedes those
# three submissions and changes no figure): Biểu 1 typed with a TCVN3 font
# (.VnTime), the same with a VNI font (VNI-Times), and a CSV saved by a
# Vietnamese Excel (semicolons, vi-VN numbers: "6.026" is six thousand and
# twenty-six, the comma being the decimal mark). Needs python3-openpyxl and
# glibc's iconv (TCVN5712-1).
import subprocess, unicodedata
import openpyxl
from openpyxl.styles import Font


def tcvn3(text):
    """The TCVN3 bytes of `text` as a Unicode reader sees them (Windows-1252)."""
    raw = subprocess.run(['iconv', '-t', 'TCVN5712-1'], input=text.encode(), capture_output=True, check=True).stdout
    return raw.decode('cp1252')


VNI_MARKS = {('', '\u0301'): 0xF9, ('', '\u0300'): 0xF8, ('', '\u0309'): 0xFB, ('', '\u0303'): 0xF5,
             ('', '\u0323'): 0xEF, ('\u0302', ''): 0xE2, ('\u0302', '\u0301'): 0xE1, ('\u0302', '\u0300'): 0xE0,
             ('\u0302', '\u0309'): 0xE5, ('\u0302', '\u0303'): 0xE3, ('\u0302', '\u0323'): 0xE4,
             ('\u0306', ''): 0xEA, ('\u0306', '\u0301'): 0xE9, ('\u0306', '\u0300'): 0xE8,
             ('\u0306', '\u0309'): 0xFA, ('\u0306', '\u0303'): 0xFC, ('\u0306', '\u0323'): 0xEB}
VNI_TONED_I = {'\u0301': 0xED, '\u0300': 0xEC, '\u0309': 0xE6, '\u0303': 0xF3, '\u0323': 0xF2}


def vni(text):
    """The VNI Windows bytes of `text` as a Unicode reader sees them: a base
    letter and a mark byte; đ, ơ, ư and toned i, ỵ as single bytes."""
    out = bytearray()
    for ch in text:
        if ch in 'đĐ':
            out.append(0xF1 if ch == 'đ' else 0xD1)
            continue
        d = unicodedata.normalize('NFD', ch)
        base, rest = d[0], d[1:]
        if not rest:
            out += ch.encode('cp1252')
            continue
        up = base.isupper()
        shift = 0x20 if up else 0
        mark = next((m for m in rest if m in '\u0302\u0306\u031b'), '')
        tone = next((t for t in rest if t in '\u0301\u0300\u0309\u0303\u0323'), '')
        if base in 'iI' and tone and not mark:
            out.append(VNI_TONED_I[tone] - shift)
        elif base in 'yY' and tone == '\u0323':
            out.append(0xEE - shift)
        elif mark == '\u031b':
            out.append((0xF4 if base in 'oO' else 0xF6) - shift)
            if tone:
                out.append(VNI_MARKS[('', tone)] - shift)
        else:
            out += base.encode('ascii')
            out.append(VNI_MARKS[(mark, tone)] - shift)
    return out.decode('cp1252')


def legacy_form(path, row, encode, font_name):
    """Biểu 1 (the layout of so-lieu-xa-2025.xlsx) for one commune, every
    text cell typed in a legacy font."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Biểu 1'
    font = Font(name=font_name, size=12)

    def text(cell, value):
        ws[cell] = encode(value)
        ws[cell].font = font

    # Sentence case: TCVN3 capitals need a second font (.VnTimeH).
    text('A1', 'Kết quả xây dựng xã hội học tập cấp xã (số liệu mẫu, không có thật)')
    ws.merge_cells('A1:L1')
    text('A2', 'Năm báo cáo:')
    ws['C2'] = 2025
    text('A4', 'Mã đơn vị')
    text('B4', 'Tên đơn vị')
    ws.merge_cells('A4:A5')
    ws.merge_cells('B4:B5')
    names = ['Gia đình học tập', 'Dòng họ học tập', 'Cộng đồng học tập', 'Đơn vị học tập', 'Công dân học tập']
    for k, name in enumerate(names):
        col = 3 + 2 * k
        text(ws.cell(4, col).coordinate, name)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        text(ws.cell(5, col).coordinate, 'Số được công nhận')
        text(ws.cell(5, col + 1).coordinate, 'Tổng số')
    ws['A6'] = row[0]
    text('B6', row[1])
    for k, v in enumerate(row[2:2 + 2 * len(names)]):
        ws.cell(6, 3 + k, int(v))
    wb.properties.creator = 'baocao samples'
    wb.properties.created = wb.properties.modified = __import__('datetime').datetime(2025, 12, 5, 8, 0, 0)
    wb.save(path)


sent = os.path.join(out, 'don-vi-gui')
os.makedirs(sent, exist_ok=True)
by_code = {r[0]: r for r in rows}
tcvn3_row, vni_row, csv_row = (by_code[communes[k]['ma_xa']] for k in (7, 8, 9))
legacy_form(os.path.join(sent, f'so-lieu-{tcvn3_row[0]}-tcvn3.xlsx'), tcvn3_row, tcvn3, '.VnTime')
legacy_form(os.path.join(sent, f'so-lieu-{vni_row[0]}-vni.xlsx'), vni_row, vni, 'VNI-Times')
with open(os.path.join(sent, f'so-lieu-{csv_row[0]}.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, delimiter=';', lineterminator='\r\n')
    w.writerow(header_2025)
    w.writerow(csv_row[:2] + [f'{int(v):,}'.replace(',', '.') for v in csv_row[2:]])
