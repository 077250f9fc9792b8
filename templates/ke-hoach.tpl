---
# Kế hoạch xây dựng xã hội học tập năm N+1 (N là năm báo cáo `nam` của dữ liệu),
# viết như kế hoạch của các tỉnh: căn cứ (các quyết định của Thủ tướng Chính
# phủ, kế hoạch giai đoạn của tỉnh `ke_hoach_can_cu`), mục đích, yêu cầu, mục
# tiêu (chỉ tiêu năm N+1 bên kết quả năm N, chỉ tiêu đến năm 2030, bảng lộ
# trình), nhiệm vụ, giải pháp, kinh phí, tổ chức thực hiện, Phụ lục nhiệm vụ
# trọng tâm. Khi `baocao run` lập dự thảo cho Ủy ban nhân dân ban hành (hạn của
# các cơ quan báo cáo), nó đặt thêm `nhiem_vu` (Phụ lục nhiệm vụ của kế hoạch),
# `co_quan` (việc giao cho từng cơ quan) và `lich_bao_cao` (các hạn báo cáo năm
# N+1); thiếu chúng, phần tổ chức thực hiện giao việc theo đơn vị chủ trì của
# `nhiem_vu` (nếu có) và không có Phụ lục (mẫu không tự đặt ra việc giao cho
# các sở của tỉnh nào). `van_ban_trung_uong` (danh sách, tùy chọn) thay các
# quyết định của Thủ tướng Chính phủ được căn cứ.
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
{% set nam_cuoi = 2030 if nam_kh < 2030 else nam_kh %}
{% set cs_kh = chi_so %}
{% set han = han_nop(nam) %}
{% set cap = cap_tinh if co_bien("cap_tinh") else "tỉnh" %}
{% set cq_ds = co_quan if co_bien("co_quan") and co_quan else [] %}
{% set nv_ds = nhiem_vu if co_bien("nhiem_vu") and nhiem_vu else [] %}
{# Các hạn báo cáo năm N+1 của kế hoạch: của các xã, phường, của các cơ quan, và các báo cáo khác (của tỉnh lên Bộ). #}
{% set dau_moi = co_quan_ban_hanh %}
{% set lich_xa = none %}
{% set lich_cq = none %}
{% set lich_khac = [] %}
{% if co_bien("lich_bao_cao") and lich_bao_cao %}
{% for lich in lich_bao_cao %}
{% if lich.tu_co_quan %}
{% set lich_cq = lich %}
{% set dau_moi = lich.den %}
{% elif lich.tu == "xã" or lich.tu == "phường" %}
{% set lich_xa = lich %}
{% set dau_moi = lich.den %}
{% else %}
{% set lich_khac = lich_khac + [lich] %}
{% endif %}
{% endfor %}
{% endif %}
{# Chỉ số có chỉ tiêu năm N+1, năm cuối lộ trình; chỉ số năm N chưa đạt chỉ tiêu. #}
{% set ct_kh = [] %}
{% set ct_cuoi = [] %}
{% set chua_dat = [] %}
{% for cs in cs_kh %}
{% if chi_tieu(cs, nam_kh) != none %}
{% set ct_kh = ct_kh + [cs] %}
{% endif %}
{% if chi_tieu(cs, nam_cuoi) != none %}
{% set ct_cuoi = ct_cuoi + [cs] %}
{% endif %}
{% if dat(cs, none, nam) == false %}
{% set chua_dat = chua_dat + [cs] %}
{% endif %}
{% endfor %}
{% set vb_tw = van_ban_trung_uong if co_bien("van_ban_trung_uong") else ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”", "Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”", "Quyết định số 677/QĐ-TTg ngày 03/6/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021 - 2030”"] %}
{# Cái được đếm của một chỉ số, như tử số của danh mục viết, đặt vào giữa câu ("gia đình được công nhận Gia đình học tập"). #}
{% macro muc_tieu(cs, y, ket_qua, cuoi) %}
{% set doi_tuong = cs.tu_so | thay("Số ", "") | giua_cau %}
{% if "được công nhận" in doi_tuong and not (cs.ten in doi_tuong) %}
{% set doi_tuong = doi_tuong ~ " " ~ cs.ten %}
{% endif %}
{% set tl = ty_le(cs, none, nam) %}
{% set ct = chi_tieu_chu(cs, y) %}
{% set loai = loai_chi_tieu(cs, y) %}
{% set muc = so_voi_chi_tieu(cs, none, nam, y) %}
{% set dau_cau = "." if cuoi else ";" %}
{% set kq = ket_qua_chu(cs, none, nam) %}
{% set da_dat = (" (năm " ~ nam ~ " đạt " ~ kq ~ ")") if kq != none else "" %}
{% if not cs.ty_le and loai != "lời văn" %}
{# Chỉ số đếm số lượng: "Số lớp … được mở: 10 lớp". #}
- {{ cs.tu_so }}: {{ ct }}{{ da_dat if ket_qua else "" }}{{ dau_cau }}
{% elif loai == "lời văn" %}
- {{ cs.ten }}: {{ ct }}{{ da_dat if ket_qua else "" }}{{ dau_cau }}
{% elif not ket_qua or tl == none %}
- {{ ct }} {{ doi_tuong }}{{ (" (năm " ~ nam ~ " chưa có số liệu)") if ket_qua else "" }}{{ dau_cau }}
{% elif muc == "chưa đạt" %}
- Phấn đấu {{ ct }} {{ doi_tuong }}{{ da_dat }}{{ dau_cau }}
{% elif loai == "số" %}
- Duy trì từ {{ ct }} trở lên {{ doi_tuong }}{{ da_dat }}{{ dau_cau }}
{% else %}
- Duy trì {{ ct }} {{ doi_tuong }}{{ da_dat }}{{ dau_cau }}
{% endif %}
{% endmacro %}
{% macro chi_tieu_giao(cq) %}
{% set ds = [] %}
{% for cs in cq.chi_so %}
{% set doi_tuong = cs.tu_so | thay("Số ", "") | giua_cau %}
{% set ds = ds + [("tỷ lệ " if cs.ty_le else "số ") ~ doi_tuong ~ ((" (chỉ tiêu năm " ~ nam_kh ~ ": " ~ chi_tieu_chu(cs, nam_kh) ~ ")") if chi_tieu_chu(cs, nam_kh) != none else "")] %}
{% endfor %}
{% if ds %}
- Theo dõi, đánh giá và báo cáo {{ "chỉ tiêu " if (ds | do_dai) == 1 else "các chỉ tiêu: " }}{{ ds | noi("; ") }}.
{% endif %}
{% endmacro %}
{% macro viec_giao(ten) %}
{% set chu = [] %}
{% for nv in nv_ds %}
{% if nv.chu_tri == ten %}
{% set chu = chu + [nv.noi_dung | giua_cau] %}
{% endif %}
{% endfor %}
{% if chu %}
- Chủ trì thực hiện {{ "nhiệm vụ " if (chu | do_dai) == 1 else "các nhiệm vụ: " }}{{ chu | noi("; ") }}.
{% endif %}
{% for nv in nv_ds %}
{% if nv.phoi_hop != none and nv.chu_tri != ten and ten in nv.phoi_hop %}
- Phối hợp với {{ nv.chu_tri }} thực hiện nhiệm vụ {{ nv.noi_dung | giua_cau }}.
{% endif %}
{% endfor %}
{% endmacro %}
{% for vb in vb_tw %}
Căn cứ {{ vb }};

{% endfor %}

Thực hiện {{ ke_hoach_can_cu }};

Trên cơ sở kết quả xây dựng xã hội học tập năm {{ nam }}, {{ co_quan_ban_hanh }} ban hành Kế hoạch xây dựng xã hội học tập năm {{ nam_kh }} {{ dia_ban }} như sau:

# Mục đích, yêu cầu

## Mục đích

a) Triển khai đồng bộ, hiệu quả các nhiệm vụ, giải pháp của Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và các Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị”, “Xây dựng mô hình Công dân học tập” {{ dia_ban }} trong năm {{ nam_kh }}; hoàn thành các chỉ tiêu năm {{ nam_kh }} theo lộ trình đã đề ra.

b) Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, các cơ quan, đơn vị và các tầng lớp Nhân dân về vai trò, ý nghĩa của học tập suốt đời, xây dựng xã hội học tập; tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập suốt đời, nâng cao dân trí và chất lượng nguồn nhân lực.

c) Duy trì và nâng cao chất lượng việc đánh giá, công nhận các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập” và “Công dân học tập”; huy động sức mạnh tổng hợp của cả hệ thống chính trị và toàn xã hội tham gia công tác khuyến học, khuyến tài, xây dựng xã hội học tập.

## Yêu cầu

a) Các nhiệm vụ được triển khai đồng bộ, thiết thực, hiệu quả, phù hợp với điều kiện thực tế của từng cơ quan, đơn vị, địa phương; gắn với việc thực hiện nhiệm vụ phát triển kinh tế - xã hội và chuyển đổi số.

b) Xác định rõ trách nhiệm của từng cơ quan, đơn vị trong tổ chức thực hiện; gắn trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương với kết quả thực hiện các chỉ tiêu được giao.

