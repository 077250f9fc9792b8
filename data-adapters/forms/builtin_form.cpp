// Reads the hidden sheet of a `baocao form` form into a Mapping. Columns are
// named by letter (the layout is fixed by the form's version), and the year
// is the form's visible year cell, so a period other than --period is the
// usual "year in the file" problem with its sheet and cell.
#include "data-adapters/forms/builtin_form.hpp"

#include <algorithm>
#include <map>

#include "engine/core/diagnostic.hpp"
#include "engine/model/collection_form.hpp"

namespace baocao::forms {

std::optional<Mapping> builtin_form_mapping(const xlsx::Workbook& book) {
  const xlsx::Sheet* meta = book.sheet(model::kFormMetaSheet);
  if (!meta) return std::nullopt;
  std::map<std::string, std::string> values;
  Mapping m;
  for (int row = 1; row <= meta->max_row; ++row) {
    const xlsx::Cell* key = meta->own(row, 1);
    if (!key) continue;
    std::string k = book.display(*key);
    auto text = [&](int col) {
      const xlsx::Cell* c = meta->own(row, col);
      return c ? book.display(*c) : std::string();
    };
    if (k == model::kMetaIndicator) {
      IndicatorColumns ic;
      ic.id = text(2);
      ic.numerator.letter = text(3);
      ic.denominator.letter = text(4);
      m.indicators.push_back(std::move(ic));
    } else {
      values[k] = text(2);
    }
  }
  const std::string& id = values[std::string(model::kMetaFormId)];
  const std::string& version = values[std::string(model::kMetaVersion)];
  if (id != model::kFormId || version != std::to_string(model::kFormVersion))
    fail(ErrorFamily::data, MsgId::form_unknown_version, {id, version}, at_file(book.file));

  m.file = "";
  m.form = std::string(model::kFormId) + " v" + version;
  m.sheet = values[std::string(model::kMetaSheet)];
  m.header_rows = {model::kFormHeaderRow1, model::kFormHeaderRow2};
  m.first_data_row = model::kFormFirstDataRow;
  m.period_cell = model::column_letters(model::kFormValueCol) + std::to_string(model::kFormPeriodRow);
  m.unit_code.letter = model::column_letters(model::kFormCodeCol);
  m.unit_name.letter = model::column_letters(model::kFormNameCol);
  // The note follows the last figure column (a count has one, a rate two).
  int last = model::kFormFirstIndicatorCol - 1;
  for (const IndicatorColumns& ic : m.indicators)
    for (const std::string* letter : {&ic.numerator.letter, &ic.denominator.letter}) {
      int row = 0, col = 0;
      if (!letter->empty() && xlsx::parse_cell_ref(*letter + "1", row, col)) last = std::max(last, col);
    }
  m.note.letter = model::column_letters(last + 1);
  // A reporting body's form has its tasks on a second sheet.
  if (const std::string& sheet = values[std::string(model::kMetaTaskSheet)]; !sheet.empty()) {
    TaskColumns t;
    t.body = values[std::string(model::kMetaBody)];
    t.sheet = sheet;
    t.header_row = model::kTaskHeaderRow;
    t.id.letter = model::column_letters(model::kTaskIdCol);
    t.status.letter = model::column_letters(model::kTaskStatusCol);
    t.result.letter = model::column_letters(model::kTaskResultCol);
    t.difficulties_cell = values[std::string(model::kMetaTaskDifficulties)];
    t.proposals_cell = values[std::string(model::kMetaTaskProposals)];
    // The tasks end above the body's own text.
    int row = 0, col = 0;
    if (xlsx::parse_cell_ref(t.difficulties_cell, row, col)) t.last_row = row - 1;
    m.tasks = std::move(t);
  }
  return m;
}

}  // namespace baocao::forms
