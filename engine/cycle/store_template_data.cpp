// Builds a DatasetTemplateData from the store, so the store and the files give
// a template exactly the same answers.
#include "engine/cycle/store_template_data.hpp"

#include "engine/cycle/reference_data.hpp"

namespace baocao::cycle {

std::vector<Submission> store_receipts(store::Store& s, int year) {
  std::map<std::string, std::string> first;
  for (const auto& sub : s.submissions(year, true)) {
    auto [it, fresh] = first.emplace(sub.unit_code, sub.imported_at);
    if (!fresh && sub.imported_at < it->second) it->second = sub.imported_at;
  }
  std::vector<Submission> out;
  for (const auto& [code, at] : first) out.push_back({code, year, vietnam_date_of(at), "", ""});
  return out;
}

std::unique_ptr<tmpl::TemplateData> template_data_from_store(store::Store& s, const StoreDataRequest& req) {
  Dataset data;
  data.period = req.year;
  for (int y : {req.year, req.year - 1})
    for (Record& r : s.figures(y)) data.records.push_back(std::move(r));
  // Every year's targets: a Kế hoạch's roadmap runs to the plan's last year.
  data.targets = s.all_targets();
  std::vector<tmpl::SubmissionRecord> subs = req.received;
  if (subs.empty())
    for (int y : {req.year, req.year - 1})
      for (const Submission& r : store_receipts(s, y)) subs.push_back({r.unit_code, r.period, r.received});
  return std::make_unique<tmpl::DatasetTemplateData>(std::move(data), req.units, req.deadlines,
                                                     std::move(subs), store_catalogue(s));
}

}  // namespace baocao::cycle
