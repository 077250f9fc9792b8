// What one output of a run was made from, as a key kept in the manifest, so
// that the next run knows before rendering whether the output would come out
// the same. Like a build system's recorded dependencies (ninja's deps,
// Salsa's traces): the template data a document asked for is recorded while
// it renders (which units, indicators and years), and the next run asks the
// same questions of the new figures; if every answer, every template file
// read, the wording, the issuer, the fonts, the program and the output's
// format are the same, the document would be the same, and the file on disk
// is kept (when it still has the manifest's SHA-256). Anything unknown or
// unreadable means "produce": a wrong skip would send a leader an outdated
// report.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/template/evaluator.hpp"
#include "engine/template/template_data.hpp"
#include "engine/template/value.hpp"

namespace baocao::model {
struct Issuer;
}

namespace baocao::cycle {

// Why an output is produced (or that it is not); `what` names the template
// file, the units, ... Ordered as --explain lists them.
enum class Why {
  unchanged,
  new_output,      // the manifest does not list it (or has no key for it)
  file_missing,    // listed, but not on disk
  file_changed,    // on disk with other bytes than the manifest says
  program,         // another version or build of the program
  format,          // another output format or option (signing, SOURCE_DATE_EPOCH)
  fonts,           // the font manifest or a font file
  template_file,   // a template file read, or which file an include finds
  issuer,          // the issuing body's register entry
  wording,         // vars, plan, document date, a receiving body's entry
  figures,         // figures or receipts of these units
  targets,         // the plan's targets
  units,           // the units the document lists, its indicators, deadlines
};

struct Reason {
  Why why = Why::unchanged;
  std::string what;
};

// The questions a document asked of its data: every answer over these
// units x indicators x years goes into the key.
struct DataDomain {
  std::set<std::string> codes;  // "" = the area as a whole
  std::set<std::string> indicators;
  std::set<int> years;
};

// Records what a rendering asks of `inner`. One per document, used by one
// thread.
class TracingData : public tmpl::TemplateData {
 public:
  explicit TracingData(const tmpl::TemplateData& inner) : inner_(inner) {}
  const DataDomain& domain() const { return domain_; }

  const model::IndicatorCatalogue& catalogue() const override { return inner_.catalogue(); }
  std::vector<Unit> units() const override { return inner_.units(); }
  std::vector<const model::Indicator*> indicators() const override { return inner_.indicators(); }
  std::optional<model::Ratio> ratio(const std::string& indicator, const std::string& unit_code,
                                    int year) const override;
  TargetValue target(const std::string& indicator, int year) const override;
  std::optional<CivilDate> deadline(int year) const override;
  std::optional<CivilDate> submitted(const std::string& unit_code, int year) const override;

 private:
  const tmpl::TemplateData& inner_;
  mutable DataDomain domain_;
};

struct TemplateDep {
  std::string name;  // as an include names it; "" for the document's own template
  std::string file;  // canonical path
  std::string sha256;
};

// What the document (the template's result, before any format) was made of.
struct DocumentKey {
  std::vector<TemplateDep> templates;  // the document's template first
  std::string wording;                 // SHA-256 of the variables
  std::string issuer;                  // SHA-256 of the issuing body's register entry
  DataDomain domain;
  std::map<std::string, std::string> unit_answers;  // per code of the domain: SHA-256 of its answers
  std::string targets;                              // SHA-256 of the targets' answers
  std::string lists;                                // units(), indicators(), deadlines
};

struct OutputKey {
  std::string sha256;  // over everything below, canonically
  std::string program, format, fonts;  // fonts: empty for outputs drawn without them (XLSX)
  DocumentKey doc;
};

// Run-wide parts of a key, computed once.
struct KeyContext {
  std::string program;     // program_identity() or the test's
  std::string sign;        // signing options ("" = unsigned)
  std::string fonts;       // SHA-256 of the font manifest and the faces' files ("" = none used)
  std::vector<std::filesystem::path> template_dirs;
  // SHA-256 of template files by canonical path, shared by the workers.
  std::string file_sha256(const std::filesystem::path& file) const;

 private:
  mutable std::mutex lock_;
  mutable std::map<std::string, std::string> file_sha_;
};

// The version of the program and its build (the executable's size and
// modification time), so a rebuilt program never reuses outputs of the old.
std::string program_identity();

// The format part of an output's key: "pdf", "xlsx" or "docx" with what
// changes the bytes besides the document (signing, SOURCE_DATE_EPOCH).
std::string format_key(const std::string& extension, const std::string& sign);

// The targets' part of the answers, through one function so a change of
// what a target is (kinds, ranges) changes only this.
std::string target_answer(const tmpl::TemplateData& data, const std::string& indicator, int year);

std::string issuer_sha256(const model::Issuer& issuer);
std::string wording_sha256(const tmpl::Map& vars);

// The data part of a key: `data`'s answers over `domain`.
void data_key(const tmpl::TemplateData& data, const DataDomain& domain, DocumentKey& key);

// The document's key after rendering `tpl` with what was recorded.
DocumentKey document_key(const KeyContext& ctx, const std::filesystem::path& tpl,
                         const std::vector<tmpl::IncludeRead>& includes, const tmpl::Map& vars,
                         const std::string& issuer, const TracingData& traced);

// The same key recomputed for the current inputs over an earlier key's
// domain and includes (re-resolving each include as the template engine
// would: the template's folder, then `ctx.template_dirs`).
DocumentKey recheck_document_key(const KeyContext& ctx, const std::filesystem::path& tpl, const DocumentKey& before,
                                 const tmpl::Map& vars, const std::string& issuer, const tmpl::TemplateData& data);

OutputKey output_key(const KeyContext& ctx, const std::string& extension, DocumentKey doc);

// Why `now` differs from `before` (empty: it does not). `root` names the
// area for the "" code.
std::vector<Reason> differences(const OutputKey& before, const OutputKey& now, const std::string& root);

}  // namespace baocao::cycle
