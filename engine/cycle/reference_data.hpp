// What every store holds from its first use: the indicator catalogue and,
// until an office imports its own, the 2025 list of administrative units
// shipped with the program, so unit codes can be checked from the start.
#pragma once

#include "engine/store/store.hpp"

namespace baocao::cycle {

void ensure_reference_data(store::Store& store);

}  // namespace baocao::cycle
