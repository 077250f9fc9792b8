# Writes the test's images with nothing but zlib: a red ring for the seal
# (con-dau.png) and a blue stroke for the signature (chu-ky.png), both RGBA
# with transparent backgrounds, into the directory given.
import struct
import sys
import zlib


def png(path, w, h, rgba):
    raw = b''.join(b'\x00' + b''.join(struct.pack('4B', *rgba(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)

    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) +
                chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def seal(x, y):
    d = ((x - 40) ** 2 + (y - 40) ** 2) ** 0.5
    return (220, 0, 0, 255) if 30 < d < 38 or d < 6 else (0, 0, 0, 0)


def stroke(x, y):
    return (0, 0, 200, 255) if abs(y - (60 - x // 3)) < 3 else (0, 0, 0, 0)


png(sys.argv[1] + '/con-dau.png', 80, 80, seal)
png(sys.argv[1] + '/chu-ky.png', 160, 60, stroke)
