// The import's rows into SQLite through its C API, on the connection Poco
// opened (so inside the same transaction): two compiled INSERTs stepped
// once per row. Poco's binding layer (a copy of every value into bound
// vectors, an extraction pass per step) took as long as SQLite's own work
// on a 100,000-unit file (BENCHMARKS.md, workload 4).
#pragma once

#include <memory>
#include <string>

#include "data-adapters/store/poco_store.hpp"

struct sqlite3;

namespace baocao::store {

// `db` must outlive the writer; `label` names the store in messages.
std::unique_ptr<SubmissionWriter> make_sqlite_writer(sqlite3* db, const FileSubmission& file,
                                                     const std::string& label);

}  // namespace baocao::store
