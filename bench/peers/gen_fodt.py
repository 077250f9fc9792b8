#!/usr/bin/env python3
"""Peer of workload 1 (BENCHMARKS.md): writes the six-page ND30 Báo cáo of
bench_pdf (content from nd30_content.py) as a flat OpenDocument text file
(.fodt), the way an office scripting LibreOffice would, for
`soffice --headless --convert-to pdf`. Liberation Serif 13 pt, ND30 margins,
the 40-row table with a repeated header row (table:table-header-rows), the
bar chart as drawing shapes, Nơi nhận and signature, and a landscape Phụ lục
(its own master page) with two repeated header rows and merged cells.
Usage: gen_fodt.py OUT.fodt [ROWS=40]"""
import os, sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nd30_content as c  # noqa: E402

rows = int(sys.argv[2]) if len(sys.argv) > 2 else 40
out = []
p = out.append


def para(text, style='Body'):
    p(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')


def cell(text, pstyle='Cell', span=1, rspan=1):
    attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ''
    attrs += f' table:number-rows-spanned="{rspan}"' if rspan > 1 else ''
    p(f'<table:table-cell table:style-name="Grid" office:value-type="string"{attrs}>')
    para(text, pstyle)
    p('</table:table-cell>')
    for _ in range(span - 1):
        p('<table:covered-table-cell/>')


def covered():
    p('<table:covered-table-cell/>')


p('''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Báo cáo kết quả xây dựng xã hội học tập năm 2025</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="10mm" fo:margin-bottom="6pt"/></style:style>
 <style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Centre"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Italic" style:family="paragraph" style:parent-style-name="Centre"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="CellC" style:family="paragraph" style:parent-style-name="Cell"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CellR" style:family="paragraph" style:parent-style-name="Cell"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="CellB" style:family="paragraph" style:parent-style-name="CellC"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PortraitLayout"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="20mm" fo:margin-bottom="20mm" fo:margin-left="30mm" fo:margin-right="15mm"/></style:page-layout>
 <style:page-layout style:name="LandscapeLayout"><style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm" style:print-orientation="landscape" fo:margin-top="30mm" fo:margin-bottom="15mm" fo:margin-left="20mm" fo:margin-right="20mm"/></style:page-layout>
 <style:style style:name="ToLandscape" style:family="paragraph" style:parent-style-name="Bold" style:master-page-name="Landscape"/>
 <style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.8mm" style:vertical-align="middle"/></style:style>
 <style:style style:name="NoGrid" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0mm"/></style:style>
 <style:style style:name="Table1" style:family="table"><style:table-properties style:width="165mm" table:align="center"/></style:style>
 <style:style style:name="Table2" style:family="table"><style:table-properties style:width="257mm" table:align="center"/></style:style>
 <style:style style:name="Bar" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#4472c4" draw:stroke="none"/></style:style>
 <style:style style:name="Target" style:family="graphic"><style:graphic-properties draw:stroke="dash" svg:stroke-color="#ff0000"/></style:style>
 <style:style style:name="Axis" style:family="graphic"><style:graphic-properties svg:stroke-color="#000000"/></style:style>
''')
for k, w in enumerate(c.TABLE_WIDTHS_MM):
    p(f' <style:style style:name="C1_{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}mm"/></style:style>')
for k, w in enumerate([10, 42] + [22.8] * 9):
    p(f' <style:style style:name="C2_{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}mm"/></style:style>')
p('''</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PortraitLayout"/>
 <style:master-page style:name="Landscape" style:page-layout-name="LandscapeLayout"/>
</office:master-styles>
<office:body><office:text>''')

# ND30 header: agency on the left, national motto on the right.
p('<table:table table:name="Header"><table:table-column table:number-columns-repeated="2"/><table:table-row>')
p('<table:table-cell table:style-name="NoGrid" office:value-type="string">')
para(c.HEADER['co_quan_chu_quan'], 'Centre')
para(c.HEADER['co_quan'], 'Bold')
para(c.HEADER['so'], 'Centre')
p('</table:table-cell><table:table-cell table:style-name="NoGrid" office:value-type="string">')
para(c.HEADER['quoc_hieu'], 'Bold')
para(c.HEADER['tieu_ngu'], 'Bold')
para(c.HEADER['ngay'], 'Italic')
p('</table:table-cell></table:table-row></table:table>')
para('', 'Centre')
para(c.HEADER['loai'], 'Bold')
para(c.HEADER['trich_yeu'], 'Bold')
para(c.INTRO)
para('I. KẾT QUẢ THỰC HIỆN', 'Heading')
para('1. Công tác chỉ đạo, điều hành', 'Heading')
for _ in range(3):
    para(c.DIRECTION)
para('2. Kết quả công nhận các mô hình học tập', 'Heading')
for item in c.LIST:
    para('- ' + item)
para(c.TABLE_CAPTION, 'Bold')
p('<table:table table:name="KetQua" table:style-name="Table1">')
for k in range(len(c.TABLE_WIDTHS_MM)):
    p(f'<table:table-column table:style-name="C1_{k}"/>')
p('<table:table-header-rows><table:table-row>')
for h in c.TABLE_HEAD:
    cell(h, 'CellB')
p('</table:table-row></table:table-header-rows>')
for r in c.table_rows(rows):
    p('<table:table-row>')
    for k, v in enumerate(r):
        cell(v, 'CellC' if k in (0, 5) else 'CellR' if k in (2, 3, 4) else 'Cell')
    p('</table:table-row>')
p('</table:table>')

# The chart: bars, axis and the dashed target line as drawing shapes.
data = c.chart(rows)
x0, y0, w, h = 15.0, 55.0, 145.0, 50.0  # mm inside an 80 mm high frame; y grows downwards
p('<text:p text:style-name="Centre"><draw:g text:anchor-type="as-char" svg:y="0mm">')
p(f'<draw:line draw:style-name="Axis" svg:x1="{x0}mm" svg:y1="{y0}mm" svg:x2="{x0 + w}mm" svg:y2="{y0}mm"/>')
p(f'<draw:line draw:style-name="Axis" svg:x1="{x0}mm" svg:y1="{y0 - h}mm" svg:x2="{x0}mm" svg:y2="{y0}mm"/>')
step = w / len(data)
for k, (name, v) in enumerate(data):
    if v is not None:
        bh = h * v / 100
        p(f'<draw:rect draw:style-name="Bar" svg:x="{x0 + k * step + step * 0.2:.2f}mm" svg:y="{y0 - bh:.2f}mm" '
          f'svg:width="{step * 0.6:.2f}mm" svg:height="{bh:.2f}mm"><text:p text:style-name="Small">{escape(c.vi_pct(v))}</text:p></draw:rect>')
    p(f'<draw:frame svg:x="{x0 + k * step:.2f}mm" svg:y="{y0 + 1}mm" svg:width="{step:.2f}mm" svg:height="12mm">'
      f'<draw:text-box><text:p text:style-name="Small">{escape(name)}</text:p></draw:text-box></draw:frame>')
ty = y0 - h * c.CHART_TARGET / 100
p(f'<draw:line draw:style-name="Target" svg:x1="{x0}mm" svg:y1="{ty}mm" svg:x2="{x0 + w}mm" svg:y2="{ty}mm"/>')
p('</draw:g></text:p>')
para(c.CHART_CAPTION, 'Centre')
para('3. Hoạt động của trung tâm học tập cộng đồng', 'Heading')
for t in c.CENTRES:
    para(t)
para('II. ĐÁNH GIÁ CHUNG', 'Heading')
para(c.ASSESSMENT)
para('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', 'Heading')
para(c.NEXT)
p('<table:table table:name="Signature"><table:table-column table:number-columns-repeated="2"/><table:table-row>')
p('<table:table-cell table:style-name="NoGrid" office:value-type="string">')
para('Nơi nhận:', 'Small')
for r in c.RECIPIENTS:
    para(r, 'Small')
p('</table:table-cell><table:table-cell table:style-name="NoGrid" office:value-type="string">')
para(c.SIGNATURE[0], 'Bold')
para(c.SIGNATURE[1], 'Bold')
for _ in range(4):
    para('', 'Centre')
para(c.SIGNATURE[2], 'Bold')
p('</table:table-cell></table:table-row></table:table>')

# Phụ lục on a landscape master page.
para(c.APPENDIX_TITLE[0], 'ToLandscape')
for line in c.APPENDIX_TITLE[1:]:
    para(line, 'Bold')
p('<table:table table:name="PhuLuc" table:style-name="Table2">')
for k in range(11):
    p(f'<table:table-column table:style-name="C2_{k}"/>')
p('<table:table-header-rows><table:table-row>')
cell('STT', 'CellB', rspan=2)
cell('Đơn vị', 'CellB', rspan=2)
for g in c.APPENDIX_GROUPS:
    cell(g, 'CellB', span=3)
p('</table:table-row><table:table-row>')
covered()
covered()
for _ in range(3):
    for s in c.APPENDIX_SUB:
        cell(s, 'CellB')
p('</table:table-row></table:table-header-rows>')
for r in c.appendix_rows(rows):
    p('<table:table-row>')
    for k, v in enumerate(r):
        cell(v, 'CellC' if k == 0 else 'Cell' if k == 1 else 'CellR')
    p('</table:table-row>')
p('</table:table>')
p('</office:text></office:body></office:document>')

with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write('\n'.join(out))
