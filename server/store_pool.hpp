// Connections to the store, shared by the server's threads and its job
// runner. A Poco::Data session serves one thread at a time, so each request
// borrows a connection (the Store and the portal's tables on it) for its
// duration; at most `capacity` exist, and a borrower waits when all are out.
// A connection that was in use while an exception left the borrower's scope
// is closed rather than returned: it may be in a failed transaction.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "engine/store/portal_store.hpp"
#include "engine/store/store.hpp"

namespace baocao::server {

struct Connection {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<store::PortalStore> portal;  // on the same connection
};

class StorePool {
 public:
  using Open = std::function<std::unique_ptr<store::Store>()>;
  StorePool(Open open, std::size_t capacity);

  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<Connection> c);
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    store::Store& store() { return *c_->store; }
    store::PortalStore& portal() { return *c_->portal; }

   private:
    StorePool* pool_;
    std::unique_ptr<Connection> c_;
    int exceptions_;
  };

  // Blocks while every connection is out; opens a new one when under
  // capacity (Error(output) when the store cannot be opened).
  Lease acquire();

 private:
  void give_back(std::unique_ptr<Connection> c, bool healthy);

  Open open_;
  std::size_t capacity_, open_count_ = 0;
  std::mutex m_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace baocao::server
