#include "engine/document/column_widths.hpp"

#include <algorithm>
#include <numeric>

namespace baocao::doc {

namespace {

double sum(const std::vector<double>& v, std::size_t from, std::size_t to) {
  return std::accumulate(v.begin() + static_cast<long>(from), v.begin() + static_cast<long>(to), 0.0);
}

// The width each column would need for every cell `wanted` picks to get
// what `want` says: single-column cells first, then the columns under a
// spanning cell share what it lacks equally (only the growable ones, when
// there are some).
template <class Wanted, class Want>
std::vector<double> targets(const std::vector<double>& base, const std::vector<bool>& grows,
                            const std::vector<CellNeed>& cells, Wanted wanted, Want want) {
  std::vector<double> t = base;
  for (const CellNeed& c : cells)
    if (c.span == 1 && c.col < t.size() && wanted(c)) t[c.col] = std::max(t[c.col], want(c));
  // Narrow spans before wide ones, so a wide span sees what the narrow gave.
  std::vector<const CellNeed*> spans;
  for (const CellNeed& c : cells)
    if (c.span > 1 && c.col < t.size() && wanted(c)) spans.push_back(&c);
  std::stable_sort(spans.begin(), spans.end(), [](auto* a, auto* b) { return a->span < b->span; });
  for (const CellNeed* c : spans) {
    std::size_t end = std::min(t.size(), c->col + c->span);
    double lack = want(*c) - sum(t, c->col, end);
    if (lack <= 0) continue;
    std::size_t n = 0;
    for (std::size_t k = c->col; k < end; ++k) n += grows[k] ? 1 : 0;
    for (std::size_t k = c->col; k < end; ++k)
      if (n == 0 || grows[k]) t[k] += lack / static_cast<double>(n == 0 ? end - c->col : n);
  }
  return t;
}

}  // namespace

std::vector<double> minimum_column_widths(std::size_t ncols, const std::vector<CellNeed>& cells) {
  return targets(std::vector<double>(ncols, 0), std::vector<bool>(ncols, true), cells,
                 [](const CellNeed&) { return true; }, [](const CellNeed& c) { return c.min; });
}

std::vector<double> resolve_column_widths(std::size_t ncols, const std::vector<double>& hints,
                                          const std::vector<CellNeed>& cells, double available) {
  std::vector<bool> grows(ncols);
  for (std::size_t i = 0; i < ncols; ++i) grows[i] = i >= hints.size() || hints[i] <= 0;
  auto all = [](const CellNeed&) { return true; };
  const std::vector<double> zero(ncols, 0);
  const std::vector<double> floor = targets(zero, grows, cells, all, [](const CellNeed& c) { return c.min; });

  std::vector<double> w(ncols);
  for (std::size_t i = 0; i < ncols; ++i) w[i] = grows[i] ? floor[i] : std::max(hints[i], floor[i]);

  double room = available - sum(w, 0, ncols);
  auto grow_to = [&](const std::vector<double>& t) {
    if (room <= 0) return;
    std::vector<double> lack(ncols, 0);
    for (std::size_t i = 0; i < ncols; ++i)
      if (grows[i]) lack[i] = std::max(0.0, t[i] - w[i]);
    double total = sum(lack, 0, ncols);
    if (total <= 0) return;
    double share = std::min(1.0, room / total);
    for (std::size_t i = 0; i < ncols; ++i) w[i] += lack[i] * share;
    room -= total * share;
  };
  auto header = [](const CellNeed& c) { return c.header; };
  auto body = [](const CellNeed& c) { return !c.header; };
  grow_to(targets(w, grows, cells, header, [](const CellNeed& c) { return c.three_lines; }));
  grow_to(targets(w, grows, cells, body, [](const CellNeed& c) { return c.max; }));
  grow_to(targets(w, grows, cells, header, [](const CellNeed& c) { return c.two_lines; }));
  grow_to(targets(w, grows, cells, header, [](const CellNeed& c) { return c.max; }));
  if (room > 0) {  // fill the width: every auto column in proportion
    double grown = 0;
    for (std::size_t i = 0; i < ncols; ++i) grown += grows[i] ? w[i] : 0;
    if (grown > 0)
      for (std::size_t i = 0; i < ncols; ++i)
        if (grows[i]) w[i] += room * w[i] / grown;
  }

  double over = sum(w, 0, ncols) - available;
  if (over > 0) {  // given widths narrow first, toward their content's minimum
    double slack = 0;
    for (std::size_t i = 0; i < ncols; ++i) slack += grows[i] ? 0 : w[i] - floor[i];
    if (slack > 0) {
      double share = std::min(1.0, over / slack);
      for (std::size_t i = 0; i < ncols; ++i)
        if (!grows[i]) w[i] -= (w[i] - floor[i]) * share;
    }
    double total = sum(w, 0, ncols);
    if (total > available && total > 0)  // still too wide: words will stick out; keep the proportions
      for (double& x : w) x *= available / total;
  }
  return w;
}

}  // namespace baocao::doc
