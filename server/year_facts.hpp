// What the store says about a reporting year, read once and shared by every
// page until the store changes (PortalStore::data_version, one cheap query
// per page): the plan and its deadlines, who reported when, and the current
// figures of each unit. A province's deadline page read them all from the
// store on every request (about 150 ms for the whole country's store);
// pages now only compute the states of the units they show.
#pragma once

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/cycle/plan_source.hpp"
#include "engine/model/calendar.hpp"
#include "engine/model/indicator_catalogue.hpp"
#include "engine/model/rates.hpp"
#include "engine/store/portal_store.hpp"
#include "engine/store/store.hpp"

namespace baocao::server {

struct YearFacts {
  int year = 0;
  std::string version;
  std::optional<cycle::PlanSource> plan;  // none: plan_error says why
  std::optional<Error> plan_error;
  // The store's catalogue: the shipped indicators and the office's own.
  const model::IndicatorCatalogue* catalogue = nullptr;
  std::vector<model::DatedDeadline> deadlines;  // of the plan in `year`; they point into `plan`
  // The first receipt of each unit for `year` and the year before (import
  // dates in Vietnam, as the calendar counts them), by unit.
  std::unordered_map<std::string, std::vector<Submission>> receipts;
  // Current figures of `year`: unit -> indicator -> ratio.
  std::unordered_map<std::string, std::map<std::string, model::Ratio>> figures;

  // The receipts of these units, for model::submission_states.
  std::vector<Submission> receipts_of(const std::vector<const Unit*>& units) const;

  // A piece of a page computed from these facts alone (a deadline's table
  // of units), made once under `key` and shared until the store moves on
  // and these facts are replaced. `make` runs without the lock held.
  template <class T, class Make>
  std::shared_ptr<const T> memo(const std::string& key, Make make) const {
    {
      std::lock_guard lock(memo_m_);
      auto it = memo_.find(key);
      if (it != memo_.end()) return std::static_pointer_cast<const T>(it->second);
    }
    std::shared_ptr<const T> made = make();
    std::lock_guard lock(memo_m_);
    if (memo_.size() < kMaxMemo) memo_.emplace(key, made);
    return made;
  }

 private:
  static constexpr std::size_t kMaxMemo = 4096;  // a country's units and deadlines, both languages
  mutable std::mutex memo_m_;
  mutable std::map<std::string, std::shared_ptr<const void>> memo_;
};

class YearFactsCache {
 public:
  // The facts of `year`, read again when the store's version moved.
  std::shared_ptr<const YearFacts> get(store::Store& store, store::PortalStore& portal, int year,
                                       const std::filesystem::path& plan,
                                       const std::filesystem::path& store_dir);

 private:
  std::mutex m_;
  std::condition_variable built_;
  std::map<int, std::shared_ptr<const YearFacts>> years_;
  std::map<int, std::string> building_;  // year -> version being read by one thread; the others wait for it
};

}  // namespace baocao::server
