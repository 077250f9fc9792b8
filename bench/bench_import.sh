#!/bin/sh
# Workload 4 of BENCHMARKS.md: `baocao import` of a 100,000-row x
# 10-column XLSX into a fresh SQLite store, wall time and peak RSS measured by
# GNU time (/usr/bin/time -v), target <= 2 s and <= 50 MB. The units CSV that
# makes the rows' unit codes known is imported first and is not timed. A peer
# (python3-openpyxl, read-only mode, reading every cell) runs on the same file
# when installed, and is skipped with a note otherwise.
# Usage: bench_import.sh BAOCAO GEN_IMPORT_XLSX OUT_DIR [ROWS=100000] [RUNS=3]
set -eu
baocao=$1 gen=$2 out=$3 rows=${4:-100000} runs=${5:-3}
mkdir -p "$out"
xlsx="$out/import-$rows.xlsx" units="$out/import-units-$rows.csv"
[ -s "$xlsx" ] && [ -s "$units" ] || "$gen" "$xlsx" "$units" "$rows"
echo "workload 4: import of $xlsx ($(stat -c %s "$xlsx") bytes, $rows rows x 10 columns)"

report() {  # label, GNU time -v output file
  awk -v label="$1" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = t[n] + (n > 1 ? 60 * t[n-1] : 0) }
    /Maximum resident set size/ { rss = $2 / 1024 }
    /User time/ { user = $2 } /System time/ { sys = $2 }
    END { printf "%s: wall %.2f s, user %.2f s, sys %.2f s, peak RSS %.1f MB\n", label, wall, user, sys, rss }' "$2"
}

i=1
while [ "$i" -le "$runs" ]; do
  db="$out/import-bench.db"
  rm -f "$db" "$db-wal" "$db-shm"
  "$baocao" import --db "$db" "$units" >/dev/null
  /usr/bin/time -v -o "$out/import-time.txt" "$baocao" import --db "$db" --period 2025 "$xlsx" >"$out/import-out.txt"
  report "baocao import, run $i" "$out/import-time.txt"
  i=$((i + 1))
done
cat "$out/import-out.txt"

if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  /usr/bin/time -v -o "$out/openpyxl-time.txt" /usr/bin/python3 -c '
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = sum(1 for row in wb.active.iter_rows(values_only=True) for v in row if v is not None)
print("openpyxl read", n, "cells")' "$xlsx"
  report "peer: openpyxl read-only (read only, no validation, no store)" "$out/openpyxl-time.txt"
else
  echo "peer: python3-openpyxl not installed, skipped"
fi
