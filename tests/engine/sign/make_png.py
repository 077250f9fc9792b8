# Writes the test's images with nothing but zlib, into the directory given:
# a red ring for the seal (con-dau.png, 80 px, no resolution), the same seal
# as a clerk's scan at 300 dpi, 35 mm wide (con-dau-300dpi.png, with pHYs),
# and a blue stroke for the signature (chu-ky.png), all RGBA with
# transparent backgrounds; and khong-lo.png, a small file whose header claims
# 20,000 × 20,000 pixels of white (what a hostile --image looks like).
import struct
import sys
import zlib


def chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)


def png(path, w, h, rgba, dpi=0):
    raw = b''.join(b'\x00' + b''.join(struct.pack('4B', *rgba(x, y)) for x in range(w)) for y in range(h))
    phys = chunk(b'pHYs', struct.pack('>IIB', round(dpi / 0.0254), round(dpi / 0.0254), 1)) if dpi else b''
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) + phys +
                chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def seal(size):
    c, outer, inner, dot = size / 2, size * 0.47, size * 0.37, size * 0.08

    def px(x, y):
        d = ((x - c) ** 2 + (y - c) ** 2) ** 0.5
        return (220, 0, 0, 255) if inner < d < outer or d < dot else (0, 0, 0, 0)
    return px


def stroke(x, y):
    return (0, 0, 200, 255) if abs(y - (60 - x // 3)) < 3 else (0, 0, 0, 0)


def huge(path, w, h):
    # Rows of white 1-bit gray pixels compress to almost nothing.
    comp = zlib.compressobj(9)
    row = b'\x00' + b'\xff' * ((w + 7) // 8)
    data = b''.join(comp.compress(row) for _ in range(h)) + comp.flush()
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 1, 0, 0, 0, 0)) +
                chunk(b'IDAT', data) + chunk(b'IEND', b''))


png(sys.argv[1] + '/con-dau.png', 80, 80, seal(80))
png(sys.argv[1] + '/con-dau-300dpi.png', 413, 413, seal(413), dpi=300)
png(sys.argv[1] + '/chu-ky.png', 160, 60, stroke)
if len(sys.argv) > 2 and sys.argv[2] == 'huge':
    huge(sys.argv[1] + '/khong-lo.png', 20000, 20000)
