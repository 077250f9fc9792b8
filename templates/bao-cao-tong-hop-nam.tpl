---
# Báo cáo tổng hợp kết quả thực hiện Kế hoạch xây dựng xã hội học tập năm N
# của cơ quan nhận báo cáo (Sở Giáo dục và Đào tạo) gửi Ủy ban nhân dân: kết
# quả của các xã, phường trong năm (từ kho) bên cạnh phần của từng cơ quan
# báo cáo (sở, ban, ngành, Mặt trận, đoàn thể, hội), cơ quan chưa gửi, gửi muộn.
# `baocao run` đặt: `co_quan` (mỗi cơ quan: ma, ten, chi_so, nhiem_vu,
# ngay_nop, tinh_trang), `xa` {tong, da_nop, chua_nop}, `chi_so_xa`,
# `chi_so_co_quan`, `cac_co_quan`, `han_co_quan`, `ubnd_nhan`; don_vi là các
# cơ quan; ty_le(cs, none, nam) là số liệu của tỉnh (các xã) hoặc tổng của
# các cơ quan.
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/BC-{{ ky_hieu_co_quan }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
loai_van_ban: Báo cáo
trich_yeu: Kết quả thực hiện Kế hoạch xây dựng xã hội học tập năm {{ nam }}
trich_yeu: {{ dia_ban }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Báo cáo kết quả thực hiện Kế hoạch xây dựng xã hội học tập năm {{ nam }} {{ dia_ban }}
ho_ten: {{ nguoi_ky }}
---
{% include "chung/ket-qua.tpl" %}
{% set so_cq = co_quan | do_dai %}
{% set chua = chua_nop(nam) %}
{% set muon = nop_muon(nam) %}
{% set da_gui = [] %}
{% for cq in co_quan %}
{% if cq.ngay_nop != none %}
{% set da_gui = da_gui + [cq] %}
{% endif %}
{% endfor %}
{# Chỉ số có chỉ tiêu: đạt và chưa đạt, của các xã và của các cơ quan. #}
{% set dat_ct = [] %}
{% set chua_dat_ct = [] %}
{% for cs in chi_so_co_so_lieu(nam) %}
{% if dat(cs, none, nam) == true %}
{% set dat_ct = dat_ct + [cs.ten] %}
{% elif dat(cs, none, nam) == false %}
{% set chua_dat_ct = chua_dat_ct + [cs.ten ~ " (đạt " ~ ket_qua_chu(cs, none, nam) ~ ", chỉ tiêu " ~ chi_tieu_chu(cs, nam) ~ ")"] %}
{% endif %}
{% endfor %}
{# Nhiệm vụ của các cơ quan đã báo cáo, theo mức độ hoàn thành. #}
{% set nv_tong = 0 %}
{% set nv_xong = 0 %}
{% set nv_dang = [] %}
{% for cq in da_gui %}
{% for nv in cq.nhiem_vu %}
{% set nv_tong = nv_tong + 1 %}
{% if nv.muc_do == "hoàn thành" %}
{% set nv_xong = nv_xong + 1 %}
{% elif nv.muc_do != none %}
{% set nv_dang = nv_dang + [(nv.noi_dung | giua_cau) ~ " (" ~ cq.ten ~ ", " ~ nv.muc_do ~ ")"] %}
{% endif %}
{% endfor %}
{% endfor %}
Thực hiện {{ ke_hoach_can_cu }}; trên cơ sở báo cáo của các xã, phường và của {{ cac_co_quan }}, {{ co_quan_ban_hanh }} tổng hợp, báo cáo {{ ubnd_nhan }} kết quả thực hiện nhiệm vụ xây dựng xã hội học tập năm {{ nam }} như sau:

# Kết quả thực hiện

## Kết quả xây dựng các mô hình học tập ở các xã, phường

{% if not chi_so_xa %}
Đến ngày {{ ngay | ngay_so }}, chưa có xã, phường nào gửi báo cáo kết quả xây dựng các mô hình học tập năm {{ nam }}.
{% else %}
Tổng hợp báo cáo của {{ xa.da_nop }}/{{ xa.tong }} xã, phường, kết quả công nhận các mô hình học tập năm {{ nam }} như sau:

{% for cs in chi_so_xa %}
{% call ket_qua_chi_so(cs, none) %}
{% endfor %}

{% if xa.chua_nop %}
Đến ngày {{ ngay | ngay_so }}, còn {{ xa.chua_nop | do_dai }} xã, phường chưa gửi báo cáo: {{ xa.chua_nop | trong_cau | noi(", ") }}.
{% endif %}
{% endif %}

## Kết quả thực hiện nhiệm vụ, chỉ tiêu của {{ cac_co_quan }}

{% if not da_gui %}
Đến ngày {{ ngay | ngay_so }}, chưa có cơ quan nào gửi báo cáo.
{% else %}
Đến ngày {{ ngay | ngay_so }}, {{ da_gui | do_dai }}/{{ so_cq }} cơ quan đã gửi báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao; {{ nv_xong }}/{{ nv_tong }} nhiệm vụ được báo cáo đã hoàn thành. Kết quả của từng cơ quan:

{% for cq in da_gui %}
### {{ cq.ten }}

{% for cs in cq.chi_so %}
{% call ket_qua_chi_so(cs, cq) %}
{% endfor %}
{% for nv in cq.nhiem_vu %}
- {{ nv.noi_dung }}: {{ nv.muc_do | mac_dinh("chưa báo cáo kết quả") }}.
{% endfor %}

{% endfor %}
{% if chi_so_co_quan %}
@bang chi-tieu-co-quan-{{ nam }}
@chu_thich **Bảng 1. Các chỉ tiêu do {{ cac_co_quan }} thực hiện năm {{ nam }}**
@do_rong tu_dong
| STT | Chỉ số | Số cơ quan báo cáo | Năm {{ nam }} | < | < | Chỉ tiêu | Đánh giá |
| ^ | ^ | ^ | Số đạt | Tổng số | Tỷ lệ | ^ | ^ |
|:-:|---|:-:|---|---|---|---|:-:|
{% for cs in chi_so_co_quan %}
{% set n_bc = 0 %}
{% for cq in da_gui %}
{% if so_dat(cs, cq, nam) != none %}
{% set n_bc = n_bc + 1 %}
{% endif %}
{% endfor %}
| {{ loop.index }} | {{ cs.ten }} | {{ n_bc }} | {{ so_dat(cs, none, nam) | so | mac_dinh("-") }} | {{ tong_so(cs, none, nam) | so | mac_dinh("-") }} | {{ ty_le(cs, none, nam) | phan_tram(1) | mac_dinh("-") }} | {{ chi_tieu(cs, nam) | phan_tram(0) | mac_dinh("Không đặt") }} | {{ danh_gia(cs, none, nam) | viet_hoa_dau | mac_dinh("-") }} |
{% endfor %}

Số liệu chi tiết của từng cơ quan tại Phụ lục I; kết quả thực hiện từng nhiệm vụ tại Phụ lục II kèm theo Báo cáo này.
{% endif %}
{% endif %}

## Tình hình gửi báo cáo của các cơ quan

{% if chua %}
Đến ngày {{ ngay | ngay_so }}, còn {{ chua | do_dai }} cơ quan chưa gửi báo cáo: {{ chua | lay("ten") | noi(", ") }}.

{% else %}
Tất cả {{ so_cq }} cơ quan đã gửi báo cáo.

{% endif %}
{% if muon %}
Có {{ muon | do_dai }} cơ quan gửi báo cáo sau thời hạn ngày {{ han_co_quan | ngay_so }}:
{% for cq in muon %}
- {{ cq.ten }} (ngày {{ cq.ngay_nop | ngay_so }}){{ ";" if not loop.last else "." }}
{% endfor %}
{% else %}
Các cơ quan đã gửi báo cáo đều gửi đúng thời hạn ngày {{ han_co_quan | ngay_so }}.
{% endif %}

# Đánh giá chung

## Ưu điểm

{% if dat_ct %}
Năm {{ nam }}, {{ dat_ct | do_dai }}/{{ (dat_ct | do_dai) + (chua_dat_ct | do_dai) }} chỉ số có chỉ tiêu đạt hoặc vượt chỉ tiêu đề ra ({{ dat_ct | noi("; ") }}).

{% endif %}
{% if nv_tong %}
Các cơ quan đã báo cáo hoàn thành {{ nv_xong }}/{{ nv_tong }} nhiệm vụ trọng tâm được giao trong năm.
{% endif %}

{% if chua_dat_ct or nv_dang or chua or muon %}
## Hạn chế

{% if chua_dat_ct %}
Chỉ số chưa đạt chỉ tiêu năm {{ nam }}: {{ chua_dat_ct | noi("; ") }}.

{% endif %}
{% if nv_dang %}
Nhiệm vụ chưa hoàn thành trong năm: {{ nv_dang | noi("; ") }}.

{% endif %}
{% if chua or muon %}
{% set gui_muon = ((muon | lay("ten") | noi(", ")) ~ " gửi muộn") if muon else "" %}
{% set chua_gui = ((chua | lay("ten") | noi(", ")) ~ " chưa gửi báo cáo") if chua else "" %}
Việc báo cáo của một số cơ quan chưa đúng thời hạn Kế hoạch quy định ({{ gui_muon }}{{ "; " if muon and chua else "" }}{{ chua_gui }}).
{% endif %}
{% endif %}

# Phương hướng, nhiệm vụ năm {{ nam + 1 }}

Năm {{ nam + 1 }}, tập trung thực hiện các chỉ tiêu theo lộ trình của Kế hoạch:

{% set ct_sau = [] %}
{% for cs in chi_so %}
{% if chi_tieu(cs, nam + 1) != none %}
{% set ct_sau = ct_sau + [cs] %}
{% endif %}
{% endfor %}
{% for cs in ct_sau %}
- {{ cs.ten }}: {{ chi_tieu(cs, nam + 1) | phan_tram(0) }} (năm {{ nam }} đạt {{ ket_qua_chu(cs, none, nam) | mac_dinh("-") }}){{ ";" if not loop.last else "." }}
{% endfor %}

Tiếp tục đôn đốc các xã, phường và các cơ quan thực hiện các nhiệm vụ được giao, báo cáo đúng thời hạn.

# Đề xuất, kiến nghị

{% if chua %}
Đề nghị {{ ubnd_nhan }} chỉ đạo {{ chua | lay("ten") | noi(", ") }} gửi báo cáo kết quả thực hiện nhiệm vụ năm {{ nam }}.

{% endif %}
Đề nghị {{ ubnd_nhan }} chỉ đạo {{ cac_co_quan }} và Ủy ban nhân dân các xã, phường tổ chức thực hiện các nhiệm vụ, chỉ tiêu năm {{ nam + 1 }} theo lộ trình của Kế hoạch.

Trên đây là báo cáo kết quả thực hiện Kế hoạch xây dựng xã hội học tập năm {{ nam }} {{ dia_ban }}, {{ co_quan_ban_hanh }} kính trình {{ ubnd_nhan }} xem xét, chỉ đạo./.

{% if chi_so_co_quan %}
@phu_luc ngang
@tieu_de Phụ lục I
@tieu_de KẾT QUẢ CÁC CHỈ TIÊU NĂM {{ nam }} CỦA TỪNG CƠ QUAN
@tieu_de (Kèm theo Báo cáo số {{ so_van_ban }}/BC-{{ ky_hieu_co_quan }} ngày {{ ngay | ngay_so }} của {{ co_quan_ban_hanh }})
@bang phu-luc-co-quan
@do_rong tu_dong
| STT | Cơ quan | Chỉ số | Số đạt | Tổng số | Tỷ lệ | Chỉ tiêu | Đánh giá | Tình hình gửi báo cáo |
|:-:|---|---|---|---|---|---|:-:|---|
{% for cq in co_quan %}
{% set stt = loop.index %}
{% for cs in cq.chi_so %}
| {{ [stt] if loop.first else ["^"] }} | {{ [cq.ten] if loop.first else ["^"] }} | {{ cs.ten }} | {{ so_dat(cs, cq, nam) | so | mac_dinh("-") }} | {{ tong_so(cs, cq, nam) | so | mac_dinh("-") }} | {{ ty_le(cs, cq, nam) | phan_tram(1) | mac_dinh("-") }} | {{ chi_tieu(cs, nam) | phan_tram(0) | mac_dinh("Không đặt") }} | {{ danh_gia(cs, cq, nam) | viet_hoa_dau | mac_dinh("-") }} | {{ [(cq.tinh_trang | viet_hoa_dau) ~ (" ngày " ~ (cq.ngay_nop | ngay_so) if cq.ngay_nop != none else "")] if loop.first else ["^"] }} |
{% endfor %}
{% endfor %}
{% endif %}

{% if nhiem_vu %}
@phu_luc ngang
@tieu_de Phụ lục II
@tieu_de KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NĂM {{ nam }}
@tieu_de (Kèm theo Báo cáo số {{ so_van_ban }}/BC-{{ ky_hieu_co_quan }} ngày {{ ngay | ngay_so }} của {{ co_quan_ban_hanh }})
@bang phu-luc-nhiem-vu
@do_rong tu_dong
| STT | Nhiệm vụ | Cơ quan báo cáo | Mức độ hoàn thành |
|:-:|---|---|---|
{% set stt = 0 %}
{% for cq in co_quan %}
{% for nv in cq.nhiem_vu %}
{% set stt = stt + 1 %}
| {{ stt }} | {{ nv.noi_dung }} | {{ cq.ten }} | {{ (nv.muc_do | viet_hoa_dau) if nv.muc_do != none else ("Chưa báo cáo" if cq.ngay_nop != none else "Cơ quan chưa gửi báo cáo") }} |
{% endfor %}
{% endfor %}
{% endif %}
