#!/usr/bin/python3
"""Writes a reporting bodies register (co-quan-bao-cao.csv; columns in
data-adapters/forms/bodies_file.hpp) for one province of the 2025 units
list: the departments every province has since the 2025 reorganisation
(Sở Nội vụ, Sở Tài chính, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao
và Du lịch, Sở Nông nghiệp và Môi trường), the Mặt trận, the Hội Liên hiệp
Phụ nữ, the Hội Nông dân, the Đoàn Thanh niên and the Hội Khuyến học, named
as running text names them ("Hội Khuyến học thành phố" in a thành phố
trực thuộc trung ương). Codes are the sample's; an office uses its own.
Usage: python3 samples/make-bodies.py PROVINCE_CODE OUT.csv [UNITS.csv]"""
import csv, os, sys

here = os.path.dirname(os.path.abspath(__file__))
code, out = sys.argv[1], sys.argv[2]
units_csv = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, '..', 'data', 'units', 'don-vi-hanh-chinh-2025.csv')
with open(units_csv, encoding='utf-8') as f:
    rows = [r for r in csv.DictReader(f) if r['ma_tinh'] == code]
kind = rows[0]['loai_tinh']
word = 'thành phố' if kind == 'Thành phố' else 'tỉnh'
bodies = [
    ('SNV', 'Sở Nội vụ', 'sở'),
    ('STC', 'Sở Tài chính', 'sở'),
    ('SKHCN', 'Sở Khoa học và Công nghệ', 'sở'),
    ('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'sở'),
    ('SNNMT', 'Sở Nông nghiệp và Môi trường', 'sở'),
    ('MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam ' + word, 'mặt trận'),
    ('HLHPN', 'Hội Liên hiệp Phụ nữ ' + word, 'đoàn thể'),
    ('HND', 'Hội Nông dân ' + word, 'đoàn thể'),
    ('TDTN', 'Thành đoàn' if word == 'thành phố' else 'Tỉnh đoàn', 'đoàn thể'),
    ('HKH', 'Hội Khuyến học ' + word, 'hội'),
]
with open(out, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['ma_co_quan', 'ten_co_quan', 'loai', 'ma_don_vi'])
    for b in bodies:
        w.writerow(list(b) + [code])