c) Có sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương và các tổ chức chính trị - xã hội; thực hiện nghiêm chế độ thông tin, báo cáo theo đúng thời hạn của Kế hoạch.

# Mục tiêu

## Mục tiêu chung

Tiếp tục đẩy mạnh và nâng cao chất lượng phong trào học tập thường xuyên, học tập suốt đời trong các tầng lớp Nhân dân thông qua việc duy trì, nhân rộng các mô hình học tập; phấn đấu mọi người dân có cơ hội bình đẳng trong tiếp cận giáo dục mở, linh hoạt, ứng dụng công nghệ số, góp phần nâng cao dân trí, phát triển nguồn nhân lực đáp ứng yêu cầu phát triển kinh tế - xã hội {{ dia_ban }}.

## Mục tiêu cụ thể

{% if ct_kh %}
### Mục tiêu năm {{ nam_kh }}

Phấn đấu đến hết năm {{ nam_kh }} đạt các chỉ tiêu sau (kết quả năm {{ nam }}{{ " tính " ~ den_ngay if den_ngay else "" }} ghi trong ngoặc):

{% for cs in ct_kh %}
{% call muc_tieu(cs, nam_kh, true, loop.last) %}
{% endfor %}

{% endif %}
{% if ct_cuoi and nam_cuoi != nam_kh %}
### Mục tiêu đến năm {{ nam_cuoi }}

