// Planning a cycle's documents: for each deadline, which documents the plan
// asks for, of which unit, issued by whom, from which template, with which
// facts (those of the document's date) and where each goes. Nothing is
// rendered here; run.cpp produces the jobs. The portal lists them too.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/cycle/inputs.hpp"
#include "engine/template/template_data.hpp"

namespace baocao::cycle {

struct DocumentJob {
  std::filesystem::path tpl;
  tmpl::Map vars;
  std::shared_ptr<const tmpl::TemplateData> data;
  std::filesystem::path pdf, xlsx;  // empty: not produced
  std::string kind, unit, unit_name, deadline;
  std::string issuer, signer;  // the issuing body as printed; "" = signer not known
  std::string issuer_sha256;   // its register entry, for the output's key (output_keys.hpp)
};

// A document of `spec` that `issuing`'s `issuer` issues for the deadline of
// `deadline`, from template `tpl` into `pdf` (its vars and data still to fill).
DocumentJob document_job(const DocumentSpec& spec, const Unit& issuing, const model::Issuer& issuer,
                         const CivilDate& deadline, std::filesystem::path tpl, std::filesystem::path pdf);

// Throws Error(usage, run_no_deadline) when no deadline of the plan matches
// the options, and Error(data) listing every plan level without units and
// every document whose issuing body nobody names, Error(template_) for a
// template that none of `paths` has.
std::vector<DocumentJob> plan_documents(store::Store& store, const CycleInputs& in, const RunOptions& options,
                                        const Paths& paths);

}  // namespace baocao::cycle
