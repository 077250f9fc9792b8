---
ngay: 2025-12-20
---
{% set x = [1, 2] %}
{% for a in x %}
- {{ a ~ "b" if a > 1 else -a }} **c** *d*
{% endfor %}
{% macro m(p) %}
{{ p | phan_tram(1) | mac_dinh("-") }}
{% endmacro %}
{% call m(ty_le("gia_dinh_hoc_tap", none, nam)) %}
{% if chua_nop(nam) %}
{{ han_nop(nam) | ngay_nd30 }}
{% elif true %}
{% else %}
{% endif %}
