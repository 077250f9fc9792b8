---
# Công văn đôn đốc các đơn vị chưa gửi báo cáo kết quả xây dựng xã hội học tập năm N.
# Hạn gửi bổ sung: --set han_bo_sung=YYYY-MM-DD (mặc định: 5 ngày sau ngày ký).
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/{{ ky_hieu_co_quan }}{{ "-" ~ ky_hieu_soan_thao if co_bien("ky_hieu_soan_thao") and ky_hieu_soan_thao else "" }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
trich_yeu: V/v đôn đốc gửi báo cáo kết quả
trich_yeu: xây dựng xã hội học tập năm {{ nam }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Đôn đốc gửi báo cáo kết quả xây dựng xã hội học tập năm {{ nam }}
ho_ten: {{ nguoi_ky }}
---
{% set chua = chua_nop(nam) | sap_xep_vi("ten") %}
{% set han = han_nop(nam) %}
{# Ngày ký để trống cho văn thư (ngay: ""): ngày, tháng trống, năm là năm báo cáo; hạn mới cũng để trống. #}
{% set ky = ngay(ngay if ngay else nam) %}
{% set han_moi = ngay(han_bo_sung) if co_bien("han_bo_sung") else (ky if ky.ngay == none else ngay(ky.nam, ky.thang, ky.ngay + 5 if ky.ngay <= 23 else 28)) %}
{# Cơ quan nhận các báo cáo này báo cáo lên cơ quan chủ quản của mình. #}
{% set cap_tren = co_quan_chu_quan if co_quan_chu_quan else "cấp trên" %}
{# Kính gửi: Ủy ban nhân dân của từng đơn vị chưa gửi (như sổ cơ quan ban hành ghi), mỗi đơn vị một dòng "- …;"; quá 10 đơn vị thì gửi chung, danh sách ở thân công văn. #}
{% set kinh_gui = kinh_gui if co_bien("kinh_gui") else (chua | co_quan("Ủy ban nhân dân")) %}
@kinh_gui {{ kinh_gui if kinh_gui and (kinh_gui | do_dai) <= 10 else ("Ủy ban nhân dân các xã, phường có tên dưới đây" if kinh_gui else "Ủy ban nhân dân các xã, phường") }}

{% if han != none %}
Thực hiện {{ ke_hoach_can_cu }}, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} về {{ co_quan_ban_hanh }} trước ngày {{ han | ngay_so }}.
{% else %}
Thực hiện {{ ke_hoach_can_cu }}, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} về {{ co_quan_ban_hanh }} để tổng hợp, báo cáo {{ cap_tren }}.
{% endif %}

{% if chua %}
Đến ngày {{ ky | ngay_so }}, {{ co_quan_ban_hanh }} chưa nhận được báo cáo của {{ chua | do_dai }} đơn vị sau:

{% for dv in chua %}
- {{ dv.ten }}{{ ";" if not loop.last else "." }}
{% endfor %}

Để kịp thời tổng hợp, báo cáo {{ cap_tren }}, {{ co_quan_ban_hanh }} đề nghị Ủy ban nhân dân các xã, phường nêu trên khẩn trương hoàn thành và gửi báo cáo **trước ngày {{ han_moi | ngay_so }}** (bản điện tử và bản giấy), theo đúng biểu mẫu của Kế hoạch.
{% else %}
Đến ngày {{ ky | ngay_so }}, tất cả các đơn vị đã gửi báo cáo. {{ co_quan_ban_hanh }} ghi nhận sự phối hợp của các đơn vị.
{% endif %}

Quá thời hạn trên, đơn vị nào không gửi báo cáo, {{ co_quan_ban_hanh }} sẽ tổng hợp, báo cáo {{ cap_tren }} xem xét, chỉ đạo.

{{ co_quan_ban_hanh }} đề nghị các đơn vị quan tâm thực hiện./.
