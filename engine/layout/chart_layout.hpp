// Charts: a vector bar chart of rates against a target.
#pragma once

#include "engine/document/document.hpp"
#include "engine/layout/flow.hpp"

namespace baocao::layout {

void layout_chart(Flow& flow, const doc::Chart& chart);

}  // namespace baocao::layout
