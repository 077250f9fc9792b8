#!/usr/bin/python3
# Facts about a PDF's signature fields, read with qpdf --json and poppler's
# pdftotext -bbox (tools nobody here wrote), for the run --sign and field tests.
#   signature_fields.py FILE.pdf             one line per /FT /Sig field:
#       name|signed(0/1)|page(1-based)|x0|y0|x1|y1|page height
#   signature_fields.py FILE.pdf PAGE NAME   the signer's block on PAGE as the
#       words show it, in PDF coordinates (y up): the line holding NAME
#       (its words' x0 x1 and top) and the bottom of the line just above it:
#       name_x0|name_x1|name_top|above_bottom
import json
import subprocess
import sys
import xml.etree.ElementTree as ET


def fields(pdf):
    d = json.loads(subprocess.run(["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", pdf],
                                  check=True, capture_output=True).stdout)
    objs = {k[4:]: v.get("value") for k, v in d["qpdf"][1].items() if k.startswith("obj:")}
    pages = [p["object"] for p in d["pages"]]
    for ref, v in objs.items():
        if not isinstance(v, dict) or v.get("/FT") != "/Sig":
            continue
        page = next(i + 1 for i, p in enumerate(pages) if ref in (objs[p].get("/Annots") or []))
        box = objs[pages[page - 1]]["/MediaBox"]
        name = v.get("/T", "")
        name = name[2:] if name.startswith("u:") else name
        r = v["/Rect"]
        print("|".join([name, "1" if "/V" in v else "0", str(page)] + ["%.2f" % x for x in r] +
                       ["%.2f" % box[3]]))


def block(pdf, page, name):
    xml = subprocess.run(["pdftotext", "-bbox", "-f", page, "-l", page, pdf, "-"], check=True,
                         capture_output=True).stdout.decode()
    xml = xml[xml.index("<body>"):xml.rindex("</body>") + 7]
    root = ET.fromstring(xml.replace("&nbsp;", " "))
    ns = "{http://www.w3.org/1999/xhtml}"
    pg = root.find(".//" + ns + "page") or root.find(".//page")
    height = float(pg.get("height"))
    words = [(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")))
             for w in pg.iter() if w.tag.endswith("word")]
    first = name.split()[0]
    for w in sorted(words, key=lambda w: -w[2]):  # the lowest: the name under the block
        if w[0] != first:
            continue
        line = [x for x in words if abs(x[2] - w[2]) < 1 and x[1] >= w[1] - 1]
        if " ".join(x[0] for x in line if x[1] >= w[1] - 1)[:len(name)] != name:
            continue
        x0, x1 = min(x[1] for x in line if x[1] >= w[1] - 1), max(x[3] for x in line)
        # Only the right column: the left one holds "Nơi nhận" at the same height.
        above = [x for x in words if x[4] <= w[2] + 0.5 and x[3] > x0 - 20 and x[1] < x1 + 20]
        bottom = max(x[4] for x in above)
        print("%.2f|%.2f|%.2f|%.2f" % (x0, x1, height - w[2], height - bottom))
        return
    sys.exit("name not found")


if len(sys.argv) == 2:
    fields(sys.argv[1])
else:
    block(sys.argv[1], sys.argv[2], sys.argv[3])
