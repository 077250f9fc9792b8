---
# Báo cáo kết quả xây dựng xã hội học tập năm N của một xã, phường.
# Chọn xã bằng --set ma_xa=MÃ (mặc định: đơn vị đầu tiên trong dữ liệu);
# người ký, số văn bản: --set nguoi_ky="..." --set so_van_ban=...
# Cú pháp: templates/GRAMMAR.md.
co_quan_ban_hanh: {{ xa | co_quan("Ủy ban nhân dân") }}
so_ky_hieu: Số: {{ so_van_ban }}/BC-UBND
dia_danh: {{ xa | dia_danh }}
ngay: {{ ngay }}
loai_van_ban: Báo cáo
trich_yeu: Kết quả xây dựng xã hội học tập năm {{ nam }}
noi_nhan: - {{ co_quan_ban_hanh }} tỉnh {{ tinh }} (để b/c);
noi_nhan: - Thường trực Đảng ủy, HĐND {{ loai_xa }};
noi_nhan: - Hội Khuyến học {{ loai_xa }};
noi_nhan: - Các thôn, tổ dân phố;
noi_nhan: - Lưu: VT, VHXH.
quyen_han: TM. Ủy ban nhân dân
chuc_vu: {{ chuc_vu_xa }}
tieu_de: Báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} của {{ xa | trong_cau }}
ho_ten: {{ nguoi_ky }}
---
{% include "chung/ket-qua.tpl" %}
{# Ngày để trống cho văn thư (ngay: ""): ngày, tháng trống, năm là năm báo cáo. #}
{% set ngay = ngay(ngay if ngay else nam) %}
{% set xa = don_vi_theo_ma(ma_xa) if co_bien("ma_xa") else don_vi | dau %}
{% set loai_xa = xa | loai_don_vi %}
{% set chuc_vu_xa = chuc_vu_xa if co_bien("chuc_vu_xa") else "Chủ tịch" %}
{% set cs_nam = chi_so_co_so_lieu(nam) %}
{% set nop = nop_muon(nam) | lay("ma") %}
Thực hiện {{ ke_hoach_can_cu }}, {{ xa | co_quan("Ủy ban nhân dân") }} báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} như sau:

# Kết quả thực hiện

## Công tác chỉ đạo, tuyên truyền

Ủy ban nhân dân {{ loai_xa }} đã ban hành kế hoạch, phân công nhiệm vụ cho các ban, ngành, đoàn thể và các thôn, tổ dân phố; phối hợp với Hội Khuyến học {{ loai_xa }} tổ chức tuyên truyền về xây dựng xã hội học tập, học tập suốt đời trên hệ thống truyền thanh cơ sở và tại trung tâm học tập cộng đồng.

## Kết quả xây dựng các mô hình học tập

{% if tong_so(cs_nam | dau, xa, nam) == none %}
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

Các mô hình học tập được duy trì ở các thôn, tổ dân phố; trung tâm học tập cộng đồng hoạt động thường xuyên, thu hút đông đảo Nhân dân tham gia.

## Hạn chế, nguyên nhân

{% set chua_dat = [] %}
{% for cs in cs_nam %}
{% if dat(cs, xa, nam) == false %}
{% set chua_dat = chua_dat + [cs.ten] %}
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

Đề nghị cấp trên quan tâm hỗ trợ kinh phí, tài liệu cho hoạt động của trung tâm học tập cộng đồng.

@phu_luc
@tieu_de Phụ lục
@tieu_de KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM {{ nam - 1 }} - {{ nam }}
@tieu_de (Kèm theo Báo cáo số {{ so_van_ban }}/BC-UBND ngày {{ ngay | ngay_so }} của {{ xa | co_quan("UBND") }})
@bang so-sanh-{{ nam }}
@do_rong 9 38 15 16 15 15 16 20 21
| STT | Mô hình, chỉ số | Năm {{ nam - 1 }} | < | Năm {{ nam }} | < | < | Chỉ tiêu năm {{ nam }} | Tăng, giảm (điểm %) |
| ^ | ^ | Số đạt | Tỷ lệ | Số đạt | Tổng số | Tỷ lệ | ^ | ^ |
|:-:|---|
{% for cs in cs_nam %}
| {{ loop.index }} | {{ cs.ten }} | {{ so_dat(cs, xa, nam - 1) | so | mac_dinh("-") }} | {{ ty_le(cs, xa, nam - 1) | phan_tram(1) | mac_dinh("-") }} | {{ so_dat(cs, xa, nam) | so | mac_dinh("-") }} | {{ tong_so(cs, xa, nam) | so | mac_dinh("-") }} | {{ ty_le(cs, xa, nam) | phan_tram(1) | mac_dinh("-") }} | {{ chi_tieu(cs, nam) | phan_tram(0) | mac_dinh("Không đặt") }} | {{ thay_doi(cs, xa, nam) | so_co_dau(1) | mac_dinh("-") }} |
{% endfor %}
