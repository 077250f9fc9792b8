#!/usr/bin/env python3
"""Builds samples/ninh-binh/du-lieu-2025.json, the data file of `baocao render --data`,
from the sample CSVs: the 2025 figures as they are, 2024 figures a little lower
(made up, deterministic, so templates can show the change), the roadmap targets,
a deadline and who submitted when (three communes have not reported, four were late).
Every figure is made up, like the CSVs it starts from."""
import csv, json, os

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ninh-binh")
rows = list(csv.DictReader(open(os.path.join(here, "so-lieu-xa-2025.csv"), encoding="utf-8")))
ids = [c[:-4] for c in rows[0] if c.endswith("_dat")]
missing = {rows[i]["ma_don_vi"] for i in (7, 23, 41)}
late = {rows[i]["ma_don_vi"]: d for i, d in ((3, "2025-12-11"), (18, "2025-12-12"), (30, "2025-12-11"), (52, "2025-12-12"))}

# What each proper name is ("người", "sự kiện", "số"), from the sample's units list.
ten_theo = {r["ma"]: r["ten_theo"] for r in csv.DictReader(open(os.path.join(here, "don-vi.csv"), encoding="utf-8"))}

units, figures, submitted = [], [], []
for i, r in enumerate(rows):
    code = r["ma_don_vi"]
    units.append({"ma": code, "ten": r["ten_don_vi"]})
    if ten_theo.get(code):
        units[-1]["ten_theo"] = ten_theo[code]
    y2025 = {k: [int(r[k + "_dat"]), int(r[k + "_tong"])] for k in ids if r[k + "_dat"] != ""}
    # 2024: a few percent fewer recognised, nearly the same totals.
    y2024 = {k: [max(0, n - (n * (3 + (i * 7 + j * 3) % 9)) // 100), t - (t * ((i + j) % 3)) // 100]
             for j, (k, (n, t)) in enumerate(y2025.items())}
    figures.append({"nam": 2024, "don_vi": code, "chi_so": y2024})
    if code not in missing:
        figures.append({"nam": 2025, "don_vi": code, "chi_so": y2025})
        submitted.append({"nam": 2025, "don_vi": code, "ngay": late.get(code, "2025-12-%02d" % (1 + i % 9))})
    submitted.append({"nam": 2024, "don_vi": code, "ngay": "2024-12-%02d" % (1 + i % 9)})

targets = []
for r in csv.DictReader(open(os.path.join(here, "chi-tieu.csv"), encoding="utf-8")):
    targets.append({"nam": int(r["nam"]), "chi_so": r["chi_so"],
                    "chi_tieu": float(r["chi_tieu"]) if r["chi_tieu"].strip() else None})

# The plan the documents cite and its tasks (the Kế hoạch's Phụ lục): the
# sample plan's own, so every document of the sample cites one plan.
plan = json.load(open(os.path.join(here, "ke-hoach-2025.json"), encoding="utf-8"))
shared = json.load(open(os.path.join(here, "bien-2025.json"), encoding="utf-8"))

data = {
    "nam": 2025,
    # The wording of the Báo cáo is the same JSON as `baocao report --info`
    # (bao-cao-2025.json); the other keys serve the Kế hoạch and Công văn.
    "bien": dict(json.load(open(os.path.join(here, "bao-cao-2025.json"), encoding="utf-8")), **{
        "tinh": "Ninh Bình",
        "cap_tinh": "tỉnh",
        "ky_hieu_soan_thao": "GDTX",
        "ky_hieu_co_quan": "SGDĐT",
        "so_van_ban": "125",
        "ke_hoach_can_cu": plan["ten"],
        "van_ban_huong_dan_xa": shared["van_ban_huong_dan_xa"],
        "nhiem_vu": plan["nhiem_vu"],
    }),
    "don_vi": units,
    "so_lieu": figures,
    "chi_tieu": targets,
    "han_nop": {"2024": "2024-12-10", "2025": "2025-12-10"},
    "da_nop": submitted,
}
with open(os.path.join(here, "du-lieu-2025.json"), "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
    f.write("\n")
