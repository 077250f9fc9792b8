// Point lookup in a sheet's merged ranges in O(log² n), built once after a
// sheet is read. A linear scan per cell made reading a sheet with many merges
// quadratic (a hostile file with 100,000 merges, each cell of the form asked
// about all of them). Overlapping merges, which Excel never writes but a
// hand-made file may hold, keep the reader's meaning: the first range in file
// order that contains the cell wins.
#pragma once

#include <cstdint>
#include <vector>

namespace baocao::xlsx {

struct Range;

class MergeIndex {
 public:
  MergeIndex() = default;
  explicit MergeIndex(const std::vector<Range>& ranges);

  // Index (into the ranges given) of the first range containing (row, col), or -1.
  std::int64_t find(int row, int col) const;
  std::size_t size() const { return count_; }

 private:
  // From column `from` up to the next piece's `from`, the first range (in
  // file order) covering that column among those stored at one tree node, or -1.
  struct Piece {
    std::int64_t from;
    std::int64_t range;
  };
  // Segment tree over the elementary row spans between consecutive `rows_`
  // breakpoints; a range is stored at the O(log n) nodes that tile its rows.
  // Rows as 64-bit: a hostile ref like A2147483647 must not overflow at +1.
  std::vector<std::int64_t> rows_;
  // Node n's pieces are pieces_[offsets_[n] .. offsets_[n + 1]).
  std::vector<std::uint32_t> offsets_;
  std::vector<Piece> pieces_;
  std::size_t leaves_ = 0;
  std::size_t count_ = 0;
};

}  // namespace baocao::xlsx
