#include "engine/cycle/bodies_import.hpp"

#include <algorithm>

#include "data-adapters/plan/plan_json.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/model/bodies.hpp"

namespace baocao::cycle {

void import_bodies(store::Store& store, const std::vector<ReportingBody>& bodies, bool dry_run) {
  const std::vector<std::string> codes = store.unit_codes_between("0000-01-01", "9999-12-31");
  std::vector<Diagnostic> problems;
  for (const ReportingBody& b : bodies) {
    if (!std::binary_search(codes.begin(), codes.end(), b.unit_code))
      problems.push_back({MsgId::issuers_unknown_unit, {b.unit_code}, b.unit_source});
    if (std::binary_search(codes.begin(), codes.end(), b.code)) {
      problems.push_back({MsgId::bodies_code_is_unit, {b.code}, b.source});
    }
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  if (!dry_run) store.put_bodies(bodies);
}

void add_body_codes(store::Store& store, std::vector<std::string>& codes,
                    std::vector<std::pair<std::string, std::string>>& names) {
  const std::vector<ReportingBody> bodies = store.bodies();
  if (bodies.empty()) return;
  for (const ReportingBody& b : bodies) {
    codes.push_back(b.code);
    names.emplace_back(b.code, b.name);
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

void check_body_tasks(store::Store& store, int period, const std::string& body,
                      const std::vector<TaskReport>& tasks, std::vector<Diagnostic>& problems) {
  if (tasks.empty()) return;
  std::optional<store::StoredPlan> kept = store.plan_for(period);
  if (!kept) return;
  const PlanData plan = plan::read_plan_json_text(kept->text, kept->source_file, &store_catalogue(store));
  const std::string label = plan.name.empty() ? kept->source_file : plan.name;
  const BodyAssignment* assigned = body.empty() ? nullptr : model::assignment_of(plan, body);
  for (const TaskReport& t : tasks) {
    if (t.task == kDifficultiesTask || t.task == kProposalsTask) continue;
    if (!model::task_of(plan, t.task)) {
      problems.push_back({MsgId::task_unknown, {t.task, label}, t.source});
    } else if (!body.empty() &&
               (!assigned || std::find(assigned->tasks.begin(), assigned->tasks.end(), t.task) == assigned->tasks.end())) {
      problems.push_back({MsgId::task_not_assigned, {t.task, body, label}, t.source});
    }
  }
}

}  // namespace baocao::cycle
