// Two stages on two cores: a producer thread makes batches while the caller
// consumes the ones before, through a short bounded queue. `baocao import`
// parses and checks a form on the producer while the store writes (each
// stage is about half of a large import). What the producer throws is
// rethrown on the consumer, in its place after the batches made before it,
// so errors never cross a thread boundary unhandled; a consumer that stops
// early (an exception of its own) stops the producer at its next batch.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace baocao::cycle {

template <typename T>
class BatchPipe {
 public:
  // Hands each batch on; false once the consumer has gone (stop producing).
  using Emit = std::function<bool(T&&)>;

  // Starts `produce` on its own thread. Everything it touches must be left
  // to it until the pipe is destroyed or next() has returned false.
  explicit BatchPipe(std::function<void(const Emit&)> produce, std::size_t depth = 2) : depth_(depth) {
    thread_ = std::thread([this, produce = std::move(produce)] {
      try {
        produce([this](T&& batch) { return put(std::move(batch)); });
      } catch (...) {
        std::lock_guard lock(mutex_);
        error_ = std::current_exception();
      }
      std::lock_guard lock(mutex_);
      done_ = true;
      changed_.notify_all();
    });
  }

  ~BatchPipe() {
    {
      std::lock_guard lock(mutex_);
      gone_ = true;
      changed_.notify_all();
    }
    thread_.join();
  }

  BatchPipe(const BatchPipe&) = delete;
  BatchPipe& operator=(const BatchPipe&) = delete;

  // The next batch into `out`; false once the producer has finished. Rethrows
  // the producer's exception after the batches it made before throwing.
  bool next(T& out) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !queue_.empty() || done_; });
    if (queue_.empty()) {
      if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
      return false;
    }
    out = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();
    return true;
  }

 private:
  bool put(T&& batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < depth_ || gone_; });
    if (gone_) return false;
    queue_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }

  std::size_t depth_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<T> queue_;
  std::exception_ptr error_;
  bool done_ = false, gone_ = false;
  std::thread thread_;  // started in the constructor body, once every member exists
};

}  // namespace baocao::cycle
