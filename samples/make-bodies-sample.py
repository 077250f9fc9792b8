#!/usr/bin/python3
"""Writes what the sample province's reporting bodies send by 30/12
(samples/ninh-binh/): each body's form, made by `baocao form --body CODE`
and filled in with openpyxl as a clerk fills it (figures, the completion of
each task from the list, what was done, difficulties and proposals), in
co-quan-gui/; the Sở Nội vụ's own workbook (its own layout, read through the
mapping anh-xa-so-noi-vu.json); and the register of when each arrived,
da-nhan-co-quan-2025.csv: two bodies late (after 30/12/2025), the Tỉnh
đoàn missing. EVERY FIGURE AND EVERY SENTENCE OF THE BODIES IS MADE UP for
demonstration and tests. Needs a built baocao.
Usage: python3 samples/make-bodies-sample.py [BAOCAO_EXE]   (default build/app/baocao)"""
import csv, os, subprocess, sys, tempfile

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
sample = os.path.join(here, 'ninh-binh')
exe = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'build', 'app', 'baocao')

# code -> figures {indicator: (recognised, total)}, tasks {task: (completion, what was done)},
# difficulties, proposals, the day its report arrived ("" = never).
BODIES = {
    'SNV': ({'lao_dong_qua_dao_tao': (1790300, 2452000), 'cong_chuc_hoc_tap': (121, 128)},
            {'NV04': ('Hoàn thành', 'Phối hợp tổ chức 46 lớp bồi dưỡng kiến thức, kỹ năng cho 3.820 lượt cán bộ, '
                                    'công chức, viên chức cấp tỉnh và cấp xã; cập nhật số liệu lao động qua đào tạo '
                                    'theo từng xã, phường sau sắp xếp.'),
             'NV05': ('Đang thực hiện', 'Đã ban hành văn bản hướng dẫn khen thưởng sơ kết giai đoạn 2023 - 2025 của '
                                        'Phong trào; đang tổng hợp hồ sơ đề nghị khen thưởng của các cơ quan, địa phương.')},
            'Số liệu lao động qua đào tạo của một số xã, phường sau sắp xếp chưa được cập nhật đầy đủ.',
            'Đề nghị Sở Giáo dục và Đào tạo phối hợp thống nhất cách thống kê lao động qua đào tạo giữa giáo dục '
            'nghề nghiệp và giáo dục thường xuyên.', '24/12/2025'),
    'STC': ({'cong_chuc_hoc_tap': (96, 104)},
            {'NV06': ('Hoàn thành', 'Đã tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự '
                                    'toán ngân sách năm 2026 của Sở Giáo dục và Đào tạo và Hội Khuyến học tỉnh.')},
            '', '', '19/12/2025'),
    'SKHCN': ({'ky_nang_so': (1905400, 3118600), 'cong_chuc_hoc_tap': (88, 95)},
              {'NV03': ('Đang thực hiện', 'Tổ chức 128 lớp bồi dưỡng kỹ năng số cho 9.600 lượt người dân tại các trung '
                                          'tâm học tập cộng đồng; nền tảng học tập trực tuyến dùng chung của tỉnh đang '
                                          'chạy thử nghiệm.')},
              'Hạ tầng mạng tại một số trung tâm học tập cộng đồng vùng núi chưa đáp ứng việc học trực tuyến.',
              'Đề nghị bố trí kinh phí nâng cấp thiết bị cho các trung tâm học tập cộng đồng năm 2026.', '29/12/2025'),
    'SVHTTDL': ({'thu_vien_so': (58, 97), 'cong_chuc_hoc_tap': (143, 150)},
                {'NV01': ('Hoàn thành', 'Chỉ đạo Báo và Phát thanh, Truyền hình Ninh Bình đăng, phát 214 tin, bài, '
                                        'phóng sự về xây dựng xã hội học tập; duy trì chuyên mục “Học tập suốt đời” hằng tháng.'),
                 'NV02': ('Hoàn thành', 'Số hóa 12.500 tài liệu đưa vào khai thác trên thư viện số của tỉnh; tổ chức '
                                        'Ngày Sách và Văn hóa đọc Việt Nam tại 8 điểm.')},
                '', '', '26/12/2025'),
    'SNNMT': ({'cong_chuc_hoc_tap': (201, 236)},
              {'NV07': ('Hoàn thành', 'Tổ chức 312 lớp tập huấn chuyển giao tiến bộ kỹ thuật trồng trọt, chăn nuôi, '
                                      'thủy sản cho 15.400 lượt nông dân tại các trung tâm học tập cộng đồng.')},
              '', '', '02/01/2026'),
    'MTTQ': ({'cong_chuc_hoc_tap': (52, 55)},
             {'NV08': ('Hoàn thành', 'Lồng ghép tiêu chí gia đình học tập, dòng họ học tập, cộng đồng học tập vào '
                                     'đánh giá khu dân cư văn hóa; biểu dương 126 gia đình, dòng họ học tập tiêu biểu.')},
             '', '', '30/12/2025'),
    'HLHPN': ({'hoi_vien_boi_duong': (286400, 352000)},
              {'NV09': ('Hoàn thành', 'Vận động hội viên đăng ký xây dựng gia đình học tập; tổ chức 86 buổi sinh hoạt '
                                      'chuyên đề về nuôi dạy con và học tập suốt đời.')},
              '', '', '23/12/2025'),
    'HND': ({'hoi_vien_boi_duong': (198500, 301200)},
            {'NV10': ('Đang thực hiện', 'Phối hợp mở 42 lớp dạy nghề ngắn hạn cho 1.260 hội viên nông dân; thành lập '
                                        'thêm 18 câu lạc bộ nông dân học tập.')},
            'Kinh phí hỗ trợ dạy nghề cho nông dân còn hạn chế.', '', '05/01/2026'),
    'TDTN': ({}, {}, '', '', ''),
    'HKH': ({'hoi_vien_tap_huan': (402300, 418600)},
            {'NV12': ('Hoàn thành', 'Phối hợp hướng dẫn các xã, phường đánh giá, công nhận các mô hình học tập năm '
                                    '2025; quỹ khuyến học các cấp vận động được 38,6 tỷ đồng.')},
            '', 'Đề nghị Ủy ban nhân dân tỉnh tổ chức sơ kết giai đoạn 2023 - 2025 Phong trào thi đua xây dựng xã '
                'hội học tập.', '22/12/2025'),
}
# The body that sends its own workbook instead of the form.
OWN = 'SNV'


