// What every store holds from its first use: the indicator catalogue and,
// until an office imports its own, the 2025 list of administrative units
// shipped with the program, so unit codes can be checked from the start.
#pragma once

#include "engine/model/indicator_catalogue.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

void ensure_reference_data(store::Store& store);

// The catalogue a job on `store` works with: the shipped indicators, in
// their order, then those the office added (`import` of a catalogue file).
// Lives as long as the process.
const model::IndicatorCatalogue& store_catalogue(store::Store& store);
model::Indicator indicator_of(const store::IndicatorRow& row);

}  // namespace baocao::cycle
