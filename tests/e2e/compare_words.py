#!/usr/bin/python3
"""Compares the words of two PDFs as pdftotext reads them, in order.

The measure is a sequence alignment (difflib's longest matching blocks,
without its junk heuristic): the words the two texts share in the same
order, divided by the length of the longer text. 1.0 means the same words
in the same order; a word missing, added or changed costs one; a block of
words moved costs its length.

Prints "words=N,M matched=K ratio=R" and then every difference with a few
words of context ("- only in A", "+ only in B"), so a failing test shows
what differs. Exits 1 when the ratio is below the minimum given.

Usage: compare_words.py A.pdf B.pdf MIN_RATIO
"""
import difflib
import subprocess
import sys
import unicodedata


def words(pdf):
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True).stdout
    # NFKC: a ligature glyph one writer uses ("ﬁ") reads as its letters.
    return unicodedata.normalize("NFKC", text.decode("utf-8")).split()


a, b, minimum = sys.argv[1], sys.argv[2], float(sys.argv[3])
wa, wb = words(a), words(b)
matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
matched = sum(block.size for block in matcher.get_matching_blocks())
ratio = matched / max(len(wa), len(wb), 1)
print(f"words={len(wa)},{len(wb)} matched={matched} ratio={ratio:.4f}")
for tag, i1, i2, j1, j2 in matcher.get_opcodes():
    if tag == "equal":
        continue
    before = " ".join(wa[max(0, i1 - 4):i1])
    print(f"  after '{before}':")
    if i2 > i1:
        print(f"    - {' '.join(wa[i1:i2])}")
    if j2 > j1:
        print(f"    + {' '.join(wb[j1:j2])}")
sys.exit(0 if ratio >= minimum else 1)
