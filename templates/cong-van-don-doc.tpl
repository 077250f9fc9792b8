---
# Công văn đôn đốc các đơn vị chưa gửi báo cáo kết quả xây dựng xã hội học tập năm N.
# Hạn gửi bổ sung: --set han_bo_sung=YYYY-MM-DD (mặc định: 5 ngày sau ngày ký).
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/{{ ky_hieu_co_quan }}-GDTX
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
trich_yeu: V/v đôn đốc gửi báo cáo kết quả
trich_yeu: xây dựng xã hội học tập năm {{ nam }}
noi_nhan: - Như trên;
noi_nhan: - UBND tỉnh (để b/c);
noi_nhan: - Giám đốc Sở (để b/c);
noi_nhan: - Lưu: VT, GDTX.
quyen_han: {{ quyen_han }}
tieu_de: Đôn đốc gửi báo cáo kết quả xây dựng xã hội học tập năm {{ nam }}
ho_ten: {{ nguoi_ky }}
---
{% set chua = chua_nop(nam) | sap_xep_vi("ten") %}
{% set han = han_nop(nam) %}
{# Ngày ký để trống cho văn thư (ngay: ""): ngày, tháng trống, năm là năm báo cáo; hạn mới cũng để trống. #}
{% set ky = ngay(ngay if ngay else nam) %}
{% set han_moi = ngay(han_bo_sung) if co_bien("han_bo_sung") else (ky if ky.ngay == none else ngay(ky.nam, ky.thang, ky.ngay + 5 if ky.ngay <= 23 else 28)) %}
{# Mỗi đơn vị một dòng "- …;"; quá 10 đơn vị thì gửi chung, danh sách ở thân công văn. #}
@kinh_gui {{ chua | co_quan("Ủy ban nhân dân") if chua and (chua | do_dai) <= 10 else ("Ủy ban nhân dân các xã, phường có tên dưới đây" if chua else "Ủy ban nhân dân các xã, phường") }}

{% if han != none %}
Thực hiện {{ ke_hoach_can_cu }}, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} về {{ co_quan_ban_hanh }} trước ngày {{ han | ngay_so }}.
{% else %}
Thực hiện {{ ke_hoach_can_cu }}, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} về {{ co_quan_ban_hanh }} để tổng hợp, báo cáo UBND tỉnh.
{% endif %}

{% if chua %}
Đến ngày {{ ky | ngay_so }}, {{ co_quan_ban_hanh }} chưa nhận được báo cáo của {{ chua | do_dai }} đơn vị sau:

{% for dv in chua %}
- {{ dv.ten }}{{ ";" if not loop.last else "." }}
{% endfor %}

Để kịp thời tổng hợp, báo cáo UBND tỉnh, {{ co_quan_ban_hanh }} đề nghị Ủy ban nhân dân các xã, phường nêu trên khẩn trương hoàn thành và gửi báo cáo **trước ngày {{ han_moi | ngay_so }}** (bản điện tử và bản giấy), theo đúng biểu mẫu của Kế hoạch.
{% else %}
Đến ngày {{ ky | ngay_so }}, tất cả các đơn vị đã gửi báo cáo. {{ co_quan_ban_hanh }} ghi nhận sự phối hợp của các đơn vị.
{% endif %}

Quá thời hạn trên, đơn vị nào không gửi báo cáo, {{ co_quan_ban_hanh }} sẽ tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo.

{{ co_quan_ban_hanh }} đề nghị các đơn vị quan tâm thực hiện./.