{% set cau = [] %}
{% for cs in ct_cuoi %}
{% set doi_tuong = cs.tu_so | thay("Số ", "") | giua_cau %}
{% if "được công nhận" in doi_tuong and not (cs.ten in doi_tuong) %}
{% set doi_tuong = doi_tuong ~ " " ~ cs.ten %}
{% endif %}
{% set cau = cau + [(cs.ten ~ ": " ~ chi_tieu_chu(cs, nam_cuoi)) if loai_chi_tieu(cs, nam_cuoi) == "lời văn" else (chi_tieu_chu(cs, nam_cuoi) ~ " " ~ doi_tuong)] %}
{% endfor %}
Phấn đấu đến năm {{ nam_cuoi }}, {{ cau | noi("; ") }}.

{% endif %}
Chỉ tiêu năm {{ nam_kh }} và lộ trình đến năm {{ nam_cuoi }} của từng chỉ số tại Bảng 1 (tỷ lệ %; ô ghi “-” là năm Kế hoạch không đặt chỉ tiêu):

@bang lo-trinh
@chu_thich **Bảng 1. Kết quả năm {{ nam }}{{ " (" ~ den_ngay ~ ")" if den_ngay else "" }} và lộ trình chỉ tiêu đến năm {{ nam_cuoi }}**
@do_rong tu_dong
| STT | Mô hình, chỉ số | Kết quả năm {{ nam }} | Chỉ tiêu các năm | {{ "<" | lap((cac_nam(nam_kh, nam_cuoi) | do_dai) - 1) }} |
| ^ | ^ | ^ | {{ cac_nam(nam_kh, nam_cuoi) }} |
|:-:|---|
{% for cs in cs_kh %}
| {{ loop.index }} | {{ cs.ten }} | {{ ket_qua_chu(cs, none, nam) | mac_dinh("-") }} | {{ lo_trinh(cs, nam_kh, nam_cuoi) | phan_tram(0) | mac_dinh("-") }} |
{% endfor %}

