#include "server/store_pool.hpp"

#include <exception>

#include "data-adapters/store/poco_portal_store.hpp"

namespace baocao::server {

StorePool::StorePool(Open open, std::size_t capacity) : open_(std::move(open)), capacity_(capacity ? capacity : 1) {}

StorePool::Lease::Lease(StorePool& pool, std::unique_ptr<Connection> c)
    : pool_(&pool), c_(std::move(c)), exceptions_(std::uncaught_exceptions()) {}

StorePool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), c_(std::move(other.c_)), exceptions_(other.exceptions_) {}

StorePool::Lease::~Lease() {
  if (c_) pool_->give_back(std::move(c_), std::uncaught_exceptions() == exceptions_);
}

StorePool::Lease StorePool::acquire() {
  std::unique_lock<std::mutex> lock(m_);
  cv_.wait(lock, [&] { return !idle_.empty() || open_count_ < capacity_; });
  if (!idle_.empty()) {
    std::unique_ptr<Connection> c = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(c));
  }
  ++open_count_;
  lock.unlock();
  try {
    auto c = std::make_unique<Connection>();
    c->store = open_();
    c->portal = store::portal_store_of(*c->store);
    return Lease(*this, std::move(c));
  } catch (...) {
    std::lock_guard<std::mutex> again(m_);
    --open_count_;
    cv_.notify_one();
    throw;
  }
}

void StorePool::give_back(std::unique_ptr<Connection> c, bool healthy) {
  std::lock_guard<std::mutex> lock(m_);
  if (healthy)
    idle_.push_back(std::move(c));
  else
    --open_count_;  // closed as `c` goes
  cv_.notify_one();
}

}  // namespace baocao::server
