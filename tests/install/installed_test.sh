#!/usr/bin/env bash
# The installed program on its own: `cmake --install` into a temporary
# prefix, then, in a private mount namespace where an empty tmpfs hides the
# source tree and the build tree, and with BAOCAO_DATA_DIR unset, the
# installed bin/baocao:
#   - finds its data beside itself (--version) and reads the shipped example
#     configuration (every command below runs with it, flags overriding it);
#   - renders a shipped template (pdftotext checks the text);
#   - imports the installed sample province into a new store and runs the
#     10/12 deadline on it (the manifest and every PDF checked);
#   - still works from a copy of the prefix moved elsewhere, and says clearly
#     that its data is missing when the copy has none.
# Usage: installed_test.sh CMAKE BUILD_DIR SOURCE_DIR
# Exit 77 (skipped) only when no mount namespace can be made here.
set -euo pipefail
cmake=$1 build=$(realpath "$2") source=$(realpath "$3")

if [ "${BAOCAO_INSTALLED_TEST_INSIDE:-}" != 1 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  case "$work/" in "$source"/* | "$build"/*) echo "temp dir $work is inside the trees to hide" >&2; exit 1 ;; esac
  "$cmake" --install "$build" --prefix "$work/prefix" >"$work/install.log"
  # A sanitizer build's leak suppressions live in the source tree, about to be hidden.
  if [[ "${LSAN_OPTIONS:-}" =~ suppressions=([^:]+) ]]; then
    cp "${BASH_REMATCH[1]}" "$work/lsan.supp"
    export LSAN_OPTIONS=${LSAN_OPTIONS/"${BASH_REMATCH[1]}"/$work/lsan.supp}
  fi
  for ns in "unshare --mount" "unshare --mount --map-root-user"; do
    if $ns true 2>/dev/null; then
      exec env -u BAOCAO_DATA_DIR BAOCAO_INSTALLED_TEST_INSIDE=1 WORK="$work" $ns "$0" "$@"
    fi
  done
  echo "skipped: cannot make a mount namespace here (unshare)" >&2
  exit 77
fi

# Inside the namespace: hide the build tree, then the source tree (which may hold it).
work=$WORK
trap 'rm -rf "$work"' EXIT
mount -t tmpfs -o size=64k,mode=000 hidden "$build"
mount -t tmpfs -o size=64k,mode=000 hidden "$source"
if [ -n "$(ls -A "$source")" ] || [ -e "$build/app/baocao" ]; then
  echo "the source or build tree is still visible" >&2
  exit 1
fi
[ -z "${BAOCAO_DATA_DIR:-}" ] || { echo "BAOCAO_DATA_DIR is set" >&2; exit 1; }

fail() { echo "FAILED: $*" >&2; exit 1; }
prefix=$work/prefix
baocao=$prefix/bin/baocao
share=$prefix/share/baocao
sample=$share/samples/ninh-binh
config=$(find "$prefix" -path '*/baocao/baocao.conf' | head -1)
[ -n "$config" ] || fail "no example configuration installed under $prefix"
cd "$work"
b() { "$baocao" --config "$config" --lang en "$@"; }

b --version >version.txt || fail "--version: $(cat version.txt)"
grep -qx "Data directory: $share (beside the program)" version.txt || fail "--version: $(cat version.txt)"
grep -qx "Configuration file: $config" version.txt || fail "--version: $(cat version.txt)"
[ -f "$prefix/lib/systemd/system/baocao-schedule.timer" ] || fail "no systemd timer installed"
zcat "$prefix/share/man/man1/baocao.1.gz" | grep -q '^\.SS schedule' || fail "man page without the schedule command"

# A shipped template, filled from the sample's JSON data.
b render "$share/templates/bao-cao-tong-hop.tpl" --data "$sample/du-lieu-2025.json" --out render.pdf \
  || fail "render of a shipped template"
pdftotext -layout render.pdf render.txt
grep -q "BÁO CÁO" render.txt || fail "render.pdf has no title: $(head -20 render.txt)"
grep -q "Ninh Bình" render.txt || fail "render.pdf does not name the province"

# A store made from the installed samples (its units list from the installed
# data/units), then every document of the 10/12 deadline.
b import "$sample/so-lieu-xa-2025.csv" "$sample/chi-tieu.csv" --period 2025 --bodies "$sample/co-quan-bao-cao.csv" \
  --issuers "$sample/co-quan-ban-hanh.csv" --db kho.db || fail "import"
b run --cycle 2025 --deadline 2025-12-10 --db kho.db --plan "$sample/ke-hoach-2025.json" \
  --vars "$sample/bien-2025.json" --units "$sample/don-vi.csv" --submissions "$sample/da-nhan-2025.csv" \
  --out out >run.txt || fail "run: $(cat run.txt)"
[ -f out/manifest-2025-12-10.json ] || fail "run wrote no manifest"
pdfs=$(find out -name '*.pdf' | wc -l)
[ "$pdfs" -ge 3 ] || fail "run wrote $pdfs PDFs"
summary=$(find out -name tong-hop.pdf | head -1)
[ -n "$summary" ] || fail "run wrote no consolidated report"
pdftotext -layout "$summary" summary.txt
grep -q "BÁO CÁO" summary.txt || fail "$summary has no title"
python3 - out/manifest-2025-12-10.json <<'PY' || fail "the manifest does not match the files"
import hashlib, json, os, sys
m = json.load(open(sys.argv[1]))
root = os.path.dirname(sys.argv[1])
for o in m["outputs"]:
    p = os.path.join(root, o["file"])
    assert hashlib.sha256(open(p, "rb").read()).hexdigest() == o["sha256"], p
assert len(m["outputs"]) >= 3, m["outputs"]
PY
# The prefix copied elsewhere finds its data there; without it, says so.
cp -a "$prefix" moved
moved=$work/moved
"$moved/bin/baocao" --config /dev/null --lang en --version | grep -qx "Data directory: $moved/share/baocao (beside the program)" \
  || fail "moved copy: $("$moved/bin/baocao" --config /dev/null --lang en --version)"
"$moved/bin/baocao" --config /dev/null --lang en render "$share/templates/bao-cao-tong-hop.tpl" \
  --data "$sample/du-lieu-2025.json" --out moved.pdf || fail "render from the moved copy"
rm -rf "$moved/share/baocao"
status=0
"$moved/bin/baocao" --config /dev/null --lang en render "$share/templates/bao-cao-tong-hop.tpl" \
  --data "$sample/du-lieu-2025.json" --out none.pdf 2>none.txt || status=$?
[ "$status" -eq 3 ] || fail "no data directory: exit $status, $(cat none.txt)"
grep -q "data directory .* was not found; looked in: $moved/share/baocao" none.txt || fail "$(cat none.txt)"
[ ! -e none.pdf ] || fail "a PDF was written without fonts"
echo "installed baocao works with the source and build trees hidden"
