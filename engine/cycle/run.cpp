#include "engine/cycle/run.hpp"

#include <algorithm>
#include <mutex>
#include <thread>

#include "engine/core/atomic_file.hpp"
#include "engine/core/output_path.hpp"
#include "engine/cycle/lock.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/documents.hpp"
#include "engine/cycle/inputs.hpp"
#include "engine/cycle/manifest.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/cycle/pool.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/docx/docx_renderer.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/render/xlsx/xlsx_renderer.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/template/evaluator.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

int RunReport::changed() const {
  int n = manifest_changed ? 1 : 0;
  for (const auto& e : outputs) n += e.changed;
  return n;
}

namespace {

// Renders `job` and writes its files; the entries of what it produced.
std::vector<OutputEntry> produce_job(const DocumentJob& job, const fs::path& out, const Paths& paths,
                                     const fonts::FontSet* fonts, const RunSigner* signer, bool docx) {
  std::vector<OutputEntry> entries;
  doc::Document document = tmpl::render_file(job.tpl, *job.data, job.vars, {}, paths.templates);
  auto entry = [&](const fs::path& target, const std::string& sha, bool changed) {
    entries.push_back(
        {fs::relative(target, out).generic_string(), sha, job.kind, job.unit, job.deadline, job.issuer, job.signer,
         changed, std::nullopt});
  };
  if (!job.pdf.empty()) {
    const layout::PagedDocument paged = layout::layout_document(document, *fonts);
    if (signer) {
      const std::string file = fs::relative(job.pdf, out).generic_string();
      bool changed = false;
      SignatureRecord s = produce_signed(job.pdf, file, render::render_pdf(paged, *fonts), paged, *fonts, *signer, changed);
      entry(job.pdf, s.sha256, changed);
      entries.back().signature = s;
    } else {
      Produced p = produce(job.pdf, [&](const fs::path& to) { render::write_pdf(paged, *fonts, to); });
      entry(job.pdf, p.sha256, p.changed);
    }
  }
  if (docx && !job.pdf.empty()) {
    // The same document for a clerk to edit in Word, beside its PDF.
    const fs::path target = fs::path(job.pdf).replace_extension(".docx");
    Produced p = produce(target, [&](const fs::path& to) { render::write_docx(document, *fonts, to); });
    entry(target, p.sha256, p.changed);
  }
  if (!job.xlsx.empty()) {
    Produced p = produce(job.xlsx, [&](const fs::path& to) { render::write_xlsx(document, to); });
    entry(job.xlsx, p.sha256, p.changed);
  }
  return entries;
}

}  // namespace

RunReport run_cycle(store::Store& store, const Clock& clock, const Paths& paths, const RunOptions& o,
                    const RunProgress& progress) {
  (void)clock;  // documents are dated by the plan, not by when the run happens
  RunReport report;
  const CycleInputs in = load_inputs(store, o);
  const std::vector<DocumentJob> jobs = plan_documents(store, in, o, paths);
  // Two runs (or a run and a schedule) into one directory would interleave
  // their outputs and manifests: the second stops, or waits. Taken once the
  // inputs are known good, so a refused plan leaves no directory behind.
  const DirLock lock(o.out, o.wait);
  if (!lock.held()) {
    report.locked = true;
    report.lock = lock.path();
    return report;
  }

  // A run killed earlier (SIGKILL, power cut) may have left temporaries
  // beside its outputs; they are named after their dead process.
  remove_stale_temporaries(o.out);

  // One manifest per run: a run of one deadline gets its own, so runs of
  // different deadlines can share the output root without hiding each other's outputs.
  report.manifest = output_path(o.out, {o.deadline ? "manifest-" + to_iso(*o.deadline) + ".json" : std::string("manifest.json")});
  std::optional<RunSigner> signer;
  if (o.sign) {
    signer.emplace();
    signer->options = *o.sign;
    signer->signer = sign::common_name(o.sign->credentials->cert.get());
    signer->cert_sha256 = sign::cert_sha256(o.sign->credentials->cert.get());
    signer->previous = previous_signatures(report.manifest);
    report.signed_by = signer->signer;
  }

  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  // HarfBuzz/FreeType handles are not shared across threads: one set per worker.
  std::vector<std::optional<fonts::FontSet>> fonts(threads);
  std::vector<std::vector<OutputEntry>> results(jobs.size());
  std::mutex progress_lock;
  std::size_t done = 0;
  run_pool(jobs.size(), threads, [&](std::size_t i, unsigned worker) {
    const DocumentJob& job = jobs[i];
    if (!job.pdf.empty() && !fonts[worker]) fonts[worker] = fonts::FontSet::load(paths.fonts);
    results[i] =
        produce_job(job, o.out, paths, fonts[worker] ? &*fonts[worker] : nullptr, signer ? &*signer : nullptr,
                    o.docx);
    if (!progress) return;
    const bool changed = std::any_of(results[i].begin(), results[i].end(), [](const auto& e) { return e.changed; });
    std::lock_guard lock(progress_lock);
    progress(++done, jobs.size(), fs::relative(job.pdf.empty() ? job.xlsx : job.pdf, o.out).generic_string(),
             changed);
  });

  for (std::size_t i = 0; i < jobs.size(); ++i) {
    for (auto& e : results[i]) report.outputs.push_back(std::move(e));
    if (jobs[i].signer.empty() && !jobs[i].pdf.empty())
      report.without_signer.push_back({fs::relative(jobs[i].pdf, o.out).generic_string(), jobs[i].unit,
                                       jobs[i].unit_name, jobs[i].kind});
  }
  std::sort(report.outputs.begin(), report.outputs.end(),
            [](const OutputEntry& a, const OutputEntry& b) { return a.file < b.file; });
  std::sort(report.without_signer.begin(), report.without_signer.end(),
            [](const Unsigned& a, const Unsigned& b) { return a.file < b.file; });
  report.manifest_changed = produce_bytes(report.manifest, manifest_json(o, paths, in, report.outputs)).changed;
  return report;
}

}  // namespace baocao::cycle
