#include "data-adapters/plan/plan_bodies.hpp"

#include <Poco/JSON/Array.h>

#include <set>

#include "engine/model/indicator_catalogue.hpp"

namespace baocao::plan {

namespace {

std::vector<std::string> strings(const Poco::JSON::Object::Ptr& o, const std::string& key) {
  std::vector<std::string> out;
  if (auto a = o->getArray(key))
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(a->getElement<std::string>(static_cast<unsigned>(i)));
  return out;
}

}  // namespace

void read_plan_bodies(const Poco::JSON::Object::Ptr& o, const model::IndicatorCatalogue* catalogue, PlanData& plan,
                      std::vector<Diagnostic>& problems) {
  const Location file = at_file(plan.source);
  std::set<std::string> task_ids;
  if (auto tasks = o->getArray("nhiem_vu")) {
    for (std::size_t i = 0; i < tasks->size(); ++i) {
      auto t = tasks->getObject(static_cast<unsigned>(i));
      const std::string at = "nhiem_vu[" + std::to_string(i) + "]";
      if (!t) {
        problems.push_back({MsgId::plan_invalid, {at}, file});
        continue;
      }
      PlanTask task;
      task.id = t->optValue<std::string>("ma", "");
      task.name = t->optValue<std::string>("noi_dung", "");
      task.lead = t->optValue<std::string>("chu_tri", "");
      task.partners = t->optValue<std::string>("phoi_hop", "");
      task.time = t->optValue<std::string>("thoi_gian", "");
      task.product = t->optValue<std::string>("san_pham", "");
      if (task.id.empty()) problems.push_back({MsgId::plan_invalid, {at + ": ma"}, file});
      if (task.name.empty()) problems.push_back({MsgId::plan_invalid, {at + ": noi_dung"}, file});
      if (!task.id.empty() && !task_ids.insert(task.id).second)
        problems.push_back({MsgId::plan_duplicate_task, {task.id}, file});
      plan.tasks.push_back(std::move(task));
    }
  }
  std::string known_indicators;
  if (catalogue)
    for (const auto& i : catalogue->all()) known_indicators += (known_indicators.empty() ? "" : ", ") + i.id;
  std::set<std::string> bodies;
  if (auto list = o->getArray("co_quan")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto b = list->getObject(static_cast<unsigned>(i));
      const std::string at = "co_quan[" + std::to_string(i) + "]";
      if (!b) {
        problems.push_back({MsgId::plan_invalid, {at}, file});
        continue;
      }
      BodyAssignment a;
      a.body = b->optValue<std::string>("ma", "");
      a.indicators = strings(b, "chi_so");
      a.tasks = strings(b, "nhiem_vu");
      if (a.body.empty()) {
        problems.push_back({MsgId::plan_invalid, {at + ": ma"}, file});
        continue;
      }
      if (!bodies.insert(a.body).second) problems.push_back({MsgId::plan_duplicate_body, {a.body}, file});
      for (const std::string& id : a.indicators)
        if (catalogue && !catalogue->find(id)) problems.push_back({MsgId::plan_body_unknown_indicator, {a.body, id, known_indicators}, file});
      for (const std::string& id : a.tasks)
        if (!task_ids.count(id)) problems.push_back({MsgId::plan_body_unknown_task, {a.body, id}, file});
      plan.assignments.push_back(std::move(a));
    }
  }
}

}  // namespace baocao::plan
