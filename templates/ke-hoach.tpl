---
# Kế hoạch xây dựng xã hội học tập năm N+1 (N là năm báo cáo `nam` của dữ liệu),
# với lộ trình chỉ tiêu đến năm 2030 và Phụ lục nhiệm vụ trọng tâm.
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/KH-{{ ky_hieu_co_quan }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
loai_van_ban: Kế hoạch
trich_yeu: Xây dựng xã hội học tập năm {{ nam_kh }}
trich_yeu: {{ dia_ban }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Kế hoạch xây dựng xã hội học tập năm {{ nam_kh }}
ho_ten: {{ nguoi_ky }}
---
{# Ngày để trống cho văn thư (ngay: ""): ngày, tháng trống, năm là năm báo cáo. #}
{% set ngay = ngay(ngay if ngay else nam) %}
{% set nam_kh = nam + 1 %}
{% set cs_kh = chi_so %}
{% set han = han_nop(nam) %}
Căn cứ {{ ke_hoach_can_cu }}; trên cơ sở kết quả xây dựng xã hội học tập năm {{ nam }}, {{ co_quan_ban_hanh }} xây dựng Kế hoạch xây dựng xã hội học tập năm {{ nam_kh }} như sau:

# Mục đích, yêu cầu

## Mục đích

a) Tiếp tục nâng cao nhận thức của các cấp, các ngành và các tầng lớp Nhân dân về vai trò, ý nghĩa của học tập suốt đời, xây dựng xã hội học tập.

b) Phấn đấu hoàn thành các chỉ tiêu năm {{ nam_kh }} theo lộ trình của Kế hoạch giai đoạn 2021 - 2030.

## Yêu cầu

Các nhiệm vụ được triển khai đồng bộ, thiết thực, hiệu quả; gắn trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương với kết quả thực hiện.

# Chỉ tiêu

Chỉ tiêu năm {{ nam_kh }} và lộ trình đến năm 2030 (tỷ lệ %; ô ghi “-” là năm Kế hoạch không đặt chỉ tiêu):

@bang lo-trinh
@chu_thich **Bảng 1. Lộ trình chỉ tiêu xây dựng các mô hình học tập**
@do_rong tu_dong
| STT | Mô hình, chỉ số | Kết quả năm {{ nam }} | Chỉ tiêu các năm | {{ "<" | lap((cac_nam(nam_kh, 2030) | do_dai) - 1) }} |
| ^ | ^ | ^ | {{ cac_nam(nam_kh, 2030) }} |
|:-:|---|
{% for cs in cs_kh %}
| {{ loop.index }} | {{ cs.ten }} | {{ ty_le(cs, none, nam) | phan_tram(1) | mac_dinh("-") }} | {{ lo_trinh(cs, nam_kh, 2030) | phan_tram(0) | mac_dinh("-") }} |
{% endfor %}

# Nhiệm vụ, giải pháp

## Công tác tuyên truyền

Đẩy mạnh tuyên truyền về xây dựng xã hội học tập, học tập suốt đời trên các phương tiện thông tin đại chúng, cổng thông tin điện tử và hệ thống truyền thanh cơ sở.

## Xây dựng các mô hình học tập

- Tiếp tục xây dựng và nhân rộng các mô hình gia đình học tập, dòng họ học tập, cộng đồng học tập, đơn vị học tập và công dân học tập.
- Tập trung chỉ đạo các chỉ số năm {{ nam }} chưa đạt chỉ tiêu.
- Nâng cao chất lượng hoạt động của các trung tâm học tập cộng đồng; đẩy mạnh chuyển đổi số, nâng cao kỹ năng số cho người dân.

## Kiểm tra, đánh giá

Định kỳ kiểm tra, đánh giá kết quả thực hiện; biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu.

# Tổ chức thực hiện

- Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị mình.
- UBND các xã, phường gửi báo cáo kết quả năm {{ nam_kh }} về {{ co_quan_ban_hanh }} trước ngày {{ ngay(nam_kh, han.thang, han.ngay) | ngay_so if han != none else "10/12/" ~ nam_kh }} để tổng hợp, báo cáo Ủy ban nhân dân {{ cap_tinh }}.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về {{ co_quan_ban_hanh }} để được hướng dẫn./.

@phu_luc ngang
@tieu_de Phụ lục
@tieu_de DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM {{ nam_kh }}
@tieu_de (Kèm theo Kế hoạch số {{ so_van_ban }}/KH-{{ ky_hieu_co_quan }} ngày {{ ngay | ngay_so }} của {{ co_quan_ban_hanh }})
@bang nhiem-vu
@do_rong tu_dong
| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Sản phẩm |
|:-:|---|---|---|:-:|---|
| 1 | Tuyên truyền về xây dựng xã hội học tập, học tập suốt đời | Sở Giáo dục và Đào tạo | Sở Văn hóa, Thể thao và Du lịch; Hội Khuyến học {{ cap_tinh }} | Cả năm {{ nam_kh }} | Tin, bài, chuyên mục |
| 2 | Xây dựng, công nhận các mô hình học tập | UBND các xã, phường | Hội Khuyến học {{ cap_tinh }} | Cả năm {{ nam_kh }} | Quyết định công nhận |
| 3 | Nâng cao chất lượng hoạt động trung tâm học tập cộng đồng | UBND các xã, phường | Sở Giáo dục và Đào tạo | Cả năm {{ nam_kh }} | Báo cáo đánh giá |
| 4 | Bồi dưỡng kỹ năng số cho người dân | Sở Khoa học và Công nghệ | UBND các xã, phường | Quý II - IV/{{ nam_kh }} | Lớp bồi dưỡng |
| 5 | Tổng kết, báo cáo kết quả năm {{ nam_kh }} | Sở Giáo dục và Đào tạo | Các sở, ngành; UBND các xã, phường | Tháng 12/{{ nam_kh }} | Báo cáo |
