// A store on a PostgreSQL server (Poco::Data::PostgreSQL), for offices that
// keep their figures in a shared database.
#pragma once

#include <memory>
#include <string>

#include "engine/store/store.hpp"

namespace baocao::store {

// `uri`: libpq connection string or URI, "postgresql://user@host:5432/db".
// Migrates the schema on first use.
std::unique_ptr<Store> open_postgresql_store(const std::string& uri);

// `uri` with any password replaced by "***", for messages.
std::string redact_uri(const std::string& uri);

}  // namespace baocao::store
