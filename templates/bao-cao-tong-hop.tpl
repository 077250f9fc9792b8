---
# Báo cáo tổng hợp kết quả xây dựng xã hội học tập năm N của đơn vị nhận báo
# cáo (sở, tỉnh): kết quả của các đơn vị, đơn vị chưa gửi, gửi muộn.
# Cơ quan ban hành, ký hiệu, người ký, nơi nhận: từ sổ cơ quan ban hành khi chạy
# `baocao run`; với `baocao render`, từ khóa "bien" của dữ liệu (hoặc tệp --info
# của lệnh `baocao report`).
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: {{ so_kh }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
loai_van_ban: Báo cáo
trich_yeu: Kết quả xây dựng xã hội học tập năm {{ nam }}
trich_yeu: {{ dia_ban }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} {{ dia_ban }}
ho_ten: {{ nguoi_ky }}
---
{% include "chung/ket-qua.tpl" %}
{# Số và ký hiệu: ghép từ số văn bản và ký hiệu cơ quan, trừ khi dữ liệu cho sẵn (--info). #}
{% set so_kh = so_ky_hieu if co_bien("so_ky_hieu") else "Số: " ~ so_van_ban ~ "/BC-" ~ ky_hieu_co_quan %}
{# Ngày để trống cho văn thư (ngay: ""): ngày, tháng trống, năm là năm báo cáo. #}
{% set ngay = ngay(ngay if ngay else nam) %}
{% set so_don_vi = don_vi | do_dai %}
{% set chua = chua_nop(nam) %}
{% set muon = nop_muon(nam) %}
{% set dat_ct = [] %}
{% set chua_dat_ct = [] %}
{% set tang = [] %}
{% for cs in chi_so_co_so_lieu(nam) %}
{% if thay_doi(cs, none, nam) != none and thay_doi(cs, none, nam) >= 0.05 %}
{% set tang = tang + [cs.ten] %}
{% endif %}
{% if dat(cs, none, nam) == true %}
{% set dat_ct = dat_ct + [cs.ten] %}
{% elif dat(cs, none, nam) == false %}
{% set chua_dat_ct = chua_dat_ct + [cs.ten ~ " (đạt " ~ ket_qua_chu(cs, none, nam) ~ ", chỉ tiêu " ~ chi_tieu_chu(cs, nam) ~ ")"] %}
{% endif %}
{% endfor %}
{% set cap_duoi = "xã, phường" %}
{# Cơ quan nhận báo cáo này: cơ quan chủ quản của cơ quan ban hành. #}
{% set gui_den = co_quan_chu_quan if co_quan_chu_quan else "cấp trên" %}
{% if co_bien("can_cu") %}
{{ can_cu }}
{% else %}
Thực hiện {{ ke_hoach_can_cu }}{{ ("; trên cơ sở báo cáo của các " ~ cap_duoi) if chi_so_co_so_lieu(nam) else "" }}, {{ co_quan_ban_hanh }} báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} {{ dia_ban }} như sau:
{% endif %}

# Kết quả thực hiện

## Công tác chỉ đạo, tuyên truyền

Các cơ quan, đơn vị, địa phương đã quán triệt và triển khai các văn bản chỉ đạo về xây dựng xã hội học tập, đẩy mạnh học tập suốt đời; lồng ghép nhiệm vụ xây dựng các mô hình học tập với Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”. Công tác tuyên truyền được thực hiện thường xuyên trên các phương tiện thông tin đại chúng, hệ thống truyền thanh cơ sở và tại các trung tâm học tập cộng đồng.

## Kết quả xây dựng các mô hình học tập

{% if not chi_so_co_so_lieu(nam) %}
Đến ngày {{ ngay | ngay_so }}, chưa có {{ cap_duoi }} nào gửi báo cáo kết quả xây dựng các mô hình học tập năm {{ nam }}.
{% else %}
Tổng hợp báo cáo của {{ so_don_vi - (chua | do_dai) }}/{{ so_don_vi }} {{ cap_duoi }}, kết quả công nhận các mô hình học tập năm {{ nam }} như sau:

{% for cs in chi_so_co_so_lieu(nam) %}
{% call ket_qua_chi_so(cs, none) %}
{% endfor %}

{% call bang_ket_qua("ket-qua-" ~ nam, "Bảng 1. Kết quả xây dựng các mô hình học tập năm " ~ nam ~ " so với chỉ tiêu", none) %}
Số liệu chi tiết của từng {{ cap_duoi }} tại Phụ lục I kèm theo Báo cáo này.
{% if chi_so_co_so_lieu(nam - 1) %}

@bang so-sanh-{{ nam - 1 }}-{{ nam }}
@chu_thich **Bảng 2. Kết quả năm {{ nam }} so với năm {{ nam - 1 }}**
@do_rong tu_dong
| STT | Mô hình, chỉ số | Năm {{ nam - 1 }} | < | < | Năm {{ nam }} | < | < | Tăng, giảm (điểm %) |
| ^ | ^ | Số đạt | Tổng số | Tỷ lệ | Số đạt | Tổng số | Tỷ lệ | ^ |
|:-:|---|---|---|---|---|---|---|---|
{% for cs in chi_so_co_so_lieu(nam) %}
| {{ loop.index }} | {{ cs.ten }} | {{ so_dat(cs, none, nam - 1) | so | mac_dinh("-") }} | {{ tong_so(cs, none, nam - 1) | so | mac_dinh("-") }} | {{ ty_le(cs, none, nam - 1) | phan_tram(1) | mac_dinh("-") }} | {{ so_dat(cs, none, nam) | so | mac_dinh("-") }} | {{ tong_so(cs, none, nam) | so | mac_dinh("-") }} | {{ ty_le(cs, none, nam) | phan_tram(1) | mac_dinh("-") }} | {{ thay_doi(cs, none, nam) | so_co_dau(1) | mac_dinh("-") }} |
{% endfor %}

{% if tien_than %}
Ghi chú: số liệu năm {{ nam - 1 }} là tổng số liệu của {{ tien_than | trong_cau | noi(", ") }} trước khi hợp nhất.
{% endif %}
{% endif %}
{% endif %}

## Tình hình gửi báo cáo của các đơn vị

{% if chua %}
Đến ngày {{ ngay | ngay_so }}, còn {{ chua | do_dai }} đơn vị chưa gửi báo cáo: {{ chua | trong_cau | noi(", ") }}.
{% else %}
Tất cả {{ so_don_vi }} {{ cap_duoi }} đã gửi báo cáo.
{% endif %}
{% if muon %}
Có {{ muon | do_dai }} đơn vị gửi báo cáo sau thời hạn ngày {{ han_nop(nam) | ngay_so }}: {{ muon | trong_cau | noi(", ") }} (chi tiết tại Phụ lục II).
{% endif %}

# Đánh giá chung

## Ưu điểm

{% if dat_ct %}
Năm {{ nam }}, {{ dat_ct | do_dai }}/{{ (dat_ct | do_dai) + (chua_dat_ct | do_dai) }} chỉ số có chỉ tiêu đạt hoặc vượt chỉ tiêu đề ra ({{ dat_ct | noi("; ") }}).{{ (" So với năm " ~ (nam - 1) ~ ", tỷ lệ công nhận tăng ở " ~ (tang | do_dai) ~ "/" ~ (chi_so_co_so_lieu(nam) | do_dai) ~ " chỉ số (" ~ (tang | noi("; ")) ~ ").") if tang else "" }} Các mô hình học tập tiếp tục được duy trì; nhận thức của cán bộ, đảng viên và Nhân dân về học tập suốt đời được nâng lên.
{% else %}
Các mô hình học tập tiếp tục được duy trì; nhận thức của cán bộ, đảng viên và Nhân dân về học tập suốt đời được nâng lên.
{% endif %}

## Hạn chế, nguyên nhân

{% if chua_dat_ct %}
Một số chỉ số chưa đạt chỉ tiêu năm {{ nam }}: {{ chua_dat_ct | noi("; ") }}.
{% endif %}
{% if chua or muon %}
Việc tổng hợp, báo cáo số liệu ở một số đơn vị còn chậm.
{% endif %}
Cơ sở vật chất của một số trung tâm học tập cộng đồng còn hạn chế.

# Phương hướng, nhiệm vụ năm {{ nam + 1 }}

- Tiếp tục đẩy mạnh công tác tuyên truyền, nâng cao nhận thức về xây dựng xã hội học tập, học tập suốt đời.
- Tập trung chỉ đạo các chỉ số chưa đạt chỉ tiêu; phấn đấu hoàn thành chỉ tiêu năm {{ nam + 1 }} theo lộ trình của Kế hoạch.
- Nâng cao chất lượng hoạt động của các trung tâm học tập cộng đồng; đẩy mạnh chuyển đổi số trong học tập suốt đời.
- Thực hiện báo cáo đúng thời hạn; kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.

# Đề xuất, kiến nghị

Đề nghị {{ gui_den }} tiếp tục quan tâm chỉ đạo, bố trí kinh phí cho công tác xây dựng xã hội học tập; chỉ đạo các {{ cap_duoi }} gửi báo cáo đúng thời hạn theo Kế hoạch.

Trên đây là báo cáo kết quả xây dựng xã hội học tập năm {{ nam }} {{ dia_ban }}, {{ co_quan_ban_hanh }} kính báo cáo {{ gui_den }} xem xét, chỉ đạo./.

{% if chi_so_co_so_lieu(nam) %}
@phu_luc ngang
@tieu_de Phụ lục I
@tieu_de KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM {{ nam }} THEO ĐƠN VỊ
@tieu_de (Kèm theo Báo cáo {{ so_kh | thay("Số: ", "số ") }} ngày {{ ngay | ngay_so }} của {{ co_quan_ban_hanh }})
{% set cs_nam = chi_so_co_so_lieu(nam) %}
{# Quá năm chỉ số thì một bảng không đủ rộng cho trang A4 ngang (dòng tổng có số 7 chữ số): mỗi chương trình một bảng. #}
{% set nhom_bang = [cs_nam] %}
{% if (cs_nam | do_dai) > 5 %}
{% set nhom_bang = [] %}
{% set hien = [] %}
{% for cs in cs_nam %}
{% if hien %}
{% set truoc = hien | cuoi %}
{% if truoc.chuong_trinh != cs.chuong_trinh %}
{% set nhom_bang = nhom_bang + [hien] %}
{% set hien = [] %}
{% endif %}
{% endif %}
{% set hien = hien + [cs] %}
{% endfor %}
{% set nhom_bang = nhom_bang + [hien] %}
{% endif %}
{% for cs_bang in nhom_bang %}
@bang {{ "phu-luc-don-vi" if loop.first else "phu-luc-don-vi-" ~ loop.index }}
{% if (nhom_bang | do_dai) > 1 %}
{% set dau_bang = cs_bang | dau %}
@chu_thich **Các chỉ số theo {{ dau_bang.chuong_trinh }}**
{% endif %}
@chi_tieu_cot - - {{ chi_tieu_hang(cs_bang, nam) | noi(" ") }}
@do_rong tu_dong
| STT | Đơn vị | {{ cs_bang | lay("ten") | gop_cot(3) }} |
| ^ | ^ | {{ ["Đạt", "Tổng", "Tỷ lệ"] | lap(cs_bang | do_dai) }} |
|:-:|---|
{% for dv in don_vi %}
| {{ loop.index }} | {{ dv.ten }} | {{ hang_don_vi(dv, nam, cs_bang) }} |
{% endfor %}
|===|
| Tổng cộng | < | {{ hang_don_vi(none, nam, cs_bang) | cong_thuc }} |

{% endfor %}
{% endif %}

{% if chua or muon %}
@phu_luc doc
@tieu_de Phụ lục II
@tieu_de TÌNH HÌNH GỬI BÁO CÁO NĂM {{ nam }} CỦA CÁC ĐƠN VỊ
@tieu_de (Thời hạn gửi báo cáo: {{ han_nop(nam) | ngay_so | mac_dinh("không quy định") }})
@bang tinh-hinh-nop
@do_rong tu_dong
| STT | Đơn vị | Ngày gửi | Ghi chú |
|:-:|---|:-:|---|
{% for dv in muon %}
| {{ loop.index }} | {{ dv.ten }} | {{ dv.ngay_nop | ngay_so }} | Gửi muộn |
{% endfor %}
{% for dv in chua %}
| {{ (muon | do_dai) + loop.index }} | {{ dv.ten }} | - | Chưa gửi báo cáo |
{% endfor %}
{% endif %}
