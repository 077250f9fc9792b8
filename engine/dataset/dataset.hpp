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
};

// A plan's target for one indicator and year, in percent. A blank cell in
// the plan means "no target set": `percent` is empty, never 0.
struct Target {
  int year = 0;
  std::string indicator;
  std::optional<double> percent;
  Location source;
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
