---
# Công văn đôn đốc các cơ quan báo cáo (sở, ban, ngành, Mặt trận, đoàn thể,
# hội) chưa gửi báo cáo kết quả thực hiện nhiệm vụ xây dựng xã hội học tập năm N.
# `baocao run` đặt `kinh_gui` (tên các cơ quan chưa gửi đến ngày ký),
# `cac_co_quan`, `han_co_quan`, `ubnd_nhan` và `han_bo_sung` (mặc định: 5 ngày
# sau ngày ký; tệp --vars có thể đặt ngày khác).
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/{{ ky_hieu_co_quan }}{{ "-" ~ ky_hieu_soan_thao if co_bien("ky_hieu_soan_thao") and ky_hieu_soan_thao else "" }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
trich_yeu: V/v đôn đốc gửi báo cáo kết quả
trich_yeu: thực hiện nhiệm vụ xây dựng
trich_yeu: xã hội học tập năm {{ nam }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Đôn đốc gửi báo cáo kết quả thực hiện nhiệm vụ xây dựng xã hội học tập năm {{ nam }}
ho_ten: {{ nguoi_ky }}
---
{% set chua = chua_nop(nam) %}
{% set ky = ngay(ngay) %}
{% set han_moi = ngay(han_bo_sung) %}
{% if (kinh_gui | do_dai) == 1 %}
@giua Kính gửi: {{ kinh_gui | dau }}.
{% elif kinh_gui %}
@giua Kính gửi:
{% for kg in kinh_gui %}
@giua - {{ kg }}{{ ";" if not loop.last else "." }}
{% endfor %}
{% endif %}

Thực hiện {{ ke_hoach_can_cu }}, {{ cac_co_quan }} báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu xây dựng xã hội học tập được giao năm {{ nam }} về {{ co_quan_ban_hanh }} trước ngày {{ han_co_quan | ngay_so }} để tổng hợp, báo cáo {{ ubnd_nhan }}.

{% if chua %}
Đến ngày {{ ky | ngay_so }}, {{ co_quan_ban_hanh }} chưa nhận được báo cáo của {{ chua | do_dai }} cơ quan: {{ chua | lay("ten") | noi(", ") }}.

Để kịp thời tổng hợp, báo cáo {{ ubnd_nhan }}, {{ co_quan_ban_hanh }} đề nghị {{ "cơ quan" if (chua | do_dai) == 1 else "các cơ quan" }} nêu trên khẩn trương gửi báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao năm {{ nam }} (biểu số liệu và kết quả thực hiện nhiệm vụ theo biểu mẫu) về {{ co_quan_ban_hanh }} **trước ngày {{ han_moi | ngay_so }}**.
{% else %}
Đến ngày {{ ky | ngay_so }}, tất cả các cơ quan đã gửi báo cáo. {{ co_quan_ban_hanh }} ghi nhận sự phối hợp của các cơ quan.
{% endif %}

{{ co_quan_ban_hanh }} đề nghị {{ "cơ quan" if (chua | do_dai) == 1 else "các cơ quan" }} quan tâm, phối hợp thực hiện./.
