---
# Báo cáo kết quả thực hiện Kế hoạch xây dựng xã hội học tập năm N của một cơ
# quan báo cáo (sở, ban, ngành, Mặt trận, đoàn thể, hội): các nhiệm vụ và chỉ
# tiêu kế hoạch giao cho cơ quan (mục "co_quan" của kế hoạch) với kết quả
# cơ quan đã báo cáo (biểu số liệu và trang "Nhiệm vụ" của biểu mẫu).
# `baocao run` đặt `co_quan_bao_cao`: {ma, ten, loai, chi_so, nhiem_vu (mỗi
# nhiệm vụ: noi_dung, muc_do, ket_qua), han_che, kien_nghi, ngay_nop}; cơ
# quan ban hành, ký hiệu, người ký, nơi nhận từ sổ cơ quan ban hành (co-quan).
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/BC-{{ ky_hieu_co_quan }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
loai_van_ban: Báo cáo
trich_yeu: Kết quả thực hiện nhiệm vụ xây dựng xã hội học tập năm {{ nam }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Báo cáo kết quả thực hiện nhiệm vụ xây dựng xã hội học tập năm {{ nam }} của {{ co_quan_bao_cao.ten }}
ho_ten: {{ nguoi_ky }}
---
{% include "chung/ket-qua.tpl" %}
{% set cq = co_quan_bao_cao %}
{% set cs_cq = cq.chi_so %}
{% set nv_cq = cq.nhiem_vu %}
{% set gui_den = co_quan_nhan if co_bien("co_quan_nhan") else "cơ quan tổng hợp" %}
{# Đếm nhiệm vụ theo mức độ hoàn thành, chỉ tiêu đạt và chưa đạt. #}
{% set xong = [] %}
{% set dang = [] %}
{% set chua_lam = [] %}
{% set chua_bc = [] %}
{% for nv in nv_cq %}
{% if nv.muc_do == "hoàn thành" %}
{% set xong = xong + [nv.noi_dung] %}
{% elif nv.muc_do == "đang thực hiện" %}
{% set dang = dang + [nv.noi_dung] %}
{% elif nv.muc_do == "chưa thực hiện" %}
{% set chua_lam = chua_lam + [nv.noi_dung] %}
{% else %}
{% set chua_bc = chua_bc + [nv.noi_dung] %}
{% endif %}
{% endfor %}
{% set dat_ct = [] %}
{% set chua_dat_ct = [] %}
{% for cs in cs_cq %}
{% if dat(cs, cq, nam) == true %}
{% set dat_ct = dat_ct + [cs.ten] %}
{% elif dat(cs, cq, nam) == false %}
{% set chua_dat_ct = chua_dat_ct + [cs.ten] %}
{% endif %}
{% endfor %}
Thực hiện {{ ke_hoach_can_cu }}, {{ cq.ten }} báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu xây dựng xã hội học tập được giao năm {{ nam }} như sau:

# Kết quả thực hiện

## Thực hiện các nhiệm vụ được giao

{% if not nv_cq %}
Kế hoạch không giao nhiệm vụ trọng tâm riêng cho {{ cq.ten }}; cơ quan thực hiện các nội dung chung của Kế hoạch theo chức năng, nhiệm vụ.
{% endif %}
{% for nv in nv_cq %}
### {{ nv.noi_dung }}

{% if nv.muc_do == none %}
Chưa báo cáo kết quả thực hiện nhiệm vụ này.
{% else %}
{% if nv.ket_qua != none %}
{{ nv.ket_qua }}
{% endif %}

Mức độ hoàn thành: {{ nv.muc_do }}.
{% endif %}

{% endfor %}
## Kết quả thực hiện các chỉ tiêu được giao

{% for cs in cs_cq %}
{% call ket_qua_chi_so(cs, cq) %}
{% endfor %}

@bang ket-qua-{{ cq.ma }}-{{ nam }}
@chu_thich **Bảng 1. Kết quả các chỉ tiêu được giao năm {{ nam }}**
@do_rong tu_dong
| STT | Chỉ số | Năm {{ nam }} | < | < | Chỉ tiêu | Đánh giá |
| ^ | ^ | Số đạt | Tổng số | Tỷ lệ | ^ | ^ |
|:-:|---|---|---|---|---|:-:|
{% for cs in cs_cq %}
| {{ loop.index }} | {{ cs.ten }} | {{ so_dat(cs, cq, nam) | so | mac_dinh("-") }} | {{ tong_so(cs, cq, nam) | so | mac_dinh("-") }} | {{ ty_le(cs, cq, nam) | phan_tram(1) | mac_dinh("-") }} | {{ chi_tieu(cs, nam) | phan_tram(0) | mac_dinh("Không đặt") }} | {{ danh_gia(cs, cq, nam) | viet_hoa_dau | mac_dinh("-") }} |
{% endfor %}

# Đánh giá chung

## Kết quả đạt được

{% if nv_cq %}
Năm {{ nam }}, {{ cq.ten }} hoàn thành {{ xong | do_dai }}/{{ nv_cq | do_dai }} nhiệm vụ trọng tâm được giao{{ "; " ~ (dang | do_dai) ~ " nhiệm vụ đang thực hiện" if dang else "" }}.

{% endif %}
{% if dat_ct %}
Có {{ dat_ct | do_dai }}/{{ (dat_ct | do_dai) + (chua_dat_ct | do_dai) }} chỉ tiêu được giao đạt hoặc vượt kế hoạch năm {{ nam }} ({{ dat_ct | noi("; ") }}).
{% elif chua_dat_ct %}
Chưa có chỉ tiêu được giao nào đạt kế hoạch năm {{ nam }}.
{% endif %}

{% if cq.han_che != none or dang or chua_lam or chua_bc or chua_dat_ct %}
## Khó khăn, hạn chế

{% if chua_dat_ct %}
Chỉ tiêu chưa đạt kế hoạch năm {{ nam }}: {{ chua_dat_ct | noi("; ") }}.

{% endif %}
{% if dang %}
Nhiệm vụ đang thực hiện, chưa hoàn thành trong năm: {{ dang | giua_cau | noi("; ") }}.

{% endif %}
{% if chua_lam %}
Nhiệm vụ chưa thực hiện: {{ chua_lam | giua_cau | noi("; ") }}.

{% endif %}
{% if chua_bc %}
Nhiệm vụ chưa báo cáo kết quả: {{ chua_bc | giua_cau | noi("; ") }}.

{% endif %}
{% if cq.han_che != none %}
{{ cq.han_che }}

{% endif %}
{% endif %}

{% if cq.kien_nghi != none %}
# Đề xuất, kiến nghị

{{ cq.kien_nghi }}
{% endif %}

Trên đây là báo cáo kết quả thực hiện nhiệm vụ xây dựng xã hội học tập năm {{ nam }} của {{ cq.ten }}, gửi {{ gui_den }} tổng hợp, báo cáo Ủy ban nhân dân {{ cap_tinh }}./.
