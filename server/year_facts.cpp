#include "server/year_facts.hpp"

#include "engine/core/civil_date.hpp"
#include "engine/cycle/reference_data.hpp"

namespace baocao::server {

std::vector<Submission> YearFacts::receipts_of(const std::vector<const Unit*>& units) const {
  std::vector<Submission> out;
  for (const Unit* u : units) {
    auto it = receipts.find(u->code);
    if (it != receipts.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  return out;
}

std::shared_ptr<const YearFacts> YearFactsCache::get(store::Store& store, store::PortalStore& portal, int year,
                                                     const std::filesystem::path& plan,
                                                     const std::filesystem::path& store_dir) {
  const std::string version = portal.data_version();
  {
    // One thread reads a year's facts; pages asking meanwhile wait for them
    // (fifty readers at once would otherwise read the store fifty times).
    std::unique_lock<std::mutex> lock(m_);
    for (;;) {
      auto it = years_.find(year);
      if (it != years_.end() && it->second->version == version) return it->second;
      auto b = building_.find(year);
      if (b == building_.end()) break;
      built_.wait(lock);
    }
    building_[year] = version;
  }
  struct Done {
    YearFactsCache& c;
    int year;
    ~Done() {
      std::lock_guard<std::mutex> lock(c.m_);
      c.building_.erase(year);
      c.built_.notify_all();
    }
  } done{*this, year};
  auto f = std::make_shared<YearFacts>();
  f->year = year;
  f->version = version;
  f->catalogue = &cycle::store_catalogue(store);
  try {
    f->plan = cycle::find_plan(store, year, plan, store_dir);
    f->deadlines = model::deadlines_in(f->plan->plan, year);
  } catch (const Error& e) {
    f->plan_error = e;
  }
  for (int y : {year, year - 1}) {
    std::unordered_map<std::string, std::string> first;
    for (const auto& s : store.submissions(y, true)) {
      auto [it, fresh] = first.emplace(s.unit_code, s.imported_at);
      if (!fresh && s.imported_at < it->second) it->second = s.imported_at;
    }
    for (const auto& [code, at] : first) f->receipts[code].push_back({code, y, vietnam_date_of(at), "", ""});
  }
  for (const Record& r : store.figures(year)) f->figures[r.unit_code][r.indicator] = {r.numerator, r.denominator};
  std::lock_guard<std::mutex> lock(m_);
  years_[year] = f;
  return f;
}

}  // namespace baocao::server
