// A fixed pool of std::threads draining a list of jobs, for `baocao run`.
// Jobs are independent (each renders its own documents); the first error
// stops the others from starting and is rethrown on the calling thread, so
// errors never cross a thread boundary unhandled.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace baocao::cycle {

// Runs job(i, worker) for i in [0, count) on `threads` workers; `worker` is
// the worker's index, for per-thread state (fonts). Rethrows the first error.
inline void run_pool(std::size_t count, unsigned threads,
                     const std::function<void(std::size_t, unsigned)>& job) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first;
  std::mutex first_mutex;
  auto work = [&](unsigned worker) {
    for (std::size_t i; !failed && (i = next++) < count;) {
      try {
        job(i, worker);
      } catch (...) {
        std::lock_guard lock(first_mutex);
        if (!first) first = std::current_exception();
        failed = true;
      }
    }
  };
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < threads; ++w) pool.emplace_back(work, w);
  work(0);
  for (auto& t : pool) t.join();
  if (first) std::rethrow_exception(first);
}

}  // namespace baocao::cycle
