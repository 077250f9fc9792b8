// The page being filled: cursor, content box, page breaks. Shared by the
// block, table and ND30 layouts so each knows only its own block.
#pragma once

#include "engine/fonts/font_set.hpp"
#include "engine/layout/page.hpp"
#include "engine/layout/page_setup.hpp"

namespace baocao::layout {

class Flow {
 public:
  Flow(const fonts::FontSet& fonts, const PageSetup& setup, std::vector<Page>& pages);

  // Starts a new page in the given orientation and moves the cursor to the top.
  void new_page(bool landscape);
  // Breaks the page unless `height` points still fit below the cursor.
  void ensure(double height);

  Page& page() { return pages_.back(); }
  std::size_t page_index() const { return pages_.size() - 1; }
  const Page& page_at(std::size_t i) const { return pages_[i]; }

  // A point to come back to: layout that finds it has left a heading alone at
  // the bottom of a page rewinds to before it and starts a new page instead.
  struct Mark {
    std::size_t pages = 0, texts = 0, rules = 0, boxes = 0, table_parts = 0;
    double y = 0;
    bool landscape = false;
    double left = 0, width = 0, top = 0, bottom = 0;
  };
  Mark mark() const;
  // Drops everything placed since `m` was taken.
  void rewind(const Mark& m);
  double left() const { return left_; }
  double width() const { return width_; }
  double top() const { return top_; }
  double bottom() const { return bottom_; }
  double remaining() const { return bottom_ - y; }
  bool at_top() const { return y <= top_ + 0.01; }
  bool landscape() const { return landscape_; }

  const fonts::FontSet& fonts;
  const PageSetup& setup;
  double y = 0;  // top of the next line, points from the page's top edge

 private:
  std::vector<Page>& pages_;
  bool landscape_ = false;
  double left_ = 0, width_ = 0, top_ = 0, bottom_ = 0;
};

}  // namespace baocao::layout
