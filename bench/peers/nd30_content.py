"""The content of tests/support/nd30_sample.cpp (the six-page ND30 Báo cáo
of workload 1), word for word and number for number, for the peers that
draw it with their own tools (reportlab_report.py, gen_fodt.py). The
numbers come from the same formulas, so every tool prints the same text."""

NAMES = ["Phủ Lý", "Châu Sơn", "Duy Tân", "Đồng Văn", "Hà Nam", "Lê Hồ", "Kim Thanh", "Lý Thường Kiệt",
         "Liêm Hà", "Thanh Bình", "Thanh Lâm", "Bình Lục"]


def vi_int(v):
    return f'{v:,}'.replace(',', '.')


def vi_pct(v):
    return f'{v:.1f}%'.replace('.', ',')


def rate_of(i):
    return 52.0 + (i * 37 % 45) + (i % 7) * 0.3


def unit_name(i):
    name = NAMES[(i - 1) % len(NAMES)]
    return ('Phường ' if i % 3 == 0 else 'Xã ') + name + (f' {(i - 1) // 12 + 1}' if i > 12 else '')


def round_half_up(x):
    return int(x + 0.5)


HEADER = {'co_quan_chu_quan': 'UBND TỈNH NINH BÌNH', 'co_quan': 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
          'so': 'Số: 125/BC-SGDĐT', 'ngay': 'Ninh Bình, ngày 12 tháng 12 năm 2025',
          'quoc_hieu': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'tieu_ngu': 'Độc lập - Tự do - Hạnh phúc',
          'loai': 'BÁO CÁO', 'trich_yeu': 'Kết quả xây dựng xã hội học tập năm 2025'}

INTRO = ('Thực hiện Kế hoạch số 145/KH-UBND ngày 07/11/2022 của Ủy ban nhân dân tỉnh về thực hiện Đề án '
         '“Xây dựng xã hội học tập giai đoạn 2021-2030”, Sở Giáo dục và Đào tạo báo cáo kết quả xây dựng xã hội học '
         'tập năm 2025 trên địa bàn tỉnh như sau:')
DIRECTION = ('Ủy ban nhân dân các xã, phường đã ban hành kế hoạch triển khai, kiện toàn Ban Chỉ đạo xây dựng xã hội '
             'học tập, phân công nhiệm vụ cụ thể cho từng thành viên; phối hợp chặt chẽ với Hội Khuyến học, Đoàn '
             'Thanh niên, Hội Liên hiệp Phụ nữ trong việc tuyên truyền, vận động nhân dân tham gia học tập suốt đời, '
             'xây dựng gia đình học tập, dòng họ học tập, cộng đồng học tập và đơn vị học tập.')
LIST = ['Gia đình học tập: 257.182/352.943, đạt 72,9%; chỉ tiêu năm 2025: 70% (đạt);',
        'Dòng họ học tập: 2.092/3.232, đạt 64,7%; chỉ tiêu năm 2025: 65% (chưa đạt);',
        'Cộng đồng học tập: 747/1.121, đạt 66,6%; chỉ tiêu năm 2025: 65% (đạt).']
CENTRES = [
    'Toàn tỉnh có 98 trung tâm học tập cộng đồng, 100% xã, phường có trung tâm hoạt động thường xuyên. Các '
    'trung tâm đã tổ chức 2.314 lớp chuyên đề về chuyển giao khoa học kỹ thuật, chăm sóc sức khỏe, phòng chống '
    'tệ nạn xã hội, pháp luật, kỹ năng số với hơn 126 nghìn lượt người tham gia.',
    'Nhiều trung tâm phối hợp với doanh nghiệp, hợp tác xã mở lớp dạy nghề ngắn hạn, giúp người lao động có '
    'việc làm, tăng thu nhập; một số đơn vị xây dựng được mô hình tủ sách cộng đồng, câu lạc bộ đọc sách, '
    'thu hút đông đảo học sinh và người cao tuổi tham gia.',
    'Công tác chuyển đổi số trong hoạt động của trung tâm bước đầu được quan tâm: 62 trung tâm đã có trang '
    'thông tin điện tử hoặc nhóm trên mạng xã hội để thông báo lịch học, chia sẻ tài liệu; nhiều lớp học '
    'được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến.',
    'Tuy nhiên, cơ sở vật chất của một số trung tâm còn thiếu thốn, đội ngũ cán bộ quản lý chủ yếu kiêm '
    'nhiệm, kinh phí hoạt động còn hạn chế; việc đánh giá, công nhận các mô hình học tập ở một số nơi còn '
    'mang tính hình thức, chưa phản ánh đúng thực chất.']
ASSESSMENT = ('Năm 2025, phong trào xây dựng xã hội học tập tiếp tục được các cấp ủy đảng, chính quyền quan tâm chỉ '
              'đạo; tỷ lệ gia đình học tập và cộng đồng học tập đạt và vượt chỉ tiêu đề ra. Tuy nhiên, tỷ lệ dòng họ '
              'học tập chưa đạt chỉ tiêu, một số đơn vị còn chậm triển khai.')
NEXT = ('Tiếp tục đẩy mạnh tuyên truyền, nâng cao nhận thức về xây dựng xã hội học tập; nâng cao chất lượng hoạt '
        'động của các trung tâm học tập cộng đồng; tăng cường kiểm tra, đánh giá, công nhận các mô hình học tập '
        'bảo đảm thực chất, hiệu quả. Sở Giáo dục và Đào tạo kính báo cáo Ủy ban nhân dân tỉnh.')
RECIPIENTS = ['- UBND tỉnh (để b/c);', '- Bộ GD&ĐT (để b/c);', '- Hội Khuyến học tỉnh;',
              '- UBND các xã, phường;', '- Lưu: VT, GDTX.']
SIGNATURE = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']
TABLE_CAPTION = 'Bảng 1. Kết quả công nhận gia đình học tập theo đơn vị'
TABLE_HEAD = ['STT', 'Đơn vị', 'Số đạt', 'Tổng số', 'Tỷ lệ', 'Đánh giá']
TABLE_WIDTHS_MM = [12, 55, 28, 28, 20, 22]
CHART_CAPTION = 'Biểu đồ 1. Tỷ lệ gia đình học tập theo đơn vị so với chỉ tiêu'
CHART_TARGET = 70
APPENDIX_TITLE = ['Phụ lục', 'KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM 2025 THEO ĐƠN VỊ',
                  '(Kèm theo Báo cáo số 125/BC-SGDĐT)']
APPENDIX_GROUPS = ['Gia đình học tập', 'Dòng họ học tập', 'Cộng đồng học tập']
APPENDIX_SUB = ['Đạt', 'Tổng', 'Tỷ lệ']


def table_rows(rows=40):
    out = []
    for i in range(1, rows + 1):
        r = rate_of(i)
        total = 3000 + i * 131 % 4000
        done = round_half_up(total * r / 100.0)
        out.append([str(i), unit_name(i), vi_int(done), vi_int(total), vi_pct(r), 'Đạt' if r >= 70 else 'Chưa đạt'])
    return out


def chart(rows=40):
    """(category, value or None) for the first 12 units; the 12th has no figure."""
    return [(unit_name(i), None if i == 12 else rate_of(i)) for i in range(1, min(rows, 12) + 1)]


def appendix_rows(rows=40):
    out = []
    for i in range(1, rows + 1):
        row = [str(i), unit_name(i)]
        for k in range(3):
            r = rate_of(i + k * 5)
            total = 500 + (i * 37 + k * 11) % 900
            row += [vi_int(round_half_up(total * r / 100.0)), vi_int(total), vi_pct(r)]
        out.append(row)
    return out
