# Prints the DER of the CMS in the last signature of a PDF (argv[1]) to the
# file argv[2], found through its /ByteRange: the hex between < and >.
import re
import sys

data = open(sys.argv[1], 'rb').read()
ranges = re.findall(rb'/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]', data)
a, b, c, d = map(int, ranges[-1])
der = bytes.fromhex(data[b + 1:c - 1].decode())
# The placeholder is zero-padded: keep the outer SEQUENCE's own length.
n = der[1]
size = 2 + n if n < 0x80 else 2 + (n & 0x7f) + int.from_bytes(der[2:2 + (n & 0x7f)], 'big')
open(sys.argv[2], 'wb').write(der[:size])
