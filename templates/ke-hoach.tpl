---
# Kế hoạch xây dựng xã hội học tập năm N+1 (N là năm báo cáo `nam` của dữ liệu),
# với chỉ tiêu năm N+1 bên cạnh kết quả năm N, lộ trình chỉ tiêu đến năm 2030
# và Phụ lục nhiệm vụ trọng tâm. Khi `baocao run` lập dự thảo cho Ủy ban nhân
# dân ban hành (hạn của các cơ quan báo cáo), nó đặt thêm `nhiem_vu` (Phụ lục
# nhiệm vụ của kế hoạch), `co_quan` (việc giao cho từng cơ quan) và
# `lich_bao_cao` (các hạn báo cáo năm N+1); thiếu chúng, mẫu dùng nội dung chung
# và không có Phụ lục (mẫu không tự đặt ra việc giao cho các sở của tỉnh nào).
# Cú pháp: templates/GRAMMAR.md.
co_quan_chu_quan: {{ co_quan_chu_quan }}
co_quan_ban_hanh: {{ co_quan_ban_hanh }}
so_ky_hieu: Số: {{ so_van_ban }}/KH-{{ ky_hieu_co_quan }}
dia_danh: {{ dia_danh }}
ngay: {{ ngay }}
loai_van_ban: Kế hoạch
trich_yeu: Xây dựng xã hội học tập năm {{ nam_kh }}
trich_yeu: {{ dia_ban }}
noi_nhan: {{ noi_nhan }}
quyen_han: {{ quyen_han }}
chuc_vu: {{ chuc_vu if co_bien("chuc_vu") else "" }}
tieu_de: Kế hoạch xây dựng xã hội học tập năm {{ nam_kh }}
ho_ten: {{ nguoi_ky }}
---
{# Ngày để trống cho văn thư (ngay: ""): ngày, tháng trống, năm là năm báo cáo. #}
{# Kết quả năm N là số liệu đến ngày văn bản; ngày để trống thì không ghi. #}
{% set den_ngay = ("đến ngày " ~ (ngay(ngay) | ngay_so)) if ngay else "" %}
{% set ngay = ngay(ngay if ngay else nam) %}
{% set nam_kh = nam + 1 %}
{% set cs_kh = chi_so %}
{% set han = han_nop(nam) %}
Căn cứ {{ ke_hoach_can_cu }}; trên cơ sở kết quả xây dựng xã hội học tập năm {{ nam }}, {{ co_quan_ban_hanh }} ban hành Kế hoạch xây dựng xã hội học tập năm {{ nam_kh }} như sau:

# Mục đích, yêu cầu

## Mục đích

a) Tiếp tục nâng cao nhận thức của các cấp, các ngành và các tầng lớp Nhân dân về vai trò, ý nghĩa của học tập suốt đời, xây dựng xã hội học tập.

b) Phấn đấu hoàn thành các chỉ tiêu năm {{ nam_kh }} theo lộ trình của Kế hoạch giai đoạn 2021 - 2030.

## Yêu cầu

Các nhiệm vụ được triển khai đồng bộ, thiết thực, hiệu quả; gắn trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương với kết quả thực hiện.

# Chỉ tiêu

{% set ct_kh = [] %}
{% for cs in cs_kh %}
{% if chi_tieu(cs, nam_kh) != none %}
{% set ct_kh = ct_kh + [cs] %}
{% endif %}
{% endfor %}
{% if ct_kh %}
Phấn đấu năm {{ nam_kh }} đạt các chỉ tiêu sau (trong ngoặc là kết quả năm {{ nam }}{{ " tính " ~ den_ngay if den_ngay else "" }}):

{% for cs in ct_kh %}
- {{ cs.ten }}: {{ chi_tieu(cs, nam_kh) | phan_tram(0) }} ({{ ty_le(cs, none, nam) | phan_tram(1) | mac_dinh("chưa có số liệu") }}){{ ";" if not loop.last else "." }}
{% endfor %}

{% endif %}
Chỉ tiêu năm {{ nam_kh }} và lộ trình đến năm 2030 (tỷ lệ %; ô ghi “-” là năm Kế hoạch không đặt chỉ tiêu):

@bang lo-trinh
@chu_thich **Bảng 1. Kết quả năm {{ nam }}{{ " (" ~ den_ngay ~ ")" if den_ngay else "" }} và lộ trình chỉ tiêu đến năm 2030**
@do_rong tu_dong
| STT | Mô hình, chỉ số | Kết quả năm {{ nam }} | Chỉ tiêu các năm | {{ "<" | lap((cac_nam(nam_kh, 2030) | do_dai) - 1) }} |
| ^ | ^ | ^ | {{ cac_nam(nam_kh, 2030) }} |
|:-:|---|
{% for cs in cs_kh %}
| {{ loop.index }} | {{ cs.ten }} | {{ ty_le(cs, none, nam) | phan_tram(1) | mac_dinh("-") }} | {{ lo_trinh(cs, nam_kh, 2030) | phan_tram(0) | mac_dinh("-") }} |
{% endfor %}

