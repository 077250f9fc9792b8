// What every data adapter produces and the engine consumes: figures reported
// by units, each with the place it came from so any later error can name the
// file, sheet and cell. Plain data, no behaviour (pandoc's Definition).
// All strings are UTF-8 NFC: adapters pass them through engine/text first.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao {

// One figure: for `indicator`, unit `unit_code` recognised `numerator` out of
// `denominator` (e.g. 812 học tập families out of 1 204 families).
struct Record {
  std::string unit_code;
  std::string unit_name;
  std::string indicator;  // id in the indicator catalogue, e.g. "gia_dinh_hoc_tap"
  int period = 0;         // reporting year the figure belongs to
  double numerator = 0;
  double denominator = 0;
  std::string note;
  Location source;  // where the numerator was read
  Location denominator_source = {};  // where the denominator was read, when known
  bool has_denominator = true;       // false: the file has no total for it (a count)
};

// The sums of one unit's figures for one indicator and year, as the store
// adds them up (SQL SUM ... GROUP BY unit, indicator): what a roll-up reads.
struct FigureSum {
  std::string unit_code;
  std::string indicator;
  int period = 0;
  double numerator = 0;
  double denominator = 0;
};

// What a plan sets for one indicator and year, as plans state it: a number
// ("70"), a range ("75–80%"), a bound ("từ 99,5% trở lên", "không quá 5%")
// or words ("duy trì mức độ 2"). A year the plan leaves open (a milestone
// plan names 2025 and 2030 only) is `open`: never 0, never interpolated.
// Parsing, validation, wording and đạt / chưa đạt: engine/model/target_value.hpp.
enum class TargetKind { open, number, range, at_least, at_most, text };

struct TargetValue {
  TargetKind kind = TargetKind::open;
  // number: low; range: low..high; at_least: low; at_most: high.
  double low = 0, high = 0;
  std::string text;  // `text`: the plan's words, printed as written

  bool is_open() const { return kind == TargetKind::open; }
  static TargetValue number(double v) { return {TargetKind::number, v, v, {}}; }
  bool operator==(const TargetValue& o) const {
    return kind == o.kind && low == o.low && high == o.high && text == o.text;
  }
};

// A plan's target for one indicator and year.
struct Target {
  int year = 0;
  std::string indicator;
  TargetValue value;
  Location source;
  // The target when it is a plain number, as every reader of a percentage
  // took it before plans could state ranges, bounds and words.
  std::optional<double> percent() const {
    if (value.kind == TargetKind::number) return value.low;
    return std::nullopt;
  }
};

// A unit's report arriving for a period: what decides missing and late.
struct Submission {
  std::string unit_code;
  int period = 0;
  CivilDate received;
  std::string source;  // file name, for messages and history
  // Which deadline of the plan it answers (DeadlineRule::id); empty = the
  // ordinary report, which never counts for an inspection deadline.
  std::string deadline_id;
};

// The figures of one reporting period read from one or more sources.
struct Dataset {
  int period = 0;  // reporting year
  std::vector<std::string> sources;  // file names or database URIs
  std::vector<Record> records;
  std::vector<Target> targets;
  std::vector<Submission> submissions;
};

}  // namespace baocao
