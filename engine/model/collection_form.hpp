// The data-collection form (`baocao form`) as a contract shared by its writer
// (engine/render/xlsx/form_writer) and its reader (data-adapters/forms/
// builtin_form): where the year, the headings, the units and each indicator's
// numerator and denominator sit, and what the hidden sheet says. Both sides
// use these constants, so a form written by this version reads back without
// a mapping file; the version number changes whenever the layout does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/model/indicator_catalogue.hpp"

namespace baocao::model {

inline constexpr std::string_view kFormId = "baocao.bieu-mau-thu-thap";
inline constexpr int kFormVersion = 1;

// Sheet names. The meta sheet is hidden and protected: it identifies the
// form; the list sheet (hidden) feeds the unit-name dropdown, which holds
// more than the 255 characters an inline list allows.
inline constexpr std::string_view kFormSheet = "Biểu mẫu";
inline constexpr std::string_view kFormMetaSheet = "_baocao";
inline constexpr std::string_view kFormListSheet = "DanhSachDonVi";

// Layout of version 1 (1-based rows and columns, as a clerk reads them).
inline constexpr int kFormTitleRow = 1;
inline constexpr int kFormPeriodRow = 2;    // "Năm báo cáo" | year
inline constexpr int kFormReporterRow = 3;  // "Đơn vị lập biểu" | dropdown
inline constexpr int kFormHeaderRow1 = 4;   // indicator names (merged over two columns)
inline constexpr int kFormHeaderRow2 = 5;   // what the numerator / denominator count
inline constexpr int kFormFirstDataRow = 6;
inline constexpr int kFormCodeCol = 1;
inline constexpr int kFormNameCol = 2;
inline constexpr int kFormValueCol = 2;  // column of the year and the dropdown
inline constexpr int kFormFirstIndicatorCol = 3;

// Each indicator's columns, left to right from kFormFirstIndicatorCol: a
// rate's numerator and denominator, a count's number alone (denominator 0).
// The meta sheet names them, so the reader needs no catalogue.
struct FormColumn {
  int numerator = 0;
  int denominator = 0;
};
std::vector<FormColumn> form_columns(const std::vector<const Indicator*>& indicators);
// The note column: the first after the indicators'.
int form_note_col(const std::vector<FormColumn>& columns);

// "A" for 1, "AA" for 27.
std::string column_letters(int col);

// Keys of the meta sheet (column A; values in column B, indicators' ids in
// B and their numerator and denominator columns in C and D).
inline constexpr std::string_view kMetaFormId = "form_id";
inline constexpr std::string_view kMetaVersion = "version";
inline constexpr std::string_view kMetaLevel = "level";
inline constexpr std::string_view kMetaPeriod = "period";
inline constexpr std::string_view kMetaSheet = "sheet";
inline constexpr std::string_view kMetaIndicator = "indicator";

// A reporting body's form (`baocao form --body CODE`) is the same sheet with
// one row, the body's, and the indicators the plan assigns it, and a second
// sheet of the tasks the plan assigns it: a row per task (number, code,
// task, completion from a list, what was done), then the body's own text on
// its difficulties and proposals. The meta sheet names that sheet, the two
// text cells and the body, so a filled copy reads back without a mapping.
inline constexpr int kTaskTitleRow = 1;
inline constexpr int kTaskHeaderRow = 3;
inline constexpr int kTaskFirstRow = 4;
inline constexpr int kTaskNoCol = 1;
inline constexpr int kTaskIdCol = 2;
inline constexpr int kTaskNameCol = 3;
inline constexpr int kTaskStatusCol = 4;
inline constexpr int kTaskResultCol = 5;
inline constexpr std::string_view kMetaBody = "body";
inline constexpr std::string_view kMetaTaskSheet = "task_sheet";
inline constexpr std::string_view kMetaTaskDifficulties = "task_difficulties";
inline constexpr std::string_view kMetaTaskProposals = "task_proposals";

// Whether `level` ("xa", "xã", "huyen", "tinh"...; compared by slug) is one
// of the administrative levels that fill in a form. A thôn is not one.
bool is_form_level(std::string_view level);

// The indicators on the form of a level: those `catalogue` (the store's:
// shipped and the office's own) says its units report
// (IndicatorCatalogue::reported_at): at every level those counted at the
// lowest one, at the top also the province's own. `top_level`: the level's
// units have no parent in the unit list.
std::vector<const Indicator*> form_indicators(const IndicatorCatalogue& catalogue, bool top_level);

// "xã" for "xa", "huyện" for "huyen", "tỉnh" for "tinh"; else `level`.
std::string level_display_name(std::string_view level);

}  // namespace baocao::model
