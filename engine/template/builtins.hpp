// The functions (rate, target, đạt/chưa đạt, change, missing or late units,
// roll-ups) and filters (vi-VN numbers and percentages, ND30 dates, upper
// case, default for blanks) a template can call. Vietnamese names first,
// English aliases beside them; templates/GRAMMAR.md lists them all.
#pragma once

#include <string>
#include <vector>

#include "engine/template/ast.hpp"
#include "engine/template/limits.hpp"
#include "engine/template/template_data.hpp"
#include "engine/template/value.hpp"

namespace baocao::tmpl {

struct CallSite {
  const SourceFile& src;
  Pos pos;
  const std::string& name;
  const TemplateData& data;
  const Limits& limits;
};

// Fails at `at` when a text or list would exceed Limits::max_value_size.
void check_size(std::size_t size, const SourceFile& src, Pos pos, const Limits& limits);

// nullptr when no such function / filter.
using Builtin = Value (*)(const std::vector<Value>& args, const CallSite& at);
struct BuiltinInfo {
  const char* name;
  int min_args;
  int max_args;
  Builtin fn;
};
const BuiltinInfo* find_function(const std::string& name);
const BuiltinInfo* find_filter(const std::string& name);  // args[0] is the subject
std::vector<std::string> function_names();
std::vector<std::string> filter_names();

// The values a template starts with from the data: don_vi (units), chi_so
// (indicators).
Value units_value(const TemplateData& data);
Value indicators_value(const TemplateData& data);
// One indicator as `chi_so` lists it: {ma, ten, tu_so, mau_so, chuong_trinh}.
Value indicator_value(const model::Indicator& indicator);

// Text a value prints as; blank (none) is an error pointing at `pos`.
std::string to_text(const Value& v, const SourceFile& src, Pos pos);

// A date from a date value or "YYYY-MM-DD" text.
CivilDate to_date(const Value& v, const SourceFile& src, Pos pos);

}  // namespace baocao::tmpl
