#!/usr/bin/env python3
"""One commune's new file during a deadline window (bench/run, workload 5c).

  one_commune.py file AREA_DIR PROVINCE      writes AREA_DIR/mot-xa/so-lieu-N.csv:
      the province's first commune that reported by 10/12, its figures
      corrected (N more families each time, so every call is a new file);
      prints the file's path
  one_commune.py snapshot OUT_DIR LIST       SHA-256 of every file under OUT_DIR
  one_commune.py check BEFORE AFTER AREA_DIR PROVINCE REPORT
      the files that changed between the two snapshots must be exactly that
      commune's documents (its Báo cáo and Phụ lục), its province's
      consolidated documents (tổng hợp, PDF and XLSX) and the manifest;
      writes "exact: ..." or "differs: ..." to REPORT and prints it
"""
import csv, hashlib, json, os, sys

DEADLINE_DIR = '2025-12-10-xa-bao-cao'
MANIFEST = 'manifest-2025-12-10.json'


def commune_of(area, province):
    received = {}
    with open(os.path.join(area, 'da-nhan-2025.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            d, m, y = r['ngay_nhan'].split('/')
            received[r['ma_don_vi']] = (int(y), int(m), int(d))
    parent = {}
    with open(os.path.join(area, 'don-vi.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            parent[r['ma']] = r['ma_cap_tren']
    with open(os.path.join(area, 'so-lieu-xa-2025.csv'), encoding='utf-8') as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        if parent.get(row[0]) == province and received.get(row[0], (9999,)) <= (2025, 12, 10):
            return rows[0], row
    sys.exit(f'no commune of {province} reported by 10/12')


def write_file(area, province):
    head, row = commune_of(area, province)
    d = os.path.join(area, 'mot-xa')
    os.makedirs(d, exist_ok=True)
    counter = os.path.join(d, 'lan')
    n = int(open(counter).read()) + 1 if os.path.exists(counter) else 1
    open(counter, 'w').write(str(n))
    # gia_dinh_hoc_tap_dat: 7 × n families more, wrapping below the total
    # (thousands of families: every call gives another figure).
    dat, tong = head.index('gia_dinh_hoc_tap_dat'), head.index('gia_dinh_hoc_tap_tong')
    row = list(row)
    row[dat] = str((int(row[dat]) + 7 * n) % (int(row[tong]) + 1))
    path = os.path.join(d, f'so-lieu-{row[0]}-{n}.csv')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(head)
        w.writerow(row)
    print(path)


def snapshot(out, listing):
    sums = {}
    for base, _, files in os.walk(out):
        for name in files:
            p = os.path.join(base, name)
            if name.startswith('.'):
                continue  # the directory's lock, temporaries
            with open(p, 'rb') as f:
                sums[os.path.relpath(p, out)] = hashlib.sha256(f.read()).hexdigest()
    json.dump(sums, open(listing, 'w'))


def check(before, after, area, province, report):
    a, b = json.load(open(before)), json.load(open(after))
    changed = {f for f in set(a) | set(b) if a.get(f) != b.get(f)}
    code = commune_of(area, province)[1][0]
    d = f'{DEADLINE_DIR}/{province}/'
    want = {d + code + '-bao-cao.pdf', d + code + '-phu-luc.xlsx', d + 'tong-hop.pdf', d + 'tong-hop.xlsx', MANIFEST}
    if changed == want:
        text = f'exact: {len(changed)} files ({", ".join(sorted(changed))})'
    else:
        text = (f'differs: {len(changed)} changed; unexpected {sorted(changed - want)[:8]}, '
                f'unchanged {sorted(want - changed)}')
    open(report, 'w').write(text + '\n')
    print(text)


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'file':
        write_file(sys.argv[2], sys.argv[3])
    elif cmd == 'snapshot':
        snapshot(sys.argv[2], sys.argv[3])
    elif cmd == 'check':
        check(*sys.argv[2:7])
    else:
        sys.exit(__doc__)
