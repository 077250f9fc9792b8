// Reads `baocao render --data FILE.json`: the units, their figures by year,
// the plan's targets, deadlines and submissions, and the template's
// variables. Shape (documented in templates/GRAMMAR.md, "Dữ liệu"):
//
//   { "nam": 2025,                                   reporting year (variable `nam`)
//     "bien": { "co_quan_ban_hanh": "...", ... },    any variables for the template
//     "don_vi": [ {"ma": "13285", "ten": "Phường Phủ Lý"} ],
//     "so_lieu": [ {"nam": 2025, "don_vi": "13285",
//                   "chi_so": {"gia_dinh_hoc_tap": [6026, 7069]}} ],   [đạt, tổng]
//     "chi_tieu": [ {"nam": 2025, "chi_so": "gia_dinh_hoc_tap", "chi_tieu": 70} ],  null = no target
//     "han_nop": { "2025": "2025-12-10" },           deadline for units, by year
//     "da_nop": [ {"nam": 2025, "don_vi": "13285", "ngay": "2025-12-08"} ] }
//
// Every string passes the NFC gate. Problems are collected and thrown
// together (Error input for bad JSON, data for bad figures).
#pragma once

#include <memory>
#include <string>

#include "engine/template/template_data.hpp"
#include "engine/template/value.hpp"

namespace baocao::json {

struct TemplateInputs {
  std::unique_ptr<tmpl::TemplateData> data;
  tmpl::Map variables;
};

TemplateInputs read_template_data_json(const std::string& path);

}  // namespace baocao::json
