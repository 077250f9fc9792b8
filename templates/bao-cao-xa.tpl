---
# Báo cáo kết quả xây dựng xã hội học tập năm N của một xã, phường, đặc khu.
# Đơn vị: --set ma_xa=MÃ (mặc định: đơn vị đầu tiên trong dữ liệu). Cơ quan ban
# hành, ký hiệu, địa danh, người ký, nơi nhận: từ sổ cơ quan ban hành khi chạy
# `baocao run`; với `baocao render`, từ khóa "bien" của dữ liệu hoặc --set.
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/BC-{{ ky_hieu_co_quan }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
loai_van_ban: Báo cáo
trich_yeu: Kết quả xây dựng xã hội học tập năm {{ nam }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} của {{ xa | trong_cau }}
ho_ten: {{ nguoi_ky }}
---
{% include "chung/ket-qua.tpl" %}
{# Ngày để trống cho văn thư (ngay: ""): ngày, tháng trống, năm là năm báo cáo. #}
{% set ngay = ngay(ngay if ngay else nam) %}
{% set xa = don_vi_theo_ma(ma_xa) if co_bien("ma_xa") else don_vi | dau %}
{% set loai_xa = xa | loai_don_vi %}
{# Phường có tổ dân phố; xã, đặc khu có thôn (và có thể có tổ dân phố). #}
{% set cong_dong = "các tổ dân phố" if loai_xa == "phường" else "các thôn, tổ dân phố" %}
{% set cs_nam = chi_so_co_so_lieu(nam) %}
{# Nơi nhận báo cáo: cơ quan tổng hợp theo kế hoạch (`baocao run` đặt co_quan_nhan). #}
{% set gui_den = co_quan_nhan if co_bien("co_quan_nhan") else "cấp trên" %}
{# Văn bản hướng dẫn báo cáo của cấp trên gửi các xã, phường (tùy chọn, trong tệp biến). #}
Thực hiện {{ ke_hoach_can_cu }}{{ ("; " ~ van_ban_huong_dan_xa) if co_bien("van_ban_huong_dan_xa") else "" }}, {{ co_quan_ban_hanh }} báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} như sau:

# Kết quả thực hiện

## Công tác chỉ đạo, tuyên truyền

Ủy ban nhân dân {{ loai_xa }} đã ban hành kế hoạch, phân công nhiệm vụ cho các ban, ngành, đoàn thể và {{ cong_dong }}; phối hợp với Hội Khuyến học {{ loai_xa }} tổ chức tuyên truyền về xây dựng xã hội học tập, học tập suốt đời trên hệ thống truyền thanh cơ sở và tại trung tâm học tập cộng đồng.

## Kết quả xây dựng các mô hình học tập

{% if not cs_nam or so_dat(cs_nam | dau, xa, nam) == none %}
Năm {{ nam }}, {{ loai_xa }} chưa tổng hợp được số liệu công nhận các mô hình học tập.
{% else %}
Kết quả công nhận các mô hình học tập năm {{ nam }} của {{ loai_xa }}:

{% for cs in cs_nam %}
{% call ket_qua_chi_so(cs, xa) %}
{% endfor %}

{% call bang_ket_qua("ket-qua-xa-" ~ nam, "Bảng 1. Kết quả xây dựng các mô hình học tập năm " ~ nam ~ " so với chỉ tiêu", xa) %}
{% endif %}

# Đánh giá chung

## Ưu điểm

{% set dat_xa = [] %}
{% set co_ct = 0 %}
{% for cs in cs_nam %}
{% if dat(cs, xa, nam) != none %}
{% set co_ct = co_ct + 1 %}
{% endif %}
{% if dat(cs, xa, nam) == true %}
{% set dat_xa = dat_xa + [cs.ten] %}
{% endif %}
{% endfor %}
{% if dat_xa %}
Năm {{ nam }}, {{ dat_xa | do_dai }}/{{ co_ct }} chỉ số có chỉ tiêu đạt hoặc vượt chỉ tiêu đề ra ({{ dat_xa | noi("; ") }}).
{% endif %}
Các mô hình học tập được duy trì ở {{ cong_dong }}; trung tâm học tập cộng đồng hoạt động thường xuyên.

## Hạn chế, nguyên nhân

{% set chua_dat = [] %}
{% for cs in cs_nam %}
{% if dat(cs, xa, nam) == false %}
{% set chua_dat = chua_dat + [cs.ten ~ " (đạt " ~ ket_qua_chu(cs, xa, nam) ~ ", chỉ tiêu " ~ chi_tieu_chu(cs, nam) ~ ")"] %}
{% endif %}
{% endfor %}
{% if chua_dat %}
Một số chỉ số chưa đạt chỉ tiêu năm {{ nam }}: {{ chua_dat | noi("; ") }}.
{% endif %}
Kinh phí cho hoạt động của trung tâm học tập cộng đồng còn hạn chế.

# Phương hướng, nhiệm vụ năm {{ nam + 1 }}

- Tiếp tục tuyên truyền, vận động Nhân dân tham gia xây dựng gia đình, dòng họ, cộng đồng học tập và công dân học tập.
- Phấn đấu đạt các chỉ tiêu năm {{ nam + 1 }} theo lộ trình của Kế hoạch.
- Gửi báo cáo kết quả năm {{ nam + 1 }} đúng thời hạn.

# Đề xuất, kiến nghị

Đề nghị {{ gui_den }} quan tâm hỗ trợ kinh phí, tài liệu cho hoạt động của trung tâm học tập cộng đồng.

Trên đây là báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} của {{ co_quan_ban_hanh }}./.

@phu_luc
@tieu_de Phụ lục
@tieu_de KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM {{ nam - 1 }} - {{ nam }}
@tieu_de (Kèm theo Báo cáo số {{ so_van_ban }}/BC-{{ ky_hieu_co_quan }} ngày {{ ngay | ngay_so }} của {{ co_quan_ban_hanh }})
@bang so-sanh-{{ nam }}
@do_rong tu_dong
| STT | Mô hình, chỉ số | Năm {{ nam - 1 }} | < | Năm {{ nam }} | < | < | Chỉ tiêu năm {{ nam }} | Tăng, giảm (điểm %) |
| ^ | ^ | Số đạt | Tỷ lệ | Số đạt | Tổng số | Tỷ lệ | ^ | ^ |
|:-:|---|
{% for cs in cs_nam %}
| {{ loop.index }} | {{ cs.ten }} | {{ so_dat(cs, xa, nam - 1) | so | mac_dinh("-") }} | {{ ty_le(cs, xa, nam - 1) | phan_tram(1) | mac_dinh("-") }} | {{ so_dat(cs, xa, nam) | so | mac_dinh("-") }} | {{ tong_so(cs, xa, nam) | so | mac_dinh("-") }} | {{ ty_le(cs, xa, nam) | phan_tram(1) | mac_dinh("-") }} | {{ chi_tieu(cs, nam) | phan_tram(0) | mac_dinh("Không đặt") }} | {{ thay_doi(cs, xa, nam) | so_co_dau(1) | mac_dinh("-") }} |
{% endfor %}
