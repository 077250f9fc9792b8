#!/usr/bin/env python3
"""Peer of workload 1 (BENCHMARKS.md): python3-reportlab drawing the same
six-page ND30 Báo cáo as bench_pdf (content from nd30_content.py), the way an
office would script it with platypus: Liberation Serif embedded (reportlab
subsets TrueType fonts itself), ND30 margins, the 40-row table with its
header row repeated, a bar chart against the target, Nơi nhận and signature,
then a landscape Phụ lục with two header rows and merged cells.
Usage: reportlab_report.py OUT_DIR [COUNT=50] [ROWS=40]"""
import os, sys, time

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nd30_content as c  # noqa: E402

FONTS = '/usr/share/fonts/truetype/liberation2'
for name, file in (('Serif', 'LiberationSerif-Regular.ttf'), ('Serif-Bold', 'LiberationSerif-Bold.ttf'),
                   ('Serif-Italic', 'LiberationSerif-Italic.ttf'), ('Serif-BoldItalic', 'LiberationSerif-BoldItalic.ttf')):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTS, file)))
pdfmetrics.registerFontFamily('Serif', normal='Serif', bold='Serif-Bold', italic='Serif-Italic',
                              boldItalic='Serif-BoldItalic')

body = ParagraphStyle('body', fontName='Serif', fontSize=13, leading=16, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                      spaceAfter=6)
centre = ParagraphStyle('centre', parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
bold_centre = ParagraphStyle('bold_centre', parent=centre, fontName='Serif-Bold')
cell = ParagraphStyle('cell', fontName='Serif', fontSize=12, leading=14)
cell_c = ParagraphStyle('cell_c', parent=cell, alignment=TA_CENTER)
cell_b = ParagraphStyle('cell_b', parent=cell_c, fontName='Serif-Bold')
small = ParagraphStyle('small', fontName='Serif', fontSize=11, leading=13, alignment=TA_LEFT)
h1 = ParagraphStyle('h1', parent=body, fontName='Serif-Bold', firstLineIndent=10 * mm)
h2 = ParagraphStyle('h2', parent=h1)
GRID = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]


