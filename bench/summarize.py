#!/usr/bin/env python3
"""Reads the measurements bench/run collected (one line per run: workload,
tool, role, divisor, wall s, user s, sys s, peak RSS KB, output bytes) and
prints ONE table of medians with the ratio to the baseline of the same run,
then a pass/fail line per target. Also writes the table
as Markdown (for BENCHMARKS.md's "Latest table").
Usage: summarize.py RESULTS.tsv TABLE.md HEADER_LINE..."""
import os, statistics, sys

WORKLOADS = {
    '1a': 'ND30 Báo cáo, 6 pages, single document',
    '1b': 'ND30 Báo cáo, per document in a batch of 50',
    '2': 'Consolidated province report, 100 communes (run 15/12)',
    '2c': 'Province cycle, 100 communes: import + all reports',
    '3': 'Monthly export, 100,000 × 10',
    '4': 'Import of a 100,000-row XLSX',
    '5': 'Country cycle, 3,321 communes / 34 provinces: import + run 10/12',
    '5b': 'Country, the same run again with nothing changed',
    '5c': "Country, one commune's new file imported, then the run",
}

rows = {}
for line in open(sys.argv[1], encoding='utf-8'):
    w, tool, role, div, wall, user, sys_, rss, size = line.rstrip('\n').split('\t')
    r = rows.setdefault((w, tool), {'role': role, 'wall': [], 'cpu': [], 'rss': [], 'size': 0})
    d = float(div)
    r['wall'].append(float(wall) / d)
    r['cpu'].append((float(user) + float(sys_)) / d)
    r['rss'].append(int(rss))
    r['size'] = int(size)

med = {k: {'role': v['role'], 'n': len(v['wall']), 'wall': statistics.median(v['wall']),
           'cpu': statistics.median(v['cpu']), 'rss': max(v['rss']), 'size': v['size']} for k, v in rows.items()}
base = {w: m for (w, t), m in med.items() if m['role'] == 'baseline'}


def fmt_t(s):
    return f'{s * 1000:.1f} ms' if s < 1 else f'{s:.2f} s'


def fmt_size(b):
    return '—' if b <= 0 else f'{b / 1024:.1f} KB' if b < 1024 * 1024 else f'{b / 1048576:.1f} MB'


def ratio(w, m):
    b = base.get(w)
    if not b:
        return '—'
    if m['role'] == 'baseline':
        return '1.00 (baseline)'
    return f"{m['wall'] / b['wall']:.2f} wall, {m['cpu'] / b['cpu']:.2f} CPU"


table = []
for w in WORKLOADS:
    for (ww, tool), m in sorted(med.items(), key=lambda kv: (kv[1]['role'] != 'ours', kv[1]['role'])):
        if ww == w:
            table.append([w + ' ' + WORKLOADS[w], tool, fmt_t(m['wall']), fmt_t(m['cpu']),
                          f"{m['rss'] / 1024:.1f} MB", fmt_size(m['size']), ratio(w, m), str(m['n'])])
head = ['workload', 'tool', 'median wall', 'median user+sys', 'peak RSS', 'output', 'ratio to baseline', 'runs']

widths = [max(len(r[k]) for r in table + [head]) for k in range(len(head))]
print('  '.join(h.ljust(widths[k]) for k, h in enumerate(head)))
for r in table:
    print('  '.join(c.ljust(widths[k]) for k, c in enumerate(r)))

checks = []


def get(w, role='ours', tool=None):
    for (ww, t), m in med.items():
        if ww == w and m['role'] == role and (tool is None or t == tool):
            return m
    return None


def check(name, ok, detail):
    checks.append(('SKIP' if ok is None else 'PASS' if ok else 'FAIL', name, detail))


ours, b = get('1b'), get('1b', 'baseline')
if ours and b:
    check('workload 1: per document ≤ 1.15 × plain libharu (batch of 50)', ours['wall'] <= 1.15 * b['wall'],
          f"{ours['wall'] / b['wall']:.2f} × wall, {ours['cpu'] / b['cpu']:.2f} × CPU")
    check('workload 1: per document ≤ 0.5 × plain libharu (batch of 50)', ours['wall'] <= 0.5 * b['wall'],
          f"{ours['wall'] / b['wall']:.2f} × wall, {ours['cpu'] / b['cpu']:.2f} × CPU")