# Nhiệm vụ, giải pháp

## Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức về xây dựng xã hội học tập

a) Tuyên truyền, quán triệt các quyết định của Thủ tướng Chính phủ và Kế hoạch của {{ co_quan_ban_hanh }} về xây dựng xã hội học tập đến cán bộ, công chức, viên chức, người lao động và Nhân dân.

b) Đa dạng hóa hình thức tuyên truyền trên báo chí, cổng thông tin điện tử, mạng xã hội, hệ thống thông tin cơ sở và tại các trung tâm học tập cộng đồng; tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày Sách và Văn hóa đọc Việt Nam.

c) Biểu dương, nhân rộng các gương điển hình tiên tiến, mô hình tốt, cách làm hay trong phong trào khuyến học, khuyến tài, xây dựng xã hội học tập.

## Tăng cường sự lãnh đạo, chỉ đạo; phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể

a) Nâng cao vai trò, trách nhiệm của cấp ủy, chính quyền các cấp và người đứng đầu cơ quan, đơn vị trong chỉ đạo, tổ chức thực hiện nhiệm vụ xây dựng xã hội học tập.

b) Củng cố, kiện toàn Ban Chỉ đạo xây dựng xã hội học tập các cấp; phân công rõ nhiệm vụ của từng thành viên; tăng cường kiểm tra, đôn đốc việc thực hiện các chỉ tiêu của Kế hoạch.

c) Phát huy vai trò của Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Hội Khuyến học các cấp trong vận động hội viên, đoàn viên và Nhân dân tham gia xây dựng các mô hình học tập.

## Nâng cao chất lượng xây dựng các mô hình học tập

a) Tiếp tục xây dựng, đánh giá, công nhận các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành; bảo đảm thực chất, tránh chạy theo số lượng.

{% if chua_dat %}
{% set ds = [] %}
{% for cs in chua_dat %}
{% set ds = ds + [cs.ten ~ " (đạt " ~ ket_qua_chu(cs, none, nam) ~ ", chỉ tiêu " ~ chi_tieu_chu(cs, nam) ~ ")"] %}
{% endfor %}
b) Tập trung chỉ đạo các chỉ số năm {{ nam }} chưa đạt chỉ tiêu: {{ ds | noi("; ") }}; các cơ quan, đơn vị, địa phương được giao theo dõi các chỉ số này xác định nguyên nhân và có giải pháp cụ thể ngay từ đầu năm {{ nam_kh }}.
{% else %}
b) Duy trì kết quả năm {{ nam }}, khi các chỉ số có chỉ tiêu đều đạt hoặc vượt chỉ tiêu đề ra; nâng cao chất lượng các mô hình đã được công nhận.
{% endif %}

c) Lồng ghép tiêu chí các mô hình học tập với tiêu chí gia đình văn hóa, khu dân cư văn hóa và phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.

## Xây dựng mô hình Công dân học tập, nâng cao kỹ năng số cho người dân

a) Tổ chức tập huấn, quán triệt tiêu chí “Công dân học tập” cho cán bộ, hội viên Hội Khuyến học các cấp; hướng dẫn việc tự đánh giá, đánh giá, công nhận danh hiệu “Công dân học tập”.

b) Bồi dưỡng kỹ năng số, năng lực thông tin cho cán bộ, công chức, viên chức, người lao động và người dân; khuyến khích học tập trực tuyến, khai thác học liệu mở.

## Nâng cao hiệu quả hoạt động của các trung tâm học tập cộng đồng

a) Tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao tiến bộ khoa học kỹ thuật gắn với nhu cầu của người dân và phát triển kinh tế - xã hội của địa phương.

b) Bồi dưỡng cán bộ quản lý trung tâm học tập cộng đồng; từng bước ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động của trung tâm.

