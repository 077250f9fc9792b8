// Targets as plans state them (engine/dataset/dataset.hpp TargetValue): read
// from a cell, checked against the indicator they are set for, worded the
// way every output prints them, and judged against a rate.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/dataset/dataset.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::model {

// Reads a target cell: "" (open), "70", "70%", "99,5" (a number); "75–80",
// "75-80", "75 - 80%", "từ 75 đến 80%" (a range); "99,5% trở lên", ">= 99,5",
// "≥ 99,5", "tối thiểu 90%", "ít nhất 90%" (at least); "không quá 5%",
// "<= 5", "≤ 5", "tối đa 5%", "5% trở xuống" (at most); words with at least
// one word of letters ("duy trì mức độ 2", "đăng ký Thành phố học tập") are
// a text target, kept as written. Anything else ("7O", "75–", "80 90") is
// refused: nullopt, with the problem appended at `where`.
std::optional<TargetValue> parse_target(std::string_view cell, const Location& where,
                                        std::vector<Diagnostic>& problems);

// The problems of `v` as a target of `indicator`, appended at `where`: a
// rate's figures stay within 0–100, a count's are not negative, a range's
// low end is not above its high end.
void check_target(const TargetValue& v, const Indicator& indicator, const Location& where,
                  std::vector<Diagnostic>& problems);

// The target worded as the PDF, XLSX and templates print it: "70%",
// "75–80%", "từ 99,5% trở lên", "không quá 5%", the words as written; ""
// when open. `unit`: "%" for a rate, "" or a counted noun for a count.
std::string format_target(const TargetValue& v, std::string_view unit = "%");

// The least a rate must reach to be đạt: the number, a range's or an
// at-least bound's low end. None for an at-most bound, words or open: a
// spreadsheet marks rates below it, a chart draws it as a line.
std::optional<double> target_threshold(const TargetValue& v);

}  // namespace baocao::model
