#include "engine/model/bodies.hpp"

#include <algorithm>

#include "engine/model/levels.hpp"
#include "engine/text/fold.hpp"

namespace baocao::model {

const std::vector<BodyKind>& body_kinds() {
  // Groups as the reference plans address them: "các sở, ban, ngành",
  // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã
  // hội" (since 2025 under the Mặt trận, still reporting on their own), "các hội".
  static const std::vector<BodyKind> kinds = {
      {"so", "sở"},
      {"ban", "ban"},
      {"nganh", "ngành"},
      {"mat-tran", "Mặt trận Tổ quốc"},
      {"doan-the", "tổ chức chính trị - xã hội"},
      {"hoi", "hội"},
  };
  return kinds;
}

std::string body_kind_key(std::string_view word) {
  std::string raw(word);
  std::replace(raw.begin(), raw.end(), '-', ' ');
  std::replace(raw.begin(), raw.end(), '_', ' ');
  const std::string w = text::fold_for_match(raw);  // spaces collapsed
  if (w == "so") return "so";
  if (w == "ban") return "ban";
  if (w == "nganh") return "nganh";
  if (w == "mat tran" || w == "mat tran to quoc" || w == "mttq") return "mat-tran";
  if (w == "doan the" || w == "to chuc chinh tri xa hoi") return "doan-the";
  if (w == "hoi") return "hoi";
  return {};
}

std::string body_kind_list() {
  std::string out;
  for (const BodyKind& k : body_kinds()) out += (out.empty() ? "" : ", ") + std::string(k.key);
  return out;
}

Unit body_unit(const ReportingBody& body) {
  Unit u;
  u.code = body.code;
  u.name = body.name;
  u.level = std::string(kBodiesTier);
  u.kind = body.kind;
  u.parent = body.unit_code;
  u.source = body.source;
  return u;
}

std::vector<Unit> body_units(const std::vector<ReportingBody>& bodies, const std::vector<Unit>& units) {
  std::vector<Unit> out;
  for (const ReportingBody& b : bodies)
    if (std::any_of(units.begin(), units.end(), [&](const Unit& u) { return u.code == b.unit_code; }))
      out.push_back(body_unit(b));
  return out;
}

std::optional<std::string> task_status(std::string_view word) {
  const std::string w = text::fold_for_match(word);
  if (w == "hoan thanh" || w == "da hoan thanh") return std::string(kTaskDone);
  if (w == "dang thuc hien" || w == "dang trien khai") return std::string(kTaskInProgress);
  if (w == "chua thuc hien" || w == "chua trien khai" || w == "chua hoan thanh") return std::string(kTaskNotStarted);
  return std::nullopt;
}

const BodyAssignment* assignment_of(const PlanData& plan, std::string_view body) {
  for (const BodyAssignment& a : plan.assignments)
    if (a.body == body) return &a;
  return nullptr;
}

const PlanTask* task_of(const PlanData& plan, std::string_view id) {
  for (const PlanTask& t : plan.tasks)
    if (t.id == id) return &t;
  return nullptr;
}

}  // namespace baocao::model