## Đẩy mạnh chuyển đổi số trong các hoạt động học tập suốt đời

a) Phát triển các nền tảng, tài nguyên học tập số dùng chung; đưa dịch vụ của thư viện, bảo tàng, thiết chế văn hóa phục vụ học tập suốt đời lên môi trường số.

b) Ứng dụng công nghệ thông tin trong thống kê, tổng hợp, báo cáo kết quả xây dựng xã hội học tập, bảo đảm số liệu đầy đủ, chính xác, kịp thời.

## Huy động nguồn lực, phát triển phong trào khuyến học, khuyến tài

a) Đẩy mạnh xã hội hóa, huy động sự tham gia của các tổ chức, doanh nghiệp và cá nhân trong xây dựng xã hội học tập; phát triển quỹ khuyến học, khuyến tài.

b) Tạo điều kiện cho người lao động, người yếu thế được học tập, học nghề, nâng cao trình độ.

## Kiểm tra, giám sát, đánh giá và khen thưởng

a) Định kỳ kiểm tra, giám sát việc thực hiện Kế hoạch ở các cơ quan, đơn vị, địa phương; thực hiện nghiêm chế độ báo cáo theo thời hạn tại mục V.

b) Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong xây dựng xã hội học tập.

{% if nv_ds %}
Danh mục {{ nv_ds | do_dai }} nhiệm vụ trọng tâm năm {{ nam_kh }}, đơn vị chủ trì, đơn vị phối hợp, thời gian thực hiện và sản phẩm tại Phụ lục kèm theo Kế hoạch này.

{% endif %}
# Kinh phí thực hiện

1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành, lồng ghép trong kinh phí thực hiện các chương trình, đề án có liên quan. Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị, địa phương xây dựng dự toán kinh phí thực hiện, tổng hợp chung trong dự toán ngân sách trình cấp có thẩm quyền phê duyệt.

2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp, cá nhân và các nguồn hợp pháp khác theo quy định của pháp luật.

# Tổ chức thực hiện

{% if dau_moi != co_quan_ban_hanh %}
## {{ dau_moi }}

- Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch; hướng dẫn, kiểm tra, đôn đốc việc thực hiện các nhiệm vụ, chỉ tiêu được giao.
{% call viec_giao(dau_moi) %}
{% if lich_xa != none or lich_cq != none %}
- Tổng hợp kết quả thực hiện của {{ "Ủy ban nhân dân các xã, phường" if lich_xa != none else "" }}{{ " và của " if lich_xa != none and lich_cq != none else "" }}{{ (cac_co_quan if co_bien("cac_co_quan") and cac_co_quan else "các cơ quan được giao nhiệm vụ") if lich_cq != none else "" }}, báo cáo {{ co_quan_ban_hanh }}.
{% endif %}
{% for lich in lich_khac %}
- Tham mưu {{ co_quan_ban_hanh }} gửi {{ lich.noi_dung | giua_cau }} về {{ lich.den }} trước ngày {{ lich.ngay | ngay_so }}.
{% endfor %}
- Tham mưu tổ chức sơ kết, tổng kết và khen thưởng các tập thể, cá nhân tiêu biểu.

{% endif %}
{% if cq_ds %}
{% for cq in cq_ds %}
## {{ "Đề nghị " if cq.loai == "mat-tran" or cq.loai == "doan-the" else "" }}{{ cq.ten }}

{% call viec_giao(cq.ten) %}
{% call chi_tieu_giao(cq) %}
{% if lich_cq != none %}
- Báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao về {{ lich_cq.den }} trước ngày {{ lich_cq.ngay | ngay_so }}.
{% else %}
- Định kỳ báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao về {{ dau_moi }}.
{% endif %}

{% endfor %}
{% else %}
{% set ten_ds = [] %}
{% for nv in nv_ds %}
{% if nv.chu_tri != none and nv.chu_tri != dau_moi and nv.chu_tri not in ten_ds %}
{% set ten_ds = ten_ds + [nv.chu_tri] %}
{% endif %}
{% endfor %}
{% for ten in ten_ds %}
## {{ ten }}

