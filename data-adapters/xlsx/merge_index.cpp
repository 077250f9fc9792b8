// Segment tree over rows with, at each node, the columns cut into pieces that
// name the first covering range: see merge_index.hpp for why.
#include "data-adapters/xlsx/merge_index.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "data-adapters/xlsx/xlsx_reader.hpp"

namespace baocao::xlsx {

namespace {

// Adds range `id`, covering elementary row spans [lo, hi), to the nodes that tile it.
void insert(std::vector<std::vector<std::int64_t>>& lists, std::size_t node, std::size_t node_lo,
            std::size_t node_hi, std::size_t lo, std::size_t hi, std::int64_t id) {
  if (hi <= node_lo || node_hi <= lo) return;
  if (lo <= node_lo && node_hi <= hi) {
    lists[node].push_back(id);
    return;
  }
  std::size_t mid = node_lo + (node_hi - node_lo) / 2;
  insert(lists, 2 * node, node_lo, mid, lo, hi, id);
  insert(lists, 2 * node + 1, mid, node_hi, lo, hi, id);
}

}  // namespace

MergeIndex::MergeIndex(const std::vector<Range>& ranges) : count_(ranges.size()) {
  for (const Range& r : ranges) {
    if (r.first_row > r.last_row || r.first_col > r.last_col) continue;
    rows_.push_back(r.first_row);
    rows_.push_back(std::int64_t{r.last_row} + 1);
  }
  std::sort(rows_.begin(), rows_.end());
  rows_.erase(std::unique(rows_.begin(), rows_.end()), rows_.end());
  if (rows_.size() < 2) return;
  leaves_ = rows_.size() - 1;
  std::vector<std::vector<std::int64_t>> lists(4 * leaves_);
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    const Range& r = ranges[i];
    if (r.first_row > r.last_row || r.first_col > r.last_col) continue;
    auto lo =
        static_cast<std::size_t>(std::lower_bound(rows_.begin(), rows_.end(), r.first_row) - rows_.begin());
    auto hi = static_cast<std::size_t>(
        std::lower_bound(rows_.begin(), rows_.end(), std::int64_t{r.last_row} + 1) - rows_.begin());
    insert(lists, 1, 0, leaves_, lo, hi, static_cast<std::int64_t>(i));
  }
  offsets_.assign(lists.size() + 1, 0);
  for (std::size_t n = 0; n < lists.size(); ++n) {
    offsets_[n] = static_cast<std::uint32_t>(pieces_.size());
    if (lists[n].empty()) continue;
    // Sweep the columns: at each start or end, the first range still open.
    std::vector<std::pair<std::int64_t, std::int64_t>> events;  // (column, +id+1 opens / -(id+1) closes)
    for (std::int64_t id : lists[n]) {
      const Range& r = ranges[static_cast<std::size_t>(id)];
      events.emplace_back(r.first_col, id + 1);
      events.emplace_back(std::int64_t{r.last_col} + 1, -(id + 1));
    }
    std::sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::multiset<std::int64_t> open;
    std::size_t start = pieces_.size();
    for (std::size_t e = 0; e < events.size();) {
      std::int64_t col = events[e].first;
      for (; e < events.size() && events[e].first == col; ++e) {
        if (events[e].second > 0)
          open.insert(events[e].second - 1);
        else
          open.erase(open.find(-events[e].second - 1));
      }
      std::int64_t first = open.empty() ? -1 : *open.begin();
      if (pieces_.size() == start || pieces_.back().range != first) pieces_.push_back({col, first});
    }
    std::vector<std::int64_t>().swap(lists[n]);
  }
  offsets_[lists.size()] = static_cast<std::uint32_t>(pieces_.size());
}

std::int64_t MergeIndex::find(int row, int col) const {
  if (leaves_ == 0 || row < rows_.front() || row >= rows_.back()) return -1;
  auto leaf = static_cast<std::size_t>(std::upper_bound(rows_.begin(), rows_.end(), row) - rows_.begin()) - 1;
  std::int64_t best = -1;
  std::size_t node = 1, lo = 0, hi = leaves_;
  while (true) {
    auto first = pieces_.begin() + offsets_[node], last = pieces_.begin() + offsets_[node + 1];
    auto it = std::upper_bound(first, last, std::int64_t{col},
                               [](std::int64_t c, const Piece& p) { return c < p.from; });
    if (it != first) {
      std::int64_t id = std::prev(it)->range;
      if (id >= 0 && (best < 0 || id < best)) best = id;
    }
    if (hi - lo == 1) break;
    std::size_t mid = lo + (hi - lo) / 2;
    if (leaf < mid) {
      node = 2 * node;
      hi = mid;
    } else {
      node = 2 * node + 1;
      lo = mid;
    }
  }
  return best;
}

}  // namespace baocao::xlsx
