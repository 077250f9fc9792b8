// A reporting body's task reports read from its workbook through the
// mapping's TaskColumns (a `baocao form --body` form carries them in its
// hidden sheet; a body's own workbook through a mapping's "nhiem_vu"). Each
// problem names its sheet and cell: a completion word that is none of the
// three, a result without a completion, a task given twice, a heading not
// found. Whether each task is the plan's and the body's is the import's
// check, which knows the plan.
#pragma once

#include <vector>

#include "data-adapters/forms/mapping.hpp"
#include "data-adapters/xlsx/xlsx_reader.hpp"
#include "engine/dataset/bodies.hpp"

namespace baocao::forms {

// The task reports of `book` (unit codes left blank: the store gives them
// the file's one unit), appending problems to `problems`. A row whose
// completion and result are both blank is a task not reported on, and
// skipped; the body's text on difficulties and proposals comes as
// kDifficultiesTask / kProposalsTask when written.
std::vector<TaskReport> read_task_reports(const xlsx::Workbook& book, const Mapping& mapping,
                                          std::vector<Diagnostic>& problems);

}  // namespace baocao::forms