# Nhiệm vụ, giải pháp

## Công tác tuyên truyền

Đẩy mạnh tuyên truyền về xây dựng xã hội học tập, học tập suốt đời trên các phương tiện thông tin đại chúng, cổng thông tin điện tử và hệ thống truyền thanh cơ sở.

## Xây dựng các mô hình học tập

- Tiếp tục xây dựng và nhân rộng các mô hình gia đình học tập, dòng họ học tập, cộng đồng học tập, đơn vị học tập và công dân học tập.
- Tập trung chỉ đạo các chỉ số năm {{ nam }} chưa đạt chỉ tiêu.
- Nâng cao chất lượng hoạt động của các trung tâm học tập cộng đồng; đẩy mạnh chuyển đổi số, nâng cao kỹ năng số cho người dân.

{% if co_bien("nhiem_vu") and nhiem_vu %}
## Các nhiệm vụ trọng tâm

Các nhiệm vụ trọng tâm năm {{ nam_kh }}, cơ quan chủ trì, phối hợp, thời gian và sản phẩm tại Phụ lục kèm theo Kế hoạch này.

{% endif %}
## Kiểm tra, đánh giá

Định kỳ kiểm tra, đánh giá kết quả thực hiện; biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu.

# Tổ chức thực hiện

{% if co_bien("co_quan") and co_quan %}
{% for cq in co_quan %}
{% set nv_ten = cq.nhiem_vu | lay("noi_dung") | giua_cau %}
{% set cs_ten = cq.chi_so | lay("ten") %}
- {{ cq.ten }} {{ (("thực hiện nhiệm vụ " if (nv_ten | do_dai) == 1 else "thực hiện các nhiệm vụ: ") ~ (nv_ten | noi("; "))) if nv_ten else "thực hiện Kế hoạch theo chức năng, nhiệm vụ" }}{{ ((", theo dõi và báo cáo chỉ tiêu " if (cs_ten | do_dai) == 1 else ", theo dõi và báo cáo các chỉ tiêu: ") ~ (cs_ten | noi("; "))) if cs_ten else "" }}.
{% endfor %}
- Ủy ban nhân dân các xã, phường xây dựng kế hoạch của địa phương; tổ chức xây dựng, công nhận các mô hình học tập.
{% else %}
- Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị mình.
{% endif %}
{% if co_bien("lich_bao_cao") and lich_bao_cao %}
{% for lich in lich_bao_cao %}
{% if lich.tu_co_quan %}
- Trước ngày {{ lich.ngay | ngay_so }}, {{ cac_co_quan if co_bien("cac_co_quan") and cac_co_quan else "các cơ quan được giao nhiệm vụ" }} báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao về {{ lich.den }} để tổng hợp, báo cáo {{ co_quan_ban_hanh }}.
{% elif lich.tu == "xã" or lich.tu == "phường" %}
- Trước ngày {{ lich.ngay | ngay_so }}, Ủy ban nhân dân các xã, phường báo cáo kết quả năm {{ nam_kh }} về {{ lich.den }}.
{% else %}
- {{ lich.noi_dung }} gửi {{ lich.den }}: trước ngày {{ lich.ngay | ngay_so }}.
{% endif %}
{% endfor %}
{% else %}
- UBND các xã, phường gửi báo cáo kết quả năm {{ nam_kh }} về {{ co_quan_ban_hanh }} trước ngày {{ ngay(nam_kh, han.thang, han.ngay) | ngay_so if han != none else "10/12/" ~ nam_kh }} để tổng hợp, báo cáo Ủy ban nhân dân {{ cap_tinh }}.
{% endif %}

{% if co_bien("lich_bao_cao") and lich_bao_cao %}
{% set lich_dau = lich_bao_cao | dau %}
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {{ lich_dau.den }} để tổng hợp, báo cáo {{ co_quan_ban_hanh }} xem xét, chỉ đạo./.
{% else %}
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về {{ co_quan_ban_hanh }} để được hướng dẫn./.
{% endif %}

{% if co_bien("nhiem_vu") and nhiem_vu %}
@phu_luc ngang
@tieu_de Phụ lục
@tieu_de DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM {{ nam_kh }}
@tieu_de (Kèm theo Kế hoạch số {{ so_van_ban }}/KH-{{ ky_hieu_co_quan }} ngày {{ ngay | ngay_so }} của {{ co_quan_ban_hanh }})
@bang nhiem-vu
@do_rong tu_dong
| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Sản phẩm |
|:-:|---|---|---|:-:|---|
{% for nv in nhiem_vu %}
| {{ loop.index }} | {{ nv.noi_dung }} | {{ nv.chu_tri | mac_dinh("-") }} | {{ nv.phoi_hop | mac_dinh("-") }} | {{ (nv.thoi_gian | thay("{nam}", nam_kh ~ "")) if nv.thoi_gian != none else "Năm " ~ nam_kh }} | {{ nv.san_pham | mac_dinh("-") }} |
{% endfor %}
{% endif %}
