// Who may act for which unit, decided on the server for every request
// whatever the URL or the form says: a clerk for their own unit, a
// consolidator for their unit and every unit under it (model::Hierarchy), a
// leader for their own unit's documents. A unit outside the account's
// scope is answered 404, as if it did not exist.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>

#include "engine/core/civil_date.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/store/portal_store.hpp"

namespace baocao::server {

class StorePool;

// What a page does for a unit.
enum class Capability {
  submit,       // the unit's form, uploads, history: clerk, consolidator
  consolidate,  // deadlines of the units under it, runs, zips: consolidator
  documents,    // read the unit's documents: consolidator, leader
  sign,         // upload the signed copies of the unit's documents: leader
};

// The units as the store has them around `today` (this year's and last
// year's), kept for a minute: scope decisions and names on every request
// must not read 3,000 units each time.
struct UnitSnapshot {
  CivilDate today;
  std::unique_ptr<model::Hierarchy> hierarchy;
  // The unit `code` as of today, else its latest version; nullptr if unknown.
  const Unit* unit(const std::string& code) const;
  std::string name(const std::string& code) const;
  // Whether `code` is `ancestor` or under it.
  bool within(const std::string& code, const std::string& ancestor) const;
};

class UnitDirectory {
 public:
  std::shared_ptr<const UnitSnapshot> get(StorePool& pool, const CivilDate& today);
  void invalidate();

 private:
  std::mutex m_;
  std::shared_ptr<const UnitSnapshot> snapshot_;
  std::chrono::steady_clock::time_point loaded_;
};

// Whether `account` sees `unit` at all (else 404), and whether it may do
// `what` there (else 403).
bool sees(const UnitSnapshot& units, const store::Account& account, const std::string& unit);
bool may(const store::Account& account, Capability what);

}  // namespace baocao::server
