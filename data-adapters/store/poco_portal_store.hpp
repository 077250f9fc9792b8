// The portal's tables (migration 008) over the same Poco::Data connection
// as a PocoStore, SQLite or PostgreSQL alike.
#pragma once

#include <memory>

#include "engine/store/portal_store.hpp"
#include "engine/store/store.hpp"

namespace baocao::store {

// The portal tables of `store`'s database, on its connection: use both
// from one thread at a time, and keep `store` alive longer. Throws
// Error(internal) when `store` is not one of data-adapters' stores.
std::unique_ptr<PortalStore> portal_store_of(Store& store);

}  // namespace baocao::store
