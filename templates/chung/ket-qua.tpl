{# Phần dùng chung của các báo cáo: macro in kết quả một chỉ số và bảng kết quả so với chỉ tiêu. #}
{# Các macro thấy biến chung (nam, don_vi, chi_so, ...) và tham số của mình. #}

{% macro ket_qua_chi_so(cs, dv) %}
{% set td = thay_doi(cs, dv, nam) %}
{% set so_sanh = "" %}
{% if td != none and (td >= 0.05 or td <= -0.05) %}
{% set so_sanh = "; " ~ ("tăng " if td > 0 else "giảm ") ~ ((td if td > 0 else -td) | so(1)) ~ " điểm phần trăm so với năm " ~ (nam - 1) %}
{% elif td != none %}
{% set so_sanh = "; không thay đổi so với năm " ~ (nam - 1) %}
{% endif %}
{# Một đơn vị không có số liệu của chỉ số này (biểu mẫu cũ không có cột đó, hoặc bỏ trống). #}
{% if so_dat(cs, dv, nam) == none %}
- {{ cs.ten }}: chưa có số liệu.
{% else %}
- {{ cs.ten }}: công nhận {{ so_dat(cs, dv, nam) | so }}/{{ tong_so(cs, dv, nam) | so }}, đạt tỷ lệ **{{ ty_le(cs, dv, nam) | phan_tram(1) | mac_dinh("-") }}** (chỉ tiêu năm {{ nam }}: {{ chi_tieu(cs, nam) | phan_tram(0) | mac_dinh("không đặt chỉ tiêu") }}; {{ danh_gia(cs, dv, nam) | mac_dinh("không đánh giá") }}){{ so_sanh }}.
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