def header_block():
    left = [Paragraph(c.HEADER['co_quan_chu_quan'], centre), Paragraph(c.HEADER['co_quan'], bold_centre),
            Paragraph(c.HEADER['so'], centre)]
    right = [Paragraph(c.HEADER['quoc_hieu'], bold_centre), Paragraph(c.HEADER['tieu_ngu'], bold_centre),
             Paragraph('<i>' + c.HEADER['ngay'] + '</i>', centre)]
    t = Table([[left, right]], colWidths=[75 * mm, 90 * mm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return [t, Spacer(1, 8 * mm), Paragraph(c.HEADER['loai'], bold_centre), Paragraph(c.HEADER['trich_yeu'], bold_centre),
            Spacer(1, 6 * mm)]


def bar_chart(rows):
    # Drawn with plain shapes: reportlab's chart widgets need python3-renderpm
    # (a rasteriser) at import time, which a PDF does not use.
    data = c.chart(rows)
    d = Drawing(165 * mm, 80 * mm)
    x0, y0, w, h = 15 * mm, 25 * mm, 145 * mm, 50 * mm
    d.add(Line(x0, y0, x0 + w, y0))
    d.add(Line(x0, y0, x0, y0 + h))
    for k in range(0, 101, 20):
        d.add(String(x0 - 2, y0 + h * k / 100 - 3, str(k), fontName='Serif', fontSize=9, textAnchor='end'))
    step = w / len(data)
    for k, (name, v) in enumerate(data):
        if v is not None:
            d.add(Rect(x0 + k * step + step * 0.2, y0, step * 0.6, h * v / 100, fillColor=colors.HexColor('#4472c4'),
                       strokeColor=None))
            d.add(String(x0 + k * step + step / 2, y0 + h * v / 100 + 2, c.vi_pct(v), fontName='Serif', fontSize=8,
                         textAnchor='middle'))
        label = String(0, 0, name, fontName='Serif', fontSize=8, textAnchor='end')
        g = Group(label)
        g.translate(x0 + k * step + step / 2, y0 - 3)
        g.rotate(45)
        d.add(g)
    y = y0 + h * c.CHART_TARGET / 100
    d.add(Line(x0, y, x0 + w, y, strokeColor=colors.red, strokeDashArray=[3, 2]))
    d.add(String(x0 + w, y + 2, f'Chỉ tiêu {c.CHART_TARGET}%', fontName='Serif', fontSize=9, textAnchor='end'))
    return d


def story(rows):
    s = header_block()
    s.append(Paragraph(c.INTRO, body))
    s.append(Paragraph('I. KẾT QUẢ THỰC HIỆN', h1))
    s.append(Paragraph('1. Công tác chỉ đạo, điều hành', h2))
    s += [Paragraph(c.DIRECTION, body) for _ in range(3)]
    s.append(Paragraph('2. Kết quả công nhận các mô hình học tập', h2))
    s += [Paragraph('- ' + item, body) for item in c.LIST]
    s.append(Paragraph('<b>' + c.TABLE_CAPTION + '</b>', centre))
    data = [[Paragraph(h, cell_b) for h in c.TABLE_HEAD]]
    for r in c.table_rows(rows):
        data.append([Paragraph(r[0], cell_c), Paragraph(r[1], cell), r[2], r[3], r[4], Paragraph(r[5], cell_c)])
    t = Table(data, colWidths=[w * mm for w in c.TABLE_WIDTHS_MM], repeatRows=1)
    t.setStyle(TableStyle(GRID + [('FONT', (0, 0), (-1, -1), 'Serif', 12), ('ALIGN', (2, 1), (4, -1), 'RIGHT')]))
    s.append(t)
    s.append(Spacer(1, 4 * mm))
    s.append(bar_chart(rows))
    s.append(Paragraph(c.CHART_CAPTION, centre))
    s.append(Paragraph('3. Hoạt động của trung tâm học tập cộng đồng', h2))
    s += [Paragraph(p, body) for p in c.CENTRES]
    s.append(Paragraph('II. ĐÁNH GIÁ CHUNG', h1))
    s.append(Paragraph(c.ASSESSMENT, body))
    s.append(Paragraph('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', h1))
    s.append(Paragraph(c.NEXT, body))
    left = [Paragraph('<b><i>Nơi nhận:</i></b>', small)] + [Paragraph(r, small) for r in c.RECIPIENTS]
    right = [Paragraph(c.SIGNATURE[0], bold_centre), Paragraph(c.SIGNATURE[1], bold_centre), Spacer(1, 25 * mm),
             Paragraph(c.SIGNATURE[2], bold_centre)]
    sig = Table([[left, right]], colWidths=[80 * mm, 85 * mm])
    sig.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(sig)
    # Phụ lục: landscape, two header rows with merged cells.
    s += [NextPageTemplate('landscape'), PageBreak()]
    s += [Paragraph(line, bold_centre) for line in c.APPENDIX_TITLE]
    s.append(Spacer(1, 4 * mm))
    h1_row = ['STT', 'Đơn vị'] + sum([[g, '', ''] for g in c.APPENDIX_GROUPS], [])
    h2_row = ['', ''] + c.APPENDIX_SUB * 3
    data = [[Paragraph(x, cell_b) if x else '' for x in h1_row], [Paragraph(x, cell_b) if x else '' for x in h2_row]]
    for r in c.appendix_rows(rows):
        data.append([r[0], Paragraph(r[1], cell)] + r[2:])
    spans = [('SPAN', (0, 0), (0, 1)), ('SPAN', (1, 0), (1, 1))] + \
            [('SPAN', (2 + 3 * k, 0), (4 + 3 * k, 0)) for k in range(3)]
    t = Table(data, colWidths=[10 * mm, 42 * mm] + [24 * mm] * 9, repeatRows=2)
    t.setStyle(TableStyle(GRID + spans + [('FONT', (0, 0), (-1, -1), 'Serif', 12), ('ALIGN', (2, 2), (-1, -1), 'RIGHT')]))
    s.append(t)
    return s


def page_number(canvas, doc):
    if doc.page > 1:
        canvas.setFont('Serif', 13)
        w, h = canvas._pagesize
        canvas.drawCentredString(w / 2, h - 12 * mm, str(doc.page))


def build(path, rows):
    doc = BaseDocTemplate(path, pagesize=A4, title='Báo cáo kết quả xây dựng xã hội học tập năm 2025',
                          author='Sở Giáo dục và Đào tạo')
    portrait = Frame(30 * mm, 20 * mm, A4[0] - 45 * mm, A4[1] - 40 * mm, id='p')
    lw, lh = landscape(A4)
    land = Frame(20 * mm, 30 * mm, lw - 40 * mm, lh - 45 * mm, id='l')
    doc.addPageTemplates([PageTemplate('portrait', [portrait], onPage=page_number, pagesize=A4),
                          PageTemplate('landscape', [land], onPage=page_number, pagesize=landscape(A4))])
    doc.build(story(rows))
    return doc.page


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    os.makedirs(out, exist_ok=True)
    t0, c0 = time.monotonic(), time.process_time()
    for i in range(count):
        path = os.path.join(out, f'reportlab-{i}.pdf')
        pages = build(path, rows)
    ms, cpu = (time.monotonic() - t0) * 1000 / count, (time.process_time() - c0) * 1000 / count
    size = os.path.getsize(path)
    print(f'reportlab: {count} documents, {pages} pages each, {ms:.1f} ms/doc wall, {cpu:.1f} ms/doc CPU, '
          f'{size} bytes ({size / 1024:.1f} KB)')


main()