if ours:
    check('workload 1: file ≤ 70 KB', ours['size'] <= 70 * 1024, fmt_size(ours['size']))
    for peer in ('reportlab', 'LibreOffice'):
        p = next((m for (w, t), m in med.items() if w == '1b' and t.startswith(peer)), None)
        check(f'workload 1: ahead of {peer} (batch of 50)', None if p is None else ours['wall'] < p['wall'],
              'peer not installed' if p is None else f"{fmt_t(ours['wall'])} vs {fmt_t(p['wall'])} per document")
m, b = get('3'), get('3', 'baseline')
if m and b:
    check('workload 3: export ≤ 1.05 × plain libxlsxwriter', m['wall'] <= 1.05 * b['wall'],
          f"{m['wall'] / b['wall']:.2f} × wall, {m['cpu'] / b['cpu']:.2f} × CPU")
if m:
    check('workload 3: export ≤ 1.5 s', m['wall'] <= 1.5, f"{fmt_t(m['wall'])} wall, {fmt_t(m['cpu'])} CPU")
    check('workload 3: export ≤ 10 MB RSS', m['rss'] <= 10 * 1024, f"{m['rss'] / 1024:.1f} MB")
m = get('4')
if m:
    check('workload 4: import ≤ 2 s', m['wall'] <= 2, f"{fmt_t(m['wall'])} wall, {fmt_t(m['cpu'])} CPU")
    check('workload 4: import ≤ 50 MB RSS', m['rss'] <= 50 * 1024, f"{m['rss'] / 1024:.1f} MB")
m = get('5')
if m:
    check('workload 5: country cycle ≤ 2 minutes on 2 cores', m['wall'] <= 120,
          f"{fmt_t(m['wall'])} wall, {fmt_t(m['cpu'])} CPU, peak RSS {m['rss'] / 1024:.1f} MB")
    check('workload 5: country cycle ≤ 20 s wall on 2 cores', m['wall'] <= 20,
          f"{fmt_t(m['wall'])} wall, {fmt_t(m['cpu'])} CPU")
    for w, what in (('5b', 'the same run again, nothing changed'),
                    ('5c', "one commune's new file imported, then the run")):
        r = get(w)
        if r:
            check(f'workload {w}: {what}, ≤ 5 % of the full cycle', r['wall'] <= 0.05 * m['wall'],
                  f"{fmt_t(r['wall'])} wall = {100 * r['wall'] / m['wall']:.1f} % of {fmt_t(m['wall'])}, "
                  f"{fmt_t(r['cpu'])} CPU")
    changed = os.path.join(os.path.dirname(sys.argv[1]), 'changed-set.txt')
    if get('5c') and os.path.exists(changed):
        text = open(changed, encoding='utf-8').read().strip()
        check("workload 5c: changed outputs are exactly the commune's documents, its province's consolidated "
              'documents and the manifest', text.startswith('exact'), text)
m = get('2c')
if m:
    check('workload 2c: province of 100 communes, all reports, in a few seconds (≤ 5 s)', m['wall'] <= 5,
          f"{fmt_t(m['wall'])} wall, {fmt_t(m['cpu'])} CPU, peak RSS {m['rss'] / 1024:.1f} MB")
print()
for s, name, detail in checks:
    print(f'{s}  {name}: {detail}')

with open(sys.argv[2], 'w', encoding='utf-8') as f:
    for line in sys.argv[3:]:
        f.write(line + '\n\n')
    f.write('| ' + ' | '.join(head) + ' |\n|' + '---|' * len(head) + '\n')
    for r in table:
        f.write('| ' + ' | '.join(c.replace('|', '\\|') for c in r) + ' |\n')
    f.write('\n')
    for s, name, detail in checks:
        f.write(f'- **{s}** {name}: {detail}\n')
