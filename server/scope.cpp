#include "server/scope.hpp"

#include "engine/cycle/inputs.hpp"
#include "server/store_pool.hpp"

namespace baocao::server {

namespace {
constexpr auto kFresh = std::chrono::seconds(60);
}

const Unit* UnitSnapshot::unit(const std::string& code) const {
  if (!hierarchy) return nullptr;
  const Unit* u = hierarchy->find(code, today);
  return u ? u : hierarchy->latest(code);
}

std::string UnitSnapshot::name(const std::string& code) const {
  const Unit* u = unit(code);
  return u ? u->name : code;
}

bool UnitSnapshot::within(const std::string& code, const std::string& ancestor) const {
  const Unit* u = unit(code);
  // Bounded: the hierarchy refuses cycles, and no chain is this long.
  for (int depth = 0; u && depth < 64; ++depth) {
    if (u->code == ancestor) return true;
    u = u->parent.empty() ? nullptr : unit(u->parent);
  }
  return false;
}

std::shared_ptr<const UnitSnapshot> UnitDirectory::get(StorePool& pool, const CivilDate& today) {
  {
    std::lock_guard<std::mutex> lock(m_);
    if (snapshot_ && snapshot_->today == today && std::chrono::steady_clock::now() - loaded_ < kFresh)
      return snapshot_;
  }
  auto s = std::make_shared<UnitSnapshot>();
  s->today = today;
  {
    auto lease = pool.acquire();
    s->hierarchy = std::make_unique<model::Hierarchy>(cycle::units_for_cycle(lease.store(), today.year));
  }
  std::lock_guard<std::mutex> lock(m_);
  snapshot_ = s;
  loaded_ = std::chrono::steady_clock::now();
  return s;
}

void UnitDirectory::invalidate() {
  std::lock_guard<std::mutex> lock(m_);
  snapshot_.reset();
}

bool sees(const UnitSnapshot& units, const store::Account& a, const std::string& unit) {
  if (a.role == "consolidator") return units.within(unit, a.unit_code);
  if (a.role == "clerk" || a.role == "leader") return unit == a.unit_code && units.unit(unit) != nullptr;
  return false;
}

bool may(const store::Account& a, Capability what) {
  switch (what) {
    case Capability::submit: return a.role == "clerk" || a.role == "consolidator";
    case Capability::consolidate: return a.role == "consolidator";
    case Capability::documents: return a.role == "consolidator" || a.role == "leader";
    case Capability::sign: return a.role == "leader";
  }
  return false;
}

}  // namespace baocao::server
