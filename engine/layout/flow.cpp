#include "engine/layout/flow.hpp"

namespace baocao::layout {

Flow::Flow(const fonts::FontSet& f, const PageSetup& s, std::vector<Page>& pages)
    : fonts(f), setup(s), pages_(pages) {}

void Flow::new_page(bool landscape) {
  landscape_ = landscape;
  Page p;
  double w = mm_to_pt(setup.width_mm), h = mm_to_pt(setup.height_mm);
  p.width = landscape ? h : w;
  p.height = landscape ? w : h;
  // ND30 margins stay with the binding edge: in landscape the left margin
  // (30-35 mm) moves to the top, as offices print and bind them.
  double t = mm_to_pt(setup.top_mm), b = mm_to_pt(setup.bottom_mm);
  double l = mm_to_pt(setup.left_mm), r = mm_to_pt(setup.right_mm);
  if (landscape) {
    left_ = t;
    width_ = p.width - t - b;
    top_ = l;
    bottom_ = p.height - r;
  } else {
    left_ = l;
    width_ = p.width - l - r;
    top_ = t;
    bottom_ = p.height - b;
  }
  y = top_;
  pages_.push_back(std::move(p));
}

Flow::Mark Flow::mark() const {
  const Page& p = pages_.back();
  return {pages_.size(), p.texts.size(), p.rules.size(), p.boxes.size(), p.table_parts.size(), y,
          landscape_,    left_,          width_,         top_,           bottom_};
}

void Flow::rewind(const Mark& m) {
  pages_.resize(m.pages);
  Page& p = pages_.back();
  p.texts.resize(m.texts);
  p.rules.resize(m.rules);
  p.boxes.resize(m.boxes);
  p.table_parts.resize(m.table_parts);
  y = m.y;
  landscape_ = m.landscape;
  left_ = m.left;
  width_ = m.width;
  top_ = m.top;
  bottom_ = m.bottom;
}

void Flow::ensure(double height) {
  if (y + height > bottom_ + 0.01 && !at_top()) new_page(landscape_);
}

}  // namespace baocao::layout
