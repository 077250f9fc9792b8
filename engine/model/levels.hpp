// The tiers of local government and the words lists, plans and names use for
// them. Since 1 July 2025 a province ("tỉnh" or "thành phố" trực thuộc trung
// ương) has communes ("xã", "phường", "đặc khu"); before it, districts
// ("huyện", "quận", "thị xã", "thành phố" thuộc tỉnh) stood between, with
// "thị trấn" among the communes. Every list and plan may name a tier by any
// of these words; the model compares tiers, never words.
#pragma once

#include <string>
#include <string_view>

namespace baocao::model {

inline constexpr std::string_view kProvinceTier = "tinh";
inline constexpr std::string_view kDistrictTier = "huyen";
inline constexpr std::string_view kCommuneTier = "xa";
// Not a tier of local government: the reporting bodies (sở, ban, ngành,
// Mặt trận, đoàn thể, hội; engine/dataset/bodies.hpp) a cycle places under
// their UBND's unit, so plans, calendars and documents treat them as a level
// whose figures never add up into that unit's.
inline constexpr std::string_view kBodiesTier = "co_quan";

// The tier a level word names ("tỉnh", "Thành phố", "phuong", "đặc khu",
// "quận", ...; case, diacritics and spacing ignored), or "" when the word
// names none; "cơ quan" (and "sở, ban, ngành") names the reporting bodies,
// kBodiesTier. "thành phố" and "thị xã" are ambiguous before the reform: a
// "thành phố" with a parent is a district-tier city (thành phố thuộc tỉnh),
// one without is a province; `has_parent` says which (a plan's level word
// has no parent: a "thành phố" there is the province).
std::string level_id(std::string_view word, bool has_parent = false);

// How a tier reads in running text: "tỉnh", "huyện", "xã"; other text as given.
std::string level_label(std::string_view tier);

// The kind a unit's name starts with ("Thành phố", "Phường", ...; a kind
// must be followed by a space, so "Xã" never matches "Xã hội ..."), or ""
// when the name starts with none.
std::string kind_of_name(std::string_view name);

}  // namespace baocao::model
