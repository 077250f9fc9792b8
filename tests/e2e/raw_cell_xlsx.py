#!/usr/bin/python3
# Copies an XLSX with the raw <v> text of some cells of the first sheet
# replaced, for values no spreadsheet program writes (1e309, NaN, inf) that a
# hand-made or hostile file can hold. Usage: raw_cell_xlsx.py IN OUT CELL=TEXT...
import re
import sys
import zipfile

src, dst, edits = sys.argv[1], sys.argv[2], [a.split("=", 1) for a in sys.argv[3:]]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            xml = data.decode("utf-8")
            for cell, text in edits:
                xml, n = re.subn(r'(<c r="%s"[^>]*>)<v>[^<]*</v>' % cell, lambda m: m.group(1) + "<v>%s</v>" % text, xml)
                if n != 1:
                    sys.exit("cell %s: %d matches" % (cell, n))
            data = xml.encode("utf-8")
        zout.writestr(info, data)