{% call viec_giao(ten) %}
- Định kỳ báo cáo kết quả thực hiện các nhiệm vụ được giao về {{ dau_moi }}.

{% endfor %}
{% if not ten_ds %}
## Các sở, ban, ngành, đoàn thể

Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch của cơ quan, đơn vị mình để triển khai thực hiện; định kỳ báo cáo kết quả về {{ dau_moi }}.

{% endif %}
{% endif %}
## Ủy ban nhân dân các xã, phường

- Xây dựng kế hoạch xây dựng xã hội học tập năm {{ nam_kh }} của địa phương; kiện toàn bộ phận chỉ đạo xây dựng xã hội học tập; bố trí kinh phí và huy động các nguồn lực hợp pháp để thực hiện.
- Chỉ đạo trung tâm học tập cộng đồng, Hội Khuyến học và các thôn, tổ dân phố tổ chức đánh giá, công nhận các mô hình học tập theo tiêu chí.
{% call viec_giao("Ủy ban nhân dân các xã, phường") %}
{% if lich_xa != none %}
- Trước ngày {{ lich_xa.ngay | ngay_so }}, báo cáo kết quả xây dựng xã hội học tập năm {{ nam_kh }} về {{ lich_xa.den }} để tổng hợp.
{% elif han != none %}
- Trước ngày {{ ngay(nam_kh, han.thang, han.ngay) | ngay_so }}, báo cáo kết quả xây dựng xã hội học tập năm {{ nam_kh }} về {{ dau_moi }} để tổng hợp, báo cáo Ủy ban nhân dân {{ cap }}.
{% else %}
- Định kỳ báo cáo kết quả xây dựng xã hội học tập năm {{ nam_kh }} về {{ dau_moi }} để tổng hợp.
{% endif %}

{% if lich_xa != none or lich_cq != none or lich_khac %}
## Chế độ báo cáo

{% if lich_xa != none %}
- Trước ngày {{ lich_xa.ngay | ngay_so }}, Ủy ban nhân dân các xã, phường báo cáo kết quả năm {{ nam_kh }} về {{ lich_xa.den }}.
{% endif %}
{% for lich in lich_khac %}
- Trước ngày {{ lich.ngay | ngay_so }}, {{ co_quan_ban_hanh }} gửi {{ lich.noi_dung | giua_cau }} về {{ lich.den }}.
{% endfor %}
{% if lich_cq != none %}
- Trước ngày {{ lich_cq.ngay | ngay_so }}, {{ cac_co_quan if co_bien("cac_co_quan") and cac_co_quan else "các cơ quan được giao nhiệm vụ" }} báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao về {{ lich_cq.den }} để tổng hợp, báo cáo {{ co_quan_ban_hanh }}.
{% endif %}

{% endif %}
Trên đây là Kế hoạch xây dựng xã hội học tập năm {{ nam_kh }} {{ dia_ban }}. {{ co_quan_ban_hanh }} yêu cầu các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện nghiêm túc, hiệu quả. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {{ dau_moi }} để {{ "tổng hợp, báo cáo " ~ co_quan_ban_hanh ~ " xem xét, chỉ đạo" if dau_moi != co_quan_ban_hanh else "được hướng dẫn" }}./.

{% if nv_ds %}
@phu_luc ngang
@tieu_de Phụ lục
@tieu_de DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM {{ nam_kh }}
@tieu_de (Kèm theo Kế hoạch số {{ so_van_ban }}/KH-{{ ky_hieu_co_quan }} ngày {{ ngay | ngay_so }} của {{ co_quan_ban_hanh }})
@bang nhiem-vu
@do_rong tu_dong
| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Sản phẩm |
|:-:|---|---|---|:-:|---|
{% for nv in nv_ds %}
| {{ loop.index }} | {{ nv.noi_dung }} | {{ nv.chu_tri | mac_dinh("-") }} | {{ nv.phoi_hop | mac_dinh("-") }} | {{ (nv.thoi_gian | thay("{nam}", nam_kh ~ "")) if nv.thoi_gian != none else "Năm " ~ nam_kh }} | {{ nv.san_pham | mac_dinh("-") }} |
{% endfor %}
{% endif %}
