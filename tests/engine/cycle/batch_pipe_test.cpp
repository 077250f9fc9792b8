// BatchPipe: batches arrive in order, a producer's error arrives after the
// batches made before it, and a consumer that stops early stops the producer.
#include "engine/cycle/batch_pipe.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace baocao::cycle {
namespace {

using Pipe = BatchPipe<std::vector<int>>;

TEST(BatchPipe, BatchesArriveInOrderThenTheEnd) {
  Pipe pipe([](const Pipe::Emit& emit) {
    for (int i = 0; i < 100; ++i) ASSERT_TRUE(emit({i, i + 1}));
  });
  std::vector<int> batch;
  for (int i = 0; i < 100; ++i) {
    ASSERT_TRUE(pipe.next(batch));
    EXPECT_EQ(batch, (std::vector<int>{i, i + 1}));
  }
  EXPECT_FALSE(pipe.next(batch));
  EXPECT_FALSE(pipe.next(batch)) << "the end stays the end";
}

TEST(BatchPipe, ProducerErrorComesAfterItsBatches) {
  Pipe pipe([](const Pipe::Emit& emit) {
    emit({1});
    emit({2});
    throw std::runtime_error("dòng 7: lỗi");
  });
  std::vector<int> batch;
  ASSERT_TRUE(pipe.next(batch));
  EXPECT_EQ(batch, std::vector<int>{1});
  ASSERT_TRUE(pipe.next(batch));
  EXPECT_EQ(batch, std::vector<int>{2});
  try {
    pipe.next(batch);
    FAIL() << "the producer's error is rethrown";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "dòng 7: lỗi");
  }
}

// The consumer leaves after one batch (the store failed): the producer,
// blocked on a full queue, is told to stop and the pipe's end joins it.
TEST(BatchPipe, ConsumerLeavingEarlyStopsTheProducer) {
  std::atomic<int> made{0};
  std::atomic<bool> told_to_stop{false};
  {
    Pipe pipe(
        [&](const Pipe::Emit& emit) {
          for (int i = 0; i < 1'000'000; ++i) {
            if (!emit({i})) {
              told_to_stop = true;
              return;
            }
            ++made;
          }
        },
        2);
    std::vector<int> batch;
    ASSERT_TRUE(pipe.next(batch));
  }
  EXPECT_TRUE(told_to_stop);
  EXPECT_LE(made.load(), 4) << "the queue holds two batches: the producer waits instead of running on";
}

}  // namespace
}  // namespace baocao::cycle