def fill_form(path, code):
    """Fills a `baocao form --body` form as its clerk does."""
    figures, tasks, difficulties, proposals, _ = BODIES[code]
    wb = openpyxl.load_workbook(path)
    meta = {}
    columns = {}
    for row in wb['_baocao'].iter_rows(values_only=True):
        if row[0] == 'indicator':
            columns[row[1]] = (row[2], row[3])
        elif row[0]:
            meta[row[0]] = row[1]
    form = wb[meta['sheet']]
    form['B3'] = form['B6'].value  # "Đơn vị lập biểu": the body itself
    for indicator, (num, den) in figures.items():
        num_col, den_col = columns[indicator]
        form[num_col + '6'] = num
        form[den_col + '6'] = den
    sheet = wb[meta['task_sheet']]
    for row in range(4, sheet.max_row + 1):
        task = sheet.cell(row, 2).value
        if task in tasks:
            sheet.cell(row, 4).value, sheet.cell(row, 5).value = tasks[task]
    if difficulties:
        sheet[meta['task_difficulties']] = difficulties
    if proposals:
        sheet[meta['task_proposals']] = proposals
    wb.save(path)


def own_workbook(path):
    """The Sở Nội vụ's own workbook: its layout, its headings."""
    figures, tasks, difficulties, proposals, _ = BODIES[OWN]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Số liệu'
    ws['A1'] = 'SỞ NỘI VỤ - BIỂU SỐ LIỆU XÂY DỰNG XÃ HỘI HỌC TẬP'
    ws['A2'], ws['B2'] = 'Năm', 2025
    ws['A4'], ws['B4'] = 'Mã cơ quan', 'Tên cơ quan'
    ws.merge_cells('A4:A5')
    ws.merge_cells('B4:B5')
    ws['C4'] = 'Lao động qua đào tạo'
    ws.merge_cells('C4:D4')
    ws['C5'], ws['D5'] = 'Đã qua đào tạo', 'Đang làm việc'
    ws['E4'] = 'Công chức, viên chức của Sở đạt danh hiệu Công dân học tập'
    ws.merge_cells('E4:F4')
    ws['E5'], ws['F5'] = 'Đạt danh hiệu', 'Tổng số'
    num, den = figures['lao_dong_qua_dao_tao']
    staff, total = figures['cong_chuc_hoc_tap']
    ws.append(['SNV', 'Sở Nội vụ', num, den, staff, total])
    t = wb.create_sheet('Nhiệm vụ')
    t['A1'] = 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO NĂM 2025'
    t['A3'], t['B3'], t['C3'], t['D3'] = 'Mã NV', 'Nội dung', 'Tình hình thực hiện', 'Kết quả'
    names = {'NV04': 'Nâng cao tỷ lệ lao động qua đào tạo; bồi dưỡng cán bộ, công chức, viên chức',
             'NV05': 'Hướng dẫn khen thưởng trong Phong trào thi đua xây dựng xã hội học tập'}
    row = 4
    for task, (status, result) in tasks.items():
        t.cell(row, 1).value, t.cell(row, 2).value, t.cell(row, 3).value, t.cell(row, 4).value = \
            task, names[task], status, result
        row += 1
    t['A7'], t['B7'] = 'Khó khăn', difficulties
    t['A8'], t['B8'] = 'Kiến nghị', proposals
    wb.save(path)


def main():
    out = os.path.join(sample, 'co-quan-gui')
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH='1766448000')  # 2025-12-23
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, 'kho.db')
        subprocess.run([exe, 'import', '--units', os.path.join(sample, 'don-vi.csv'), '--bodies',
                        os.path.join(sample, 'co-quan-bao-cao.csv'), '--plan',
                        os.path.join(sample, 'ke-hoach-2025.json'), '--db', db], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        for code, (figures, _, _, _, received) in BODIES.items():
            if code == OWN or not received:
                continue
            path = os.path.join(out, 'so-lieu-%s.xlsx' % code.lower())
            subprocess.run([exe, 'form', '--body', code, '--period', '2025', '--out', path, '--db', db],
                           check=True, env=env, stdout=subprocess.DEVNULL)
            fill_form(path, code)
    own_workbook(os.path.join(sample, 'bieu-so-noi-vu-2025.xlsx'))
    with open(os.path.join(sample, 'da-nhan-co-quan-2025.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['ma_don_vi', 'nam', 'ngay_nhan', 'tep', 'han_nop'])
        for code, (_, _, _, _, received) in BODIES.items():
            if received:
                name = 'bieu-so-noi-vu-2025.xlsx' if code == OWN else 'so-lieu-%s.xlsx' % code.lower()
                w.writerow([code, 2025, received, name, ''])


if __name__ == '__main__':
    main()
