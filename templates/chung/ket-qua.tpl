{# Phần dùng chung của các báo cáo: macro in kết quả một chỉ số và bảng kết quả so với chỉ tiêu. #}
{# Các macro thấy biến chung (nam, don_vi, chi_so, ...) và tham số của mình. #}

{# Kết quả một chỉ số thành câu, danh từ lấy từ tử số của danh mục chỉ số: "6.026/7.069 gia đình được công nhận Gia đình học tập, đạt 85,2%, vượt chỉ tiêu 70%". #}
{% macro ket_qua_chi_so(cs, dv) %}
{% set td = thay_doi(cs, dv, nam) %}
{% set so_sanh = "" %}
{% if td != none and (td >= 0.05 or td <= -0.05) %}
{% set so_sanh = "; " ~ ("tăng " if td > 0 else "giảm ") ~ ((td if td > 0 else -td) | so(1)) ~ " điểm phần trăm so với năm " ~ (nam - 1) %}
{% elif td != none %}
{% set so_sanh = "; không thay đổi so với năm " ~ (nam - 1) %}
{% endif %}
{# Cái được đếm, như tử số viết, đặt vào giữa câu: "Số gia đình được công nhận" → "gia đình được công nhận Gia đình học tập"; tử số đã nói danh hiệu ("... đạt danh hiệu Công dân học tập") thì giữ nguyên. #}
{% set doi_tuong = cs.tu_so | thay("Số ", "") | giua_cau %}
{% if "được công nhận" in doi_tuong and not (cs.ten in doi_tuong) %}
{% set doi_tuong = doi_tuong ~ " " ~ cs.ten %}
{% endif %}
{# Báo cáo của một phường (loai_xa do bao-cao-xa.tpl đặt): phường chỉ có tổ dân phố; xã, đặc khu có thôn. #}
{% if dv != none and co_bien("loai_xa") and loai_xa == "phường" %}
{% set doi_tuong = doi_tuong | thay("thôn, tổ dân phố", "tổ dân phố") %}
{% endif %}
{% set ct = chi_tieu_chu(cs, nam) %}
{% set tl = ty_le(cs, dv, nam) %}
{% set muc = so_voi_chi_tieu(cs, dv, nam) %}
{% set voi_ct = "" %}
{% if tl != none and muc != none %}
{% set voi_ct = ", " ~ muc ~ " chỉ tiêu " ~ ct %}
{% elif tl != none and ct != none %}
{% set voi_ct = " (chỉ tiêu: " ~ ct ~ ")" %}
{% elif tl != none %}
{% set voi_ct = " (năm " ~ nam ~ " không đặt chỉ tiêu)" %}
{% endif %}
{# Một đơn vị không có số liệu của chỉ số này (biểu mẫu cũ không có cột đó, hoặc bỏ trống). #}
{% if so_dat(cs, dv, nam) == none %}
- {{ cs.ten }}: chưa có số liệu.
{% elif not cs.ty_le %}
{# Chỉ số đếm số lượng: "12 lớp chuyên đề được mở, vượt chỉ tiêu 10 lớp". #}
{% set voi_ct = (", " ~ muc ~ " chỉ tiêu " ~ ct) if muc != none else ((" (chỉ tiêu: " ~ ct ~ ")") if ct != none else "") %}
- {{ so_dat(cs, dv, nam) | so }} {{ doi_tuong }}{{ voi_ct }}.
{% elif tl == none %}
- {{ so_dat(cs, dv, nam) | so }}/{{ tong_so(cs, dv, nam) | so }} {{ doi_tuong }}{{ so_sanh }}.
{% else %}
- {{ so_dat(cs, dv, nam) | so }}/{{ tong_so(cs, dv, nam) | so }} {{ doi_tuong }}, đạt **{{ tl | phan_tram(1) }}**{{ voi_ct }}{{ so_sanh }}.
{% endif %}
{% endmacro %}

{% macro bang_ket_qua(ma_bang, chu_thich, dv) %}
@bang {{ ma_bang }}
@chu_thich **{{ chu_thich }}**
@do_rong tu_dong
| STT | Mô hình, chỉ số | Năm {{ nam }} | < | < | Chỉ tiêu | Tăng, giảm so với năm {{ nam - 1 }} (điểm %) | Đánh giá |
| ^ | ^ | Số đạt | Tổng số | Tỷ lệ | ^ | ^ | ^ |
|:-:|---|---|---|---|---|---|:-:|
{% for cs in chi_so_co_so_lieu(nam) %}
| {{ loop.index }} | {{ cs.ten }} | {{ so_dat(cs, dv, nam) | so | mac_dinh("-") }} | {{ tong_so(cs, dv, nam) | so | mac_dinh("-") }} | {{ ty_le(cs, dv, nam) | phan_tram(1) | mac_dinh("-") }} | {{ chi_tieu(cs, nam) | phan_tram(0) | mac_dinh("Không đặt") }} | {{ thay_doi(cs, dv, nam) | so_co_dau(1) | mac_dinh("-") }} | {{ danh_gia(cs, dv, nam) | viet_hoa_dau | mac_dinh("-") }} |
{% endfor %}

{% endmacro %}
