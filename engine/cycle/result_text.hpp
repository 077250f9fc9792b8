// What a job's result says, in the reader's language, one line per string:
// the command line prints these lines, the schedule writes them in its
// journal, the portal shows them, so every front end words a result alike.
#pragma once

#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/cycle/calendar.hpp"
#include "engine/cycle/export.hpp"
#include "engine/cycle/run.hpp"

namespace baocao::cycle {

// Documents, changed and unchanged, and the manifest.
std::string run_summary(const RunReport& report, Lang lang);
// Who signed, the documents left for a signer to fill in, and the summary.
std::vector<std::string> run_result_lines(const RunReport& report, Lang lang);
// `run --explain`: each output, produced or skipped, and why.
std::vector<std::string> run_explain_lines(const RunReport& report, Lang lang);
std::string reason_text(const Reason& reason, Lang lang);

// Rows and submissions of the month, and the two files.
std::string export_summary(const std::string& month, const ExportReport& report, Lang lang);

// The plan and window of `year`, then each deadline: who reports to whom,
// how many on time, late and missing, and their names.
std::vector<std::string> calendar_lines(const CalendarReport& report, int year, Lang lang);

// The period's submissions (times in Vietnam), the missing units and the
// late ones (`options.deadline`).
std::vector<std::string> status_lines(const StatusReport& report, const StatusOptions& options, Lang lang);

}  // namespace baocao::cycle
